"""Blind corpus FF: days given only in words, 32 confirmations and 10 look-alikes.

The mails in tests/data/blind_ff/ (made by `python -m tools.corpus.blind_ff`, written
without reading the rules, the canonical table or the earlier blind sets' mails), are
everyday patient mails whose session days are named in words relative to the mail's date:
weekdays alone, "letzte Woche Dienstag", "vorgestern", "den davor", "die beiden letzten",
"gestern und heute", "the Tuesday one", a day corrected in the next sentence, a weekday
that does not agree with its date; some name a session that did not take place beside one
that did, and ten are look-alikes (a missed or cancelled session, a question or reschedule
about a coming day, replies to our reminder and video link). Only days unambiguous from
the mail's date and the patient's appointments are labelled as confirmed.

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

BLIND = LabelledSet("blind_ff", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ff12_montag_ja_donnerstag_nicht.eml": "first run at d7926ef: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1012], got []",
    "ff14_den_davor.eml": "first run at d7926ef: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1022], got []; dates: expected ['2026-03-25'], got []",
    "ff15_monday_one.eml": "first run at d7926ef: dates: expected ['2026-08-10'], got []",
    "ff19_den_davor_am_19.eml": "first run at d7926ef: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1095], got []",
    "ff20_mittwochabend_zweitadresse.eml": "first run at d7926ef: dates: expected ['2026-10-21'], got []",
    "ff21_letzten_beiden_okay.eml": "first run at d7926ef: confirmed: expected [1101, 1102], got []; dates: expected ['2026-10-28', '2026-11-04'], got []; needs_staff: expected False, got True",
    "ff31_tuesday_one.eml": "first run at d7926ef: dates: expected [], got ['2026-09-01']",
    "ff33_video_ging_nicht.eml": "first run at d7926ef: categories: expected {'technical'}, got set()",
    "ff36_mittwoch_frage.eml": "first run at d7926ef: dates: expected [], got ['2026-05-13']",
    "ff40_naechsten_mittwoch.eml": "first run at d7926ef: categories: expected {'reschedule'}, got set()",
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
