"""Blind corpus IN: one ordinary November of the practice inbox, 40 mails, 32 confirmations.

Replies under our confirmation request on the day or a few days later, late answers for
October and the summer months, new mails naming one or several days, relatives writing
from a patient's address, English and learners' German, a question or wish beside some
yeses, a wrongly dated yes and its correction; and eight look-alikes (a cancellation, a
move, a missed session, a video session cut short, a prescription question, a thank-you,
a reply to a reminder, a question before a session).

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

BLIND = LabelledSet("blind_in", received_at=datetime.fromisoformat("2026-12-01T09:15:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "in19_jansen_nov12_verschieben.eml": "first run at 2d4d3f83: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "in20_yildiz_aug26_sohn.eml": "first run at 2d4d3f83: needs_staff: expected False, got True",
    "in27_jansen_nov19_vergessen.eml": "first run at 2d4d3f83: categories: expected {'other'}, got set(); dates: expected [], got ['2026-11-19']",
    "in29_nowak_nov20_korrektur.eml": "first run at 2d4d3f83: confirmed: expected [1118], got []; needs_staff: expected False, got True",
    "in36_hoffmann_danke.eml": "first run at 2d4d3f83: categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
    "in40_jansen_nov12_nochmal.eml": "first run at 2d4d3f83: confirmed: expected [1107], got []; needs_staff: expected False, got True",
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
