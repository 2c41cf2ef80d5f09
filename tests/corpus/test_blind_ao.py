"""Blind corpus AO: the private patients' ordinary inbox, 32 confirmations and 10 look-alikes.

The mails in tests/data/blind_ao/ (made by `python -m tools.corpus.blind_ao`, written
without reading the rules, the canonical table or the earlier blind sets' mails), from the
private patients (KG, Manuelle Therapie, KG am Gerät) and those who write for them: formal
letters, a wife, an assistant and a law firm's secretary writing from the patient's
mailbox, business English from abroad, Swiss and Austrian German, several sessions (of
different kinds on one day) in one mail, confirmations with a question about an invoice or
a prescription, and one confirmation of a day without an appointment. The look-alikes: a
session still ahead (confirmed in advance, or attendance promised under the video link),
sessions cut short, a session of another kind than booked, a short phone call instead of
the video session, a missed session, a call that never came, and questions whether
sessions were billed.

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

BLIND = LabelledSet("blind_ao", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ao06_becker_cut_short.eml": "first run at 1ba53d4: categories: expected {'technical'}, got set()",
    "ao12_hoffmann_cut_short.eml": "first run at 1ba53d4: dates: expected [], got ['2026-05-11']",
    "ao13_hoffmann_link_see_you.eml": "first run at 1ba53d4: needs_staff: expected False, got True",
    "ao34_jansen_missed.eml": "first run at 1ba53d4: categories: expected {'reschedule'}, got set(); dates: expected [], got ['2026-11-19']",
    "ao38_nowak_phone_instead.eml": "first run at 1ba53d4: categories: expected {'other'}, got set()",
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
