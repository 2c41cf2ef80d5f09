"""Blind corpus GD: session days given in words or half in words, 37 confirmations and 5 other mails.

The mails in tests/data/blind_gd/ (made by `python -m tools.corpus.blind_gd`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are an
everyday inbox where patients name the day of a session as 'heute', 'am Montag', 'letzten
Donnerstag', 'vorgestern und heute', 'die letzten drei', 'Dienstag vor einer Woche',
'beide Termine diese Woche', 'the Friday one', 'Mittwoch vor Ostern', 'Dienstag, den 14.'
or correct a day in the same sentence, beside a few that name every session with its date.
31 of them confirm at least one session (some with a second day staff must sort out); 11
only look like confirmations: a weekday contradicting its date, a relative day on which no
session was (Whit Monday among them), a cancelled day, a session not yet held or not held,
a cancellation and a phone-number request.

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

BLIND = LabelledSet("blind_gd", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gd38_berger_mittwoch_im_voraus.eml": "BILLING BUG: first run at ee5f1dd: recorded [1144]; now: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-05-20']; needs_staff: expected False, got True",
    "gd03_wolff_letzten_drei.eml": "first run at ee5f1dd: confirmed: expected [1028, 1029, 1030], got [1030]; needs_staff: expected False, got True",
    "gd11_popescu_montag_16_06.eml": "first run at ee5f1dd: confirmed: expected [1048], got []; needs_staff: expected False, got True",
    "gd14_becker_beide_diese_woche.eml": "first run at ee5f1dd: dates: expected [], got ['2026-02-16', '2026-02-19']",
    "gd25_krueger_korrektur_heute.eml": "first run at ee5f1dd: confirmed: expected [1007], got []; dates: expected ['2026-02-24'], got []; needs_staff: expected False, got True",
    "gd26_wagner_korrektur_abgesagt.eml": "first run at ee5f1dd: dates: expected ['2026-02-09'], got ['2026-02-02', '2026-02-09']; needs_staff: expected False, got True",
    "gd29_brandt_freitag_vor_zwei_wochen.eml": "first run at ee5f1dd: dates: expected ['2026-07-17'], got ['2026-07-03', '2026-07-17']",
    "gd30_schulz_gestern_und_letzte_woche.eml": "first run at ee5f1dd: dates: expected ['2026-05-21'], got ['2026-05-11', '2026-05-17', '2026-05-21']",
    "gd31_yildiz_mittwoch_und_absage.eml": "first run at ee5f1dd: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}; needs_staff: expected True, got False",
    "gd35_zimmermann_montag_den_26.eml": "first run at ee5f1dd: dates: expected [], got ['2026-10-26']",
    "gd40_schaefer_gestern_nicht_geklappt.eml": "first run at ee5f1dd: categories: expected {'technical'}, got set()",
    "gd41_berger_nicht_angerufen.eml": "first run at ee5f1dd: dates: expected [], got ['2026-05-13']",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=37, known_misses=KNOWN_MISSES)
