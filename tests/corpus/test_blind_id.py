"""Blind corpus ID: one ordinary October 2026 inbox, written mostly from phones.

40 mails of 1 to 31 October 2026: 32 confirmations (same-day replies under our request, a
bare "Ja" from the iPhone, voice dictation, all lowercase, missing umlauts, learners'
German, English, the yes in the subject only, a daughter or a mother writing from the
patient's address, replies weeks or months late listing several days, a wish, a question
or a doubt beside the yes) and 8 look-alikes (an out-of-office reply, a video-link
question, an illness cancellation, a move of a coming session, a missed session, a session
cut short, a thank-you without a yes, a prescription question).

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

BLIND = LabelledSet("blind_id", received_at=datetime.fromisoformat("2026-11-01T16:35:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "id15_carter_two_more.eml": "first run at 5c64d628: confirmed: expected [1072, 1073], got [1073]; dates: expected ['2026-08-24', '2026-08-31'], got []; needs_staff: expected False, got True",
    "id22_zimmermann_nur_betreff.eml": "first run at 5c64d628: dates: expected ['2026-10-19'], got []",
    "id24_jansen_videolink.eml": "first run at 5c64d628: categories: expected {'question', 'technical'}, got {'technical'}",
    "id25_schaefer_elternabend.eml": "first run at 5c64d628: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "id27_hoffmann_rechnung.eml": "first run at 5c64d628: confirmed: expected [1045], got []; dates: expected ['2026-06-01'], got []",
    "id31_richter_rest_juni.eml": "first run at 5c64d628: confirmed: expected [1051, 1052, 1053], got []; needs_staff: expected False, got True",
    "id33_schaefer_verpasst.eml": "first run at 5c64d628: categories: expected {'question', 'other'}, got {'question'}",
    "id34_jansen_abgebrochen.eml": "first run at 5c64d628: dates: expected ['2026-10-29'], got []",
    "id36_brandt_unsicher.eml": "first run at 5c64d628: confirmed: expected [1063, 1064], got []",
    "id39_demir_danke.eml": "first run at 5c64d628: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=32, known_misses=KNOWN_MISSES)
