"""Blind corpus HN: partial confirmations, written freshly.

Forty patient mails (German, some English, some learners' German): thirty confirm some of
the patient's sessions and in the same mail say of another that it did not happen, was cut
short, was moved, was someone else's or is doubtful, in every place of the mail and with
every way of naming the day; ten look-alikes under our request confirm nothing.

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

BLIND = LabelledSet("blind_hn", received_at=datetime.fromisoformat("2026-11-22T10:30:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hn08_richter_parenthesis.eml": "billing bug of the first run at dce51dd (recorded 1052 for '(den 10. hab ich ja verschwitzt, sorry nochmal)' beside 'zur Bestätigung') fixed; the forgotten day is still reported as a date",
    "hn03_demir_cut_short.eml": "first run at dce51ddc: dates: expected ['2026-03-04', '2026-03-11'], got ['2026-03-04']",
    "hn05_schulz_ausser.eml": "first run at dce51ddc: confirmed: expected [1034, 1035], got []; dates: expected ['2026-04-16', '2026-04-23'], got []",
    "hn10_brandt_bis_auf.eml": "first run at dce51ddc: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1063, 1065, 1066], got []; dates: expected ['2026-07-03', '2026-07-17', '2026-07-24'], got []",
    "hn13_carter_apart_from.eml": "first run at dce51ddc: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1072, 1073], got []; dates: expected ['2026-08-24', '2026-08-31'], got []",
    "hn14_oneill_ps.eml": "first run at dce51ddc: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}; needs_staff: expected True, got False",
    "hn16_vogel_doubt.eml": "first run at dce51ddc: confirmed: expected [1083], got []",
    "hn17_lehmann_moved.eml": "first run at dce51ddc: categories: expected {'confirmation', 'question'}, got {'confirmation'}; confirmed: expected [1087, 1089], got []",
    "hn18_zimmermann_known_cancel.eml": "first run at dce51ddc: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1093, 1094, 1095, 1097], got []; dates: expected ['2026-10-05', '2026-10-12', '2026-10-19', '2026-11-02'], got []; needs_staff: expected False, got True",
    "hn20_jansen_der_erste.eml": "first run at dce51ddc: confirmed: expected [1105, 1106], got []; dates: expected ['2026-10-22', '2026-10-29', '2026-11-05'], got ['2026-10-29', '2026-11-05']",
    "hn24_wagner_ausgenommen.eml": "first run at dce51ddc: needs_staff: expected False, got True",
    "hn26_berger_someone_else.eml": "first run at dce51ddc: dates: expected ['2026-05-06', '2026-05-13'], got ['2026-05-06', '2026-05-13', '2026-05-20']",
    "hn27_krueger_bottom.eml": "first run at dce51ddc: categories: expected {'confirmation', 'technical'}, got {'confirmation'}; confirmed: expected [1006], got []; dates: expected ['2026-02-17', '2026-02-24'], got []",
    "hn28_becker_nur_nicht.eml": "first run at dce51ddc: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1014, 1016, 1017], got []; dates: expected ['2026-02-16', '2026-02-19', '2026-02-23', '2026-02-26'], got []",
    "hn29_demir_after_cancel.eml": "first run at dce51ddc: confirmed: expected [1022, 1024], got []",
    "hn30_schulz_may.eml": "first run at dce51ddc: confirmed: expected [1037, 1039], got [1037]; dates: expected ['2026-05-07', '2026-05-28'], got ['2026-05-07', '2026-05-21']",
    "hn31_krueger_missed.eml": "first run at dce51ddc: categories: expected {'reschedule', 'cancellation'}, got set()",
    "hn32_wolff_cut_short.eml": "first run at dce51ddc: categories: expected {'technical'}, got set(); dates: expected ['2026-02-06'], got []",
    "hn34_carter_not_me.eml": "first run at dce51ddc: categories: expected {'other'}, got set()",
    "hn36_vogel_someone_else.eml": "first run at dce51ddc: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-10-08']",
    "hn37_brandt_half.eml": "first run at dce51ddc: dates: expected ['2026-07-31'], got []",
    "hn38_lehmann_reschedule.eml": "first run at dce51ddc: dates: expected [], got ['2026-10-06']",
    "hn39_oneill_missed.eml": "first run at dce51ddc: categories: expected {'cancellation'}, got set(); confirmation-intent: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=30, known_misses=KNOWN_MISSES)
