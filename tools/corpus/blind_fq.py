"""Write blind set FQ: partial confirmations in everyday words, 44 mails (34 confirmations, 10 look-alikes).

Most mails confirm one or more sessions and say, in passing, that another did not take
place, was cut short, was moved or is uncertain ("Montag ja, Donnerstag hab ich verpennt",
"die ersten beiden ja, den dritten weiß ich nicht", "bis auf den 17."); days are often named
only by weekday, "gestern", "den davor" or "letzte Woche"; some mails plainly confirm every
session. Ten look-alikes answer our request or reminder without confirming anything: a
session nobody called for, a forgotten one, a future one, a question whether one is still
owed. Labels are strict: only the sessions the patient plainly confirms.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fq`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_fq")


def early_year() -> None:
    # Sabine Krüger (1): Tuesdays 10:00 video, 1003..1009 open.
    yes("fq01_krueger_10_ja_3_verpasst.eml", 1, (1005,), ("2026-02-10",), "2026-02-12 19:20", re(1005),
        "Hallo,\n\nder 10. hat stattgefunden. Den am 3. hab ich leider verpasst, ich saß noch beim"
        " Arzt im Wartezimmer und hab's nicht rechtzeitig geschafft.\n\nGruß\nS. Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True,
        note="10.02. confirmed; 03.02. (1004) missed, staff must book it as a no-show")  # fmt: skip
    yes("fq02_krueger_vier_termine.eml", 1, (1006, 1007, 1008, 1009),
        ("2026-02-17", "2026-02-24", "2026-03-03", "2026-03-10"), "2026-03-11 08:15",
        "Bestätigung Termine Feb/März",
        "Guten Morgen,\n\nich bestätige hiermit die Termine am 17.2., 24.2., 3.3. und 10.3., alle per"
        " Video und alle haben stattgefunden.\n\nLG Sabine Krüger",
        client="webde")  # fmt: skip
    yes("fq03_krueger_februar_bis_auf_17.eml", 1, (1004, 1005, 1007), (), "2026-03-02 17:40",
        "Februar",
        "Hallo liebes Praxisteam,\n\nim Februar hat alles stattgefunden bis auf den 17., da lag ich"
        " mit Grippe flach. Ich hoffe das war richtig abgesagt?\n\nViele Grüße\nSabine Krüger",
        client="webde", staff=True, extra=("question",),
        note="all February sessions except 17.02. (1006): 03., 10., 24.02.; no single day named as"
        " held")  # fmt: skip
    # Thomas Becker (2): Mondays and Thursdays 17:30 phone MT.
    yes("fq04_becker_montag_ja_donnerstag_verpennt.eml", 2, (1010,), ("2026-02-02",),
        "2026-02-06 07:40", re(1011),
        "Montag ja, Donnerstag hab ich verpennt, sorry!! Kann man den irgendwie nachholen?\n\nTB",
        client="thunderbird", reply="cr-1011", style="thunderbird", staff=True,
        extra=("reschedule",),
        note="Montag = 02.02. (1010) held; Donnerstag 05.02. (the requested 1011) missed")  # fmt: skip
    yes("fq05_becker_letzte_woche_beide.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-20 08:00", "Termine letzte Woche",
        "Hallo,\n\nMontag und Donnerstag letzte Woche haben beide stattgefunden, hatte vergessen"
        " zu antworten.\n\nGruß\nThomas Becker",
        client="thunderbird", note="written Fri 20.02.: last week = Mo 09.02. and Do 12.02.")  # fmt: skip
    yes("fq06_becker_heute_ja_montag_abgebrochen.eml", 2, (1015,), ("2026-02-19",),
        "2026-02-19 21:10", re(1015),
        "Hallo, heute hat geklappt.\nDen am Montag (16.) mussten wir nach einer Viertelstunde"
        " abbrechen weil ich noch mal ins Büro musste. Bitte nur halb berechnen oder wie ihr das"
        " halt macht.\n\nThomas Becker",
        client="thunderbird", reply="cr-1015", style="thunderbird", staff=True,
        extra=("question",), note="19.02. held; 16.02. (1014) cut short after 15 minutes")  # fmt: skip
    # Hans-Jürgen Wolff (4): Fridays 14:00 phone.
    yes("fq07_wolff_freitag_13_kurz.eml", 4, (1031,), ("2026-02-06",), "2026-02-16 09:00",
        re(1032),
        "Guten Tag,\n\nam Freitag, dem 13., kam der Anruf erst um halb drei und ging dann nur eine"
        " Viertelstunde, die Therapeutin hatte danach gleich den nächsten Termin. Bitte prüfen Sie"
        " das.\nDer Freitag davor (6.2.) war ganz normal, den bestätige ich hiermit.\n\nMit"
        " freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1032", style="tonline", staff=True,
        note="06.02. confirmed; 13.02. (the requested 1032) only 15 minutes, not confirmed")  # fmt: skip
    # Sophie Wagner (21): Mondays 09:30 video, 02.02. cancelled.
    yes("fq08_wagner_heute_ja_letzte_woche_ton.eml", 21, (1129,), ("2026-02-16",),
        "2026-02-16 11:25", re(1129),
        "Hi, heute ja.\nLetzte Woche war ich schon drin, aber die Therapeutin hatte Probleme mit"
        " dem Ton, wir haben nach 5 min aufgehört und sie wollte sich nochmal melden. Hat sie aber"
        " nicht.\n\nLG Sophie",
        client="gmail", reply="cr-1129", style="gmail", staff=True, extra=("technical",),
        note="16.02. held; 09.02. (1128) stopped after 5 minutes")  # fmt: skip
    no("fq09_krueger_schon_bestaetigt.eml", 1, ("question",), "2026-02-17 12:00", re(1006),
       "Hallo, hab ich den von letzter Woche eigentlich schon bestätigt? Ich weiß nicht mehr ob"
       " ich geantwortet habe. Sabine Krüger",
       client="webde", reply="cr-1006", style="webde",
       note="asks whether she already confirmed; confirms nothing")  # fmt: skip


def spring() -> None:
    # Aylin Demir (3): Wednesdays 08:30 video, 01.04. cancelled.
    yes("fq10_demir_heute_und_den_davor.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-03-25 10:02", re(1022),
        "Ja hat heute stattgefunden. Den davor (18.) auch, hatte ich vergessen zu bestätigen\n\nLG"
        " Aylin",
        client="gmail", reply="cr-1022", style="gmail")  # fmt: skip
    yes("fq11_demir_ersten_beiden_dritter_unklar.eml", 3, (1019, 1020), (), "2026-04-09 21:15",
        "Termine März",
        "Hallo!\n\ndie ersten beiden im März hatten wir auf jeden Fall. Beim dritten weiß ich echt"
        " nicht mehr ob der war oder ob der ausgefallen ist?? Könnt ihr mal schauen\n\nLG Aylin",
        client="gmail", staff=True, extra=("question",),
        note="04.03. and 11.03. confirmed; 18.03. (1021) uncertain")  # fmt: skip
    no("fq12_demir_niemand_im_videoraum.eml", 3, ("technical", "question"), "2026-04-08 10:20",
       re(1024),
       "Hallo, ich war heute um halb 9 im Videoraum aber es kam niemand?? Hab 20 min gewartet."
       " Findet das noch statt?\nAylin",
       client="gmail", reply="cr-1024", style="gmail",
       note="the requested session did not take place")  # fmt: skip
    # Renate Koch (18): Mondays and Wednesdays 15:00 phone.
    yes("fq13_koch_vier_ja_1_4_verhindert.eml", 18, (1109, 1110, 1111, 1113),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-08"), "2026-04-09 10:05",
        "Bestätigung",
        "Guten Tag,\n\nich bestätige die Behandlungen vom 23.3., 25.3. und 30.3. Am 1.4. war ich"
        " verhindert, der 8.4. hat dann wieder stattgefunden.\n\nMit freundlichen Grüßen\nRenate"
        " Koch",
        client="tonline", staff=True, note="01.04. (1112) did not take place")  # fmt: skip
    # Mehmet Aydın (22): Thursdays 12:30 phone.
    yes("fq14_aydin_12_ja_5_nicht.eml", 22, (1133,), ("2026-03-12",), "2026-03-13 19:00",
        re(1133),
        "Hallo, ja 12.3 war Behandlung. Die 5.3 nicht, ich war auf Arbeit, Telefon nicht gehört."
        " Sorry\nMehmet",
        client="outlook", reply="cr-1133", style="outlook", staff=True,
        note="05.03. (1132) missed")  # fmt: skip
    no("fq15_aydin_kalender_bei_frau.eml", 22, ("question",), "2026-03-20 18:30", re(1134),
       "Hallo, kann ich erst nächste Woche bestätigen, meine Frau hat den Kalender. Wann ist"
       " nächste Termin?\nMehmet Aydın",
       client="outlook", reply="cr-1134", style="outlook",
       note="promises a confirmation later, asks for the next date")  # fmt: skip
    # James O'Neill (23): Tuesdays 19:30 phone MT.
    yes("fq16_oneill_last_night_and_two_before.eml", 23, (1136, 1137, 1138),
        ("2026-04-14", "2026-04-21", "2026-04-28"), "2026-04-29 08:00", re(1138),
        "Hi,\n\nconfirming last night's call, and the two before that on the 14th and 21st as"
        " well.\n\nCheers,\nJames",
        client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip
    no("fq17_oneill_forgot_yesterday.eml", 23, ("reschedule",), "2026-05-20 08:45", re(1141),
       "Hi, sorry - I completely forgot about yesterday's call, I was stuck at work until late."
       " Could we do another one next week?\n\nJames",
       client="outlook", reply="cr-1141", style="outlook_en",
       note="the requested session did not take place")  # fmt: skip
    # Marie Schulz (5), mail from her mother: Thursdays 15:30 video.
    yes("fq18_schulz_gestern_ja_klassenfahrt.eml", 5, (1037,), ("2026-05-07",),
        "2026-05-08 20:15", re(1037),
        "Hallo,\n\nMarie hatte gestern ihre Stunde, die hat stattgefunden. In der Woche davor war"
        " sie auf Klassenfahrt, da war doch kein Termin, oder?\n\nViele Grüße\nKatrin Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird", staff=True,
        extra=("question",), note="07.05. held; 30.04. (1036) is scheduled but she was away")  # fmt: skip
    no("fq19_schulz_krank_nicht_abrechnen.eml", 5, ("other",), "2026-05-22 07:50", re(1038),
       "Guten Morgen,\nMarie war gestern krank und konnte nicht. Bitte nicht abrechnen.\nDie Stunde"
       " nächste Woche findet statt.\nK. Schulz",
       client="thunderbird", reply="cr-1038", style="thunderbird",
       note="the requested session did not take place")  # fmt: skip
    # Peter Hoffmann (6): Mondays 07:30 KGG video, 18.05. also MT at 12:30.
    yes("fq20_hoffmann_morgens_ja_mittags_abgebrochen.eml", 6, (1042,), ("2026-05-18",),
        "2026-05-18 15:40", re(1043),
        "Hallo,\n\ndas Gerätetraining heute früh hat stattgefunden. Die MT mittags musste ich nach"
        " 10 Minuten abbrechen, Kundentermin. Bitte entsprechend berücksichtigen.\n\nGruß\nP."
        " Hoffmann",
        client="outlook", reply="cr-1043", style="outlook", staff=True,
        note="two sessions on 18.05.: KGG 07:30 held, MT 12:30 (the requested 1043) cut short")  # fmt: skip
    yes("fq21_hoffmann_pfingsten_beide.eml", 6, (1044, 1045), ("2026-05-26", "2026-06-01"),
        "2026-06-02 07:05", "Bestätigung",
        "Guten Tag,\n\nhiermit bestätige ich die Termine vom 26.05. (Dienstag, wegen Pfingsten) und"
        " 01.06. Beide haben stattgefunden.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook")  # fmt: skip
    # Ursula Berger (24): Wednesdays 09:00 phone.
    yes("fq22_berger_heute_letzte_woche_13_besetzt.eml", 24, (1144, 1145),
        ("2026-05-20", "2026-05-27"), "2026-05-27 10:55", re(1145),
        "guten tag,\nbehandlung heute fand statt, letzte woche mittwoch auch. nur am 13. war"
        " besetzt, da hat es nicht geklappt.\nmfg u. berger",
        client="plain", reply="cr-1145", style="thunderbird", staff=True,
        note="27.05. and 20.05. held; 13.05. (1143) did not take place")  # fmt: skip


def summer() -> None:
    # Elena Popescu (7): Tuesdays 11:00 video, learner German.
    yes("fq23_popescu_16_ja_9_kein_internet.eml", 7, (1048,), ("2026-06-16",),
        "2026-06-17 13:00", re(1048),
        "Hallo,\nja die Termin am 16 Juni war. Aber 9 Juni ich hatte keine Internet, die"
        " Therapeutin hat mich dann angerufen aber nur kurz. Ist das okay so?\nDanke\nElena",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("question",),
        note="16.06. held; 09.06. (1047) only a short call instead of the video session")  # fmt: skip
    yes("fq24_popescu_alle_juni.eml", 7, (1046, 1047, 1048, 1049, 1050),
        ("2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23", "2026-06-30"),
        "2026-07-01 09:30", "Termine Juni",
        "Guten Tag,\n\nich bestätige alle termine im Juni, 2., 9., 16., 23. und 30. Alle waren"
        " gut. Vielen Dank für alles!\n\nElena Popescu",
        client="yahoo")  # fmt: skip
    # Jonas Richter (8): Wednesdays 18:00 video MT.
    yes("fq25_richter_gestern_ja_urlaub.eml", 8, (1053,), ("2026-06-17",), "2026-06-18 08:05",
        re(1053),
        "Moin, gestern ja. letzte woche (10.) war ich noch im urlaub, hatte ich aber telefonisch"
        " abgesagt\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone", staff=True,
        note="17.06. held; 10.06. (1052) still scheduled but cancelled by phone")  # fmt: skip
    # Gisela Neumann (9): Tuesdays and Thursdays 09:00 phone.
    yes("fq26_neumann_diese_und_letzte_woche.eml", 9, (1056, 1058, 1059),
        ("2026-07-07", "2026-07-14", "2026-07-16"), "2026-07-17 10:00", "Bestätigung",
        "Guten Tag,\n\ndie Anrufe am Dienstag und Donnerstag diese Woche waren beide. Letzte Woche"
        " Dienstag auch, am Donnerstag hat mich keiner angerufen, ich habe bis halb zehn"
        " gewartet.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain", staff=True,
        note="written Fri 17.07.: 14.07., 16.07. and 07.07. held; Thu 09.07. (1057) no call")  # fmt: skip
    # Lukas Brandt (10): Fridays 16:00 video.
    yes("fq27_brandt_24_ja_17_verbindung_weg.eml", 10, (1066,), ("2026-07-24",),
        "2026-07-25 11:00", re(1066),
        "Hi,\n\n24. ja. Am 17. war die Verbindung nach ca. 10 min weg und kam nicht wieder, den"
        " würde ich nicht als Behandlung zählen.\n\nLukas",
        client="thunderbird", reply="cr-1066", style="thunderbird", bottom=True, staff=True,
        extra=("technical",), note="24.07. held; 17.07. (1065) broke off after 10 minutes")  # fmt: skip
    # Emily Carter (11): Mondays 12:00 video, English.
    yes("fq28_carter_today_yes_10th_cut_short.eml", 11, (1071,), ("2026-08-17",),
        "2026-08-17 14:20", re(1071),
        "Hi,\n\nyes, today's session happened. The one on the 10th got cut short though - my"
        " connection dropped after about 10 minutes and we couldn't get it back. Not sure how you"
        " want to handle that one.\n\nBest,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("question",),
        note="17.08. held; 10.08. (1070) cut short")  # fmt: skip
    yes("fq29_carter_three_sessions.eml", 11, (1072, 1073, 1074),
        ("2026-08-24", "2026-08-31", "2026-09-07"), "2026-09-08 18:10", "Confirming sessions",
        "Hello,\n\njust confirming that my sessions on Aug 24, Aug 31 and Sept 7 all took"
        " place.\n\nThanks!\nEmily Carter",
        client="gmail")  # fmt: skip
    # Fatma Yıldız (12): Wednesdays 10:30 phone, 19.08. cancelled.
    yes("fq30_yildiz_heute_und_12_august.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"),
        "2026-08-26 12:40", re(1078),
        "Hallo ja heute war die behandlung, vielen dank. letzte mittwoch war ja abgesagt. und 12."
        " august war auch\nGruß Fatma",
        client="webde", reply="cr-1078", style="webde",
        note="19.08. is cancelled in the calendar already; 12.08. and 26.08. held")  # fmt: skip
    no("fq31_yildiz_heute_nicht_geklappt.eml", 12, ("reschedule",), "2026-09-09 12:30", re(1080),
       "Hallo, heute hat leider nicht geklappt, ich war beim Arzt und das Handy war aus. Tut mir"
       " leid. Können wir nächste Woche machen?\nFatma Yıldız",
       client="webde", reply="cr-1080", style="webde",
       note="the requested session did not take place")  # fmt: skip


def autumn() -> None:
    # Dr. Michael Vogel (13): Thursdays 07:00 video MT.
    yes("fq32_vogel_heute_17_entfallen.eml", 13, (1084,), ("2026-09-24",), "2026-09-24 09:10",
        re(1084),
        "Bestätigt für heute.\nDer 17.09. ist entfallen, ich war auf einem Kongress – hatte das Ihrer"
        " Kollegin aber telefonisch mitgeteilt. Bitte nicht abrechnen.\n\nDr. M. Vogel\nVogel &"
        " Partner Rechtsanwälte\nTel. 0211 4478 120",
        client="outlook", reply="cr-1084", style="outlook_classic", staff=True,
        note="24.09. held; 17.09. (1083) did not take place")  # fmt: skip
    no("fq33_vogel_morgen_dabei.eml", 13, ("other",), "2026-10-07 07:45", reminder_subject(1086),
       "Danke, passt. Ich bin morgen früh dabei.\n\nDr. M. Vogel",
       client="outlook", reply="rem-1086", style="outlook_classic", staff=False,
       note="acknowledges tomorrow's session; nothing to confirm or do")  # fmt: skip
    # Anna Lehmann (14): Tuesdays 13:00 video.
    yes("fq34_lehmann_29_ja_22_nur_telefoniert.eml", 14, (1090,), ("2026-09-29",),
        "2026-09-30 09:00", re(1090),
        "Liebes Praxisteam,\n\ndie Stunde am 29.9. fand statt. Am 22. haben wir nur kurz"
        " telefoniert um einen neuen Termin zu finden, weil das Video bei mir nicht ging – ist"
        " der dann offen oder wie läuft das?\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1090", style="thunderbird", staff=True,
        extra=("question",), note="29.09. held; 22.09. (1089) no treatment")  # fmt: skip
    yes("fq35_lehmann_alle_ausser_6_10.eml", 14, (1087, 1088, 1089, 1090, 1092), (),
        "2026-10-14 08:20", "Bestätigung September/Oktober",
        "Hallo,\n\nalle meine Termine im September und Oktober haben stattgefunden, ausgenommen"
        " der 6.10., da war ich krank (hatte telefonisch abgesagt).\n\nAnna Lehmann",
        client="thunderbird", staff=True,
        note="all sessions Sept/Oct except 06.10. (1091, still scheduled); no held day named")  # fmt: skip
    # Klaus Zimmermann (15): Mondays 11:00 phone, 26.10. cancelled.
    yes("fq36_zimmermann_heute_letzten_montag.eml", 15, (1094, 1095),
        ("2026-10-12", "2026-10-19"), "2026-10-19 13:30", re(1095),
        "Jo, hat heute jeklappt. Und letzten Montag ooch.\nJruß Klaus",
        client="plain", reply="cr-1095", style="thunderbird")  # fmt: skip
    no("fq37_zimmermann_keiner_angerufen.eml", 15, ("question",), "2026-11-02 12:45", re(1097),
       "Hallo, heute hat keiner anjerufen. Hab bis viertel zwölf jewartet. Was is da los?\nK."
       " Zimmermann",
       client="plain", reply="cr-1097", style="thunderbird",
       note="the requested session did not take place")  # fmt: skip
    # Birgit Schäfer (16): Wednesdays 19:00 video; two addresses.
    yes("fq38_schaefer_7_21_ja_14_abgebrochen.eml", 16, (1098, 1100),
        ("2026-10-07", "2026-10-21"), "2026-10-22 08:30", "Bestätigung Termine",
        "Guten Morgen,\n\nkurz zur Bestätigung: 7.10. und 21.10. haben stattgefunden, den 14.10."
        " mussten wir nach der Hälfte abbrechen (Kind krank). Wie wird das abgerechnet?\n\nMit"
        " freundlichen Grüßen\nBirgit Schäfer\nSchäfer Steuerberatung",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        staff=True, extra=("question",), note="14.10. (1099) stopped halfway")  # fmt: skip
    yes("fq39_schaefer_gestern_und_zwei_davor.eml", 16, (1101, 1102, 1103),
        ("2026-10-28", "2026-11-04", "2026-11-11"), "2026-11-12 07:20", re(1103),
        "Guten Morgen, gestern ja. Die zwei davor auch (28.10 + 4.11)\nGruß Birgit",
        client="samsung", reply="cr-1103", style="samsung")  # fmt: skip
    # Ole Jansen (17): Thursdays 10:00 video KGG.
    yes("fq40_jansen_gestern_ja_davor_unklar.eml", 17, (1106,), ("2026-11-05",),
        "2026-11-06 18:00", re(1106),
        "Hi, gestern hat stattgefunden. Den Donnerstag davor weiß ich ehrlich gesagt nicht mehr,"
        " ob wir den gemacht haben oder ob der verschoben wurde - könnt ihr mal nachschauen?\n\nOle",
        client="gmail", reply="cr-1106", style="gmail", staff=True, extra=("question",),
        note="05.11. held; 29.10. (1105) uncertain")  # fmt: skip
    no("fq41_jansen_bestaetige_morgen.eml", 17, ("other",), "2026-11-18 09:10", vl(1108),
       "Hi, ich bestätige den Termin morgen um 10, bin dabei!\nOle",
       client="gmail", reply="vl-1108", style="gmail", staff=False,
       note="confirms attending tomorrow's session, not a held one")  # fmt: skip
    # David Nowak (19): Fridays 08:00 video MT.
    yes("fq42_nowak_freitag_ja_13_verschoben.eml", 19, (1118,), ("2026-11-14", "2026-11-20"),
        "2026-11-21 10:00", re(1118),
        "Hallo,\n\nFreitag ja. Den Termin am 13. hatten wir auf Samstag (14.) verschoben, der hat"
        " dann auch stattgefunden.\n\nGruß\nDavid Nowak",
        client="plain", reply="cr-1118", style="thunderbird", staff=True,
        note="20.11. held; 13.11. (1117) moved to Saturday 14.11., no appointment on that day")  # fmt: skip
    # Leonie Hartmann (20): Tuesdays 17:00 video.
    yes("fq43_hartmann_gestern_und_der_erste.eml", 20, (1120, 1121),
        ("2026-11-03", "2026-11-10"), "2026-11-11 07:00", re(1121),
        "Hallo zusammen,\n\nja gestern hatten wir Termin 👍 der erste (3.11.) war ja auch.\n\nLG"
        " Leonie",
        client="webde", reply="cr-1121", style="webde")  # fmt: skip
    no("fq44_hartmann_heute_abgesagt.eml", 20, ("question",), "2026-11-24 19:00", re(1123),
       "Hallo, der Termin heute wurde doch von euch abgesagt oder? Hab eine SMS bekommen. Warum"
       " kommt dann diese Mail?\nLG Leonie",
       client="webde", reply="cr-1123", style="webde",
       note="says the requested session was cancelled by the practice")  # fmt: skip


def main() -> None:
    load_practice()
    early_year()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
