"""Blind corpus AV: partial confirmations in everyday words, 32 confirmations and 6 look-alikes.

The mails in tests/data/blind_av/ (made by `python -m tools.corpus.blind_av`, written
without reading the rules, the canonical table or the earlier blind sets' mails) mostly
confirm some sessions and say in passing that another one did not take place or that the
patient does not know whether it did ("bis auf", "außer", "nur den vom ...", "da war ich
beim Arzt", "den anderen weiß ich nicht mehr", "ob der stattgefunden hat, weiß ich nicht"),
with days by date, by weekday only, in the subject or as "den davor"; a few confirm every
session plainly or mention a day our records already show as cancelled. The look-alikes
say "bestätigt" or "ja" about a future session, a session that did not take place or a
shortened one the patient wants to ask about first.

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

BLIND = LabelledSet("blind_av", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "av09_neumann_wochentage.eml": "first run at e56b585: lost without staff [1059]; now: confirmed: expected [1059, 1060, 1061], got [1060, 1061]; dates: expected ['2026-07-16', '2026-07-21', '2026-07-23'], got ['2026-07-21', '2026-07-23']",
    "av03_demir_der_ist_ja_ausgefallen.eml": "first run at e56b585: confirmed: expected [1024], got []; dates: expected ['2026-04-08'], got []; needs_staff: expected False, got True",
    "av04_wolff_den_davor_nicht_erreicht.eml": "first run at e56b585: dates: expected ['2026-01-23', '2026-01-30'], got ['2026-01-16', '2026-01-23', '2026-01-30']",
    "av05_schulz_feiertag_beide_waren.eml": "first run at e56b585: dates: expected ['2026-05-07', '2026-05-21'], got ['2026-05-07', '2026-05-14', '2026-05-21']; needs_staff: expected False, got True",
    "av10_brandt_nur_den_vom.eml": "first run at e56b585: categories: expected {'confirmation', 'question'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1066], got []; dates: expected ['2026-07-24'], got []",
    "av14_lehmann_bis_auf.eml": "first run at e56b585: categories: expected {'confirmation', 'technical', 'reschedule'}, got {'confirmation'}; confirmed: expected [1087, 1089, 1090], got []",
    "av19_nowak_auf_meinen_wunsch.eml": "first run at e56b585: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}; confirmed: expected [1117, 1118], got []",
    "av20_hartmann_letzte_woche_arzt.eml": "first run at e56b585: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1122], got []; dates: expected ['2026-11-17'], got []",
    "av26_becker_donnerstag_ja_montag_ned.eml": "first run at e56b585: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1017], got []",
    "av27_wolff_datum_im_betreff.eml": "first run at e56b585: confirmed: expected [1032, 1033], got []; dates: expected ['2026-02-13', '2026-02-20'], got []",
    "av29_hoffmann_nur_geraetetraining.eml": "first run at e56b585: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1042, 1044], got []",
    "av31_richter_ausser_dem_10.eml": "first run at e56b585: confirmed: expected [1051, 1053, 1054, 1055], got []; dates: expected ['2026-06-03', '2026-06-17', '2026-06-24', '2026-07-01'], got ['2026-06-10', '2026-07-01']",
    "av33_demir_morgen_dabei.eml": "first run at e56b585: needs_staff: expected False, got True",
    "av34_krueger_code_ungueltig.eml": "first run at e56b585: categories: expected {'technical', 'reschedule'}, got {'technical'}",
    "av35_jansen_niemand_kam.eml": "first run at e56b585: categories: expected {'technical'}, got set()",
    "av37_nowak_nur_15_minuten.eml": "first run at e56b585: categories: expected {'technical', 'question'}, got {'question'}; dates: expected [], got ['2026-11-27']",
    "av38_vogel_heute_ausgefallen.eml": "first run at e56b585: categories: expected {'cancellation'}, got set(); dates: expected [], got ['2026-10-07']",
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
    assert_ordinary_inbox(BLIND, mails=38, confirmations=32, known_misses=KNOWN_MISSES)
