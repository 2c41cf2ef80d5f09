"""Write blind set EL: partial confirmations in everyday words, 40 mails (30 confirmations). Most confirm one or
more sessions and say in passing that another did not take place, was cut short, was moved
or is uncertain ("Dienstag ja, den davor verpennt", "alle bis auf den 14.7.", "the one on
the 10th got cut short"), days named by weekday or as "den davor"; some where every session
plainly took place. The look-alikes: "nein, hat nicht stattgefunden" under our request,
sessions broken off after minutes, a reply to a reminder, a yes for a cancelled day, doubts
whether a day was moved.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_el`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_el")


def partial() -> None:
    yes("el01_krueger_dienstag_davor_verpennt.eml", 1, (1004,), ("2026-02-03",), "2026-02-05 08:12", re(1004),
        "Dienstag ja, war gut.\nDen davor (27.1.) hab ich ehrlich gesagt verpennt, sorry!!\n\nLG Sabine",
        client="webde", reply="cr-1004", style="webde", staff=True,
        note="3.2. confirmed by weekday under our request; 27.1. missed")  # fmt: skip
    yes("el02_becker_drei_ja_einer_krank.eml", 2, (1010, 1011, 1012), ("2026-02-02", "2026-02-05", "2026-02-09"),
        "2026-02-13 10:40", "Bestätigung Termine",
        "Hallo,\n\nhiermit bestätige ich die Termine am 2.2., 5.2. und 9.2.\nDer am 12.2. ist ausgefallen, "
        "ich lag flach mit Grippe.\n\nMfG\nThomas Becker",
        client="thunderbird", staff=True, note="12.2. did not take place")  # fmt: skip
    yes("el03_wolff_dritten_weiss_nicht.eml", 4, (1031, 1028, 1029), ("2026-02-06", "2026-01-16", "2026-01-23"),
        "2026-02-07 11:03", re(1031),
        "Guten Tag,\n\nder 6.2. hat stattgefunden. Ich hab auch noch den 16.1. und den 23.1. offen glaube ich, "
        "die waren auch. Beim 30.1. weiß ich nicht mehr ob wir da telefoniert haben, da war bei uns "
        "Handwerker im Haus.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1031", style="tonline", staff=True, note="30.1. uncertain")  # fmt: skip
    yes("el04_popescu_internet_kaputt.eml", 7, (1048,), ("2026-06-16",), "2026-06-17 19:22", re(1048),
        "Hallo, ja die behandlung am 16.6 war. Aber am 9.6 ich hatte nur 10 minuten weil internet war kaputt, "
        "bitte nicht ganz zahlen\nElena",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True, extra=("technical",),
        note="9.6. cut short after 10 minutes")  # fmt: skip
    yes("el05_carter_cut_short.eml", 11, (1071,), ("2026-08-17",), "2026-08-18 07:50", re(1071, "Re"),
        "Hi, yes, yesterday's session happened.\nThe one on the 10th got cut short though, my kid was sick "
        "and we stopped after about ten minutes. Not sure how you want to handle that.\n\nBest,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, note="10.8. cut short")  # fmt: skip
    yes("el06_neumann_alle_bis_auf.eml", 9, (1056, 1057, 1059, 1060, 1061), (), "2026-07-24 16:15",
        "Bestätigung Juli",
        "Sehr geehrte Damen und Herren,\n\nich bestätige Ihnen die Behandlungen im Juli, alle bis auf den "
        "14.7., da war ich beim Arzt und habe es vergessen abzusagen.\n\nFreundliche Grüße\nGisela Neumann",
        staff=True, note="all July sessions so far (7., 9., 16., 21., 23.) except 14.7.; 28.7. is still ahead")  # fmt: skip
    yes("el07_yildiz_woche_davor_abgesagt.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 09:05", re(1078),
        "Ja hat stattgefunden am 26.8. Die Woche davor war ja eh abgesagt.\nFatma",
        client="webde", reply="cr-1078", style="webde",
        note="the week before was cancelled, as the snapshot says: nothing to do")  # fmt: skip
    yes("el08_zimmermann_drei_montage.eml", 15, (1093, 1094, 1095), ("2026-10-05", "2026-10-12", "2026-10-19"),
        "2026-10-20 08:30", "Termine",
        "Hallo, Termine 5.10 und 12.10 waren, gestern (19.10) auch.\nGruß K. Zimmermann")  # fmt: skip
    yes("el09_schaefer_mittwoch_davor_abgebrochen.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 08:47", re(1100),
        "Mittwoch hat stattgefunden, danke.\nDen davor, 14.10., hatten wir nach einer Viertelstunde abgebrochen "
        "wegen der Verbindung – bitte nur anteilig oder gar nicht abrechnen, wie das bei Ihnen geht.\n\n"
        "Birgit Schäfer",
        client="outlook", reply="cr-1100", style="outlook", staff=True,
        sender="b.schaefer@schaefer-steuerberatung.de", note="14.10. broken off")  # fmt: skip
    yes("el10_koch_montag_davor.eml", 18, (1112, 1111), ("2026-04-01", "2026-03-30"), "2026-04-02 10:10", re(1112),
        "ja war alles gut am mittwoch. den montag davor auch.\nR. Koch",
        client="tonline", reply="cr-1112", style="tonline",
        note="Wednesday 1.4. and Monday 30.3.")  # fmt: skip
    yes("el11_hartmann_heute.eml", 20, (1122,), ("2026-11-17",), "2026-11-17 19:02", re(1122),
        "ja hat heute stattgefunden 17.11",
        client="samsung", reply="cr-1122", style="samsung")  # fmt: skip
    yes("el12_wagner_einen_weiss_ich_nicht.eml", 21, (1124, 1125, 1126, 1129),
        ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-16"), "2026-02-17 12:30", "Bestätigung",
        "Hallo zusammen,\n\nmeine Bestätigung: 12.1., 19.1., 26.1. ja.\n9.2. weiß ich ehrlich gesagt nicht mehr "
        "ob das geklappt hat, glaube da war ich krank.\n16.2. ja.\n\nViele Grüße\nSophie",
        staff=True, note="9.2. uncertain")  # fmt: skip
    yes("el13_aydin_vergessen.eml", 22, (1132,), ("2026-03-05",), "2026-03-06 13:14", re(1132),
        "Hallo ja termin war gestern am 5.3 danke. 26.2 war nicht ich habe vergessen sorry\nMehmet",
        client="outlook", reply="cr-1132", style="outlook", staff=True, note="26.2. missed")  # fmt: skip
    yes("el14_oneill_three_april.eml", 23, (1138, 1136, 1137), ("2026-04-28", "2026-04-14", "2026-04-21"),
        "2026-05-01 09:40", re(1138, "RE"),
        "Hello,\n\nconfirming 28 April. Also 14 and 21 April both took place, in case those are still open.\n\n"
        "Cheers, James",
        client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip
    yes("el15_berger_haelfte_notfall.eml", 24, (1142, 1143, 1144), ("2026-05-06", "2026-05-13", "2026-05-20"),
        "2026-05-28 10:00", "Bestätigung Mai",
        "Guten Morgen,\n\ndie Behandlungen am 6.5., 13.5. und 20.5. haben stattgefunden.\nGestern (27.5.) musste die "
        "Therapeutin nach der Hälfte aufhören, da kam bei ihr ein Notfall dazwischen.\n\nU. Berger",
        staff=True, note="27.5. cut short")  # fmt: skip
    yes("el16_demir_die_davor_alle.eml", 3, (1022, 1019, 1020, 1021), (), "2026-03-26 07:58", re(1022),
        "hey, ja war. die davor auch alle\n\nAylin",
        client="gmail", reply="cr-1022", style="gmail",
        note="a yes under our request for 25.3.; 'die davor auch alle': 4.3., 11.3., 18.3.")  # fmt: skip
    yes("el17_hoffmann_geraet_verschlafen.eml", 6, (1043,), ("2026-05-18",), "2026-05-18 15:20", re(1043),
        "Die MT heute Mittag hat stattgefunden.\nDas Gerätetraining morgens um 7:30 habe ich leider verschlafen.\n\n"
        "P. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook_classic", staff=True,
        note="MT 12:30 took place, KGG 7:30 the same day did not")  # fmt: skip
    yes("el18_richter_fand_statt.eml", 8, (1053,), (), "2026-06-18 08:02", re(1053),
        "Ja, fand statt.", client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    yes("el19_brandt_noch_offen.eml", 10, (1065, 1064, 1063), ("2026-07-17", "2026-07-10", "2026-07-03"),
        "2026-07-20 21:10", re(1065),
        "17.7. bestätigt.\nDer 10.7. war übrigens auch, den hatte ich glaub ich noch nicht bestätigt. Und der 3.7. auch.\n\nLukas",
        client="thunderbird", reply="cr-1065", style="thunderbird", bottom=True)  # fmt: skip
    yes("el20_vogel_dienstreise.eml", 13, (1084,), ("2026-09-24",), "2026-09-25 06:45", re(1084),
        "Bestätigt: 24.09.2026.\nAm 17.09. war ich auf Dienstreise, der Termin hat nicht stattgefunden – "
        "bitte nicht abrechnen.\n\nDr. M. Vogel",
        client="apple", reply="cr-1084", style="iphone", staff=True, note="17.9. did not take place")  # fmt: skip
    yes("el21_lehmann_verschoben_unklar.eml", 14, (1087, 1088, 1089, 1091),
        ("2026-09-08", "2026-09-15", "2026-09-22", "2026-10-06"), "2026-10-07 17:30", "Termine September/Oktober",
        "Liebes Praxisteam,\n\nich bestätige die Termine vom 8.9., 15.9., 22.9. und 6.10.\nDer 29.9. wurde "
        "telefonisch verschoben, aber ich weiß nicht mehr genau auf wann, vielleicht war das schon der 6.10.?\n\n"
        "Viele Grüße\nAnna Lehmann",
        client="thunderbird", staff=True, note="29.9. moved, unclear where to")  # fmt: skip
    yes("el22_jansen_today.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 13:33", re(1106, "Re"),
        "Yes, today's session took place, thanks! (5.11.)",
        client="gmail", reply="cr-1106", style="gmail")  # fmt: skip
    yes("el23_nowak_cancelled_by_phone.eml", 19, (1116, 1117, 1119), ("2026-11-06", "2026-11-13", "2026-11-27"),
        "2026-11-28 10:20", "sessions november",
        "Hi,\n\nconfirming the sessions on 6 and 13 Nov and yesterday (27th). The one on the 20th I cancelled "
        "by phone, hope that got through.\n\nDavid",
        staff=True, note="20.11. cancelled by phone, still scheduled here")  # fmt: skip
    yes("el24_schulz_viertelstunde_kita.eml", 5, (1034, 1035), ("2026-04-16", "2026-04-23"), "2026-04-30 18:40",
        re(1036),
        "Hallo,\n16. und 23. April waren ganz normal.\nHeute mussten wir nach einer Viertelstunde abbrechen, "
        "Kita hat angerufen.\nMarie Schulz",
        client="gmail", reply="cr-1036", style="gmail", staff=True,
        note="30.4. (the requested day) broken off after 15 minutes; 16. and 23.4. took place")  # fmt: skip


def look_alikes() -> None:
    no("el25_krueger_nein_internet.eml", 1, ("technical", "reschedule"), "2026-02-11 09:30", re(1005),
       "Nein, am Dienstag hat es nicht geklappt, das Internet ging nicht. Können wir das nachholen?",
       client="webde", reply="cr-1005", style="webde", note="10.2. did not take place")  # fmt: skip
    no("el26_becker_nicht_angerufen.eml", 2, ("other",), "2026-02-16 19:15", re(1014),
       "Hat nicht stattgefunden, es hat niemand angerufen. Ich habe bis kurz nach 18 Uhr gewartet.",
       client="thunderbird", reply="cr-1014", style="thunderbird")  # fmt: skip
    no("el27_wolff_fuenf_minuten.eml", 4, ("technical", "question"), "2026-02-20 16:10", re(1033),
       "Weiß nicht ob das heute zählt, wir haben nur 5 Minuten telefoniert, dann war Ihre Kollegin weg. "
       "Rufen Sie nochmal an?",
       client="tonline", reply="cr-1033", style="tonline", note="20.2. broken off after 5 minutes")  # fmt: skip
    no("el28_neumann_beim_hausarzt.eml", 9, ("other",), "2026-07-15 08:20", re(1058),
       "Nein, am 14.7. war ich beim Hausarzt. Donnerstag bin ich wieder dabei.\nG. Neumann",
       client="thunderbird", reply="cr-1058", style="thunderbird", note="14.7. did not take place")  # fmt: skip
    no("el29_carter_moved.eml", 11, ("question",), "2026-08-25 08:00", re(1072, "Re"),
       "Hm, I'm not sure this one happened – I thought we moved it to Tuesday? Could you check?",
       client="gmail", reply="cr-1072", style="gmail_en", note="24.8. possibly moved")  # fmt: skip
    no("el30_yildiz_morgen_dabei.eml", 12, ("other",), "2026-09-08 11:00", reminder_subject(1080),
       "Ja ich bin morgen dabei, danke", client="webde", reply="rem-1080", style="webde", staff=False,
       note="acknowledges a reminder for a future session")  # fmt: skip
    yes("el31_zimmermann_abgesagter_tag.eml", 15, (), ("2026-10-26",), "2026-10-27 09:45", "Termin gestern",
        "Der Termin gestern 26.10 hat stattgefunden.\nGruß K. Zimmermann", staff=True,
        note="26.10. is cancelled in the snapshot: nothing to record")  # fmt: skip
    no("el32_hartmann_fieber.eml", 20, ("other",), "2026-11-25 10:30", re(1123),
       "Leider nein, ich lag mit Fieber im Bett und hab's komplett vergessen abzusagen. Sorry!",
       client="samsung", reply="cr-1123", style="samsung", note="24.11. did not take place")  # fmt: skip
    no("el33_aydin_bis_morgen.eml", 22, ("other",), "2026-03-18 14:00", reminder_subject(1134),
       "ok danke bis morgen", client="outlook", reply="rem-1134", style="outlook", staff=False,
       note="acknowledges a reminder")  # fmt: skip
    no("el34_schaefer_ja_nein_moment.eml", 16, ("question",), "2026-10-29 08:10", re(1101),
       "Ja – äh nein, Moment, war das nicht der Termin, den wir auf nächste Woche geschoben haben? "
       "Bitte nochmal prüfen.\nB. Schäfer",
       client="gmail", reply="cr-1101", style="gmail", sender="birgit.schaefer@gmx.net",
       note="28.10. contradicts itself")  # fmt: skip


def late_and_several() -> None:
    yes("el35_krueger_nachtrag_ausser_internet.eml", 1, (1006, 1007, 1008, 1009),
        ("2026-02-17", "2026-02-24", "2026-03-03", "2026-03-10"), "2026-03-11 20:05", "Nachtrag Termine",
        "Hallo,\n\nich hab gesehen dass bei mir noch einiges offen ist. 17.2., 24.2., 3.3. und gestern 10.3. "
        "waren alle. Den 10.2. hatten wir ja nicht (Internet).\n\nLG Sabine Krüger",
        client="webde", staff=True, note="10.2. did not take place")  # fmt: skip
    yes("el36_becker_nachtrag_maerz.eml", 2, (1015, 1016, 1017, 1018),
        ("2026-02-19", "2026-02-23", "2026-02-26", "2026-03-02"), "2026-03-20 09:15", "Nachtrag",
        "Guten Morgen,\n\nNachtrag: 19.2., 23.2., 26.2. und 2.3. bestätigt. Der 16.2. fiel ja aus, hatte ich "
        "schon geschrieben.\n\nThomas Becker",
        client="thunderbird", staff=True, note="weeks late; 16.2. did not take place")  # fmt: skip
    yes("el37_hoffmann_dienstag_statt_montag.eml", 6, (1045, 1044, 1040, 1041),
        ("2026-06-01", "2026-05-26", "2026-05-04", "2026-05-11"), "2026-06-02 07:10", re(1045),
        "Gestern ja. Am 26.5. (Dienstag statt Montag wegen Pfingsten) auch, und 4.5. und 11.5. ebenfalls.\n\n"
        "Gruß P. Hoffmann",
        client="outlook", reply="cr-1045", style="outlook_classic")  # fmt: skip
    yes("el38_oneill_not_sure_12th.eml", 23, (1141,), ("2026-05-19",), "2026-05-20 08:30", re(1141, "RE"),
        "Yes to the 19th.\nThe 12th I'm honestly not sure about - I think we had to skip it because I was "
        "travelling? Can you check your records.\n\nJames",
        client="outlook", reply="cr-1141", style="outlook_en", staff=True, extra=("question",),
        note="12.5. uncertain")  # fmt: skip
    yes("el39_jansen_letzte_donnerstage.eml", 17, (1105, 1106, 1107, 1108),
        ("2026-10-29", "2026-11-05", "2026-11-12", "2026-11-19"), "2026-11-20 10:30", "Termine",
        "Moin, die letzten drei Donnerstage (29.10., 5.11., 12.11.) haben alle stattgefunden, gestern auch.\nOle",
        client="gmail")  # fmt: skip
    no("el40_berger_abgebrochen_zaehlt_das.eml", 24, ("question",), "2026-06-03 14:20", re(1146),
       "Ja, heute war, aber nur ganz kurz, die Therapeutin hat abgebrochen weil ich so starke Schmerzen "
       "hatte. Zählt das?\nU. Berger",
       client="thunderbird", reply="cr-1146", style="thunderbird", bottom=True, note="3.6. broken off at once; a question")  # fmt: skip


def main() -> None:
    load_practice()
    partial()
    look_alikes()
    late_and_several()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
