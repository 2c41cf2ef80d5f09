"""Write blind set DD: a plain, representative inbox of the whole year, leaning towards
writers whose German is a second language (Turkish, Romanian, Polish, Russian-German
speakers) and two English speakers. 41 mails: 31 confirmations (mostly short replies under
our request in various mail programs, with and without the date, some new mails, several
days at once, a few late, a few with a question or a problem beside the yes) and 10
look-alikes (a cancellation, a reschedule, questions about a coming session, missed
sessions, a cancelled day, a reply to a reminder).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dd`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_dd")


def turkish_writers() -> None:
    # Aylin Demir (3), Fatma Yıldız (12), Mehmet Aydın (22)
    yes("dd01_demir_reply_date.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 12:47", re(1019),
        "Hallo,\nja Behandlung hat statgefunden am 04.03.2026.\nDanke schön\n\nAylin Demir",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("dd02_demir_new_two_days.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-19 20:40", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nich bestätige das ich am 11.03 und 18.03 "
        "Krankengymnastik über video gehabt habe.\n\nMfG\nAylin Demir",
        client="gmail", note="new mail, two past video sessions named as dd.mm without year")  # fmt: skip
    yes("dd03_demir_yes_question_rezept.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 17:05",
        re(1024),
        "Ja Termin war heute 08.04. alles gut\naber ich habe eine Frage, brauche ich neue "
        "Rezept nach 22.04? mein Rücken ist noch nicht so gut\n\nLG Aylin",
        client="gmail", reply="cr-1024", style="gmail", staff=True, extra=("question",),
        note="yes for 08.04 plus a question about a new prescription; 22.04 is a coming day")  # fmt: skip
    yes("dd04_yildiz_short_nodate.eml", 12, (1075,), (), "2026-08-05 13:20", re(1075),
        "guten tag\nja hat statt gefunden danke\nfatma",
        client="webde", reply="cr-1075", style="webde",
        note="a yes under our request for 05.08.2026 without a day")  # fmt: skip
    yes("dd05_yildiz_late_two_days_one_cancelled.eml", 12, (1076, 1078),
        ("2026-08-12", "2026-08-26"), "2026-09-01 11:15", "Termine August",
        "Hallo,\n\nIch habe vergesen zu bestätigen, Entschuldigung. Termin 12.08 und 26.08 "
        "war mit telefon gemacht. 19.08 war ja abgesagt.\n\nDanke\nFatma Yıldız",
        client="webde",
        note="late new mail; 19.08 is named as cancelled, as it is in our records")  # fmt: skip
    yes("dd06_yildiz_samsung_date.eml", 12, (1079,), ("2026-09-02",), "2026-09-03 07:55",
        re(1079),
        "Ja 02.09.2026 behandlung war, danke schön\n\n\n\nVon meinem Samsung Galaxy "
        "Smartphone gesendet.",
        client="samsung", reply="cr-1079", style="samsung")  # fmt: skip
    yes("dd07_aydin_outlook_date.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 18:22",
        re(1130),
        "Hallo,\nja ich bestätige, Termin 19.02.2026 war.\nGruß Mehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("dd08_aydin_new_three_days.eml", 22, (1131, 1132, 1133),
        ("2026-02-26", "2026-03-05", "2026-03-12"), "2026-03-13 21:10", "Termin bestätigung",
        "Sehr geehrte Praxis,\n\nhiermit bestätige ich die Termine 26.2 , 5.3 , 12.3 "
        "alle per Telefon statt gefunden.\n\nMit freundliche Grüße\nMehmet Aydın",
        client="outlook")  # fmt: skip
    yes("dd09_aydin_yes_mobile_number.eml", 22, (1134,), ("2026-03-19",), "2026-03-19 16:40",
        re(1134),
        "Hallo ja 19.03 hat stattgefunden.\nKann therapeut nächste mal bitte auf Handy "
        "anrufen nicht Festnetz? Ich bin Donnerstag Mittag auf Arbeit. 0176 4418 2290\n\n"
        "Danke Mehmet",
        client="outlook", reply="cr-1134", style="outlook", staff=True, extra=("question",),
        note="yes plus a request to call a different number next time")  # fmt: skip

    no("dd32_demir_reminder_which_link.eml", 3, ("question", "technical"), "2026-04-14 09:30",
       reminder_subject(1025),
       "Hallo, morgen termin ist mit video oder telefon? ich habe link nicht gefunden in "
       "meine mails. Danke",
       client="gmail", reply="rem-1025", style="gmail",
       note="reply to the reminder, asks about tomorrow's session; nothing took place yet")  # fmt: skip
    no("dd33_yildiz_cancel_child_sick.eml", 12, ("cancellation",), "2026-09-08 18:04",
       "Termin morgen",
       "Hallo\nich kann morgen 09.09 nicht kommen am telefon, mein Kind ist krank. Bitte "
       "absagen. Nächste woche ist ok\n\nFatma Yıldız",
       client="webde")  # fmt: skip
    no("dd34_aydin_reschedule_reminder.eml", 22, ("reschedule",), "2026-03-25 13:02",
       reminder_subject(1135),
       "Hallo kann man Termin morgen 26.03 auf 14 Uhr verschieben? Ich arbeite bis 13:30.\n"
       "Mehmet Aydın",
       client="outlook", reply="rem-1135", style="outlook")  # fmt: skip
    no("dd38_yildiz_cancelled_day_nobody_called.eml", 12, ("question",), "2026-08-19 11:20",
       "heute termin?",
       "Guten Tag,\nheute 19.08 niemand hat angerufen. War Termin abgesagt? Ich wusste das "
       "nicht, ich habe gewartet.\nFatma",
       client="samsung",
       note="the day is cancelled in our records; she asks, nothing took place")  # fmt: skip


def romanian_polish_russian_writers() -> None:
    # Elena Popescu (7), David Nowak (19), Anna Lehmann (14), Ursula Berger (24)
    yes("dd10_popescu_yahoo_date.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:10",
        re(1046),
        "Bună ziua,\nja die Behandlung am 02.06 hat stattgefunden.\nVielen Dank,\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("dd11_popescu_bottom_two_days.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"),
        "2026-06-16 19:30", re(1048),
        "Hallo, ich bestätige auch für 9 Juni, habe vergessen zu schreiben. Und heute "
        "16.06 auch gemacht.\nMulțumesc, Elena",
        client="yahoo", reply="cr-1048", style="yahoo", bottom=True,
        note="bottom-posted; adds the earlier 9 June as well")  # fmt: skip
    yes("dd12_popescu_late_question_verordnung.eml", 7, (1050,), ("2026-06-30",),
        "2026-07-14 10:05", "Bestätigung 30.06.2026",
        "Sehr geehrte Damen und Herren,\n\ndie letzte Behandlung am 30.06.2026 hat "
        "stattgefunden. Entschuldigung für die Verspätung.\nBrauche ich jetzt neue "
        "Verordnung vom Arzt oder ist fertig?\n\nMit freundlichen Grüßen\nElena Popescu",
        client="yahoo", staff=True, extra=("question",),
        note="late new mail; yes plus a question about a new prescription")  # fmt: skip
    yes("dd13_nowak_thunderbird_date.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 12:02",
        re(1116),
        "Dzień dobry,\n\nbestätige Termin vom 06.11.2026, war in Ordnung.\n\nPozdrawiam / Grüße\n"
        "D. Nowak",
        client="thunderbird", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("dd14_nowak_new_two_days_no_umlauts.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"),
        "2026-11-21 09:14", "Bestatigung Termine",
        "Guten Tag,\n\nhiermit bestatige ich die Manuelle Therapie am 13.11 und 20.11. Beide "
        "per Video.\n\nMit freundlichen Grussen\nDavid Nowak",
        client="thunderbird")  # fmt: skip
    yes("dd15_nowak_yes_video_froze.eml", 19, (1119,), ("2026-11-27",), "2026-11-27 10:45",
        re(1119),
        "Bestätige 27.11.\nVideo hat sich zweimal aufgehängt, wir haben dann per Telefon "
        "weiter gemacht. Vielleicht können Sie das prüfen für nächste Mal.\n\nD. Nowak",
        client="thunderbird", reply="cr-1119", style="thunderbird", staff=True,
        extra=("technical",), note="yes plus a video problem to look into")  # fmt: skip
    yes("dd20_lehmann_thunderbird_short_year.eml", 14, (1087,), ("2026-09-08",),
        "2026-09-08 16:20", re(1087),
        "Guten Tag,\nBehandlung 08.09.26 war stattgefunden.\nmit freundlichen Grüßen\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("dd21_lehmann_new_three_days.eml", 14, (1088, 1089, 1090),
        ("2026-09-15", "2026-09-22", "2026-09-29"), "2026-10-02 19:45", "Termine September",
        "Sehr geehrte Damen und Herren,\n\nbestätige Termine 15.09.26, 22.09.26 und "
        "29.09.26. Alle mit Video.\n\nMfG\nA. Lehmann",
        client="thunderbird")  # fmt: skip
    yes("dd22_berger_outlook_classic.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:40",
        re(1142),
        "Guten Tag,\n\nja, Termin am 06.05 war.\n\nMit freundlichen Grüßen\nU. Berger",
        client="outlook", reply="cr-1142", style="outlook_classic")  # fmt: skip
    yes("dd23_berger_samsung_two_days.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-21 08:30", re(1144),
        "13.05 und 20.05 beides war. Danke schön\nUrszula Berger",
        client="samsung", reply="cr-1144", style="samsung",
        note="under the request for 20.05, adds 13.05")  # fmt: skip

    no("dd35_popescu_link_failed.eml", 7, ("technical", "question"), "2026-06-23 13:15",
       re(1049),
       "Guten Tag,\nleider Termin heute hat nicht stattgefunden. Link hat nicht funktioniert, "
       "ich habe 20 Minuten gewartet aber niemand ist gekommen. Was soll ich machen?\n"
       "Elena Popescu",
       client="yahoo", reply="cr-1049", style="yahoo",
       note="under our request, but the session did not take place")  # fmt: skip
    no("dd36_nowak_code_question.eml", 19, ("question",), "2026-11-25 18:30",
       video_link_subject(1119),
       "Guten Tag, muss ich für Freitag 27.11 neue Code nehmen oder gleiche wie letzte Mal?\n"
       "Danke, D. Nowak",
       client="thunderbird", reply="vl-1119", style="thunderbird",
       note="question about a coming session")  # fmt: skip
    no("dd40_lehmann_cancelled_by_phone.eml", 14, ("cancellation", "other"), "2026-10-06 15:10",
       re(1091),
       "Guten Tag,\nTermin 06.10 ich hatte telefonisch abgesagt am Montag, es war nicht. "
       "Bitte nicht abrechnen.\nMfG A. Lehmann",
       client="thunderbird", reply="cr-1091", style="thunderbird",
       note="under our request: the session did not take place, cancelled by phone")  # fmt: skip
    no("dd41_berger_reminder_ok.eml", 24, ("other",), "2026-06-02 10:15", reminder_subject(1146),
       "Ja, Termin morgen um 9 Uhr passt. Danke\nU. Berger",
       client="samsung", reply="rem-1146", style="samsung", staff=False,
       note="acknowledges a reminder for a coming session; nothing to do")  # fmt: skip


def english_writers() -> None:
    # Emily Carter (11), James O'Neill (23)
    yes("dd16_carter_gmail_en.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        re(1069, "Re"),
        "Hi,\n\nyes, confirming that today's session on Aug 3 took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("dd17_carter_us_dates.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 22:31", "Confirmation 8/10 and 8/17",
        "Hello,\n\nI'm confirming my physio sessions on 8/10 and 8/17, both by video. Sorry "
        "for the delay!\n\nBest,\nEmily Carter",
        client="gmail", note="US month/day dates")  # fmt: skip
    yes("dd18_oneill_the_14th.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 07:48",
        re(1136, "RE"),
        "Yes, that took place on the 14th. Cheers, James",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("dd19_oneill_learner_german_iphone.eml", 23, (1138,), (), "2026-04-29 08:03",
        re(1138, "Re"),
        "Ja, es hat stattgefunden. Danke schön!\n\nJames\n\nSent from my iPhone",
        client="iphone", reply="cr-1138", style="iphone",
        note="a yes under our request for 28.04.2026 without a day")  # fmt: skip

    no("dd37_carter_cancel_travel.eml", 11, ("cancellation", "reschedule"), "2026-09-03 09:12",
       "Cancel Sept 7",
       "Hi there,\n\nI need to cancel my session on Sept 7, I'll be travelling that week. "
       "Could we do the Monday after instead?\n\nThanks,\nEmily",
       client="gmail")  # fmt: skip


def german_writers() -> None:
    yes("dd24_krueger_webde_nodate.eml", 1, (1003,), (), "2026-01-27 12:05", re(1003),
        "Ja, hat stattgefunden.\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026")  # fmt: skip
    yes("dd25_becker_gmx_short_date.eml", 2, (1010,), ("2026-02-02",), "2026-02-03 08:15",
        re(1010),
        "Bestätige den Termin vom 2.2.\nMfG T. Becker",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("dd26_wolff_tonline_two_days.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-26 10:02", "Bestätigung Krankengymnastik",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Termine am 16. und "
        "23. Januar.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", note="'16. und 23. Januar': two days")  # fmt: skip
    yes("dd27_neumann_freenet_date.eml", 9, (1056,), ("2026-07-07",), "2026-07-08 09:12",
        re(1056),
        "Guten Morgen,\ndie Behandlung am 7.7. hat stattgefunden.\nGisela Neumann",
        client="plain", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("dd28_koch_tonline_date.eml", 18, (1109,), ("2026-03-23",), "2026-03-24 10:00",
        re(1109),
        "Die Behandlung am 23.3. fand statt.\nR. Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("dd29_schulz_thumbs_up.eml", 5, (1034,), (), "2026-04-16 18:11", re(1034, "Re"),
        "Ja 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1034", style="iphone",
        note="a yes under our request for 16.04.2026")  # fmt: skip
    yes("dd30_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 16:30",
        re(1043),
        "Guten Tag,\n\nbeide Termine am 18.05. (KG am Gerät morgens und MT mittags) haben "
        "stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18.05 confirmed")  # fmt: skip
    yes("dd31_hartmann_yes_forms_question.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 21:00",
        re(1120),
        "Hallo,\nja, der Termin am 03.11. hat stattgefunden.\nDie Unterlagen hatte ich ja "
        "schon geschickt, oder fehlt da noch was?\nViele Grüße\nLeonie Hartmann",
        client="webde", reply="cr-1120", style="webde", staff=True, extra=("question",),
        note="yes plus a question whether forms are missing")  # fmt: skip

    no("dd39_zimmermann_nobody_called.eml", 15, ("other",), "2026-10-19 14:30", re(1095),
       "Die Behandlung am 19.10. hat nicht stattgefunden, es hat keiner angerufen. Ich war "
       "den ganzen Vormittag zuhause.\nK. Zimmermann",
       client="samsung", reply="cr-1095", style="samsung",
       note="under our request, but the session did not take place")  # fmt: skip
    no("dd42_hoffmann_reschedule_video.eml", 6, ("reschedule",), "2026-05-29 17:40",
       video_link_subject(1045),
       "Hallo,\n\nkönnen wir den Termin am Montag, 1.6., auf 8:30 verschieben? Um 7:30 "
       "schaffe ich es diesmal nicht.\n\nGruß\nPeter Hoffmann",
       client="outlook", reply="vl-1045", style="outlook")  # fmt: skip


def main() -> None:
    load_practice()
    turkish_writers()
    romanian_polish_russian_writers()
    english_writers()
    german_writers()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
