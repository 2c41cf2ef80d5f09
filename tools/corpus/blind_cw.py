"""Write blind set CW: a plain, representative inbox of the whole year, 45 mails (35 confirmations, 10 look-alikes). Most are
short replies under our confirmation request from phones and webmail (with and without the
date), some new mails naming one or several days, a few late ones, a few with a question or
a problem beside the yes; a mother confirms for her daughter from the family address, and
one patient writes from her second registered address. The ten look-alikes are the usual
ones: replies to a reminder, a cancellation, a reschedule wish, a question about a coming
session, missed sessions, a session cut short, a reply to a video-link mail.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cw`.
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

HERE = data_dir("blind_cw")


def winter() -> None:
    yes("cw01_krueger_reply_with_date.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:40", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cw02_krueger_two_days_new_mail.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-11 08:15", "Bestätigung 3.2. und 10.2.",
        "Guten Morgen,\n\nhiermit bestätige ich die beiden Termine am 3.2. und 10.2., beide haben"
        " stattgefunden. Hatte die Mail letzte Woche übersehen, sorry.\n\nViele Grüße\nSabine Krüger",
        client="webde", note="new mail, two days, a week late for the first")  # fmt: skip
    no("cw03_krueger_reply_to_reminder.eml", 1, ("other",), "2026-02-16 11:00", reminder_subject(1006),
       "Danke für die Erinnerung, ich bin morgen dabei!\n\nLG Sabine",
       client="webde", reply="rem-1006", style="webde", staff=False,
       note="answers the reminder for tomorrow: nothing to record, nothing to do")  # fmt: skip
    yes("cw04_becker_same_evening.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:45", re(1010),
        "Ja hat stattgefunden, heute 2.2.\n\nGruß Thomas",
        client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("cw05_becker_three_days_outlook.eml", 2, (1011, 1012, 1013),
        ("2026-02-05", "2026-02-09", "2026-02-12"), "2026-02-13 07:50", "Termine Februar",
        "Hallo zusammen,\n\nkurz gesammelt: die Telefontermine am 05.02., 09.02. und 12.02. haben"
        " alle stattgefunden.\n\nViele Grüße\nThomas Becker\n\nVon meinem Outlook gesendet",
        client="outlook")  # fmt: skip
    no("cw06_becker_cancels_tomorrow.eml", 2, ("cancellation",), "2026-03-01 18:00", reminder_subject(1018),
       "Hallo,\n\nmorgen muss ich leider absagen, ich bin kurzfristig auf Dienstreise in Hamburg.\n"
       "Melde mich wegen eines neuen Termins.\n\nGruß Thomas Becker",
       client="gmail", reply="rem-1018", style="gmail",
       note="cancels the session of 02.03. under our reminder")  # fmt: skip
    yes("cw07_wolff_formal_tonline.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 09:12", re(1028),
        "Sehr geehrte Damen und Herren,\n\nich bestätige, dass die Krankengymnastik am Freitag, dem"
        " 16. Januar 2026 telefonisch durchgeführt wurde.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("cw08_wolff_two_days_and_wife.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-02 10:30", "Bestätigung Behandlungen",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlungen vom 23.01.2026 und 30.01.2026.\n\n"
        "Meine Frau lässt fragen, ob sie bei Ihnen auch einen Termin bekommen kann, sie hat seit"
        " Wochen Probleme mit der Schulter. Bitte rufen Sie sie an unter 0171 4455872.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", staff=True, extra=("question",),
        note="two days confirmed; the wife (not a patient) wants an appointment")  # fmt: skip
    no("cw09_wolff_wants_to_move.eml", 4, ("reschedule",), "2026-02-10 16:05", "Termin Freitag 13.2.",
       "Guten Tag,\n\nkönnen wir den Termin am Freitag 13.2. auf Montag oder Dienstag verschieben?"
       " Ich habe Freitag nachmittag einen Arzttermin beim Kardiologen.\n\nMit freundlichen Grüßen\n"
       "Hans-Jürgen Wolff",
       client="tonline", note="reschedule wish for a coming session")  # fmt: skip
    yes("cw10_wagner_no_date.eml", 21, (1124,), (), "2026-01-12 11:50", re(1124),
        "Hallo, ja, fand statt. LG Sophie",
        client="webde", reply="cr-1124", style="webde", note="a bare yes under our request")  # fmt: skip
    yes("cw11_aydin_learner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:00", re(1130),
        "Hallo,\nich bestatige Termin 19.02 war gemacht mit Telefon.\nDanke\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip


def spring() -> None:
    yes("cw12_demir_iphone_emoji.eml", 3, (1019,), (), "2026-03-04 10:20", re(1019),
        "ja hat geklappt, alles gut 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1019", style="iphone", note="a yes under our request, no day")  # fmt: skip
    yes("cw13_demir_yes_and_question.eml", 3, (1022,), ("2026-03-25",), "2026-03-25 11:00", re(1022),
        "Hallo,\n\nja die Behandlung am 25.3. hat stattgefunden. Nächste Woche kann ich ja nicht, das"
        " hatte ich am Telefon schon gesagt – bleibt es danach beim 8.4. um halb neun?\n\nLG Aylin",
        client="gmail", reply="cr-1022", style="gmail", staff=True, extra=("question",),
        note="confirms 25.03. and asks about the coming session")  # fmt: skip
    no("cw14_demir_nobody_came.eml", 3, ("other",), "2026-04-15 10:15", re(1025),
       "Hallo, heute ist niemand ins Video gekommen, ich habe 20 Minuten gewartet und dann"
       " aufgelegt. Was ist da passiert?\nAylin Demir",
       client="iphone", reply="cr-1025", style="iphone",
       note="the session of 15.04. did not take place: a no under our request")  # fmt: skip
    yes("cw15_koch_two_days_reply.eml", 18, (1110, 1111), ("2026-03-25", "2026-03-30"),
        "2026-03-30 17:45", re(1111),
        "Guten Tag,\n\nja, die Behandlung heute am 30.3. hat stattgefunden. Den Termin am Mittwoch"
        " 25.3. hatte ich noch nicht bestätigt, der hat auch stattgefunden.\n\nGruß R. Koch",
        client="tonline", reply="cr-1111", style="tonline")  # fmt: skip
    yes("cw16_oneill_english_next_morning.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:00", re(1136),
        "Hi,\n\nconfirming that last night's session (14/04) took place.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("cw17_schulz_mother_same_day.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:05", re(1034),
        "Hallo,\n\nja, Marie hatte heute (16.4.) ihre Stunde per Video, hat gut geklappt.\n\n"
        "Viele Grüße\nKatrin Schulz (Mutter)",
        client="thunderbird", reply="cr-1034", style="thunderbird", name="Katrin Schulz",
        note="the mother answers for her daughter from the registered family address")  # fmt: skip
    yes("cw18_schulz_mother_two_days.eml", 5, (1035, 1036), ("2026-04-23", "2026-04-30"),
        "2026-05-01 09:30", "Marie Schulz – Termine 23.04. und 30.04.",
        "Guten Tag,\n\nhiermit bestätige ich für meine Tochter Marie Schulz die Videotermine am 23.04."
        " und am 30.04., beide haben stattgefunden.\n\nMfG\nK. Schulz",
        client="thunderbird", name="Katrin Schulz")  # fmt: skip
    yes("cw19_schulz_mother_holiday_question.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 19:30", re(1037),
        "Ja, 7.5. war.\n\nNächsten Donnerstag ist doch Himmelfahrt, ist da trotzdem Termin? Wir"
        " wären an dem Tag unterwegs.\n\nK. Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird", name="Katrin Schulz",
        staff=True, extra=("question",), note="confirms 07.05. and asks about 14.05. (no appointment)")  # fmt: skip
    yes("cw20_hoffmann_two_sessions_one_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:20", re(1043),
        "Guten Tag,\n\nbeide Termine heute (18.05., früh KG am Gerät und mittags die Manuelle Therapie)"
        " haben stattgefunden.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="one day, both sessions of that day")  # fmt: skip
    yes("cw21_berger_weekday_only.eml", 24, (1142,), (), "2026-05-06 12:10", re(1142),
        "Ja, die Behandlung hat stattgefunden. Vielen Dank, es geht mir schon besser.\n\n"
        "Ursula Berger",
        client="plain", reply="cr-1142", style="thunderbird", note="yes under our request, no day")  # fmt: skip
    no("cw22_berger_had_cancelled.eml", 24, ("cancellation",), "2026-06-10 11:00", re(1147),
       "Guten Tag,\n\nheute war keine Behandlung, ich hatte doch letzte Woche angerufen und abgesagt"
       " weil ich ins Krankenhaus muss. Bitte tragen Sie das aus.\n\nU. Berger",
       client="plain", reply="cr-1147", style="thunderbird",
       note="the session of 10.06. did not take place; phoned cancellation not entered")  # fmt: skip


def summer() -> None:
    yes("cw23_popescu_yahoo_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:15", re(1046),
        "Hallo, ja ich hatte heute die Therapie, 2.6.\nDanke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("cw24_popescu_bad_video.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 14:00", re(1047),
        "Guten Tag,\nBehandlung am 09.06 war, aber die Video war sehr schlecht, ich habe nicht gut"
        " gehört die Therapeutin, nach 10 minuten wir haben dann telefoniert. Ist das ok so?\n"
        "Elena Popescu",
        client="yahoo", reply="cr-1047", style="yahoo", staff=True, extra=("technical", "question"),
        note="took place, partly by phone after video trouble; asks if that is fine")  # fmt: skip
    yes("cw25_richter_iphone_short.eml", 8, (1051,), (), "2026-06-03 20:30", re(1051),
        "Jep, hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("cw26_richter_three_late.eml", 8, (1052, 1053, 1054), ("2026-06-10", "2026-06-17", "2026-06-24"),
        "2026-06-25 22:10", "Bestätigung Juni",
        "Hi,\n\nsorry für die Verspätung – die Termine am 10., 17. und 24. Juni haben alle"
        " stattgefunden.\n\nGrüße\nJonas",
        client="apple")  # fmt: skip
    no("cw27_richter_missed.eml", 8, ("reschedule",), "2026-07-01 20:00", re(1055),
       "Mist, hab den Termin heute verpasst, saß noch im Büro fest. Sorry! Können wir das"
       " nachholen?\n\nJonas\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1055", style="iphone",
       note="missed the session of 01.07., wants to make it up")  # fmt: skip
    yes("cw28_neumann_formal.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 16:20", re(1056),
        "Sehr geehrtes Praxisteam,\n\nich bestätige Ihnen gerne daß die Behandlung am Dienstag 7. Juli"
        " am Telefon stattgefunden hat. Die Übungen mache ich jeden Morgen.\n\nMit freundlichen"
        " Grüßen\nGisela Neumann",
        client="plain", reply="cr-1056", style="thunderbird")  # fmt: skip
    no("cw29_neumann_no_call.eml", 9, ("other",), "2026-07-16 11:30", re(1059),
       "Guten Tag,\n\ndie Behandlung heute hat nicht stattgefunden, es hat niemand angerufen. Ich war"
       " den ganzen Vormittag zuhause am Telefon.\n\nMfG\nG. Neumann",
       client="plain", reply="cr-1059", style="thunderbird",
       note="the session of 16.07. did not take place")  # fmt: skip
    yes("cw30_brandt_bottom_post.eml", 10, (1063,), ("2026-07-03",), "2026-07-04 10:00", re(1063),
        "ja, fand statt (03.07.)\n\n-- \nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("cw31_carter_english_same_day.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:10", re(1069),
        "Hi,\n\nyes, I had my session today (Aug 3). Thanks a lot!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cw32_carter_two_new_mail.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 09:40", "Confirming sessions",
        "Hello,\n\njust to confirm that both sessions on 10 August and 17 August took place.\n\n"
        "Best,\nEmily Carter",
        client="gmail")  # fmt: skip
    yes("cw33_yildiz_lowercase.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:00", re(1075),
        "hallo ja behandlung war am 5.8 danke",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("cw34_yildiz_asks_replacement.eml", 12, (1078,), (), "2026-08-26 18:40", re(1078),
        "Ja hat stattgefunden. Am 19. war ja ausgefallen, bekomme ich dafür einen Ersatztermin?\n\n"
        "Fatma Yildiz",
        client="webde", reply="cr-1078", style="webde", staff=True, extra=("question",),
        note="yes under our request for 26.08.; names the cancelled 19.08. and asks for a replacement")  # fmt: skip


def autumn() -> None:
    yes("cw35_vogel_terse.eml", 13, (1082,), (), "2026-09-10 09:05", re(1082),
        "Bestätigt.\n\nDr. M. Vogel\nVogel & Partner Rechtsanwälte\nTel. 0211 8844 120",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    no("cw36_vogel_cancels.eml", 13, ("cancellation",), "2026-10-05 08:00", video_link_subject(1086, "AW"),
       "Guten Morgen,\n\nden Termin am 8.10. muss ich absagen, ich habe einen Gerichtstermin.\n\n"
       "Dr. M. Vogel",
       client="outlook", reply="vl-1086", style="outlook_classic",
       note="cancels 08.10. under our video-link mail")  # fmt: skip
    yes("cw37_lehmann_missed_one.eml", 14, (1089,), ("2026-09-22",), "2026-09-22 16:00", re(1089),
        "Hallo,\n\nich bestätige die Behandlung vom 22.09. Den Termin letzte Woche (15.9.) hatte ich"
        " leider verpasst, der ist also nicht zu zählen.\n\nBeste Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird", staff=True,
        note="confirms 22.09.; 15.09. did not take place and is still open")  # fmt: skip
    yes("cw38_zimmermann_samsung.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:30", re(1093),
        "Ja der Termin am 5.10 hat statt gefunden\n\nGesendet von meinem Samsung Galaxy",
        client="samsung", reply="cr-1093", style="samsung")  # fmt: skip
    no("cw39_zimmermann_mobile_number.eml", 15, ("question",), "2026-11-01 12:00", reminder_subject(1097),
       "Danke, ich bin am Montag da. Können Sie mich diesmal auf dem Handy anrufen statt auf dem"
       " Festnetz? 0160 9123 4411\n\nKlaus Zimmermann\n\nGesendet von meinem Samsung Galaxy",
       client="samsung", reply="rem-1097", style="samsung",
       note="answers the reminder and asks to be called on another number")  # fmt: skip
    yes("cw40_schaefer_office_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:30", re(1098),
        "Guten Morgen,\n\ndie Behandlung gestern Abend (07.10.) hat stattgefunden.\n\nViele Grüße\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0221 556 7780",
        client="outlook", reply="cr-1098", style="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer", note="from her second registered address")  # fmt: skip
    yes("cw41_schaefer_october_late.eml", 16, (1099, 1100, 1101), ("2026-10-14", "2026-10-21", "2026-10-28"),
        "2026-11-02 20:15", "Bestätigung Oktober",
        "Hallo,\n\nich habe gemerkt, dass ich für Oktober noch nichts bestätigt habe: 14.10., 21.10."
        " und 28.10. – alle drei Termine haben stattgefunden.\n\nLG Birgit Schäfer",
        client="webde")  # fmt: skip
    no("cw42_schaefer_cut_short.eml", 16, ("technical", "question"), "2026-11-04 21:10", re(1102),
       "Hallo,\n\nheute ging es nur ca. 10 Minuten, dann ist die Verbindung abgebrochen und es kam"
       " keiner mehr rein. Wie wird das jetzt abgerechnet?\n\nLG Birgit Schäfer",
       client="webde", reply="cr-1102", style="webde",
       note="the session of 04.11. did not fully take place: not a confirmation")  # fmt: skip
    yes("cw43_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:00", re(1104),
        "Moin,\n\njo, Termin am 22.10. hat stattgefunden.\n\nGruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("cw44_nowak_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:05", re(1116, "Re"),
        "Bestätige hiermit den Termin am 06.11.2026.\n\nVG David",
        client="plain", reply="cr-1116", style="gmail_en")  # fmt: skip
    yes("cw45_hartmann_forms_question.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:00", re(1120),
        "Ja die Behandlung am 3.11 hat stattgefunden!\n\nMuss ich die Formulare nochmal schicken"
        " oder sind die angekommen?\n\nLeonie",
        client="webde", reply="cr-1120", style="webde", staff=True, extra=("question",),
        note="confirms 03.11. and asks whether her forms arrived")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
