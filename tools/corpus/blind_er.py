"""Write blind set ER: everyday mails where the day of a session is given in words
(weekdays alone, 'letzte Woche Dienstag', 'vorgestern', 'den davor', 'die beiden letzten',
'gestern und heute', 'the Tuesday one', a day corrected in the next sentence, a weekday and
a date that disagree), 35 mails: 28 meant as confirmations (some only partly recordable or
not at all) and 7 look-alikes (missed sessions, a reminder's yes, a cancellation, a question).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_er`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rs
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_er")


def weekdays() -> None:
    yes("er01_dienstag_gut.eml", 1, (1003,), ("2026-01-27",), "2026-01-29 08:12", re(1003),
        "Dienstag hat gut geklappt, danke!\nLG Sabine",
        client="gmail", reply="cr-1003", style="gmail")  # fmt: skip
    yes("er02_montag_ja_donnerstag_nicht.eml", 2, (1010,), ("2026-02-02",), "2026-02-06 19:40",
        "Termine diese Woche",
        "Hallo,\n\nMontag ja, Donnerstag nicht - da hat mich niemand angerufen. Ich hab "
        "extra bis sechs gewartet.\n\nGruß T. Becker",
        client="thunderbird", staff=True,
        note="Mon 02.02 confirmed; Thu 05.02 did not take place")  # fmt: skip
    yes("er03_letzte_woche_freitag.eml", 4, (1029,), ("2026-01-23",), "2026-01-26 10:05",
        re(1029), "guten tag\nletzte woche freitag war die behandlung am telefon, hat "
        "stattgefunden.\nmfg wolff",
        client="tonline", reply="cr-1029", style="tonline")  # fmt: skip
    yes("er04_vorgestern.eml", 9, (1057,), ("2026-07-09",), "2026-07-11 09:30", re(1057),
        "Liebe Praxis,\nvorgestern hat die Gymnastik am Telefon stattgefunden.\nHerzlich\n"
        "Gisela Neumann",
        client="thunderbird", reply="cr-1057", style="thunderbird")  # fmt: skip
    yes("er05_gestern_und_heute.eml", 9, (1059,), ("2026-07-15", "2026-07-16"),
        "2026-07-16 19:05", "Bestätigung",
        "Hallo, gestern und heute hatte ich Behandlung, beides bestätigt.\nG. Neumann",
        staff=True,
        note="today Thu 16.07 is hers; yesterday Wed 15.07 has no appointment")  # fmt: skip
    yes("er06_last_two_en.eml", 11, (1069, 1070), ("2026-08-03", "2026-08-10"),
        "2026-08-12 21:14", re(1070, "Re"),
        "Hi, both of the last two sessions happened - this Monday and the Monday before. "
        "Sorry for the late reply!\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("er07_die_beiden_letzten.eml", 14, (1088, 1089), ("2026-09-15", "2026-09-22"),
        "2026-09-24 17:50", re(1089),
        "Hallo,\ndie beiden letzten Termine haben stattgefunden (die Dienstage).\n"
        "Viele Grüße\nAnna Lehmann",
        client="outlook", reply="cr-1089", style="outlook")  # fmt: skip
    yes("er08_mittwoch_nicht_dienstag.eml", 16, (1099,), ("2026-10-14",), "2026-10-16 07:22",
        "Video Termin",
        "Hallo, die Stunde am Dienstag hat stattgefunden. Also Mittwoch, nicht Dienstag, "
        "sorry, die Woche war chaotisch.\nBirgit Schäfer",
        client="plain",
        note="corrected in the next sentence to Wednesday 14.10")  # fmt: skip
    yes("er09_wochentag_datum_falsch.eml", 1, (), (), "2026-02-05 12:00", re(1004),
        "Hallo, bestätige den Termin Dienstag 04.02., lief gut.\nSabine Krüger",
        client="webde", reply="cr-1004", style="webde", staff=True,
        note="Tuesday is 03.02, 04.02 is a Wednesday: staff decide")  # fmt: skip
    yes("er10_mittwoch_abgesagt.eml", 12, (), (), "2026-08-21 11:10", "Termin Mittwoch",
        "Hallo ich möchte bestätigen Mittwoch war gut, danke\nFatma Yildiz",
        client="webde", staff=True,
        note="the Wednesday 19.08 was cancelled; nothing to record")  # fmt: skip
    yes("er11_gestern_iphone.eml", 5, (1034,), ("2026-04-16",), "2026-04-17 07:48", re(1034),
        "Gestern hat alles geklappt 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1034", style="iphone")  # fmt: skip
    yes("er12_gestern_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 08:30",
        "Bestätigung Montag",
        "Guten Morgen,\ngestern hatte ich beide Termine, morgens KG am Gerät und mittags die "
        "Manuelle. Beide haben stattgefunden.\nP. Hoffmann",
        client="outlook")  # fmt: skip
    yes("er13_montag_zwei_termine.eml", 6, (), (), "2026-05-19 20:15", "Montag",
        "Hallo, Montag war ich da. Gruß Hoffmann", client="outlook", staff=True,
        note="two sessions on Monday 18.05: which one(s)?")  # fmt: skip
    yes("er14_montag_und_mittwoch.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-27 16:02", re(1110),
        "Montag und Mittwoch diese Woche beide gemacht. Renate Koch",
        client="samsung", reply="cr-1110", style="samsung")  # fmt: skip
    yes("er15_den_davor.eml", 22, (1130, 1131), ("2026-02-19", "2026-02-26"),
        "2026-03-02 13:40", "Bestätigung",
        "Hallo\nden Donnerstag letzte Woche bestätige ich und den davor auch\nMehmet Aydin",
        client="plain")  # fmt: skip
    yes("er16_tuesday_one.eml", 23, (1137,), ("2026-04-21",), "2026-04-23 09:15",
        re(1137, "RE"), "Hi, yes the Tuesday one went fine. Cheers, James",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("er17_lerner_mittwoch.eml", 24, (1143,), ("2026-05-13",), "2026-05-15 10:00",
        re(1143), "Guten tag, ich bestätige Termin an Mittwoch, war gut. Danke schön\nBerger",
        client="yahoo", reply="cr-1143", style="yahoo", bottom=True)  # fmt: skip
    yes("er18_freitag_ja.eml", 10, (1064,), ("2026-07-10",), "2026-07-13 08:01", re(1064),
        "freitag ja", client="gmail", reply="cr-1064", style="gmail")  # fmt: skip
    yes("er19_donnerstag_und_davor.eml", 13, (1082,), ("2026-09-03", "2026-09-10"),
        "2026-09-14 06:45", "Bestätigung MT",
        "Sehr geehrte Damen und Herren,\nden letzten Donnerstag und den davor hatten wir "
        "beide, hiermit bestätigt.\nDr. M. Vogel",
        client="apple", staff=True,
        note="Thu 03.09 was confirmed already; Thu 10.09 recorded")  # fmt: skip
    yes("er20_montag_ausgefallen.eml", 21, (1128,), ("2026-02-09",), "2026-02-11 18:20",
        re(1128), "Montag ja. Letzte Woche war ja ausgefallen.\nSophie",
        client="webde", reply="cr-1128", style="webde")  # fmt: skip
    yes("er21_spaet_montag.eml", 15, (1094,), ("2026-10-12",), "2026-11-16 14:00", re(1094),
        "Entschuldigung das ich erst jetzt schreibe, ja hat stattgefunden am Montag.\n"
        "Zimmermann",
        client="plain", reply="cr-1094", style="thunderbird", bottom=True,
        note="late; the Monday is the requested 12.10")  # fmt: skip
    yes("er22_dienstage.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"),
        "2026-06-11 12:30", "Bestätigung",
        "Buna ziua, letzte Woche Dienstag und diese Woche Dienstag waren Termine, beide gut "
        "gemacht.\nElena Popescu",
        client="yahoo")  # fmt: skip
    yes("er23_gestern_fand_statt.eml", 8, (1052,), ("2026-06-10",), "2026-06-11 07:10",
        "Termin gestern", "Hi, gestern fand statt. Jonas",
        client="apple")  # fmt: skip
    yes("er24_nur_15_min.eml", 17, (), ("2026-10-29",), "2026-10-30 09:00", re(1105),
        "Donnerstag ja, aber nur 15 min weil das Video abgebrochen ist.\nOle",
        client="gmail", reply="cr-1105", style="gmail", staff=True,
        extra=("technical",), note="session not fully held")  # fmt: skip
    yes("er25_am_freitag.eml", 19, (1117,), ("2026-11-13",), "2026-11-18 12:12",
        "Behandlung", "Hallo, der Termin am Freitag hat stattgefunden. VG David Nowak",
        client="plain")  # fmt: skip
    yes("er26_gestern_ja_donnerstag.eml", 2, (1012,), ("2026-02-09",), "2026-02-10 08:40",
        re(1012), "Also gestern ja. Donnerstag davor weiß ich nicht mehr genau, bitte "
        "nachschauen.\nBecker",
        client="thunderbird", reply="cr-1012", style="thunderbird", staff=True,
        note="Mon 09.02 confirmed; doubt about Thu 05.02")  # fmt: skip
    yes("er27_freitag_5_2.eml", 4, (), (), "2026-02-07 11:00", "Bestätigung",
        "Hiermit bestätige ich die Behandlung am Freitag 5.2.\nH.-J. Wolff",
        client="tonline", staff=True,
        note="Friday was 06.02; 05.02 is a Thursday with no appointment")  # fmt: skip
    yes("er28_monday_move.eml", 11, (1071,), ("2026-08-17",), "2026-08-18 10:30",
        re(1071, "Re"), "Monday's session was fine. Could we move next Monday to Tuesday? "
        "Thanks, Emily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True,
        extra=("reschedule",))  # fmt: skip


def lookalikes() -> None:
    no("er29_mittwoch_ja_reminder.eml", 3, ("other",), "2026-03-10 10:00", rs(1020),
       "Mittwoch ja, bin dabei.", client="gmail", reply="rem-1020", style="gmail",
       staff=False, note="a yes to the reminder for a future session")  # fmt: skip
    no("er30_vorgestern_nicht.eml", 20, ("technical",), "2026-11-05 18:00", re(1120),
       "Hallo, vorgestern hat leider nicht geklappt, das Video ging nicht an.\nLeonie",
       client="webde", reply="cr-1120", style="webde",
       note="the session did not take place")  # fmt: skip
    no("er31_dienstag_krank.eml", 1, ("cancellation",), "2026-02-11 09:00", re(1005),
       "Dienstag hat nicht stattgefunden, ich war krank. Sabine",
       client="webde", reply="cr-1005", style="webde")  # fmt: skip
    no("er32_frage_mittwoch.eml", 24, ("question",), "2026-05-21 15:00", "Frage",
       "Guten Tag, war das Mittwoch die letzte Stunde? Wie viele habe ich noch?\nBerger",
       client="yahoo")  # fmt: skip

    no("er33_donnerstag_faellt_aus.eml", 22, ("cancellation",), "2026-03-11 13:00", rs(1133),
       "Hallo, Donnerstag muss ich leider absagen, nächste Woche geht wieder.\nAydin",
       client="samsung", reply="rem-1133", style="samsung")  # fmt: skip
    no("er34_freitag_niemand.eml", 10, ("technical",), "2026-07-18 10:20", re(1065),
       "Freitag war niemand im Videoraum, ich habe 20 Minuten gewartet. Was nun?\nLukas",
       client="gmail", reply="cr-1065", style="gmail",
       note="the Friday session did not take place")  # fmt: skip
    no("er35_montag_ja_gerne.eml", 18, ("other",), "2026-04-12 16:00", rs(1114),
       "Montag ja gerne, bis dann. R. Koch", client="tonline", reply="rem-1114",
       style="tonline", staff=False, note="a yes to the reminder for tomorrow")  # fmt: skip


def main() -> None:
    load_practice()
    weekdays()
    lookalikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
