"""Write blind set DK: everyday mails in which the day of a session is given in words
rather than as a date (weekdays alone, 'letzte Woche Dienstag', 'vorgestern', 'den davor',
'die beiden letzten', 'gestern und heute', 'the Monday one', a weekday corrected in the
next sentence, a weekday and a date that do not agree) next to some that name every
session plainly; 46 mails, 35 that confirm at least one session and 11 look-alikes (a
'ja' under a reminder, thanks for a video link, a reschedule wish, an aborted video
session, a question about a cancelled day, and confirmations nothing can be recorded
for: a cancelled Monday, a weekday with no session, a day already confirmed, a
'Donnerstag' written before that day's session, a weekday and a date that disagree).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dk`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_dk")


def single_weekdays() -> None:
    yes("dk01_krueger_dienstag.eml", 1, (1003,), ("2026-01-27",), "2026-01-29 09:12", re(1003),
        "Guten Morgen,\n\nja, die Stunde am Dienstag hat stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="'am Dienstag' two days after Tuesday 27.01, under that request")  # fmt: skip
    yes("dk02_becker_montag_ja_donnerstag_nicht.eml", 2, (1010,), ("2026-02-02",), "2026-02-06 08:30",
        "Termine diese Woche",
        "Hallo,\n\nMontag ja, Donnerstag nicht – da musste ich kurzfristig zu einem Kunden,"
        " ich hatte gestern Nachmittag noch auf den AB gesprochen.\n\nGruß\nThomas Becker",
        client="webde",
        note="Monday 02.02 took place; Thursday 05.02 did not: staff must look at it",
        staff=True)  # fmt: skip
    yes("dk03_wolff_letzte_woche_freitag.eml", 4, (1029,), ("2026-01-23",), "2026-01-28 19:40",
        "Behandlung",
        "Guten Tag,\n\nhiermit bestätige ich die Behandlung von letzter Woche Freitag.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline",
        note="written Wednesday 28.01: last week's Friday is 23.01")  # fmt: skip
    yes("dk04_demir_vorgestern.eml", 3, (1020,), ("2026-03-11",), "2026-03-13 07:50", re(1020),
        "ja vorgestern hat geklappt, danke!\n\nAylin",
        client="gmail", reply="cr-1020", style="gmail",
        note="'vorgestern' on Friday 13.03 is Wednesday 11.03")  # fmt: skip
    yes("dk05_schulz_donnerstag_und_den_davor.eml", 5, (1036, 1037), ("2026-04-30", "2026-05-07"),
        "2026-05-09 10:04", re(1037),
        "Hallo,\n\nich bestätige den Donnerstag und den davor gleich mit, den hatte ich"
        " vergessen zu beantworten.\n\nLiebe Grüße\nMarie Schulz",
        reply="cr-1037", style="thunderbird", client="thunderbird",
        note="Thursday 07.05 and the Thursday session before it, 30.04")  # fmt: skip
    yes("dk06_hoffmann_gestern_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 08:10",
        re(1043),
        "Guten Morgen,\n\ngestern beide Termine wahrgenommen, morgens Gerät und mittags die MT.\n\n"
        "Gruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of Monday 18.05")  # fmt: skip
    yes("dk07_popescu_dienstag.eml", 7, (1048,), ("2026-06-16",), "2026-06-18 13:02", re(1048),
        "Hallo,\nja ich bestätige Termin am Dienstag, war gut. Danke schön\nElena",
        client="yahoo", reply="cr-1048", style="yahoo")  # fmt: skip
    yes("dk08_richter_gestern.eml", 8, (1054,), ("2026-06-24",), "2026-06-25 07:31", re(1054),
        "Gestern hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1054", style="iphone")  # fmt: skip
    yes("dk11_carter_the_monday_one.eml", 11, (1070,), ("2026-08-10",), "2026-08-12 20:15",
        re(1070, "Re"),
        "Hi,\n\nyes, the Monday one happened, all good.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("dk13_yildiz_mittwoch.eml", 12, (1078,), ("2026-08-26",), "2026-08-28 10:20", re(1078),
        "Hallo,\nam Mittwoch wir haben gemacht Telefon Termin. Alles gut.\nFatma Yildiz",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip
    yes("dk15_vogel_vergangenen_donnerstag.eml", 13, (1082,), ("2026-09-10",), "2026-09-14 08:02",
        "Behandlung letzte Woche",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am vergangenen Donnerstag fand statt.\n\n"
        "Mit freundlichen Grüßen\nDr. M. Vogel\n\nVogel & Partner Rechtsanwälte\nTel. 0221 555 8213",
        client="outlook",
        note="Monday 14.09: last Thursday is 10.09")  # fmt: skip
    yes("dk19_zimmermann_gestern.eml", 15, (1094,), ("2026-10-12",), "2026-10-13 16:40", re(1094),
        "Ja gestern Telefonat gehabt.\nGruss K. Zimmermann",
        client="samsung", reply="cr-1094", style="samsung")  # fmt: skip
    yes("dk20_schaefer_mittwochabend_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-16 08:05",
        re(1099),
        "Guten Morgen,\n\ndie Videostunde am Mittwochabend hat stattgefunden.\n\nViele Grüße\n"
        "Birgit Schäfer\nSchäfer Steuerberatung\nTel. 0711 240 5577",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("dk24_hartmann_dienstag_klein.eml", 20, (1122,), ("2026-11-17",), "2026-11-19 21:47",
        re(1122),
        "hallo ja dienstag war gut lg leonie",
        client="webde", reply="cr-1122", style="webde")  # fmt: skip
    yes("dk26_aydin_letzte_woche_donnerstag.eml", 22, (1132,), ("2026-03-05",), "2026-03-09 18:20",
        re(1132),
        "Hallo\nletzte woche donnerstag telefon termin war, ich bestätige.\nMehmet",
        client="outlook", reply="cr-1132", style="outlook",
        note="Monday 09.03: last week's Thursday is 05.03")  # fmt: skip
    yes("dk27_oneill_last_night.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:03",
        re(1137, "RE"),
        "Hi,\n\nconfirming last night's session.\n\nCheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en",
        note="'last night' on Wednesday morning: Tuesday 21.04 19:30")  # fmt: skip
    yes("dk33_wolff_freitag_14_uhr.eml", 4, (1030,), ("2026-01-30",), "2026-02-02 10:15", re(1030),
        "Guten Tag,\n\nam Freitag hat das Telefonat stattgefunden, wie immer um 14 Uhr.\n\n"
        "MfG\nH.-J. Wolff",
        client="tonline", reply="cr-1030", style="tonline")  # fmt: skip
    yes("dk39_brandt_gestern_letzte.eml", 10, (1068,), ("2026-08-07",), "2026-08-08 11:30",
        "Letzte Stunde",
        "Hi,\n\ngestern war ja die letzte Stunde, die hat natürlich stattgefunden. Vielen Dank"
        " für alles, der Rücken ist wieder richtig gut!\n\nLukas",
        note="Saturday 08.08: gestern is Friday 07.08")  # fmt: skip
    yes("dk43_schaefer_mittwoch_iphone.eml", 16, (1101,), ("2026-10-28",), "2026-10-29 07:12",
        re(1101),
        "Ja, Mittwoch hat stattgefunden.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1101", style="iphone")  # fmt: skip
    yes("dk29_berger_mittwoch_20_5.eml", 24, (1144,), ("2026-05-20",), "2026-05-21 09:40",
        re(1144),
        "Guten Tag,\n\nja, am Mittwoch, den 20.5., hat die Behandlung stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nU. Berger",
        client="thunderbird", reply="cr-1144", style="thunderbird", bottom=True,
        note="weekday and date agree; bottom-posted")  # fmt: skip


def several_days() -> None:
    yes("dk09_neumann_beiden_letzten.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 11:05", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die beiden letzten Behandlungen"
        " am Telefon, also am Dienstag und gestern.\n\nMit freundlichen Grüßen\nGisela Neumann",
        note="Friday 17.07: Tuesday 14.07 and Thursday 16.07")  # fmt: skip
    yes("dk10_brandt_die_beiden_letzten.eml", 10, (1064, 1065), ("2026-07-10", "2026-07-17"),
        "2026-07-20 09:00", "Bestätigung",
        "Hi,\n\ndie beiden letzten Termine haben stattgefunden, sorry dass ich mich erst jetzt"
        " melde.\n\nLukas Brandt",
        note="Monday 20.07: his last two sessions are Fridays 10.07 and 17.07")  # fmt: skip
    yes("dk17_lehmann_also_dienstag.eml", 14, (1088,), ("2026-09-15",), "2026-09-17 12:10",
        re(1088),
        "Hallo,\n\nja, Dienstag hat stattgefunden. Also Dienstag, nicht Mittwoch – ich hatte es"
        " mir im Kalender falsch eingetragen.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird",
        note="Tuesday 15.09; Wednesday only as her calendar slip")  # fmt: skip
    yes("dk21_jansen_gestern_und_heute.eml", 17, (1106,), ("2026-11-05", "2026-11-06"),
        "2026-11-06 17:20", "Bestätigung",
        "Moin,\n\nbestätige gestern und heute.\n\nGruß Ole",
        client="gmail", staff=True,
        note="gestern is Thursday 05.11 (his session); today, Friday 06.11, he has none")  # fmt: skip
    yes("dk22_koch_heute_und_montag.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-01 18:05", "Bestätigung Termine",
        "Guten Abend,\n\nich bestätige heute und Montag. Beide Male telefoniert.\n\nR. Koch",
        client="tonline",
        note="Wednesday 01.04 15:00 and Monday 30.03")  # fmt: skip
    yes("dk23_nowak_freitag_den_davor_nicht.eml", 19, (1118,), ("2026-11-20",), "2026-11-23 09:10",
        re(1118),
        "Hallo,\n\nFreitag hat stattgefunden. Den davor aber nicht, da war ich krank und habe"
        " morgens angerufen – falls der bei Ihnen noch offen ist.\n\nGruß\nDavid Nowak",
        client="thunderbird", reply="cr-1118", style="thunderbird", staff=True,
        note="Friday 20.11 took place; 13.11 did not but is still scheduled: staff")  # fmt: skip
    yes("dk25_wagner_montag_und_den_davor.eml", 21, (1128,), ("2026-02-09",), "2026-02-11 20:30",
        "Bestätigung",
        "Hallo,\n\nletzten Montag und den davor bitte bestätigen, beide per Video gemacht.\n\n"
        "LG Sophie",
        client="webde", staff=True,
        note="Monday 09.02 is clear; the Monday before (02.02) was cancelled, so 'den davor'"
        " is unclear: staff")  # fmt: skip
    yes("dk30_becker_vier_termine.eml", 2, (1012, 1013, 1014, 1015),
        ("2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19"), "2026-02-21 10:45",
        "Bestätigung der letzten Termine",
        "Hallo,\n\nfür die letzten zwei Wochen: Montag 9., Donnerstag 12., Montag 16. und"
        " Donnerstag 19. – alle vier haben stattgefunden.\n\nGruß\nT. Becker",
        client="webde")  # fmt: skip
    yes("dk31_krueger_drei_dienstage.eml", 1, (1003, 1004, 1005),
        ("2026-01-27", "2026-02-03", "2026-02-10"), "2026-02-13 18:22", "Bestätigungen",
        "Hallo,\n\nich habe gemerkt, dass ich die letzten Dienstage nicht bestätigt habe. 3.2."
        " und 10.2. waren beide, am 27.1. auch.\n\nViele Grüße\nSabine Krüger",
        client="webde")  # fmt: skip
    yes("dk34_wolff_februar_spaet.eml", 4, (1031, 1032, 1033),
        ("2026-02-06", "2026-02-13", "2026-02-20"), "2026-03-04 11:00", "Telefontermine Februar",
        "Guten Tag,\n\nmir ist aufgefallen, dass ich die Telefonate im Februar noch nicht"
        " bestätigt habe. Die am 6., 13. und 20. Februar haben alle stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", note="late, every day plainly named")  # fmt: skip
    yes("dk40_carter_yesterday_and_last_week.eml", 11, (1072, 1073), ("2026-08-24", "2026-08-31"),
        "2026-09-01 19:30", "Sessions",
        "Hi there,\n\njust confirming yesterday's and last week's sessions, both happened as"
        " planned.\n\nBest,\nEmily Carter",
        client="gmail",
        note="Tuesday 01.09: Monday 31.08 and Monday 24.08")  # fmt: skip
    yes("dk41_lehmann_gestern_und_am_6.eml", 14, (1091, 1092), ("2026-10-06", "2026-10-13"),
        "2026-10-14 12:45", re(1092),
        "Hallo,\n\ngestern: ja. Und falls der noch fehlt, den am 6. auch.\n\nAnna",
        client="thunderbird", reply="cr-1092", style="thunderbird")  # fmt: skip
    yes("dk44_jansen_der_davor.eml", 17, (1104, 1105), ("2026-10-22", "2026-10-29"),
        "2026-10-30 08:15", re(1105),
        "Moin, gestern war, und der davor auch (22.).\nOle",
        client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    yes("dk45_nowak_freitag_natuerlich.eml", 19, (1116,), ("2026-11-06",), "2026-11-09 08:50",
        re(1116),
        "Hallo,\n\nDonnerstag hat stattgefunden. Sorry, Freitag natürlich, nicht Donnerstag.\n\n"
        "Gruß\nDavid Nowak",
        client="apple", reply="cr-1116", style="iphone",
        note="corrects himself: Friday 06.11")  # fmt: skip
    yes("dk46_hartmann_letzten_beiden_dienstage.eml", 20, (1122, 1123),
        ("2026-11-17", "2026-11-24"), "2026-11-25 20:10", "termine",
        "hi, ich bestätige die letzten beiden dienstage. lg leonie hartmann",
        client="webde", note="Wednesday 25.11: Tuesdays 24.11 and 17.11")  # fmt: skip


def nothing_to_record() -> None:
    yes("dk12_carter_the_tuesday_one.eml", 11, (), ("2026-08-18",), "2026-08-20 18:00",
        re(1071, "Re"),
        "Confirming the Tuesday one this week.\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en", staff=True,
        note="under the request for Monday 17.08 she confirms a Tuesday; she has no Tuesday"
        " session")  # fmt: skip
    yes("dk16_vogel_gestern_schon_bestaetigt.eml", 13, (), ("2026-09-03",), "2026-09-04 07:45",
        re(1081),
        "Die Behandlung gestern fand statt.\n\nDr. M. Vogel",
        client="outlook", reply="cr-1081", style="outlook", staff=True,
        note="Thursday 03.09 is already confirmed")  # fmt: skip
    yes("dk18_zimmermann_abgesagter_montag.eml", 15, (), (), "2026-10-28 10:30", "Bestätigung",
        "Guten Tag,\n\nich bestätige den Montag.\n\nK. Zimmermann",
        staff=True,
        note="written Wednesday 28.10: Monday 26.10 was cancelled; which session he means is"
        " unclear")  # fmt: skip
    yes("dk28_berger_mittwoch_14_5.eml", 24, (), (), "2026-05-18 09:15", "Behandlung",
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Behandlung am Mittwoch, 14.05.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", staff=True,
        note="Wednesday was the 13th, 14.05 a Thursday; weekday and date disagree")  # fmt: skip
    yes("dk42_schulz_donnerstag_vormittags.eml", 5, (), (), "2026-05-21 10:05", "Donnerstag",
        "Hallo,\n\nich bestätige hiermit Donnerstag.\n\nMarie Schulz",
        client="thunderbird", staff=True,
        note="written Thursday 21.05 at 10:05, before that day's 15:30 session; the Thursday"
        " before had no session")  # fmt: skip
    no("dk14_yildiz_abgesagter_mittwoch.eml", 12, ("question",), "2026-08-21 09:30",
       "Termin Mittwoch",
       "Hallo,\nvorgestern Mittwoch war kein Termin, wurde abgesagt von Ihnen. Nächste Woche"
       " Mittwoch wieder normal um halb elf?\nDanke\nFatma",
       client="webde", note="asks about the next Wednesday; the cancelled 19.08 confirms"
       " nothing")  # fmt: skip
    no("dk32_krueger_ja_morgen.eml", 1, ("other",), "2026-03-09 11:20", reminder_subject(1009),
       "Ja, ich bin morgen dabei.\n\nSabine Krüger",
       client="webde", reply="rem-1009", style="webde", staff=False,
       note="a yes under the reminder for tomorrow's session")  # fmt: skip
    no("dk35_demir_bis_morgen.eml", 3, ("other",), "2026-04-14 19:10", vl(1025),
       "Danke, bis morgen!",
       client="gmail", reply="vl-1025", style="gmail", staff=False,
       note="thanks for the video link of 15.04")  # fmt: skip
    no("dk36_neumann_donnerstag_statt_dienstag.eml", 9, ("reschedule",), "2026-07-20 10:00",
       reminder_subject(1060),
       "Guten Tag,\n\nmorgen passt es mir leider nicht so gut. Ginge Donnerstag statt Dienstag?"
       " Da bin ich ja sowieso dran.\n\nGisela Neumann",
       reply="rem-1060", style="thunderbird", client="thunderbird")  # fmt: skip
    no("dk37_richter_heute_abend.eml", 8, ("other",), "2026-06-17 12:30", vl(1053),
       "Hab den Link, heute Abend passt.\n\nVon meinem iPhone gesendet",
       client="iphone", reply="vl-1053", style="iphone", staff=False)  # fmt: skip
    no("dk38_popescu_video_abgebrochen.eml", 7, ("technical", "reschedule"), "2026-06-24 09:40",
       re(1049),
       "Hallo,\ngestern Video ging nicht, nur schwarzes Bild, wir haben nach 10 Minuten"
       " aufgehört. Kann ich neue Termin bekommen?\nDanke Elena",
       client="yahoo", reply="cr-1049", style="yahoo",
       note="the session of 23.06 did not take place")  # fmt: skip


def main() -> None:
    load_practice()
    single_weekdays()
    several_days()
    nothing_to_record()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
