"""Write blind set FL: partial confirmations in everyday words, 42 mails. 32 confirm one or
more sessions, most of them saying in passing that another session did not take place, was
cut short, was moved or is uncertain ("Donnerstag hab ich verpennt", "weiß ich nicht mehr"),
some naming a day only by weekday or as "den davor", and some where every session plainly
took place; 10 look like confirmations and are not (a session that did not happen, a yes to
a coming appointment, a cancelled day asked about, a session broken off).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_fl`.
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

HERE = data_dir("blind_fl")


def partial() -> None:
    yes("fl01_krueger_dienstag_ja_woche_davor_nicht.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 12:40", re(1004),
        "Hallo,\n\nDienstag ja, hat gut geklappt.\nDie Woche davor (27.1.) hat leider nicht funktioniert, bei mir war das Internet weg.\n\nLG Sabine",
        client="webde", reply="cr-1004", style="webde", staff=True,
        note="03.02 confirmed; 27.01 did not take place")  # fmt: skip
    yes("fl02_becker_montag_verpennt.eml", 2, (1010, 1011, 1013), ("2026-02-02", "2026-02-05", "2026-02-12"), "2026-02-13 08:10", "Bestätigung Termine Februar",
        "Hallo,\n\nhiermit bestätige ich die Behandlungen am 2.2., 5.2. und 12.2.\nDen am Montag 9.2. hab ich verpennt, sorry, kommt nicht wieder vor.\n\nGruß\nT. Becker",
        client="gmail", staff=True, note="missed 09.02 (no-show) goes to staff")  # fmt: skip
    yes("fl03_demir_davor_verbindung_weg.eml", 3, (1021,), ("2026-03-18",), "2026-03-18 10:25", re(1021),
        "ja hat stattgefunden 18.03.\nbei dem davor (11.3.) war ja nach 10 min die verbindung weg, weiß nicht ob der zählt",
        client="gmail", reply="cr-1021", style="gmail", staff=True,
        note="11.03 cut short and uncertain: only 18.03")  # fmt: skip
    yes("fl05_schulz_und_der_vom_16.eml", 5, (1035, 1034), ("2026-04-23", "2026-04-16"), "2026-04-23 19:30", re(1035),
        "Hallo,\n\nja, der Termin am 23.4. hat stattgefunden. Der vom 16. übrigens auch, den hatte ich glaube ich noch nicht bestätigt.\n\nLG Marie",
        client="thunderbird", reply="cr-1035", style="thunderbird", bottom=True)  # fmt: skip
    yes("fl06_hoffmann_mt_abgebrochen.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 14:05", re(1043),
        "Guten Tag,\n\ndie KGG heute früh hat stattgefunden, die MT am Mittag musste ich nach 10 Minuten abbrechen (Meeting kam dazwischen). Bitte nur die am Morgen abrechnen.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook", staff=True,
        note="morning KGG confirmed; the MT asked about was cut short")  # fmt: skip
    yes("fl07_popescu_krankenhaus.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"), "2026-06-17 09:00", "bestatigung",
        "Hallo,\nich bestatige die Termine 2.6. und 9.6., die beide waren gut.\n16.6. ich weiss nicht ob das ist passiert, ich war im Krankenhaus mit meine Sohn und habe nicht gesehen den link.\nViele Grüße\nElena Popescu",
        client="yahoo", staff=True, note="16.06 uncertain")  # fmt: skip
    yes("fl08_richter_heute_zehnter_verschoben.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 20:10", re(1053),
        "Jo passt, war heute. Den 10. hatten wir ja verschoben oder?\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1053", style="iphone", staff=True, extra=("question",),
        note="asks whether 10.06 was moved")  # fmt: skip
    yes("fl09_neumann_einundzwanzigster_niemand_angerufen.eml", 9, (1056, 1057, 1058, 1059, 1061), ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16", "2026-07-23"), "2026-07-24 11:00", "Bestätigung Krankengymnastik",
        "Guten Tag,\n\nich bestätige die Telefontermine vom 7., 9., 14. und 16. Juli. Am 21. hat leider niemand angerufen, ich habe bis halb zehn gewartet. Den gestrigen Termin (23.7.) bestätige ich auch.\n\nFreundliche Grüße\nGisela Neumann",
        staff=True, note="21.07 did not take place (nobody called)")  # fmt: skip
    yes("fl10_brandt_ohne_ton.eml", 10, (1065, 1064), ("2026-07-17", "2026-07-10"), "2026-07-17 18:20", re(1065),
        "ja. 17.7. hat stattgefunden, 10.7. auch.\n3.7. war der Termin, wo ich keinen Ton hatte, den würde ich nicht zählen.\n\nLukas",
        client="gmail", reply="cr-1065", style="gmail", staff=True, note="03.07 not to be counted")  # fmt: skip
    yes("fl11_carter_cut_short.eml", 11, (1071, 1069), ("2026-08-17", "2026-08-03"), "2026-08-17 15:40", re(1071, "Re"),
        "Hi,\n\nyes the session on Aug 17 happened. The one on the 10th got cut short after about 15 min because my laptop died, not sure how you handle that. The first one (Aug 3) was fine too.\n\nBest,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, note="10.08 cut short")  # fmt: skip
    yes("fl14_vogel_zehnter_bitte_pruefen.eml", 13, (1084, 1083), ("2026-09-24", "2026-09-17"), "2026-09-24 09:15", re(1084),
        "Bestätigt: 24.09.\nDer 17.09. fand ebenfalls statt.\n10.09. bitte prüfen – da hatte Ihre Kollegin meines Wissens abgesagt.\n\nMfG\nM. Vogel",
        client="outlook", reply="cr-1084", style="outlook_classic", staff=True,
        note="10.09 said to be cancelled by us")  # fmt: skip
    yes("fl15_lehmann_davor_abgesagt.eml", 14, (1089,), ("2026-09-22",), "2026-09-22 16:30", re(1089),
        "Hallo,\n\nja, hat stattgefunden (22.9.). Den Termin davor (15.9.) hatte ich krankheitsbedingt abgesagt – telefonisch, falls das bei Ihnen noch nicht eingetragen ist.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1089", style="thunderbird", bottom=True, staff=True,
        note="15.09 cancelled by phone, still scheduled here")  # fmt: skip
    yes("fl16_zimmermann_beim_arzt.eml", 15, (1093, 1094), ("2026-10-05", "2026-10-12"), "2026-10-20 09:00", "Bestätigung",
        "Hallo Praxis Impulse,\n\nbestätige die Termine vom 5.10. und 12.10.\nGestern bin ich nicht ans Telefon gegangen weil ich beim Arzt war, tut mir leid.\n\nKlaus Zimmermann",
        staff=True, note="19.10 missed")  # fmt: skip
    yes("fl18_jansen_ersten_weiss_nicht.eml", 17, (1106, 1105), ("2026-11-05", "2026-10-29"), "2026-11-05 12:30", re(1106),
        "moin,\n5.11. ja. 29.10. auch.\nden ersten am 22.10. weiß ich ehrlich gesagt nicht mehr, da war doch das problem mit der kamera?\n\nole",
        client="gmail", reply="cr-1106", style="gmail", staff=True, extra=("question",),
        note="22.10 uncertain")  # fmt: skip
    yes("fl20_nowak_half_session.eml", 19, (1118, 1117), ("2026-11-20", "2026-11-13"), "2026-11-20 10:10", re(1118, "Re"),
        "Confirming Nov 20. Nov 13 as well.\nNov 6 we only did about half, I had to leave early - please only count it if that's ok with your billing.\n\nDavid",
        client="thunderbird", reply="cr-1118", style="thunderbird", staff=True, note="06.11 only half done")  # fmt: skip
    yes("fl21_hartmann_zehnten_verpennt.eml", 20, (1122,), ("2026-11-17",), "2026-11-17 19:05", re(1122),
        "Hi ja 17.11. hat stattgefunden 👍 den 10. hab ich verpennt sorry!!",
        client="webde", reply="cr-1122", style="webde", staff=True, note="10.11 missed")  # fmt: skip
    yes("fl23_aydin_ich_war_arbeit.eml", 22, (1132, 1131), ("2026-03-05", "2026-02-26"), "2026-03-05 16:45", re(1132),
        "Hallo, ja termin 5.3 war. 26.2 auch war. aber 19.2 ich war arbeit, nicht telefoniert.\nMehmet",
        client="outlook", reply="cr-1132", style="outlook", staff=True, note="19.02 did not take place")  # fmt: skip
    yes("fl25_berger_zwanzigster_abgesagt.eml", 24, (1142, 1143, 1145), ("2026-05-06", "2026-05-13", "2026-05-27"), "2026-05-28 09:30", "Bestätigung der Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen Behandlungen vom 6., 13. und 27. Mai. Am 20. Mai war ich leider verhindert, das hatte ich aber vorher telefonisch abgesagt.\n\nMit freundlichen Grüßen\nUrsula Berger",
        staff=True, note="20.05 cancelled by phone, still scheduled here")  # fmt: skip
    yes("fl26_krueger_spaet_januar_unsicher.eml", 1, (1005, 1006, 1007, 1008, 1009), ("2026-02-10", "2026-02-17", "2026-02-24", "2026-03-03", "2026-03-10"), "2026-03-20 21:15", "Bestätigung Videotermine",
        "Hallo,\n\nich bin etwas hinterher mit dem Bestätigen. Die Videotermine am 10.2., 17.2. und 24.2. haben stattgefunden, am 3.3. und 10.3. auch. Nur den 27. Januar weiß ich nicht mehr sicher, da hatten wir glaub ich technische Probleme.\n\nLiebe Grüße\nSabine Krüger",
        client="webde", staff=True, note="late; 27.01 uncertain")  # fmt: skip
    yes("fl29_wolff_leitung_gestoert.eml", 4, (1033,), ("2026-02-20",), "2026-02-20 16:20", re(1033),
        "Guten Tag,\n\nder Termin am 20.02. hat stattgefunden. Der Termin am 13.02. wurde nach etwa zehn Minuten abgebrochen, weil die Leitung gestört war. Bitte klären Sie, ob dieser abgerechnet werden kann.\n\nMit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline", reply="cr-1033", style="tonline", staff=True, note="13.02 cut short")  # fmt: skip
    yes("fl30_richter_die_davor_alle.eml", 8, (1055,), ("2026-07-01",), "2026-07-01 20:30", re(1055),
        "Ja, heute war. Die davor auch alle\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1055", style="iphone", staff=True,
        note="'die davor auch alle' names no day: staff checks which earlier sessions")  # fmt: skip


def plain() -> None:
    yes("fl04_wolff_alle_januar.eml", 4, (1028, 1029, 1030, 1031), ("2026-01-16", "2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-07 10:15", "Termine",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen Behandlungen am 16.01., 23.01. und 30.01.2026 sowie gestern, den 06.02. Alle haben stattgefunden.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    yes("fl12_yildiz_ja.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 13:10", re(1078),
        "Hallo ja 26.8 hat stattgefunden. Danke",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip
    yes("fl13_yildiz_beide.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"), "2026-09-10 07:50", "Termine",
        "Hallo, 2.9. und 9.9. waren beide, bitte bestätigen.\nLG Fatma Yildiz\n\nVon meinem Samsung Galaxy Smartphone gesendet",
        client="samsung")  # fmt: skip
    yes("fl17_schaefer_mittwoch_woche_davor.eml", 16, (1100, 1099), ("2026-10-21", "2026-10-14"), "2026-10-22 08:40", re(1100),
        "Hallo,\n\nja, Mittwoch hat stattgefunden. Die Woche davor auch.\n\nBeste Grüße\nBirgit Schäfer\nSchäfer Steuerberatung",
        client="outlook", reply="cr-1100", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="Mittwoch = 21.10, die Woche davor = 14.10")  # fmt: skip
    yes("fl19_koch_maerz_und_gestern.eml", 18, (1109, 1110, 1111, 1112), ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-02 10:00", "Termine März",
        "Guten Tag,\n\ndie Anrufe am 23., 25. und 30. März haben stattgefunden, ebenso gestern am 1. April.\n\nMit freundlichem Gruß\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("fl22_wagner_alle_ausser_abgesagt.eml", 21, (1124, 1125, 1126, 1128, 1129), ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"), "2026-02-17 08:00", "Bestätigung Januar/Februar",
        "Hallo,\n\nich bestätige hiermit alle meine Termine: 12.1., 19.1., 26.1., 9.2. und 16.2. Am 2.2. war ja abgesagt.\n\nLG Sophie Wagner",
        client="gmail", note="02.02 was cancelled, as she says")  # fmt: skip
    yes("fl24_oneill_last_week_too.eml", 23, (1137, 1136), ("2026-04-21", "2026-04-14"), "2026-04-21 21:30", re(1137, "RE"),
        "Yes, 21 April took place. Last week's (14th) also, forgot to reply to that one.\n\nCheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("fl27_becker_montag_donnerstag_davor.eml", 2, (1016, 1015), ("2026-02-23", "2026-02-19"), "2026-02-23 20:00", re(1016),
        "Montag ja. Donnerstag davor (19.) auch.\n\nGruß Becker",
        client="gmail", reply="cr-1016", style="gmail", bottom=True)  # fmt: skip
    yes("fl28_demir_heute_und_letzte_woche.eml", 3, (1025, 1024), ("2026-04-15", "2026-04-08"), "2026-04-15 11:20", re(1025),
        "Ja heute hat stattgefunden, und letzte Woche auch (8.4.)\n\nAylin",
        client="gmail", reply="cr-1025", style="gmail")  # fmt: skip
    yes("fl31_neumann_dienstag.eml", 9, (1062,), ("2026-07-28",), "2026-07-29 10:00", re(1062),
        "Ja, Dienstag hat stattgefunden, Danke.\nG. Neumann",
        reply="cr-1062", style="thunderbird")  # fmt: skip
    yes("fl32_carter_three_sessions.eml", 11, (1072, 1073, 1074), ("2026-08-24", "2026-08-31", "2026-09-07"), "2026-09-08 09:05", "Sessions Aug/Sep",
        "Hi there,\n\njust confirming my sessions on Aug 24, Aug 31 and Sep 7 all took place.\n\nThanks,\nEmily",
        client="gmail")  # fmt: skip


def lookalikes() -> None:
    no("fl33_hartmann_link_ging_nicht.eml", 20, ("technical", "reschedule"), "2026-11-24 18:55", re(1123),
       "Nein, heute hat leider nicht stattgefunden, der Link ging nicht. Können wir das nachholen?\n\nLeonie",
       client="webde", reply="cr-1123", style="webde", note="session did not take place")  # fmt: skip
    no("fl34_hoffmann_montag_passt.eml", 6, ("other",), "2026-05-31 09:00", reminder_subject(1045),
       "Ja, Montag passt, ich bin dabei.\n\nGruß P. Hoffmann",
       client="outlook", reply="rem-1045", style="outlook", staff=False,
       note="a yes to a coming appointment, nothing to record")  # fmt: skip
    no("fl35_zimmermann_ausgefallen.eml", 15, ("question",), "2026-10-27 08:45", "Bestätigung 26.10.",
       "Hallo,\n\nder Termin gestern ist ja ausgefallen, ich hatte abgesagt. Nächster dann am 2.11.?\n\nKlaus Zimmermann",
       note="26.10 cancelled; asks about the next one")  # fmt: skip
    no("fl36_yildiz_kein_anruf.eml", 12, ("question",), "2026-08-20 09:30", "Termin 19.8",
       "Hallo, gestern 19.8. war kein Termin oder? niemand hat angerufen\nLG Fatma\n\nVon meinem Samsung Galaxy Smartphone gesendet",
       client="samsung", note="19.08 was cancelled; a question")  # fmt: skip
    no("fl37_krueger_niemand_kam.eml", 1, ("technical",), "2026-01-27 11:40", re(1003),
       "Hallo,\n\nder Termin heute kam leider nicht zustande, ich war im Link aber niemand kam. Hab 20 Minuten gewartet.\n\nSabine Krüger",
       client="webde", reply="cr-1003", style="webde", note="session did not take place")  # fmt: skip
    no("fl38_vogel_bestaetige_kommenden.eml", 13, ("other",), "2026-10-05 18:00", video_link_subject(1086, "AW"),
       "Danke, ich bestätige den Termin am 08.10.\n\nMfG M. Vogel",
       client="outlook", reply="vl-1086", style="outlook_classic", staff=False,
       note="confirms attending a coming session")  # fmt: skip
    no("fl39_jansen_verpennt.eml", 17, ("reschedule",), "2026-11-12 13:15", re(1107),
       "hab heute total verpennt, sorry!! kann ich den nachholen?\nole",
       client="gmail", reply="cr-1107", style="gmail", note="missed, asks to make up")  # fmt: skip
    no("fl40_nowak_froze.eml", 19, ("technical", "question"), "2026-11-27 09:50", re(1119, "Re"),
       "Hi,\n\nI'm not sure this one actually happened - I was in the room but the therapist's video froze after two minutes and we never reconnected. Can you check?\n\nDavid",
       client="thunderbird", reply="cr-1119", style="thunderbird", note="uncertain, broke off after two minutes")  # fmt: skip
    no("fl41_oneill_stuck_at_work.eml", 23, ("reschedule",), "2026-05-12 22:10", re(1140, "RE"),
       "No, I couldn't make it tonight, stuck at work. Could we find another slot this week?\n\nJames",
       client="outlook", reply="cr-1140", style="outlook_en", note="did not take place")  # fmt: skip
    no("fl42_berger_notfall_abgebrochen.eml", 24, ("other",), "2026-06-03 11:00", re(1146),
       "Guten Tag,\n\nder Anruf heute war nur ganz kurz, die Therapeutin musste wegen eines Notfalls abbrechen und wollte sich wieder melden. Das hat sie bisher nicht. Bitte also nicht als Behandlung zählen.\n\nMit freundlichen Grüßen\nUrsula Berger",
       note="broken off at once, not a treatment")  # fmt: skip


def main() -> None:
    load_practice()
    partial()
    plain()
    lookalikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
