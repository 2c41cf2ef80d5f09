"""Blind corpus AU: an ordinary inbox of families, 34 confirmations and 8 look-alikes.

The mails in tests/data/blind_au/ (made by `python -m tools.corpus.blind_au`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 42 in
all, come from families writing from the patient's registered address: parents for their
children (Marie Schulz, Leonie Hartmann, Sophie Wagner), adult children for elderly
parents (Gisela Neumann, Ursula Berger, Renate Koch, Fatma Yıldız), spouses for each
other (Wolff, Hoffmann, Zimmermann, Popescu), and some patients of the same families for
themselves; one or several sessions, some with a question about the next prescription or
a holiday. 32 confirm at least one session; two more mean to confirm but give nothing to
record (a moved session, a day already confirmed); eight look-alikes: a child who was
ill, a session moved, a parent's own appointment elsewhere, a sibling's physio
elsewhere, a son who took the call for his mother in hospital, missed calls.

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

BLIND = LabelledSet("blind_au", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "au04_schulz_krank.eml": "first run at e56b585: categories: expected {'other'}, got set()",
    "au05_schulz_eigener_arzttermin.eml": "first run at e56b585: categories: expected {'reschedule'}, got set()",
    "au09_hartmann_verschoben.eml": "first run at e56b585: categories: expected {'question'}, got set()",
    "au13_neumann_uebungen.eml": "first run at e56b585: categories: expected {'question', 'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1059, 1060], got []",
    "au18_wolff_frau_eigener_termin.eml": "first run at e56b585: dates: expected [], got ['2026-02-13']",
    "au23_hoffmann_verlegt.eml": "first run at e56b585: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-06-03'], got ['2026-06-01', '2026-06-03']",
    "au30_zimmermann_ausgefallen.eml": "first run at e56b585: needs_staff: expected False, got True",
    "au33_koch_mann_drei.eml": "first run at e56b585: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1111, 1112, 1113], got []; needs_staff: expected False, got True",
    "au36_wagner_bruder.eml": "first run at e56b585: dates: expected [], got ['2026-02-02']",
    "au40_yildiz_verpasst.eml": "first run at e56b585: categories: expected {'other'}, got set()",
    "au41_demir_sohn_laptop.eml": "first run at e56b585: confirmed: expected [1021, 1022], got []; dates: expected ['2026-03-18', '2026-03-25'], got []; needs_staff: expected False, got True",
    "au42_popescu_husband.eml": "first run at e56b585: confirmed: expected [1046], got []; needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=34, known_misses=KNOWN_MISSES)
