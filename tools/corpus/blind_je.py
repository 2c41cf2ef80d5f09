"""Blind corpus JE: several sessions confirmed in one mail, one of which went differently.

Patients confirm a list of dates, a range, a week, "alle im Juni" or "the last four", and in
the same mail say of one session that it was shorter, interrupted, moved, held by phone
instead of video, held by a substitute therapist, or did not take place at all; that
session is named by its date, weekday, place in the list or "heute/gestern". Ten
look-alikes: coming sessions with one to move, a complaint about a short session, a
question whether an interrupted session counts, requests to move or cancel, days listed in
mails about an invoice.

Labels: `confirmed` holds only the sessions plainly held in full on a day with the
patient's own scheduled, unconfirmed appointment; a session cut short, interrupted, moved to
another day, held in the other kind or missed is left out and the mail needs staff. A
session moved within its own day and held in full, or held in full by a substitute, is
confirmed, but staff must still look. `dates` are the days the mail says a session took
place (also partly).

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_je")


def lists_with_a_short_or_broken_session() -> None:
    yes(
        "je01_krueger_heute_viertelstunde.eml",
        1,
        (1003, 1004, 1005),
        ("2026-01-27", "2026-02-03", "2026-02-10", "2026-02-17"),
        "2026-02-17 12:10",
        request_subject(1006),
        "Hallo,\n\nich bestätige die Termine am 27.01., 03.02., 10.02. und heute, 17.02.\n"
        "Heute war es allerdings nur eine Viertelstunde, weil ich danach gleich zum Arzt "
        "musste.\n\nViele Grüße\nSabine Krüger",
        client="webde",
        reply="cr-1006",
        style="webde",
        staff=True,
        note="today's session was only a quarter of an hour: the other three are plain",
    )
    yes(
        "je02_becker_bereich_zwoelfter_ausgefallen.eml",
        2,
        (1010, 1011, 1012, 1014, 1015),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-16", "2026-02-19"),
        "2026-02-20 09:15",
        "Bestätigung Behandlungen Februar",
        "Guten Morgen,\n\ndie Telefonbehandlungen vom 2. bis 19. Februar haben alle "
        "stattgefunden, bis auf den 12. – da hat mich niemand angerufen, ich war aber "
        "erreichbar. Bitte den Termin nicht berechnen.\n\nMit freundlichen Grüßen\n"
        "Thomas Becker",
        staff=True,
        note="range 2.-19.2.; the 12th did not take place",
    )
    yes(
        "je03_demir_maerz_einmal_telefon.eml",
        3,
        (1019, 1020, 1022),
        ("2026-03-04", "2026-03-11", "2026-03-18", "2026-03-25"),
        "2026-03-25 10:02",
        request_subject(1022),
        "Hallo zusammen,\n\nalle Termine im März haben stattgefunden (4., 11., 18. und heute "
        "25.). Am 18. haben wir aber nur telefoniert, weil mein Laptop kaputt war, Video ging "
        "da nicht.\n\nLG Aylin",
        client="gmail",
        reply="cr-1022",
        style="gmail",
        staff=True,
        note="the 18th was held by phone instead of video",
    )
    yes(
        "je04_wolff_letzte_vier_vertretung.eml",
        4,
        (1030, 1031, 1032, 1033),
        ("2026-01-30", "2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-02-23 16:40",
        request_subject(1033),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die letzten vier "
        "Behandlungen: 30.1., 6.2., 13.2. und 20.2.2026.\nBeim dritten Termin hat mich "
        "eine Vertretung angerufen, nicht mein gewohnter Therapeut. Die Behandlung war aber "
        "genauso lang und gut.\n\nMit freundlichem Gruß\nHans-Jürgen Wolff",
        client="tonline",
        reply="cr-1033",
        style="tonline",
        staff=True,
        note="the third (13.2.) was held in full by a substitute: confirmed, staff notes it",
    )
    yes(
        "je05_schulz_heute_abgebrochen.eml",
        5,
        (1034, 1035),
        ("2026-04-16", "2026-04-23", "2026-04-30"),
        "2026-04-30 17:05",
        request_subject(1036),
        "Hallo,\n16.4., 23.4. und heute hat stattgefunden. Heute ist nach 10 Minuten die "
        "Verbindung abgebrochen und wir haben es nicht mehr hinbekommen.\nMarie",
        client="iphone",
        reply="cr-1036",
        style="iphone",
        bottom=True,
        staff=True,
        extra=("technical",),
        note="today interrupted after 10 minutes",
    )
    yes(
        "je06_hoffmann_mt_spaeter_voll.eml",
        6,
        (1040, 1041, 1042, 1043),
        ("2026-05-04", "2026-05-11", "2026-05-18"),
        "2026-05-19 08:20",
        "Bestätigung KGG und MT",
        "Guten Morgen,\n\nich bestätige die KGG am 04.05., 11.05. und 18.05. sowie die MT "
        "am 18.05. mittags. Die MT hat erst um 14 Uhr statt 12:30 angefangen, wurde aber "
        "vollständig gemacht.\n\nGruß\nPeter Hoffmann",
        client="outlook",
        staff=True,
        note="MT moved within its own day and held in full: confirmed; staff corrects the time",
    )
    yes(
        "je07_popescu_halbe_zeit.eml",
        7,
        (1046, 1047, 1049),
        ("2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23"),
        "2026-06-24 09:30",
        request_subject(1049),
        "Hallo,\n\nich bestätige termine 2.6, 9.6, 16.6 und 23.6. aber am 16.6 wir haben "
        "nur halbe Zeit gemacht weil mein Kind war krank und hat geweint.\n\n"
        "Danke schön\nElena Popescu",
        client="yahoo",
        reply="cr-1049",
        style="yahoo",
        staff=True,
        note="learner's German; 16.6. only half",
    )
    yes(
        "je08_richter_juni_letzter_telefon.eml",
        8,
        (1051, 1052, 1053, 1055),
        ("2026-06-03", "2026-06-10", "2026-06-17", "2026-06-24", "2026-07-01"),
        "2026-07-02 21:14",
        "Termine Juni",
        "Moin,\n\nalle Juni-Termine haben stattgefunden. Der letzte (24.) lief allerdings "
        "übers Handy als normaler Anruf, Video wollte nicht. Gestern dann wieder ganz normal "
        "per Video.\n\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone",
        staff=True,
        note="24.6. held by phone instead of video",
    )
    yes(
        "je09_neumann_juli_dienstag_abgebrochen.eml",
        9,
        (1056, 1057, 1058, 1059, 1061),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16", "2026-07-21", "2026-07-23"),
        "2026-07-24 10:00",
        "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\ndie Telefonbehandlungen vom 7. bis 23. Juli haben "
        "stattgefunden. Nur am Dienstag, den 21., musste ich nach einer Viertelstunde "
        "aufhören, weil es an der Tür klingelte (Paketbote) und ich nicht gleich wieder ans "
        "Telefon kam.\n\nMit freundlichen Grüßen\nGisela Neumann",
        staff=True,
        note="range; Tuesday 21st cut short",
    )
    yes(
        "je10_brandt_auf_samstag_verschoben.eml",
        10,
        (1063, 1064, 1066),
        ("2026-07-03", "2026-07-10", "2026-07-18", "2026-07-24"),
        "2026-07-24 18:02",
        request_subject(1066),
        "Hi,\n\nbestätigt: 3.7., 10.7., 17.7. und heute. Wobei die Stunde vom 17. ja auf "
        "Samstag verschoben wurde und da gemacht wurde, nur der Vollständigkeit halber.\n\n"
        "Gruß Lukas",
        client="thunderbird",
        reply="cr-1066",
        style="thunderbird",
        staff=True,
        note="17.7. moved to Saturday 18.7., a day without appointment",
    )


def lists_with_a_session_that_went_otherwise() -> None:
    yes(
        "je11_carter_last_stopped_halfway.eml",
        11,
        (1069, 1070, 1071),
        ("2026-08-03", "2026-08-10", "2026-08-17", "2026-08-24"),
        "2026-08-26 13:40",
        request_subject(1072, "Re"),
        "Hi,\n\nconfirming the sessions on Aug 3, 10, 17 and 24. The last one we stopped "
        "halfway because my back was too sore to carry on.\n\nBest,\nEmily",
        client="gmail",
        reply="cr-1072",
        style="gmail_en",
        staff=True,
        note="the last (24.8.) stopped halfway",
    )
    yes(
        "je12_yildiz_niemand_angerufen.eml",
        12,
        (1075, 1076, 1079),
        ("2026-08-05", "2026-08-12", "2026-09-02"),
        "2026-09-03 08:10",
        "Termine bestätigen",
        "Guten Morgen,\n\nich wollte meine Termine bestätigen: 5.8., 12.8. und gestern den "
        "2.9. Der 19. war ja abgesagt. Am 26. hat mich niemand angerufen, ich habe eine halbe "
        "Stunde gewartet.\n\nFatma Yıldız",
        client="webde",
        staff=True,
        note="26.8. did not take place; 19.8. cancelled",
    )
    yes(
        "je13_vogel_dritte_aus_hotel_telefon.eml",
        13,
        (1082, 1083, 1085),
        ("2026-09-10", "2026-09-17", "2026-09-24", "2026-10-01"),
        "2026-10-02 07:45",
        request_subject(1085),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die MT-Behandlungen am "
        "10.09., 17.09., 24.09. und 01.10.2026. Die dritte Sitzung habe ich aus dem Hotel "
        "telefonisch wahrgenommen, da das WLAN dort für Video nicht reichte.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte",
        client="outlook",
        reply="cr-1085",
        style="outlook_classic",
        staff=True,
        note="the third (24.9.) by phone instead of video",
    )
    yes(
        "je14_lehmann_rest_am_telefon.eml",
        14,
        (1087, 1088, 1090),
        ("2026-09-08", "2026-09-15", "2026-09-22", "2026-09-29"),
        "2026-09-30 22:47",
        "termine september",
        "hi!\n\nwollte nur kurz die letzten termine bestätigen: 8.9., 15.9., 22.9., 29.9.\n"
        "beim 22. ist nach ca 20 min die verbindung abgebrochen, den rest haben wir dann am "
        "telefon gemacht.\n\nanna",
        client="gmail",
        staff=True,
        extra=("technical",),
        note="22.9. partly video, partly phone",
    )
    yes(
        "je15_zimmermann_zwoelfter_viertelstunde.eml",
        15,
        (1093, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"),
        "2026-10-19 13:20",
        request_subject(1095),
        "Guten Tag,\n\ndie Termine am 5., 12. und heute, den 19. Oktober, haben "
        "stattgefunden. Am 12. hat die Therapeutin aber erst um Viertel nach elf angerufen, "
        "da blieb nur noch eine Viertelstunde.\n\nK. Zimmermann",
        reply="cr-1095",
        style="thunderbird",
        bottom=True,
        staff=True,
        note="12.10. only a quarter of an hour",
    )
    yes(
        "je16_schaefer_gestern_erst_abends.eml",
        16,
        (1098, 1099, 1100, 1101),
        ("2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28"),
        "2026-10-29 08:05",
        "Oktober-Termine",
        "Guten Morgen,\n\nalle vier Oktober-Termine (7., 14., 21., 28.) haben stattgefunden. "
        "Gestern fand es erst abends um halb neun statt, weil die Therapeutin sich verspätet "
        "hatte, wir haben aber die volle halbe Stunde gemacht.\n\nBeste Grüße\n"
        "Birgit Schäfer\nSchäfer Steuerberatung",
        client="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        staff=True,
        note="second registered address; yesterday later on its own day, in full",
    )
    yes(
        "je17_jansen_fuenfter_niemand_da.eml",
        17,
        (1104, 1105, 1107, 1108),
        ("2026-10-22", "2026-10-29", "2026-11-12", "2026-11-19"),
        "2026-11-20 11:00",
        "KGG Bestätigung",
        "Hi,\n\nBestätigung für die KGG: 22.10., 29.10., 12.11. und gestern. Am 5.11. saß "
        "ich 20 Minuten allein im Videoraum, da kam niemand – der Termin hat also nicht "
        "stattgefunden.\n\nOle",
        client="gmail",
        staff=True,
        note="5.11. did not take place",
    )
    yes(
        "je18_koch_vertretung_erster_april.eml",
        18,
        (1109, 1110, 1111, 1112, 1113, 1114),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01", "2026-04-08", "2026-04-13"),
        "2026-04-14 09:12",
        request_subject(1114),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlungen vom 23.3. bis "
        "13.4.: 23.3., 25.3., 30.3., 1.4., 8.4. und 13.4.\nAm 1.4. rief mich allerdings eine "
        "andere Therapeutin an, eine Frau Weber, als Vertretung. Die Behandlung war genauso "
        "lang.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline",
        reply="cr-1114",
        style="tonline",
        staff=True,
        note="1.4. held in full by a substitute: confirmed, staff notes it",
    )
    yes(
        "je19_nowak_twentieth_fifteen_minutes.eml",
        19,
        (1116, 1117, 1119),
        ("2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27"),
        "2026-11-28 10:30",
        "November sessions",
        "Hello,\n\nconfirming 6, 13, 20 and 27 November. On the 20th we only did about 15 "
        "minutes, the therapist had to leave early.\n\nDavid",
        staff=True,
        note="20.11. cut short",
    )
    yes(
        "je20_hartmann_auf_donnerstag_nachgeholt.eml",
        20,
        (1120, 1122, 1123),
        ("2026-11-03", "2026-11-12", "2026-11-17", "2026-11-24"),
        "2026-11-24 18:40",
        request_subject(1123),
        "Hallo,\n\nheute hat stattgefunden, die drei davor auch (3.11., 10.11., 17.11.). Nur "
        "der vom 10. war eigentlich am Donnerstag, dem 12., weil ich krank war, da haben wir "
        "ihn nachgeholt.\n\nLiebe Grüße\nLeonie",
        client="webde",
        reply="cr-1123",
        style="webde",
        staff=True,
        note="10.11. moved to Thursday 12.11., a day without appointment",
    )


def late_and_other_shapes() -> None:
    yes(
        "je21_wagner_spaet_akku_leer.eml",
        21,
        (1124, 1125, 1128, 1129),
        ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"),
        "2026-03-10 19:00",
        request_subject(1129),
        "Hallo,\n\nentschuldigen Sie die späte Antwort! 12.1., 19.1., 26.1., 9.2. und 16.2. "
        "haben stattgefunden (der 2.2. war ja abgesagt). Am 26.1. waren es aber nur ca. 10 "
        "Minuten, dann war mein Akku leer.\n\nViele Grüße\nSophie Wagner",
        reply="cr-1129",
        style="gmail",
        staff=True,
        note="weeks late; 26.1. only 10 minutes",
    )
    yes(
        "je22_aydin_gestern_nur_15.eml",
        22,
        (1130, 1131),
        ("2026-02-19", "2026-02-26", "2026-03-05"),
        "2026-03-06 14:00",
        "bestätigung",
        "Hallo,\n\nich bestätige Telefon Behandlung 19.2, 26.2 und gestern. Gestern die "
        "Therapeutin hat nur 15 minuten gemacht weil sie hat noch andere Patient.\n\n"
        "Mehmet Aydın",
        staff=True,
        note="learner's German; yesterday (5.3.) only 15 minutes",
    )
    yes(
        "je23_oneill_fifth_moved_wednesday.eml",
        23,
        (1136, 1137, 1138, 1140),
        ("2026-04-14", "2026-04-21", "2026-04-28", "2026-05-06", "2026-05-12"),
        "2026-05-13 08:30",
        request_subject(1140, "RE"),
        "Hello,\n\nI can confirm the calls on 14, 21 and 28 April and 5 and 12 May. The one "
        "on the 5th was actually moved to the Wednesday evening (6 May) at your therapist's "
        "request, but it was a full session.\n\nKind regards,\nJames O'Neill",
        client="outlook",
        reply="cr-1140",
        style="outlook_en",
        staff=True,
        note="5.5. moved to 6.5., a day without appointment",
    )
    yes(
        "je24_berger_mai_schwindelig.eml",
        24,
        (1142, 1143, 1145, 1146),
        ("2026-05-06", "2026-05-13", "2026-05-20", "2026-05-27", "2026-06-03"),
        "2026-06-05 10:00",
        request_subject(1146),
        "Guten Tag,\n\ndie Termine im Mai, also 6., 13., 20. und 27., haben stattgefunden und "
        "vorgestern auch. Am 20. habe ich aber nach der Hälfte aufgehört, weil mir schwindelig "
        "wurde.\n\nMit freundlichen Grüßen\nUrsula Berger",
        reply="cr-1146",
        style="outlook",
        staff=True,
        note="'vorgestern' = 3.6.; 20.5. stopped halfway",
    )
    yes(
        "je25_krueger_erster_auf_mittwoch.eml",
        1,
        (1008, 1009),
        ("2026-02-25", "2026-03-03", "2026-03-10"),
        "2026-03-10 11:45",
        request_subject(1009),
        "24.2., 3.3. und heute fanden statt. Der erste davon wurde aber auf Mittwoch "
        "verschoben.\n\nGruß S. Krüger\n\nVon meinem iPhone gesendet",
        client="iphone",
        reply="cr-1009",
        style="iphone",
        staff=True,
        note="the first (24.2.) moved to Wednesday 25.2.",
    )
    yes(
        "je26_becker_letzte_woche_donnerstag_kurz.eml",
        2,
        (1014, 1016),
        ("2026-02-16", "2026-02-19", "2026-02-23"),
        "2026-02-24 08:00",
        "Termine",
        "Hallo,\n\ndie beiden Termine letzte Woche (Mo + Do) haben stattgefunden, der am "
        "Donnerstag allerdings nur 20 Minuten, mein Handyakku war leer. Gestern ebenfalls, "
        "ganz normal.\n\nT. Becker",
        staff=True,
        note="last week Mon 16.2. and Thu 19.2. (short); yesterday 23.2.",
    )
    yes(
        "je27_carter_last_four_phone.eml",
        11,
        (1071, 1072, 1073),
        ("2026-08-17", "2026-08-24", "2026-08-31", "2026-09-07"),
        "2026-09-08 09:00",
        "Last four sessions",
        "Hi there,\n\njust confirming the last four sessions - 17, 24, 31 Aug and yesterday. "
        "All full sessions, except that yesterday's was done over the phone because the video "
        "link wouldn't load.\n\nThanks,\nEmily Carter",
        client="gmail",
        staff=True,
        extra=("technical",),
        note="yesterday (7.9.) by phone instead of video",
    )
    yes(
        "je28_lehmann_fuenf_minuten_spaeter.eml",
        14,
        (1091, 1092),
        ("2026-10-06", "2026-10-13"),
        "2026-10-13 15:10",
        request_subject(1092),
        "Hallo,\n\nbestätige den 6.10. und heute, 13.10. Heute hat es zwar 5 Minuten später "
        "angefangen, wir haben aber die volle Zeit gemacht.\n\nAnna Lehmann",
        client="gmail",
        reply="cr-1092",
        style="gmail",
        note="five minutes late but held in full: a plain confirmation",
    )
    yes(
        "je29_hoffmann_26_nur_20_minuten.eml",
        6,
        (1042, 1043, 1045),
        ("2026-05-18", "2026-05-26", "2026-06-01"),
        "2026-06-02 07:00",
        "Bestätigung letzte Termine",
        "Guten Morgen,\n\nkurze Bestätigung der letzten Termine: 18.05. (beide, KGG und MT), "
        "26.05. und gestern, 01.06. Die KGG am 26.05. ging allerdings nur 20 statt 30 Minuten."
        "\n\nPeter Hoffmann",
        client="outlook",
        staff=True,
        note="26.5. only 20 minutes",
    )
    yes(
        "je30_richter_letzte_woche_abgestuerzt.eml",
        8,
        (1054,),
        ("2026-06-17", "2026-06-24"),
        "2026-06-24 20:10",
        request_subject(1054),
        "Heute und letzte Woche war beides ok. Letzte Woche ging aber nur bis zur Hälfte, "
        "dann ist euer Video abgestürzt.",
        client="iphone",
        reply="cr-1054",
        style="iphone",
        bottom=True,
        staff=True,
        extra=("technical",),
        note="last Wednesday (17.6.) only half",
    )


def look_alikes() -> None:
    no(
        "je31_demir_naechste_einen_verschieben.eml",
        3,
        ("reschedule",),
        "2026-04-06 19:30",
        "Termin 15.4.",
        "Hallo,\n\nmeine nächsten Termine sind ja 8.4., 15.4. und 22.4. Den 15. muss ich leider "
        "verschieben, ginge stattdessen Freitag, der 17.4., auch vormittags?\n\nDanke, Aylin",
        client="gmail",
        note="coming sessions, one to move",
    )
    no(
        "je32_neumann_beschwerde_zu_kurz.eml",
        9,
        ("other",),
        "2026-07-15 11:00",
        "Behandlung gestern",
        "Sehr geehrte Damen und Herren,\n\ngestern hat die Behandlung am Telefon nur zwölf "
        "Minuten gedauert. Das finde ich nicht in Ordnung, ich habe mir extra den Vormittag "
        "freigehalten. Ich bitte um eine Erklärung.\n\nGisela Neumann",
        dates=("2026-07-14",),
        note="complaint about a short session, no yes",
    )
    no(
        "je33_schulz_zaehlt_das.eml",
        5,
        ("question", "technical"),
        "2026-05-07 17:20",
        request_subject(1037),
        "Hallo,\n\nheute ist die Verbindung nach 10 Minuten abgebrochen. Zählt das trotzdem als "
        "Termin? Ich möchte nicht, dass bei der Kasse eine Sitzung abgerechnet wird, die keine "
        "richtige war.\n\nMarie Schulz",
        client="iphone",
        reply="cr-1037",
        style="iphone",
        dates=("2026-05-07",),
        note="asks whether an interrupted session counts",
    )
    no(
        "je34_nowak_move_next_friday.eml",
        19,
        ("reschedule",),
        "2026-11-14 09:40",
        "Next Friday",
        "Hi,\n\ncould we move next Friday's session (20 Nov) to the afternoon? I have an early "
        "meeting that day. Anything after 2 pm works.\n\nThanks,\nDavid Nowak",
        note="request to move the next session",
    )
    no(
        "je35_zimmermann_rechnung_abgesagt.eml",
        15,
        ("question",),
        "2026-11-20 10:15",
        "Ihre Rechnung",
        "Guten Tag,\n\nauf Ihrer Rechnung über die Zuzahlung stehen der 5.10., 12.10., 19.10., "
        "26.10. und 2.11. Der 26. war doch abgesagt! Bitte korrigieren Sie das.\n\n"
        "Klaus Zimmermann",
        note="days listed in a mail about an invoice",
    )
    no(
        "je36_wolff_freitag_ja_zwanzigster_nicht.eml",
        4,
        ("reschedule",),
        "2026-02-05 15:00",
        reminder_subject(1031),
        "Guten Tag,\n\nmorgen bin ich erreichbar. Die Termine danach, 13. und 20.2., passen "
        "auch, nur am 20. bin ich beim Zahnarzt. Können wir den auf Donnerstag, 19.2., "
        "legen?\n\nH.-J. Wolff",
        client="tonline",
        reply="rem-1031",
        style="tonline",
        note="reply to a reminder; a coming session to move",
    )
    no(
        "je37_carter_charged_for_short.eml",
        11,
        ("question", "technical"),
        "2026-08-10 15:00",
        request_subject(1070, "Re"),
        "Hi,\n\ntoday's session was cut short after about 15 minutes as my internet dropped. "
        "Will I still be charged for it? I'm a private patient so it does matter to me.\n\n"
        "Emily",
        client="gmail",
        reply="cr-1070",
        style="gmail_en",
        dates=("2026-08-10",),
        note="question about an interrupted session, no yes",
    )
    no(
        "je38_yildiz_zwei_absagen.eml",
        12,
        ("cancellation",),
        "2026-08-27 20:05",
        "Absage September",
        "Hallo,\n\ndie Termine am 2.9. und 9.9. kann ich leider nicht, ich bin dann in der "
        "Türkei bei meiner Familie. Bitte beide absagen.\n\nFatma Yıldız",
        client="webde",
        note="cancels two coming sessions",
    )
    no(
        "je39_becker_rechnung_aufschluesseln.eml",
        2,
        ("question",),
        "2026-03-12 18:30",
        "Rechnung Februar",
        "Sehr geehrte Damen und Herren,\n\nin Ihrer Rechnung sind neun Termine vom 2.2. bis "
        "2.3. aufgeführt. Der Betrag für die MT kommt mir hoch vor, können Sie mir die "
        "Einzelposten aufschlüsseln?\n\nMit freundlichen Grüßen\nThomas Becker",
        client="outlook",
        note="an invoice question naming a range of days",
    )
    no(
        "je40_wagner_naechste_liste_absage.eml",
        21,
        ("cancellation",),
        "2026-01-20 07:50",
        "Termin 2.2.",
        "Hallo,\n\nmeine nächsten Termine sind ja der 26.1., 2.2., 9.2. und 16.2. Den 2.2. muss "
        "ich leider absagen, da bin ich auf Dienstreise. Die anderen bleiben.\n\nSophie Wagner",
        note="list of coming sessions with one cancelled",
    )


def main() -> None:
    load_practice()
    lists_with_a_short_or_broken_session()
    lists_with_a_session_that_went_otherwise()
    late_and_other_shapes()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
