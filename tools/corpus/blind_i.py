"""Write blind set I: one ordinary inbox of patient mail (45 confirmations, 25 look-alikes).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_i`.
Written without reading rules/ or the earlier blind sets' mails: replies to our request
"Bitte bestätigen Sie die Behandlung vom ..." in the quoting styles of the usual clients,
top- and bottom-posted, short and long, formal and colloquial, dialect and English, several
appointments at once, and ordinary mail that a careless reader could take for a confirmation
(questions, cancellations, complaints, a relative's or another provider's treatment, invoices,
links, future appointments, doubts, forms). The practice is read from
tests/data/corpus/practice.toml; envelopes and quoting come from make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human, jpeg, pdf

HERE = data_dir("blind_i")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), forms=(), files=(), note=""):  # fmt: skip
    human(file, sender=pid, date=date, subject=subject, body=body, client=client,
          reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      forms=forms, needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), forms=(), files=(), note="", staff=True):  # fmt: skip
    human(file, sender=pid, date=date, subject=subject, body=body, client=client,
          reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          label=Label(cats, patient=pid, dates=dates, forms=forms, needs_staff=staff,
                      note=note))  # fmt: skip


RE = "AW: Bitte bestätigen Sie Ihre Behandlung vom "


def confirmations() -> None:
    yes(
        "c01_ja_passt.eml",
        1,
        (1003,),
        (),
        "2026-01-27 18:12",
        RE + "27.01.2026",
        "Ja, hat stattgefunden.\n\nLG Sabine\n\nVon meinem iPhone gesendet",
        "iphone",
        "cr-1003",
        "iphone",
    )
    yes(
        "c02_formal_outlook.eml",
        1,
        (1004,),
        ("2026-02-03",),
        "2026-02-04 08:05",
        RE + "03.02.2026",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung am 03.02.2026 "
        "stattgefunden hat.\n\nMit freundlichen Grüßen\nSabine Krüger",
        "outlook",
        "cr-1004",
        "outlook",
    )
    yes(
        "c03_gmx_kurz.eml",
        2,
        (1010,),
        (),
        "2026-02-02 19:40",
        RE + "02.02.2026",
        "jo war alles gut, telefonat hat geklappt\nThomas",
        "plain",
        "cr-1010",
        "gmail",
    )
    yes(
        "c04_two_calls_one_mail.eml",
        2,
        (1011, 1012),
        ("2026-02-05", "2026-02-09"),
        "2026-02-10 07:55",
        "Bestätigung",
        "Hallo,\n\nich hab die letzten Mails verschlampt, deshalb hier gesammelt: die Telefonate "
        "am 5.2. und am 9.2. haben beide stattgefunden.\n\nGruß\nThomas Becker",
    )
    yes(
        "c05_bottom_post_webde.eml",
        2,
        (1013,),
        (),
        "2026-02-13 09:30",
        RE + "12.02.2026",
        "Bestätigt, danke!\n\nT. Becker",
        "webde",
        "cr-1013",
        "webde",
        bottom=True,
    )
    yes(
        "c06_aylin_whatsapp_style.eml",
        3,
        (1019,),
        (),
        "2026-03-04 09:20",
        RE + "04.03.2026",
        "jaaa hat geklappt 😊 danke nochmal für die übungen!!",
        "gmail",
        "cr-1019",
        "gmail",
    )
    yes(
        "c07_typos.eml",
        3,
        (1020,),
        ("2026-03-11",),
        "2026-03-11 22:47",
        RE + "11.03.2026",
        "Hallo, ich bestätige die behandlunng vom 11.3, hat stattgefudnen. lg aylin",
        "gmail",
        "cr-1020",
        "gmail",
    )
    yes(
        "c08_schwaebisch.eml",
        4,
        (1028,),
        ("2026-01-16",),
        "2026-01-16 16:10",
        RE + "16.01.2026",
        "Grüß Gott,\n\nmir hend am Freitag telefoniert, des hot alles bassd. Bestätigt.\n\nH.-J. Wolff",
        "tonline",
        "cr-1028",
        "tonline",
    )
    yes(
        "c09_tonline_senior.eml",
        4,
        (1030,),
        ("2026-01-30",),
        "2026-01-31 10:02",
        RE + "30.01.2026",
        "SEHR GEEHRTE DAMEN UND HERREN, DIE BEHANDLUNG AM 30.01. HAT STATTGEFUNDEN. "
        "MIT FREUNDLICHEM GRUSS WOLFF",
        "tonline",
        "cr-1030",
        "tonline",
    )
    yes(
        "c10_three_fridays.eml",
        4,
        (1031, 1032, 1033),
        ("2026-02-06", "2026-02-13", "2026-02-20"),
        "2026-02-21 11:15",
        "Telefonbehandlungen Februar",
        "Guten Tag,\n\nich bestätige Ihnen die Telefonbehandlungen vom 6., 13. und 20. Februar.\n\n"
        "Freundliche Grüße\nHans-Jürgen Wolff",
        "tonline",
    )
    yes(
        "c11_mother_for_marie.eml",
        5,
        (1034,),
        ("2026-04-16",),
        "2026-04-16 17:05",
        RE + "16.04.2026",
        "Hallo,\n\nich schreibe für meine Tochter Marie: die Videostunde heute hat stattgefunden.\n\n"
        "Viele Grüße\nKatrin Schulz",
        "plain",
        "cr-1034",
        "thunderbird",
    )
    yes(
        "c12_posteo_short.eml",
        5,
        (1035,),
        (),
        "2026-04-23 18:30",
        RE + "23.04.2026",
        "Bestätige ich hiermit.\nK. Schulz",
        "plain",
        "cr-1035",
        "thunderbird",
    )
    yes(
        "c13_early_bird.eml",
        6,
        (1040,),
        (),
        "2026-05-04 08:15",
        RE + "04.05.2026",
        "Moin, hat stattgefunden. Gruß Peter",
        "outlook",
        "cr-1040",
        "outlook",
    )
    yes(
        "c14_two_same_day.eml",
        6,
        (1042, 1043),
        ("2026-05-18",),
        "2026-05-18 14:00",
        "Beide Termine heute",
        "Hallo zusammen,\n\nheute waren es ja zwei Termine (morgens und mittags), beide haben "
        "stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        "outlook",
    )
    yes(
        "c15_english_outlook.eml",
        6,
        (1044,),
        ("2026-05-26",),
        "2026-05-26 09:00",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 26.05.2026",
        "Hi, yes, confirmed - the session this morning took place.\nBest, Peter",
        "outlook",
        "cr-1044",
        "outlook_en",
    )
    yes(
        "c16_romanian_german.eml",
        7,
        (1046,),
        ("2026-06-02",),
        "2026-06-02 13:10",
        RE + "02.06.2026",
        "Guten Tag,\nich bestatige das die Behandlung am 2 Juni war. Danke schon.\nElena Popescu",
        "yahoo",
        "cr-1046",
        "yahoo",
    )
    yes(
        "c17_yahoo_bottom.eml",
        7,
        (1047,),
        (),
        "2026-06-09 15:00",
        RE + "09.06.2026",
        "Ja, bestätigt.\nElena",
        "yahoo",
        "cr-1047",
        "yahoo",
        bottom=True,
    )
    yes(
        "c18_icloud_student.eml",
        8,
        (1051,),
        (),
        "2026-06-03 19:05",
        RE + "03.06.2026",
        "Jup, hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        "iphone",
        "cr-1051",
        "iphone",
    )
    yes(
        "c19_jonas_two_wednesdays.eml",
        8,
        (1052, 1053),
        ("2026-06-10", "2026-06-17"),
        "2026-06-18 08:40",
        "Re: Bestätigung",
        "Hey, sorry für die Verspätung – die Termine am 10. und 17.6. haben beide stattgefunden.\nJonas",
        "iphone",
    )
    yes(
        "c20_bavarian.eml",
        9,
        (1057,),
        ("2026-07-09",),
        "2026-07-09 10:30",
        RE + "09.07.2026",
        "Servus,\ndes Telefonat heid in da Fruah hod stattgfundn. Passt scho.\nGisela Neumann",
        "plain",
        "cr-1057",
        "outlook_classic",
    )
    yes(
        "c21_gisela_long.eml",
        9,
        (1058,),
        ("2026-07-14",),
        "2026-07-14 17:45",
        RE + "14.07.2026",
        "Liebe Frau Therapeutin,\n\nvielen Dank für das nette Gespräch heute Vormittag. Ich habe die "
        "Übungen für die Schulter gleich ausprobiert, das Band ist noch etwas stramm, aber es geht "
        "schon besser als letzte Woche. Mein Enkel hat mir gezeigt, wie man hier antwortet, "
        "deshalb kommt die Antwort erst jetzt.\n\nJa, die Behandlung hat stattgefunden.\n\n"
        "Herzliche Grüße\nIhre Gisela Neumann",
        "plain",
        "cr-1058",
        "outlook_classic",
    )
    yes(
        "c22_lukas_mailbox.eml",
        10,
        (1063,),
        (),
        "2026-07-03 17:01",
        RE + "03.07.2026",
        "Bestätigt.\n\n--\nLukas Brandt\nPGP: 0x1234ABCD",
        "thunderbird",
        "cr-1063",
        "thunderbird",
        bottom=True,
    )
    yes(
        "c23_lukas_summary.eml",
        10,
        (1064, 1065, 1066),
        ("2026-07-10", "2026-07-17", "2026-07-24"),
        "2026-07-25 12:00",
        "Sammelbestätigung Juli",
        "Hallo,\n\nSammelbestätigung: Videotermine am 10.07., 17.07. und 24.07.2026 haben "
        "stattgefunden.\n\nGruß\nLukas Brandt",
        "thunderbird",
    )
    yes(
        "c24_emily_english.eml",
        11,
        (1069,),
        ("2026-08-03",),
        "2026-08-03 13:10",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
        "Hi there,\n\nYes, I confirm the session today took place. Sorry, my German isn't good "
        "enough yet to write in German!\n\nCheers,\nEmily",
        "gmail",
        "cr-1069",
        "gmail_en",
    )
    yes(
        "c25_emily_us_style.eml",
        11,
        (1071,),
        ("2026-08-17",),
        "2026-08-18 09:00",
        "session confirmation",
        "Hello, just confirming my video session on Monday, August 17 happened. Thanks! Emily",
        "gmail",
    )
    yes(
        "c26_fatma_turkish_german.eml",
        12,
        (1075,),
        ("2026-08-05",),
        "2026-08-05 12:00",
        RE + "05.08.2026",
        "Merhaba, ja Behandlung heute hat stattgefunden, vielen dank. Fatma Yıldız\n\n"
        "Gesendet von meinem Samsung Galaxy Smartphone.",
        "samsung",
        "cr-1075",
        "samsung",
    )
    yes(
        "c27_fatma_webde.eml",
        12,
        (1076,),
        ("2026-08-12",),
        "2026-08-12 19:20",
        RE + "12.08.2026",
        "Hallo ich bestätige den Termin vom 12.8 hat stattgefunden\nLG",
        "webde",
        "cr-1076",
        "webde",
    )
    yes(
        "c28_vogel_formal.eml",
        13,
        (1083,),
        ("2026-09-17",),
        "2026-09-17 08:10",
        RE + "17.09.2026",
        "Sehr geehrte Damen und Herren,\n\ndie heutige Behandlung hat wie vereinbart stattgefunden; "
        "dies bestätige ich hiermit.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\nVogel & Partner",
        "outlook",
        "cr-1083",
        "outlook",
    )
    yes(
        "c29_anna_uni.eml",
        14,
        (1087,),
        (),
        "2026-09-08 14:02",
        RE + "08.09.2026",
        "Hallo, ja die Behandlung hat stattgefunden. Viele Grüße, Anna Lehmann\n\n--\n"
        "Anna Lehmann, M.Sc.\nInstitut für Sportwissenschaft",
        "thunderbird",
        "cr-1087",
        "thunderbird",
    )
    yes(
        "c30_anna_two_tuesdays.eml",
        14,
        (1088, 1089),
        ("2026-09-15", "2026-09-22"),
        "2026-09-23 10:00",
        "Bestätigung Dienstage",
        "Hallo,\n\ndie Termine am Di 15.9. und Di 22.9. haben stattgefunden.\n\nAnna",
        "thunderbird",
    )
    yes(
        "c31_klaus_arcor.eml",
        15,
        (1093,),
        (),
        "2026-10-05 12:30",
        RE + "05.10.2026",
        "Ja. Hat stattgefunden. K. Zimmermann",
        "plain",
        "cr-1093",
        "outlook_classic",
    )
    yes(
        "c32_birgit_office.eml",
        16,
        (1098,),
        ("2026-10-07",),
        "2026-10-08 08:30",
        RE + "07.10.2026",
        "Guten Morgen,\n\ndie Behandlung von gestern Abend bestätige ich gern.\n\nBirgit Schäfer\n"
        "Schäfer Steuerberatung",
        "outlook",
        "cr-1098",
        "outlook",
    )
    yes(
        "c33_birgit_kw.eml",
        16,
        (1099,),
        ("2026-10-14",),
        "2026-10-15 07:50",
        RE + "14.10.2026",
        "Bestätigt, Mittwoch hat stattgefunden.\nBS",
        "outlook",
        "cr-1099",
        "outlook",
    )
    yes(
        "c34_ole_plattdeutsch.eml",
        17,
        (1105,),
        ("2026-10-29",),
        "2026-10-29 11:00",
        RE + "29.10.2026",
        "Moin moin,\n\ndat hett klappt hüüt, allens goot. Bestätigt.\n\nOle",
        "gmail",
        "cr-1105",
        "gmail",
    )
    yes(
        "c35_renate_tonline.eml",
        18,
        (1109,),
        ("2026-03-23",),
        "2026-03-24 09:15",
        RE + "23.03.2026",
        "Sehr geehrte Damen und Herren,\n\nich bestätige Ihnen gerne, dass das Telefonat am "
        "Montag, den 23. März stattgefunden hat.\n\nMit freundlichen Grüßen\nRenate Koch",
        "tonline",
        "cr-1109",
        "tonline",
    )
    yes(
        "c36_renate_two.eml",
        18,
        (1110, 1111),
        ("2026-03-25", "2026-03-30"),
        "2026-03-31 10:00",
        "Bestätigung",
        "Guten Tag,\nauch die Telefonate vom 25.3. und 30.3. haben stattgefunden.\nR. Koch",
        "tonline",
    )
    yes(
        "c37_david_proton.eml",
        19,
        (1116,),
        (),
        "2026-11-06 09:00",
        RE + "06.11.2026",
        "Confirmed / bestätigt.\n\nDavid\n\nSent with Proton Mail secure email.",
        "plain",
        "cr-1116",
        "gmail",
    )
    yes(
        "c38_leonie_webde.eml",
        20,
        (1121,),
        ("2026-11-10",),
        "2026-11-10 18:10",
        RE + "10.11.2026",
        "Hallöchen, hat alles super geklappt heute, bestätige ich! Liebe Grüße Leonie",
        "webde",
        "cr-1121",
        "webde",
    )
    yes(
        "c39_sophie_gmx.eml",
        21,
        (1124,),
        ("2026-01-12",),
        "2026-01-12 11:00",
        RE + "12.01.2026",
        "Hallo, bestätige ich hiermit, die Behandlung hat heute stattgefunden. Sophie",
        "plain",
        "cr-1124",
        "gmail",
    )
    yes(
        "c40_sophie_vorgestern.eml",
        21,
        (1126,),
        ("2026-01-26",),
        "2026-01-28 20:00",
        RE + "26.01.2026",
        "Sorry, vergessen: ja, am Montag war die Behandlung. Hat stattgefunden.\nSophie",
        "plain",
        "cr-1126",
        "gmail",
    )
    yes(
        "c41_mehmet_hotmail.eml",
        22,
        (1130,),
        (),
        "2026-02-19 14:00",
        RE + "19.02.2026",
        "Hallo, ja das Telefonat hat stattgefunden. Mfg Mehmet Aydın",
        "outlook",
        "cr-1130",
        "outlook",
    )
    yes(
        "c42_mehmet_berlin.eml",
        22,
        (1131,),
        ("2026-02-26",),
        "2026-02-26 13:40",
        RE + "26.02.2026",
        "Jo, hat jeklappt heute, allet jut. Bestätigt!\nMehmet",
        "outlook",
        "cr-1131",
        "outlook",
    )
    yes(
        "c43_james_english.eml",
        23,
        (1138,),
        ("2026-04-28",),
        "2026-04-29 08:00",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 28.04.2026",
        "Dear team,\n\nI confirm that yesterday's phone session took place.\n\nKind regards,\nJames O'Neill",
        "outlook",
        "cr-1138",
        "outlook_en",
    )
    yes(
        "c44_ursula_kabel.eml",
        24,
        (1142,),
        ("2026-05-06",),
        "2026-05-06 10:30",
        RE + "06.05.2026",
        "Liebe Praxis,\nja, das Telefonat am Mittwoch, 6. Mai hat stattgefunden.\nHerzlich, Ursula Berger",
        "plain",
        "cr-1142",
        "outlook_classic",
    )
    yes(
        "c45_ursula_with_form.eml",
        24,
        (1143,),
        ("2026-05-13",),
        "2026-05-13 11:00",
        RE + "13.05.2026",
        "Guten Tag,\nanbei der ausgefüllte Fragebogen. Die Behandlung heute hat stattgefunden.\n"
        "Ursula Berger",
        "plain",
        "cr-1143",
        "outlook_classic",
        forms=("anamnese",),
        files=(pdf("Fragebogen_Berger.pdf"),),
    )


def look_alikes() -> None:
    no(
        "n01_question_exercises.eml",
        1,
        ("question",),
        "2026-02-10 12:00",
        RE + "10.02.2026",
        "Hallo, bevor ich bestätige: welche Übungen sollte ich bis nächste Woche machen? Das Blatt "
        "fehlt mir.\nSabine",
        "iphone",
        "cr-1005",
        "iphone",
    )
    no(
        "n02_cancel_next.eml",
        1,
        ("cancellation",),
        "2026-02-12 08:00",
        "Absage Termin 17.02.",
        "Hallo, ich muss den Termin am 17.02. leider absagen, ich bin krank.\nSabine Krüger",
        "iphone",
    )
    no(
        "n03_didnt_happen.eml",
        2,
        ("other",),
        "2026-02-16 19:00",
        RE + "16.02.2026",
        "Nein, es hat heute niemand angerufen. Ich habe bis 18 Uhr gewartet.\nBecker",
        "plain",
        "cr-1014",
        "gmail",
    )
    no(
        "n04_wife_treatment.eml",
        2,
        ("other",),
        "2026-02-20 10:00",
        "Behandlung meiner Frau",
        "Hallo, meine Frau hatte am 19.02. ihre Behandlung bei Ihnen, die hat stattgefunden. "
        "Sie ist nicht bei Ihnen registriert mit Mail.\nThomas Becker",
    )
    no(
        "n05_other_provider.eml",
        3,
        ("other",),
        "2026-03-19 09:00",
        "Termin Orthopäde",
        "Hallo, ich war am 18.03. beim Orthopäden, der Termin hat stattgefunden, er meint ich soll "
        "mit Ihnen weitermachen. Kann ich den Befund schicken?\nAylin",
        "gmail",
    )
    no(
        "n06_invoice.eml",
        4,
        ("question",),
        "2026-02-25 10:00",
        "Rechnung",
        "Guten Tag, auf der Rechnung steht die Behandlung vom 20.02. doppelt. Bitte prüfen.\nWolff",
        "tonline",
    )
    no(
        "n07_link_received.eml",
        5,
        ("other",),
        "2026-05-20 18:00",
        "Link erhalten",
        "Hallo, den Link für morgen habe ich erhalten, danke. Wir sind dabei.\nK. Schulz",
        "thunderbird",
        staff=False,
    )
    no(
        "n08_future_confirm.eml",
        6,
        ("other",),
        "2026-05-31 20:00",
        "Termin Montag",
        "Hallo, ich bestätige den Termin am Montag, 1. Juni um 7:30. Bis dann!\nPeter",
        "outlook",
        staff=False,
    )
    no(
        "n09_doubt.eml",
        7,
        ("question",),
        "2026-06-17 09:00",
        RE + "16.06.2026",
        "Ich bin nicht sicher, ob das gestern als ganze Behandlung zählt, die Verbindung war nach "
        "zehn Minuten weg. Bitte melden Sie sich.\nElena",
        "yahoo",
        "cr-1048",
        "yahoo",
    )
    no(
        "n10_reschedule.eml",
        8,
        ("reschedule",),
        "2026-06-23 12:00",
        "Termin verschieben",
        "Hey, kann ich den Termin am Mittwoch, 24.6., auf Donnerstag verschieben?\nJonas",
        "iphone",
    )
    no(
        "n11_daughter_own.eml",
        9,
        ("other",),
        "2026-07-16 12:00",
        RE + "16.07.2026",
        "Hier ist die Tochter von Frau Neumann. Meine Mutter liegt im Krankenhaus, das Telefonat "
        "heute hat nicht stattgefunden. Bitte nicht abrechnen.\nMonika Neumann",
        "plain",
        "cr-1059",
        "outlook_classic",
    )
    no(
        "n12_missed_wrong_time.eml",
        10,
        ("other",),
        "2026-07-31 17:00",
        RE + "31.07.2026",
        "Ich war um 16 Uhr im Raum, aber es kam niemand. Was ist passiert?\nLukas",
        "thunderbird",
        "cr-1067",
        "thunderbird",
    )
    no(
        "n13_english_cancel.eml",
        11,
        ("cancellation",),
        "2026-08-22 10:00",
        "Monday session",
        "Hi, I'm afraid I have to cancel Monday's session (Aug 24), I'll be travelling. Emily",
        "gmail",
    )
    no(
        "n14_forms_sent.eml",
        17,
        ("forms",),
        "2026-10-20 10:00",
        "Unterlagen",
        "Hallo, anbei die unterschriebene Einwilligung zur Telebehandlung und die "
        "Datenschutzerklärung.\nOle Jansen",
        "gmail",
        forms=("einwilligung_tele", "datenschutz"),
        files=(pdf("Einwilligung_Telebehandlung.pdf"), pdf("Datenschutzerklaerung.pdf")),
        staff=False,
    )
    no(
        "n15_fotos_forms.eml",
        20,
        ("forms",),
        "2026-11-01 21:00",
        "Bögen",
        "Hallo, hier die Fotos vom Anamnesebogen.\nLeonie",
        "iphone",
        forms=("anamnese", "anamnese"),
        files=(jpeg("IMG_4711.jpg"), jpeg("IMG_4712.jpg")),
        staff=False,
    )
    no(
        "n16_complaint_late.eml",
        13,
        ("other",),
        "2026-09-24 08:00",
        RE + "24.09.2026",
        "Sehr geehrte Damen und Herren, die Therapeutin war heute 25 Minuten zu spät, die Behandlung "
        "war entsprechend kurz. Das möchte ich so nicht bestätigen.\nDr. Vogel",
        "outlook",
        "cr-1084",
        "outlook",
    )
    no(
        "n17_which_date.eml",
        14,
        ("question",),
        "2026-10-06 15:00",
        RE + "06.10.2026",
        "Welche Behandlung meinen Sie? Ich hatte doch heute gar keinen Termin, oder?\nAnna",
        "thunderbird",
        "cr-1091",
        "thunderbird",
    )
    no(
        "n18_already_confirmed.eml",
        15,
        ("other",),
        "2026-10-13 09:00",
        "Bestätigung",
        "Hallo, den Termin vom 5.10. hatte ich ja schon bestätigt. Gestern hat leider keiner "
        "angerufen.\nZimmermann",
        "plain",
    )
    no(
        "n19_husband_joerg.eml",
        16,
        ("other",),
        "2026-10-22 08:00",
        "Jörg",
        "Guten Morgen, mein Mann Jörg hatte gestern um 19 Uhr seinen Termin, hat stattgefunden. "
        "Meinen habe ich ja verschoben.\nBirgit",
        "outlook",
    )
    no(
        "n20_bescheinigung.eml",
        18,
        ("question",),
        "2026-04-02 10:00",
        "Bescheinigung",
        "Guten Tag, können Sie mir bestätigen, dass ich am 1.4. bei Ihnen in Behandlung war? "
        "Das braucht mein Arbeitgeber.\nRenate Koch",
        "tonline",
    )
    no(
        "n21_technical.eml",
        19,
        ("technical",),
        "2026-11-13 08:20",
        RE + "13.11.2026",
        "Das Video ging heute nicht, nur schwarzes Bild. Wir haben dann abgebrochen.\nDavid",
        "plain",
        "cr-1117",
        "gmail",
    )
    no(
        "n22_quote_only_forward.eml",
        21,
        ("question",),
        "2026-02-09 12:00",
        RE + "09.02.2026",
        "Was muss ich hier machen? Einfach auf Antworten klicken?\nSophie",
        "plain",
        "cr-1128",
        "gmail",
    )
    no(
        "n23_mehmet_tomorrow.eml",
        22,
        ("other",),
        "2026-03-04 20:00",
        "Morgen",
        "Hallo, morgen 12:30 passt, ich bin erreichbar. Bestätigt.\nMehmet",
        "outlook",
        staff=False,
    )
    no(
        "n24_james_partial.eml",
        23,
        ("other",),
        "2026-05-13 08:00",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 12.05.2026",
        "The call yesterday dropped after a few minutes and nobody called back, so I can't "
        "confirm it.\nJames",
        "outlook",
        "cr-1140",
        "outlook_en",
    )
    no(
        "n25_ursula_son.eml",
        24,
        ("other",),
        "2026-05-21 10:00",
        "Mein Sohn",
        "Liebe Praxis, mein Sohn hatte gestern bei Ihnen eine Behandlung, die hat stattgefunden. "
        "Meine eigene gestern musste ich leider verschieben.\nUrsula Berger",
        "plain",
    )


def main() -> None:
    load_practice()
    confirmations()
    look_alikes()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.HERE = HERE
    mc.write_labels()
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
