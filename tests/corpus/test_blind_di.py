"""Blind corpus DI: a plain inbox of the whole year written from phones in a hurry, 37
confirmations and 8 look-alikes.

The mails in tests/data/blind_di/ (made by `python -m tools.corpus.blind_di`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
mostly short replies under our request (a bare "Ja", "ok", "Ja👍", "passt", English
"yes confirmed"), some with the day typed as "16.4", "19.02", "2 Juni", "6 nov", "10 aug",
some new mails naming several days at once ("16.1 23.1 und 30.1", "05/02 + 09/02",
"3 feb und 10 feb"), a few weeks late, with autocorrect slips and typos. Some
confirmations need staff too (a question, a session that did not take place, a
cancelled day mixed in, a day already confirmed, a day with no appointment, a session
still to come). The look-alikes are a cancellation, a reschedule, two questions about a
coming session, a missed call, a call that never came, a video that broke off and a yes
to a reminder.

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

BLIND = LabelledSet("blind_di", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "di31_brandt_one_not.eml": "first run at a9edc51: categories: expected {'technical', 'confirmation'}, got {'technical'}; confirmation-intent: expected True, got False; confirmed: expected [1064], got []",
    "di34_wagner_cancelled_day.eml": "first run at a9edc51: dates: expected ['2026-02-09'], got ['2026-02-02', '2026-02-09']",
    "di41_vogel_already.eml": "first run at a9edc51: needs_staff: expected True, got False",
    "di39_hartmann_future.eml": "first run at a9edc51: dates: expected [], got ['2026-11-17']",
    "di44_schaefer_abgebrochen.eml": "first run at a9edc51: categories: expected {'question', 'technical'}, got {'question'}",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=37, known_misses=KNOWN_MISSES)
