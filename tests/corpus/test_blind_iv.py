"""Blind corpus IV: relatives, carers, neighbours and helpers report the patient's sessions.

45 mails written from the patient's own (family) address, many as replies to our
confirmation request: a daughter, grandchildren, wives, a husband, a sister, a father, a
flatmate, a neighbour, secretaries and a son taking dictation pass on what the patient says
or what they saw. 33 confirmations (some only partly recordable: hearsay with doubt, sessions
cut short, another family member's session) and 12 look-alikes (the writer's own or a
sibling's session, cancellations, bill and prescription questions, a tablet that failed).

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

BLIND = LabelledSet("blind_iv", received_at=datetime.fromisoformat("2026-11-10T18:20:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "iv03_krueger_mutter_meint.eml": "first run at 00391f2f: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False",
    "iv05_becker_frau_eigene_stunde.eml": "first run at 00391f2f: dates: expected [], got ['2026-02-16']",
    "iv09_demir_absage_schwester.eml": "first run at 00391f2f: dates: expected [], got ['2026-04-08']",
    "iv10_wolff_ehefrau.eml": "first run at 00391f2f: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1028], got []; needs_staff: expected False, got True",
    "iv12_wolff_abgebrochen.eml": "first run at 00391f2f: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False; dates: expected ['2026-02-13'], got []",
    "iv16_schulz_tablet.eml": "first run at 00391f2f: categories: expected {'technical'}, got set()",
    "iv17_schulz_bruder_verwechselt.eml": "first run at 00391f2f: dates: expected ['2026-05-21'], got ['2026-05-19', '2026-05-21']",
    "iv21_popescu_glaube.eml": "first run at 00391f2f: categories: expected {'other'}, got set(); dates: expected [], got ['2026-06-15', '2026-06-16']",
    "iv22_richter_freundin.eml": "first run at 00391f2f: dates: expected ['2026-06-10'], got []; needs_staff: expected False, got True",
    "iv24_neumann_am_neunten.eml": "first run at 00391f2f: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1057], got []; needs_staff: expected False, got True",
    "iv25_neumann_nachbarin.eml": "first run at 00391f2f: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1058, 1059], got []; needs_staff: expected False, got True",
    "iv29_carter_thinks.eml": "first run at 00391f2f: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-08-17']",
    "iv32_yildiz_abgesagt.eml": "first run at 00391f2f: categories: expected {'other'}, got set()",
    "iv35_zimmermann_frau_oktober.eml": "first run at 00391f2f: confirmed: expected [1093, 1094, 1095], got []; needs_staff: expected False, got True",
    "iv36_schaefer_kanzlei.eml": "first run at 00391f2f: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1099], got []; needs_staff: expected False, got True",
    "iv40_aydin_halbe.eml": "first run at 00391f2f: confirmed: expected [1132], got []",
    "iv43_berger_nachbar_unsicher.eml": "first run at 00391f2f: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected [], got ['2026-05-13']",
    "iv44_nowak_partner_eigene.eml": "first run at 00391f2f: dates: expected [], got ['2026-11-09']",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=33, known_misses=KNOWN_MISSES)
