"""Blind corpus DN: hard look-alikes, 13 confirmations recorded and 31 look-alikes.

The mails in tests/data/blind_dn/ (made by `python -m tools.corpus.blind_dn`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are an
inbox of mails a hasty reader would take for confirmations: yeses to reminders and video
links for sessions still to come, 'bestätigt' for future, cancelled or wrong days, a
confirmation written for a family member who is also a patient, doctor and other-practice
visits, old confirmations quoted or forwarded again, a day already confirmed, sessions that
did not take place or were broken off ('ich bestätige, dass ... NICHT stattgefunden hat'),
and a yes that answers a reschedule; between them 13 plain confirmations. 21 mails carry
the category confirmation (8 of them may not be recorded).

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

BLIND = LabelledSet("blind_dn", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "dn02_krueger_reminder_tomorrow.eml": "first run at 0f4ee9c: needs_staff: expected False, got True",
    "dn03_krueger_quotes_old_yes.eml": "first run at 0f4ee9c: dates: expected [], got ['2026-01-20']",
    "dn06_becker_future_bestaetigt.eml": "first run at 0f4ee9c: dates: expected [], got ['2026-02-09']",
    "dn11_wolff_missed_call.eml": "first run at 0f4ee9c: categories: expected {'reschedule'}, got set()",
    "dn12_sophie_thanks_for_cancelling.eml": "first run at 0f4ee9c: categories: expected {'other'}, got set(); needs_staff: expected False, got True",
    "dn15_koch_for_mother_by_daughter.eml": "first run at 0f4ee9c: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-04-13'], got []",
    "dn19_oneill_clinic_abroad.eml": "first run at 0f4ee9c: categories: expected {'cancellation'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-04-23']",
    "dn25_richter_confirm_later.eml": "first run at 0f4ee9c: needs_staff: expected False, got True",
    "dn26_richter_no_en.eml": "first run at 0f4ee9c: categories: expected {'reschedule', 'technical'}, got set()",
    "dn27_popescu_not_happened.eml": "first run at 0f4ee9c: categories: expected {'question', 'technical'}, got {'question'}",
    "dn31_brandt_move_time.eml": "first run at 0f4ee9c: categories: expected {'reschedule'}, got set()",
    "dn34_aydin_for_wife.eml": "first run at 0f4ee9c: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-08-12'], got []",
    "dn36_vogel_forwards_old_yes.eml": "first run at 0f4ee9c: categories: expected {'question'}, got set()",
    "dn37_lehmann_yes_to_move.eml": "first run at 0f4ee9c: categories: expected {'reschedule'}, got set(); confirmation-intent: expected False, got True",
    "dn42_jansen_gp_video.eml": "first run at 0f4ee9c: needs_staff: expected False, got True",
    "dn43_hartmann_broken_off.eml": "first run at 0f4ee9c: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=21, known_misses=KNOWN_MISSES)
