"""Blind corpus DF: hard look-alikes, 19 confirmations and 24 look-alikes.

The mails in tests/data/blind_df/ (made by `python -m tools.corpus.blind_df`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 43 in
all: 28 that a hasty reader might take for a confirmation but that give nothing to record
(a session still to come "bestätigt", thanks for a cancelled session, "hat leider nicht
stattgefunden" in many forms, sessions broken off, a confirmation for a family member who
is also a patient, the doctor or another practice, an old confirmation quoted or
forwarded, a yes to the reminder or the forms request, a cancelled, already confirmed or
empty day "confirmed"), and 15 that confirm a session, four of them mixed with such a part.
Of the 28, four are labelled confirmations without an appointment to record.

`test_no_invented_confirmation` is hard: a confirmation the label does not have is a
BILLING BUG and may only be xfailed through BILLING_BUGS, whose reasons say so.
"""

from __future__ import annotations

from datetime import datetime

from tests.corpus.harness import (
    LabelledSet,
    assert_ordinary_inbox,
    blind_tests,
)

BLIND = LabelledSet("blind_df", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "df14_becker_mit_ehefrau.eml": "first run at f825082: confirmed: expected [1013], got []",
    "df15_jansen_heute_und_naechste.eml": "first run at f825082: needs_staff: expected True, got False",
    "df16_demir_morgen_dabei.eml": "first run at f825082: needs_staff: expected False, got True",
    "df17_brandt_termin_morgen.eml": "first run at f825082: needs_staff: expected False, got True",
    "df18_carter_see_you_monday.eml": "first run at f825082: dates: expected [], got ['2026-08-17']; needs_staff: expected False, got True",
    "df19_hartmann_code_geht.eml": "first run at f825082: categories: expected {'other'}, got set(); needs_staff: expected False, got True",
    "df20_demir_danke_fuer_absage.eml": "first run at f825082: needs_staff: expected False, got True",
    "df25_neumann_beim_arzt.eml": "first run at f825082: categories: expected {'reschedule'}, got set()",
    "df26_richter_nicht_reingekommen.eml": "first run at f825082: categories: expected {'technical'}, got set()",
    "df27_popescu_krank.eml": "first run at f825082: categories: expected {'other'}, got set()",
    "df28_oneill_phone_off.eml": "first run at f825082: categories: expected {'reschedule'}, got set()",
    "df36_carter_surgeon.eml": "first run at f825082: dates: expected [], got ['2026-08-24']",
    "df39_koch_schon_bestaetigter_tag.eml": "first run at f825082: needs_staff: expected True, got False",
    "df40_brandt_ja_passt.eml": "first run at f825082: needs_staff: expected False, got True",
    "df41_jansen_unterlagen.eml": "first run at f825082: categories: expected {'forms'}, got set(); needs_staff: expected False, got True",
    **BILLING_BUGS,
    **LOST_SILENTLY,
}

(
    test_no_invented_confirmation,
    test_no_confirmation_lost_silently,
    test_decision,
    test_billing_bugs_are_declared_as_such,
) = blind_tests(
    BLIND,
    billing_bugs=BILLING_BUGS,
    lost_silently=LOST_SILENTLY,
    known_misses={**BILLING_BUGS, **LOST_SILENTLY, **KNOWN_MISSES},
)


def test_blind_set_is_an_ordinary_inbox() -> None:
    assert_ordinary_inbox(BLIND, mails=43, confirmations=19, known_misses=KNOWN_MISSES)
