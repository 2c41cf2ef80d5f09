"""Write blind set GM: sessions named in words or half in words ('gestern', 'vorgestern',
'heute früh', 'am Montag', 'letzten Freitag', 'Freitag vor einer Woche', 'Dienstag, den 3.',
'the Tuesday before last', two weekdays in one mail), as patients write them under our
request or in new mails, with some mails that name every day plainly with its date. 44
mails: 32 that confirm at least one session, and 12 that look like confirmations and are
not: replies to a reminder that name the coming session, a weekday written the day before
that weekday's next session, a cancelled or empty day "confirmed", a day already
confirmed, a session the patient says did not take place, a reschedule wish.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gm`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gm")


def tuesdays_and_mondays() -> None:
    """Sabine Krüger (Tue), Thomas Becker (Mon/Thu), Sophie Wagner (Mon)."""
    yes("gm01_krueger_gestern.eml", 1, (1003,), ("2026-01-27",), "2026-01-28 08:47", re(1003),
        "Guten Morgen,\n\nja, gestern hat stattgefunden, alles gut.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="'gestern' on Wed 28.01 = Tue 27.01, the requested session")  # fmt: skip
    yes("gm02_krueger_dienstag_den_3.eml", 1, (1004,), ("2026-02-03",), "2026-02-05 19:32",
        "Behandlung Dienstag",
        "Hallo liebes Praxisteam,\n\nich wollte noch die Behandlung vom Dienstag, den 3. "
        "bestätigen, die hat ganz normal per Video stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde",
        note="'Dienstag, den 3.' written 05.02 = Tue 03.02")  # fmt: skip
    yes("gm03_krueger_dienstag_am_vortag.eml", 1, (1006,), ("2026-02-17",), "2026-02-23 20:14",
        re(1006),
        "Hallo, sorry für die späte Antwort - ja, der Dienstag hat stattgefunden.\nBis morgen!\n"
        "Sabine",
        client="webde", reply="cr-1006", style="webde",
        note="written Mon 23.02 under the request for 17.02: 'der Dienstag hat stattgefunden' is"
        " the past Tuesday 17.02; 'bis morgen' is the coming one")  # fmt: skip
    no("gm04_krueger_erinnerung_morgen.eml", 1, ("other",), "2026-03-09 12:03",
       reminder_subject(1009),
       "Danke für die Erinnerung, morgen um 10 bin ich dabei.\n\nGruß Sabine Krüger",
       client="webde", reply="rem-1009", style="webde", staff=False,
       note="a reply to the reminder naming tomorrow's session 10.03: nothing took place yet")  # fmt: skip
    yes("gm05_krueger_alle_daten.eml", 1, (1004, 1005, 1006, 1007, 1008),
        ("2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24", "2026-03-03"),
        "2026-03-04 21:40", "Bestätigung meiner Termine",
        "Hallo,\n\nich habe gemerkt, dass ich einiges nicht bestätigt habe. Folgende "
        "Videobehandlungen haben stattgefunden:\n\n03.02.2026\n10.02.2026\n17.02.2026\n"
        "24.02.2026\nund gestern, 03.03.2026\n\nEntschuldigung für die Verspätung!\n"
        "Sabine Krüger",
        client="webde", note="five days named plainly with their dates")  # fmt: skip
    yes("gm06_becker_gestern_und_montag.eml", 2, (1010, 1011), ("2026-02-02", "2026-02-05"),
        "2026-02-06 08:15", "Telefontermine diese Woche",
        "Moin,\n\ndie Behandlung gestern Abend und die am Montag haben beide stattgefunden.\n\n"
        "Gruß\nThomas Becker",
        client="gmail",
        note="written Fri 06.02: gestern = Thu 05.02, Montag = Mon 02.02")  # fmt: skip
    yes("gm07_becker_donnerstag_letzte_woche.eml", 2, (1013, 1014), ("2026-02-12", "2026-02-16"),
        "2026-02-18 07:55", "Bestätigung",
        "Guten Morgen,\n\nDonnerstag letzte Woche und Montag diese Woche waren beide ok, "
        "beide Male am Telefon.\n\nThomas Becker",
        client="gmail",
        note="written Wed 18.02: Thu of last week = 12.02, Monday this week = 16.02")  # fmt: skip
    no("gm08_becker_erinnerung_donnerstag.eml", 2, ("other",), "2026-02-25 18:40",
       reminder_subject(1017),
       "Donnerstag passt, bin ab halb sechs unter der Nummer erreichbar.\n\nT. Becker",
       client="gmail", reply="rem-1017", style="gmail", staff=False,
       note="a reply to the reminder for Thu 26.02: the coming session, not a past one")  # fmt: skip
    yes("gm09_becker_sonntag_montag.eml", 2, (), (), "2026-03-01 16:22", "Termin Montag",
        "Hallo,\n\nhiermit bestätige ich den Termin am Montag.\n\nMfG\nThomas Becker",
        client="gmail", staff=True,
        note="written Sunday 01.03: 'Montag' may be the past 23.02 or tomorrow 02.03; staff"
        " must ask")  # fmt: skip
    yes("gm10_wagner_gestern_vorige_woche_abgesagt.eml", 21, (1128,), ("2026-02-09",),
        "2026-02-10 13:05", re(1128),
        "Hallo, ja gestern hat stattgefunden. Letzte Woche war ja abgesagt, das wissen Sie ja.\n\n"
        "Grüße Sophie",
        client="webde", reply="cr-1128", style="webde",
        note="gestern = Mon 09.02; the cancelled 02.02 is only mentioned")  # fmt: skip


def wednesdays() -> None:
    """Aylin Demir (Wed morning), Fatma Yıldız (Wed), Birgit Schäfer (Wed evening)."""
    yes("gm11_demir_heute_frueh.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 11:20", re(1019),
        "ja heute früh hat geklappt 👍",
        client="iphone", reply="cr-1019", style="iphone",
        note="'heute früh' on 04.03 = the 08:30 session")  # fmt: skip
    yes("gm12_demir_mittwoch_den_11.eml", 3, (1020,), ("2026-03-11",), "2026-03-14 10:02",
        "Bestätigung",
        "Hallo, hiermit bestätige ich die Behandlung am Mittwoch, den 11. Sie hat stattgefunden.\n"
        "Liebe Grüße Aylin Demir\n\nVon meinem iPhone gesendet",
        client="iphone", note="'Mittwoch, den 11.' written 14.03 = 11.03")  # fmt: skip
    yes("gm13_demir_heute_abgesagt.eml", 3, (), (), "2026-04-01 12:10", "Behandlung heute",
        "Hallo, ich bestätige die Behandlung von heute morgen.\nAylin",
        client="iphone", staff=True,
        note="01.04 was cancelled: nothing to record, staff must look")  # fmt: skip
    yes("gm14_demir_gestern_und_vor_einer_woche.eml", 3, (1024, 1025),
        ("2026-04-08", "2026-04-15"), "2026-04-16 07:48", "Termine",
        "Guten Morgen, ich bestätige gestern und Mittwoch vor einer Woche, beides hat "
        "stattgefunden.\n\nAylin Demir",
        client="gmail",
        note="written Thu 16.04: gestern = 15.04, the Wednesday a week before = 08.04")  # fmt: skip
    yes("gm15_yildiz_gestern_abgesagt.eml", 12, (), (), "2026-08-20 10:14", "Bestätigung",
        "hallo ich bestätige gestern mittwoch\nyildiz",
        client="samsung", staff=True,
        note="gestern = Wed 19.08, which was cancelled: nothing to record")  # fmt: skip
    yes("gm16_schaefer_vorgestern.eml", 16, (1100,), ("2026-10-21",), "2026-10-23 18:30",
        "Videotermin", "Hallo,\n\nvorgestern hat die Behandlung stattgefunden.\n\nBirgit",
        client="webde", note="vorgestern on Fri 23.10 = Wed 21.10")  # fmt: skip


def fridays_and_thursdays() -> None:
    """Hans-Jürgen Wolff (Fri), Marie Schulz (Thu), Lukas Brandt (Fri), David Nowak (Fri),
    Dr. Michael Vogel (Thu), Ole Jansen (Thu), Mehmet Aydın (Thu)."""
    yes("gm17_wolff_letzten_freitag.eml", 4, (1028,), ("2026-01-16",), "2026-01-19 10:40",
        re(1028),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung letzten Freitag hat stattgefunden.\n\n"
        "Mit freundlichem Gruß\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline",
        note="letzten Freitag on Mon 19.01 = 16.01")  # fmt: skip
    yes("gm18_wolff_heute_und_freitag_vor_einer_woche.eml", 4, (1030, 1031),
        ("2026-01-30", "2026-02-06"), "2026-02-06 16:35", re(1031),
        "Guten Tag,\n\ndie Behandlung heute hat stattgefunden, ebenso die am Freitag vor einer "
        "Woche, die hatte ich noch nicht bestätigt.\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff",
        client="tonline", reply="cr-1031", style="tonline",
        note="written Fri 06.02: heute = 06.02, Friday a week before = 30.01")  # fmt: skip
    yes("gm19_wolff_nachtraeglich.eml", 4, (1029, 1030, 1031, 1032, 1033),
        ("2026-01-23", "2026-01-30", "2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-02-23 11:02", "Nachträgliche Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nbitte entschuldigen Sie, dass ich mich erst jetzt "
        "melde. Die Telefonbehandlungen am 23.1., 30.1., 6.2. und 13.2. haben alle "
        "stattgefunden, ebenso letzten Freitag, den 20.2.\n\nMit freundlichem Gruß\n"
        "Hans-Jürgen Wolff\nTel. 0351 4471920",
        client="tonline", note="days named with their dates")  # fmt: skip
    no("gm20_schulz_gestern_kein_termin.eml", 5, ("question",), "2026-05-15 09:20",
       "Termin gestern?",
       "Hallo,\nhatten wir gestern eigentlich einen Termin? Ich war um halb vier online, aber "
       "es kam niemand. Oder war das wegen Feiertag?\nGruß Marie Schulz",
       client="plain",
       note="no appointment on 14.05: a question, no treatment took place")  # fmt: skip
    yes("gm21_schulz_heute_und_30_4.eml", 5, (1036, 1037), ("2026-04-30", "2026-05-07"),
        "2026-05-07 17:22", re(1037),
        "Bestätigt, heute hat stattgefunden. Und der vom 30.4. auch, hatte ich vergessen.\n"
        "Marie",
        client="plain", reply="cr-1037", style="thunderbird")  # fmt: skip
    yes("gm22_brandt_gestern_16_uhr.eml", 10, (1064,), ("2026-07-10",), "2026-07-11 09:58",
        re(1064), "gestern 16 Uhr war gut, bestätigt.\n\nLukas",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True,
        note="gestern = Fri 10.07; 16 Uhr is the time, not a day")  # fmt: skip
    yes("gm23_brandt_letzten_freitag_und_davor.eml", 10, (1066, 1067),
        ("2026-07-24", "2026-07-31"), "2026-08-01 11:15", "Bestätigung",
        "Moin,\n\nletzten Freitag und den davor bestätige ich hiermit, beide haben "
        "stattgefunden.\n\nLukas Brandt",
        client="thunderbird",
        note="written Sat 01.08: last Friday = 31.07, the one before = 24.07")  # fmt: skip
    yes("gm24_nowak_heute_frueh.eml", 19, (1118,), ("2026-11-20",), "2026-11-20 10:02",
        re(1118), "Heute früh hat stattgefunden.\n\nD. Nowak",
        client="plain", reply="cr-1118", style="thunderbird",
        note="heute früh = Fri 20.11, 08:00")  # fmt: skip
    no("gm25_nowak_gestern_ausgefallen.eml", 19, ("cancellation",), "2026-11-28 10:30",
       re(1119),
       "Hallo, gestern hat leider nicht stattgefunden, ich war krank und hab morgens noch "
       "angerufen. Bitte nicht abrechnen.\n\nDavid Nowak",
       client="plain", reply="cr-1119", style="thunderbird",
       note="the requested 27.11 did not take place: staff must look")  # fmt: skip
    yes("gm26_vogel_heute_frueh.eml", 13, (1083,), ("2026-09-17",), "2026-09-17 08:45",
        re(1083), "Heute früh bestätigt.\n\nMfG\nDr. M. Vogel",
        client="outlook", reply="cr-1083", style="outlook",
        note="heute früh = Thu 17.09, 07:00")  # fmt: skip
    yes("gm27_vogel_schon_bestaetigt.eml", 13, (), ("2026-09-03",), "2026-09-04 07:40",
        "Sitzung gestern",
        "Guten Morgen,\n\ndie Sitzung gestern früh fand statt.\n\nMfG\nDr. Michael Vogel\n"
        "Vogel & Partner Steuerberatung",
        client="outlook", staff=True,
        note="03.09 is already confirmed: nothing new to record")  # fmt: skip
    yes("gm28_jansen_vorletzte_woche.eml", 17, (1106, 1107), ("2026-11-05", "2026-11-12"),
        "2026-11-16 19:20", "Bestätigung Donnerstage",
        "Hallo,\n\nich hab den Donnerstag vorletzte Woche noch nicht bestätigt, der hat "
        "stattgefunden. Letzten Donnerstag auch.\n\nGruß Ole",
        client="gmail",
        note="written Mon 16.11: Thursday of the week before last = 05.11, last Thursday ="
        " 12.11")  # fmt: skip
    yes("gm29_aydin_gestern_telefon.eml", 22, (1132,), ("2026-03-05",), "2026-03-06 17:50",
        re(1132), "Hallo gestern telefon therapie gemacht alles gut danke\nMehmet Aydin",
        client="outlook", reply="cr-1132", style="outlook",
        note="gestern = Thu 05.03")  # fmt: skip
    no("gm30_aydin_donnerstag_kann_nicht.eml", 22, ("cancellation",), "2026-03-17 08:12",
       "Donnerstag",
       "Hallo, Donnerstag kann ich nicht, hab Arzttermin. Können wir verschieben?\nAydin",
       client="outlook",
       note="the coming Thursday 19.03 cancelled or moved: staff")  # fmt: skip


def other_weekdays() -> None:
    """Peter Hoffmann (Mon), Elena Popescu (Tue), Jonas Richter (Wed), Gisela Neumann
    (Tue/Thu), Renate Koch (Mon/Wed), James O'Neill and Emily Carter (English)."""
    yes("gm31_hoffmann_beide_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:10",
        "Termine heute",
        "Guten Tag,\n\nbeide Termine heute (KG am Gerät früh und Manuelle Therapie mittags) haben "
        "stattgefunden.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", note="two sessions on 18.05, both confirmed")  # fmt: skip
    yes("gm32_hoffmann_mt_abgebrochen.eml", 6, (1042,), ("2026-05-18",), "2026-05-19 07:05",
        "Termine gestern",
        "Guten Morgen,\n\ngestern früh KG am Gerät war ok. Die Manuelle Therapie mittags musste "
        "ich nach 10 Minuten abbrechen, Verbindung war weg und dann kam ein Anruf vom Chef.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", staff=True,
        note="the early KGG took place; the MT at 12:30 was broken off: staff")  # fmt: skip
    yes("gm33_popescu_am_dienstag.eml", 7, (1049,), ("2026-06-23",), "2026-06-25 20:40",
        re(1049),
        "Guten Tag,\nich möchte bestätigen das Therapie am Dienstag war. Alles gut gegangen.\n"
        "Vielen Dank\nElena",
        client="yahoo", reply="cr-1049", style="yahoo",
        note="Dienstag on Thu 25.06 = 23.06, the requested day")  # fmt: skip
    no("gm34_popescu_erinnerung_verschieben.eml", 7, ("reschedule",), "2026-06-29 13:05",
       reminder_subject(1050),
       "Hallo,\nmorgen ich kann nicht um 11 Uhr, geht es um 14 Uhr? Entschuldigung.\nElena",
       client="yahoo", reply="rem-1050", style="yahoo",
       note="a reschedule wish for the coming 30.06")  # fmt: skip
    yes("gm35_richter_mittwoch.eml", 8, (1053,), ("2026-06-17",), "2026-06-19 08:03", re(1053),
        "Hi, Mittwoch hat stattgefunden, danke!\n\nJonas",
        client="iphone", reply="cr-1053", style="iphone",
        note="Mittwoch on Fri 19.06 = 17.06")  # fmt: skip
    yes("gm36_neumann_dienstag_und_gestern.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 10:15", "Telefontermine",
        "Guten Tag,\n\nam Dienstag und gestern hatte ich Telefontermin, beides hat "
        "stattgefunden.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain",
        note="written Fri 10.07: Dienstag = 07.07, gestern = Thu 09.07")  # fmt: skip
    yes("gm37_neumann_dienstag_am_vortag.eml", 9, (1056,), ("2026-07-07",), "2026-07-13 17:45",
        "Behandlung Dienstag",
        "Guten Tag,\n\ndie Behandlung am Dienstag hat stattgefunden, ich hatte vergessen "
        "Bescheid zu geben.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain",
        note="written Mon 13.07, the day before the next Tuesday: 'hat stattgefunden' is the"
        " past Tuesday 07.07")  # fmt: skip
    yes("gm38_neumann_dienstag_9_uhr.eml", 9, (), (), "2026-07-20 16:30", "Dienstag",
        "Bestätige Dienstag 9 Uhr.\nG. Neumann",
        client="plain", staff=True,
        note="written Mon 20.07: tomorrow's session 21.07 or the past 14.07? unclear")  # fmt: skip
    yes("gm39_koch_montag_und_gestern.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 11:20", "Bestätigung",
        "Guten Tag,\n\ndie Behandlungen am Montag und gestern haben stattgefunden.\n\n"
        "Freundliche Grüße\nRenate Koch",
        client="tonline",
        note="written Thu 26.03: Montag = 23.03, gestern = Wed 25.03")  # fmt: skip
    yes("gm40_koch_vorgestern.eml", 18, (1111,), ("2026-03-30",), "2026-04-01 09:05", re(1111),
        "Vorgestern hat stattgefunden. Heute um 3 bin ich wieder da.\nR. Koch",
        client="tonline", reply="cr-1111", style="tonline",
        note="vorgestern on Wed 01.04 = Mon 30.03; today's 15:00 session is still to come")  # fmt: skip
    no("gm41_koch_erinnerung_morgen.eml", 18, ("other",), "2026-04-14 16:02",
       reminder_subject(1115), "Ja, morgen 15 Uhr passt, ich bin zu Hause.\nRenate Koch",
       client="tonline", reply="rem-1115", style="tonline", staff=False,
       note="a reply to the reminder for 15.04: nothing took place yet")  # fmt: skip
    yes("gm42_oneill_tuesday_before_last.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
        "2026-04-30 21:10", "Sessions",
        "Hi,\n\njust realised I never confirmed the Tuesday before last - that call took place. "
        "This Tuesday's too.\n\nCheers,\nJames",
        client="outlook",
        note="written Thu 30.04: this Tuesday = 28.04, the Tuesday before last = 21.04")  # fmt: skip
    yes("gm43_oneill_last_night.eml", 23, (1140,), ("2026-05-12",), "2026-05-13 08:20",
        re(1140, "RE"), "Confirmed - last night's call took place.\n\nJames O'Neill",
        client="outlook", reply="cr-1140", style="outlook_en",
        note="last night on Wed 13.05 = Tue 12.05, 19:30")  # fmt: skip
    yes("gm44_carter_monday_invoice.eml", 11, (1072,), ("2026-08-24",), "2026-08-26 15:12",
        "Monday's session",
        "Hi,\n\nconfirming Monday's session (the 24th). Also, could you send me an invoice for "
        "August for my insurance?\n\nBest,\nEmily Carter",
        client="gmail", staff=True, extra=("question",),
        note="a clear confirmation of 24.08 with a question for staff")  # fmt: skip


def main() -> None:
    load_practice()
    tuesdays_and_mondays()
    wednesdays()
    fridays_and_thursdays()
    other_weekdays()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
