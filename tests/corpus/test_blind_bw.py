"""Blind corpus BW: a plain inbox of the whole year, 31 confirmations and 10 look-alikes.

The mails in tests/data/blind_bw/ (made by `python -m tools.corpus.blind_bw`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are what
the patients in practice.toml really send: mostly short replies under our request from
phones and webmail, with and without the day, some new mails, several days at once, a
few late, a few with a question, a reschedule wish, a technical problem or a cancelled
day beside the yes; leaning towards the private patients (MT, KGG, KG, one with two
sessions on one day), in German and English. The look-alikes are a cancellation and a
reschedule answering reminders, a thank-you for the video link, an ok to a reminder, a
question about a coming session, and sessions that did not (fully) take place answered
under our request.

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

BLIND = LabelledSet("blind_bw", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bw28_wagner_verschieben.eml": "first run at eeefca0: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "bw31_demir_abgesagt.eml": "first run at eeefca0: dates: expected ['2026-03-25'], got ['2026-03-25', '2026-04-01']",
    "bw34_zimmermann_keiner_angerufen.eml": "first run at eeefca0: categories: expected {'other'}, got set()",
    "bw36_brandt_urlaub.eml": "first run at eeefca0: categories: expected {'other'}, got set()",
    "bw38_jansen_morgen_ok.eml": "first run at eeefca0: needs_staff: expected False, got True",
    "bw40_becker_nicht_erreicht.eml": "first run at eeefca0: categories: expected {'reschedule'}, got set()",
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
