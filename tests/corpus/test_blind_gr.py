"""Blind corpus GR: older patients and careful writers, 33 confirmations and 9 look-alikes.

The mails in tests/data/blind_gr/ (made by `python -m tools.corpus.blind_gr`, written
without reading the rules, the canonical table or the earlier blind sets' mails), an
ordinary inbox from older patients and careful writers: long formal letters with full dates,
weekdays and years, signatures with address, phone number and once a birth date, remarks
about the weather or the therapist, a husband, a wife, a son and a mother writing from the
patient's registered address, replies under the reminder or an older request, a new mail
instead of a reply, most replies quoting our whole mail. 31 mails confirm at least one
session (several days at once, weeks late, with a question or a cancellation beside them);
two mean to confirm but give nothing that may be recorded (a wrong weekday under our
request, a cancelled day), and nine are look-alikes: a cancellation, a reschedule, a question
about a coming session, a missed call, a broken-off video session, a session cut short, a
thank-you under a reminder, an "I confirm tomorrow's appointment" and a question about a
cancelled day.

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

BLIND = LabelledSet("blind_gr", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gr11_koch_husband_writes.eml": "first run at f0b2306: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1110, 1111], got []; needs_staff: expected False, got True",
    "gr14_koch_thanks_for_reminder.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gr18_berger_nobody_called.eml": "first run at f0b2306: dates: expected [], got ['2026-06-10']",
    "gr27_krueger_connection_broke.eml": "first run at f0b2306: dates: expected [], got ['2026-03-03']",
    "gr29_becker_wife_writes.eml": "first run at f0b2306: dates: expected ['2026-02-05'], got ['2026-02-05', '2026-02-06']; needs_staff: expected False, got True",
    "gr32_becker_session_cut_short.eml": "first run at f0b2306: dates: expected [], got ['2026-02-26']",
    "gr34_schulz_confirms_tomorrow.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gr40_yildiz_cancelled_day.eml": "first run at f0b2306: dates: expected [], got ['2026-08-19']",
    "gr42_wagner_cancelled_monday.eml": "first run at f0b2306: categories: expected {'question'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=33, known_misses=KNOWN_MISSES)
