"""Blind corpus CP: a plain inbox of the whole year, 35 confirmations and 10 look-alikes.

The mails in tests/data/blind_cp/ (made by `python -m tools.corpus.blind_cp`, written
without reading the rules, the canonical table or the earlier blind sets' mails), mostly
short and formal replies under our request in many mail programs ("Hiermit bestätige ich
...", "den Erhalt der Leistung am ..."), with and without the date; new mails naming several
days, late ones, two with an enclosed form, a few with a question, a reschedule wish, a lost
session or a technical problem beside the yes, and one formal "confirmation" of a cancelled
day. The look-alikes are a cancellation in German and English, a reschedule, questions about
a coming session and a prescription, a missed session under our request, a reply to a
reminder, a patient confirming he will attend tomorrow, and a broken access code.

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

BLIND = LabelledSet("blind_cp", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "cp09_becker_einer_fehlt.eml": "first run at ed59631: confirmed: expected [1014], got []; dates: expected ['2026-02-16'], got ['2026-02-16', '2026-02-19']",
    "cp10_demir_abgesagter_tag.eml": "first run at ed59631: dates: expected [], got ['2026-04-01']",
    "cp43_jansen_termin_morgen.eml": "first run at ed59631: needs_staff: expected False, got True",
    "cp45_hartmann_krank.eml": "first run at ed59631: categories: expected {'other'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=35, known_misses=KNOWN_MISSES)
