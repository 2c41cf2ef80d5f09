"""Blind corpus HM: an ordinary summer inbox of June and July 2026, holiday season.

40 mails from the patients treated in June and July: 32 confirmations (short replies under
our request, new mails naming one to three days, late answers after holidays, mails from
abroad and from the phone, some English and learners' German, a question, a holiday notice
or a wish to move beside the yes, some bottom-posted) and 8 look-alikes (a holiday
cancellation, a reschedule, a missed session, a session cut short, an invoice question,
replies to a reminder and to a video-link mail, a thank-you without a yes).

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

BLIND = LabelledSet("blind_hm", received_at=datetime.fromisoformat("2026-08-11T20:05:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hm22_brandt_kopenhagen.eml": "first run at dce51ddc: confirmed: expected [1064], got []; needs_staff: expected False, got True",
    "hm24_neumann_verlegen.eml": "first run at dce51ddc: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-07-16'], got []",
    "hm32_neumann_alles_gut.eml": "first run at dce51ddc: categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "hm33_berger_danke.eml": "first run at dce51ddc: needs_staff: expected False, got True",
    "hm38_brandt_videolink.eml": "first run at dce51ddc: categories: expected {'technical', 'question'}, got {'technical'}",
    "hm39_neumann_abgebrochen.eml": "first run at dce51ddc: dates: expected ['2026-07-14'], got []",
    "hm40_neumann_verschieben.eml": "first run at dce51ddc: categories: expected {'reschedule'}, got set()",
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
