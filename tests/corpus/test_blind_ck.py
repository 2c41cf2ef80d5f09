"""Blind corpus CK: a plain, representative inbox of the whole year, 35 confirmations and
10 look-alikes.

The mails in tests/data/blind_ck/ (made by `python -m tools.corpus.blind_ck`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are the
patients of the practice snapshot answering as they really do: short replies under our
request with and without the day, many answers to the wrong mail of ours (the reminder or
the video-link mail written after the session, an old request naming newer days), new mails
whose subject alone carries the day, several days at once, a few late, a few with a
question, a cancellation or a problem beside the yes; and ten look-alikes (a cancellation,
reschedule wishes, questions about coming sessions, a missed and a cut-short session, a
thank-you for the link, an "I'll be there" under a reminder).

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

BLIND = LabelledSet("blind_ck", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ck43_hartmann_bild_eingefroren.eml": "finished by phone after the picture froze: partly in another kind than booked, for staff to bill (policy since session 21)",
    "ck08_wolff_anruf_kam_nicht.eml": "first run at d658850: categories: expected {'other'}, got set()",
    "ck29_neumann_einer_fehlt.eml": "first run at d658850: categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "ck33_carter_cut_short.eml": "first run at d658850: categories: expected {'technical', 'reschedule'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=35, known_misses=KNOWN_MISSES)
