"""Blind corpus BP: a plain, representative inbox of the whole year, 35 confirmations and 8
look-alikes.

The mails in tests/data/blind_bp/ (made by `python -m tools.corpus.blind_bp`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are what
the patients in practice.toml really send over a year: mostly short replies under our
request from phones and webmail (web.de/GMX, T-Online, Gmail, iPhone/Apple Mail, Outlook,
Thunderbird, Samsung, Yahoo), with and without the date, a few new mails naming several
days at once, some written days or weeks late, some with a line on the exercises, the pain
or the therapist, a few with a question or a problem beside the yes. 32 confirm at least
one session; three more mean to confirm but name a cancelled day, a day already confirmed
and a day with no appointment. The look-alikes are cancellations, a reschedule, a question
about a coming session, a session broken off, a session nobody called for, and thank-yous
to a reminder and a video link.

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

BLIND = LabelledSet("blind_bp", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bp10_aydin_call_cut_short.eml": "first run at 8b784a8: dates: expected [], got ['2026-03-12']",
    "bp15_schulz_theraband.eml": "first run at 8b784a8: needs_staff: expected False, got True",
    "bp23_richter_coming_session.eml": "first run at 8b784a8: needs_staff: expected False, got True",
    "bp30_yildiz_nobody_called.eml": "first run at 8b784a8: categories: expected {'other'}, got set()",
    "bp37_zimmermann_cancelled_day.eml": "first run at 8b784a8: dates: expected [], got ['2026-10-26']",
    "bp42_hartmann_browser_question.eml": "first run at 8b784a8: categories: expected {'question', 'technical'}, got {'technical'}",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=35, known_misses=KNOWN_MISSES)
