"""Write blind set FR: days given in words. 42 everyday mails in which patients name the
day of a session mostly by weekday or relative words ('Montag ja, Donnerstag nicht',
'letzte Woche Dienstag', 'vorgestern', 'den davor', 'die beiden letzten', 'gestern und
heute', 'the Tuesday one', a day fixed in the next sentence), some with every day plainly
named; 32 confirm at least one session, 10 look like confirmations and are not (a
cancelled Monday, a weekday the patient has no session on, an already confirmed day, a
weekday and a date that disagree, a session cut short, a reply to a reminder).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fr`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_fr")


def tuesdays_and_fridays() -> None:
    """Krüger (Tue video), Wolff (Fri phone), Brandt (Fri video), Lehmann (Tue video)."""
    yes("fr01_krueger_heute.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:10", re(1003),
        "Hallo,\nja heute hat stattgefunden.\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("fr02_krueger_dienstag.eml", 1, (1004,), ("2026-02-03",), "2026-02-05 08:42",
        "Bestätigung",
        "Guten Morgen,\n\ndie Behandlung am Dienstag hat stattgefunden, hatte vergessen zu"
        " antworten.\n\nViele Grüße\nSabine Krüger",
        client="webde", note="Dienstag from Thursday 05.02. is 03.02.")  # fmt: skip
    yes("fr03_krueger_letzte_woche.eml", 1, (1005, 1006), ("2026-02-10", "2026-02-17"),
        "2026-02-19 19:30", "Termine KG",
        "Hallo liebes Team,\n\nletzte Woche Dienstag und diesen Dienstag war ich beide Male"
        " per Video dabei, das wollte ich noch bestätigen.\n\nLG Sabine Krüger",
        client="webde", note="written Thursday 19.02.: 10.02. and 17.02.")  # fmt: skip
    yes("fr04_krueger_beiden_letzten.eml", 1, (1008, 1009), ("2026-03-03", "2026-03-10"),
        "2026-03-12 10:05", re(1009),
        "Die beiden letzten Termine haben stattgefunden.\n\nGruß Krüger",
        client="webde", reply="cr-1009", style="webde",
        note="the two last sessions before 12.03.: 03.03. and 10.03.")  # fmt: skip
    no("fr05_krueger_video_ging_nicht.eml", 1, ("technical",), "2026-03-04 09:15", re(1008),
       "Hallo, gestern ging das leider nicht, das Video hat bei mir nur geladen und dann kam"
       " nichts. Hatten Sie mich versucht anzurufen?\nS. Krüger",
       client="webde", reply="cr-1008", style="webde",
       note="the session of 03.03. did not take place: nothing to confirm")  # fmt: skip
    yes("fr06_wolff_vergangenen_freitag.eml", 4, (1029,), ("2026-01-23",), "2026-01-26 10:20",
        "Behandlung Freitag",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Telefonbehandlung"
        " am vergangenen Freitag stattgefunden hat.\n\nMit freundlichem Gruß\nHans-Jürgen Wolff",
        client="tonline", note="vergangener Freitag from Monday 26.01. is 23.01.")  # fmt: skip
    yes("fr07_brandt_den_davor.eml", 10, (1063, 1064), ("2026-07-03", "2026-07-10"),
        "2026-07-13 08:05", re(1064),
        "Hallo,\n\nFreitag war ok, bestätige ich hiermit. Und den davor auch, da hatte ich"
        " vergessen zu antworten.\n\nLukas",
        client="thunderbird", reply="cr-1064", style="thunderbird",
        note="Friday 10.07. and the one before, 03.07.")  # fmt: skip
    yes("fr08_brandt_juli.eml", 10, (1063, 1064, 1065, 1066, 1067),
        ("2026-07-03", "2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31"),
        "2026-08-10 21:40", "Bestätigung Juli",
        "Hallo,\n\nsorry für die Verspätung, war im Urlaub. Alle Freitagstermine im Juli haben"
        " stattgefunden, also 3., 10., 17., 24. und 31.\n\nGruß\nLukas Brandt",
        client="thunderbird", note="late, every July Friday named")  # fmt: skip
    yes("fr09_lehmann_und_davor.eml", 14, (1088, 1089), ("2026-09-15", "2026-09-22"),
        "2026-09-24 13:40", re(1089),
        "Hi,\nja, Dienstag hat stattgefunden – und der Termin davor auch, den hatte ich noch"
        " nicht bestätigt.\nAnna",
        client="thunderbird", reply="cr-1089", style="thunderbird",
        note="Tuesday 22.09. and the one before, 15.09.")  # fmt: skip


def mondays_and_thursdays() -> None:
    """Becker (Mon+Thu phone MT), Neumann (Tue+Thu phone), Koch (Mon+Wed phone)."""
    yes("fr10_becker_montag_ja_donnerstag_nicht.eml", 2, (1010,), ("2026-02-02",),
        "2026-02-06 07:55", "MT diese Woche",
        "Moin,\n\nMontag ja, Donnerstag nicht – da war ich noch im Büro und hab den Anruf"
        " verpasst. Können wir den nachholen?\n\nThomas Becker",
        client="webde", staff=True, extra=("reschedule",),
        note="Monday 02.02. took place, Thursday 05.02. did not")  # fmt: skip
    yes("fr11_becker_montag_und_gestern.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 18:10", re(1013),
        "Hallo, Montag und gestern haben beide stattgefunden. Gruß T. Becker",
        client="webde", reply="cr-1013", style="webde")  # fmt: skip
    no("fr12_becker_donnerstag_23.eml", 2, ("confirmation",), "2026-02-25 20:15",
       "Termin bestätigen",
       "Hallo,\n\nhiermit bestätige ich den Termin vom Donnerstag, 23.02.\n\nGruß Becker",
       client="webde", dates=("2026-02-23",),
       note="23.02. was a Monday, Thursday was 19.02.: both open, which one is meant?")  # fmt: skip
    yes("fr13_neumann_dienstag_nicht_donnerstag.eml", 9, (1058,), ("2026-07-14",),
        "2026-07-17 10:12", re(1059),
        "Guten Tag,\ndie Behandlung am Dienstag hat stattgefunden. Also Dienstag, nicht"
        " Donnerstag – am Donnerstag hat niemand angerufen, ich habe bis halb zehn"
        " gewartet.\nG. Neumann",
        client="thunderbird", reply="cr-1059", style="thunderbird", staff=True,
        note="under our request for Thursday 16.07.: only Tuesday 14.07., Thursday did not"
        " take place")  # fmt: skip
    yes("fr14_neumann_gestern_und_heute.eml", 9, (1062,), ("2026-07-28", "2026-07-29"),
        "2026-07-29 11:45", "KG gestern und heute",
        "Guten Tag,\n\ngestern und heute hatte ich KG am Telefon, beides hat gut geklappt.\n\n"
        "G. Neumann",
        client="thunderbird", staff=True,
        note="Tuesday 28.07. is hers; Wednesday 29.07. has no session")  # fmt: skip
    yes("fr15_koch_mittwoch_nicht_montag.eml", 18, (1113,), ("2026-04-08",), "2026-04-09 08:20",
        re(1113),
        "Gestern hat stattgefunden. Also Mittwoch, nicht Montag, das verwechsel ich immer.\n"
        "R. Koch",
        client="tonline", reply="cr-1113", style="tonline",
        note="gestern = Wednesday 08.04.; the Monday remark only says which day")  # fmt: skip


def wednesdays() -> None:
    """Demir (Wed video), Richter (Wed video MT), Yıldız (Wed phone), Schäfer, Berger."""
    yes("fr16_demir_vorgestern.eml", 3, (1019,), ("2026-03-04",), "2026-03-06 07:40",
        re(1019, "Re"),
        "ja vorgestern hat geklappt 👍",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("fr17_demir_gestern_keine_stunde.eml", 3, (1022,), ("2026-03-25",), "2026-04-02 12:30",
        "Frage",
        "hallo, gestern war doch keine stunde oder? hab nix bekommen. letzte woche mittwoch war"
        " aber, das bestätige ich\n\nAylin",
        client="gmail", staff=True, extra=("question",),
        note="01.04. was cancelled; last week's Wednesday 25.03. took place")  # fmt: skip
    yes("fr18_demir_mittwoch_und_davor.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-20 17:05", "Bestätigung",
        "Hallo,\nMittwoch und den davor bestätige ich, beides hat stattgefunden.\nLG Aylin Demir",
        client="gmail")  # fmt: skip
    no("fr19_demir_mittwoch_bin_dabei.eml", 3, ("other",), "2026-04-21 10:02",
       reminder_subject(1026),
       "Danke, Mittwoch bin ich dabei :)",
       client="gmail", reply="rem-1026", style="gmail", staff=False,
       note="answers the reminder for the coming Wednesday: nothing took place yet, nothing"
       " to do")  # fmt: skip
    yes("fr20_richter_mittwoch.eml", 8, (1051,), ("2026-06-03",), "2026-06-05 22:14",
        re(1051),
        "Passt, Mittwoch war gut.\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("fr21_richter_letzten_beiden.eml", 8, (1053, 1054), ("2026-06-17", "2026-06-24"),
        "2026-06-26 12:00", "MT Termine",
        "Hallo,\ndie letzten beiden Mittwoche haben stattgefunden.\nJonas\n\nGesendet von"
        " meinem iPhone",
        client="iphone", note="the last two Wednesdays before 26.06.: 17.06. and 24.06.")  # fmt: skip
    yes("fr22_yildiz_abgesagt_und_letzte_woche.eml", 12, (1076,), ("2026-08-12",),
        "2026-08-20 09:10", "Behandlung",
        "Hallo,\n\ngestern war keine Behandlung, wurde ja von Ihnen abgesagt. Aber letzte Woche"
        " Mittwoch hat stattgefunden, das bestätige ich.\n\nFatma Yıldız",
        client="webde",
        note="19.08. was cancelled, as she says; last week's Wednesday 12.08. took place")  # fmt: skip
    yes("fr23_schaefer_gestern_abend.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 07:35",
        re(1100),
        "Gestern Abend fand statt. Danke\n\nBirgit Schäfer\nSchäfer Steuerberatung",
        client="outlook", reply="cr-1100", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de")  # fmt: skip
    no("fr24_schaefer_abgebrochen.eml", 16, ("technical",), "2026-10-16 08:30",
       "Mittwoch Video",
       "Hallo,\n\nam Mittwoch konnten wir nur ca. 10 Minuten machen, dann ist die Verbindung"
       " abgebrochen und ging nicht mehr. Wie machen wir das jetzt?\n\nGruß B. Schäfer",
       client="webde",
       note="14.10. cut short after ten minutes: not a session that took place")  # fmt: skip
    yes("fr25_berger_gestern_nicht_davor.eml", 24, (1144,), ("2026-05-20",),
        "2026-05-21 10:30", re(1144),
        "Guten Tag,\ngestern hat es stattgefunden, der Termin davor nicht, da war ich beim"
        " Arzt und hab das Telefon nicht gehört.\nU. Berger",
        client="samsung", reply="cr-1144", style="samsung", staff=True,
        note="20.05. took place, 13.05. did not")  # fmt: skip


def the_rest() -> None:
    """Schulz, Hoffmann, Popescu, Carter, Vogel, Zimmermann, Jansen, Nowak, Hartmann,
    Wagner, Aydın, O'Neill."""
    yes("fr26_schulz_woche_davor.eml", 5, (1034, 1035), ("2026-04-16", "2026-04-23"),
        "2026-04-24 09:00", re(1035),
        "Hallo,\n\ngestern hat stattgefunden, die Woche davor auch (die hatte ich noch nicht"
        " bestätigt).\n\nMarie Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird")  # fmt: skip
    yes("fr27_schulz_diese_woche_keiner.eml", 5, (1037,), ("2026-05-07",), "2026-05-15 18:00",
        "Termine",
        "Hallo,\ndiese Woche Donnerstag war kein Termin, oder? Den letzten am 7. hatte ich,"
        " der hat stattgefunden.\nViele Grüße\nMarie Schulz",
        client="thunderbird", staff=True, extra=("question",),
        note="asks about 14.05. (no session); 07.05. confirmed")  # fmt: skip
    yes("fr28_hoffmann_beide_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 20:05",
        "Termine heute",
        "Guten Abend,\n\nbeide Termine heute (morgens am Gerät, mittags MT) haben"
        " stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook")  # fmt: skip
    yes("fr29_hoffmann_dienstag_nicht_montag.eml", 6, (1044,), ("2026-05-26",),
        "2026-05-27 06:45", re(1044),
        "Gestern fand statt. Also Dienstag, nicht Montag wie sonst.\n\nP. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip
    yes("fr30_popescu_gestern.eml", 7, (1047,), ("2026-06-09",), "2026-06-10 14:22",
        re(1047),
        "Hallo, ja Termin gestern war, alles gut. Danke schon\nElena",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("fr31_popescu_drei_termine.eml", 7, (1048, 1049, 1050),
        ("2026-06-16", "2026-06-23", "2026-06-30"), "2026-07-02 19:00", "Bestätigung Termine",
        "Hallo,\n\nich bestätige die Termine von 16., 23. und 30. Juni, alle haben"
        " stattgefunden.\n\nElena Popescu",
        client="yahoo")  # fmt: skip
    yes("fr32_carter_monday.eml", 11, (1070,), ("2026-08-10",), "2026-08-12 08:30",
        re(1070, "Re"),
        "Hi, yes Monday's session happened. Thanks!\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    no("fr33_carter_tuesday.eml", 11, ("confirmation",), "2026-08-19 17:40",
       "Session confirmation",
       "Hi,\n\nI can confirm yesterday's session, the Tuesday one.\n\nBest,\nEmily Carter",
       client="gmail", dates=("2026-08-18",),
       note="Tuesday 18.08. has no session; hers are on Mondays (17.08.)")  # fmt: skip
    no("fr34_vogel_schon_bestaetigt.eml", 13, ("confirmation",), "2026-09-04 06:55",
       re(1081),
       "Gestern hat stattgefunden.\n\nMfG Vogel",
       client="outlook", reply="cr-1081", style="outlook_classic", dates=("2026-09-03",),
       note="03.09. is already confirmed")  # fmt: skip
    no("fr35_zimmermann_montag_abgesagt.eml", 15, ("confirmation",), "2026-10-28 11:20",
       "KG Montag",
       "montag hat stattgefunden, hat alles geklappt\nK. Zimmermann",
       dates=("2026-10-26",),
       note="Monday 26.10. is cancelled in the calendar")  # fmt: skip
    yes("fr36_jansen_donnerstag_also_gestern.eml", 17, (1106,), ("2026-11-05",),
        "2026-11-06 09:00", "KGG",
        "Moin,\nDonnerstag (also gestern) war KGG, hat stattgefunden.\nOle",
        client="gmail")  # fmt: skip
    no("fr37_jansen_letzte_also_mittwoch.eml", 17, ("confirmation",), "2026-11-20 15:30",
       "Letzte Einheit",
       "Hi, die letzte Einheit hat stattgefunden. Also Mittwoch.\nOle Jansen",
       client="gmail", dates=("2026-11-18",),
       note="the last session was Thursday 19.11., he says Wednesday: contradicts")  # fmt: skip
    yes("fr38_hartmann_gestern.eml", 20, (1121,), ("2026-11-10",), "2026-11-11 21:05",
        re(1121),
        "ja hat gestern stattgefunden lg leonie",
        client="samsung", reply="cr-1121", style="samsung")  # fmt: skip
    no("fr39_hartmann_dienstag_18.eml", 20, ("confirmation",), "2026-11-26 19:45",
       "behandlung",
       "hallo, die behandlung am dienstag den 18. hat stattgefunden\nleonie hartmann",
       client="webde", dates=("2026-11-18",),
       note="18.11. was a Wednesday; Tuesdays 17.11. and 24.11. are both open")  # fmt: skip
    no("fr40_wagner_montag_abgesagt.eml", 21, ("confirmation",), "2026-02-04 12:00",
       "Montag",
       "Hallo,\nden Montag bestätige ich.\nSophie Wagner",
       client="webde", dates=("2026-02-02",),
       note="Monday 02.02. was cancelled")  # fmt: skip
    yes("fr41_aydin_donnerstag.eml", 22, (1132,), ("2026-03-05",), "2026-03-06 13:15",
        re(1132),
        "Hallo,\nich bestätige Termin Donnerstag 5.3 war gut. Danke schön\nMehmet",
        client="outlook", reply="cr-1132", style="outlook")  # fmt: skip
    yes("fr42_oneill_tuesday_one.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"),
        "2026-04-23 20:30", re(1137, "RE"),
        "Hi,\n\nthe Tuesday one went fine, confirming. Also the week before, forgot to"
        " reply then.\n\nJames",
        client="outlook", reply="cr-1137", style="outlook_en",
        note="Tuesday 21.04. and the week before, 14.04.")  # fmt: skip


def main() -> None:
    load_practice()
    tuesdays_and_fridays()
    mondays_and_thursdays()
    wednesdays()
    the_rest()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
