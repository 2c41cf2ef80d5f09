"""Blind corpus HO: the short yeses real patients type or dictate under our request.

43 mails, nearly all replies under our confirmation request: dictated text without
punctuation, one word ("Jo", "Yep", "Bestätigt", "Stimmt"), emoji only, ALL CAPS, heavy
typos, Denglisch, learners' German, English, six dialects, a quoted request line answered
with "ja", a yes only in the subject, signatures and disclaimers longer than the text; 33
confirmations (three of them doubtful or already on record, so nothing to record) and ten
look-alikes in the same styles ("nö", "👎", "hat net klappt", "NEIN", "Ok" to a reminder).

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

BLIND = LabelledSet("blind_ho", received_at=datetime.fromisoformat("2026-11-14T09:52:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ho31_demir_abgebrochen.eml": "billing bug of the first run at dce51dd (recorded 1020 for 'ja heute aber nur so 15 min dann war mein internet weg') fixed: staff; categories lack technical, the cut-short day is not reported",
    "ho08_neumann_diktiert_zwei.eml": "first run at dce51ddc: confirmed: expected [1057, 1058], got [1057]; dates: expected ['2026-07-09', '2026-07-14'], got ['2026-07-09']; needs_staff: expected False, got True",
    "ho18_wagner_schwaebisch.eml": "first run at dce51ddc: dates: expected ['2026-01-12'], got []",
    "ho22_berger_oesterreichisch.eml": "first run at dce51ddc: dates: expected ['2026-05-06'], got []",
    "ho26_vogel_kanzleisignatur.eml": "first run at dce51ddc: confirmed: expected [1083], got []; needs_staff: expected False, got True",
    "ho37_wagner_net_klappt.eml": "first run at dce51ddc: categories: expected {'technical'}, got set()",
    "ho38_wolff_nein.eml": "first run at dce51ddc: dates: expected [], got ['2026-01-23']",
    "ho39_carter_not_there.eml": "first run at dce51ddc: categories: expected {'other', 'reschedule'}, got {'reschedule'}",
    "ho40_schulz_stimmt_nicht.eml": "first run at dce51ddc: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "ho43_schaefer_jo_videolink.eml": "first run at dce51ddc: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=33, known_misses=KNOWN_MISSES)
