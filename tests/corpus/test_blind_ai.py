"""Blind corpus AI: partial confirmations, a hard set for billing safety (52 mails).

The mails in tests/data/blind_ai/ (made by `python -m tools.corpus.blind_ai`, written without
reading the rules, the canonical table or the earlier blind sets' mails), from all 24
patients. Most name two to five sessions and at least one of them did NOT take place as
booked: the patient was ill, nobody called, the video room stayed empty, the call broke off
after a few minutes, the patient had cancelled by phone, a substitute only asked briefly how
things were, the patient is not sure about one of them. Said in a sentence of its own, in a
list ("24.2 ja / 3.3 nein / 10.3 ja", check marks), in a subordinate clause ("nachdem die
Woche davor ... nicht stattfinden konnte"), only by a hint ("bis auf den einen Donnerstag"),
in English and in Turkish-, Romanian- and Russian-German learner's German; two sessions on
one day of which one took place; dates as 17.02.2026, "30. März", "2026-07-03", "der
einunddreißigste", "KW 41", "Dienstag nach Pfingsten", "heute vor einer Woche", "8/31",
"vom 8. bis 22. April ... außer am 15."; a wife and a mother writing for the patient.
37 mails confirm at least one day clearly (the clear days are confirmed, doubtful days are
not, and the mail goes to staff whenever anything was denied or unclear); 15 look-alikes
confirm nothing ("bis auf den einen Mittwoch" when every session is a Wednesday, a no
under our request, an empty room, a substitute's check-in, a patient in doubt).

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

BLIND = LabelledSet("blind_ai", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Every other difference from the label (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ai03_krueger_nachdem_erkaeltung.eml": (
        "first run at dcb5539: categories: expected {'confirmation'}, got set(); "
        "confirmation-intent: expected True, got False; confirmed: expected [1006], got"
        " []"
    ),
    "ai04_becker_tabelle_niemand_angerufen.eml": (
        "first run at dcb5539: confirmed: expected [1012, 1013, 1015], got [1012, "
        "1013]; dates: expected ['2026-02-09', '2026-02-12', '2026-02-19'], got "
        "['2026-02-09', '2026-02-12']"
    ),
    "ai05_becker_montage_und_donnerstage.eml": (
        "first run at dcb5539: confirmed: expected [1010, 1011, 1012, 1014, 1016, "
        "1017], got []; dates: expected ['2026-02-02', '2026-02-05', '2026-02-09', "
        "'2026-02-16', '2026-02-23', '2026-02-26'], got []"
    ),
    "ai06_demir_raum_leer.eml": (
        "first run at dcb5539: dates: expected ['2026-03-11', '2026-03-18'], got "
        "['2026-03-04', '2026-03-11', '2026-03-18']"
    ),
    "ai07_demir_spanne_ausser.eml": (
        "first run at dcb5539: categories: expected {'confirmation'}, got set(); "
        "confirmation-intent: expected True, got False; confirmed: expected [1024, "
        "1026], got []; dates: expected ['2026-04-08', '2026-04-22'], got "
        "['2026-04-15']"
    ),
    "ai08_wolff_caps_niemand_angerufen.eml": (
        "first run at dcb5539: dates: expected ['2026-01-23', '2026-02-06'], got "
        "['2026-01-23', '2026-01-30', '2026-02-06']"
    ),
    "ai09_wolff_ehefrau_grippe.eml": (
        "first run at dcb5539: categories: expected {'confirmation', 'question'}, got "
        "{'confirmation'}"
    ),
    "ai10_schulz_mutter_fieber.eml": (
        "first run at dcb5539: categories: expected {'confirmation'}, got set(); "
        "confirmation-intent: expected True, got False; confirmed: expected [1035, "
        "1037], got []"
    ),
    "ai11_schulz_beide_nicht_ausgefallen.eml": (
        "first run at dcb5539: categories: expected {'confirmation'}, got set(); "
        "confirmation-intent: expected True, got False; confirmed: expected [1038, "
        "1039], got []; dates: expected ['2026-05-21', '2026-05-28'], got "
        "['2026-05-28']; needs_staff: expected False, got True"
    ),
    "ai13_hoffmann_pfingsten_verschlafen.eml": (
        "first run at dcb5539: categories: expected {'confirmation', 'question'}, got "
        "{'confirmation'}; confirmed: expected [1044], got []"
    ),
    "ai15_popescu_monatsende.eml": (
        "first run at dcb5539: categories: expected {'confirmation', 'question'}, got "
        "{'confirmation'}; needs_staff: expected True, got False"
    ),
    "ai16_richter_abgebrochen.eml": (
        "first run at dcb5539: confirmed: expected [1053], got []; dates: expected "
        "['2026-06-17'], got []"
    ),
    "ai17_richter_heute_vor_einer_woche.eml": (
        "first run at dcb5539: dates: expected ['2026-07-01'], got []; needs_staff: "
        "expected True, got False"
    ),
    "ai18_neumann_bis_auf_einen_donnerstag.eml": (
        "first run at dcb5539: confirmed: expected [1058, 1060], got []; dates: "
        "expected ['2026-07-14', '2026-07-21'], got ['2026-07-14', '2026-07-16', "
        "'2026-07-21', '2026-07-23']"
    ),
    "ai22_carter_us_date_labor_day.eml": (
        "first run at dcb5539: categories: expected {'confirmation', 'question'}, got "
        "{'confirmation'}; needs_staff: expected True, got False"
    ),
    "ai23_yildiz_akku_leer.eml": (
        "first run at dcb5539: categories: expected {'confirmation', 'question'}, got "
        "{'confirmation'}; confirmed: expected [1078], got []; dates: expected "
        "['2026-08-26'], got ['2026-09-02']"
    ),
    "ai24_vogel_vertretung.eml": (
        "first run at dcb5539: confirmed: expected [1082, 1084], got []; dates: "
        "expected ['2026-09-10', '2026-09-24'], got ['2026-09-10', '2026-09-17', "
        "'2026-09-24']"
    ),
    "ai27_zimmermann_keiner_angerufen.eml": (
        "first run at dcb5539: confirmed: expected [1094], got []; dates: expected "
        "['2026-10-12'], got []"
    ),
    "ai37_berger_krankenhaus.eml": (
        "first run at dcb5539: confirmed: expected [1143], got []; dates: expected "
        "['2026-05-13'], got ['2026-05-13', '2026-05-20']"
    ),
    "ai38_demir_bis_auf_einen_mittwoch.eml": (
        "first run at dcb5539: categories: expected {'other'}, got set(); "
        "confirmation-intent: expected False, got True"
    ),
    "ai39_krueger_nein_krank.eml": (
        "first run at dcb5539: categories: expected {'other'}, got set()"
    ),
    "ai41_richter_abgebrochen_frage.eml": (
        "first run at dcb5539: categories: expected {'technical', 'question'}, got {'question'}"
    ),
    "ai45_yildiz_niemand_ruft_an.eml": (
        "first run at dcb5539: categories: expected {'reschedule'}, got set()"
    ),
    "ai46_vogel_raum_leer.eml": ("first run at dcb5539: categories: expected {'other'}, got set()"),
    "ai47_wagner_abgesagt_und_krank.eml": (
        "first run at dcb5539: dates: expected [], got ['2026-02-09']"
    ),
    "ai48_neumann_kurz_und_gar_nicht.eml": (
        "first run at dcb5539: dates: expected [], got ['2026-07-09']"
    ),
    "ai49_oneill_driving.eml": (
        "first run at dcb5539: categories: expected {'reschedule'}, got set()"
    ),
    "ai50_schaefer_beide_nicht.eml": (
        "first run at dcb5539: categories: expected {'other'}, got set(); dates: "
        "expected [], got ['2026-11-04', '2026-11-11']"
    ),
    "ai51_nowak_nur_zehn_minuten.eml": (
        "first run at dcb5539: categories: expected {'other'}, got set()"
    ),
    "ai52_hartmann_unsicher.eml": (
        "first run at dcb5539: confirmation-intent: expected False, got True; dates: "
        "expected [], got ['2026-11-17']"
    ),
    **BILLING_BUGS,
    **LOST_SILENTLY,
}


(
    test_no_invented_confirmation,
    test_no_confirmation_lost_silently,
    test_decision,
    test_billing_bugs_are_declared_as_such,
) = blind_tests(
    BLIND, billing_bugs=BILLING_BUGS, lost_silently=LOST_SILENTLY, known_misses=KNOWN_MISSES
)


def test_blind_set_is_an_ordinary_inbox() -> None:
    assert_ordinary_inbox(BLIND, mails=52, confirmations=37, known_misses=KNOWN_MISSES)
