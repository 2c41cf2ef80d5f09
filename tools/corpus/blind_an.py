"""Write blind set AN: an ordinary evening inbox of mostly statutory (gkv) KG patients.

Commuters, working parents, a student, two retired couples and a learner of German answer
quickly from their phones: short yes answers under our request with and without a day,
days written as people write them (with and without dots or year, weekdays, "heute",
"gestern", "vorhin", "letzten Donnerstag", month names and abbreviations), two to five
days in one mail, a few answers weeks late, two in English. 34 mails confirm at least one
session (two of them also ask for something or report a missed day); 10 look like
confirmations and are not: two cancellations, two missed sessions, two reschedule wishes,
two questions about a coming session and two thank-yous for a reminder.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_an`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_an")


def commuters_and_parents() -> None:
    yes("an01_webde_ja_hat_stattgefunden.eml", 1, (1003,), (), "2026-01-27 19:48", re(1003),
        "Ja, hat stattgefunden.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("an02_iphone_am_3_2.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 20:15",
        re(1004, "Re"),
        "Ja am 3.2. war die Behandlung\nGruß S. Krüger\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1004", style="iphone")  # fmt: skip
    yes("an03_gmail_heute_morgen_bottom.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 21:02",
        re(1019, "Re"),
        "hallo, ja heute morgen um halb neun war die KG per video. danke!\naylin",
        client="gmail", reply="cr-1019", style="gmail", bottom=True,
        note="'heute' in a mail of 04.03.2026")  # fmt: skip
    yes("an04_gmail_two_days_new_mail.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-18 22:10", "Bestätigung 11.03. und 18.03.",
        "Hallo liebes Praxisteam,\n\nich hab letzte Woche vergessen zu antworten, sorry!"
        " Hiermit bestätige ich die Termine am 11.03 und heute (18.03).\n\n"
        "Liebe Grüße\nAylin Demir",
        client="gmail")  # fmt: skip
    yes("an05_thunderbird_mother_heute.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 20:40",
        re(1034, "Re"),
        "Hallo,\n\nja, Marie hatte heute ihre Stunde, hat gut geklappt.\n\nViele Grüße\n"
        "Katrin Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", name="Katrin Schulz",
        note="the mother confirms her daughter's session of today from the registered address")  # fmt: skip
    yes("an06_samsung_mother_three_late.eml", 5, (1035, 1036, 1037),
        ("2026-04-23", "2026-04-30", "2026-05-07"), "2026-05-07 21:15", re(1035),
        "Sorry für die späte Antwort! Die Termine am 23.4. und 30.4. waren beide, Marie war"
        " jeweils da. Heute auch.\nGruß K. Schulz\n\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1035", style="samsung", name="Katrin Schulz",
        note="two weeks late under the request for 23.04; 'heute' is 07.05.2026")  # fmt: skip
    yes("an07_gmx_outlook_signature.eml", 16, (1098,), (), "2026-10-07 21:40", re(1098),
        "Hallo,\nja, hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nBirgit Schäfer, Steuerberaterin\nAm Wall 12, 28195 Bremen\n"
        "Tel. 0421 55 66 77 0 | Fax 0421 55 66 77 9\nwww.schaefer-steuerberatung.de",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="a yes from her second registered (work) address; address and phone are signature")  # fmt: skip
    yes("an08_iphone_vorhin.eml", 16, (1100,), ("2026-10-21",), "2026-10-21 21:15",
        re(1100, "Re"),
        "Termin vorhin hat stattgefunden, danke!\nLG Birgit\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1100", style="iphone",
        note="'vorhin' is the 19:00 session of the same evening")  # fmt: skip
    yes("an09_webde_two_days_and_move.eml", 16, (1101, 1102), ("2026-10-28", "2026-11-04"),
        "2026-11-05 21:40", "Mi 28.10. und Mi 4.11.",
        "Hallo,\n\nkurz zur Bestätigung: 28.10. und gestern 4.11. fanden beide statt.\n\n"
        "Könnten wir nächste Woche evtl. um halb acht statt um sieben anfangen? Die Kinder"
        " sind mittwochs erst um sieben im Bett.\n\nGrüße\nB. Schäfer",
        client="webde", staff=True, extra=("reschedule",), sender="birgit.schaefer@gmx.net",
        note="two days confirmed, plus a wish to move next week's session half an hour")  # fmt: skip
    yes("an10_gmx_sbahn_heute.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 18:45",
        re(1124),
        "Ja, Termin heute hat stattgefunden.\nGrüße aus der S-Bahn\nSophie Wagner",
        client="webde", reply="cr-1124", style="webde")  # fmt: skip
    yes("an11_mo_jan_abbreviation.eml", 21, (1125,), ("2026-01-19",), "2026-01-20 07:50",
        "Bestätigung Mo. 19.1.",
        "Guten Morgen,\n\nhiermit bestätige ich den Termin am Mo., 19. Jan.\n\nViele Grüße\n"
        "Sophie Wagner",
        client="iphone")  # fmt: skip
    yes("an12_iphone_first_session_bottom.eml", 20, (1120,), ("2026-11-03",),
        "2026-11-03 21:00", re(1120, "Re"),
        "Hallo, ja erster Termin heute hat gut geklappt! 😊\nLiebe Grüße Leonie",
        client="iphone", reply="cr-1120", style="iphone", bottom=True)  # fmt: skip


def retired() -> None:
    yes("an13_tonline_freitag_16_januar.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 18:30",
        re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung"
        " am Freitag, den 16. Januar 2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("an14_tonline_wife_am_freitag.eml", 4, (1030,), ("2026-01-30",), "2026-02-01 11:20",
        re(1030),
        "Guten Tag,\n\nmein Mann lässt ausrichten: die Behandlung am Freitag hat"
        " stattgefunden. Er kommt mit dem Computer nicht so gut zurecht.\n\n"
        "Freundliche Grüße\nIngrid Wolff",
        client="tonline", reply="cr-1030", style="tonline",
        note="the wife writes from his address; 'am Freitag' on Sunday 01.02 is 30.01")  # fmt: skip
    yes("an15_tonline_three_late_gestern.eml", 4, (1031, 1032, 1033),
        ("2026-02-06", "2026-02-13", "2026-02-20"), "2026-02-21 10:05", "Behandlungen Februar",
        "Guten Morgen,\n\nich habe gesehen, dass ich auf einige Mails noch nicht geantwortet"
        " habe. Die Behandlungen am 6.2., 13.2. und gestern 20.2. haben alle stattgefunden.\n\n"
        "MfG\nH.-J. Wolff",
        client="tonline",
        note="two of the three days are more than a week late")  # fmt: skip
    yes("an16_outlook_heute_frueh.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 17:45",
        re(1056),
        "Guten Tag,\n\ndie Gymnastik am Telefon heute früh hat stattgefunden.\n\n"
        "Herzliche Grüße\nGisela Neumann",
        client="outlook", reply="cr-1056", style="outlook_classic")  # fmt: skip
    yes("an17_husband_donnerstag_9_7.eml", 9, (1057,), ("2026-07-09",), "2026-07-09 20:00",
        re(1057),
        "Meine Frau bestätigt die Behandlung vom Donnerstag 9.7.\nGruß\nWerner Neumann",
        client="outlook", reply="cr-1057", style="outlook_classic",
        note="the husband writes for her from her registered address")  # fmt: skip
    yes("an18_two_days_month_name.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 19:10", "Bestätigung",
        "Hallo liebes Team,\n\nhiermit bestätige ich Dienstag den 14. und Donnerstag den 16."
        " Juli. Beide Male hat das Telefonieren gut geklappt.\n\nHerzliche Grüße\n"
        "Gisela Neumann",
        client="outlook")  # fmt: skip
    yes("an19_thunderbird_full_date.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 18:20",
        re(1093),
        "Guten Abend,\n\nBestätigung für die Krankengymnastik am 05.10.2026 per Telefon.\n\n"
        "Mit freundlichem Gruß\nKlaus Zimmermann",
        client="thunderbird", reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("an20_letzten_montag.eml", 15, (1095,), ("2026-10-19",), "2026-10-23 19:30",
        re(1095),
        "Guten Tag,\n\ndie Behandlung letzten Montag hat stattgefunden, ich hatte vergessen zu"
        " antworten.\n\nGruß\nK. Zimmermann",
        client="thunderbird", reply="cr-1095", style="thunderbird",
        note="'letzten Montag' on Friday 23.10 under the request for 19.10")  # fmt: skip
    yes("an21_tonline_montag_23_maerz.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 18:00",
        re(1109),
        "Ja, die Behandlung am Montag, 23. März hat stattgefunden.\n\nMit freundlichen Grüßen\n"
        "Renate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("an22_three_days_month_names.eml", 18, (1110, 1111, 1112),
        ("2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-02 19:30", "Meine Termine",
        "Sehr geehrtes Praxisteam,\n\nich bestätige die Termine vom 25. März, 30. März und"
        " 1. April.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("an23_heute_morgen_kabel.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 19:40",
        re(1142),
        "Guten Abend, ja die Behandlung war heute morgen.\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("an24_five_weeks_one_missed.eml", 24, (1143, 1144, 1145, 1147),
        ("2026-05-13", "2026-05-20", "2026-05-27", "2026-06-10"), "2026-06-12 18:00",
        "Behandlungen Mai/Juni",
        "Liebe Praxis,\n\nich muss noch einiges bestätigen: 13.5., 20.5., 27.5. und 10.6.,"
        " alles per Telefon gemacht. Am 3.6. war ich beim Arzt, da hat mich keiner erreicht,"
        " der Termin war also nicht.\n\nUrsula Berger",
        client="thunderbird", staff=True,
        note="four late days confirmed; 03.06 did not take place, staff must see it")  # fmt: skip


def students_workers_learners() -> None:
    yes("an25_yahoo_learner_heute.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 19:55",
        re(1046),
        "Guten Abend,\nich bestätige das Termin heute war. Vielen dank für die Übungen\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("an26_yahoo_learner_9_juni.eml", 7, (1047,), ("2026-06-09",), "2026-06-10 22:30",
        "Termin 9 Juni",
        "Hallo,\nBehandlung von Dienstag 9 Juni war stattgefunden.\nMit freundliche Grüße\n"
        "Elena Popescu\n\nGesendet von Yahoo Mail auf Android",
        client="yahoo")  # fmt: skip
    yes("an27_webde_ja_war_heute.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 21:30",
        re(1075),
        "Ja war heute. Danke",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("an28_samsung_gestern_lower.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 07:15",
        re(1078),
        "Guten morgen ja gestern hat die behandlung stattgefunden\nFatma Yildiz\n\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip
    yes("an29_gmail_jap.eml", 14, (1087,), (), "2026-09-08 22:45", re(1087, "Re"),
        "jap, hat stattgefunden :) danke & lg anna",
        client="gmail", reply="cr-1087", style="gmail")  # fmt: skip
    yes("an30_gmail_student_two_late.eml", 14, (1088, 1089), ("2026-09-15", "2026-09-22"),
        "2026-09-24 23:10", "Bestätigung Di 15.9 + Di 22.9",
        "Hi,\n\nhiermit bestätige ich die beiden Termine (15.9 und 22.9), sorry dass ich erst"
        " jetzt schreibe, Prüfungsphase...\n\nLG\nAnna Lehmann",
        client="gmail")  # fmt: skip
    yes("an31_outlook_two_digit_year.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 18:10",
        re(1130),
        "Hallo,\nich bestätige die Behandlung vom 19.02.26.\nMfg Mehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("an32_letzten_donnerstag.eml", 22, (1131,), ("2026-02-26",), "2026-03-02 20:30",
        re(1131),
        "Hallo, die Behandlung letzten Donnerstag hat stattgefunden, hatte die Mail"
        " übersehen.\nGruß Mehmet",
        client="outlook", reply="cr-1131", style="outlook",
        note="'letzten Donnerstag' on Monday 02.03 under the request for 26.02")  # fmt: skip
    yes("an33_english_gmail_today.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 20:10",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
        "Yes, today's session took place. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("an34_english_two_late.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-27 21:05", "Confirmation of my sessions",
        "Hi,\n\nsorry for the delay - confirming my sessions on Aug 10 and Aug 17, both"
        " happened as planned.\n\nBest,\nEmily Carter\n\nSent from my iPhone",
        client="iphone")  # fmt: skip


def look_alikes() -> None:
    no("an35_cancel_tomorrow_sick_child.eml", 3, ("cancellation",), "2026-04-07 20:15",
       rem(1024, "Re"),
       "Hallo,\nich muss den Termin morgen leider absagen, mein Sohn ist krank.\nLG Aylin Demir",
       client="gmail", reply="rem-1024", style="gmail",
       note="cancels the session of 08.04 under our reminder")  # fmt: skip
    no("an36_cancel_monday_work.eml", 21, ("cancellation",), "2026-02-15 21:10", rem(1129),
       "Hallo,\n\nich schaffe es morgen früh leider nicht, muss kurzfristig zur Arbeit. Ich"
       " sage den Termin hiermit ab.\n\nViele Grüße\nSophie",
       client="webde", reply="rem-1129", style="webde")  # fmt: skip
    no("an37_nobody_called.eml", 18, ("other",), "2026-04-08 18:20", re(1113),
       "Guten Tag,\n\nich soll bestätigen, aber heute hat mich niemand angerufen. Ich habe ab"
       " 15 Uhr am Telefon gewartet. Bitte rufen Sie mich zurück.\n\nRenate Koch",
       client="tonline", reply="cr-1113", style="tonline",
       note="under our request, but the call of 08.04 never came: nothing to confirm")  # fmt: skip
    no("an38_nobody_in_video.eml", 5, ("other",), "2026-05-21 19:00", re(1038, "Re"),
       "Hallo,\n\nwir haben heute um halb vier den Link geöffnet, aber es kam keiner. Marie hat"
       " 20 Minuten gewartet. Das kann ich so nicht bestätigen.\n\nGruß K. Schulz",
       client="thunderbird", reply="cr-1038", style="thunderbird", name="Katrin Schulz",
       note="the video session of 21.05 did not take place")  # fmt: skip
    no("an39_move_monday.eml", 15, ("reschedule",), "2026-11-01 17:30", rem(1097),
       "Guten Tag,\n\nam Montag habe ich um halb elf einen Arzttermin. Könnten wir die"
       " Behandlung auf Dienstag legen oder später am Tag?\n\nGruß\nKlaus Zimmermann",
       client="thunderbird", reply="rem-1097", style="thunderbird")  # fmt: skip
    no("an40_student_later_time.eml", 14, ("reschedule",), "2026-10-05 21:30", rem(1091, "Re"),
       "hey, geht der termin morgen evtl auch um 15 uhr statt 13? hab da ne vorlesung die ich"
       " nicht verpassen darf\nlg anna",
       client="gmail", reply="rem-1091", style="gmail")  # fmt: skip
    no("an41_question_prepare.eml", 20, ("question",), "2026-11-08 20:10",
       "Re: Ihr Videotermin am 10.11.2026",
       "Hallo,\nmuss ich für Dienstag irgendwas vorbereiten, Matte oder so? Und reicht das"
       " Handy oder brauche ich einen Laptop?\nDanke, Leonie\n\nVon meinem iPhone gesendet",
       client="iphone", reply="vl-1121", style="iphone")  # fmt: skip
    no("an42_question_phone_or_video.eml", 22, ("question",), "2026-03-25 20:00", rem(1135),
       "Hallo, ist der Termin morgen wieder per Telefon oder per Video? Ich bin auf Arbeit"
       " und müsste mir das einrichten.\nGruß Mehmet Aydin",
       client="outlook", reply="rem-1135", style="outlook")  # fmt: skip
    no("an43_thanks_reminder_tomorrow.eml", 9, ("other",), "2026-07-20 19:00", rem(1060),
       "Danke für die Erinnerung, ich bin morgen da.\nGruß Gisela Neumann",
       client="outlook", reply="rem-1060", style="outlook_classic", staff=False,
       note="a thank-you for the reminder of 21.07, a future session")  # fmt: skip
    no("an44_thanks_reminder_wolff.eml", 4, ("other",), "2026-01-22 16:00", rem(1029),
       "Vielen Dank für die Erinnerung. Ich bin morgen um 14 Uhr erreichbar.\n\nMfG\n"
       "H.-J. Wolff",
       client="tonline", reply="rem-1029", style="tonline", staff=False,
       note="a thank-you for the reminder of 23.01, a future session")  # fmt: skip


def main() -> None:
    load_practice()
    commuters_and_parents()
    retired()
    students_workers_learners()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
