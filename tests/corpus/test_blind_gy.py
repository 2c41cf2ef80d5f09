"""Blind corpus GY: a plain inbox of an ordinary spring, 33 confirmations and 10 look-alikes.

The mails in tests/data/blind_gy/ (made by `python -m tools.corpus.blind_gy`, written
without reading the rules, the canonical table or the earlier blind sets' mails), from the
patients treated between March and May 2026: mostly short replies under our request (a
yes, a date, a line of thanks) from phones and webmail, some new mails naming one or
several days, a few late, a few with a question or a reschedule wish beside the yes, a
mother answering for her daughter, a few in English; and the usual look-alikes (a video
code that fails, a cancelled session the patient waited for, a cancellation, a reschedule,
a missed call, a call that never came, a question about a coming session, two replies to
reminders, an invoice question under our request).

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

BLIND = LabelledSet("blind_gy", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gy04_krueger_maerz_beide.eml": "first run at 769e3f5: confirmed: expected [1008, 1009], got []; dates: expected ['2026-03-03', '2026-03-10'], got []; needs_staff: expected False, got True",
    "gy42_berger_erinnerung.eml": "first run at 769e3f5: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=33, known_misses=KNOWN_MISSES)
