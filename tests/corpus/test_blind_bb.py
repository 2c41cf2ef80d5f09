"""Blind corpus BB: a plain inbox of September to November, 31 confirmations and 11 look-alikes.

The mails in tests/data/blind_bb/ (made by `python -m tools.corpus.blind_bb`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are what
the patients with autumn appointments would really send: mostly short replies under our
request from Gmail, iPhone, Outlook, Thunderbird, web.de/GMX and Samsung, with and without
the date, some new mails naming the days, several days at once, a few weeks-late answers,
a few yeses with a question or a video problem beside them; and the usual look-alikes
(cancellations, a reschedule wish, questions about a coming session, a missed session, a
session that did not happen, a video code that does not work, replies to a reminder and a
video link).

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

BLIND = LabelledSet("blind_bb", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bb18_schaefer_yes_picture_froze.eml": "first run at bf57581: categories: expected {'confirmation', 'technical', 'question'}, got {'confirmation', 'question'}",
    "bb23_jansen_bottom_post.eml": "first run at bf57581: needs_staff: expected False, got True",
    "bb35_hartmann_missed_24_11.eml": "first run at bf57581: categories: expected {'other', 'question'}, got {'question'}",
    "bb41_lehmann_did_not_happen.eml": "first run at bf57581: categories: expected {'other'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=31, known_misses=KNOWN_MISSES)
