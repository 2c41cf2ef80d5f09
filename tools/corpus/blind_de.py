"""Write blind set DE: a plain inbox of the whole year, leaning towards the end of
treatment series. 43 mails: 30 that confirm at least one session (short replies under our
request in many mail programs, with and without the date, some new mails, several days at
once, a few late, a few with a question, a problem or a goodbye beside the yes), 3 that
mean to confirm but name nothing the practice may record (a cancelled day, a day without
appointment, a day already confirmed), and 10 look-alikes (a cancellation, reschedules, a
missed call, questions about a coming session or a follow-up, a video problem, a reply to a
reminder, a plain thank-you).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_de`.
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

HERE = data_dir("blind_de")


def winter() -> None:
    yes("de01_krueger_short_with_day.eml", 1, (1008,), ("2026-03-03",), "2026-03-03 14:20", re(1008),
        "Hallo,\nja die Stunde am 3.3. war.\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1008", style="webde")  # fmt: skip
    yes("de02_krueger_last_new_prescription.eml", 1, (1009,), ("2026-03-10",), "2026-03-10 16:45", re(1009),
        "Guten Tag,\n\nder Termin am 10.03. hat stattgefunden. Das war ja jetzt die letzte"
        " Stunde. Die Schulter ist besser, aber noch nicht ganz gut – brauche ich ein neues"
        " Rezept vom Hausarzt, damit wir weitermachen können, oder läuft das über Sie?\n\n"
        "Danke für alles!\nSabine Krüger",
        client="webde", reply="cr-1009", style="webde", staff=True, extra=("question",),
        note="last session confirmed; asks about a follow-up prescription")  # fmt: skip
    yes("de03_krueger_sound_broke_off.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 12:10", re(1005),
        "Ja, Termin am 10.2. war. Aber der Ton ist wieder ständig weggebrochen, am Ende"
        " haben wir übers Handy telefoniert. Kann man das nächste Mal gleich telefonisch"
        " machen?\nGruß S. Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True, extra=("technical", "question"),
        note="confirmed, with a video problem and a wish to switch to phone")  # fmt: skip
    yes("de04_becker_last_three.eml", 2, (1016, 1017, 1018), ("2026-02-23", "2026-02-26", "2026-03-02"),
        "2026-03-02 19:05", "Bestätigung letzte Termine",
        "Hallo Praxis Impulse,\n\nhiermit bestätige ich die Behandlungen (MT telefonisch) am"
        " 23.02., 26.02. und heute 02.03.\nDas war's dann – vielen Dank, der Rücken ist"
        " deutlich besser.\n\nBeste Grüße\nThomas Becker",
        client="thunderbird", note="new mail, the last three sessions of the series")  # fmt: skip
    yes("de05_becker_iphone_bestaetigt.eml", 2, (1012,), (), "2026-02-09 19:40", re(1012),
        "Bestätigt.\nT. Becker\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1012", style="iphone",
        note="a yes under our request for 09.02.2026")  # fmt: skip
    yes("de06_becker_one_yes_one_missed.eml", 2, (1013,), ("2026-02-12",), "2026-02-16 19:10", re(1014),
        "Guten Abend,\n\nam 12.02. hat die Behandlung stattgefunden. Heute hat mich aber"
        " niemand angerufen, ich war ab 17:25 erreichbar. Was ist da passiert?\n\nT. Becker",
        client="thunderbird", reply="cr-1014", style="thunderbird", staff=True,
        extra=("question",),
        note="12.02. confirmed; today's call (16.02.) did not happen")  # fmt: skip
    yes("de07_wolff_collected_late.eml", 4, (1028, 1029, 1030, 1031, 1032, 1033),
        ("2026-01-16", "2026-01-23", "2026-01-30", "2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-03-09 10:30", "Bestätigung Behandlungen Januar/Februar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen"
        " Behandlungen am 16.01., 23.01., 30.01., 06.02., 13.02. und 20.02.2026.\n"
        "Entschuldigen Sie bitte die Verspätung, ich lag zwei Wochen im Krankenhaus und"
        " komme erst jetzt an meine Post.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", note="new mail weeks later, six sessions at once")  # fmt: skip
    yes("de08_wagner_very_late.eml", 21, (1129,), ("2026-02-16",), "2026-12-02 20:30", re(1129),
        "Sorry, hab die Mail erst jetzt beim Aufräumen gefunden – ja, die Stunde am 16.02."
        " hat stattgefunden!\nLG Sophie",
        client="gmail", reply="cr-1129", style="gmail",
        note="a reply ten months late")  # fmt: skip
    yes("de09_aydin_short_learner.eml", 22, (1135,), ("2026-03-26",), "2026-03-26 15:30", re(1135),
        "Hallo ich bestatige termin 26.03 war telefon. danke\nMehmet Aydin",
        client="outlook", reply="cr-1135", style="outlook")  # fmt: skip


def spring() -> None:
    yes("de10_demir_last_review.eml", 3, (1026,), ("2026-04-22",), "2026-04-22 12:30", re(1026),
        "Hallo,\nja der Termin am 22.04 hat stattgefunden. Danke euch für die Geduld mit"
        " mir um halb neun morgens 😅\nIch würde gern eine Bewertung bei Google schreiben,"
        " unter welchem Namen finde ich euch da?\n\nLiebe Grüße\nAylin",
        client="gmail", reply="cr-1026", style="gmail", staff=True, extra=("question",),
        note="last session confirmed; asks where to leave a review")  # fmt: skip
    yes("de11_demir_heute.eml", 3, (1022,), ("2026-03-25",), "2026-03-25 10:14", re(1022),
        "jaa war heute, danke",
        client="gmail", reply="cr-1022", style="gmail", note="'heute' under the request of 25.03.")  # fmt: skip
    yes("de12_koch_question_next.eml", 18, (1114,), ("2026-04-13",), "2026-04-13 17:00", re(1114),
        "Ja, die Behandlung am Montag den 13.4. hat stattgefunden.\nUnd am Mittwoch ist"
        " dann die letzte, oder? Rufen Sie wieder auf dem Festnetz an?\n\nRenate Koch",
        client="tonline", reply="cr-1114", style="tonline", staff=True, extra=("question",),
        note="confirmed, with a question about the coming session")  # fmt: skip
    yes("de13_schulz_mother_last.eml", 5, (1039,), ("2026-05-28",), "2026-05-28 18:30", re(1039),
        "Guten Tag,\n\nMarie hatte heute (28.05.) ihre letzte Stunde, hat alles gut geklappt."
        " Vielen Dank, sie darf jetzt wieder zum Training.\n\nViele Grüße\nKatrin Schulz",
        client="thunderbird", reply="cr-1039", style="thunderbird", name="Katrin Schulz",
        note="the mother confirms her daughter's last session")  # fmt: skip
    yes("de14_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:25", re(1043),
        "Bestätige beide Termine vom 18.05. (morgens Gerät, mittags MT).\n\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, both confirmed")  # fmt: skip
    yes("de15_hoffmann_last_invoice.eml", 6, (1045,), ("2026-06-01",), "2026-06-01 08:40", "Termin 01.06.",
        "Guten Morgen,\n\ndie heutige Einheit am 01.06. fand statt.\nBitte schicken Sie mir"
        " die Rechnung für die ganze Serie gesammelt, für die Beihilfe brauche ich sie mit"
        " Diagnose.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", staff=True, extra=("question",),
        note="new mail confirming the last session; asks for a collected invoice")  # fmt: skip
    yes("de16_oneill_last_invoice.eml", 23, (1141,), ("2026-05-19",), "2026-05-19 21:40", re(1141),
        "Hi there,\n\nconfirming that my last session on 19 May went ahead. Could you send"
        " the invoice to my work address (j.oneill@brightpath-consulting.com) instead of"
        " this one?\n\nCheers,\nJames",
        client="outlook", reply="cr-1141", style="outlook_en", staff=True, extra=("question",),
        note="English; confirmed, wants the invoice elsewhere")  # fmt: skip
    yes("de17_popescu_learner_thanks.eml", 7, (1050,), ("2026-06-30",), "2026-07-03 09:15", re(1050),
        "Hallo,\nich bestätige das Termin 30. Juni hat stattgefunden. Vielen dank für alles,"
        " es geht mir viel besser mit die Knie.\nSchöne Sommer!\nElena",
        client="yahoo", reply="cr-1050", style="yahoo",
        note="learner's German, three days later")  # fmt: skip
    yes("de18_richter_iphone_last.eml", 8, (1055,), ("2026-07-01",), "2026-07-01 21:05", re(1055),
        "Hat stattgefunden, 1.7. Danke & bis irgendwann!\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1055", style="iphone")  # fmt: skip


def summer() -> None:
    yes("de19_neumann_three_days.eml", 9, (1060, 1061, 1062), ("2026-07-21", "2026-07-23", "2026-07-28"),
        "2026-07-28 11:15", "Bestätigung",
        "Liebes Praxisteam,\n\nich bestätige die Anrufe am Dienstag 21.7. und Donnerstag 23.7."
        " und heute 28.7., alles gut gelaufen. Meine Enkelin hilft mir mit dem E-Mail.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain", note="new mail, the last three phone sessions")  # fmt: skip
    yes("de20_brandt_bottom_sheet.eml", 10, (1068,), ("2026-08-07",), "2026-08-09 10:20", re(1068),
        "Bestätigt, 07.08.2026.\n\nDas war die letzte der Serie. Die Therapeutin wollte mir"
        " noch ein Übungsblatt schicken, das ist aber nicht angekommen. Könnt ihr das"
        " nochmal mailen?\n\nLukas",
        client="thunderbird", reply="cr-1068", style="thunderbird", bottom=True, staff=True,
        extra=("question",), note="bottom-posted; confirmed, asks for the exercise sheet")  # fmt: skip
    yes("de21_carter_english_last.eml", 11, (1074,), ("2026-09-07",), "2026-09-07 18:02", re(1074),
        "Hi,\n\nyes, the session on 7 September took place. That was the last one on my"
        " prescription – thank you so much, my neck feels great. I'll leave you a nice"
        " review!\n\nBest,\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("de22_yildiz_lowercase.eml", 12, (1080,), ("2026-09-09",), "2026-09-09 12:40", re(1080),
        "Guten Tag ja die behandlung am 09.09 hat statt gefunden. danke schön und tschüss\n"
        "Fatma Yildiz",
        client="webde", reply="cr-1080", style="webde")  # fmt: skip
    yes("de23_yildiz_year_end_collected.eml", 12, (1075, 1076, 1078, 1079),
        ("2026-08-05", "2026-08-12", "2026-08-26", "2026-09-02"), "2026-12-14 09:10",
        "Behandlungen August September",
        "Hallo,\n\nbeim Aufräumen habe ich gesehen das ich noch nicht alles bestätigt habe."
        " Die Behandlungen am 5.8., 12.8., 26.8. und 2.9. haben stattgefunden (19.8. war ja"
        " abgesagt).\n\nSchöne Feiertage!\nFatma Yıldız",
        client="webde", note="year-end collection; the cancelled 19.8. is named as cancelled")  # fmt: skip


def autumn() -> None:
    yes("de24_vogel_follow_up.eml", 13, (1086,), ("2026-10-08",), "2026-10-08 08:52", re(1086),
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich die Behandlung vom 08.10.2026.\n"
        "Für die Folgeverordnung: Benötigen Sie die neue Verordnung im Original, oder reicht"
        " ein Scan?\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\nVogel & Partner"
        " Rechtsanwälte\nKönigsallee 14, 40212 Düsseldorf\nTel. 0211 556677-0",
        client="outlook", reply="cr-1086", style="outlook_classic", staff=True,
        extra=("question",), note="confirmed; question about the follow-up prescription")  # fmt: skip
    yes("de25_lehmann_goodbye.eml", 14, (1092,), ("2026-10-13",), "2026-10-14 08:15", re(1092),
        "Hallo,\n\nbestätige den 13.10. Danke für die Betreuung! Falls ich nochmal ein"
        " Rezept bekomme, melde ich mich wieder.\n\nLG Anna Lehmann",
        client="thunderbird", reply="cr-1092", style="thunderbird")  # fmt: skip
    yes("de26_zimmermann_moin.eml", 15, (1097,), ("2026-11-02",), "2026-11-02 13:05", re(1097),
        "Moin,\nTermin 2.11. hat stattgefunden. War ja die letzte.\nSchönen Gruß\nKlaus"
        " Zimmermann\n\nGesendet von meinem Samsung Galaxy Smartphone.",
        client="samsung", reply="cr-1097", style="samsung")  # fmt: skip
    yes("de27_schaefer_work_two.eml", 16, (1102, 1103), ("2026-11-04", "2026-11-11"), "2026-11-11 21:15", re(1103),
        "Sehr geehrte Damen und Herren,\n\ndie Videobehandlung vom 11.11.2026 hat"
        " stattgefunden. Den 04.11. bestätige ich gleich mit, das hatte ich vergessen.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0621 44 55 66",
        client="outlook", reply="cr-1103", style="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        note="from her second registered address; today's and last week's session")  # fmt: skip
    yes("de28_jansen_last_emoji.eml", 17, (1108,), ("2026-11-19",), "2026-11-19 12:03", re(1108),
        "Moin! Letzte Einheit heute (19.11.) hat gut geklappt 👍 Danke fürs Durchziehen, ich"
        " mach mit dem Trainingsplan alleine weiter.\n\nOle",
        client="gmail", reply="cr-1108", style="gmail")  # fmt: skip
    yes("de29_nowak_confirmed.eml", 19, (1119,), ("2026-11-27",), "2026-11-27 10:10", re(1119),
        "Bestätigt – 27.11. Danke, war eine gute Serie.\n\nD. Nowak",
        client="thunderbird", reply="cr-1119", style="thunderbird")  # fmt: skip
    yes("de30_hartmann_how_many.eml", 20, (1123,), ("2026-11-24",), "2026-11-24 19:45", re(1123),
        "Hallo zusammen,\n\nder Termin vom 24.11. hat stattgefunden. War das jetzt schon der"
        " letzte? Auf meinem Rezept stehen 6 Behandlungen, wir hatten aber erst 4.\n\n"
        "Liebe Grüße\nLeonie",
        client="webde", reply="cr-1123", style="webde", staff=True, extra=("question",),
        note="confirmed; asks about the remaining sessions on the prescription")  # fmt: skip


def nothing_to_record() -> None:
    yes("de31_zimmermann_cancelled_day.eml", 15, (), (), "2026-10-27 09:30", "Bestätigung 26.10.",
        "Guten Morgen,\nhiermit bestätige ich die Behandlung vom 26.10.\nKlaus Zimmermann",
        client="samsung", staff=True,
        note="26.10. was cancelled: nothing may be recorded, staff must look")  # fmt: skip
    yes("de32_vogel_day_without_appointment.eml", 13, (), ("2026-10-15",), "2026-10-15 09:00",
        "Behandlung 15.10.2026",
        "Sehr geehrtes Praxisteam,\n\nich bestätige die heutige Behandlung vom 15.10.2026.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel",
        client="outlook", staff=True,
        note="no appointment on 15.10. (series ended 08.10.): nothing matches, staff")  # fmt: skip
    yes("de33_koch_already_confirmed.eml", 18, (), ("2026-04-15",), "2026-04-15 19:30", re(1115),
        "Hallo, ja die Behandlung war heute, 15.4. Das war die letzte, vielen Dank!\nR. Koch",
        client="tonline", reply="cr-1115", style="tonline",
        note="15.4. was already confirmed earlier today; a second yes needs nobody")  # fmt: skip


def look_alikes() -> None:
    no("de34_demir_reminder_reply.eml", 3, ("other",), "2026-04-14 09:15", reminder_subject(1025),
       "Danke, passt, bin morgen dabei!\nAylin",
       client="gmail", reply="rem-1025", style="gmail", staff=False,
       note="a reply to the reminder before the session; nothing to do")  # fmt: skip
    no("de35_schulz_cancel_sick.eml", 5, ("cancellation",), "2026-05-20 19:00", reminder_subject(1038),
       "Guten Abend,\n\nMarie liegt mit Fieber im Bett, wir müssen den Termin morgen leider"
       " absagen. Bitte melden Sie sich wegen eines Ersatztermins.\n\nViele Grüße\nKatrin Schulz",
       client="thunderbird", reply="rem-1038", style="thunderbird", name="Katrin Schulz")  # fmt: skip
    no("de36_popescu_cancel_learner.eml", 7, ("cancellation",), "2026-06-22 11:30", reminder_subject(1049),
       "Hallo, morgen ich kann nicht, mein Kind ist krank. Bitte absagen. Entschuldigung!\nElena",
       client="yahoo", reply="rem-1049", style="yahoo")  # fmt: skip
    no("de37_jansen_reschedule.eml", 17, ("reschedule",), "2026-11-09 18:20", "Termin 12.11. verschieben?",
       "Hi,\n\nich hab am Donnerstag 12.11. einen Arzttermin genau um 10. Können wir die"
       " Einheit auf Freitag oder die Woche drauf schieben?\n\nDanke, Ole",
       client="gmail")  # fmt: skip
    no("de38_wolff_nobody_called.eml", 4, ("other",), "2026-01-30 16:10", re(1030),
       "Sehr geehrte Damen und Herren,\n\nheute hat mich niemand angerufen. Ich habe bis"
       " halb drei neben dem Telefon gesessen. Bitte um Rückmeldung.\n\nH.-J. Wolff",
       client="tonline", reply="cr-1030", style="tonline",
       note="the session of 30.01. did not take place")  # fmt: skip
    no("de39_aydin_missed_call.eml", 22, ("reschedule",), "2026-03-12 15:05", re(1133),
       "Hallo, heute ich habe Anruf verpasst, war noch auf Arbeit. Tut mir leid. Können wir"
       " neu machen nächste Woche?\nMehmet",
       client="outlook", reply="cr-1133", style="outlook",
       note="the call of 12.03. was missed: no treatment, wants a new date")  # fmt: skip
    no("de40_richter_question_next.eml", 8, ("question",), "2026-06-22 20:10", video_link_subject(1054),
       "Kurze Frage zu Mittwoch: soll ich eine Faszienrolle oder Matte bereitlegen?\n\n"
       "Von meinem iPhone gesendet",
       client="iphone", reply="vl-1054", style="iphone")  # fmt: skip
    no("de41_carter_code_invalid.eml", 11, ("technical",), "2026-08-24 11:52", video_link_subject(1072),
       "Hi, I'm trying to join for today but it says the access code is invalid?? Could"
       " someone call me please, 0176 5550 1234.\nEmily",
       client="gmail", reply="vl-1072", style="gmail_en")  # fmt: skip
    no("de42_hoffmann_report_for_doctor.eml", 6, ("question",), "2026-05-27 07:55",
       "Therapiebericht für meinen Orthopäden",
       "Guten Morgen,\n\nmeine Verordnung ist nach dem nächsten Montag aufgebraucht. Mein"
       " Orthopäde fragt, ob Sie ihm einen kurzen Therapiebericht schicken können, damit er"
       " über eine Folgeverordnung entscheiden kann.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
       client="outlook")  # fmt: skip
    no("de43_berger_thank_you.eml", 24, ("other",), "2026-06-12 10:30", "Danke!",
       "Liebes Team der Praxis Impulse,\n\nich wollte mich noch einmal ganz herzlich bei"
       " Ihnen bedanken, besonders für die Geduld am Telefon. Das Knie ist fast wieder wie"
       " neu.\n\nAlles Gute und bleiben Sie gesund!\nUrsula Berger",
       client="plain", staff=False, note="a plain thank-you after the series; nobody needed")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    nothing_to_record()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
