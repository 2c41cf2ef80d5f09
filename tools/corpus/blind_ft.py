"""Write blind set FT: a plain, representative inbox of the whole year, 47 mails (35 confirmations).

Mostly short replies under our confirmation request from phones and webmail (with and
without the date), some new mails naming one or several days, a few late, a few with a
question, a reschedule wish or a technical remark beside the yes, one from a second
registered address; and twelve look-alikes: cancellations, reschedules, questions about a
coming session, missed sessions, replies to a reminder, requests for a cancelled day.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ft`.
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

HERE = data_dir("blind_ft")


def winter() -> None:
    yes("ft01_krueger_ja_datum.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "Hallo,\nja, die Behandlung am 27.01. hat stattgefunden.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("ft02_krueger_zwei_neu.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"), "2026-02-12 20:41",
        "Bestätigung Termine Februar",
        "Guten Abend,\n\nich hab vergessen zu antworten, deshalb jetzt zusammen: die Videotermine am"
        " 3.2. und am 10.2. haben beide stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde", note="new mail, two days at once")  # fmt: skip
    yes("ft03_becker_bestaetigt.eml", 2, (1010,), (), "2026-02-02 19:52", re(1010),
        "Bestätigt.\nGruß TB\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1010", style="iphone",
        note="a bare yes under our request for 02.02.2026")  # fmt: skip
    yes("ft04_becker_outlook.eml", 2, (1013,), ("2026-02-12",), "2026-02-13 08:15", re(1013),
        "Hallo zusammen,\n\ndie Behandlung am 12.02. hat stattgefunden.\n\nMfG\nThomas Becker",
        client="outlook", reply="cr-1013", style="outlook")  # fmt: skip
    yes("ft05_wolff_foermlich.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:02", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonische Behandlung vom"
        " 16.01.2026.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("ft06_wolff_drei_spaet.eml", 4, (1029, 1030, 1031), ("2026-01-23", "2026-01-30", "2026-02-06"),
        "2026-02-08 11:30", "Termine",
        "Guten Tag,\n\ndie Termine am 23.1., 30.1. und 6.2. haben alle stattgefunden, entschuldigen"
        " Sie die Verspätung.\n\nH.-J. Wolff",
        client="tonline", note="new mail, three days at once")  # fmt: skip
    yes("ft07_wagner_ton_schlecht.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 12:20", re(1128),
        "Hallo, der Termin am 9.2. hat stattgefunden, aber der Ton war sehr schlecht und wir"
        " mussten am Ende übers Handy weitermachen. Geht das beim nächsten Mal besser?\n\nSophie",
        client="gmail", reply="cr-1128", style="gmail", staff=True, extra=("technical",),
        note="confirms, but reports a sound problem and asks")  # fmt: skip
    yes("ft08_aydin_kurz.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 15:44", re(1131),
        "Hallo ich bestätige Termin 26.02\nlg Mehmet",
        client="outlook", reply="cr-1131", style="outlook")  # fmt: skip
    no("ft09_krueger_krank.eml", 1, ("cancellation",), "2026-03-09 10:30", reminder_subject(1009),
       "Hallo,\nich kann morgen leider nicht, hab Fieber. Bitte den Termin absagen.\n\nSabine Krüger",
       client="webde", reply="rem-1009", style="webde",
       note="cancels tomorrow's session")  # fmt: skip
    no("ft10_becker_verschieben.eml", 2, ("reschedule",), "2026-02-24 09:05", "Termin Donnerstag",
       "Hallo,\n\nkönnen wir den Termin am Donnerstag (26.2.) auf Freitag gleiche Uhrzeit schieben?\n"
       "Bin dienstlich unterwegs.\n\nGruß\nThomas Becker",
       client="iphone", note="reschedule wish for a coming session")  # fmt: skip


def spring() -> None:
    yes("ft11_demir_gmail.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 11:02", re(1019),
        "ja hat am 4.3. stattgefunden, danke!",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("ft12_demir_zwei_abgesagt.eml", 3, (1022, 1024), ("2026-03-25", "2026-04-08"), "2026-04-10 18:20",
        "Bestätigung",
        "Hallo,\nich bestätige die Behandlungen vom 25.3. und 8.4., der 1.4. war ja von euch"
        " abgesagt.\nLiebe Grüße\nAylin Demir",
        client="gmail", note="two days; the cancelled 1.4. is only mentioned, not confirmed")  # fmt: skip
    yes("ft13_koch_drei.eml", 18, (1109, 1110, 1111), ("2026-03-23", "2026-03-25", "2026-03-30"),
        "2026-04-02 10:12", "Bestätigung",
        "Guten Morgen,\n\nich wollte noch die Termine bestätigen, 23.3., 25.3. und 30.3., war alles"
        " gut, die Schulter ist schon besser.\n\nRenate Koch",
        client="tonline", note="new mail, three days")  # fmt: skip
    yes("ft14_schulz_thunderbird.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:45", re(1034),
        "Hallo,\n\nja, die Stunde am 16.4. fand statt.\n\nViele Grüße,\nMarie",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("ft15_schulz_feiertag.eml", 5, (1037,), ("2026-05-07",), "2026-05-08 07:50", re(1037),
        "Guten Morgen, den 7.5. bestätige ich gern. Ist nächste Woche Donnerstag wegen"
        " Himmelfahrt eigentlich frei oder haben wir Termin?\n\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird", staff=True, extra=("question",),
        note="confirms and asks about a coming week")  # fmt: skip
    yes("ft16_oneill_english.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:03", re(1137),
        "Hello,\n\nI confirm the treatment on 21 April took place.\n\nKind regards,\nJames O'Neill",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("ft17_hoffmann_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 16:10", re(1043),
        "Hallo,\n\nbestätige beide Termine am 18.05., morgens das Gerätetraining und mittags die MT.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both confirmed")  # fmt: skip
    yes("ft18_hoffmann_kurz.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 10:30", re(1040),
        "Bestätigt, 04.05.2026\n\nP. Hoffmann\n\nHolen Sie sich Outlook für iOS",
        client="outlook", reply="cr-1040", style="outlook_classic")  # fmt: skip
    yes("ft19_berger_verschieben.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 14:00", re(1143),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung am 13. Mai fand statt. Den nächsten Termin"
        " am 20. Mai müsste ich leider verschieben, ich habe da einen Arzttermin.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger",
        reply="cr-1143", style="outlook_classic", staff=True, extra=("reschedule",),
        note="confirms 13.05., wants the coming 20.05. moved")  # fmt: skip
    no("ft20_demir_abgesagter_tag.eml", 3, ("question",), "2026-04-01 12:00", re(1023),
       "Hallo, warum soll ich den 1.4. bestätigen? Der Termin wurde doch abgesagt?",
       client="gmail", reply="cr-1023", style="gmail",
       note="asks about a request for a cancelled day; nothing took place")  # fmt: skip
    no("ft21_oneill_missed.eml", 23, ("other",), "2026-05-19 21:15", re(1141),
       "Hi,\n\nnobody called me tonight, I waited by the phone from 7:30 until 8. Please don't"
       " bill this one.\n\nJames",
       client="outlook", reply="cr-1141", style="outlook_en",
       note="session of 19.05. did not take place")  # fmt: skip


def summer() -> None:
    yes("ft22_popescu_lerner.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 14:25", re(1047),
        "Hallo,\nich bestätige das Termin am 9 Juni hat statt gefunden.\nDanke schön\nElena",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("ft23_popescu_unten.eml", 7, (1049,), ("2026-06-23",), "2026-06-24 09:10", re(1049),
        "ja statt gefunden 23.06\nElena Popescu",
        client="yahoo", reply="cr-1049", style="yahoo", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip
    yes("ft24_richter_iphone.eml", 8, (1052,), ("2026-06-10",), "2026-06-10 20:05", re(1052),
        "Jo, 10.6. hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    yes("ft25_richter_rechnung.eml", 8, (1054,), ("2026-06-24",), "2026-06-25 08:40", re(1054),
        "Moin,\nbestätige den 24.06. Kann ich die Rechnung eigentlich auch als PDF per Mail"
        " bekommen statt per Post?\nJonas",
        client="apple", reply="cr-1054", style="iphone", staff=True, extra=("question",),
        note="confirms and asks about the invoice")  # fmt: skip
    yes("ft26_neumann_foermlich.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:20", re(1056),
        "Guten Tag,\n\ndie Behandlung am Dienstag, den 7. Juli hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        reply="cr-1056", style="thunderbird", bottom=True)  # fmt: skip
    yes("ft27_neumann_woche.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"), "2026-07-17 09:30",
        "termine",
        "hallo, die beiden termine diese woche 14. und 16. juli waren, alles gut\ngruß g. neumann",
        note="new mail in lower case, two days")  # fmt: skip
    yes("ft28_brandt_unten.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:30", re(1063),
        "Hiermit bestätigt: 03.07.2026\n\nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("ft29_brandt_spaet.eml", 10, (1066,), ("2026-07-24",), "2026-08-20 22:10", re(1066),
        "Sorry für die späte Antwort, war im Urlaub. Der Termin am 24.07. hat stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1066", style="thunderbird",
        note="late reply, four weeks after")  # fmt: skip
    yes("ft30_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:12", re(1069),
        "Hi,\n\nyes, the session on 3 August took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ft31_yildiz_webde.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:40", re(1075),
        "Hallo ja Termin am 5.8 war\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("ft32_yildiz_samsung.eml", 12, (1078,), ("2026-08-26",), "2026-08-27 07:55", re(1078),
        "Ich bestätige den Termin 26.08.2026 danke\n\n\nGesendet von meinem Galaxy",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip
    no("ft33_popescu_kamera.eml", 7, ("question",), "2026-05-31 16:00", video_link_subject(1046),
       "Hallo,\nmuss ich für den Termin am Dienstag eine Kamera haben oder geht es auch mit Handy?\nElena",
       client="yahoo", reply="vl-1046", style="yahoo",
       note="question about the first, coming session")  # fmt: skip
    no("ft34_neumann_nicht_angerufen.eml", 9, ("other",), "2026-07-21 12:15", re(1060),
       "Guten Tag,\nam 21.7. hat mich niemand angerufen, ich habe bis halb zehn gewartet. Das kann"
       " ich so nicht bestätigen.\nGisela Neumann",
       reply="cr-1060", style="thunderbird",
       note="missed session; nothing to record")  # fmt: skip
    no("ft35_brandt_reminder_ok.eml", 10, ("other",), "2026-08-06 16:20", reminder_subject(1068),
       "Danke, bin dabei.\nLukas",
       client="thunderbird", reply="rem-1068", style="thunderbird", staff=False,
       note="acknowledges a reminder for tomorrow; nothing took place yet")  # fmt: skip
    no("ft36_carter_missed.eml", 11, ("reschedule",), "2026-08-31 18:00", re(1073),
       "Hi,\n\nsorry, I had to miss today's session, I was stuck at work. Could we make it up later"
       " this week?\n\nEmily",
       client="gmail", reply="cr-1073", style="gmail_en",
       note="session of 31.08. missed, wants a new one")  # fmt: skip


def autumn() -> None:
    yes("ft37_vogel_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:05", re(1082),
        "Bestätigt: Behandlung 10.09.2026.\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Tel. 0211 4478 120 | Fax 0211 4478 129",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("ft38_lehmann_zwei.eml", 14, (1087, 1088), ("2026-09-08", "2026-09-15"), "2026-09-16 12:30",
        "Bestätigung Termine September",
        "Hallo,\n\nich bestätige die Behandlungen am 08.09. und 15.09.\n\nBeste Grüße\nAnna Lehmann",
        client="thunderbird", note="new mail, two days")  # fmt: skip
    yes("ft39_zimmermann_samsung.eml", 15, (1095,), ("2026-10-19",), "2026-10-19 13:10", re(1095),
        "Jawoll, war am 19.10.\nGruß Klaus",
        client="samsung", reply="cr-1095", style="samsung")  # fmt: skip
    yes("ft40_schaefer_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:45", re(1099),
        "Liebes Team,\n\nder Termin vom 14.10. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 0421 556 70-0",
        client="outlook", reply="cr-1099", style="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer", note="from her second registered address")  # fmt: skip
    yes("ft41_jansen_moin.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:40", re(1105),
        "moin, 29.10. war, passt alles\nole",
        client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    yes("ft42_nowak_english.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:20", re(1117),
        "Confirming 13.11.\n\nBest,\nDavid",
        reply="cr-1117", style="gmail_en")  # fmt: skip
    yes("ft43_hartmann_ohne_datum.eml", 20, (1121,), (), "2026-11-10 19:30", re(1121),
        "jaa hat stattgefunden :)\nLeonie",
        client="webde", reply="cr-1121", style="webde",
        note="a yes under our request for 10.11.2026, no day named")  # fmt: skip
    no("ft44_zimmermann_abgesagt.eml", 15, ("other",), "2026-10-26 14:00", re(1096),
       "Guten Tag,\nder Termin am 26.10. fand nicht statt, der war doch abgesagt. Bitte nicht"
       " abrechnen.\nKlaus Zimmermann",
       client="samsung", reply="cr-1096", style="samsung",
       note="request for a cancelled day; nothing took place")  # fmt: skip
    no("ft45_jansen_link.eml", 17, ("technical", "question"), "2026-11-18 18:30", video_link_subject(1108),
       "Hi, findet der Termin morgen statt? Der Code geht bei mir irgendwie nicht, da kommt nur"
       " \"ungültig\".\nOle",
       client="gmail", reply="vl-1108", style="gmail",
       note="technical problem before a coming session")  # fmt: skip
    no("ft46_nowak_absage.eml", 19, ("cancellation",), "2026-11-25 09:00", "Termin 27.11.",
       "Hallo,\n\nich muss den Termin am Freitag, 27.11., leider absagen – Dienstreise.\n\nDavid Nowak",
       note="cancels a coming session")  # fmt: skip
    no("ft47_hartmann_morgen.eml", 20, ("other",), "2026-11-23 17:30", reminder_subject(1123),
       "Danke für die Erinnerung, ich bestätige den Termin morgen um 17 Uhr!\nLeonie",
       client="webde", reply="rem-1123", style="webde", staff=False,
       note="confirms she will attend tomorrow; nothing took place yet")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
