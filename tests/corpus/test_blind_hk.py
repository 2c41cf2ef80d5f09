"""Blind corpus HK: confirmation days written in every form, many answered late.

46 patient mails: 37 confirmations whose days come as "27.1.", "02.02.26", "4. März",
"10/9", "14th April", "am Achten", "den 5ten", "12-2", "KW 4", "vom 7. bis 21. Oktober",
"letzte Woche Di und Do", lists, a pasted calendar table and check marks, some for several
months at once or months late, some with a slipped day, a weekday that does not fit, a
cancelled day or a session cut short (those confirm nothing and need staff); and 9
look-alikes naming an invoice, a prescription, a doctor's visit, our mail, a birthday or a
coming session.

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

BLIND = LabelledSet("blind_hk", received_at=datetime.fromisoformat("2026-11-22T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hk11_becker_bindestrich.eml": "first run at c65226d0: dates: expected ['2026-02-12'], got []",
    "hk20_aydin_spanne.eml": "first run at c65226d0: confirmed: expected [1132, 1133], got []; needs_staff: expected False, got True",
    "hk23_neumann_di_do.eml": "first run at c65226d0: confirmed: expected [1056, 1057], got []; dates: expected ['2026-07-07', '2026-07-09'], got ['2026-07-06', '2026-07-12']; needs_staff: expected False, got True",
    "hk25_becker_liste.eml": "first run at c65226d0: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1014, 1015, 1016], got []; needs_staff: expected False, got True",
    "hk36_demir_abgesagt.eml": "first run at c65226d0: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-04-01'], got []",
    "hk37_schulz_abgebrochen.eml": "first run at c65226d0: categories: expected {'technical', 'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-04-23'], got []",
    "hk41_brandt_ihre_mail.eml": "first run at c65226d0: categories: expected {'technical'}, got set()",
    "hk43_hartmann_bis_dienstag.eml": "first run at c65226d0: needs_staff: expected False, got True",
    "hk46_becker_ueberwiesen.eml": "first run at c65226d0: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=46, confirmations=37, known_misses=KNOWN_MISSES)
