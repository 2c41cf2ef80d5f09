"""Blind corpus CM: a plain inbox of the whole year, 32 confirmations and 11 look-alikes.

The mails in tests/data/blind_cm/ (made by `python -m tools.corpus.blind_cm`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 23
patients from January to December as they would really answer: mostly short replies under
our request in various mail programs (web.de, Thunderbird, Outlook, T-Online, Gmail,
iPhone, Apple Mail, Samsung, Yahoo), some with and some without the date, new mails with
the date in subject or text, several days at once, a few weeks late, some with a question,
a reschedule wish or a technical problem beside the yes, one confirming a cancelled day;
and the usual look-alikes: cancellations, reschedule wishes, questions, sessions that did
not take place, replies to reminders.

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

BLIND = LabelledSet("blind_cm", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "cm06_becker_erinnerung_ok.eml": "first run at ed59631: needs_staff: expected False, got True",
    "cm07_wolff_kein_anruf.eml": "first run at ed59631: categories: expected {'other'}, got set()",
    "cm19_berger_anruf_kam_nicht.eml": "first run at ed59631: dates: expected [], got ['2026-05-13']",
    "cm24_richter_kein_video.eml": "first run at ed59631: categories: expected {'technical'}, got set()",
    "cm29_carter_move_next.eml": "first run at ed59631: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=32, known_misses=KNOWN_MISSES)
