"""Blind corpus JE: several sessions confirmed in one mail, one of which went differently.

Thirty confirmations of lists, ranges, weeks, "alle im Juni" or "the last four", each with
one session shorter, interrupted, moved, held by phone, held by a substitute or missed, named
by date, weekday, place in the list or "heute/gestern"; ten look-alikes (coming sessions to
move or cancel, a complaint, questions about interrupted sessions, invoice mails).

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

BLIND = LabelledSet("blind_je", received_at=datetime.fromisoformat("2026-11-29T10:30:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "je27_carter_last_four_phone.eml": "yesterday held by phone instead of video: the whole mail goes to staff by the kind rule (the other three days plain; a kind contradiction drops the whole mail)",
    "je03_demir_maerz_einmal_telefon.eml": "first run at aa962d8a: confirmed: expected [1019, 1020, 1022], got [1022]; dates: expected ['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25'], got ['2026-03-18', '2026-03-25']",
    "je04_wolff_letzte_vier_vertretung.eml": "first run at aa962d8a: confirmed: expected [1030, 1031, 1032, 1033], got []",
    "je06_hoffmann_mt_spaeter_voll.eml": "first run at aa962d8a: confirmed: expected [1040, 1041, 1042, 1043], got [1040, 1041]",
    "je08_richter_juni_letzter_telefon.eml": "first run at aa962d8a: confirmed: expected [1051, 1052, 1053, 1055], got []; dates: expected ['2026-06-03', '2026-06-10', '2026-06-17', '2026-06-24', '2026-07-01'], got ['2026-07-01']",
    "je10_brandt_auf_samstag_verschoben.eml": "first run at aa962d8a: confirmed: expected [1063, 1064, 1066], got []; dates: expected ['2026-07-03', '2026-07-10', '2026-07-18', '2026-07-24'], got ['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-24']",
    "je11_carter_last_stopped_halfway.eml": "first run at aa962d8a: confirmed: expected [1069, 1070, 1071], got []",
    "je13_vogel_dritte_aus_hotel_telefon.eml": "first run at aa962d8a: confirmed: expected [1082, 1083, 1085], got []",
    "je14_lehmann_rest_am_telefon.eml": "first run at aa962d8a: categories: expected {'technical', 'confirmation'}, got {'technical'}; confirmation-intent: expected True, got False; confirmed: expected [1087, 1088, 1090], got []; dates: expected ['2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29'], got []",
    "je16_schaefer_gestern_erst_abends.eml": "first run at aa962d8a: confirmed: expected [1098, 1099, 1100, 1101], got [1101]; dates: expected ['2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28'], got ['2026-10-28']",
    "je17_jansen_fuenfter_niemand_da.eml": "first run at aa962d8a: dates: expected ['2026-10-22', '2026-10-29', '2026-11-12', '2026-11-19'], got ['2026-10-22', '2026-10-29', '2026-11-05', '2026-11-12', '2026-11-19']",
    "je18_koch_vertretung_erster_april.eml": "first run at aa962d8a: needs_staff: expected True, got False",
    "je20_hartmann_auf_donnerstag_nachgeholt.eml": "first run at aa962d8a: confirmed: expected [1120, 1122, 1123], got []; dates: expected ['2026-11-03', '2026-11-12', '2026-11-17', '2026-11-24'], got ['2026-11-03', '2026-11-10', '2026-11-12', '2026-11-17', '2026-11-24']",
    "je22_aydin_gestern_nur_15.eml": "first run at aa962d8a: confirmed: expected [1130, 1131], got []",
    "je23_oneill_fifth_moved_wednesday.eml": "first run at aa962d8a: confirmed: expected [1136, 1137, 1138, 1140], got []; dates: expected ['2026-04-14', '2026-04-21', '2026-04-28', '2026-05-06', '2026-05-12'], got ['2026-04-14', '2026-04-21', '2026-04-28', '2026-05-05', '2026-05-06', '2026-05-12', '2026-05-13']",
    "je24_berger_mai_schwindelig.eml": "first run at aa962d8a: confirmed: expected [1142, 1143, 1145, 1146], got [1146]; dates: expected ['2026-05-06', '2026-05-13', '2026-05-20', '2026-05-27', '2026-06-03'], got ['2026-05-20', '2026-06-03']",
    "je25_krueger_erster_auf_mittwoch.eml": "first run at aa962d8a: confirmed: expected [1008, 1009], got []; dates: expected ['2026-02-25', '2026-03-03', '2026-03-10'], got ['2026-02-24', '2026-03-03', '2026-03-10']",
    "je26_becker_letzte_woche_donnerstag_kurz.eml": "first run at aa962d8a: confirmed: expected [1014, 1016], got [1016]; dates: expected ['2026-02-16', '2026-02-19', '2026-02-23'], got ['2026-02-19', '2026-02-23']",
    "je30_richter_letzte_woche_abgestuerzt.eml": "first run at aa962d8a: categories: expected {'technical', 'confirmation'}, got {'confirmation'}; confirmed: expected [1054], got []",
    "je33_schulz_zaehlt_das.eml": "first run at aa962d8a: dates: expected ['2026-05-07'], got []",
    "je35_zimmermann_rechnung_abgesagt.eml": "first run at aa962d8a: dates: expected [], got ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02']",
    "je36_wolff_freitag_ja_zwanzigster_nicht.eml": "first run at aa962d8a: categories: expected {'reschedule'}, got set()",
    "je37_carter_charged_for_short.eml": "first run at aa962d8a: categories: expected {'question', 'technical'}, got {'question'}; dates: expected ['2026-08-10'], got []",
    "je39_becker_rechnung_aufschluesseln.eml": "first run at aa962d8a: dates: expected [], got ['2026-02-02', '2026-02-05', '2026-02-09', '2026-02-12', '2026-02-16', '2026-02-19', '2026-02-23', '2026-02-26', '2026-03-02']",
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
