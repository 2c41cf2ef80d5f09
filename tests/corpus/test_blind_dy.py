"""Blind corpus DY: partial confirmations in everyday words, 35 confirmations and 10 look-alikes.

The mails in tests/data/blind_dy/ (made by `python -m tools.corpus.blind_dy`, written
without reading the rules, the canonical table or the earlier blind sets' mails) mostly
confirm one or more sessions and say in passing that another did not take place, was cut
short, was moved or is uncertain; days are often named by weekday, "gestern", "heute" or
"die Woche davor". Fifteen confirm only sessions that plainly took place; one "confirms" a
day we had cancelled; the ten look-alikes answer our request to say the session did not
(really) happen.

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

BLIND = LabelledSet("blind_dy", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "dy33_becker_heute_und_letzte_woche.eml": "first run at 7d0b6cd: lost without staff [1016, 1017]; now: confirmed: expected [1016, 1017, 1018], got [1018]; dates: expected ['2026-02-23', '2026-02-26', '2026-03-02'], got []; needs_staff: expected False, got True",
    "dy01_krueger_heute_ja_letzte_verpennt.eml": "first run at 7d0b6cd: dates: expected ['2026-02-10'], got ['2026-02-03', '2026-02-10']",
    "dy03_demir_ersten_beiden_dritten_weiss_nicht.eml": "first run at 7d0b6cd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1019, 1020], got []; dates: expected ['2026-03-04', '2026-03-11'], got []",
    "dy04_wolff_bis_auf_den_23.eml": "first run at 7d0b6cd: confirmed: expected [1028, 1030, 1031], got []; dates: expected ['2026-01-16', '2026-01-30', '2026-02-06'], got ['2026-01-16', '2026-01-23', '2026-01-30', '2026-02-06']",
    "dy09_richter_ausser_dem_24.eml": "first run at 7d0b6cd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1053, 1055], got []; dates: expected ['2026-06-17', '2026-07-01'], got ['2026-06-17', '2026-06-24', '2026-07-01']",
    "dy15_yildiz_zwei_ja_august_unsicher.eml": "first run at 7d0b6cd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1079, 1080], got []",
    "dy16_vogel_september_bis_auf_den_17.eml": "first run at 7d0b6cd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1082, 1084], got []",
    "dy23_jansen_gestern_nur_halb.eml": "first run at 7d0b6cd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1104, 1105], got []; dates: expected ['2026-10-22', '2026-10-29'], got ['2026-10-22', '2026-10-29', '2026-11-05']",
    "dy24_nowak_ersten_verschoben.eml": "first run at 7d0b6cd: confirmed: expected [1117, 1118], got [1118]; dates: expected ['2026-11-13', '2026-11-20'], got ['2026-11-20']",
    "dy28_aydin_anruf_verpasst_nachholen.eml": "first run at 7d0b6cd: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "dy31_koch_mittwoch_woche_davor.eml": "first run at 7d0b6cd: confirmed: expected [1111, 1113], got [1113]; dates: expected ['2026-03-30', '2026-04-08'], got ['2026-04-08']",
    "dy32_krueger_spaet_bis_auf_den_17.eml": "first run at 7d0b6cd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1004, 1005, 1007, 1008], got []; dates: expected ['2026-02-03', '2026-02-10', '2026-02-24', '2026-03-03'], got ['2026-02-03', '2026-02-10', '2026-02-17', '2026-02-24', '2026-03-03']",
    "dy45_yildiz_abgesagter_tag.eml": "first run at 7d0b6cd: dates: expected [], got ['2026-08-19']",
    "dy11_brandt_woche_davor_auch.eml": "first run at 7d0b6cd: confirmed: expected [1064, 1065], got [1065]; dates: expected ['2026-07-10', '2026-07-17'], got ['2026-07-17']; needs_staff: expected False, got True",
    "dy13_carter_yesterday_and_24th.eml": "first run at 7d0b6cd: confirmed: expected [1072, 1073], got []; needs_staff: expected False, got True",
    "dy17_lehmann_eine_woche_davor.eml": "first run at 7d0b6cd: confirmed: expected [1089, 1090], got [1090]; dates: expected ['2026-09-22', '2026-09-29'], got ['2026-09-29']; needs_staff: expected False, got True",
    "dy20_zimmermann_montag_den_davor_abgesagt.eml": "first run at 7d0b6cd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1097], got []; dates: expected ['2026-11-02'], got []; needs_staff: expected False, got True",
    "dy22_schaefer_war_gestern.eml": "first run at 7d0b6cd: dates: expected ['2026-11-04'], got []",
    "dy35_krueger_verbindung_kam_nicht.eml": "first run at 7d0b6cd: categories: expected {'reschedule', 'technical'}, got {'technical'}",
    "dy39_brandt_rausgeflogen.eml": "first run at 7d0b6cd: categories: expected {'question', 'technical'}, got {'question'}",
    "dy41_jansen_nur_5_minuten.eml": "first run at 7d0b6cd: categories: expected {'question', 'technical'}, got {'technical'}",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=35, known_misses=KNOWN_MISSES)
