"""Write blind set CC: a plain, representative inbox of the whole year, nothing themed.

The patients in practice.toml answer as they really would: mostly short replies under our
request from phones and webmail (web.de, Gmail, iPhone, Outlook, Thunderbird, T-Online,
Samsung, Yahoo), some with and some without the day, some new mails, many confirming two,
three or four sessions at once in one sentence with the days in many written forms, a few
late, a few with a question or a missed session beside the yes. 50 mails: 40 confirmations
(39 with sessions to record, one of a day we had cancelled, which nothing may be recorded
for) and 10 look-alikes (a cancellation, reschedules, questions about a coming session,
missed or cut-off sessions, replies to reminders and video links).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cc`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_cc")


def winter() -> None:
    yes("cc01_krueger_27jan.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:40", re(1003),
        "Hallo,\nja, hat stattgefunden am 27.1.\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("cc02_krueger_two_new.eml", 1, (1005, 1006), ("2026-02-10", "2026-02-17"), "2026-02-18 08:10",
        "Bestätigung",
        "Guten Morgen,\n\nhiermit bestätige ich die Termine vom 10. und 17. Februar, beide haben"
        " stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde")  # fmt: skip
    yes("cc03_krueger_question.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 16:20", re(1004),
        "Ja der Termin am 3.2. war.\nEine Frage noch: muss ich für die nächste Verordnung wieder"
        " zum Hausarzt oder kann der Orthopäde das machen?\nLG Sabine",
        client="webde", reply="cr-1004", style="webde", staff=True, extra=("question",),
        note="yes for 03.02. plus a question about the next prescription")  # fmt: skip
    yes("cc04_becker_mo_do.eml", 2, (1010, 1011), ("2026-02-02", "2026-02-05"), "2026-02-05 19:30",
        re(1011), "Mo 2.2. und Do 5.2. beide stattgefunden.\nTB\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1011", style="iphone")  # fmt: skip
    yes("cc05_becker_late_list_one_missed.eml", 2, (1012, 1013, 1014, 1015, 1017, 1018),
        ("2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19", "2026-02-26", "2026-03-02"),
        "2026-03-03 21:05", "Nachtrag Bestätigungen Februar",
        "Hallo zusammen,\n\nich habe die letzten Wochen vergessen zu antworten, sorry. Stattgefunden"
        " haben: 9.2., 12.2., 16.2. und 19.2.\nAm 23.02. war ich krank im Bett, da ist nichts"
        " gelaufen. Der 26.2. und gestern (2.3.) dann wieder ganz normal.\n\nBeste Grüße\n"
        "Thomas Becker",
        client="webde", staff=True, extra=("other",),
        note="six sessions confirmed; 23.02. did not take place but is still scheduled")  # fmt: skip
    yes("cc06_demir_plain_yes.eml", 3, (1019,), (), "2026-03-04 10:15", re(1019),
        "ja hat stattgefunden, danke!",
        client="gmail", reply="cr-1019", style="gmail",
        note="a yes under our request for 04.03.2026, no day named")  # fmt: skip
    yes("cc07_demir_two.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"), "2026-03-25 13:00",
        re(1022), "Hallo, bestätige den 18.3 und heute den 25.3.\nLg Aylin",
        client="gmail", reply="cr-1022", style="gmail")  # fmt: skip
    no("cc08_demir_move_tomorrow.eml", 3, ("reschedule",), "2026-04-07 09:10",
       "AW: Erinnerung: Ihr Termin am 08.04.2026",
       "Hallo,\nmorgen klappt es bei mir leider nicht, ich muss früh zur Arbeit. Geht auch"
       " Donnerstag?\nLiebe Grüße\nAylin",
       client="gmail", reply="rem-1024", style="gmail",
       note="reschedule wish for the coming 08.04., answering the reminder")  # fmt: skip
    yes("cc09_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:05", re(1028),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am Freitag, den 16. Januar 2026 hat"
        " stattgefunden.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("cc10_wolff_three_new.eml", 4, (1029, 1030, 1031), ("2026-01-23", "2026-01-30", "2026-02-06"),
        "2026-02-07 10:30", "Bestätigung Telefontermine",
        "Sehr geehrte Damen und Herren,\n\ndie Telefontermine vom 23.01., 30.01. und 06.02.2026"
        " haben stattgefunden.\n\nMit freundlichen Grüßen\nH.-J. Wolff\nTel. 0171 5523 908",
        client="tonline")  # fmt: skip
    yes("cc11_wagner_three_iphone.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-01-26 12:00", re(1126),
        "Ja, 12., 19. und 26.1. haben alle stattgefunden 😊\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1126", style="iphone")  # fmt: skip
    yes("cc12_wagner_cancelled_day_too.eml", 21, (1128,), ("2026-02-09",), "2026-02-10 07:45",
        "Bestätigung",
        "Hallo,\nhiermit bestätige ich den 2.2. und den 9.2.\nGruß Sophie Wagner",
        client="webde", staff=True,
        note="02.02. was cancelled in our records: only 09.02. recorded, staff checks")  # fmt: skip
    yes("cc13_aydin_today_last_week.eml", 22, (1130, 1131), ("2026-02-19", "2026-02-26"),
        "2026-02-26 14:25", re(1131),
        "Hallo,\nTermin heute hat stattgefunden, letzte Woche 19.02 auch.\nMfG Mehmet Aydin",
        client="outlook", reply="cr-1131", style="outlook")  # fmt: skip


def spring() -> None:
    yes("cc14_koch_march_and_yesterday.eml", 18, (1109, 1110, 1111, 1112),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-02 10:10",
        "Behandlungen März",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlungen vom 23., 25. und 30. März sowie"
        " gestern.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline")  # fmt: skip
    no("cc15_koch_cut_short.eml", 18, ("technical", "question"), "2026-04-14 09:00", re(1114),
       "Guten Tag,\n\nder Termin gestern hat nur 10 Minuten gedauert, dann war die Leitung weg"
       " und es hat keiner mehr angerufen. Ich weiß nicht ob das so zählt.\n\nMfG R. Koch",
       client="tonline", reply="cr-1114", style="tonline",
       note="the 13.04. session broke off after ten minutes: not a confirmation")  # fmt: skip
    yes("cc16_schulz_mother.eml", 5, (1034, 1035), ("2026-04-16", "2026-04-23"), "2026-04-24 08:00",
        re(1035),
        "Guten Morgen,\n\nich bestätige für meine Tochter Marie die Behandlung am 16.4. und gestern"
        " am 23.4.\n\nViele Grüße\nKatrin Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird", name="Katrin Schulz")  # fmt: skip
    no("cc17_schulz_missed.eml", 5, ("other", "question"), "2026-05-08 07:50", re(1037),
       "Hallo,\nMarie war gestern leider krank und hat die Stunde nicht gemacht. Bitte also nicht"
       " als stattgefunden werten. Wird das trotzdem berechnet?\nGruß K. Schulz",
       client="thunderbird", reply="cr-1037", style="thunderbird", name="Katrin Schulz",
       note="07.05. did not take place, a question about billing it")  # fmt: skip
    yes("cc18_oneill_two.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"), "2026-04-22 08:00",
        re(1137), "Hi there,\n\nyes - both the 14th and the 21st of April went ahead.\n\nCheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    no("cc19_oneill_missed_call.eml", 23, ("other", "reschedule"), "2026-05-13 08:30", re(1140),
       "Hi,\n\nI'm afraid I missed the call last night, my phone was on silent. Really sorry!"
       " Could we add an extra session somewhere?\n\nJames",
       client="outlook", reply="cr-1140", style="outlook_en",
       note="12.05. missed by the patient, asks for a make-up session")  # fmt: skip
    yes("cc20_hoffmann_both_today.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:10",
        re(1043),
        "Hallo,\nbestätige beide Termine von heute (18.05.), morgens KGG und mittags MT.\n"
        "Gruß P. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook_classic")  # fmt: skip
    yes("cc21_hoffmann_three_new.eml", 6, (1041, 1044, 1045), ("2026-05-11", "2026-05-26", "2026-06-01"),
        "2026-06-02 07:20", "Termine Mai",
        "Moin,\n\n11.5. und 26.5. fanden statt, ebenso gestern der 1.6.\n\nGrüße\nPeter Hoffmann\n\n"
        "Gesendet von Outlook für Android",
        client="outlook")  # fmt: skip
    yes("cc22_berger_four_new.eml", 24, (1142, 1143, 1144, 1145),
        ("2026-05-06", "2026-05-13", "2026-05-20", "2026-05-27"), "2026-05-28 16:40", "Bestätigung",
        "Hallo liebes Praxisteam,\n\ndie Telefonbehandlungen am 6.5., 13.5., 20.5. und 27.5."
        " haben alle stattgefunden. Es tut mir schon viel besser.\n\nHerzliche Grüße\n"
        "Ursula Berger",
        client="plain")  # fmt: skip
    yes("cc23_berger_weeks_late.eml", 24, (1146, 1147), ("2026-06-03", "2026-06-10"), "2026-07-20 11:15",
        re(1146),
        "Entschuldigung für die späte Antwort, ich war im Urlaub. Ja am 3. Juni war die"
        " Behandlung. Und am 10. Juni auch.\nU. Berger",
        client="plain", reply="cr-1146", style="thunderbird",
        note="weeks late; the second day is named beside the requested one")  # fmt: skip


def summer() -> None:
    yes("cc24_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:40", re(1046),
        "Hallo, ja ich bestatige die Behandlung von 2 Juni war gut.\nDanke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("cc25_popescu_one_missed.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"), "2026-06-24 09:00",
        re(1049),
        "Guten Tag,\nich bestätige Therapie am 16.06 und 23.06.\nAm 9 Juni ich hatte keine"
        " Internet, Therapie war nicht. Bitte entschuldigung.\nElena Popescu",
        client="yahoo", reply="cr-1049", style="yahoo", staff=True, extra=("technical",),
        note="09.06. did not take place (no internet) but is still scheduled")  # fmt: skip
    no("cc26_popescu_link_question.eml", 7, ("question",), "2026-06-27 10:00",
       "Re: Ihr Videotermin am 30.06.2026",
       "Hallo, danke für den Link. Am 30.06 ich bin da. Muss ich etwas vorbereiten, Matte oder"
       " Handtuch?\nElena",
       client="yahoo", reply="vl-1050", style="yahoo",
       note="a question about the coming session, answering the video link")  # fmt: skip
    yes("cc27_richter_heute.eml", 8, (1052,), ("2026-06-10",), "2026-06-10 19:50", re(1052),
        "Jo, heute hat geklappt 👍",
        client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    yes("cc28_richter_two_late.eml", 8, (1053, 1054), ("2026-06-17", "2026-06-24"), "2026-06-25 07:30",
        re(1054), "Morgen! 17. und 24. Juni beide stattgefunden, sorry für die späte Rückmeldung",
        client="iphone", reply="cr-1054", style="iphone")  # fmt: skip
    no("cc29_richter_connection_lost.eml", 8, ("technical", "reschedule"), "2026-07-01 20:10",
       re(1055),
       "Hi, heute hat leider nicht richtig geklappt, die Verbindung ist nach 5 min abgebrochen"
       " und kam nicht wieder. Können wir das nachholen?\n\nJonas",
       client="iphone", reply="cr-1055", style="iphone",
       note="01.07. broke off after five minutes: not confirmed")  # fmt: skip
    yes("cc30_neumann_four.eml", 9, (1056, 1057, 1058, 1059),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16"), "2026-07-17 10:00", "Behandlungen",
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich die telefonischen Behandlungen am"
        " Dienstag 7.7., Donnerstag 9.7., Dienstag 14.7. und Donnerstag 16.7. Es hat alles gut"
        " geklappt.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain")  # fmt: skip
    yes("cc31_neumann_heute_und_dienstag.eml", 9, (1060, 1061), ("2026-07-21", "2026-07-23"),
        "2026-07-23 11:00", re(1061),
        "ja, heute hat stattgefunden. Und am Dienstag auch, das hatte ich vergessen zu"
        " schreiben.\nG. Neumann",
        client="thunderbird", reply="cr-1061", style="thunderbird")  # fmt: skip
    no("cc32_neumann_cancel.eml", 9, ("cancellation",), "2026-07-27 15:00",
       "AW: Erinnerung: Ihr Termin am 28.07.2026",
       "Guten Tag,\n\nmorgen muss ich leider absagen, ich habe einen Termin beim Augenarzt"
       " bekommen.\n\nMit freundlichen Grüßen\nG. Neumann",
       client="thunderbird", reply="rem-1062", style="thunderbird")  # fmt: skip
    yes("cc33_brandt_bottom.eml", 10, (1064,), ("2026-07-10",), "2026-07-10 18:00", re(1064),
        "Bestätigt: 10.07.2026 fand statt.\n\nLukas",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    yes("cc34_brandt_subject_dates.eml", 10, (1066, 1067, 1068), ("2026-07-24", "2026-07-31", "2026-08-07"),
        "2026-08-08 09:30", "Bestätigung 24.7., 31.7., 7.8.",
        "Hallo,\n\nwie im Betreff: alle drei Termine haben stattgefunden. Danke!\n\nLukas Brandt",
        client="thunderbird", note="the days are in the subject only")  # fmt: skip
    yes("cc35_carter_en.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 14:20", re(1070),
        "Hi, yes the session on Aug 10 took place. Thanks, Emily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("cc36_carter_three_en.eml", 11, (1071, 1072, 1073), ("2026-08-17", "2026-08-24", "2026-08-31"),
        "2026-09-01 09:00", re(1073),
        "Hello,\n\nconfirming the sessions on 17th and 24th August and yesterday (31 Aug). Sorry"
        " for the delay!\n\nBest,\nEmily",
        client="gmail", reply="cr-1073", style="gmail_en")  # fmt: skip
    no("cc37_carter_question.eml", 11, ("question",), "2026-09-06 18:00",
       "Re: Erinnerung: Ihr Termin am 07.09.2026",
       "Hi,\n\nquick question about tomorrow: my doctor suggested we focus on the shoulder rather"
       " than the lower back now. Is that possible? And will I get one invoice for all sessions"
       " for my insurer?\n\nThanks, Emily",
       client="gmail", reply="rem-1074", style="gmail_en")  # fmt: skip
    yes("cc38_yildiz_samsung.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 12:00", re(1076),
        "Hallo ja Termin war heute 12.08 danke Fatma",
        client="samsung", reply="cr-1076", style="samsung")  # fmt: skip
    no("cc39_yildiz_cancelled_day.eml", 12, ("confirmation",), "2026-08-20 09:00", "Bestätigung 19.8",
       "Hallo,\nich bestätige Termin gestern 19.08.\nFatma Yildiz",
       client="samsung",
       note="19.08. was cancelled in our records: nothing may be recorded, staff checks")  # fmt: skip
    yes("cc40_yildiz_three.eml", 12, (1078, 1079, 1080), ("2026-08-26", "2026-09-02", "2026-09-09"),
        "2026-09-10 08:30", re(1080), "Guten Morgen, 26.8, 2.9 und 9.9 alle gemacht. Danke",
        client="samsung", reply="cr-1080", style="samsung")  # fmt: skip


def autumn() -> None:
    yes("cc41_vogel_signature.eml", 13, (1082,), (), "2026-09-10 09:05", re(1082),
        "Bestätigt.\n\nDr. M. Vogel\nVogel & Partner Rechtsanwälte\nKaiserstr. 12, 50667 Köln\n"
        "Tel. 0221 4455 66-0",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="a one-word yes under our request; the signature holds numbers, no day")  # fmt: skip
    yes("cc42_lehmann_also_previous.eml", 14, (1087, 1088), ("2026-09-08", "2026-09-15"),
        "2026-09-15 15:00", re(1088),
        "Hallo,\n\nja, die Sitzung am 15.09. hat stattgefunden, und die vom 8.9. übrigens auch"
        " (hatte ich noch nicht bestätigt).\n\nBeste Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird")  # fmt: skip
    yes("cc43_lehmann_one_not.eml", 14, (1090, 1091), ("2026-09-29", "2026-10-06"), "2026-10-07 12:00",
        re(1091),
        "Hallo,\n29.9. und 6.10. fanden statt. Am 22.9. war ich nicht da (Prüfung), bitte den"
        " nicht abrechnen.\nAnna",
        client="thunderbird", reply="cr-1091", style="thunderbird", staff=True, extra=("other",),
        note="22.09. did not take place but is still scheduled")  # fmt: skip
    yes("cc44_zimmermann_october.eml", 15, (1094, 1095, 1097), ("2026-10-12", "2026-10-19", "2026-11-02"),
        "2026-11-03 09:40", "Termine Oktober",
        "Hallo,\nich bestätige den 12. und 19. Oktober sowie gestern den 2.11.\nGruß Klaus"
        " Zimmermann",
        client="plain")  # fmt: skip
    yes("cc45_schaefer_office.eml", 16, (1098, 1099, 1100), ("2026-10-07", "2026-10-14", "2026-10-21"),
        "2026-10-22 08:00", "Bestätigung Videotermine",
        "Guten Morgen,\n\nkurze Bestätigung: 07.10., 14.10. und 21.10. – alle drei Videotermine"
        " haben stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n--\nSchäfer Steuerberatung\n"
        "Tel. 0711 889 20-14",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    no("cc46_schaefer_move.eml", 16, ("reschedule",), "2026-11-03 20:15",
       "AW: Erinnerung: Ihr Termin am 04.11.2026",
       "Hallo,\nginge es auch am Donnerstag 5.11. statt morgen? Ich habe morgen Abend eine"
       " Elternversammlung.\nGruß Birgit Schäfer",
       client="webde", reply="rem-1102", style="webde")  # fmt: skip
    yes("cc47_jansen_moin.eml", 17, (1104,), (), "2026-10-22 11:50", re(1104), "Moin, jo hat stattgefunden. Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("cc48_jansen_three_question.eml", 17, (1105, 1106, 1107), ("2026-10-29", "2026-11-05", "2026-11-12"),
        "2026-11-13 18:00", re(1107),
        "Hab ich ganz vergessen: 29.10, 5.11 und 12.11 waren alle.\nFrage noch: brauche ich für"
        " das Gerätetraining eigene Hanteln oder reicht das Theraband?\nOle",
        client="gmail", reply="cr-1107", style="gmail", bottom=True, staff=True,
        extra=("question",), note="three sessions confirmed, bottom-posted, plus a question")  # fmt: skip
    yes("cc49_hartmann_lower.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:00", re(1121),
        "hallo ja hat statt gefunden am 10.11 lg leonie",
        client="webde", reply="cr-1121", style="webde")  # fmt: skip
    no("cc50_nowak_phone_instead.eml", 19, ("question", "reschedule"), "2026-11-24 09:00",
       "Re: Ihr Videotermin am 27.11.2026",
       "Hi,\n\ncould we do Friday's session by phone instead of video? I'll be on a train."
       "\n\nThanks,\nDavid",
       client="plain", reply="vl-1119", style="gmail_en")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
