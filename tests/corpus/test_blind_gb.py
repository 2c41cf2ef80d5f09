"""Blind corpus GB: a plain, representative inbox of an ordinary month, 31 confirmations and
10 look-alikes.

The mails in tests/data/blind_gb/ (made by `python -m tools.corpus.blind_gb`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are the
patients in practice.toml as they really answer: mostly short replies under our request
(some bottom-posted, some from a phone with a signature, some without a date), a few new
mails with the date only in the subject or text, several days at once, a few weeks late,
five with a question or practical problem beside the yes; and the usual look-alikes (two
cancellations, reschedule wishes, a missed session, a question and a technical problem
about a video session, an out-of-office reply, two thank-yous without a confirmation).

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

BLIND = LabelledSet("blind_gb", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gb07_schulz_ja_plus_verschieben.eml": "first run at ee5f1dd: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "gb23_becker_ja_plus_adresse.eml": "first run at ee5f1dd: categories: expected {'confirmation', 'other'}, got {'confirmation'}; needs_staff: expected True, got False",
    "gb33_becker_spaeter.eml": "first run at ee5f1dd: categories: expected {'reschedule'}, got set()",
    "gb38_carter_thank_you.eml": "first run at ee5f1dd: needs_staff: expected False, got True",
    "gb40_richter_kein_zugang.eml": "first run at ee5f1dd: categories: expected {'technical'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=31, known_misses=KNOWN_MISSES)
