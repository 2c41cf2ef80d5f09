"""Write blind set FZ: everyday confirmations whose days are given in words.

42 mails from the practice's patients: most confirm one or more sessions naming the day
only as a weekday ('Montag ja, Donnerstag nicht'), 'gestern', 'vorgestern', 'letzte Woche
Freitag', 'die beiden letzten', 'heute und den davor', 'the Wednesday one', or a day
corrected in the next sentence; a few name every session plainly by date, some late. The
look-alikes confirm a cancelled day, an already confirmed day, a day without appointment,
a weekday that could be two sessions, a weekday and a date that disagree, a session that
broke off or never happened, or only say they will come next time.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fz`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_fz")


def weekdays_alone() -> None:
    yes("fz01_krueger_heute.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:40", re(1003),
        "Ja, heute hat stattgefunden. Danke!\n\nSabine Krüger\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1003", style="iphone",
        note="'heute' under our request for 27.01.")  # fmt: skip
    yes("fz02_becker_montag_und_gestern.eml", 2, (1010, 1011), ("2026-02-02", "2026-02-05"),
        "2026-02-06 08:15", "Bestätigung Termine",
        "Guten Morgen,\n\nMontag und gestern hatten wir telefoniert, beides hat geklappt.\n\n"
        "Gruß\nThomas Becker", client="gmail",
        note="mail on Fri 06.02.: Montag = 02.02., gestern = Do 05.02.")  # fmt: skip
    yes("fz03_becker_montag_ja_do_nicht.eml", 2, (1012,), ("2026-02-09",), "2026-02-13 09:05",
        re(1013),
        "Hallo,\n\nMontag ja, Donnerstag nicht – da war ich noch beim Arzt und hab den Anruf"
        " verpasst. Tut mir leid. Kann man das nachholen?\n\nT. Becker",
        client="gmail", reply="cr-1013", style="gmail", extra=("question",), staff=True,
        note="Mon 09.02. confirmed; Thu 12.02. (the requested one) missed")  # fmt: skip
    yes("fz04_wolff_freitag.eml", 4, (1029,), ("2026-01-23",), "2026-01-25 10:12", re(1029),
        "Guten Tag,\n\nja am Freitag war die Behandlung am Telefon, hat alles gepasst.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff", client="tonline", reply="cr-1029",
        style="tonline", note="Sunday mail: Freitag = 23.01.")  # fmt: skip
    yes("fz05_wolff_letzte_woche_freitag.eml", 4, (1030,), ("2026-01-30",), "2026-02-02 18:30",
        "Telefontermin",
        "Hallo Praxis Impulse,\n\nletzte Woche Freitag hat der Telefontermin stattgefunden, das"
        " wollte ich noch bestätigen.\n\nH.-J. Wolff", client="tonline",
        note="mail on Mon 02.02.: letzte Woche Freitag = 30.01.")  # fmt: skip
    yes("fz06_demir_vorgestern.eml", 3, (1020,), ("2026-03-11",), "2026-03-13 07:50", re(1020),
        "vorgestern hat alles geklappt, danke\n\nAylin", client="gmail", reply="cr-1020",
        style="gmail", note="Friday mail: vorgestern = Wed 11.03.")  # fmt: skip
    yes("fz07_demir_heute_und_letzte_woche.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-03-25 10:05", re(1022),
        "Hallo, die beiden letzten Termine haben stattgefunden, heute und letzte Woche Mittwoch."
        "\nLG Aylin Demir", client="gmail", reply="cr-1022", style="gmail",
        note="heute = 25.03., letzte Woche Mittwoch = 18.03.")  # fmt: skip
    yes("fz08_schulz_heute_bottom.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 17:20", re(1035),
        "ja heute war die stunde per video, hat gut funktioniert\nmarie", client="thunderbird",
        reply="cr-1035", style="thunderbird", bottom=True)  # fmt: skip
    yes("fz09_hoffmann_heute_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 19:10",
        "Termine heute",
        "Sehr geehrte Damen und Herren,\n\nheute früh das Gerätetraining und mittags die"
        " Manuelle Therapie – beide Termine haben stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Peter Hoffmann", client="outlook",
        note="two sessions on 18.05., both named by treatment")  # fmt: skip
    yes("fz10_hoffmann_dienstag.eml", 6, (1044,), ("2026-05-26",), "2026-05-28 13:02", re(1044),
        "Bestätige den Termin vom Dienstag.\n\nP. Hoffmann", client="outlook", reply="cr-1044",
        style="outlook", note="Thursday mail: Dienstag = 26.05.")  # fmt: skip


def relative_days() -> None:
    yes("fz11_popescu_gestern.eml", 7, (1047,), ("2026-06-09",), "2026-06-10 09:30", re(1047),
        "Hallo,\nja gestern die Therapie war, alles gut. Danke schön\nElena",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("fz12_richter_wednesday_one.eml", 8, (1054,), ("2026-06-24",), "2026-06-25 08:40",
        re(1054, "Re"),
        "Hi, just confirming the Wednesday one went ahead, yesterday evening. All fine.\n\nJonas",
        client="iphone", reply="cr-1054", style="iphone")  # fmt: skip
    yes("fz13_neumann_di_do_diese_woche.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 10:00", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\ndie Termine am Dienstag und am Donnerstag diese Woche"
        " haben beide stattgefunden.\n\nFreundliche Grüße\nGisela Neumann",
        note="Fri 17.07.: Di 14.07., Do 16.07.")  # fmt: skip
    yes("fz14_neumann_vorgestern_und_heute.eml", 9, (1060, 1061), ("2026-07-21", "2026-07-23"),
        "2026-07-23 11:15", re(1061),
        "Guten Tag,\nvorgestern und heute, beide Male angerufen worden, alles in Ordnung.\n"
        "G. Neumann", reply="cr-1061", style="thunderbird", client="thunderbird")  # fmt: skip
    yes("fz15_brandt_freitag.eml", 10, (1065,), ("2026-07-17",), "2026-07-20 07:55", re(1065),
        "Moin, Freitag hat stattgefunden.\nLukas", client="thunderbird", reply="cr-1065",
        style="thunderbird")  # fmt: skip
    yes("fz16_carter_monday.eml", 11, (1070,), ("2026-08-10",), "2026-08-12 21:04",
        re(1070, "Re"),
        "Hi,\n\nMonday's session took place as planned. Sorry for the slow reply!\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("fz17_yildiz_mittwoch.eml", 12, (1076,), ("2026-08-12",), "2026-08-14 16:20", re(1076),
        "Hallo Mittwoch hat stattgefunden, Danke\nFatma", client="webde", reply="cr-1076",
        style="webde")  # fmt: skip
    yes("fz18_vogel_heute_und_letzten_do.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-17 09:02", "Sitzungen MT",
        "Guten Morgen,\n\nheute früh und letzten Donnerstag: beide Sitzungen haben"
        " stattgefunden.\n\nBeste Grüße\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Tel. 0211 555 0192", client="outlook",
        note="heute = Do 17.09., letzten Donnerstag = 10.09.; phone number is no date")  # fmt: skip
    yes("fz19_lehmann_heute_und_den_davor.eml", 14, (1089, 1090), ("2026-09-22", "2026-09-29"),
        "2026-09-29 15:10", re(1090),
        "Hallo,\n\nhiermit bestätige ich die beiden letzten Termine, also heute und den davor."
        "\n\nViele Grüße\nAnna Lehmann", client="gmail", reply="cr-1090", style="gmail",
        note="heute = 29.09., den davor = 22.09.")  # fmt: skip
    yes("fz20_zimmermann_montag.eml", 15, (1094,), ("2026-10-12",), "2026-10-14 11:40", re(1094),
        "Montag war die Behandlung am Telefon. Hat stattgefunden.\nMfG K. Zimmermann",
        client="tonline", reply="cr-1094", style="tonline")  # fmt: skip


def more_words() -> None:
    yes("fz21_schaefer_gestern_abend.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 08:03",
        re(1100),
        "Guten Morgen, gestern Abend per Video hat geklappt.\n\nBirgit Schäfer\n"
        "Schäfer Steuerberatung", client="outlook", reply="cr-1100", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her office address")  # fmt: skip
    yes("fz22_jansen_letzte_woche_do.eml", 17, (1105,), ("2026-10-29",), "2026-11-02 12:30",
        "KGG letzte Woche",
        "Hi,\nletzte Woche Donnerstag war das Gerätetraining per Video, fand statt.\nOle",
        client="gmail", note="Mon 02.11.: letzte Woche Donnerstag = 29.10.")  # fmt: skip
    yes("fz23_nowak_letzten_freitag.eml", 19, (1117,), ("2026-11-13",), "2026-11-16 08:10",
        re(1117),
        "Hallo,\nletzten Freitag fand statt, sorry für die späte Rückmeldung.\nDavid Nowak",
        client="apple", reply="cr-1117", style="iphone")  # fmt: skip
    yes("fz24_hartmann_dienstag_nicht_mittwoch.eml", 20, (1121,), ("2026-11-10",),
        "2026-11-12 20:45", re(1121),
        "Hallo, die Stunde am Mittwoch hat stattgefunden. Also Dienstag, nicht Mittwoch, bin"
        " grad durcheinander 🙈\nLG Leonie", client="webde", reply="cr-1121", style="webde",
        note="corrects herself in the next sentence: Tue 10.11.")  # fmt: skip
    yes("fz25_wagner_gestern.eml", 21, (1126,), ("2026-01-26",), "2026-01-27 07:30", re(1126),
        "gestern war die Videobehandlung, hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1126", style="iphone")  # fmt: skip
    yes("fz26_aydin_donnerstag.eml", 22, (1131,), ("2026-02-26",), "2026-02-27 13:15", re(1131),
        "Hallo, Donnerstag telefon termin war, ich bestätige.\nMehmet", client="samsung",
        reply="cr-1131", style="samsung")  # fmt: skip
    yes("fz27_oneill_last_night.eml", 23, (1138,), ("2026-04-28",), "2026-04-29 08:05",
        re(1138, "RE"),
        "Hello,\n\nconfirming last night's call (Tuesday) took place.\n\nBest,\nJames",
        client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip
    yes("fz28_berger_heute_morgen.eml", 24, (1144,), ("2026-05-20",), "2026-05-20 11:05",
        "Termin heute",
        "Guten Tag,\nheute morgen hat die Therapeutin angerufen, die Behandlung hat stattgefunden"
        ".\nUrsula Berger")  # fmt: skip
    yes("fz29_koch_montag_und_gestern.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 09:20", re(1112),
        "Hallo,\nMontag und gestern haben stattgefunden.\nRenate Koch", client="tonline",
        reply="cr-1112", style="tonline",
        note="Thu 02.04.: Montag = 30.03., gestern = Mi 01.04.")  # fmt: skip
    yes("fz30_krueger_februar_nachtrag.eml", 1, (1004, 1005, 1006, 1007),
        ("2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24"), "2026-03-20 18:40",
        "Nachtrag Bestätigungen Februar",
        "Hallo,\n\nich habe noch nicht alle Termine bestätigt, sorry. Stattgefunden haben:"
        "\n3.2., 10.2., 17.2. und 24.2.\n\nSabine Krüger", client="webde",
        note="late, every day plainly named")  # fmt: skip
    yes("fz31_aydin_letzte_und_diese_woche.eml", 22, (1132, 1133), ("2026-03-05", "2026-03-12"),
        "2026-03-13 09:40", "Bestätigung",
        "Guten Tag,\nletzte Woche Donnerstag und diese Woche Donnerstag, beide Telefon war,"
        " ich bestätige.\nMehmet Aydın", client="samsung",
        note="Fri 13.03.: 05.03. and 12.03.")  # fmt: skip
    yes("fz32_berger_die_letzten_drei.eml", 24, (1145, 1146, 1147),
        ("2026-05-27", "2026-06-03", "2026-06-10"), "2026-06-10 17:30", re(1147),
        "Guten Tag,\ndie letzten drei Termine haben alle stattgefunden: heute, letzte Woche und"
        " die Woche davor.\nMit freundlichen Grüßen\nU. Berger", reply="cr-1147",
        style="thunderbird", client="thunderbird")  # fmt: skip
    yes("fz33_lehmann_daten.eml", 14, (1087, 1088), ("2026-09-08", "2026-09-15"),
        "2026-09-16 12:00", "Bestätigung meiner Termine",
        "Hallo,\n\nich bestätige die Videotermine am 08.09. und 15.09.\n\nAnna Lehmann",
        client="gmail", note="plain dates")  # fmt: skip


def with_doubt() -> None:
    yes("fz34_brandt_freitag_den_davor_unsicher.eml", 10, (1067,), ("2026-07-31",),
        "2026-08-03 08:20", re(1067),
        "Hallo,\nFreitag ja. Den davor weiß ich nicht mehr genau, kann sein dass ich den"
        " verpasst habe, bitte schauen Sie mal nach.\nLukas", client="thunderbird",
        reply="cr-1067", style="thunderbird", staff=True,
        note="Fri 31.07. confirmed; 24.07. in doubt")  # fmt: skip
    yes("fz35_neumann_gestern_und_heute.eml", 9, (1057,), ("2026-07-08", "2026-07-09"),
        "2026-07-09 10:30", re(1057),
        "Guten Tag,\ngestern und heute hat die Behandlung stattgefunden.\nGisela Neumann",
        reply="cr-1057", style="thunderbird", client="thunderbird", staff=True,
        note="heute 09.07. is her appointment; gestern 08.07. (Wed) has none")  # fmt: skip
    yes("fz36_becker_donnerstag_18.eml", 2, (), ("2026-02-18",), "2026-02-20 09:00",
        "Bestätigung",
        "Hallo,\nDonnerstag, 18.02., hat die Behandlung stattgefunden.\nT. Becker",
        client="gmail", staff=True,
        note="18.02. is a Wednesday (no appointment); Thursday would be 19.02.")  # fmt: skip
    yes("fz37_schaefer_mittwoch_29.eml", 16, (), ("2026-10-29",), "2026-10-30 19:30", re(1101),
        "Hallo, Mittwoch den 29.10. hat stattgefunden.\nB. Schäfer", client="gmail",
        reply="cr-1101", style="gmail", sender="birgit.schaefer@gmx.net",
        staff=True, note="Wednesday is 28.10., 29.10. is a Thursday")  # fmt: skip
    yes("fz38_zimmermann_montag_welcher.eml", 15, (), (), "2026-10-19 19:15", "Termin Montag",
        "Montag hat stattgefunden.\nK. Zimmermann", client="tonline", staff=True,
        note="a new mail on a Monday: today 19.10. or last Monday 12.10.? both open")  # fmt: skip
    yes("fz39_demir_letzte_woche_mittwoch_abgesagt.eml", 3, (), (), "2026-04-06 09:10",
        "Termin letzte Woche",
        "Hallo, letzte Woche Mittwoch hatte ich Termin, hat stattgefunden. LG Aylin",
        client="gmail", staff=True,
        note="letzte Woche Mittwoch = 01.04., which is cancelled")  # fmt: skip
    yes("fz40_wolff_freitag_schon_bestaetigt.eml", 4, (), ("2026-01-09",), "2026-01-12 09:30",
        re(1027), "Freitag war die Behandlung, alles gut.\nWolff", client="tonline",
        reply="cr-1027", style="tonline", staff=True,
        note="Fri 09.01. is already confirmed")  # fmt: skip
    yes("fz41_koch_dienstag.eml", 18, (), ("2026-04-07",), "2026-04-10 10:00", "Telefonat",
        "Guten Tag,\nDienstag hatten wir telefoniert, das hat stattgefunden.\nR. Koch",
        client="tonline", staff=True,
        note="Tue 07.04. has no appointment (she had Wed 08.04.)")  # fmt: skip


def not_confirmations() -> None:
    no("fz42_richter_wednesday_no_show.eml", 8, ("technical", "reschedule"), "2026-06-11 08:00",
       re(1052, "Re"),
       "Hi, the Wednesday one didn't happen – I waited in the video room for 20 minutes but"
       " nobody joined. Can we reschedule?\nJonas", client="iphone", reply="cr-1052",
       style="iphone", note="session of 10.06. did not take place")  # fmt: skip
    no("fz43_vogel_abgebrochen.eml", 13, ("technical", "question"), "2026-10-02 08:10", re(1085),
       "Guten Morgen,\n\nzählt die Sitzung gestern eigentlich? Die Verbindung brach nach zehn"
       " Minuten ab und kam nicht wieder.\n\nBeste Grüße\nM. Vogel", client="outlook",
       reply="cr-1085", style="outlook", note="01.10. broke off after ten minutes")  # fmt: skip
    no("fz44_popescu_dienstag_krank.eml", 7, ("other",), "2026-06-26 10:00", re(1049),
       "Hallo,\nDienstag nicht stattgefunden, ich war krank. Nächste Woche Dienstag bin ich da."
       "\nElena", client="yahoo", reply="cr-1049", style="yahoo",
       note="23.06. missed; next week is only a promise")  # fmt: skip
    no("fz45_becker_donnerstag_passt.eml", 2, ("other",), "2026-02-25 17:45", reminder_subject(1017),
       "Donnerstag passt, bin erreichbar.\nT. Becker", client="gmail", reply="rem-1017",
       style="gmail", staff=False, note="answers the reminder for a future session")  # fmt: skip
    no("fz46_hartmann_dienstag_absage.eml", 20, ("cancellation",), "2026-11-16 18:20",
       reminder_subject(1122),
       "Hallo, Dienstag schaffe ich leider nicht, ich muss absagen. Sorry!\nLeonie",
       client="webde", reply="rem-1122", style="webde")  # fmt: skip


def main() -> None:
    load_practice()
    weekdays_alone()
    relative_days()
    more_words()
    with_doubt()
    not_confirmations()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
