"""Write blind set CJ: a plain inbox of the whole year, 47 mails from the patients in
practice.toml. 36 confirm at least one session: short replies under our request (with
and without the day), new mails, and many late answers that confirm several weeks or a
month at once, the days written as lists, weekday lists, month names and ranges; a few
carry a question or a problem beside the yes. 11 look alike and confirm nothing: a
cancellation, reschedule wishes, a question about a coming session, a missed and a cut
short session, replies to a reminder and a video-link mail.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_cj`.
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

HERE = data_dir("blind_cj")


def winter() -> None:
    yes("cj01_krueger_sieben_dienstage.eml", 1, (1003, 1004, 1005, 1006, 1007, 1008, 1009),
        ("2026-01-27", "2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24", "2026-03-03", "2026-03-10"),
        "2026-03-21 10:14", "Bestätigung meiner Termine",
        "Hallo liebes Praxisteam,\n\nich bin leider etwas hinterher mit den Antworten, sorry! "
        "Hiermit bestätige ich alle meine Videotermine seit Ende Januar:\n\n"
        "27.1., 3.2., 10.2., 17.2., 24.2., 3.3. und 10.3.\n\n"
        "Alle haben stattgefunden, jeweils dienstags um 10.\n\nLiebe Grüße\nSabine Krüger",
        client="webde", note="late new mail listing seven Tuesdays")  # fmt: skip
    yes("cj02_becker_februar_montags_donnerstags.eml", 2,
        (1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19",
         "2026-02-23", "2026-02-26", "2026-03-02"),
        "2026-03-16 21:40", re(1018),
        "Guten Abend,\n\nich bestätige hiermit sämtliche Telefontermine bei Ihnen:\n"
        "Mo 02.02., Do 05.02., Mo 09.02., Do 12.02., Mo 16.02., Do 19.02., Mo 23.02., "
        "Do 26.02. und Mo 02.03.2026.\n\nMit freundlichen Grüßen\nThomas Becker",
        client="outlook", reply="cr-1018", style="outlook",
        note="late, nine weekday-dated days under the request for the last one")  # fmt: skip
    yes("cj03_wolff_tonline_16_januar.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:02",
        re(1028), "Hiermit bestätige ich das Telefonat am 16.01.2026.\nMfG H.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("cj04_wolff_fuenf_freitage_rezept.eml", 4, (1029, 1030, 1031, 1032, 1033),
        ("2026-01-23", "2026-01-30", "2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-03-02 09:31", "Termine Januar / Februar",
        "Sehr geehrte Damen und Herren,\n\nfolgende Freitage fanden statt: 23.01., 30.01., "
        "06.02., 13.02. und 20.02.2026.\n\nIch habe noch eine Frage: mein Rezept ist nun "
        "aufgebraucht, brauche ich für weitere Behandlungen ein neues vom Hausarzt?\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff\nTel. 0351 4471203",
        client="tonline", staff=True, extra=("question",),
        note="five Fridays confirmed late, plus a question about a new prescription")  # fmt: skip
    yes("cj05_wagner_januar_februar_ohne_abgesagten.eml", 21, (1124, 1125, 1126, 1128, 1129),
        ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"),
        "2026-02-27 18:55", "Bestätigung KG",
        "Hi,\n\nhier meine Bestätigung für die Videotermine: 12.1., 19.1., 26.1., 9.2. und 16.2. "
        "Der 2.2. war ja abgesagt.\n\nViele Grüße\nSophie",
        client="webde",
        note="the cancelled 2.2. is named as cancelled, not confirmed")  # fmt: skip
    yes("cj06_aydin_vier_donnerstage.eml", 22, (1130, 1131, 1132, 1133),
        ("2026-02-19", "2026-02-26", "2026-03-05", "2026-03-12"), "2026-03-14 11:20",
        "termine",
        "Hallo\n\nich bestetige die termine am 19.2 26.2 5.3 und 12.3 alles per telefon war gut\n\n"
        "Gruß Mehmet Aydin",
        client="outlook", note="four days without dots or year, typos")  # fmt: skip
    no("cj07_krueger_absage_erinnerung.eml", 1, ("cancellation",), "2026-03-09 10:40",
       reminder_subject(1009),
       "Hallo, morgen muss ich leider absagen, ich liege mit Fieber im Bett. "
       "Melde mich wenn ich wieder fit bin.\nSabine Krüger",
       client="webde", reply="rem-1009", style="webde",
       note="cancels tomorrow's session under our reminder")  # fmt: skip
    no("cj08_becker_donnerstag_verschieben.eml", 2, ("reschedule",), "2026-02-24 08:12",
       "Termin Donnerstag",
       "Guten Morgen,\n\nkönnten wir den Termin am Donnerstag, 26.02., auf 18:30 Uhr "
       "schieben? Ich komme vorher nicht aus dem Büro.\n\nDanke und Gruß\nThomas Becker",
       client="outlook", note="reschedule wish for a coming session")  # fmt: skip


def spring() -> None:
    yes("cj09_demir_gmail_4_maerz.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:12",
        re(1019, "Re"), "Ja, hat am 4.3. stattgefunden. Danke!\n\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("cj10_demir_april_drei_mittwoche.eml", 3, (1024, 1025, 1026),
        ("2026-04-08", "2026-04-15", "2026-04-22"), "2026-05-03 20:05", "Meine Termine im April",
        "Hallo zusammen,\n\nim April hatte ich am 8., 15. und 22. meine Videositzung, "
        "der 1. April ist ja ausgefallen. Bitte so eintragen.\n\nLG Aylin Demir",
        client="gmail", note="April days by day numbers and month name; the cancelled 1.4. named as such")  # fmt: skip
    yes("cj11_koch_maerz_april.eml", 18, (1109, 1110, 1111, 1112, 1113, 1114),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01", "2026-04-08", "2026-04-13"),
        "2026-04-27 16:48", "Bestätigung",
        "Guten Tag,\n\nich bestätige die Telefonbehandlungen im März am 23., 25. und 30. "
        "und im April am 1., 8. und 13.\n\nMit freundlichem Gruß\nRenate Koch",
        client="tonline", note="late, days grouped under month names")  # fmt: skip
    yes("cj12_oneill_english_six_sessions.eml", 23, (1136, 1137, 1138, 1139, 1140, 1141),
        ("2026-04-14", "2026-04-21", "2026-04-28", "2026-05-05", "2026-05-12", "2026-05-19"),
        "2026-06-08 22:15", re(1141, "RE"),
        "Hi there,\n\nApologies for the late reply. I can confirm all six phone sessions took "
        "place: 14, 21 and 28 April and 5, 12 and 19 May.\n\nBest regards,\nJames O'Neill",
        client="outlook", reply="cr-1141", style="outlook_en",
        note="English, late, day numbers grouped under month names")  # fmt: skip
    yes("cj13_schulz_mutter_zwei_donnerstage.eml", 5, (1034, 1035),
        ("2026-04-16", "2026-04-23"), "2026-04-24 07:50", "Marie Schulz - Termine",
        "Guten Morgen,\n\nich schreibe für meine Tochter Marie: sie hatte am Donnerstag, "
        "16.04., und Donnerstag, 23.04., ihre Stunde per Video. Beide haben stattgefunden.\n\n"
        "Viele Grüße\nKatrin Schulz",
        name="Katrin Schulz", client="plain", note="mother writes for her daughter")  # fmt: skip
    yes("cj14_schulz_iphone_ja.eml", 5, (1038,), (), "2026-05-21 17:45", re(1038),
        "Ja hat stattgefunden\n\nVon meinem iPhone gesendet",
        name="Katrin Schulz", client="iphone", reply="cr-1038", style="iphone",
        note="dateless yes under the request for 21.05.")  # fmt: skip
    yes("cj15_hoffmann_zwei_am_18_mai.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 19:30", re(1043),
        "Hallo,\n\nbestätige beide Termine am 18.05. - morgens am Gerät und mittags die "
        "Manuelle Therapie.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, both confirmed")  # fmt: skip
    yes("cj16_hoffmann_mai_juni_nachtrag.eml", 6, (1040, 1041, 1044, 1045),
        ("2026-05-04", "2026-05-11", "2026-05-26", "2026-06-01"), "2026-06-22 07:05",
        "Nachtrag Bestätigungen",
        "Guten Morgen,\n\nich habe gesehen, dass noch Bestätigungen offen sind. Stattgefunden "
        "haben:\n- Mo, 04.05.\n- Mo, 11.05.\n- Di, 26.05. (wegen Pfingsten)\n- Mo, 01.06.\n\n"
        "Beste Grüße\nPeter Hoffmann\n"
        "Mobil 0171 2345678",
        client="outlook",
        note="late list with weekdays; the 18.05. is not named, so not confirmed here")  # fmt: skip
    yes("cj17_berger_einer_ja_einer_nein.eml", 24, (1142,), ("2026-05-06",), "2026-05-14 09:40",
        re(1143),
        "Guten Tag,\n\nder Termin am 6. Mai hat stattgefunden. Gestern am 13. hat aber "
        "niemand angerufen, ich habe bis halb zehn gewartet. Was ist da passiert?\n\n"
        "Ursula Berger",
        client="plain", reply="cr-1143", style="thunderbird", staff=True, extra=("question",),
        note="6.5. confirmed; 13.5. did not take place (nobody called)")  # fmt: skip
    yes("cj18_berger_spaet_vier_mittwoche.eml", 24, (1144, 1145, 1146, 1147),
        ("2026-05-20", "2026-05-27", "2026-06-03", "2026-06-10"), "2026-07-02 14:10",
        "Behandlungen Mai Juni",
        "Sehr geehrtes Praxisteam,\n\nentschuldigen Sie die späte Antwort. Die Behandlungen "
        "am Mittwoch 20. Mai, 27. Mai, 3. Juni und 10. Juni haben alle stattgefunden.\n\n"
        "Freundliche Grüße\nUrsula Berger",
        client="plain", note="late, month names")  # fmt: skip
    no("cj19_demir_code_morgen.eml", 3, ("question", "technical"), "2026-04-14 20:30",
       video_link_subject(1025),
       "Hallo, gilt der Code aus dieser Mail auch morgen früh oder bekomme ich noch einen "
       "neuen? Letztes Mal hat es erst beim zweiten Versuch geklappt.\n\nAylin",
       client="gmail", reply="vl-1025", style="gmail",
       note="question about tomorrow's video session")  # fmt: skip
    no("cj20_aydin_abgebrochen.eml", 22, ("other",), "2026-03-19 14:05", re(1134),
       "Hallo, heute war nur kurz, nach 10 Minuten war das Telefon aus, Akku leer. "
       "Sorry. Können wir das nachholen?\nMehmet",
       client="outlook", reply="cr-1134", style="outlook",
       note="the session was cut short after 10 minutes; not a full session")  # fmt: skip


def summer() -> None:
    yes("cj21_popescu_lerner_zwei_juni.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"),
        "2026-06-10 12:30", "Bestatigung",
        "Guten Tag,\n\nich bestatige die Termin am 2 Juni und am 9 Juni, beide war gut "
        "stattgefunden mit Video.\n\nVielen dank\nElena Popescu",
        client="yahoo", note="learner German, day and month name without dots")  # fmt: skip
    yes("cj22_popescu_30_juni_rezept.eml", 7, (1050,), ("2026-06-30",), "2026-07-06 09:15",
        re(1050),
        "Hallo, ja die Behandlung war am 30.6. Ist das jetzt die letzte? Mein Rücken ist noch "
        "nicht gut, kann ich mehr Termine bekommen?\nElena",
        client="yahoo", reply="cr-1050", style="yahoo", staff=True, extra=("question",),
        note="yes with the day plus a question about further sessions")  # fmt: skip
    yes("cj23_richter_iphone_daumen.eml", 8, (1051,), (), "2026-06-03 19:41", re(1051),
        "Passt, hat stattgefunden 👍\n\nGesendet von iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("cj24_richter_apple_juni_juli.eml", 8, (1052, 1053, 1054, 1055),
        ("2026-06-10", "2026-06-17", "2026-06-24", "2026-07-01"), "2026-07-22 23:10",
        "Bestätigung MT",
        "Hey,\n\nsorry für die Verspätung. Bestätige hiermit die MT-Termine:\n"
        "Juni: 10., 17., 24.\nJuli: 1.\n\nBeste Grüße\nJonas Richter",
        client="apple", note="late, days listed per month")  # fmt: skip
    yes("cj25_neumann_sieben_telefonate.eml", 9,
        (1056, 1057, 1058, 1059, 1060, 1061, 1062),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16", "2026-07-21", "2026-07-23", "2026-07-28"),
        "2026-08-24 10:02", "Bestätigung der Behandlungen im Juli",
        "Sehr geehrte Damen und Herren,\n\nmeine Enkelin hat mir gezeigt, dass ich noch "
        "antworten muss. Die Telefonbehandlungen haben an folgenden Tagen stattgefunden:\n\n"
        "Dienstag, 7. Juli\nDonnerstag, 9. Juli\nDienstag, 14. Juli\nDonnerstag, 16. Juli\n"
        "Dienstag, 21. Juli\nDonnerstag, 23. Juli\nDienstag, 28. Juli\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain", note="a month late, weekday with day and month name")  # fmt: skip
    yes("cj26_brandt_thunderbird_3_juli.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:20",
        re(1063), "Bestätigt: 03.07.2026\n\nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True,
        note="bottom-posted")  # fmt: skip
    yes("cj27_brandt_juli_august.eml", 10, (1064, 1065, 1066, 1067, 1068),
        ("2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31", "2026-08-07"),
        "2026-08-28 12:44", re(1068),
        "Hallo,\n\nkurz und knapp: stattgefunden haben die Termine am 10., 17., 24. und "
        "31. Juli sowie am 7. August.\n\nGruß, Lukas",
        client="thunderbird", reply="cr-1068", style="thunderbird",
        note="late, under the request for the last day")  # fmt: skip
    no("cj28_neumann_niemand_angerufen.eml", 9, ("other",), "2026-07-28 12:15", re(1062),
       "Guten Tag,\n\nheute hat niemand angerufen. Ich habe den ganzen Vormittag neben dem "
       "Telefon gesessen. Bitte rufen Sie mich zurück.\n\nGisela Neumann",
       client="plain", reply="cr-1062", style="thunderbird",
       note="the session did not take place")  # fmt: skip


def autumn() -> None:
    yes("cj29_carter_gmail_en_3_august.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        re(1069, "Re"), "Yes, the session on 3 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("cj30_carter_english_late_list.eml", 11, (1070, 1071, 1072, 1073),
        ("2026-08-10", "2026-08-17", "2026-08-24", "2026-08-31"), "2026-09-04 08:30",
        "Confirming my sessions",
        "Hello,\n\njust catching up on my emails - confirming my video sessions on Aug 10, "
        "Aug 17, Aug 24 and Aug 31.\n\nKind regards,\nEmily Carter",
        client="gmail", note="English, month abbreviations")  # fmt: skip
    yes("cj31_yildiz_vier_mittwoche.eml", 12, (1075, 1076, 1078, 1079),
        ("2026-08-05", "2026-08-12", "2026-08-26", "2026-09-02"), "2026-09-05 15:22",
        "Termine",
        "Hallo\n\nhiermit bestätige ich meine Termine 05.08 12.08 26.08 und 02.09 "
        "(Telefon)\n\nLg Fatma Yildiz",
        client="webde", note="late, days without year")  # fmt: skip
    yes("cj32_vogel_fuenf_donnerstage.eml", 13, (1082, 1083, 1084, 1085, 1086),
        ("2026-09-10", "2026-09-17", "2026-09-24", "2026-10-01", "2026-10-08"),
        "2026-10-20 06:45", re(1086),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen vom "
        "10.09., 17.09., 24.09., 01.10. und 08.10.2026.\n\nMit freundlichen Grüßen\n\n"
        "Dr. Michael Vogel\nVogel & Partner Rechtsanwälte\nKönigsallee 12, 40212 Düsseldorf\n"
        "Tel. +49 211 1234567 | Fax +49 211 1234568",
        client="outlook", reply="cr-1086", style="outlook_classic",
        note="late, corporate signature with phone numbers")  # fmt: skip
    yes("cj33_lehmann_8_sept_bescheinigung.eml", 14, (1087,), ("2026-09-08",),
        "2026-09-08 15:10", re(1087),
        "Hallo,\n\nja, die Behandlung am 8.9. hat stattgefunden.\n\nKönnten Sie mir noch eine "
        "Bescheinigung für meinen Arbeitgeber ausstellen, dass ich mittags einen Termin "
        "hatte?\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird", staff=True,
        extra=("question",), note="yes plus a request for a certificate")  # fmt: skip
    yes("cj34_lehmann_sept_okt.eml", 14, (1088, 1089, 1090, 1091, 1092),
        ("2026-09-15", "2026-09-22", "2026-09-29", "2026-10-06", "2026-10-13"),
        "2026-10-19 12:05", "Bestätigung Termine September/Oktober",
        "Hallo,\n\nfolgende Termine haben stattgefunden:\n\n"
        "September: 15., 22., 29.\nOktober: 6., 13.\n\nViele Grüße\nAnna Lehmann\n"
        "Institut für Sportwissenschaft",
        client="thunderbird", note="late, days per month")  # fmt: skip
    yes("cj35_zimmermann_oktober_november.eml", 15, (1093, 1094, 1095, 1097),
        ("2026-10-05", "2026-10-12", "2026-10-19", "2026-11-02"), "2026-11-16 10:30",
        "Behandlung",
        "Guten Tag\n\nDie Telefon Termine am 5.10 12.10 19.10 und 2.11 haben stattgefunden. "
        "Der 26.10 fiel aus.\n\nGruss K. Zimmermann",
        client="plain", note="late; the cancelled 26.10 is named as not held")  # fmt: skip
    yes("cj36_schaefer_buero_oktober.eml", 16, (1098, 1099, 1100, 1101),
        ("2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28"), "2026-11-02 08:15",
        "Bestätigung Oktober",
        "Guten Morgen,\n\nmeine Abendtermine am 7., 14., 21. und 28. Oktober haben "
        "stattgefunden.\n\nMit freundlichen Grüßen\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 0221 998877",
        sender="b.schaefer@schaefer-steuerberatung.de", client="outlook",
        note="from her second registered address")  # fmt: skip
    yes("cj37_schaefer_samsung_11_11.eml", 16, (1103,), ("2026-11-11",), "2026-11-11 21:05",
        re(1103), "Ja am 11.11. war die Stunde, danke!",
        client="samsung", reply="cr-1103", style="samsung")  # fmt: skip
    yes("cj38_jansen_gmail_jo.eml", 17, (1104,), (), "2026-10-22 11:40", re(1104, "Re"),
        "moin, jo hat geklappt",
        client="gmail", reply="cr-1104", style="gmail", note="dateless yes")  # fmt: skip
    yes("cj39_jansen_vier_donnerstage.eml", 17, (1105, 1106, 1107, 1108),
        ("2026-10-29", "2026-11-05", "2026-11-12", "2026-11-19"), "2026-12-01 19:20",
        "bestätigung",
        "moin,\n\ndie gerätetermine do 29.10, do 5.11, do 12.11 und do 19.11 haben alle "
        "stattgefunden\n\ngruß ole",
        client="gmail", note="late, lower case weekday abbreviations")  # fmt: skip
    yes("cj40_nowak_bottom_vier_freitage.eml", 19, (1116, 1117, 1118, 1119),
        ("2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27"), "2026-12-02 07:55",
        re(1119),
        "Bestätige 06.11., 13.11., 20.11. und 27.11.\n\nDavid Nowak",
        client="thunderbird", reply="cr-1119", style="thunderbird", bottom=True,
        note="bottom-posted list")  # fmt: skip
    yes("cj41_hartmann_webde_3_11.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:12",
        re(1120), "ja hat stattgefunden am 3.11\n\nLeonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    no("cj42_hartmann_link_ging_nicht.eml", 20, ("technical",), "2026-11-10 18:40",
       re(1121),
       "Nein, heute hat es nicht geklappt. Der Link hat bei mir nur einen schwarzen "
       "Bildschirm gezeigt und dann kam nichts mehr. Was soll ich machen?\n\nLeonie Hartmann",
       client="webde", reply="cr-1121", style="webde",
       note="the video session did not take place")  # fmt: skip
    no("cj43_yildiz_erinnerung_bin_da.eml", 12, ("other",), "2026-09-08 11:02",
       reminder_subject(1080), "Ok danke, ich bin morgen da.\nFatma",
       client="webde", reply="rem-1080", style="webde", staff=False,
       note="acknowledges tomorrow's reminder; nothing to record or do")  # fmt: skip
    no("cj44_carter_cancel_travel.eml", 11, ("cancellation",), "2026-09-03 09:10",
       "Session on Monday 7 September",
       "Hi,\n\nI'm afraid I have to cancel my session on Monday 7 September - I'll be "
       "travelling for work that week. Could we continue the week after?\n\nThanks,\nEmily",
       client="gmail", note="cancels a coming session")  # fmt: skip
    no("cj45_zimmermann_frage_abgesagt.eml", 15, ("question",), "2026-10-28 09:45",
       "Nachfrage",
       "Guten Tag\n\nDen Termin am Montag 26.10 hatten Sie ja abgesagt. Bleibt es beim "
       "nächsten Montag um 11 Uhr?\n\nGruss K. Zimmermann",
       client="plain", note="question about the next session; the cancelled day is not a treatment")  # fmt: skip
    no("cj46_nowak_verschieben.eml", 19, ("reschedule",), "2026-11-16 07:30", "Termin 20.11.",
       "Hallo,\n\nkönnen wir den Termin am Freitag 20.11. auf 9 Uhr verlegen? "
       "Um 8 habe ich ein Meeting.\n\nDanke\nDavid Nowak",
       client="plain", note="reschedule wish for a coming session")  # fmt: skip
    no("cj47_vogel_danke_erinnerung.eml", 13, ("other",), "2026-09-09 08:20",
       reminder_subject(1082, "AW"),
       "Vielen Dank für die Erinnerung, ich bin morgen dabei.\n\nMit freundlichen Grüßen\n"
       "Dr. Michael Vogel",
       client="outlook", reply="rem-1082", style="outlook_classic", staff=False,
       note="a thank-you under the reminder")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
