"""Blind corpus EI: hard look-alikes, 18 mails meant as confirmations (12 with a session to
record) and 26 others, 44 in all.

The mails in tests/data/blind_ei/ (made by `python -m tools.corpus.blind_ei`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are 12
real confirmations of the sender's own sessions (two of them naming a second day that did
not take place or broke off) between 32 look-alikes: a session still to come 'bestätigt',
a thank-you for a cancelled session, a confirmation for a mother or a neighbour who is also
a patient, visits to a doctor or another physio, a forwarded or quoted old confirmation, a
day already confirmed or without an appointment, 'hat leider nicht stattgefunden' in many
forms, sessions broken off, and a 'ja' that answers a reminder, a video link or our mail's
arrival.

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

BLIND = LabelledSet("blind_ei", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ei11_becker_one_yes_one_no_call.eml": "first run at 8d5ac9f: categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "ei12_berger_second_broken_off.eml": "first run at 8d5ac9f: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "ei13_krueger_reminder_ack.eml": "first run at 8d5ac9f: needs_staff: expected False, got True",
    "ei15_hartmann_before_session.eml": "first run at 8d5ac9f: dates: expected [], got ['2026-11-17']",
    "ei17_yildiz_thanks_for_cancelling.eml": "first run at 8d5ac9f: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
    "ei19_wagner_thanks_cancel_info.eml": "first run at 8d5ac9f: needs_staff: expected False, got True",
    "ei24_carter_didnt_happen.eml": "first run at 8d5ac9f: categories: expected {'technical', 'reschedule'}, got set()",
    "ei25_aydin_missed_phone.eml": "first run at 8d5ac9f: categories: expected {'reschedule'}, got set()",
    "ei27_brandt_no_picture.eml": "first run at 8d5ac9f: confirmation-intent: expected False, got True",
    "ei39_koch_already_confirmed.eml": "first run at 8d5ac9f: needs_staff: expected True, got False",
    "ei43_jansen_got_mail.eml": "first run at 8d5ac9f: needs_staff: expected False, got True",
    "ei44_zimmermann_reminder_ja.eml": "first run at 8d5ac9f: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=18, known_misses=KNOWN_MISSES)
