"""Write blind set EO: partial confirmations in everyday words. 40 mails: 31 that confirm
one or more sessions, most saying in passing that another session did not take place, was
cut short, moved or is uncertain (by date, weekday, 'den davor', 'die ersten beiden',
'bis auf'), some plain where every session took place; 9 look-alikes (a day already
confirmed, a cancelled day, a future day, a missed or aborted session, a reminder reply, an
unsure patient).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_eo`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_eo")


def partial() -> None:
    yes("eo01_krueger_dienstag_und_davor.eml", 1, (1004, 1003), ("2026-02-03", "2026-01-27"), "2026-02-05 18:02", re(1004),
        "Den vom Dienstag ja. Den davor (27.1.) übrigens auch, hatte vergessen zu antworten.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1004", style="webde")  # fmt: skip
    yes("eo02_becker_donnerstag_verpennt.eml", 2, (1012,), ("2026-02-09",), "2026-02-13 08:47", "Termine diese Woche",
        "Hallo,\n\nMontag 9.2. ja, Donnerstag hab ich verpennt, sorry!! Den bitte nicht berechnen.\n\nThomas Becker",
        client="thunderbird", staff=True, note="12.02. missed, asks not to be billed")  # fmt: skip
    yes("eo03_wolff_ersten_beiden.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"), "2026-02-01 11:20", re(1030),
        "die ersten beiden ja (16. und 23.), beim 30. weiß ich nicht mehr ob da wirklich jemand angerufen hat\n\nWolff",
        client="tonline", reply="cr-1030", style="tonline", staff=True, note="30.01. uncertain")  # fmt: skip
    yes("eo04_carter_cut_short.eml", 11, (1069, 1070), ("2026-08-03", "2026-08-10"), "2026-08-18 20:14", re(1071, "Re"),
        "Hi, confirming Aug 3 and Aug 10. The one on the 17th got cut short after about ten minutes, my wifi died.\n\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True, extra=("technical",),
        note="17.08. cut short, not confirmed")  # fmt: skip
    yes("eo05_aydin_bis_auf.eml", 22, (1132, 1134, 1135), ("2026-03-05", "2026-03-19", "2026-03-26"), "2026-03-27 09:31",
        "Termine März",
        "Guten Tag,\nam 12.3. war ich krank, ansonsten hab ich alle Termine im März gehabt (5., 19., 26.).\nGruß Mehmet Aydin",
        client="outlook", staff=True, note="12.03. did not take place but is still scheduled")  # fmt: skip
    yes("eo06_krueger_iphone_ja.eml", 1, (1006,), (), "2026-02-17 17:10", re(1006),
        "Ja hat stattgefunden\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1006", style="iphone", bottom=True)  # fmt: skip
    yes("eo07_demir_den_davor.eml", 3, (1022, 1021), ("2026-03-25", "2026-03-18"), "2026-03-26 07:55", re(1022),
        "Ja, 25.3. war. Und den davor auch, da hab ich nicht geantwortet glaub ich",
        client="gmail", reply="cr-1022", style="gmail", note="'den davor' is 18.03.")  # fmt: skip
    yes("eo08_demir_abgesagt_davor.eml", 3, (1024,), ("2026-04-08",), "2026-04-10 12:40", "Bestätigung 8.4.",
        "Hallo, der Termin am 8.4. hat stattgefunden. Der am 1.4. wurde ja von Ihnen abgesagt.\nAylin",
        client="gmail", note="01.04. is cancelled, consistent")  # fmt: skip
    yes("eo09_schulz_nicht_sicher.eml", 5, (1036,), ("2026-04-30",), "2026-05-01 10:03", re(1036, "Re"),
        "Hallo,\n30.4. ja. Beim 23.4. bin ich mir nicht sicher, ich glaub da war ich beim Arzt und wir haben verschoben?\nMarie Schulz",
        client="thunderbird", reply="cr-1036", style="thunderbird", staff=True, note="23.04. uncertain")  # fmt: skip
    yes("eo10_hoffmann_beide_gestern.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 08:12", re(1043),
        "Gestern beide Termine wahrgenommen (morgens Gerät, mittags MT).\n\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook")  # fmt: skip
    yes("eo11_hoffmann_nur_15_min.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 18:30", re(1044),
        "Ja, Dienstag hat stattgefunden, war aber nur ca. 15 Minuten weil ich in ein Meeting musste.\n\nPeter Hoffmann",
        client="outlook", reply="cr-1044", style="outlook", staff=True, note="session cut short")  # fmt: skip
    yes("eo12_popescu_link_nicht.eml", 7, (1047,), ("2026-06-09",), "2026-06-10 14:22", re(1047),
        "Hallo, ja termin 9.6 war. Aber 2.6 ich habe nicht bekommen link, war nicht termin.\nElena",
        client="yahoo", reply="cr-1047", style="yahoo", staff=True, extra=("technical",),
        note="02.06. did not take place")  # fmt: skip
    yes("eo13_richter_mittwoch.eml", 8, (1053,), ("2026-06-17",), "2026-06-18 07:40", re(1053),
        "Jo passt, Mittwoch war gut\n\nGesendet von iPhone",
        client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    yes("eo14_neumann_niemand_angerufen.eml", 9, (1056, 1057, 1058), ("2026-07-07", "2026-07-09", "2026-07-14"),
        "2026-07-17 10:15", "Behandlungen Juli",
        "Guten Tag,\n\ndie Behandlungen am 7., 9. und 14. Juli haben stattgefunden. Am 16. hat niemand angerufen, ich habe bis halb zehn gewartet.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain", staff=True, note="16.07. no call")  # fmt: skip
    yes("eo15_brandt_abgebrochen.eml", 10, (1065,), ("2026-07-17",), "2026-07-18 09:05", re(1065),
        "17.7. ja. Den am 10. mussten wir nach der Hälfte abbrechen, mein Kleiner war krank.\n\nLukas",
        client="apple", reply="cr-1065", style="iphone", staff=True, note="10.07. broken off")  # fmt: skip
    yes("eo16_carter_today.eml", 11, (1072,), ("2026-08-24",), "2026-08-24 19:02", re(1072, "Re"),
        "Yes, today's session took place. Thanks!",
        client="gmail", reply="cr-1072", style="gmail_en")  # fmt: skip
    yes("eo17_yildiz_gestern.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"), "2026-09-03 16:48", "Termine",
        "Hallo, 26.8. und gestern ja. 19.8. war ja ausgefallen.\nFatma Yildiz",
        client="webde", note="gestern = 02.09.; 19.08. is cancelled")  # fmt: skip
    yes("eo18_vogel_gilt_auch.eml", 13, (1083, 1082), ("2026-09-17", "2026-09-10"), "2026-09-18 06:41", re(1083),
        "17.09. bestätigt. Gilt ebenso für den 10.09.\n\nDr. M. Vogel\nVogel & Partner",
        client="outlook", reply="cr-1083", style="outlook_classic")  # fmt: skip
    yes("eo19_lehmann_zaehlt_das.eml", 14, (1089, 1090), ("2026-09-22", "2026-09-29"), "2026-09-30 11:11", re(1090),
        "hallo, 22. und 29. ja. der 15. war nur telefonisch weil video nicht ging - zählt das überhaupt?\nanna",
        client="gmail", reply="cr-1090", style="gmail", staff=True, extra=("question",),
        note="15.09. only by phone, asks")  # fmt: skip
    yes("eo20_zimmermann_auch.eml", 15, (1095, 1093, 1094), ("2026-10-19", "2026-10-05", "2026-10-12"), "2026-10-21 13:30", re(1095),
        "Ja 19. war. Die vom 5. und 12. auch.\nMfg K. Zimmermann",
        client="tonline", reply="cr-1095", style="tonline")  # fmt: skip
    yes("eo21_schaefer_letzten_mittwoch.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 07:20", re(1100),
        "Mittwoch ja. Den Mittwoch davor hab ich es leider nicht geschafft, war noch im Büro.\n\nBirgit Schäfer",
        client="apple", reply="cr-1100", style="iphone", staff=True, note="14.10. did not take place")  # fmt: skip
    yes("eo22_jansen_last_week.eml", 17, (1106, 1105), ("2026-11-05", "2026-10-29"), "2026-11-06 09:12", re(1106, "Re"),
        "Yes, yesterday's happened. Also last week's one (29th) happened, never replied to that.\nOle",
        client="gmail", reply="cr-1106", style="gmail_en")  # fmt: skip
    yes("eo23_nowak_freitag_davor.eml", 19, (1118,), ("2026-11-20",), "2026-11-21 10:30", re(1118),
        "Freitag ja. Den Freitag davor weiß ich nicht mehr genau, hatte Fieber, glaube wir haben abgebrochen.\n\nDavid",
        client="samsung", reply="cr-1118", style="samsung", staff=True, note="13.11. uncertain")  # fmt: skip
    yes("eo24_hartmann_ersten_beiden_auch.eml", 20, (1122, 1120, 1121), ("2026-11-17", "2026-11-03", "2026-11-10"), "2026-11-18 21:05",
        re(1122), "ja gestern hat geklappt. die ersten beiden (3. + 10.) auch\nleonie",
        client="webde", reply="cr-1122", style="webde")  # fmt: skip
    yes("eo25_wagner_alle.eml", 21, (1124, 1125, 1126, 1128, 1129),
        ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"), "2026-02-17 08:00", "Bestätigung Termine",
        "Hallo,\n12.1., 19.1., 26.1. und 9.2. waren alle, der 2.2. war abgesagt. Gestern (16.2.) auch.\nSophie Wagner",
        client="webde", note="02.02. is cancelled")  # fmt: skip
    yes("eo26_koch_nur_zehn_minuten.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"), "2026-04-02 10:20", "Termine",
        "Montag und Mittwoch diese Woche ja (30.3. und 1.4.). Letzte Woche Mittwoch ging es mir nicht gut, da haben wir nur 10 Minuten gemacht.\nRenate Koch",
        client="tonline", staff=True, note="25.03. only ten minutes")  # fmt: skip
    yes("eo27_oneill_14th_too.eml", 23, (1137, 1136), ("2026-04-21", "2026-04-14"), "2026-04-22 08:03", re(1137, "RE"),
        "Confirmed for the 21st. The 14th too.\n\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("eo28_berger_telefon_nicht.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"), "2026-05-21 09:44",
        "Termine Mai",
        "Sehr geehrte Damen und Herren,\ndie Termine am 6. und 13. Mai haben stattgefunden, am 20. Mai hat das Telefon nicht geklingelt.\nMfG U. Berger",
        client="plain", staff=True, note="20.05. no call")  # fmt: skip
    yes("eo29_becker_montag_unsicher.eml", 2, (1016, 1015), ("2026-02-23", "2026-02-19"), "2026-02-24 07:50", re(1016),
        "Ja, gestern war. Donnerstag davor (19.) auch, den Montag 16. weiß ich nicht mehr sicher.\nT. Becker",
        client="outlook", reply="cr-1016", style="outlook", staff=True, note="16.02. uncertain")  # fmt: skip
    yes("eo30_richter_verschoben_oder.eml", 8, (1054, 1055), ("2026-06-24", "2026-07-01"), "2026-07-02 19:20", "termine",
        "Hi, 24.6. und 1.7. ok. den 10.6. hatte ich doch verschoben oder?\nJonas",
        client="iphone", staff=True, extra=("question",), note="asks about 10.06.")  # fmt: skip
    yes("eo31_schulz_samsung_ja.eml", 5, (1039,), (), "2026-05-29 08:15", re(1039),
        "ja, war gut",
        client="samsung", reply="cr-1039", style="samsung")  # fmt: skip


def lookalikes() -> None:
    no("eo32_krueger_schon_bestaetigt.eml", 1, ("confirmation",), "2026-01-21 09:00", "Bestätigung",
       "Hallo, hiermit bestätige ich den 20.1.\nS. Krüger",
       client="webde", dates=("2026-01-20",), note="20.01. already confirmed")  # fmt: skip
    no("eo33_demir_abgesagter_tag.eml", 3, ("confirmation",), "2026-04-02 17:30", "Termin 1.4.",
       "Termin am 1.4. hat stattgefunden.\nAylin Demir",
       client="gmail", note="01.04. is cancelled")  # fmt: skip
    no("eo34_yildiz_niemand_angerufen.eml", 12, ("other",), "2026-09-09 19:00", re(1080),
       "Heute hat leider niemand angerufen. Ich war die ganze Zeit erreichbar.",
       client="webde", reply="cr-1080", style="webde", note="session did not take place")  # fmt: skip
    no("eo35_wolff_zukunft.eml", 4, ("question",), "2026-02-21 10:00", "Termin 27.2.",
       "Den Termin am 27.2. bestätige ich hiermit.\nH.-J. Wolff",
       client="tonline", note="no appointment on 27.02.")  # fmt: skip
    no("eo36_lehmann_reminder.eml", 14, ("other",), "2026-10-12 14:05", reminder_subject(1092),
       "ja bin morgen dabei",
       client="gmail", reply="rem-1092", style="gmail", staff=False, note="reply to a reminder")  # fmt: skip
    no("eo37_brandt_stau.eml", 10, ("reschedule",), "2026-07-25 10:10", re(1066),
       "Nein, am Freitag hat das nicht stattgefunden, ich stand im Stau. Bitte um neuen Termin.\nLukas Brandt",
       client="apple", reply="cr-1066", style="iphone", note="24.07. did not take place")  # fmt: skip
    no("eo38_nowak_abgebrochen.eml", 19, ("technical", "question"), "2026-11-27 12:00", re(1119),
       "Weiß nicht ob das heute zählt, wir haben nach 5 Minuten abgebrochen wegen dem Ton. Bitte melden.",
       client="samsung", reply="cr-1119", style="samsung", note="aborted after 5 minutes")  # fmt: skip
    no("eo39_jansen_unsure.eml", 17, ("question",), "2026-11-13 18:40", re(1107, "Re"),
       "I think so? Honestly can't remember if that was this week or last week.",
       client="gmail", reply="cr-1107", style="gmail_en", note="unsure")  # fmt: skip
    no("eo40_carter_not_this_one.eml", 11, ("cancellation",), "2026-09-01 08:30", re(1073, "Re"),
       "Not this one - I was travelling and we cancelled by phone. Sorry for the confusion!\nEmily",
       client="gmail", reply="cr-1073", style="gmail_en", note="31.08. cancelled by phone")  # fmt: skip


def main() -> None:
    load_practice()
    partial()
    lookalikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
