"""Blind corpus AZ: a plain inbox of January to April, 32 confirmations and 11 look-alikes.

The mails in tests/data/blind_az/ (made by `python -m tools.corpus.blind_az`, written
without reading the rules, the canonical table or the earlier blind sets' mails), come from
the nine patients treated from January to April, as they would really answer: mostly short
replies under our request from web.de, iPhone, Gmail, Outlook, Thunderbird, T-Online and
Samsung mail, with and without the date, some new mails naming several days, a few late,
a few with a question, a reschedule wish or a session that did not take place beside the
yes, one naming a day that does not match our request; and the usual look-alikes:
cancellations, reschedule wishes, questions about a coming session, a missed session, a
session nobody called for, a reply to a reminder and a question under our request.

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

BLIND = LabelledSet("blind_az", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "az12_becker_verschieben.eml": "first run at e7669c8: dates: expected [], got ['2026-02-19']",
    "az13_demir_heute.eml": "first run at e7669c8: dates: expected ['2026-03-04'], got []",
    "az17_demir_link_handy.eml": "first run at e7669c8: categories: expected {'question', 'technical'}, got {'question'}",
    "az18_demir_verpasst.eml": "first run at e7669c8: categories: expected {'other'}, got set()",
    "az22_wolff_kein_anruf.eml": "first run at e7669c8: categories: expected {'other'}, got set()",
    "az26_schulz_vorbereiten.eml": "first run at e7669c8: dates: expected [], got ['2026-04-09']",
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
