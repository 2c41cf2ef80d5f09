"""Blind corpus HL: confirmations sharing their mail with other business, and look-alikes.

Thirty confirmations that also cancel or move a coming session, ask about the invoice or
the co-payment, announce a new prescription, send or ask about forms, complain about
waiting, give a new number or address, thank for the therapy's end or report pain after
the last session; twelve look-alikes that only do that other business while naming past
days (an invoice, a prescription, "since the session on Monday"), confirming nothing.

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

BLIND = LabelledSet("blind_hl", received_at=datetime.fromisoformat("2026-11-27T19:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hl03_demir_confirm_move.eml": "first run at c65226d0: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "hl11_vogel_bottom_invoice.eml": "first run at c65226d0: categories: expected {'question', 'confirmation'}, got {'confirmation'}; needs_staff: expected True, got False",
    "hl12_popescu_learner_prescription.eml": "first run at c65226d0: categories: expected {'forms', 'confirmation'}, got {'confirmation'}",
    "hl13_neumann_prescription_confirm.eml": "first run at c65226d0: categories: expected {'forms', 'confirmation'}, got {'confirmation'}; needs_staff: expected True, got False",
    "hl15_yildiz_forms_question.eml": "first run at c65226d0: categories: expected {'forms', 'confirmation'}, got {'confirmation'}",
    "hl16_lehmann_new_prescription_later.eml": "first run at c65226d0: categories: expected {'forms', 'confirmation'}, got {'confirmation'}",
    "hl17_zimmermann_waiting.eml": "first run at c65226d0: categories: expected {'other', 'confirmation'}, got {'confirmation'}; confirmed: expected [1093], got []",
    "hl21_nowak_video_complaint.eml": "first run at c65226d0: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "hl23_wagner_end_thanks.eml": "first run at c65226d0: categories: expected {'confirmation', 'thanks'}, got {'confirmation'}",
    "hl25_oneill_en_last_session.eml": "first run at c65226d0: categories: expected {'confirmation', 'thanks'}, got {'confirmation'}",
    "hl28_hoffmann_confirm_both_and_form.eml": "first run at c65226d0: categories: expected {'forms', 'confirmation'}, got {'confirmation'}; needs_staff: expected True, got False",
    "hl30_brandt_confirm_waiting_thanks.eml": "first run at c65226d0: categories: expected {'other', 'confirmation'}, got {'other'}; confirmation-intent: expected True, got False; confirmed: expected [1064], got []",
    "hl32_demir_prescription_date.eml": "first run at c65226d0: categories: expected {'forms'}, got set()",
    "hl33_wolff_pain_since_monday.eml": "first run at c65226d0: dates: expected ['2026-02-13'], got []",
    "hl35_neumann_copay_letter.eml": "first run at c65226d0: categories: expected {'question'}, got set(); dates: expected [], got ['2026-07-10']",
    "hl36_carter_en_cancel_future.eml": "first run at c65226d0: dates: expected ['2026-08-10'], got []",
    "hl38_vogel_forms_request.eml": "first run at c65226d0: categories: expected {'forms'}, got set()",
    "hl40_jansen_waiting_complaint.eml": "first run at c65226d0: categories: expected {'other'}, got set()",
    "hl42_berger_thanks_ending.eml": "first run at c65226d0: categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=30, known_misses=KNOWN_MISSES)
