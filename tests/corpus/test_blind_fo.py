"""Blind corpus FO: hard look-alikes, 19 confirmations (13 recordable) and 26 other mails.

The mails in tests/data/blind_fo/ (made by `python -m tools.corpus.blind_fo`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are mostly
mails a hasty reader could take for a confirmation of a session that took place: a session
still to come "bestätigt", thanks for a cancelled session, "hat leider nicht stattgefunden"
in its many forms, sessions broken off, visits to a doctor or another centre, confirmations
written for a relative who is also a patient, an old confirmation quoted again, a yes that
answers something else. Eleven plain confirmations and two partial ones sit between them.

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

BLIND = LabelledSet("blind_fo", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fo12_brandt_einer_ja_einer_nein.eml": "first run at 473acf9: categories: expected {'confirmation', 'technical'}, got {'confirmation'}",
    "fo14_demir_morgen_bestaetigt.eml": "first run at 473acf9: needs_staff: expected False, got True",
    "fo16_vogel_donnerstag_bestaetigt.eml": "first run at 473acf9: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
    "fo17_richter_ja_mach_ich.eml": "first run at 473acf9: needs_staff: expected False, got True",
    "fo20_krueger_mach_ich_spaeter.eml": "first run at 473acf9: needs_staff: expected False, got True",
    "fo21_demir_danke_absage.eml": "first run at 473acf9: needs_staff: expected False, got True",
    "fo22_wagner_danke_fuer_heute.eml": "first run at 473acf9: dates: expected [], got ['2026-01-09']; needs_staff: expected False, got True",
    "fo23_yildiz_abgesagt_bestaetigt.eml": "first run at 473acf9: dates: expected [], got ['2026-08-19']",
    "fo26_becker_niemand_angerufen.eml": "first run at 473acf9: categories: expected {'other'}, got set()",
    "fo29_oneill_missed.eml": "first run at 473acf9: categories: expected {'other'}, got set()",
    "fo31_koch_fieber.eml": "first run at 473acf9: categories: expected {'other'}, got set()",
    "fo33_hoffmann_abgebrochen.eml": "first run at 473acf9: dates: expected [], got ['2026-05-11']",
    "fo36_koch_orthopaede.eml": "first run at 473acf9: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "fo37_berger_reha.eml": "first run at 473acf9: dates: expected [], got ['2026-05-06']",
    "fo38_wagner_fuer_mutter.eml": "first run at 473acf9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-05-20'], got []",
    "fo42_vogel_siehe_unten.eml": "first run at 473acf9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False",
    "fo43_krueger_weitergeleitet.eml": "first run at 473acf9: confirmation-intent: expected False, got True; dates: expected [], got ['2026-01-20']",
    "fo45_hartmann_ja_per_post.eml": "first run at 473acf9: categories: expected {'forms'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=19, known_misses=KNOWN_MISSES)
