"""Blind corpus FV: days given in words, 38 confirmations and 5 look-alikes.

The mails in tests/data/blind_fv/ (made by `python -m tools.corpus.blind_fv`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 43
everyday mails in which patients name the day of a session only in words: weekdays alone,
'letzte Woche Dienstag', 'vorgestern', 'den davor', 'die beiden letzten', 'gestern und
heute', 'the Tuesday one', a day corrected in the next sentence, a weekday and a date that
disagree. 32 mails confirm at least one session; 6 more mean to confirm but name a
cancelled, empty, ambiguous or already confirmed day; 5 are look-alikes (a missed session,
a future day, a question, an acknowledged reminder).

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

BLIND = LabelledSet("blind_fv", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fv05_oneill_the_tuesday_one.eml": "first run at eb8bfd9: confirmed: expected [1137], got []; needs_staff: expected False, got True",
    "fv11_koch_den_davor.eml": "first run at eb8bfd9: confirmed: expected [1112, 1113], got [1113]; needs_staff: expected False, got True",
    "fv13_wagner_gestern_ja.eml": "first run at eb8bfd9: dates: expected ['2026-02-09'], got []",
    "fv14_wagner_am_montag.eml": "first run at eb8bfd9: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False; dates: expected [], got ['2026-02-02']",
    "fv16_yildiz_gestern_abgesagt.eml": "first run at eb8bfd9: dates: expected [], got ['2026-08-19']",
    "fv30_berger_donnerstag_27_5.eml": "first run at eb8bfd9: confirmed: expected [1145], got []; needs_staff: expected False, got True",
    "fv32_aydin_heute_donnerstag.eml": "first run at eb8bfd9: dates: expected ['2026-03-12'], got []",
    "fv33_aydin_gestern_nicht_davor_ja.eml": "first run at eb8bfd9: categories: expected {'technical', 'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1133], got []; dates: expected ['2026-03-12'], got []",
    "fv34_krueger_die_letzten_drei.eml": "first run at eb8bfd9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1006, 1007, 1008], got []; needs_staff: expected False, got True",
    "fv35_wolff_gestern_ja.eml": "first run at eb8bfd9: dates: expected ['2026-01-16'], got []",
    "fv38_hoffmann_morgen_dienstag.eml": "first run at eb8bfd9: dates: expected [], got ['2026-05-19']",
    "fv40_neumann_dienstag_passt.eml": "first run at eb8bfd9: needs_staff: expected False, got True",
    "fv42_wolff_freitag_schon_bestaetigt.eml": "first run at eb8bfd9: needs_staff: expected True, got False",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=38, known_misses=KNOWN_MISSES)
