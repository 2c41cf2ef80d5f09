"""Blind corpus DV: hard look-alikes, 22 confirmations and 22 look-alikes.

The mails in tests/data/blind_dv/ (made by `python -m tools.corpus.blind_dv`, written
without reading the rules, the canonical table or the earlier blind sets' mails): 10 plain
confirmations and 4 that confirm one session while another did not take place or is still
to come, between 30 mails a hasty reader could take for confirmations: a session still to
come 'bestätigt', thanks or a 'confirmation' for a cancelled day or a day without an
appointment, a family member's or partner's session, a visit to the doctor or another
practice, an old confirmation quoted, forwarded or sent again, 'hat leider nicht
stattgefunden' in its many forms, sessions broken off, and a yes that answers something
else. Eight of the 30 mean to confirm (so carry the confirmation category) but give
nothing that may be recorded.

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

BLIND = LabelledSet("blind_dv", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "dv13_wagner_vorab.eml": "first run at f205e92: needs_staff: expected True, got False",
    "dv14_becker_sammel.eml": "first run at f205e92: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "dv15_demir_morgen.eml": "first run at f205e92: needs_staff: expected False, got True",
    "dv16_brandt_urlaub.eml": "first run at f205e92: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected [], got ['2026-07-09']",
    "dv17_yildiz_morgen.eml": "first run at f205e92: needs_staff: expected False, got True",
    "dv18_oneill_tomorrow.eml": "first run at f205e92: needs_staff: expected False, got True",
    "dv19_wagner_danke_absage.eml": "first run at f205e92: categories: expected {'other'}, got set(); needs_staff: expected False, got True",
    "dv20_yildiz_danke_heute.eml": "first run at f205e92: dates: expected [], got ['2026-08-19']",
    "dv21_zimmermann_abgesagt.eml": "first run at f205e92: dates: expected [], got ['2026-10-26']",
    "dv22_demir_erster_april.eml": "first run at f205e92: dates: expected [], got ['2026-04-01']",
    "dv24_koch_tochter.eml": "first run at f205e92: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-11-10'], got []",
    "dv25_wolff_ehefrau.eml": "first run at f205e92: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False",
    "dv26_becker_freundin.eml": "first run at f205e92: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-02-16'], got []",
    "dv28_oneill_doctor.eml": "first run at f205e92: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-04-28']",
    "dv29_aydin_hausarzt.eml": "first run at f205e92: dates: expected [], got ['2026-03-19']",
    "dv34_richter_link.eml": "first run at f205e92: categories: expected {'reschedule', 'technical'}, got set()",
    "dv35_brandt_ausgefallen.eml": "first run at f205e92: categories: expected {'other'}, got set()",
    "dv38_carter_didnt_happen.eml": "first run at f205e92: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "dv39_demir_kind_krank.eml": "first run at f205e92: categories: expected {'other'}, got set()",
    "dv41_nowak_abgebrochen.eml": "first run at f205e92: categories: expected {'technical'}, got set()",
    "dv43_hartmann_unterlagen.eml": "first run at f205e92: categories: expected {'forms'}, got set(); needs_staff: expected False, got True",
    "dv44_becker_eingang.eml": "first run at f205e92: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=22, known_misses=KNOWN_MISSES)
