"""Blind corpus HU: an ordinary inbox of late winter 2026, 32 confirmations among 40 mails.

Patients' replies to our confirmation requests for their February and March sessions (a
yes, the date, a thumbs-up, typed on a phone, answered weeks late, bottom-posted, in English
or learners' German, with a question or a wish to move beside the yes), new mails naming
one to three days, and look-alikes: a flu cancellation, a reschedule, a missed call, a
session that did not happen, a prescription question, replies to a reminder and to a
video-link mail, a thank-you.

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

BLIND = LabelledSet("blind_hu", received_at=datetime.fromisoformat("2026-04-01T09:05:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hu07_krueger_ja_und_verschieben.eml": "first run at 3bfcaebe: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "hu14_becker_anruf_verpasst.eml": "first run at 3bfcaebe: categories: expected {'reschedule', 'other'}, got set()",
    "hu15_wagner_danke.eml": "first run at 3bfcaebe: categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
    "hu18_demir_videolink_app.eml": "first run at 3bfcaebe: categories: expected {'technical', 'question'}, got {'technical'}",
    "hu22_demir_hat_geklappt.eml": "first run at 3bfcaebe: needs_staff: expected False, got True",
    "hu26_becker_pkv_rechnung.eml": "first run at 3bfcaebe: categories: expected {'confirmation', 'question'}, got {'confirmation'}; confirmed: expected [1017, 1018], got []",
    "hu28_krueger_nicht_stattgefunden.eml": "first run at 3bfcaebe: categories: expected {'technical', 'other'}, got {'other'}",
    "hu33_koch_erinnerung_morgen.eml": "first run at 3bfcaebe: needs_staff: expected False, got True",
    "hu36_koch_abgebrochen.eml": "first run at 3bfcaebe: categories: expected {'confirmation', 'technical'}, got set(); confirmation-intent: expected True, got False",
    "hu38_aydin_english_nochmal.eml": "first run at 3bfcaebe: confirmed: expected [1134, 1135], got []; needs_staff: expected False, got True",
    "hu39_wagner_fuer_oma.eml": "first run at 3bfcaebe: dates: expected [], got ['2026-03-30']",
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
