"""Write blind set DY: partial confirmations in everyday words, 45 mails.

Most mails confirm one or more sessions and say in passing that another did not take
place, was cut short, was moved or is uncertain ("den davor hab ich verpennt", "bis auf
den 17.", "the one on the 10th got cut short"); days are often named only by weekday, by
"gestern"/"heute" or by "die Woche davor". Some confirm several sessions that all plainly
took place. Ten look-alikes answer our request and say the session did not happen (no-show,
broken connection, cut off after minutes), and one "confirms" a day we had cancelled.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dy`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_dy")


def partial() -> None:
    """Confirmations that leave one session out (did not happen, cut short, unsure)."""
    yes("dy01_krueger_heute_ja_letzte_verpennt.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 13:20", re(1005),
        "Hallo,\nheute ja, war gut.\nLetzten Dienstag (3.2.) hab ich ja verpennt, tut mir leid - den bitte nicht abrechnen.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True,
        note="10.02 confirmed ('heute'); 03.02 overslept, a no-show staff must handle")  # fmt: skip
    yes("dy02_becker_drei_ja_donnerstag_abgebrochen.eml", 2, (1010, 1011, 1012), ("2026-02-02", "2026-02-05", "2026-02-09"), "2026-02-13 09:10", "Bestätigung Termine Februar",
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlungen am 2.2., 5.2. und 9.2.\nDen Donnerstag (12.2.) mussten wir nach 10 Minuten abbrechen, weil ich kurzfristig in eine Besprechung musste. Geben Sie mir kurz Bescheid, wie Sie das handhaben.\n\nThomas Becker",
        client="webde", staff=True, note="12.02 cut short after 10 minutes: not confirmed, staff decides")  # fmt: skip
    yes("dy03_demir_ersten_beiden_dritten_weiss_nicht.eml", 3, (1019, 1020), ("2026-03-04", "2026-03-11"), "2026-03-20 19:45", re(1021),
        "hallo,\ndie ersten beiden ja (4. und 11.), den vom 18. weiß ich ehrlich gesagt nicht mehr ob das zustande kam, da war mein internet dauernd weg\nlg aylin",
        client="gmail", reply="cr-1021", style="gmail", staff=True,
        note="18.03, the day asked about, is uncertain")  # fmt: skip
    yes("dy04_wolff_bis_auf_den_23.eml", 4, (1028, 1030, 1031), ("2026-01-16", "2026-01-30", "2026-02-06"), "2026-02-09 10:15", re(1031),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlungen vom 16.01., 23.01., 30.01. und 06.02., bis auf den 23., da hat mich keiner angerufen.\n\nMit freundlichem Gruß\nH.-J. Wolff",
        client="tonline", reply="cr-1031", style="tonline", staff=True,
        note="23.01 listed and then excluded: no call came")  # fmt: skip
    yes("dy06_hoffmann_zwei_termine_mt_sausen_lassen.eml", 6, (1041, 1042), ("2026-05-11", "2026-05-18"), "2026-05-19 08:40", "Termine 18.05.",
        "Guten Morgen,\n\ngestern hatte ich ja zwei Termine. Das Gerätetraining früh hat stattgefunden, den MT-Termin mittags musste ich leider sausen lassen, Kundentermin. Entschuldigung.\nDie Woche davor (11.5.) war auch ok, die Bestätigung fehlt glaube ich noch.\n\nGruß\nP. Hoffmann",
        client="outlook", staff=True, note="18.05 07:30 KGG yes, 18.05 12:30 MT missed; 11.05 yes")  # fmt: skip
    yes("dy07_popescu_zwei_ja_erste_krank.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"), "2026-06-17 08:30", re(1048),
        "Guten Tag,\nich bestatige Termin 16.06 hat stattgefunden. Auch 09.06 war.\nAber 02.06 ich war nicht da, mein Kind war krank, ich habe angerufen.\nDanke schön\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo", staff=True,
        note="02.06 did not take place but is still scheduled")  # fmt: skip
    yes("dy09_richter_ausser_dem_24.eml", 8, (1053, 1055), ("2026-06-17", "2026-07-01"), "2026-07-02 08:15", "Bestätigung",
        "Hi,\nwollte noch die letzten Termine bestätigen: 17.6., 24.6. und gestern. Außer dem 24., da ist die Verbindung nach 10 min abgerissen und wir haben abgebrochen.\nGruß Jonas\n\nVon meinem iPhone gesendet",
        client="iphone", staff=True, note="24.06 cut short; 'gestern' is 01.07")  # fmt: skip
    yes("dy10_neumann_wochentage_donnerstag_arzt.eml", 9, (1056, 1058, 1059), ("2026-07-07", "2026-07-14", "2026-07-16"), "2026-07-17 10:30", "Krankengymnastik",
        "Liebe Praxis,\n\nich möchte bestätigen dass die Anrufe am Dienstag und Donnerstag diese Woche waren. Letzte Woche Dienstag auch. Donnerstag den 9. war ich beim Arzt, da hatte ich am Telefon abgesagt.\n\nMit freundlichen Grüßen\nGisela Neumann",
        staff=True, note="weekdays only: 14.07, 16.07, 07.07; 09.07 cancelled by phone but still scheduled")  # fmt: skip
    yes("dy12_carter_cut_short_on_the_10th.eml", 11, (1071,), ("2026-08-17",), "2026-08-18 09:00", re(1071),
        "Hi,\n\nyes, confirming Monday's session (Aug 17). The one on the 10th got cut short - my daughter came home sick and we stopped after about 15 minutes. Not sure how you want to handle that one.\n\nBest,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, note="10.08 cut short: not confirmed")  # fmt: skip
    yes("dy15_yildiz_zwei_ja_august_unsicher.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"), "2026-09-10 09:00", "termine",
        "Hallo,\nich wollte sagen die termine am 2.9 und 9.9 waren beide. Der 19.8 war ja abgesagt von ihnen. Und am 12.8 weiß ich nicht mehr ob sie angerufen haben, ich war im urlaub glaube ich.\nLg Fatma Yildiz",
        client="samsung", staff=True, note="19.08 cancelled; 12.08 uncertain")  # fmt: skip
    yes("dy16_vogel_september_bis_auf_den_17.eml", 13, (1082, 1084), (), "2026-09-28 07:50", re(1084),
        "Guten Morgen,\n\nhiermit bestätige ich die MT-Termine im September, bis auf den 17., der ist ausgefallen (ich war auf Dienstreise).\n\nMit freundlichen Grüßen\nDr. Michael Vogel",
        client="outlook", reply="cr-1084", style="outlook", staff=True,
        note="September = 03.09 (already confirmed), 10.09, 24.09; 17.09 did not take place")  # fmt: skip
    yes("dy18_lehmann_13_ja_6_krank.eml", 14, (1092,), ("2026-10-13",), "2026-10-14 08:05", re(1092),
        "Der 13.10. hat stattgefunden.\nDen 6.10. hatte ich nicht, da war ich krank - hatte ich aber per Telefon abgesagt, glaube ich.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1092", style="thunderbird", bottom=True, staff=True,
        note="06.10 did not take place, still scheduled")  # fmt: skip
    yes("dy21_schaefer_oktober_21_keine_zeit.eml", 16, (1098, 1099, 1101), ("2026-10-07", "2026-10-14", "2026-10-28"), "2026-10-29 08:30", "Bestätigung Oktober",
        "Guten Morgen,\n\nkurz zur Bestätigung meiner Termine im Oktober: 7., 14. und 28. haben stattgefunden. Am 21. hatte ich keine Zeit, das hatte ich Ihnen aber nicht rechtzeitig gesagt - sorry!\n\nViele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0421 556677",
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer", staff=True,
        note="from her second registered address; 21.10 a no-show")  # fmt: skip
    yes("dy23_jansen_gestern_nur_halb.eml", 17, (1104, 1105), ("2026-10-22", "2026-10-29"), "2026-11-06 21:30", re(1106),
        "hey, die ersten beiden (22.10 und 29.10) hatten wir ja. gestern auch, wobei gestern nur so halb, nach 20 min war mein laptop-akku leer. weiß nicht ob das zählt\n\nole",
        client="gmail", reply="cr-1106", style="gmail", staff=True,
        note="05.11, the day asked about, ended after 20 minutes: not confirmed")  # fmt: skip
    yes("dy24_nowak_ersten_verschoben.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"), "2026-11-20 09:45", re(1118),
        "Bestätige 20.11.\nDen 13. bitte auch, der lief normal. Den ersten (6.11.) hatte ich glaube ich verschoben, oder? Bitte kurz checken.\n\nD. Nowak",
        reply="cr-1118", style="thunderbird", staff=True, note="06.11 maybe moved: staff checks")  # fmt: skip
    yes("dy28_aydin_anruf_verpasst_nachholen.eml", 22, (1133, 1135), ("2026-03-12", "2026-03-26"), "2026-03-30 09:00", re(1135),
        "hallo, der 12.3 und 26.3 ja. am 19.3 hab ich den anruf verpasst war auf arbeit, sorry. kann man das nachholen?\nmehmet",
        client="samsung", reply="cr-1135", style="samsung", staff=True, extra=("reschedule",),
        note="19.03 missed, wants to make it up")  # fmt: skip
    yes("dy29_oneill_14th_no_call.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"), "2026-04-29 08:00", re(1138),
        "Hi,\n\nconfirming the 21st and last night (28th). The 14th didn't happen I think - I don't remember getting a call, could you double check?\n\nCheers,\nJames",
        client="outlook", reply="cr-1138", style="outlook_en", staff=True, extra=("question",),
        note="14.04 probably did not take place")  # fmt: skip
    yes("dy31_koch_mittwoch_woche_davor.eml", 18, (1111, 1113), ("2026-03-30", "2026-04-08"), "2026-04-09 10:00", re(1113),
        "Guten Tag,\n\nich bestätige den Mittwoch (8.4.). Die Woche davor Montag ja, Mittwoch bin ich nicht ans Telefon gegangen, weil wir Besuch hatten.\n\nGruß Renate Koch",
        client="tonline", reply="cr-1113", style="tonline", staff=True,
        note="Monday of the week before = 30.03; Wednesday 01.04 not answered")  # fmt: skip
    yes("dy32_krueger_spaet_bis_auf_den_17.eml", 1, (1004, 1005, 1007, 1008), ("2026-02-03", "2026-02-10", "2026-02-24", "2026-03-03"), "2026-03-20 20:00", "fehlende Bestätigungen",
        "Hallo liebes Praxisteam,\n\nmir ist aufgefallen dass ich ein paar Bestätigungen nicht geschickt hab. 3.2., 10.2., 17.2., 24.2. und 3.3. waren alle, bis auf den 17., da war ich beim Zahnarzt, das hatte ich vergessen abzusagen.\n\nSabine Krüger",
        client="webde", staff=True, note="late; 17.02 listed and excluded (no-show)")  # fmt: skip
    yes("dy45_yildiz_abgesagter_tag.eml", 12, (), (), "2026-08-20 10:00", "Termin gestern",
        "hallo, ich bestätige das gestern der termin war. danke\nFatma",
        client="webde", staff=True, note="19.08 was cancelled by us: nothing to record")  # fmt: skip


def plain() -> None:
    """Confirmations where every session named plainly took place."""
    yes("dy05_schulz_die_beiden_davor_auch.eml", 5, (1034, 1035, 1036), ("2026-04-16", "2026-04-23", "2026-04-30"), "2026-04-30 17:05", re(1036),
        "Ja, hat heute stattgefunden. Die beiden davor auch (16. und 23.4.), falls die noch fehlen.\n\nMarie Schulz",
        client="thunderbird", reply="cr-1036", style="thunderbird", bottom=True)  # fmt: skip
    yes("dy08_richter_jo_passt.eml", 8, (1052,), (), "2026-06-10 19:40", re(1052),
        "Jo, passt, hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone", note="a yes under our request for 10.06")  # fmt: skip
    yes("dy11_brandt_woche_davor_auch.eml", 10, (1064, 1065), ("2026-07-10", "2026-07-17"), "2026-07-17 18:10", re(1065),
        "Hallo,\n\nbestätige den heutigen Termin (17.07.). Die Woche davor war auch alles gut, falls das noch offen ist.\n\nBeste Grüße\nLukas",
        client="thunderbird", reply="cr-1065", style="thunderbird", note="'die Woche davor' = 10.07")  # fmt: skip
    yes("dy13_carter_yesterday_and_24th.eml", 11, (1072, 1073), ("2026-08-24", "2026-08-31"), "2026-09-01 20:10", re(1073),
        "Yes, yesterday's session happened, thanks! And the 24th too, if you still need that one.\n\nEmily",
        client="gmail", reply="cr-1073", style="gmail_en")  # fmt: skip
    yes("dy14_yildiz_statt_gefunden.eml", 12, (1078,), (), "2026-08-26 12:00", re(1078),
        "Hallo ja hat statt gefunden danke\nLg Fatma",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip
    yes("dy17_lehmann_eine_woche_davor.eml", 14, (1089, 1090), ("2026-09-22", "2026-09-29"), "2026-09-30 11:20", re(1090),
        "Hallo,\n\nDienstag (29.) hat stattgefunden. Eine Woche davor auch.\n\nViele Grüße,\nAnna Lehmann",
        client="thunderbird", reply="cr-1090", style="thunderbird")  # fmt: skip
    yes("dy19_zimmermann_drei_telefontermine.eml", 15, (1093, 1094, 1095), ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-10-20 16:00", "Bestätigung",
        "Hallo,\nhiermit bestätige ich die Telefontermine 5.10., 12.10. und 19.10.2026.\nGruß Klaus Zimmermann")  # fmt: skip
    yes("dy20_zimmermann_montag_den_davor_abgesagt.eml", 15, (1097,), ("2026-11-02",), "2026-11-03 10:00", re(1097),
        "Moin,\nMontag ja. Den davor hatten Sie ja abgesagt.\nGruß K. Zimmermann",
        reply="cr-1097", style="thunderbird", note="'Montag' = 02.11; 26.10 cancelled by us, nothing to do")  # fmt: skip
    yes("dy22_schaefer_war_gestern.eml", 16, (1102,), ("2026-11-04",), "2026-11-05 07:15", re(1102),
        "Guten Morgen, ja, war gestern.\nLG B. Schäfer",
        client="webde", reply="cr-1102", style="webde")  # fmt: skip
    yes("dy25_hartmann_heute_und_letzte_woche.eml", 20, (1120, 1121), ("2026-11-03", "2026-11-10"), "2026-11-10 18:20", re(1121),
        "Hallo!\nJa, heute hat geklappt :) und letzte Woche Dienstag auch.\nLiebe Grüße Leonie",
        client="webde", reply="cr-1121", style="webde", note="'letzte Woche Dienstag' = 03.11")  # fmt: skip
    yes("dy26_wagner_februar_2_abgesagt.eml", 21, (1128, 1129), ("2026-02-09", "2026-02-16"), "2026-02-17 12:00", "Bestätigung Termine Februar",
        "Hallo,\n\nich bestätige die Behandlungen vom 9.2. und 16.2. Am 2.2. war ja nix, den hatten Sie abgesagt.\n\nViele Grüße\nSophie Wagner",
        client="webde", note="02.02 was cancelled by us")  # fmt: skip
    yes("dy27_aydin_alles_gemacht.eml", 22, (1130, 1131, 1132), ("2026-02-19", "2026-02-26", "2026-03-05"), "2026-03-06 14:00", re(1132),
        "Hallo, 19.02 und 26.02 und gestern alles gemacht, danke.\nMehmet",
        client="outlook", reply="cr-1132", style="outlook")  # fmt: skip
    yes("dy30_berger_drei_mittwoche.eml", 24, (1142, 1143, 1144), ("2026-05-06", "2026-05-13", "2026-05-20"), "2026-05-21 11:00", "Bestätigung",
        "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich Ihnen die telefonischen Behandlungen am Mittwoch, 6. Mai, Mittwoch, 13. Mai und gestern, den 20. Mai.\n\nMit freundlichen Grüßen\nUrsula Berger")  # fmt: skip
    yes("dy33_becker_heute_und_letzte_woche.eml", 2, (1016, 1017, 1018), ("2026-02-23", "2026-02-26", "2026-03-02"), "2026-03-02 19:00", re(1018),
        "Heute ja, und die ganze letzte Woche (Mo + Do) auch.\nGruß T. Becker",
        client="webde", reply="cr-1018", style="webde", note="last week Mon + Thu = 23.02, 26.02")  # fmt: skip
    yes("dy34_demir_08_04_letzte_woche_ausgefallen.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 09:40", re(1024),
        "hat stattgefunden, danke! 08.04.\nletzte woche war ja ausgefallen\n\naylin",
        client="gmail", reply="cr-1024", style="gmail", note="01.04 was cancelled by us")  # fmt: skip


def look_alikes() -> None:
    """Replies under our request that say the session did not (really) take place."""
    no("dy35_krueger_verbindung_kam_nicht.eml", 1, ("technical", "reschedule"), "2026-02-17 11:00", re(1006),
       "Hallo,\nheute hat leider nicht geklappt, die Verbindung kam gar nicht zustande. Ich hab 15 Minuten gewartet. Können wir das nachholen?\nSabine Krüger",
       client="webde", reply="cr-1006", style="webde")  # fmt: skip
    no("dy36_becker_montag_verpennt.eml", 2, ("other",), "2026-02-16 19:10", re(1014),
       "Montag hab ich verpennt, sorry - bin erst um sieben heimgekommen. Bitte nicht abrechnen. Donnerstag steht.\nT. Becker",
       client="webde", reply="cr-1014", style="webde", note="16.02 a no-show")  # fmt: skip
    no("dy37_carter_couldnt_make_it.eml", 11, ("reschedule",), "2026-09-07 14:00", re(1074),
       "Hi, sorry, I couldn't make it today - got stuck at work. Could we do the session later this week instead?\n\nEmily",
       client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    no("dy38_neumann_niemand_angerufen.eml", 9, ("question",), "2026-07-28 10:30", re(1062),
       "Guten Tag,\nheute hat niemand angerufen, ich habe bis halb zehn gewartet. Soll ich selber anrufen?\nGisela Neumann",
       reply="cr-1062", style="thunderbird")  # fmt: skip
    no("dy39_brandt_rausgeflogen.eml", 10, ("technical", "question"), "2026-08-07 17:20", re(1068),
       "Hi,\nwir sind nach 5 Minuten rausgeflogen und ich kam nicht mehr rein. Zählt das überhaupt als Termin? Eher nicht, oder?\nLukas",
       client="thunderbird", reply="cr-1068", style="thunderbird")  # fmt: skip
    no("dy40_vogel_im_zug.eml", 13, ("other",), "2026-10-08 09:00", re(1086),
       "Heute nicht - ich saß im Zug ohne Netz. Bitte nicht berechnen; nächste Woche wie gewohnt.\n\nDr. M. Vogel",
       client="outlook", reply="cr-1086", style="outlook")  # fmt: skip
    no("dy41_jansen_nur_5_minuten.eml", 17, ("technical", "question"), "2026-11-12 12:00", re(1107),
       "ich bin mir ehrlich gesagt nicht sicher ob das heute als termin durchgeht, der therapeut war nur 5 min da und dann war das bild weg. bitte mal klären\nole",
       client="gmail", reply="cr-1107", style="gmail")  # fmt: skip
    no("dy42_oneill_on_the_train.eml", 23, ("reschedule",), "2026-05-19 21:30", re(1141),
       "Sorry, tonight didn't work out - I was still on the train when you called. Can we find another slot this week?\n\nJames",
       client="outlook", reply="cr-1141", style="outlook_en")  # fmt: skip
    no("dy43_nowak_verschlafen.eml", 19, ("reschedule",), "2026-11-27 10:00", re(1119),
       "Heute ging es leider nicht, hatte verschlafen. Sorry! Gerne neuen Termin.\nD. Nowak",
       reply="cr-1119", style="thunderbird")  # fmt: skip
    no("dy44_popescu_nicht_stattgefunden.eml", 7, ("other",), "2026-06-23 13:00", re(1049),
       "Hallo,\nheute Termin nicht stattgefunden, Therapeutin war nicht da in Video, ich habe gewartet 20 minuten.\nElena Popescu",
       client="yahoo", reply="cr-1049", style="yahoo")  # fmt: skip


def main() -> None:
    load_practice()
    partial()
    plain()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
