"""Write blind set FB: partial confirmations in everyday words, 44 mails. Most confirm one
or more sessions and say in passing that another did not take place, was cut short, was
moved, or is uncertain ("Donnerstag hab ich verpennt", "bis auf den 1.4.", "the one on
the 17th got cut short"); some name a day only by weekday, "die davor" or "letzte Woche";
some confirm several sessions that all plainly took place. Twelve look alike and confirm
nothing: a session missed, aborted, not sure, or a reminder answered in advance.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fb`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_fb")


def partial() -> None:
    """One or more sessions confirmed, another missed, cut short, moved or unsure."""
    yes("fb01_becker_montag_ja_donnerstag_verpennt.eml", 2, (1012,), ("2026-02-09",),
        "2026-02-13 08:10", "Termine diese Woche",
        "Hallo,\n\nMontag hat geklappt, Donnerstag hab ich leider verpennt, sorry! Bin nach"
        " der Arbeit auf dem Sofa eingeschlafen.\n\nGruß\nThomas Becker",
        client="webde", staff=True,
        note="Monday 09.02 confirmed; Thursday 12.02 missed")  # fmt: skip
    yes("fb04_wolff_drei_ja_einer_krank.eml", 4, (1030, 1031, 1033),
        ("2026-01-30", "2026-02-06", "2026-02-20"), "2026-02-21 10:30", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Telefonbehandlungen am"
        " 30.01., 06.02. und 20.02.2026.\nAm 13.02. war ich krank und hatte abgesagt, das"
        " Telefonat hat nicht stattgefunden.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", staff=True,
        note="13.02 did not take place but is still scheduled")  # fmt: skip
    yes("fb05_schulz_heute_ja_23_halb.eml", 5, (1036,), ("2026-04-30",), "2026-04-30 17:20",
        re(1036),
        "Hallo,\n\nja, heute (30.4.) hat es stattgefunden.\nDie Stunde am 23. war nur zur"
        " Hälfte, weil mein Laptop ausging, keine Ahnung ob man das so zählt.\n\nViele Grüße\n"
        "Marie Schulz",
        client="thunderbird", reply="cr-1036", style="thunderbird", staff=True,
        note="23.04 cut short (half): not confirmed, not a full treatment day")  # fmt: skip
    yes("fb06_carter_17th_cut_short.eml", 11, (1069, 1070), ("2026-08-03", "2026-08-10"),
        "2026-08-19 09:00", "Sessions this month",
        "Hi,\n\njust to confirm the sessions on Aug 3rd and Aug 10th took place. The one on"
        " the 17th got cut short after about ten minutes because the video kept freezing, so"
        " I'm not sure how you want to handle that one.\n\nBest,\nEmily",
        client="gmail", staff=True,
        note="17.08 cut short after ten minutes: not confirmed")  # fmt: skip
    yes("fb07_neumann_woche_davor_nur_dienstag.eml", 9, (1058, 1059, 1056),
        ("2026-07-14", "2026-07-16", "2026-07-07"), "2026-07-17 11:15", "Krankengymnastik",
        "Guten Tag,\n\nich bestätige den Dienstag den 14.7. und Donnerstag 16.7.\nDie Woche"
        " davor war nur der Dienstag, am Donnerstag konnte ich nicht weil der Enkel da war,"
        " bitte entschuldigen sie.\n\nMit freundlichen Grüßen\nGisela Neumann",
        staff=True,
        note="the Tuesday of the week before is 07.07; Thursday 09.07 missed")  # fmt: skip
    yes("fb08_brandt_letzte_woche_verschoben.eml", 10, (1066,), ("2026-07-24", "2026-07-20"),
        "2026-07-24 18:05", re(1066),
        "Ja, heute fand statt.\nLetzte Woche (17.) hatten wir ja auf Montag verschoben, hat da"
        " auch geklappt.\n\nLukas",
        client="gmail", reply="cr-1066", style="gmail", staff=True,
        note="17.07 says it was moved to Monday 20.07: no appointment that day, staff")  # fmt: skip
    yes("fb10_koch_bis_auf_den_1_4.eml", 18, (1109, 1110, 1111, 1113, 1114),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-08", "2026-04-13"),
        "2026-04-16 09:40", "Betr. Termine",
        "Hallo liebes Praxisteam,\n\nalle Telefontermine bis auf den 1.4. haben stattgefunden,"
        " da war ich beim Arzt. Also 23.3., 25.3., 30.3., 8.4. und 13.4.\n\nGruß Renate Koch",
        client="tonline", staff=True, note="01.04 missed, still scheduled")  # fmt: skip
    yes("fb11_jansen_erste_beide_dritten_weiss_nicht.eml", 17, (1107, 1104, 1105),
        ("2026-11-12", "2026-10-22", "2026-10-29"), "2026-11-12 16:40", re(1107),
        "Moin,\n\nheute 12.11. ja. 22.10. und 29.10. auch.\nBeim 5.11. bin ich nicht sicher ob"
        " das stattgefunden hat, da war bei mir Umzug, bitte mal nachschauen.\n\nOle",
        client="gmail", reply="cr-1107", style="gmail", staff=True,
        note="05.11 uncertain: not confirmed")  # fmt: skip
    yes("fb12_schaefer_28_abgebrochen.eml", 16, (1098, 1099, 1100),
        ("2026-10-07", "2026-10-14", "2026-10-21"), "2026-10-29 08:15",
        "Bestätigung Videotermine Oktober",
        "Guten Morgen,\n\nhiermit bestätige ich die Videotermine vom 07.10., 14.10. und 21.10.\n"
        "Den gestrigen Termin mussten wir abbrechen, weil ich zu einem Mandanten musste – wir"
        " hatten vielleicht 5 Minuten.\n\nMit freundlichen Grüßen\nBirgit Schäfer\n"
        "Schäfer Steuerberatung",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        staff=True, note="yesterday 28.10 aborted after 5 minutes: not confirmed")  # fmt: skip
    yes("fb13_aydin_letzte_woche_arbeit.eml", 22, (1133,), ("2026-03-12",), "2026-03-13 19:20",
        "termin",
        "hallo,\nich bestetige termin donnerstag 12.3. war gut.\nletzte woche donnerstag ich"
        " war arbeit, nicht telefon gemacht. entschuldigung\n\nmehmet aydin",
        client="samsung", staff=True, note="05.03 missed")  # fmt: skip
    yes("fb14_oneill_21st_didnt_happen.eml", 23, (1139, 1138), ("2026-05-05", "2026-04-28"),
        "2026-05-05 21:40", re(1139, "RE"),
        "Yes, tonight's call on 5 May happened. Also the 28th April, forgot to reply to that"
        " one.\nThe 21st didn't happen though – I was travelling and I think nobody called, or"
        " I missed it.\n\nCheers,\nJames",
        client="outlook", reply="cr-1139", style="outlook_en", staff=True,
        note="21.04 did not take place")  # fmt: skip
    yes("fb17_hoffmann_mai_26_kurz.eml", 6, (1040, 1041, 1045),
        ("2026-05-04", "2026-05-11", "2026-06-01"), "2026-06-02 08:00", "Termine Mai",
        "Guten Morgen,\n\nzur Abrechnung: 4.5. und 11.5. ja, 26.5. war nur kurz, Sie hatten"
        " nach 10 min einen Notfall und wir haben abgebrochen. Gestern 1.6. wieder normal.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", staff=True,
        note="26.05 aborted after 10 minutes; 18.05 not mentioned")  # fmt: skip
    yes("fb18_popescu_letzte_woche_internet.eml", 7, (1048,), ("2026-06-16",),
        "2026-06-16 13:05", re(1048),
        "Buna ziua,\n\nja die Behandlung 16.06 war.\nLetzte Woche ich habe nicht geschafft,"
        " Internet war kaputt, wir haben nur kurz gesprochen per Telefon.\n\nMultumesc\nElena",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True,
        note="09.06: only a short phone call instead of the video session: not confirmed")  # fmt: skip
    yes("fb21_vogel_10_nicht_abrechnen.eml", 13, (1084, 1083), ("2026-09-24", "2026-09-17"),
        "2026-09-24 09:15", re(1084),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 24.09. hat stattgefunden. Für den"
        " 17.09. gilt dasselbe.\nDen 10.09. bitte nicht abrechnen, da hatte Ihre Kollegin"
        " kurzfristig abgesagt.\n\nMit freundlichen Grüßen\nDr. M. Vogel",
        client="outlook", reply="cr-1084", style="outlook_classic", staff=True,
        note="10.09 cancelled by the therapist, still scheduled")  # fmt: skip
    yes("fb24_hartmann_10_vergessen.eml", 20, (1122,), (), "2026-11-17 20:15", re(1122),
        "Hallo,\n\nja hat stattgefunden. Den Termin am 10.11. hatte ich leider vergessen, tut"
        " mir leid!! Kann man den nachholen?\n\nLG Leonie",
        client="webde", reply="cr-1122", style="webde", staff=True, extra=("reschedule",),
        note="yes under our request for 17.11; 10.11 forgotten, wants to make it up")  # fmt: skip
    yes("fb25_nowak_20_krank.eml", 19, (1116, 1117, 1119),
        ("2026-11-06", "2026-11-13", "2026-11-27"), "2026-11-28 09:00", "MT Termine November",
        "Hallo zusammen,\n\nkurz zur Bestätigung: 6.11., 13.11. und gestern 27.11. haben"
        " stattgefunden. Am 20.11. war ich krank, hatte ich am Telefon abgesagt, ich hoffe das"
        " ist angekommen.\n\nGrüße\nDavid Nowak",
        staff=True, note="20.11 missed, still scheduled")  # fmt: skip
    yes("fb26_krueger_24_weiss_nicht.eml", 1, (1008,), ("2026-03-03",), "2026-03-03 15:00",
        re(1008),
        "Hallo,\nDienstag den 3.3. ja.\nDen 24.2. weiß ich ehrlich gesagt nicht mehr, ob das"
        " geklappt hat, war da nicht der Ton weg?\nGrüße S. Krüger",
        client="webde", reply="cr-1008", style="webde", staff=True,
        note="24.02 uncertain")  # fmt: skip
    yes("fb28_becker_donnerstags_zweimal_nicht.eml", 2,
        (1010, 1012, 1014, 1016, 1011, 1013),
        ("2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23", "2026-02-05", "2026-02-12"),
        "2026-03-03 07:30", "Bestätigung Februar",
        "Hallo,\n\nfür Feb.: montags hat alles geklappt (2., 9., 16., 23.), donnerstags nur der"
        " 5. und der 12., am 19. und 26. war ich noch im Büro.\n\nGruß Th. Becker",
        client="webde", staff=True, note="19.02 and 26.02 missed; late mail")  # fmt: skip
    yes("fb32_schaefer_letzten_mittwoch_urlaub.eml", 16, (1103,), ("2026-11-11",),
        "2026-11-11 21:05", re(1103),
        "ja, heute war. letzten Mittwoch aber nicht, da war ich im Urlaub, hatte ich das nicht"
        " gesagt?\n\nLG Birgit\n\nVon meinem iPhone gesendet",
        client="iphone", sender="birgit.schaefer@gmx.net", reply="cr-1103", style="iphone",
        staff=True, note="last Wednesday 04.11 missed")  # fmt: skip
    yes("fb33_wagner_mittwoch_statt_montag.eml", 21, (1125,), ("2026-01-19", "2026-01-28"),
        "2026-01-29 08:30", "Termine",
        "Hallo,\n\nden 19.1. bestätige ich. Der Termin diese Woche war ja nicht am Montag,"
        " sondern wir haben ihn auf Mittwoch gelegt, also 28.1. - hat stattgefunden.\n\n"
        "Liebe Grüße\nSophie Wagner",
        client="gmail", staff=True,
        note="26.01 moved to Wednesday 28.01 by her account: no appointment on 28.01")  # fmt: skip


def weekday_and_before() -> None:
    """Days named by 'die davor', 'letzte Woche', a weekday, or the day before."""
    yes("fb02_krueger_den_davor_auch.eml", 1, (1005, 1004), ("2026-02-10", "2026-02-03"),
        "2026-02-10 14:20", re(1005),
        "10.2. ja, hat stattgefunden 👍 und den davor (3.2.) auch, hatte vergessen zu"
        " antworten\n\nGesendet von meinem iPhone",
        client="iphone", sender=1, reply="cr-1005", style="iphone")  # fmt: skip
    yes("fb03_demir_die_davor_auch.eml", 3, (1021, 1020), ("2026-03-18", "2026-03-11"),
        "2026-03-18 12:15", re(1021),
        "Hallo,\n\nja die Behandlung heute am 18.3. hat stattgefunden. Und die davor auch, da"
        " hatte ich nicht geantwortet glaub ich.\n\nLG Aylin",
        client="gmail", reply="cr-1021", style="gmail",
        note="'die davor' is the previous session, 11.03")  # fmt: skip
    yes("fb15_berger_der_letzte_woche_auch.eml", 24, (1144, 1143), ("2026-05-20", "2026-05-13"),
        "2026-05-20 11:05", re(1144),
        "Ja, der Termin heute am 20.5. hat stattgefunden. Der letzte Woche auch.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1144", style="thunderbird", bottom=True,
        note="'der letzte Woche' is 13.05")  # fmt: skip
    yes("fb20_yildiz_woche_davor_auch.eml", 12, (1078, 1076), ("2026-08-26", "2026-08-12"),
        "2026-08-26 12:40", re(1078),
        "Hallo,\nja heute hat stattgefunden. Letzte Woche war ja abgesagt von Ihnen.\nDie Woche"
        " davor (12.8.) war auch, das wollte ich noch sagen.\n\nLG Fatma Yildiz",
        client="webde", reply="cr-1078", style="webde",
        note="19.08 is cancelled in the snapshot, as she says")  # fmt: skip
    yes("fb23_zimmermann_drei_davor_auch.eml", 15, (1097, 1093, 1094, 1095), (),
        "2026-11-02 13:10", re(1097),
        "Ja hat stattgefunden.\nDie drei davor im Oktober waren auch alle, der am 26. ist ja"
        " ausgefallen.\n\nGruß K. Zimmermann",
        client="plain", reply="cr-1097", style="gmail",
        note="the three October sessions before (05.10, 12.10, 19.10); 26.10 cancelled")  # fmt: skip
    yes("fb30_schulz_der_vom_21_auch.eml", 5, (1039, 1038), ("2026-05-28", "2026-05-21"),
        "2026-05-28 18:20", re(1039),
        "Ja, 28.5. hat stattgefunden. Der vom 21. übrigens auch.\n\nMarie",
        client="gmail", reply="cr-1039", style="gmail", bottom=True)  # fmt: skip
    yes("fb31_carter_earlier_ones_fine.eml", 11, (1074, 1072, 1073),
        ("2026-09-07", "2026-08-24", "2026-08-31"), "2026-09-07 15:30", re(1074, "Re"),
        "Yes, today's session took place. Sorry I never answered the earlier ones – Aug 24 and"
        " Aug 31 were fine as well.\n\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("fb34_neumann_dienstag_und_donnerstag.eml", 9, (1060, 1061),
        ("2026-07-21", "2026-07-23"), "2026-07-24 09:30", "Bestätigung",
        "Guten Morgen,\n\ndiese Woche Dienstag und Donnerstag haben beide Telefonate"
        " stattgefunden. Danke an Frau Meier!\n\nMit freundlichen Grüßen\nG. Neumann",
        note="this week's Tuesday 21.07 and Thursday 23.07")  # fmt: skip
    yes("fb35_richter_gestern_und_davor.eml", 8, (1052, 1051), ("2026-06-10", "2026-06-03"),
        "2026-06-11 07:55", "Bestätigung MT",
        "Hi,\n\ngestern und den Mittwoch davor hatten wir beide Termine per Video, bitte als"
        " stattgefunden vermerken.\n\nJonas",
        client="apple", note="yesterday 10.06 and the Wednesday before, 03.06")  # fmt: skip


def all_took_place() -> None:
    """Every session named plainly took place."""
    yes("fb09_wagner_ansonsten_alle.eml", 21, (1128, 1124, 1125, 1126),
        ("2026-02-09", "2026-01-12", "2026-01-19", "2026-01-26"), "2026-02-09 11:40", re(1128),
        "Hallo!\n\nJa, heute 9.2. war die Stunde. Bei der Gelegenheit: ansonsten alle bisherigen"
        " auch, also 12., 19. und 26. Januar.\n\nSophie",
        client="gmail", reply="cr-1128", style="gmail")  # fmt: skip
    yes("fb16_hoffmann_beide_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:10",
        re(1043),
        "Hallo,\nbeide Termine heute (morgens Gerät, mittags MT) haben stattgefunden.\n\n"
        "Gruß P. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook")  # fmt: skip
    yes("fb19_richter_war_heute.eml", 8, (1053,), (), "2026-06-17 20:10", re(1053),
        "Ja war 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    yes("fb22_lehmann_alle_sechs.eml", 14, (1087, 1088, 1089, 1090, 1091, 1092),
        ("2026-09-08", "2026-09-15", "2026-09-22", "2026-09-29", "2026-10-06", "2026-10-13"),
        "2026-10-14 10:00", "Bestätigung Termine Sept/Okt",
        "Hallo,\n\n8.9., 15.9., 22.9., 29.9., 6.10. und gestern 13.10. - alle haben"
        " stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird")  # fmt: skip
    yes("fb27_demir_april_alle.eml", 3, (1024, 1025, 1026),
        ("2026-04-08", "2026-04-15", "2026-04-22"), "2026-04-23 07:50", "Bestätigung April",
        "Guten Morgen,\n\nfür April: 8.4., 15.4. und gestern (22.) waren alle. Den 1.4. hatten"
        " Sie ja abgesagt.\n\nLiebe Grüße\nAylin Demir",
        client="gmail", note="01.04 is cancelled in the snapshot, as she says")  # fmt: skip
    yes("fb29_aydin_heute_telefon.eml", 22, (1135,), ("2026-03-26",), "2026-03-26 14:45",
        re(1135),
        "Ja heute war telefon. Danke",
        client="samsung", reply="cr-1135", style="samsung")  # fmt: skip
    yes("fb36_wolff_januar_nachtrag.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-02-11 16:20", "Nachtrag Januar",
        "Guten Tag,\n\nich habe gesehen, dass ich für den 16. und 23. Januar noch nicht"
        " geantwortet habe. Beide Telefontermine haben stattgefunden.\n\nMfG\nH.-J. Wolff",
        client="tonline", note="late: two January sessions")  # fmt: skip


def look_alikes() -> None:
    """Read like a reply to our request, but confirm nothing."""
    no("fb37_becker_heute_stau.eml", 2, ("reschedule",), "2026-02-26 19:20", re(1017),
       "Heute hat leider nicht geklappt, stand im Stau, sorry. Können wir nächste Woche zwei"
       " machen?\n\nThomas",
       client="webde", reply="cr-1017", style="webde",
       note="26.02 did not take place")  # fmt: skip
    no("fb38_krueger_niemand_da.eml", 1, ("other",), "2026-02-17 11:50", re(1006),
       "Hallo, der Termin heute hat nicht stattgefunden, ich war 20 Minuten im Videoraum"
       " aber es kam niemand.\nS. Krüger",
       client="webde", reply="cr-1006", style="webde")  # fmt: skip
    no("fb39_richter_heute_oder_naechste_woche.eml", 8, ("question",), "2026-06-24 21:00",
       re(1054),
       "Hm, war das heute oder ist der nächste Woche? Bin grad durcheinander mit den"
       " Terminen, hab heute jedenfalls keinen Link aufgemacht",
       client="iphone", reply="cr-1054", style="iphone",
       note="unsure, and says he did not join today")  # fmt: skip
    no("fb40_neumann_erinnerung_ja_morgen.eml", 9, ("other",), "2026-07-27 10:00",
       reminder_subject(1062),
       "Ja, ich bin morgen um 9 am Telefon.\n\nG. Neumann",
       reply="rem-1062", style="thunderbird", staff=False,
       note="answers the reminder for tomorrow: nothing to confirm yet")  # fmt: skip
    no("fb41_brandt_nur_5_minuten.eml", 10, ("question",), "2026-08-07 17:45", re(1068),
       "Heute leider nur 5 Minuten, dann ist bei mir der Strom ausgefallen. Das zählt wohl"
       " nicht, oder?\n\nLukas",
       client="gmail", reply="cr-1068", style="gmail",
       note="07.08 aborted after 5 minutes")  # fmt: skip
    no("fb42_berger_niemand_angerufen.eml", 24, ("other",), "2026-06-03 10:40", re(1146),
       "Guten Tag,\n\nheute hat niemand angerufen. Ich habe bis halb zehn gewartet. Bitte um"
       " Rückruf.\n\nU. Berger",
       client="thunderbird", reply="cr-1146", style="thunderbird")  # fmt: skip
    no("fb43_lehmann_link_ging_nicht.eml", 14, ("technical",), "2026-10-13 14:00",
       video_link_subject(1092),
       "Der Link ging heute nicht, wir haben es dann nach ein paar Versuchen gelassen.\n\nAnna",
       client="thunderbird", reply="vl-1092", style="thunderbird",
       note="13.10 did not take place")  # fmt: skip
    no("fb44_oneill_last_night_airport.eml", 23, ("reschedule",), "2026-05-13 08:00",
       "Last night",
       "Hi,\n\njust so you know, I couldn't take the call last night, was stuck at the"
       " airport. Could we add one at the end instead?\n\nThanks,\nJames",
       client="outlook", note="12.05 missed")  # fmt: skip
    no("fb45_popescu_krankenhaus.eml", 7, ("reschedule",), "2026-06-30 15:00", re(1050),
       "Heute war nicht, ich war im Krankenhaus. Bitte neue termin.\nElena",
       client="yahoo", reply="cr-1050", style="yahoo")  # fmt: skip
    no("fb46_vogel_abgebrochen.eml", 13, ("other",), "2026-10-01 08:50", re(1085),
       "Die heutige Sitzung wurde nach wenigen Minuten abgebrochen, Ihre Therapeutin musste"
       " weg. Bitte nicht als vollständige Behandlung abrechnen.\n\nDr. Vogel",
       client="outlook", reply="cr-1085", style="outlook_classic",
       note="01.10 aborted after a few minutes")  # fmt: skip
    no("fb47_koch_war_das_heute.eml", 18, ("question",), "2026-04-13 17:00", re(1114),
       "Hallo, war das heute? Ich dachte der Termin ist am Mittwoch. Angerufen hat jedenfalls"
       " keiner.\nR. Koch",
       client="tonline", reply="cr-1114", style="tonline")  # fmt: skip
    no("fb48_yildiz_heute_nicht_erreicht.eml", 12, ("other",), "2026-09-09 13:30", re(1080),
       "Hallo, sie haben mich heute nicht erreicht, mein handy war aus. tut mir leid."
       " Fatma",
       client="webde", reply="cr-1080", style="webde", note="09.09 did not take place")  # fmt: skip


def main() -> None:
    load_practice()
    partial()
    weekday_and_before()
    all_took_place()
    look_alikes()
    for mail in mc.MAILS:  # a reply comes after the mail it answers
        ref = mail.raw.split(b"In-Reply-To: ", 1)
        if len(ref) == 2:
            mid = ref[1].split(b"\r\n", 1)[0].decode()
            row = next(r for r in mc.OUTBOX.values() if r.message_id == mid)
            assert row.sent_at < mail.mail_date, mail.file
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
