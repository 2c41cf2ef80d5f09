"""Blind corpus II: the practice inbox of October 2026, 40 patient mails.

32 confirmations (same-day replies under our request, new mails naming one or several days,
catch-up replies weeks or months late, some written by a wife, son, daughter, mother or a
practice manager, some in English or learners' German, some with a question, a wish to move
or a doubt beside the yes) and 8 look-alikes: a prescription question, a session the
therapist did not call for, a missed session, a video code problem, a thank-you without a
yes, a wish to move, a reply to a reminder and a cancellation.

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

BLIND = LabelledSet("blind_ii", received_at=datetime.fromisoformat("2026-10-31T17:45:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ii02_yildiz_sohn_august.eml": "first run at ce14143a: needs_staff: expected False, got True",
    "ii05_lehmann_spaet_15sep.eml": "first run at ce14143a: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1088], got []; needs_staff: expected False, got True",
    "ii06_yildiz_september.eml": "first run at ce14143a: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1079, 1080], got []; needs_staff: expected False, got True",
    "ii18_lehmann_verpasst.eml": "first run at ce14143a: categories: expected {'other', 'reschedule'}, got set()",
    "ii22_neumann_tochter.eml": "first run at ce14143a: confirmed: expected [1060, 1061, 1062], got []",
    "ii27_schaefer_abgebrochen.eml": "first run at ce14143a: categories: expected {'confirmation', 'technical', 'question'}, got {'question'}; confirmation-intent: expected True, got False; dates: expected ['2026-10-21'], got []",
    "ii28_jansen_erste.eml": "first run at ce14143a: dates: expected ['2026-10-22'], got ['2026-10-21', '2026-10-22']; needs_staff: expected False, got True",
    "ii29_vogel_dank.eml": "first run at ce14143a: categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=32, known_misses=KNOWN_MISSES)
