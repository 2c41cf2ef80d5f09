"""Blind corpus JC: an ordinary July 2026 inbox, 33 confirmations and 7 look-alikes.

Forty patient mails of July and the first days of August: short replies under our
confirmation request on the day or days later, new mails naming one to three days, a
daughter, son-in-law and neighbour writing for an elderly patient, English and learners'
German, questions and a wish to move beside some yeses, a day that matches no appointment,
and look-alikes (a cancellation, a move, a missed call, a video session cut short, a
prescription question, a thank-you without a yes, a reply to a reminder).

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

BLIND = LabelledSet("blind_jc", received_at=datetime.fromisoformat("2026-08-04T10:20:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "jc01_richter_kurz.eml": "first run at 1f58cce9: dates: expected ['2026-07-01'], got []",
    "jc18_neumann_ja.eml": "first run at 1f58cce9: dates: expected ['2026-07-16'], got []",
    "jc21_brandt_passt.eml": "first run at 1f58cce9: dates: expected ['2026-07-17'], got []",
    "jc25_neumann_verpasst.eml": "first run at 1f58cce9: categories: expected {'other'}, got set()",
    "jc30_brandt_video_abbruch.eml": "first run at 1f58cce9: dates: expected ['2026-07-24'], got []",
    "jc33_neumann_umlegen.eml": "first run at 1f58cce9: confirmed: expected [1062], got []",
    "jc36_neumann_dank.eml": "first run at 1f58cce9: needs_staff: expected False, got True",
    "jc40_neumann_drei_tage.eml": "first run at 1f58cce9: confirmed: expected [1056, 1057, 1058], got []; needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=33, known_misses=KNOWN_MISSES)
