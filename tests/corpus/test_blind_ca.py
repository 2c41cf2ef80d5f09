"""Blind corpus CA: a plain, representative inbox of the whole year, 32 confirmations and 10
look-alikes.

The mails in tests/data/blind_ca/ (made by `python -m tools.corpus.blind_ca`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are the
patients of the practice answering as they really do: mostly short replies under our
request from phones and webmail, with and without the date, some new mails naming one or
several days, a few late, a few with a question or a video problem beside the yes; the mail
programs lean untidy (a thread quoted two levels deep, company signatures with disclaimers
and dates, a forwarded request, an HTML-only webmail reply, an answer typed into our quoted
text, a bottom-post). The look-alikes: a cancellation, a reschedule, questions about a
coming session and an invoice, a missed and a cancelled session answered under our request,
a session broken off, a video-code problem, a thank-you for a reminder.

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

BLIND = LabelledSet("blind_ca", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ca30_richter_under_reminder.eml": "first run at 1ecdb8f: confirmed: expected [1052], got []; needs_staff: expected False, got True",
    "ca36_yildiz_nobody_called.eml": "first run at 1ecdb8f: categories: expected {'other'}, got set()",
    "ca40_wolff_had_cancelled.eml": "first run at 1ecdb8f: categories: expected {'cancellation'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=32, known_misses=KNOWN_MISSES)
