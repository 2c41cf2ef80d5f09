"""Blind corpus CT: hard look-alikes, 11 confirmations and 29 look-alikes.

The mails in tests/data/blind_ct/ (made by `python -m tools.corpus.blind_ct`, written
without reading the rules, the canonical table or the earlier blind sets' mails) read at a
glance like confirmations and mostly are not: a coming session "bestätigt" or agreed to
under a reminder or video link, thanks for a cancelled day, a session of a husband, wife or
mother who is a patient too, a visit at the doctor's or another practice, a forwarded old
confirmation or a day already confirmed, sessions that did not take place or were broken
off, a yes to the forms request; between them eleven plain confirmations.

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

BLIND = LabelledSet("blind_ct", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ct11_brandt_one_of_two.eml": "first run at 8dfb98b: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "ct12_krueger_reminder_attend.eml": "first run at 8dfb98b: needs_staff: expected False, got True",
    "ct13_hoffmann_link_ok.eml": "first run at 8dfb98b: needs_staff: expected False, got True",
    "ct14_jansen_confirms_first.eml": "first run at 8dfb98b: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
    "ct15_schulz_after_break.eml": "first run at 8dfb98b: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-05-21']; needs_staff: expected False, got True",
    "ct17_popescu_forms_yes.eml": "first run at 8dfb98b: categories: expected {'forms'}, got set(); needs_staff: expected False, got True",
    "ct18_wolff_next_date.eml": "first run at 8dfb98b: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "ct20_yildiz_thanks_cancelled.eml": "first run at 8dfb98b: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-08-19']",
    "ct21_zimmermann_thanks_move.eml": "first run at 8dfb98b: needs_staff: expected False, got True",
    "ct22_koch_for_mother.eml": "first run at 8dfb98b: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "ct23_hoffmann_for_wife.eml": "first run at 8dfb98b: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "ct24_krueger_for_husband.eml": "first run at 8dfb98b: dates: expected ['2026-02-02'], got []",
    "ct25_wolff_doctor.eml": "first run at 8dfb98b: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-02-09']",
    "ct26_lehmann_other_practice.eml": "first run at 8dfb98b: dates: expected [], got ['2026-09-17']",
    "ct27_carter_doctor_en.eml": "first run at 8dfb98b: dates: expected [], got ['2026-08-12']",
    "ct28_wolff_forwards_old.eml": "first run at 8dfb98b: categories: expected {'question'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected True, got False",
    "ct29_krueger_already.eml": "first run at 8dfb98b: dates: expected ['2026-01-20'], got []",
    "ct32_demir_waiting_room.eml": "first run at 8dfb98b: categories: expected {'technical'}, got set()",
    "ct33_popescu_ill.eml": "first run at 8dfb98b: categories: expected {'other'}, got set()",
    "ct38_lehmann_fever.eml": "first run at 8dfb98b: categories: expected {'other'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=11, known_misses=KNOWN_MISSES)
