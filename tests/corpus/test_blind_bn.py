"""Blind corpus BN: a plain inbox of the whole year, 36 confirmations and 9 look-alikes.

The mails in tests/data/blind_bn/ (made by `python -m tools.corpus.blind_bn`, written
without reading the rules, the canonical table or the earlier blind sets' mails), the 24
patients of practice.toml as they would really answer from January to November: mostly
short replies under our request in many mail programs, with and without the date, some new
mails, a patient's weekly mail for the whole week, late replies for several days, replies
to our reminder or video-link mail that also confirm the last session, an answer in the
subject line, forwarded requests, a reply to an old request that confirms the latest
session, and a few with a question or a problem beside the yes. 35 of the confirmations
record a session; the 36th "confirms" a cancelled day and records nothing. The 9 other
look-alikes: two cancellations, a reschedule, a question, two missed sessions, two yeses to
a reminder for the next day, a video code that fails.

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

BLIND = LabelledSet("blind_bn", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bn07_wagner_video_abgebrochen.eml": "first run at 90b0592: categories: expected {'technical', 'confirmation'}, got {'confirmation'}; confirmed: expected [1128], got []",
    "bn10_demir_heute.eml": "first run at 90b0592: dates: expected ['2026-03-04'], got []",
    "bn12_demir_abgesagter_tag.eml": "first run at 90b0592: dates: expected [], got ['2026-04-01']",
    "bn35_carter_verpasst.eml": "first run at 90b0592: categories: expected {'other', 'reschedule'}, got set()",
    "bn41_lehmann_plus_verschieben.eml": "first run at 90b0592: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "bn44_schaefer_samsung_heute.eml": "first run at 90b0592: dates: expected ['2026-10-28'], got []",
    "bn51_nowak_morgen.eml": "first run at 90b0592: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=36, known_misses=KNOWN_MISSES)
