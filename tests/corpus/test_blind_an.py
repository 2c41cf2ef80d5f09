"""Blind corpus AN: an ordinary evening inbox, 34 confirmations and 10 look-alikes.

The mails in tests/data/blind_an/ (made by `python -m tools.corpus.blind_an`, written
without reading the rules, the canonical table or the earlier blind sets' mails), written
quickly from phones by commuters, working parents, a student, two retired couples (spouses
writing from the patient's address) and a learner of German: short yes answers under our
request with and without a day; days as "heute", "gestern", "vorhin", "letzten Montag",
"letzten Donnerstag", with weekdays, month names, abbreviations, two-digit years and
without dots; two to five days in one mail, some weeks late, one of them naming a day that
did not take place; two English mails. The look-alikes are two cancellations, two missed
sessions, two reschedule wishes, two questions about a coming session and two thank-yous
for a reminder.

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

BLIND = LabelledSet("blind_an", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "an08_iphone_vorhin.eml": "first run at 1ba53d4: dates: expected ['2026-10-21'], got []",
    "an27_webde_ja_war_heute.eml": "first run at 1ba53d4: dates: expected ['2026-08-05'], got []",
    "an38_nobody_in_video.eml": "first run at 1ba53d4: categories: expected {'other'}, got set()",
    "an39_move_monday.eml": "first run at 1ba53d4: categories: expected {'reschedule'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=34, known_misses=KNOWN_MISSES)
