"""Blind corpus EO: partial confirmations in everyday words, 31 confirmations and 9 look-alikes.

The mails in tests/data/blind_eo/ (made by `python -m tools.corpus.blind_eo`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
mostly patients confirming one or more sessions while saying, in passing, that another
did not take place, was cut short, was moved or is uncertain ('Donnerstag hab ich
verpennt', 'die ersten beiden ja', 'bis auf den 12.', 'the one on the 17th got cut
short'), days named by weekday, 'gestern' or 'den davor', and some where every session
took place; the look-alikes confirm a day already confirmed, a cancelled or a future
day, or report a missed, aborted or uncertain session. Two look-alikes carry the
confirmation category without confirming anything (33 labels in that category).

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

BLIND = LabelledSet("blind_eo", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "eo24_hartmann_ersten_beiden_auch.eml": "first run at 79e5d75: lost without staff [1120, 1121]; now: confirmed: expected [1120, 1121, 1122], got [1122]; dates: expected ['2026-11-03', '2026-11-10', '2026-11-17'], got ['2026-11-17']; needs_staff: expected False, got True",
    "eo03_wolff_ersten_beiden.eml": "first run at 79e5d75: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1028, 1029], got []; dates: expected ['2026-01-16', '2026-01-23'], got []",
    "eo04_carter_cut_short.eml": "first run at 79e5d75: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "eo05_aydin_bis_auf.eml": "first run at 79e5d75: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1132, 1134, 1135], got []",
    "eo07_demir_den_davor.eml": "first run at 79e5d75: confirmed: expected [1021, 1022], got [1022]; dates: expected ['2026-03-18', '2026-03-25'], got ['2026-03-25']; needs_staff: expected False, got True",
    "eo11_hoffmann_nur_15_min.eml": "first run at 79e5d75: confirmed: expected [1044], got []",
    "eo12_popescu_link_nicht.eml": "first run at 79e5d75: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "eo19_lehmann_zaehlt_das.eml": "first run at 79e5d75: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1089, 1090], got []; dates: expected ['2026-09-22', '2026-09-29'], got []",
    "eo26_koch_nur_zehn_minuten.eml": "first run at 79e5d75: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1111, 1112], got []",
    "eo29_becker_montag_unsicher.eml": "first run at 79e5d75: confirmed: expected [1015, 1016], got [1015]",
    "eo30_richter_verschoben_oder.eml": "first run at 79e5d75: categories: expected {'confirmation', 'question'}, got {'confirmation'}",
    "eo32_krueger_schon_bestaetigt.eml": "first run at 79e5d75: needs_staff: expected True, got False",
    "eo33_demir_abgesagter_tag.eml": "first run at 79e5d75: dates: expected [], got ['2026-04-01']",
    "eo35_wolff_zukunft.eml": "first run at 79e5d75: categories: expected {'question'}, got set(); confirmation-intent: expected False, got True",
    "eo38_nowak_abgebrochen.eml": "first run at 79e5d75: categories: expected {'technical', 'question'}, got {'question'}",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=33, known_misses=KNOWN_MISSES)
