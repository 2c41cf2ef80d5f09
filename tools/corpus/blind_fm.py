"""Write blind set FM: everyday mails where the day of a session is given only in words.

44 mails: weekdays alone ('Montag ja, Donnerstag nicht'), 'letzte Woche Dienstag',
'vorgestern', 'den davor', 'die beiden letzten', 'gestern und heute', 'the Tuesday one',
a day corrected in the next sentence, and some mails that name every day plainly. 34
confirm at least one session; 10 look like confirmations and are not: a weekday and a date
that disagree, a cancelled day, a day already confirmed, a partial session, a reply to our
reminder, a day without appointment, a weekday that matches no session, 'den Dienstag'
with many open Tuesdays, a video room nobody joined, and a future day.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fm`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_fm")


def weekdays_and_relatives() -> None:
    yes("fm01_becker_montag_und_gestern.eml", 2, (1010, 1011), ("2026-02-02", "2026-02-05"),
        "2026-02-06 09:10", "Termine diese Woche",
        "Hallo,\n\nMontag und gestern haben beide stattgefunden, danke.\n\nT. Becker",
        client="gmail",
        note="Friday 06.02.: Monday = 02.02., gestern = Thursday 05.02.")  # fmt: skip
    yes("fm02_becker_montag_ja_donnerstag_nicht.eml", 2, (1012,), ("2026-02-09",),
        "2026-02-13 08:02", "Termine",
        "Guten Morgen,\nkurz zur Info: Montag hat geklappt, Donnerstag nicht, da war ich im "
        "Zug und nicht erreichbar. Können wir den nachholen?\n\nGruß Thomas Becker",
        client="outlook", staff=True, extra=("reschedule",),
        note="Monday 09.02. took place; Thursday 12.02. did not, he asks to make it up")  # fmt: skip
    yes("fm03_krueger_letzte_woche_dienstag.eml", 1, (1004,), ("2026-02-03",),
        "2026-02-09 19:44", "Bestätigung",
        "Hallo liebes Praxisteam,\n\nletzte Woche Dienstag war die Videostunde, hab ganz "
        "vergessen Bescheid zu geben. Hat alles gut geklappt!\n\nLG Sabine Krüger",
        client="webde", note="written Monday 09.02.: last week's Tuesday = 03.02.")  # fmt: skip
    yes("fm04_krueger_vorgestern.eml", 1, (1005,), ("2026-02-10",), "2026-02-12 18:20",
        re(1005), "vorgestern war die stunde, alles gut",
        client="gmail", reply="cr-1005", style="gmail",
        note="Thursday 12.02.: vorgestern = 10.02., the requested day")  # fmt: skip
    yes("fm05_krueger_und_den_davor.eml", 1, (1005, 1006), (), "2026-02-18 07:55", re(1006),
        "Ja hat stattgefunden. Und den davor auch, da hatte ich vergessen zu antworten, "
        "sorry!\n\nSabine",
        client="iphone", reply="cr-1006", style="iphone",
        note="yes to 17.02. and 'den davor' = the session before, 10.02.; no day named")  # fmt: skip
    yes("fm06_krueger_die_beiden_letzten.eml", 1, (1007, 1008), (), "2026-03-05 21:10",
        "Rückmeldung",
        "Guten Abend,\n\ndie beiden letzten Termine haben stattgefunden. Sorry für die späte "
        "Rückmeldung, bei uns war alles krank.\n\nViele Grüße\nSabine Krüger",
        client="webde", note="the two latest sessions before 05.03.: 24.02. and 03.03.")  # fmt: skip
    yes("fm07_neumann_gestern_und_heute.eml", 9, (1059,), ("2026-07-15", "2026-07-16"),
        "2026-07-16 11:30", "Telefontermine",
        "Guten Tag,\n\ngestern und heute habe ich mit Ihrer Therapeutin telefoniert, beides "
        "war sehr gut.\n\nMit freundlichen Grüßen\nGisela Neumann",
        staff=True,
        note="heute 16.07. is a session; gestern 15.07. has no appointment: staff looks")  # fmt: skip
    yes("fm08_carter_the_monday_one.eml", 11, (1070,), ("2026-08-10",), "2026-08-12 08:40",
        re(1070, "Re"), "Hi, yes the Monday one happened, all good!\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en",
        note="Monday = 10.08., the requested session")  # fmt: skip
    yes("fm09_oneill_the_tuesday_one.eml", 23, (1138,), ("2026-04-28",), "2026-04-30 13:05",
        re(1138, "RE"),
        "Hello,\n\nyes, the Tuesday one took place as planned.\n\nKind regards,\nJames O'Neill",
        client="outlook", reply="cr-1138", style="outlook_en",
        note="under our request for Tuesday 28.04.")  # fmt: skip
    yes("fm10_demir_dienstag_also_mittwoch.eml", 3, (1020,), ("2026-03-11",),
        "2026-03-13 12:15", "Termin",
        "Hallo, mein Termin am Dienstag hat stattgefunden. Also Mittwoch natürlich, nicht "
        "Dienstag 🙈\n\nAylin",
        client="gmail",
        note="corrected in the next sentence: Wednesday 11.03.; no Tuesday appointment")  # fmt: skip


def several_days() -> None:
    yes("fm11_koch_montag_und_gestern.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 10:05", "Telefontermine",
        "Guten Tag,\nich bestätige die Telefontermine von Montag und gestern.\nMfG R. Koch",
        client="tonline", note="Thursday 02.04.: Monday 30.03., gestern Wednesday 01.04.")  # fmt: skip
    yes("fm12_koch_mittwoch_niemand_angerufen.eml", 18, (1109,), ("2026-03-23",),
        "2026-03-26 09:30", "Termin gestern",
        "Guten Morgen,\n\nMontag war gut. Aber Mittwoch hat mich keiner angerufen, ich habe "
        "den ganzen Nachmittag gewartet. Was war da los?\n\nRenate Koch",
        client="tonline", staff=True, extra=("question",),
        note="Monday 23.03. took place; Wednesday 25.03. no call came")  # fmt: skip
    yes("fm13_aydin_letzte_donnerstag.eml", 22, (1132,), ("2026-03-05",), "2026-03-09 17:48",
        re(1132),
        "hallo, letzte donnerstag telefon termin war, ich bestätige. danke\nmehmet",
        client="samsung", reply="cr-1132", style="samsung",
        note="Monday 09.03.: last Thursday = 05.03.")  # fmt: skip
    yes("fm14_aydin_letzte_zwei_donnerstag.eml", 22, (1133, 1134), ("2026-03-12", "2026-03-19"),
        "2026-03-21 10:12", "bestätigung",
        "hallo\nich bestätige die letzte zwei donnerstag, 12 und 19 märz. beide telefon "
        "gemacht.\nmehmet aydin",
        client="samsung", note="both days named plainly")  # fmt: skip
    yes("fm15_berger_vorgestern.eml", 24, (1143,), ("2026-05-13",), "2026-05-15 16:40",
        re(1143),
        "Hallo,\nvorgestern hat das Telefonat stattgefunden.\nGruß U. Berger",
        client="samsung", reply="cr-1143", style="samsung",
        note="Friday 15.05.: vorgestern = Wednesday 13.05.")  # fmt: skip
    yes("fm16_wolff_drei_freitage.eml", 4, (1030, 1031, 1032),
        ("2026-01-30", "2026-02-06", "2026-02-13"), "2026-02-16 08:15",
        "Bestätigung Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen der "
        "letzten drei Freitage (30.1., 6.2. und 13.2.).\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline", note="every day named plainly")  # fmt: skip
    yes("fm17_wolff_letzten_freitag.eml", 4, (1029,), ("2026-01-23",), "2026-01-28 11:20",
        "Termin letzten Freitag",
        "Guten Tag,\n\nden Termin vom letzten Freitag bestätige ich hiermit, er hat "
        "stattgefunden.\n\nH.-J. Wolff",
        client="tonline", note="Wednesday 28.01.: last Friday = 23.01.")  # fmt: skip
    yes("fm18_yildiz_die_beiden_letzten.eml", 12, (1078,), (), "2026-08-27 14:30",
        "Telefon Termine",
        "Hallo,\ndie beiden letzten Termine haben stattgefunden.\nDanke und Gruß\nFatma",
        client="webde", staff=True,
        note="the latest is 26.08.; the one before was cancelled (19.08.), so which second "
        "one she means (12.08.?) is unclear")  # fmt: skip
    yes("fm19_brandt_freitag_daumen.eml", 10, (1064,), ("2026-07-10",), "2026-07-12 10:02",
        re(1064), "Moin, Freitag hat gepasst 👍",
        client="iphone", reply="cr-1064", style="iphone",
        note="Friday 10.07., the requested day")  # fmt: skip
    yes("fm20_brandt_am_freitag.eml", 10, (1066,), ("2026-07-24",), "2026-07-29 20:30",
        "Bestätigung",
        "Hallo,\nder Termin am Freitag hat stattgefunden.\nGruß Lukas",
        client="thunderbird", note="Wednesday 29.07.: the past Friday = 24.07.")  # fmt: skip
    yes("fm21_vogel_gestrige_sitzung.eml", 13, (1082,), ("2026-09-10",), "2026-09-11 07:50",
        re(1082, "AW"),
        "Sehr geehrtes Team,\n\ndie gestrige Sitzung hat stattgefunden.\n\nBeste Grüße\n"
        "Dr. M. Vogel",
        client="outlook", reply="cr-1082", style="outlook",
        note="gestern = Thursday 10.09.")  # fmt: skip
    yes("fm22_lehmann_dienstag_lowercase.eml", 14, (1089,), ("2026-09-22",),
        "2026-09-24 23:12", re(1089), "hi, bestätige den termin von dienstag :)\nlg anna",
        client="gmail", reply="cr-1089", style="gmail",
        note="Tuesday 22.09., the requested day")  # fmt: skip
    yes("fm23_lehmann_gestern_und_den_davor.eml", 14, (1087, 1088), ("2026-09-08", "2026-09-15"),
        "2026-09-16 12:40", "Bestätigung Termine",
        "Hallo,\n\ngestern und den Dienstag davor bestätige ich hiermit, beide haben "
        "stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", note="Wednesday 16.09.: 15.09. and the Tuesday before, 08.09.")  # fmt: skip
    yes("fm24_zimmermann_den_davor.eml", 15, (1095,), (), "2026-10-28 18:05", "Termine",
        "Hallo,\n\nMontag hat nicht stattgefunden, wurde ja abgesagt. Aber den davor bestätige "
        "ich.\n\nGruß Klaus Zimmermann",
        client="webde",
        note="Monday 26.10. was cancelled; 'den davor' = 19.10.; no day named for it")  # fmt: skip


def more_days() -> None:
    yes("fm25_schaefer_mittwochabend.eml", 16, (1099,), ("2026-10-14",), "2026-10-16 09:05",
        "Termin Mittwoch",
        "Guten Morgen,\n\nMittwochabend hat stattgefunden, danke!\n\nBirgit Schäfer\n"
        "Schäfer Steuerberatung\nTel. 0221 555 0190",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        note="from her second registered address; Friday 16.10.: Wednesday 14.10.")  # fmt: skip
    yes("fm26_jansen_heute_und_letzte_woche.eml", 17, (1105, 1106),
        ("2026-10-29", "2026-11-05"), "2026-11-05 11:20", "KG am Gerät",
        "Hi,\n\nheute und letzte Woche Donnerstag haben stattgefunden. Läuft gut mit den "
        "Übungen!\n\nOle",
        client="gmail", note="Thursday 05.11. and the Thursday before, 29.10.")  # fmt: skip
    yes("fm27_nowak_yesterday_and_friday_before.eml", 19, (1117, 1118),
        ("2026-11-13", "2026-11-20"), "2026-11-21 10:30", "Sessions",
        "Hi,\n\nconfirming yesterday's session and the Friday before. Both fine.\n\n"
        "Cheers,\nDavid",
        client="plain", note="Saturday 21.11.: 20.11. and 13.11.")  # fmt: skip
    yes("fm28_popescu_dienstag_9_juni.eml", 7, (1047,), ("2026-06-09",), "2026-06-11 15:00",
        "Therapie",
        "Buna ziua,\n\nich bestätige die Therapie am Dienstag, 9 Juni. War gut für meine "
        "Rücken.\n\nVielen Dank\nElena Popescu",
        client="yahoo", note="day named plainly, weekday agrees")  # fmt: skip
    yes("fm29_richter_gestern_abend.eml", 8, (1053,), ("2026-06-17",), "2026-06-18 07:31",
        re(1053), "Gestern Abend ✔️ Danke!",
        client="iphone", reply="cr-1053", style="iphone",
        note="gestern = Wednesday 17.06., the requested session")  # fmt: skip
    yes("fm30_schulz_donnerstag_mutter.eml", 5, (1037,), ("2026-05-07",), "2026-05-11 09:45",
        "Marie Schulz",
        "Hallo,\n\nDonnerstag war Marie wieder dabei, hat gut geklappt.\n\nViele Grüße\n"
        "K. Schulz",
        client="thunderbird", note="Monday 11.05.: last Thursday = 07.05.")  # fmt: skip
    yes("fm31_demir_mittwoch.eml", 3, (1026,), ("2026-04-22",), "2026-04-27 19:00",
        "Bestätigung",
        "Hi, Mittwoch hat stattgefunden 👍\nAylin",
        client="gmail", note="Monday 27.04.: last Wednesday = 22.04.")  # fmt: skip
    yes("fm32_becker_februar_nachgereicht.eml", 2, (1014, 1015, 1016, 1017),
        ("2026-02-16", "2026-02-19", "2026-02-23", "2026-02-26"), "2026-03-20 17:10",
        "Nachtrag Bestätigungen Februar",
        "Hallo,\n\nich habe noch gar nicht bestätigt: die letzten vier Termine im Februar, "
        "16., 19., 23. und 26.2., haben alle stattgefunden.\n\nGruß\nThomas Becker",
        client="apple", note="late, every day named plainly")  # fmt: skip
    yes("fm33_neumann_dienstag_und_donnerstag.eml", 9, (1056, 1057),
        ("2026-07-07", "2026-07-09"), "2026-07-13 10:00", "Anrufe letzte Woche",
        "Guten Tag,\n\ndie beiden Anrufe letzte Woche Dienstag und Donnerstag haben "
        "stattgefunden.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain", note="Monday 13.07.: 07.07. and 09.07.")  # fmt: skip
    yes("fm34_oneill_monday_no_tuesday.eml", 23, (1139,), ("2026-05-05",), "2026-05-06 08:15",
        "Session",
        "Hi,\n\nconfirming Monday's call. Sorry, Tuesday's - I always mix them up.\n\nJames",
        client="outlook",
        note="corrected in the next sentence: Tuesday 05.05.; no Monday appointment")  # fmt: skip


def look_alikes() -> None:
    no("fm35_becker_donnerstag_16_02.eml", 2, ("confirmation",), "2026-02-21 10:00",
       "Termin",
       "Hallo,\n\nder Termin am Donnerstag, 16.02., hat stattgefunden.\n\nT. Becker",
       client="gmail", dates=("2026-02-16",),
       note="16.02. was a Monday (session 1014), Thursday was 19.02. (session 1015): which "
       "one is meant is unclear")  # fmt: skip
    no("fm36_wagner_gestern_abgesagt.eml", 21, ("confirmation",), "2026-02-03 08:30",
       "Videostunde",
       "Hallo,\ngestern war die Videostunde wie immer, danke!\nSophie",
       client="gmail", note="gestern = Monday 02.02., which was cancelled")  # fmt: skip
    no("fm37_vogel_schon_bestaetigt.eml", 13, ("confirmation",), "2026-09-07 08:05",
       "Behandlung",
       "Sehr geehrtes Team,\n\ndie Behandlung letzten Donnerstag hat wie geplant "
       "stattgefunden.\n\nBeste Grüße\nDr. M. Vogel",
       client="outlook", dates=("2026-09-03",), staff=False,
       note="last Thursday 03.09. was already confirmed; nothing to do")  # fmt: skip
    no("fm38_hartmann_nur_15_minuten.eml", 20, ("confirmation", "technical"),
       "2026-11-18 09:20", re(1122),
       "Hallo,\n\nja, gestern hat stattgefunden, aber nur ca. 15 Minuten, weil meine "
       "Internetverbindung abgebrochen ist.\n\nLeonie Hartmann",
       client="webde", reply="cr-1122", style="webde", dates=("2026-11-17",),
       note="the session of 17.11. did not fully take place")  # fmt: skip
    no("fm39_richter_mittwoch_dabei.eml", 8, ("other",), "2026-06-23 20:15", rem(1054),
       "Mittwoch passt, bin dabei.",
       client="iphone", reply="rem-1054", style="iphone", staff=False,
       note="a reply to our reminder: he will attend tomorrow, nothing took place yet")  # fmt: skip
    no("fm40_schulz_gestern_kein_termin.eml", 5, ("confirmation",), "2026-05-15 10:10",
       "Stunde gestern",
       "Hallo,\ngestern war die Stunde, danke.\nK. Schulz",
       client="thunderbird", dates=("2026-05-14",),
       note="gestern = Thursday 14.05., no appointment that day")  # fmt: skip
    no("fm41_hoffmann_montag_statt_dienstag.eml", 6, ("confirmation",), "2026-05-27 07:10",
       "Termin",
       "Guten Tag,\n\nder Termin am Montag hat stattgefunden.\n\nMfG\nPeter Hoffmann",
       client="outlook", dates=("2026-05-25",),
       note="Monday 25.05. has no appointment; the session that week was Tuesday 26.05.")  # fmt: skip
    no("fm42_krueger_den_dienstag.eml", 1, ("confirmation",), "2026-03-26 20:40",
       "Dienstag",
       "Hallo,\nwollte noch den Dienstag bestätigen, da hatte ich nicht geantwortet.\n"
       "LG Sabine",
       client="webde",
       note="26.03., no session for two weeks; seven Tuesdays are open, which one is unclear")  # fmt: skip
    no("fm43_carter_nobody_joined.eml", 11, ("technical",), "2026-08-18 09:00",
       re(1071, "Re"),
       "Hi,\n\nI waited in the video room on Monday for 20 minutes but nobody joined. "
       "Did something go wrong?\n\nEmily",
       client="gmail", reply="cr-1071", style="gmail_en",
       note="Monday 17.08. did not take place")  # fmt: skip
    no("fm44_schaefer_mittwoch_schon_mal.eml", 16, ("confirmation",), "2026-11-09 12:00",
       "Bestätigung",
       "Hallo,\n\nhiermit bestätige ich schon mal den Termin am Mittwoch, dann muss ich "
       "nicht wieder dran denken.\n\nBirgit Schäfer",
       client="gmail",
       note="Monday 09.11.: Wednesday 11.11. is still to come")  # fmt: skip


def main() -> None:
    load_practice()
    weekdays_and_relatives()
    several_days()
    more_days()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
