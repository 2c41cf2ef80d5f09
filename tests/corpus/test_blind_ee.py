"""Blind corpus EE: hard look-alikes written as real patients write them, 17 confirmations
(12 of them with a session to record) and 27 other mails.

The mails in tests/data/blind_ee/ (made by `python -m tools.corpus.blind_ee`, written
without reading the rules, the canonical table or the earlier blind sets' mails) hold ten
plain confirmations and two that confirm one day while another did not take place, among
32 look-alikes: a session still to come 'bestätigt' (under a reminder, a video link, or in
advance), thanks around a cancelled session or a cancelled day confirmed, a session
confirmed for a family member who is also a patient, a visit to the doctor, the Reha
clinic or another practice, a forwarded request or an old confirmation quoted below a new
question, 'hat leider nicht stattgefunden' in its many forms, sessions broken off, and a
yes that answers something else.

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

BLIND = LabelledSet("blind_ee", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ee12_neumann_tue_yes_thu_no.eml": "first run at 829ac99: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1058], got []",
    "ee14_becker_future_day.eml": "first run at 829ac99: dates: expected [], got ['2026-02-19']",
    "ee15_lehmann_confirms_tomorrow.eml": "first run at 829ac99: needs_staff: expected False, got True",
    "ee16_vogel_video_link_ok.eml": "first run at 829ac99: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
    "ee17_jansen_in_advance.eml": "first run at 829ac99: dates: expected [], got ['2026-11-19']",
    "ee18_demir_thanks_for_cancelling.eml": "first run at 829ac99: categories: expected {'other'}, got set(); needs_staff: expected False, got True",
    "ee19_wagner_thanks_cancelled.eml": "first run at 829ac99: categories: expected {'other'}, got set(); needs_staff: expected False, got True",
    "ee20_zimmermann_thanks_cancelled_monday.eml": "first run at 829ac99: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-10-26']",
    "ee21_yildiz_cancelled_day.eml": "first run at 829ac99: dates: expected [], got ['2026-08-19']",
    "ee22_koch_for_partner.eml": "first run at 829ac99: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-02-20'], got []",
    "ee23_demir_for_mother.eml": "first run at 829ac99: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-08-12'], got []",
    "ee24_wolff_orthopaede.eml": "first run at 829ac99: confirmation-intent: expected False, got True",
    "ee25_lehmann_reha.eml": "first run at 829ac99: categories: expected {'other'}, got set()",
    "ee26_vogel_other_practice.eml": "first run at 829ac99: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-09-15']",
    "ee31_demir_internet_down.eml": "first run at 829ac99: categories: expected {'technical', 'reschedule'}, got set()",
    "ee33_schulz_was_ill.eml": "first run at 829ac99: categories: expected {'other'}, got set()",
    "ee34_popescu_nobody_came.eml": "first run at 829ac99: categories: expected {'technical'}, got set()",
    "ee35_richter_forgot.eml": "first run at 829ac99: categories: expected {'reschedule'}, got set(); dates: expected [], got ['2026-06-17']",
    "ee38_aydin_line_dropped.eml": "first run at 829ac99: categories: expected {'technical'}, got set()",
    "ee40_berger_ja_reminder.eml": "first run at 829ac99: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
    "ee41_richter_forms_yes.eml": "first run at 829ac99: needs_staff: expected False, got True",
    "ee42_carter_link_received.eml": "first run at 829ac99: needs_staff: expected False, got True",
    "ee43_schaefer_link_works.eml": "first run at 829ac99: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=17, known_misses=KNOWN_MISSES)
