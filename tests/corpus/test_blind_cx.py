"""Blind corpus CX: a hard set of look-alikes, 19 confirmations and 24 look-alikes.

The mails in tests/data/blind_cx/ (made by `python -m tools.corpus.blind_cx`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 43 mails
written as real patients write them: 11 plain confirmations, 4 that confirm one session and
say another did not (fully) take place, 4 that mean to confirm but give nothing that may be
recorded (a day already confirmed, a yes to a cancelled session, a day without appointment,
tomorrow's session), and 24 look-alikes: yes to a reminder, video link or forms request,
'hat leider nicht stattgefunden' in its many forms, thanks for a failed or cancelled
session, sessions broken off, a confirmation for a family member who is also a patient, a
doctor's or another practice's appointment, a forwarded old confirmation.

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

BLIND = LabelledSet("blind_cx", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "cx12_schulz_one_took_place_one_not.eml": "first run at a4ca482: categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "cx14_becker_one_broken_off.eml": "first run at a4ca482: categories: expected {'confirmation', 'question'}, got {'confirmation'}",
    "cx15_vogel_today_broken_off.eml": "first run at a4ca482: categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "cx16_koch_already_confirmed.eml": "first run at a4ca482: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; needs_staff: expected False, got True",
    "cx19_hartmann_confirms_tomorrow.eml": "first run at a4ca482: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False",
    "cx20_popescu_attends_tomorrow.eml": "first run at a4ca482: needs_staff: expected False, got True",
    "cx22_richter_yes_to_reminder.eml": "first run at a4ca482: needs_staff: expected False, got True",
    "cx23_hartmann_yes_to_forms.eml": "first run at a4ca482: needs_staff: expected False, got True",
    "cx24_popescu_yes_to_new_time.eml": "first run at a4ca482: categories: expected {'reschedule'}, got set()",
    "cx25_krueger_could_not_join.eml": "first run at a4ca482: categories: expected {'technical'}, got set()",
    "cx26_wolff_nobody_called.eml": "first run at a4ca482: categories: expected {'other', 'reschedule'}, got {'reschedule'}",
    "cx27_richter_missed_link.eml": "first run at a4ca482: categories: expected {'reschedule'}, got set()",
    "cx29_berger_no_signal.eml": "first run at a4ca482: categories: expected {'other'}, got set()",
    "cx30_oneill_did_not_happen.eml": "first run at a4ca482: categories: expected {'other', 'reschedule'}, got {'other'}",
    "cx32_neumann_only_short_call.eml": "first run at a4ca482: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-07-21']",
    "cx33_hoffmann_thanks_anyway.eml": "first run at a4ca482: categories: expected {'technical'}, got set()",
    "cx34_yildiz_thanks_for_cancelled.eml": "first run at a4ca482: dates: expected [], got ['2026-08-19']",
    "cx36_lehmann_does_it_count.eml": "first run at a4ca482: categories: expected {'technical', 'question'}, got {'question'}",
    "cx37_schaefer_only_sound.eml": "first run at a4ca482: dates: expected [], got ['2026-10-21']",
    "cx38_wagner_for_her_mother.eml": "first run at a4ca482: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "cx39_koch_for_her_partner.eml": "first run at a4ca482: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "cx41_brandt_other_practice.eml": "first run at a4ca482: dates: expected [], got ['2026-07-10', '2026-07-13']",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=19, known_misses=KNOWN_MISSES)
