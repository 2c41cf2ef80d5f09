"""Blind corpus JH: two contacts on one day, and which of them a mail confirms.

42 patient mails: about half from Peter Hoffmann on his 18 May 2026 with two video sessions
(07:30 Gerätetraining, 12:30 Manuelle Therapie), confirming one, both, neither or one not
said which; the others about one-session days on which the mail also tells of a call from
the practice, a doctor's visit or a question. Replies and new mails, the same day or weeks
later, in German, English and learners' German; 33 confirmations and 9 look-alikes.

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

BLIND = LabelledSet("blind_jh", received_at=datetime.fromisoformat("2026-11-18T18:44:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "jh01_hoffmann_reminder_both.eml": "first run at e774177a: needs_staff: expected False, got True",
    "jh06_hoffmann_morning_cut_short.eml": "first run at e774177a: categories: expected {'confirmation', 'technical', 'question'}, got {'confirmation', 'question'}",
    "jh08_hoffmann_cancel_noon_before.eml": "first run at e774177a: confirmed: expected [1042], got []",
    "jh09_hoffmann_no_therapist.eml": "first run at e774177a: categories: expected {'technical'}, got set()",
    "jh10_hoffmann_noon_failed.eml": "first run at e774177a: dates: expected ['2026-05-18'], got []",
    "jh18_hoffmann_english_second.eml": "first run at e774177a: needs_staff: expected False, got True",
    "jh20_krueger_call_afternoon.eml": "first run at e774177a: confirmed: expected [1003], got []; needs_staff: expected False, got True",
    "jh21_becker_orthopaedist_rezept.eml": "first run at e774177a: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1012], got []",
    "jh22_demir_evening_call.eml": "first run at e774177a: confirmed: expected [1021], got []",
    "jh24_wolff_therapist_ill.eml": "first run at e774177a: dates: expected [], got ['2026-02-06']",
    "jh25_schulz_call_zuzahlung.eml": "first run at e774177a: confirmed: expected [1036], got []",
    "jh27_richter_call_invoice.eml": "first run at e774177a: confirmed: expected [1052], got []; needs_staff: expected False, got True",
    "jh29_brandt_dentist.eml": "first run at e774177a: categories: expected {'cancellation'}, got set()",
    "jh32_vogel_invoice_call.eml": "first run at e774177a: categories: expected {'confirmation', 'other'}, got {'confirmation'}; needs_staff: expected True, got False",
    "jh35_schaefer_office_address_move.eml": "first run at e774177a: dates: expected ['2026-10-21'], got ['2026-10-15', '2026-10-21']",
    "jh41_oneill_cut_short.eml": "first run at e774177a: categories: expected {'technical'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=33, known_misses=KNOWN_MISSES)
