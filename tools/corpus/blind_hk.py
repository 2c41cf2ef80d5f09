"""Blind set HK: confirmations whose days are written in every form patients use, many
answered late, and look-alikes that carry dates of other things.

Days as "27.1.", "02.02.26", "4. März", "Do. 16.4.", "10/9", "14th April", "August 3",
"am Achten", "den 5ten", "12-2", "06.05", "am 23. und 25.", "vom 7. bis 21. Oktober",
"KW 4", "letzte Woche Di und Do", lists across lines, a pasted calendar table, one day per
line with a check mark; several months at once, answers weeks or months late, a day
named wrong by a slip, a weekday that does not fit its date, a cancelled day, a session
cut short. Look-alikes name an invoice date, a prescription date, a doctor's visit, the
date of our mail, a birthday, a coming session, beside no confirmation.

Labels: `confirmed` holds only the patient's own scheduled, unconfirmed appointments the
mail plainly names as held in full; `dates` the days the mail says a session took place;
`needs_staff` whenever a careful employee would have to look or act.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_hk")


def single_days() -> None:
    yes(
        "hk01_krueger_punkte.eml",
        1,
        (1003,),
        ("2026-01-27",),
        "2026-01-27 18:10",
        request_subject(1003),
        "Hallo,\n\ndie Behandlung am 27.1. hat stattgefunden.\n\nViele Grüße\nSabine Krüger",
        client="webde",
        reply="cr-1003",
        style="webde",
    )
    yes(
        "hk02_becker_kurzjahr.eml",
        2,
        (1010,),
        ("2026-02-02",),
        "2026-02-03 08:15",
        request_subject(1010),
        "Guten Morgen,\n\nbestätige 02.02.26, 17:30 Uhr, Telefonat MT.\n\nMfG\nT. Becker",
        client="outlook",
        reply="cr-1010",
        style="outlook",
    )
    yes(
        "hk03_demir_maerz.eml",
        3,
        (1019,),
        ("2026-03-04",),
        "2026-03-04 12:02",
        request_subject(1019),
        "Hi, der Termin am 4. März war super, bestätige ich "
        "hiermit 👍\n\nLG Aylin\n\nVon meinem iPhone gesendet",
        client="iphone",
        reply="cr-1019",
        style="iphone",
    )
    yes(
        "hk04_schulz_wochentag.eml",
        5,
        (1034,),
        ("2026-04-16",),
        "2026-04-16 17:05",
        request_subject(1034),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich "
        "die Videobehandlung am Do. 16.4.\n\nMit freundlichen Grüßen\nMarie Schulz",
        client="thunderbird",
        reply="cr-1034",
        style="thunderbird",
    )
    yes(
        "hk05_carter_august3.eml",
        11,
        (1069,),
        ("2026-08-03",),
        "2026-08-03 14:20",
        request_subject(1069, "Re"),
        "Hi there,\n\njust confirming that the August 3 "
        "session took place. Thanks a lot!\n\nBest,\nEmily",
        client="gmail",
        reply="cr-1069",
        style="gmail_en",
    )
    yes(
        "hk06_oneill_14th.eml",
        23,
        (1136,),
        ("2026-04-14",),
        "2026-04-15 09:12",
        request_subject(1136, "RE"),
        "Hello,\n\nYes, the call on 14th April went ahead as "
        "planned. Happy to confirm.\n\nKind regards,\nJames O'Neill",
        client="outlook",
        reply="cr-1136",
        style="outlook_en",
    )
    yes(
        "hk07_yildiz_lerner.eml",
        12,
        (1075,),
        ("2026-08-05",),
        "2026-08-05 13:40",
        request_subject(1075),
        "hallo\ntermin am 5.8 war , ich bestätige. danke schön\nFatma",
        client="samsung",
        reply="cr-1075",
        style="samsung",
    )
    yes(
        "hk08_vogel_schraegstrich.eml",
        13,
        (1082,),
        ("2026-09-10",),
        "2026-09-10 09:03",
        request_subject(1082),
        "10/9 bestätigt.\n\nVogel\n--\nDr. Michael Vogel\n"
        "Vogel & Partner Rechtsanwälte\nTel. 0211 4455660",
        client="outlook",
        reply="cr-1082",
        style="outlook_classic",
    )
    yes(
        "hk09_lehmann_achten.eml",
        14,
        (1087,),
        ("2026-09-08",),
        "2026-09-08 15:31",
        request_subject(1087),
        "Liebe Praxis,\n\ndie Stunde am Achten hat stattgefunden, "
        "vielen Dank an Frau Kaya!\n\nAnna",
        client="thunderbird",
        reply="cr-1087",
        style="thunderbird",
        bottom=True,
    )
    yes(
        "hk10_zimmermann_5ten.eml",
        15,
        (1093,),
        ("2026-10-05",),
        "2026-10-05 16:48",
        request_subject(1093),
        "Guten Tag\nden 5ten Oktober bestätige ich, Telefon hat geklappt.\nK. Zimmermann",
        reply="cr-1093",
        style="gmail",
    )
    yes(
        "hk11_becker_bindestrich.eml",
        2,
        (1013,),
        ("2026-02-12",),
        "2026-02-13 07:55",
        request_subject(1013),
        "Termin 12-2 ok.\nBecker",
        client="iphone",
        reply="cr-1013",
        style="iphone",
    )
    yes(
        "hk12_berger_ohne_punkt.eml",
        24,
        (1142,),
        ("2026-05-06",),
        "2026-05-06 10:30",
        request_subject(1142),
        "Sehr geehrte Frau Doktor,\n\nder Termin vom 06.05 hat "
        "stattgefunden, das Telefonat war sehr hilfreich.\n\nHerzliche Grüße\n"
        "Ursula Berger",
        client="tonline",
        reply="cr-1142",
        style="tonline",
    )
    yes(
        "hk13_popescu_lernerin.eml",
        7,
        (1046,),
        ("2026-06-02",),
        "2026-06-02 15:15",
        request_subject(1046),
        "Guten Tag,\nIch bestatige Termin von Dienstag 2 Juni. "
        "Alles war gut, danke für die Ubungen.\nElena Popescu",
        client="yahoo",
        reply="cr-1046",
        style="yahoo",
    )


def several_days() -> None:
    yes(
        "hk14_wolff_kw.eml",
        4,
        (1029, 1030),
        ("2026-01-23", "2026-01-30"),
        "2026-02-02 09:05",
        request_subject(1030),
        "Guten Tag,\n\ndie Telefontermine "
        "in KW 4 und KW 5 haben beide stattgefunden.\n\nGruß\nHans-Jürgen Wolff",
        client="tonline",
        reply="cr-1030",
        style="tonline",
    )
    yes(
        "hk15_schaefer_bis.eml",
        16,
        (1098, 1099, 1100),
        ("2026-10-07", "2026-10-14", "2026-10-21"),
        "2026-10-22 08:10",
        request_subject(1100),
        "Hallo zusammen,\n\nvom 7. bis 21. Oktober waren alle drei "
        "Videotermine, das bestätige ich gern gesammelt.\n\nBeste Grüße\nBirgit Schäfer\n"
        "Schäfer Steuerberatung",
        client="outlook",
        reply="cr-1100",
        style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
    )
    yes(
        "hk16_jansen_zeilen.eml",
        17,
        (1104, 1105, 1106),
        ("2026-10-22", "2026-10-29", "2026-11-05"),
        "2026-11-06 21:44",
        request_subject(1106),
        "moin,\n\nbestätige folgende termine:\n22.10.\n29.10.\n5.11.\n\nole",
        client="gmail",
        reply="cr-1106",
        style="gmail",
    )
    yes(
        "hk17_nowak_haken.eml",
        19,
        (1116, 1117, 1118),
        ("2026-11-06", "2026-11-13", "2026-11-20"),
        "2026-11-21 10:02",
        request_subject(1118),
        "Hallo,\n\n06.11. ✓\n13.11. ✓\n20.11. ✓\n\nalle stattgefunden.\nDavid",
        client="plain",
        reply="cr-1118",
        style="thunderbird",
    )
    yes(
        "hk18_hartmann_tabelle.eml",
        20,
        (1120, 1121, 1122),
        ("2026-11-03", "2026-11-10", "2026-11-17"),
        "2026-11-18 19:20",
        request_subject(1122),
        "Hallo, ich hab mal aus meinem Kalender kopiert, die "
        "haben alle stattgefunden:\n\nDatum\tZeit\tTermin\n"
        "Di 03.11.2026\t17:00–17:30\tKrankengymnastik (Video)\n"
        "Di 10.11.2026\t17:00–17:30\tKrankengymnastik (Video)\n"
        "Di 17.11.2026\t17:00–17:30\tKrankengymnastik (Video)\n\nLiebe Grüße\nLeonie",
        client="webde",
        reply="cr-1122",
        style="webde",
    )
    yes(
        "hk19_wagner_monate_spaet.eml",
        21,
        (1124, 1125, 1126, 1128, 1129),
        ("2026-01-12", "2026-01-19", "2026-01-26", "2026-02-09", "2026-02-16"),
        "2026-03-20 22:15",
        request_subject(1124),
        "Hallo,\n\nsorry für die mega späte "
        "Antwort, ich hab die Mails erst jetzt gesehen. Die Termine im Januar (12., 19. "
        "und 26.) und im Februar (9. und 16.) haben alle stattgefunden.\n\nLG Sophie",
        client="gmail",
        reply="cr-1124",
        style="gmail",
    )
    yes(
        "hk20_aydin_spanne.eml",
        22,
        (1132, 1133),
        ("2026-03-05", "2026-03-12"),
        "2026-03-13 11:00",
        request_subject(1133),
        "Hallo,\ntelefontermine 5.3 - 12.3 beide statt gefunden.\nMehmet",
        client="samsung",
        reply="cr-1133",
        style="samsung",
    )
    yes(
        "hk21_koch_und.eml",
        18,
        (1109, 1110),
        ("2026-03-23", "2026-03-25"),
        "2026-03-26 10:40",
        request_subject(1110),
        "Sehr geehrte Damen und Herren,\n\n"
        "ich bestätige die Telefonbehandlungen am 23. und 25. März.\n\nMit freundlichen "
        "Grüßen\nRenate Koch",
        client="tonline",
        reply="cr-1110",
        style="tonline",
    )
    yes(
        "hk22_richter_letzte_woche.eml",
        8,
        (1051,),
        ("2026-06-03",),
        "2026-06-08 08:20",
        request_subject(1051),
        "Hey, letzte Woche Mittwoch hat's geklappt mit dem Video, passt also.\nJonas",
        client="iphone",
        reply="cr-1051",
        style="iphone",
    )
    yes(
        "hk23_neumann_di_do.eml",
        9,
        (1056, 1057),
        ("2026-07-07", "2026-07-09"),
        "2026-07-13 09:30",
        "Bestätigung",
        "Liebe Frau Kaya,\n\nletzte Woche Di und Do "
        "hatten wir telefoniert, beide Male die volle halbe Stunde. Das möchte ich "
        "hiermit bestätigen.\n\nHerzliche Grüße\nIhre Gisela Neumann",
    )
    yes(
        "hk24_brandt_monate.eml",
        10,
        (1063, 1064, 1065, 1066, 1067, 1068),
        ("2026-07-03", "2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31", "2026-08-07"),
        "2026-08-20 18:05",
        "Sammelbestätigung Juli/August",
        "Hallo,\n\nhier gesammelt für die Abrechnung:\n\nJuli: 3., 10., 17., 24., 31.\n"
        "August: 7.\n\nAlle Termine haben stattgefunden.\n\nGruß\nLukas Brandt",
        client="thunderbird",
    )
    yes(
        "hk25_becker_liste.eml",
        2,
        (1014, 1015, 1016),
        ("2026-02-16", "2026-02-19", "2026-02-23"),
        "2026-02-24 08:02",
        request_subject(1016),
        "Bestätigung: Mo 16.2., Do 19.2., Mo 23.2.\n\nThomas Becker",
        client="outlook",
        reply="cr-1016",
        style="outlook",
    )
    yes(
        "hk26_wolff_schon_bestaetigt.eml",
        4,
        (1028,),
        ("2026-01-09", "2026-01-16"),
        "2026-01-17 10:00",
        request_subject(1028),
        "Guten Tag,\n\nden 9.1. hatte ich schon bestätigt, der 16.1. war auch.\n\nGruß Wolff",
        client="tonline",
        reply="cr-1028",
        style="tonline",
    )
    yes(
        "hk27_hoffmann_zweimal.eml",
        6,
        (1042, 1043),
        ("2026-05-18",),
        "2026-05-18 14:05",
        request_subject(1043),
        "Hallo,\n\nbeide Termine am 18.5. (morgens und mittags) "
        "haben stattgefunden.\n\nP. Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook_classic",
    )
    yes(
        "hk28_berger_monate_spaet.eml",
        24,
        (1143, 1144, 1145),
        ("2026-05-13", "2026-05-20", "2026-05-27"),
        "2026-09-01 11:20",
        request_subject(1143),
        "Sehr geehrte Damen und Herren,\n\nentschuldigen Sie die "
        "Verspätung, ich war lange im Krankenhaus. Die Telefontermine 13.5., 20.5. und "
        "27.5. fanden statt.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="tonline",
        reply="cr-1143",
        style="tonline",
    )
    yes(
        "hk29_oneill_may.eml",
        23,
        (1139, 1140),
        ("2026-05-05", "2026-05-12"),
        "2026-05-13 08:30",
        request_subject(1140, "RE"),
        "Hi,\n\nconfirming both sessions, May 5 and May 12.\n\nCheers\nJames",
        client="outlook",
        reply="cr-1140",
        style="outlook_en",
    )
    yes(
        "hk30_vogel_unten.eml",
        13,
        (1083, 1084),
        ("2026-09-17", "2026-09-24"),
        "2026-09-25 07:45",
        request_subject(1084),
        "17.9. und 24.9. haben stattgefunden.\n\nM. Vogel",
        client="outlook",
        reply="cr-1084",
        style="thunderbird",
        bottom=True,
    )
    yes(
        "hk31_yildiz_abgesagt.eml",
        12,
        (1076, 1078),
        ("2026-08-12", "2026-08-26"),
        "2026-08-27 12:10",
        request_subject(1078),
        "Hallo,\n12.8. war\n19.8. war nicht, hatte ja abgesagt\n26.8 war auch\nGruß Fatma",
        client="samsung",
        reply="cr-1078",
        style="samsung",
    )


def doubtful() -> None:
    yes(
        "hk32_hoffmann_vertippt.eml",
        6,
        (),
        ("2026-05-12",),
        "2026-05-12 08:00",
        request_subject(1041),
        "Bestätige die Sitzung vom 12.5., war wie immer gut.\n\nP. Hoffmann",
        client="outlook",
        reply="cr-1041",
        style="outlook",
        staff=True,
        note="12.5. holds no appointment; the thread is about 11.5. - staff checks",
    )
    yes(
        "hk33_lehmann_falscher_monat.eml",
        14,
        (),
        ("2026-08-15",),
        "2026-09-15 14:50",
        request_subject(1088),
        "Hallo, hiermit bestätige ich den Termin am 15.8.\nAnna Lehmann",
        client="thunderbird",
        reply="cr-1088",
        style="thunderbird",
        staff=True,
        note="15.8. holds no appointment (slip for 15.9.?) - staff checks",
    )
    yes(
        "hk34_zimmermann_wochentag.eml",
        15,
        (),
        ("2026-10-13",),
        "2026-10-13 09:00",
        "Termin Montag",
        "Guten Tag,\nbestätige die Behandlung am Montag, 13.10.\nK. Zimmermann",
        staff=True,
        note="Monday is 12.10. (appointment), 13.10. a Tuesday - contradiction",
    )
    yes(
        "hk35_demir_wochentag.eml",
        3,
        (),
        ("2026-03-12",),
        "2026-03-12 19:00",
        request_subject(1020),
        "Mi. 12.3. war gut, danke!\nAylin",
        client="iphone",
        reply="cr-1020",
        style="iphone",
        staff=True,
        note="12.3. is a Thursday; Wednesday's appointment was 11.3.",
    )
    yes(
        "hk36_demir_abgesagt.eml",
        3,
        (),
        ("2026-04-01",),
        "2026-04-02 08:10",
        "Termin 1.4.",
        "Hallo, ich wollte noch den Termin vom 1.4. bestätigen, der hat "
        "doch stattgefunden oder?\nAylin",
        client="gmail",
        staff=True,
        note="1.4. is cancelled in the calendar",
    )
    yes(
        "hk37_schulz_abgebrochen.eml",
        5,
        (),
        ("2026-04-23",),
        "2026-04-23 16:30",
        request_subject(1035),
        "Hallo,\n\nam 23.4. mussten wir nach ca. 15 Minuten "
        "abbrechen, die Verbindung war weg. Bestätigen kann ich daher nur teilweise.\n\n"
        "Marie Schulz",
        client="thunderbird",
        reply="cr-1035",
        style="thunderbird",
        staff=True,
        extra=("technical",),
        note="session cut short",
    )


def look_alikes() -> None:
    no(
        "hk38_krueger_rechnung.eml",
        1,
        ("question",),
        "2026-02-20 11:00",
        "Rechnung vom 15.02.2026",
        "Hallo,\n\nzur Rechnung vom 15.02.2026: die Zuzahlung "
        "ist doppelt aufgeführt, können Sie das prüfen?\n\nSabine Krüger",
        client="webde",
    )
    no(
        "hk39_demir_verordnung.eml",
        3,
        ("question",),
        "2026-03-11 10:00",
        "neue Verordnung",
        "Hi, mein Hausarzt hat mir am 10.3. eine neue Verordnung "
        "ausgestellt. Soll ich die per Post schicken oder reicht ein Foto?\nAylin",
        client="iphone",
    )
    no(
        "hk40_neumann_orthopaede.eml",
        9,
        ("question",),
        "2026-07-16 17:30",
        "Frage nach Arztbesuch",
        "Liebe Frau Kaya,\n\nich war am 15.7. beim Orthopäden, "
        "er meint, ich solle die Übungen für die Schulter reduzieren. Sollen wir das "
        "beim nächsten Telefonat besprechen?\n\nIhre Gisela Neumann",
    )
    no(
        "hk41_brandt_ihre_mail.eml",
        10,
        ("technical",),
        "2026-07-16 09:00",
        "Link?",
        "Hallo,\n\nIhre Mail vom 10.07. mit dem Link war im Spam. Gilt für "
        "morgen derselbe Link?\n\nLukas",
        client="thunderbird",
    )
    no(
        "hk42_nowak_geburtstag.eml",
        19,
        ("reschedule",),
        "2026-11-16 20:00",
        "Termin 27.11.",
        "Hallo,\n\nam 27.11. hat meine Tochter Geburtstag, kann ich "
        "den Termin auf den Nachmittag oder einen anderen Tag legen?\n\nDavid Nowak",
    )
    no(
        "hk43_hartmann_bis_dienstag.eml",
        20,
        ("other",),
        "2026-11-19 08:00",
        "Danke!",
        "Danke für die Übungen! Bis Dienstag, 24.11., freu mich schon.\nLeonie",
        client="webde",
        staff=False,
    )
    no(
        "hk44_popescu_absage.eml",
        7,
        ("cancellation",),
        "2026-06-19 07:30",
        "Termin 23.6.",
        "Guten Tag,\nich kann am 23.6. nicht kommen, bin krank. Bitte "
        "absagen.\nEntschuldigung\nElena",
        client="yahoo",
    )
    no(
        "hk45_aydin_verschieben.eml",
        22,
        ("reschedule",),
        "2026-03-16 12:00",
        "Termin 19.3.",
        "Hallo, kann man den Termin am 19.3. auf 20.3. verschieben? Muss arbeiten.\nMehmet",
        client="samsung",
    )
    no(
        "hk46_becker_ueberwiesen.eml",
        2,
        ("other",),
        "2026-03-04 09:00",
        "Rechnung 01.03.26",
        "Die Rechnung vom 01.03.26 habe ich heute überwiesen.\n\nT. Becker",
        client="outlook",
        staff=False,
        note="payment notice, nothing to confirm or act on",
    )


def main() -> None:
    load_practice()
    single_days()
    several_days()
    doubtful()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
