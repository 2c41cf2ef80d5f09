"""Write blind set DA: partial confirmations in everyday words, 43 mails.

Most mails confirm one or more sessions and say in passing that another did not take
place, was cut short, was moved or is uncertain ("Dienstag ja, Donnerstag verpennt", "die
ersten beiden auch", "the one on the 12th got cut short", "alle bis auf den 11."), often
naming days only by weekday, 'heute', 'gestern' or 'der davor'; some confirm every session
cleanly, some mention a cancelled day that we cancelled anyway. 33 confirm at least one
session; 10 look like confirmations and are not (a session that did not take place or was
broken off, a yes to a reminder, a "confirmation" of tomorrow's appointment).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_da`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_da")


def winter() -> None:
    # Sabine Krüger (1): video KG Tuesdays 10:00, 1003-1009 open.
    yes("da01_krueger_heute_27.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:05", re(1003),
        "Hallo,\n\nja, die Behandlung heute am 27.1. hat stattgefunden.\n\nGruß\nS. Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="'heute am 27.1.' under our request for that day")  # fmt: skip
    yes("da02_krueger_februar_krank.eml", 1, (1004, 1006), ("2026-02-03", "2026-02-17"),
        "2026-02-19 20:10", "Bestätigung Termine Februar",
        "Guten Abend,\n\nhiermit bestätige ich die Videotermine am 3.2. und am 17.2.\n"
        "Am 10.2. war ich krank und hatte abgesagt, das hat hoffentlich jemand mitbekommen.\n\n"
        "Sabine Krüger", client="webde", staff=True,
        note="10.02. (1005) still scheduled, patient says she cancelled it: staff")  # fmt: skip
    no("da03_krueger_kind_krank.eml", 1, ("reschedule",), "2026-03-10 12:45", re(1009),
       "Hallo, heute hab ichs leider nicht geschafft, mein Kleiner war krank und ich musste "
       "zum Kinderarzt. Können wir das nachholen? Gruß Sabine", client="webde", reply="cr-1009",
       style="webde", note="under the request for 10.03.: the session did not take place")  # fmt: skip

    # Thomas Becker (2): phone MT Mondays and Thursdays 17:30.
    yes("da04_becker_montag_donnerstag.eml", 2, (1010, 1011), ("2026-02-02", "2026-02-05"),
        "2026-02-06 08:12", re(1011),
        "Moin,\n\nMontag und Donnerstag haben beide geklappt.\n\nGruß Thomas",
        client="gmail", reply="cr-1011", style="gmail",
        note="weekdays only: Monday 02.02. and Thursday 05.02. of the requested week")  # fmt: skip
    yes("da05_becker_verpennt.eml", 2, (1014,), ("2026-02-16",), "2026-02-20 09:30", "Termine",
        "Hallo,\n\nkurz zur Abrechnung: Montag 16.2. ja, Donnerstag (19.) hab ich verpennt, "
        "Ihre Kollegin hat zweimal angerufen und ich war nicht dran. Sorry!\n\nT. Becker",
        client="gmail", staff=True,
        note="19.02. (1015) missed by the patient: not confirmed, staff")  # fmt: skip
    yes("da06_becker_davor_zehn_minuten.eml", 2, (1013,), (), "2026-02-13 07:45", re(1013),
        "Ja.\nAber der davor (Montag) ging nur 10 min, dann war das Netz weg. Zählt der "
        "trotzdem?\n\nVon meinem iPhone gesendet", client="iphone", reply="cr-1013",
        style="iphone", staff=True, extra=("question",),
        note="bare yes for 12.02.; Monday 09.02. (1012) broken off after 10 minutes")  # fmt: skip

    # Hans-Jürgen Wolff (4): phone KG Fridays 14:00, 1027 confirmed before.
    yes("da07_wolff_niemand_angerufen.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-02-02 10:05", "Behandlungen Januar",
        "Sehr geehrte Damen und Herren,\n\nich bestätige die telefonischen Behandlungen am "
        "16.01. und 23.01.2026.\nAm 30.01. hat niemand angerufen, ich habe bis halb drei "
        "gewartet.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff", client="tonline", staff=True,
        note="30.01. (1030) did not take place according to the patient")  # fmt: skip
    no("da08_wolff_halbe_stunde_abgebrochen.eml", 4, ("question",), "2026-02-09 11:00",
       re(1031),
       "Guten Tag,\n\nder Termin am Freitag hat stattgefunden, allerdings musste ich nach der "
       "Hälfte abbrechen, weil es an der Tür geklingelt hat und dann war der Paketbote da.\n"
       "Bitte teilen Sie mir mit, ob das so abgerechnet werden kann.\n\n"
       "Mit freundlichen Grüßen\nH.-J. Wolff", client="tonline", reply="cr-1031",
       style="tonline",
       note="06.02. broken off halfway, patient asks whether it can be billed: staff decides")  # fmt: skip


def spring() -> None:
    # Aylin Demir (3): video KG Wednesdays 08:30, 01.04. (1023) cancelled by us.
    yes("da09_demir_abgesagt_gestern.eml", 3, (1021, 1022, 1024),
        ("2026-03-18", "2026-03-25", "2026-04-08"), "2026-04-09 19:00", "Abrechnung",
        "Hi,\n\nkurze Info für die Abrechnung: 18.3. und 25.3. waren beide, den 1.4. hattet "
        "ihr ja abgesagt und gestern hat auch geklappt.\n\nLG Aylin", client="gmail",
        note="'gestern' = 08.04.; 01.04. was cancelled by the practice, nothing to do")  # fmt: skip

    # Marie Schulz (5): video KG Thursdays 15:30, no appointment on 14.05.
    yes("da10_schulz_vier_und_frage.eml", 5, (1034, 1035, 1036, 1037),
        ("2026-04-16", "2026-04-23", "2026-04-30", "2026-05-07"), "2026-05-15 11:20",
        "Termine April/Mai",
        "Hallo zusammen,\n\nich wollte noch die letzten Termine bestätigen: 16.4., 23.4., 30.4. "
        "und 7.5. – alle per Video, alles gut.\nGestern war ja keiner, oder? Ich war mir nicht "
        "sicher, ob wir den 14. ausgemacht hatten.\n\nLiebe Grüße\nMarie", staff=True,
        extra=("question",), note="four clean days plus a question about 14.05.")  # fmt: skip
    yes("da11_schulz_laptop_abgestuerzt.eml", 5, (1039,), ("2026-05-28",), "2026-05-29 09:10",
        re(1039),
        "Hallo,\n\nja, am 28.5. war die Behandlung.\nDen Termin davor (21.5.) hatte ich nur "
        "halb, mein Laptop ist nach einer Viertelstunde abgestürzt und ich kam nicht mehr rein."
        "\n\nViele Grüße\nMarie Schulz", client="thunderbird", reply="cr-1039",
        style="thunderbird", staff=True, note="21.05. (1038) cut short: not confirmed")  # fmt: skip

    # Renate Koch (18): phone KG Mon/Wed 15:00.
    yes("da12_koch_schwindelig.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-04-02 09:00", "Telefonbehandlungen",
        "Guten Morgen,\n\nich bestätige die Behandlungen vom 23.3., 25.3. und 30.3.\nGestern "
        "am Mittwoch war auch, aber ich musste nach der Hälfte aufhören, weil mir schwindelig "
        "wurde.\n\nMit freundlichen Grüßen\nRenate Koch", client="tonline", staff=True,
        note="01.04. (1112) stopped halfway: not confirmed, staff")  # fmt: skip
    no("da13_koch_nicht_zu_hause.eml", 18, ("reschedule",), "2026-04-14 09:10", re(1114),
       "Guten Tag,\n\nam Montag war ich nicht zu Hause, der Termin hat also nicht "
       "stattgefunden. Das tut mir leid. Bitte geben Sie mir einen neuen Termin.\n\n"
       "Renate Koch", client="tonline", reply="cr-1114", style="tonline",
       note="13.04. did not take place; wants a new appointment")  # fmt: skip

    # Mehmet Aydın (22): phone KG Thursdays 12:30.
    yes("da14_aydin_arbeit.eml", 22, (1131, 1132), ("2026-02-26", "2026-03-05"),
        "2026-03-06 18:20", re(1132),
        "Hallo, ja gestern termin war. der davor auch (26.2). nur am 19.2 ich war auf arbeit, "
        "hab nicht gehört telefon.\nMehmet", client="outlook", reply="cr-1132", style="outlook",
        staff=True, note="'gestern' = 05.03.; 19.02. (1130) missed")  # fmt: skip

    # James O'Neill (23): phone MT Tuesdays 19:30.
    yes("da15_oneill_last_night.eml", 23, (1136, 1137, 1138),
        ("2026-04-14", "2026-04-21", "2026-04-28"), "2026-04-29 08:00", re(1138, "RE"),
        "Hi,\n\nconfirming last night's session. The 14th and 21st happened as well.\n\n"
        "Cheers,\nJames", client="outlook", reply="cr-1138", style="outlook_en",
        note="'last night' = 28.04.")  # fmt: skip
    yes("da16_oneill_cut_short.eml", 23, (1139, 1141), ("2026-05-05", "2026-05-19"),
        "2026-05-20 09:15", re(1141, "RE"),
        "Yes, yesterday went ahead. The one on the 12th got cut short - I had a call from work "
        "and we stopped after maybe 10 minutes. May 5th was fine.\n\nJames", client="outlook",
        reply="cr-1141", style="outlook_en", staff=True,
        note="12.05. (1140) cut short: not confirmed")  # fmt: skip

    # Peter Hoffmann (6): video KGG Mondays 07:30, MT 18.05. 12:30.
    yes("da17_hoffmann_bis_auf_den_11.eml", 6, (1040, 1042, 1043, 1044), (),
        "2026-05-27 07:10", re(1044),
        "Ja, hat stattgefunden.\nDie anderen im Mai übrigens auch alle, bis auf den 11., da war "
        "ich auf Dienstreise und hatte telefonisch abgesagt.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook", staff=True,
        note="yes for 26.05. plus 'all others in May' (04., 18. both); 11.05. (1041) "
             "not taken place")  # fmt: skip

    # Ursula Berger (24): phone KG Wednesdays 09:00.
    no("da18_berger_verbindung.eml", 24, ("technical",), "2026-05-20 10:50", re(1144),
       "Guten Tag,\n\nich weiß nicht, ob das heute zählt. Die Verbindung war so schlecht, dass "
       "wir fast nichts machen konnten.\nBitte melden Sie sich bei mir.\n\nU. Berger",
       client="thunderbird", reply="cr-1144", style="thunderbird",
       note="20.05. barely took place: staff")  # fmt: skip


def summer() -> None:
    # Elena Popescu (7): new patient, video KG Tuesdays 11:00.
    no("da19_popescu_link.eml", 7, ("technical",), "2026-06-02 13:10", re(1046),
       "Hallo,\nTermin hat nicht funktioniert, ich habe Link nicht gefunden. Bitte neue "
       "Termin.\nElena", client="yahoo", reply="cr-1046", style="yahoo",
       note="02.06. did not take place")  # fmt: skip
    yes("da20_popescu_kamera.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"),
        "2026-06-16 13:00", re(1048),
        "Hallo,\nja heute Termin war gut. Letzte Woche 9.6 auch war. Aber erste Termin 2.6 ich "
        "hatte Problem mit Kamera, nur telefon 10 Minuten.\nDanke\nElena", client="yahoo",
        reply="cr-1048", style="yahoo", staff=True,
        note="'heute' = 16.06.; 02.06. (1046) only ten minutes by phone")  # fmt: skip

    # Jonas Richter (8): new patient, video MT Wednesdays 18:00.
    yes("da21_richter_jo.eml", 8, (1052,), (), "2026-06-10 19:40", re(1052),
        "Jo, hat gepasst\n\nVon meinem iPhone gesendet", client="iphone", reply="cr-1052",
        style="iphone")  # fmt: skip
    yes("da22_richter_stau.eml", 8, (1054,), ("2026-06-24",), "2026-06-26 12:30", re(1054),
        "Mittwoch ja. Der davor (17.) ist ausgefallen, weil ich im Stau stand und erst um halb "
        "7 daheim war – hab Bescheid gegeben, glaub ich.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1054", style="iphone", staff=True,
        note="'Mittwoch' = 24.06.; 17.06. (1053) missed")  # fmt: skip
    no("da23_richter_morgen_dabei.eml", 8, ("other",), "2026-06-30 18:30", rem(1055),
       "Ja passt, bin morgen dabei 👍\n\nVon meinem iPhone gesendet", client="iphone",
       reply="rem-1055", style="iphone", staff=False,
       note="a yes to the reminder for 01.07.: nothing took place yet, nothing to do")  # fmt: skip

    # Gisela Neumann (9): phone KG Tue/Thu 09:00.
    yes("da24_neumann_beim_arzt.eml", 9, (1056, 1057, 1058),
        ("2026-07-07", "2026-07-09", "2026-07-14"), "2026-07-17 10:30", "Telefontermine",
        "Liebes Praxisteam,\n\ndie Termine diese und letzte Woche: Dienstag der 7. ja, "
        "Donnerstag der 9. ja, Dienstag der 14. ja.\nGestern am Donnerstag hat Ihre Kollegin "
        "angerufen, aber da war ich gerade beim Arzt, wir haben nur kurz gesprochen und es "
        "auf nächste Woche verschoben.\n\nHerzliche Grüße\nGisela Neumann", staff=True,
        note="16.07. (1059) moved, not taken place")  # fmt: skip
    yes("da25_neumann_zahnarzt.eml", 9, (1061, 1062), ("2026-07-23", "2026-07-28"),
        "2026-07-29 08:40", re(1062),
        "Guten Tag,\n\nam Dienstag hat die Therapeutin angerufen und wir haben die Übungen "
        "gemacht. Auch den Donnerstag davor, 23.7., bestätige ich hiermit.\nDen 21. weiß ich "
        "nicht mehr genau, ich meine, da war ich beim Zahnarzt.\n\nGisela Neumann",
        client="thunderbird", reply="cr-1062", style="thunderbird", staff=True,
        note="'Dienstag' = 28.07.; 21.07. (1060) uncertain")  # fmt: skip

    # Lukas Brandt (10): video KG Fridays 16:00.
    yes("da26_brandt_ersten_beiden.eml", 10, (1063, 1064, 1065),
        ("2026-07-03", "2026-07-10", "2026-07-17"), "2026-07-17 17:55", re(1065),
        "Hallo,\n\n17.7. bestätigt. Die ersten beiden (3.7. und 10.7.) übrigens auch.\n\n"
        "VG Lukas", client="thunderbird", reply="cr-1065", style="thunderbird",
        bottom=True)  # fmt: skip
    yes("da27_brandt_gestern_nein.eml", 10, (1066, 1067), ("2026-07-24", "2026-07-31"),
        "2026-08-08 10:00", "Termine Juli/August",
        "Hallo,\n\nfür die Abrechnung: 24.7. ja, 31.7. ja, gestern nein – ich hab den Link "
        "nicht gefunden und nach 10 Minuten aufgegeben. Wollte eh fragen, ob wir den "
        "nachholen können.\n\nGruß\nLukas Brandt", client="thunderbird", staff=True,
        extra=("reschedule",), note="07.08. (1068) did not take place, wants to make it up")  # fmt: skip

    # Emily Carter (11): English, video KG Mondays 12:00.
    yes("da28_carter_third_cut_short.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-17 14:10", re(1071, "Re"),
        "Hi,\n\nyes the session today took place. Also the one on the 10th - forgot to reply "
        "to that one. The one on the 3rd got cut short though, my internet dropped after "
        "about 15 min.\n\nBest,\nEmily", client="gmail", reply="cr-1071", style="gmail_en",
        staff=True, note="'today' = 17.08.; 03.08. (1069) cut short")  # fmt: skip
    yes("da29_carter_mondays.eml", 11, (1072, 1073, 1074),
        ("2026-08-24", "2026-08-31", "2026-09-07"), "2026-09-09 21:05", re(1074, "Re"),
        "Confirming Monday's session. Also the 24th and 31st of August, I don't think I ever "
        "confirmed those. Thanks!\n\nEmily", client="gmail", reply="cr-1074",
        style="gmail_en", note="'Monday' = 07.09.")  # fmt: skip

    # Fatma Yıldız (12): phone KG Wednesdays 10:30, 19.08. (1077) cancelled by us.
    yes("da30_yildiz_abgesagt.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"),
        "2026-08-26 12:05", re(1078),
        "hallo ja war heute telefon termin. die vom 12. auch. 19. war ja abgesagt\n"
        "lg fatma", client="webde", reply="cr-1078", style="webde",
        note="'heute' = 26.08.; 19.08. cancelled by the practice")  # fmt: skip
    no("da31_yildiz_niemand.eml", 12, ("question",), "2026-09-02 12:20", re(1079),
       "Hallo,\nheute hat niemand angerufen. Ich habe gewartet bis 11 Uhr. Was ist passiert?\n"
       "Fatma Yildiz", client="webde", reply="cr-1079", style="webde",
       note="02.09. did not take place")  # fmt: skip

    # Dr. Michael Vogel (13), video MT Thursdays 07:00.
    yes("da32_vogel_frankfurt.eml", 13, (1082, 1084), ("2026-09-10", "2026-09-24"),
        "2026-09-25 06:45", "Termine 10./17./24.9.",
        "Guten Morgen,\n\n10. und 24. wahrgenommen. Am 17. war ich kurzfristig in Frankfurt, "
        "das hatte ich Ihrer Kollegin per SMS mitgeteilt. Bitte nicht abrechnen.\n\n"
        "MfG\nM. Vogel\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\nTel. 0211 556 2210",
        client="outlook", staff=True, note="17.09. (1083) did not take place")  # fmt: skip


def autumn() -> None:
    # Anna Lehmann (14): video KG Tuesdays 13:00.
    yes("da33_lehmann_zwanzig_minuten.eml", 14, (1089,), ("2026-09-22",), "2026-09-23 08:30",
        re(1089),
        "Hallo,\n\nich bestätige die Sitzung vom 22.9.\nDie am 15. hat auch stattgefunden, "
        "aber nur 20 statt 30 Minuten, weil ich danach in ein Seminar musste – keine Ahnung, "
        "ob das relevant ist.\n\nBeste Grüße\nAnna Lehmann", client="apple", reply="cr-1089",
        style="iphone", staff=True,
        note="15.09. (1088) shortened to 20 minutes: staff decides")  # fmt: skip
    yes("da34_lehmann_nicht_sicher.eml", 14, (1090, 1091, 1092),
        ("2026-09-29", "2026-10-06", "2026-10-13"), "2026-10-14 09:00", "Bestätigung",
        "Hallo,\n\nhiermit bestätige ich die Videotermine am 29.9., 6.10. und 13.10.\n"
        "Der am 8.9. fehlt glaube ich auch noch, da bin ich mir aber ehrlich gesagt nicht mehr "
        "sicher, ob der war oder ob wir den verschoben hatten.\n\nAnna Lehmann",
        client="apple", staff=True, note="08.09. (1087) uncertain")  # fmt: skip

    # Klaus Zimmermann (15): phone KG Mondays 11:00.
    yes("da35_zimmermann_letzten_montag.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-10-19 13:05", re(1095),
        "Ja hat geklapt heute. Letzten Monntag auch.\n\nGesendet von meinem Samsung Galaxy",
        client="samsung", reply="cr-1095", style="samsung",
        note="'heute' = 19.10., 'letzten Montag' = 12.10.")  # fmt: skip
    no("da36_zimmermann_fieber.eml", 15, ("reschedule",), "2026-11-02 12:50", re(1097),
       "Hallo heute haben wir nur ganz kurz telefoniert weil ich Fieber hab, wir wollten einen "
       "neuen Termin machen. Wann geht es?\nZimmermann\n\nGesendet von meinem Samsung Galaxy",
       client="samsung", reply="cr-1097", style="samsung",
       note="02.11. not held, only a short call")  # fmt: skip

    # Birgit Schäfer (16): video KG Wednesdays 19:00, two addresses.
    yes("da37_schaefer_oktober_buero.eml", 16, (1098, 1099, 1100, 1101),
        ("2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28"), "2026-10-29 08:15",
        "Behandlungen Oktober",
        "Guten Morgen,\n\nder Ordnung halber: die Termine am 7., 14., 21. und 28.10. haben "
        "alle stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\n"
        "Tel. 0341 998 120-0", client="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer")  # fmt: skip
    yes("da38_schaefer_verschwitzt.eml", 16, (1103,), ("2026-11-11",), "2026-11-12 07:50",
        re(1103),
        "Hallo,\n\ngestern ja. Den vom 4. hab ich verschwitzt, tut mir leid, war noch im "
        "Büro.\n\nBirgit", client="webde", reply="cr-1103", style="webde", staff=True,
        note="'gestern' = 11.11.; 04.11. (1102) missed")  # fmt: skip

    # Ole Jansen (17): new patient, video KGG Thursdays 10:00.
    yes("da39_jansen_beiden_davor.eml", 17, (1104, 1105, 1106),
        ("2026-10-22", "2026-10-29", "2026-11-05"), "2026-11-05 11:50", re(1106),
        "Jap, heute war. Die beiden davor auch, also 22. und 29.10.\n\nOle", client="gmail",
        reply="cr-1106", style="gmail", note="'heute' = 05.11.")  # fmt: skip
    no("da40_jansen_niemand_kam.eml", 17, ("technical",), "2026-11-12 10:40", vl(1107),
       "Hab den Code eingegeben, aber es kam niemand. Hab 20 Min gewartet, dann aufgegeben.\n"
       "Ole", client="gmail", reply="vl-1107", style="gmail",
       note="12.11. did not take place")  # fmt: skip

    # David Nowak (19): video MT Fridays 08:00.
    no("da41_nowak_morgen.eml", 19, ("other",), "2026-11-19 17:30", "Bestätigung Termin 20.11.",
       "Hallo,\n\nhiermit bestätige ich meinen Termin morgen, 20.11. um 8 Uhr.\n\nGruß\n"
       "D. Nowak", note="confirms tomorrow's appointment, not a treatment that took place")  # fmt: skip

    # Leonie Hartmann (20): new patient, video KG Tuesdays 17:00.
    yes("da42_hartmann_ton_schlecht.eml", 20, (1121, 1122), (), "2026-11-18 07:30", re(1122),
        "Guten Morgen,\n\nja hat stattgefunden. die ersten beiden auch, nur beim ersten war der "
        "Ton ganz schlecht und wir haben nach 10 min aufs Telefon gewechselt, ich hoffe das "
        "geht in Ordnung\n\nLG Leonie", client="webde", reply="cr-1122", style="webde",
        staff=True,
        note="yes for 17.11. and 10.11. ('die ersten beiden'); 03.11. (1120) switched to "
             "phone, patient unsure: staff")  # fmt: skip

    # Sophie Wagner (21): video KG Mondays 09:30.
    yes("da43_wagner_zwei_davor.eml", 21, (1124, 1125, 1126), (), "2026-01-26 11:40",
        re(1126),
        "Ja hat stattgefunden, die zwei davor auch 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1126", style="iphone",
        note="yes for 26.01. and the two before, 12.01. and 19.01.")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
