"""Write blind set EY: everyday mails that give the day of a session only in words.

52 mails: 42 confirmations where the day comes as a weekday alone, 'gestern', 'vorgestern',
'letzte Woche Mittwoch', 'den davor', 'die beiden letzten', 'gestern und heute', 'the
Tuesday one', a day corrected in the next sentence, a weekday and a date that do not
agree, and some with every day plainly named; and 10 look-alikes (a yes to a reminder, a
day that is still to come, a session that did not take place, a reschedule, a question).
Labelled strictly: only sessions whose day is unambiguous from the mail's date and the
patient's appointments are recorded; anything uncertain goes to staff.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ey`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_ey")


def two_a_week() -> None:
    """Patients with two sessions a week: weekdays alone, 'gestern und heute'."""
    yes("ey01_becker_montag_und_gestern.eml", 2, (1010, 1011), ("2026-02-02", "2026-02-05"),
        "2026-02-06 08:10", "Bestätigung",
        "Guten Morgen,\n\nMontag und gestern haben beide stattgefunden, jeweils am Telefon.\n\n"
        "Gruß\nThomas Becker",
        client="gmail", note="Fri 06.02: Montag = 02.02, gestern = Thu 05.02")  # fmt: skip
    yes("ey02_becker_montag_ja_donnerstag_nicht.eml", 2, (1012,), ("2026-02-09",),
        "2026-02-13 09:02", re(1013),
        "Montag ja, Donnerstag nicht. Da war ich noch im Büro und hab den Anruf verpasst, sorry."
        "\nKönnen wir das nachholen?\n\nT. Becker",
        client="gmail", reply="cr-1013", style="gmail", staff=True, extra=("reschedule",),
        note="Mon 09.02 took place; Thu 12.02 (the request) did not: staff")  # fmt: skip
    yes("ey03_becker_letzte_woche_beide_und_gestern.eml", 2, (1016, 1017, 1018),
        ("2026-02-23", "2026-02-26", "2026-03-02"), "2026-03-03 07:45", "Termine",
        "Hallo,\n\nich hab vergessen zu antworten: letzte Woche Montag und Donnerstag waren"
        " beide, und gestern auch. Also drei Stück.\n\nBeste Grüße\nThomas Becker",
        client="samsung",
        note="Tue 03.03: last week Mon 23.02 + Thu 26.02, gestern Mon 02.03")  # fmt: skip
    yes("ey04_neumann_heute_und_vorgestern.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 19:20", "Behandlungen diese Woche",
        "Liebes Praxisteam,\n\nich bestätige Ihnen die Behandlung von heute und die von"
        " vorgestern. Es geht mir schon etwas besser mit der Schulter.\n\n"
        "Herzliche Grüße\nGisela Neumann",
        client="plain", note="Thu 09.07: heute 09.07, vorgestern Tue 07.07")  # fmt: skip
    yes("ey05_neumann_die_beiden_letzten.eml", 9, (1058, 1059), (), "2026-07-17 10:05",
        re(1059),
        "Guten Tag,\ndie beiden letzten Termine haben stattgefunden, vielen Dank.\nG. Neumann",
        client="plain", reply="cr-1059", style="thunderbird",
        note="Fri 17.07: the last two are 14.07 and 16.07, no day named")  # fmt: skip
    yes("ey06_neumann_letzte_woche_beide_gestern_auch.eml", 9, (1060, 1061, 1062),
        ("2026-07-21", "2026-07-23", "2026-07-28"), "2026-07-29 08:40", re(1062),
        "Ja, gestern war. Und letzte Woche Dienstag und Donnerstag auch, da hab ich noch nicht"
        " geantwortet glaube ich.\n\nMfG G. Neumann",
        client="plain", reply="cr-1062", style="thunderbird")  # fmt: skip
    yes("ey07_koch_gestern_und_heute.eml", 18, (1110,), ("2026-03-24", "2026-03-25"),
        "2026-03-25 16:30", re(1110),
        "Hallo, gestern und heute war Behandlung, alles gut gelaufen.\nRenate Koch",
        client="tonline", reply="cr-1110", style="tonline", staff=True,
        note="Wed 25.03: heute = 1110; gestern Tue 24.03 has no appointment (Monday 23.03?)")  # fmt: skip
    yes("ey08_koch_gestern.eml", 18, (1111,), ("2026-03-30",), "2026-03-31 10:12",
        "Behandlung",
        "Sehr geehrte Damen und Herren,\ngestern Nachmittag hat die Behandlung am Telefon"
        " stattgefunden.\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("ey09_koch_mittwoch_schon_bestaetigt.eml", 18, (), ("2026-04-15",), "2026-04-17 09:30",
        "Mittwoch",
        "Guten Morgen, nur damit Sie es haben: Mittwoch war die Behandlung wie geplant.\n"
        "Gruß R. Koch",
        client="tonline", note="Wed 15.04 (1115) was confirmed already: nothing to record")  # fmt: skip
    yes("ey10_hoffmann_beide_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:05",
        re(1043),
        "Hallo,\n\nbeide Termine heute haben stattgefunden, morgens das Gerätetraining und"
        " mittags die MT.\n\nViele Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook")  # fmt: skip
    yes("ey11_hoffmann_dienstag_statt_montag.eml", 6, (1044,), ("2026-05-26",),
        "2026-05-27 07:10", re(1044),
        "Der Termin gestern (Dienstag, wegen Pfingstmontag verschoben) hat stattgefunden.\n\n"
        "P. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip


def weekly() -> None:
    """One session a week: 'letzte Woche Dienstag', 'den davor', 'the Tuesday one'."""
    yes("ey12_krueger_letzte_woche_und_diesen_dienstag.eml", 1, (1003, 1004),
        ("2026-01-27", "2026-02-03"), "2026-02-05 20:15", re(1004),
        "Hallo, ja letzte Woche Dienstag und diesen Dienstag hat beides stattgefunden. LG Sabine"
        " Krüger",
        client="webde", reply="cr-1004", style="webde")  # fmt: skip
    yes("ey13_krueger_dienstag_und_den_davor.eml", 1, (1005,), ("2026-02-10",),
        "2026-02-12 12:40", re(1005),
        "den Termin am Dienstag bestätige ich. Den davor weiß ich nicht mehr genau, da war"
        " doch die Verbindung so schlecht, oder?\n\nSabine Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True,
        note="Tue 10.02 confirmed; the one before (03.02) in doubt: staff")  # fmt: skip
    yes("ey14_demir_gestern.eml", 3, (1020,), ("2026-03-11",), "2026-03-12 07:55", re(1020),
        "ja gestern war der termin, hat alles geklappt",
        client="gmail", reply="cr-1020", style="gmail")  # fmt: skip
    yes("ey15_demir_letzte_woche_mittwoch.eml", 3, (1022,), ("2026-03-25",),
        "2026-04-02 13:20", "Bestätigung Termin",
        "Hallo,\nletzte Woche Mittwoch hat der Termin stattgefunden. Gestern war ja abgesagt,"
        " das weiß ich.\nLG Aylin",
        client="iphone", note="Thu 02.04: letzte Woche Mittwoch = 25.03; 01.04 cancelled")  # fmt: skip
    yes("ey16_carter_monday.eml", 11, (1070,), ("2026-08-10",), "2026-08-12 08:30", re(1070),
        "Hi, just confirming Monday's session took place. Thanks! Emily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("ey17_carter_last_two_mondays.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-25 21:10", "sessions",
        "Hello,\n\nsorry for the late reply - both of the last two Mondays happened as"
        " planned.\n\nBest,\nEmily Carter",
        client="gmail")  # fmt: skip
    yes("ey18_wolff_vergangenen_freitag.eml", 4, (1028,), ("2026-01-16",), "2026-01-19 09:00",
        re(1028),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom vergangenen Freitag hat"
        " stattgefunden.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("ey19_wolff_freitag_5_2.eml", 4, (), ("2026-02-05",), "2026-02-09 10:15",
        "Behandlung Freitag",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung am Freitag,"
        " den 5.2.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", staff=True,
        note="Freitag is 06.02 (1031), 5.2. a Thursday with no appointment: staff")  # fmt: skip
    yes("ey20_popescu_gestern_und_letzte_dienstag.eml", 7, (1046, 1047),
        ("2026-06-02", "2026-06-09"), "2026-06-10 11:30", re(1047),
        "Hallo, ich bestätige Termin von gestern und auch von Dienstag davor, ich hatte"
        " vergessen zu schreiben. Danke schön\nElena Popescu",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("ey21_richter_gestern_abend.eml", 8, (1053,), ("2026-06-17",), "2026-06-18 07:05",
        re(1053), "Jap, gestern Abend wars. Danke!\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    yes("ey22_richter_mittwoch.eml", 8, (1054,), ("2026-06-24",), "2026-06-29 12:50",
        "Termin Mittwoch",
        "Hey, Mittwoch hat stattgefunden, hatte ich noch nicht bestätigt.\nJonas",
        client="iphone", note="Mon 29.06: past Mittwoch = 24.06 (01.07 is still ahead)")  # fmt: skip
    yes("ey23_brandt_heute_und_letzten_freitag.eml", 10, (1065, 1066),
        ("2026-07-17", "2026-07-24"), "2026-07-24 17:05", re(1066),
        "Heute und letzten Freitag beide gehabt, passt.\n\nLukas",
        client="thunderbird", reply="cr-1066", style="thunderbird")  # fmt: skip
    yes("ey24_brandt_freitag_ja.eml", 10, (1067,), ("2026-07-31",), "2026-08-03 08:20",
        re(1067), "Freitag ja.",
        client="thunderbird", reply="cr-1067", style="thunderbird", bottom=True)  # fmt: skip
    yes("ey25_yildiz_letzte_woche_und_gestern.eml", 12, (1078,), ("2026-08-19", "2026-08-26"),
        "2026-08-27 10:00", re(1078),
        "Hallo,\nletzte woche mittwoch und gestern beide termin gemacht, danke\nFatma Yildiz",
        client="webde", reply="cr-1078", style="webde", staff=True,
        note="gestern 26.08 recorded; last week Wednesday 19.08 was cancelled: staff")  # fmt: skip
    yes("ey26_vogel_also_donnerstag.eml", 13, (1083,), ("2026-09-17",), "2026-09-18 06:45",
        re(1083),
        "Guten Morgen,\n\ndie Behandlung am Mittwoch hat stattgefunden. Also Donnerstag,"
        " nicht Mittwoch - die Woche ist etwas durcheinander.\n\nBeste Grüße\nM. Vogel",
        client="outlook", reply="cr-1083", style="outlook",
        note="corrected in the next sentence: Thursday 17.09")  # fmt: skip
    yes("ey27_vogel_den_24_und_gestern.eml", 13, (1084, 1085), ("2026-09-24", "2026-10-01"),
        "2026-10-02 07:30", "Bestätigung",
        "Hiermit bestätige ich die Sitzungen vom 24.09. und von gestern.\n\nDr. Michael Vogel\n"
        "Vogel & Partner\nTel. 0211 556677",
        client="outlook")  # fmt: skip
    yes("ey28_lehmann_gestern_bottom.eml", 14, (1088,), ("2026-09-15",), "2026-09-16 12:10",
        re(1088), "hat gestern stattgefunden, danke!\n\nAnna",
        client="thunderbird", reply="cr-1088", style="thunderbird", bottom=True)  # fmt: skip
    yes("ey29_lehmann_dienstag_davor_abgebrochen.eml", 14, (1091,), ("2026-10-06",),
        "2026-10-08 18:30", re(1091),
        "Hallo,\n\nDienstag ja. Den Dienstag davor mussten wir nach 10 Minuten abbrechen, mein"
        " Internet ist ausgefallen - ich weiß nicht, ob das zählt.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1091", style="thunderbird", staff=True,
        note="06.10 recorded; 29.09 broken off after 10 minutes: staff")  # fmt: skip
    yes("ey30_zimmermann_gestern_gewesen.eml", 15, (1095,), ("2026-10-19",), "2026-10-20 09:15",
        re(1095), "Gestern gewesen.\nGruß K. Zimmermann",
        client="plain", reply="cr-1095", style="outlook_classic")  # fmt: skip
    yes("ey31_zimmermann_montag_der_26_abgesagt.eml", 15, (1097,), ("2026-11-02",),
        "2026-11-03 10:00", "Behandlung Montag",
        "Guten Tag,\ndie Behandlung am Montag hat stattgefunden, die vom 26. war ja abgesagt.\n"
        "Klaus Zimmermann",
        client="plain")  # fmt: skip
    yes("ey32_schaefer_gestern_abend_buero.eml", 16, (1099,), ("2026-10-14",),
        "2026-10-15 08:05", re(1099),
        "Guten Morgen,\ngestern Abend hat die Behandlung stattgefunden.\n\nBirgit Schäfer\n"
        "Schäfer Steuerberatung",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de")  # fmt: skip
    yes("ey33_schaefer_letzten_beiden_mittwoche.eml", 16, (1101, 1102),
        ("2026-10-28", "2026-11-04"), "2026-11-09 19:40", "Termine Mittwoch",
        "Hallo zusammen,\ndie letzten beiden Mittwoche hatten wir ja Video, beides hat"
        " geklappt.\nBirgit",
        client="webde")  # fmt: skip
    yes("ey34_jansen_gestern_und_letzte_woche.eml", 17, (1104, 1105),
        ("2026-10-22", "2026-10-29"), "2026-10-30 11:00", re(1105),
        "moin, gestern und letzte woche donnerstag hat beides stattgefunden\nole",
        client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    yes("ey35_nowak_friday_the_21st.eml", 19, (), ("2026-11-21",), "2026-11-23 08:50",
        "Session confirmation",
        "Hi,\n\nconfirming my session on Friday the 21st.\n\nDavid",
        client="apple", staff=True,
        note="Friday was 20.11 (1118); the 21st is a Saturday: staff")  # fmt: skip
    yes("ey36_nowak_yesterday.eml", 19, (1117,), ("2026-11-13",), "2026-11-14 10:20", re(1117),
        "Yes, yesterday's session took place.\n\nDavid Nowak",
        client="apple", reply="cr-1117", style="iphone")  # fmt: skip
    yes("ey37_hartmann_gestern_und_den_davor.eml", 20, (1120, 1121),
        ("2026-11-03", "2026-11-10"), "2026-11-11 09:10", re(1121),
        "Hallo,\nja hat gestern stattgefunden und den davor auch (3.11.)\nLG Leonie",
        client="webde", reply="cr-1121", style="webde")  # fmt: skip
    yes("ey38_aydin_gestern_donnerstag.eml", 22, (1130,), ("2026-02-19",), "2026-02-20 12:00",
        re(1130), "Hallo gestern donnerstag termin gemacht telefon. danke\nMehmet",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("ey39_oneill_tuesday_one.eml", 23, (1137,), ("2026-04-21",), "2026-04-23 18:00",
        re(1137), "The Tuesday one went fine, thanks.\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("ey40_berger_vorgestern.eml", 24, (1143,), ("2026-05-13",), "2026-05-15 08:30",
        "Behandlung",
        "Guten Tag,\nvorgestern hatte ich die Behandlung am Telefon, hat stattgefunden.\n"
        "Freundliche Grüße\nUrsula Berger",
        client="plain")  # fmt: skip
    yes("ey41_wagner_gestern_ja_davor_ausgefallen.eml", 21, (1128,), ("2026-02-09",),
        "2026-02-10 07:30", re(1128),
        "Gestern ja. Letzte Woche Montag ist ja ausgefallen.\nSophie",
        client="gmail", reply="cr-1128", style="gmail")  # fmt: skip
    yes("ey42_zimmermann_gestern_abgesagt.eml", 15, (), ("2026-10-26",), "2026-10-27 09:00",
        "Behandlung gestern",
        "Guten Tag,\ndie Behandlung gestern hat stattgefunden, war gut.\nK. Zimmermann",
        client="plain", staff=True,
        note="Mon 26.10 (1096) is cancelled: nothing to record, staff")  # fmt: skip


def look_alikes() -> None:
    """Mails that read like a confirmation and are not."""
    no("ey43_becker_montag_passt.eml", 2, ("other",), "2026-02-15 17:40", rem(1014),
       "Ja, Montag passt, bin erreichbar.",
       client="gmail", reply="rem-1014", style="gmail", staff=False,
       note="a yes to our reminder for a session still to come")  # fmt: skip
    no("ey44_neumann_dienstag_nicht_donnerstag_ja.eml", 9, ("cancellation",),
       "2026-07-20 11:00", "Termin Dienstag",
       "Guten Tag,\nDienstag kann ich leider nicht, da bin ich beim Arzt. Donnerstag ja.\n"
       "G. Neumann",
       client="plain", note="cancels Tue 21.07 (future); Thursday still ahead")  # fmt: skip
    no("ey45_krueger_gestern_nichts.eml", 1, ("technical",), "2026-03-04 09:10", re(1008),
       "Gestern war leider nichts, das Video ging bei mir nicht auf.",
       client="webde", reply="cr-1008", style="webde",
       note="03.03 did not take place")  # fmt: skip
    no("ey46_carter_next_monday.eml", 11, ("reschedule",), "2026-08-27 09:00",
       "Monday",
       "Hi, could we move next Monday's session to Tuesday? Same time would be great.\nEmily",
       client="gmail")  # fmt: skip
    no("ey47_hoffmann_montag_zwei.eml", 6, ("question",), "2026-05-22 08:00",
       "Frage zu Montag",
       "Hallo,\n\nkurze Frage: für Montag stehen bei mir zwei Termine, ich dachte das war"
       " einer? Bitte prüfen Sie das, bevor Sie etwas abrechnen.\n\nP. Hoffmann",
       client="outlook", note="doubts the two sessions of 18.05: nothing recorded")  # fmt: skip
    no("ey48_demir_gestern_abgesagt_gewartet.eml", 3, ("question",), "2026-04-02 09:00",
       "gestern",
       "Hallo, gestern war doch abgesagt oder? Ich hab trotzdem um halb 9 gewartet. Ist"
       " nächste Woche normal?\nAylin",
       client="iphone")  # fmt: skip
    no("ey49_richter_mittwoch_dabei.eml", 8, ("other",), "2026-06-08 19:00", vl(1052),
       "Mittwoch bin ich dabei 👍",
       client="iphone", reply="vl-1052", style="iphone", staff=False,
       note="answers the video link for Wed 10.06, still to come")  # fmt: skip
    no("ey50_lehmann_morgen_nicht.eml", 14, ("reschedule",), "2026-10-12 17:00",
       "Termin morgen",
       "Hallo, morgen geht es bei mir nicht, könnten wir auf Mittwoch gehen?\nAnna Lehmann",
       client="thunderbird")  # fmt: skip
    no("ey51_popescu_heute_bestaetige.eml", 7, ("other",), "2026-06-16 09:30", rem(1048),
       "Guten Morgen, ich bestätige Termin heute 11 Uhr. Ich bin da.\nElena",
       client="yahoo", reply="rem-1048", style="yahoo", staff=False,
       note="before the session: she will attend")  # fmt: skip
    no("ey52_yildiz_gestern_niemand_angerufen.eml", 12, ("other",), "2026-09-03 09:40",
       re(1079),
       "Hallo gestern niemand hat angerufen, ich habe gewartet. Was ist passiert?\nFatma",
       client="webde", reply="cr-1079", style="webde",
       note="02.09 did not take place")  # fmt: skip


def main() -> None:
    load_practice()
    two_a_week()
    weekly()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
