"""Write blind set J: one ordinary inbox of patient mail (45 confirmations, 25 look-alikes).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_j`.
Written without reading rules/, the canonical table or the earlier blind sets' mails. The
emphasis: the practice's own sentence and its variants ("Ich bestätige den Erhalt der
Leistung am ...", "Hiermit bestätige ich, dass die Behandlung am ... stattgefunden hat"),
replies to the newer subject "Bitte bestätigen Sie die Behandlung vom ...", every date form
patients write (6.4., 06.04.2026, 6.4.26, "6. April", "am sechsten", "Montag", "gestern",
"letzten Dienstag", "KW 14", "nach Ostermontag", "vom 3. bis 10.", "am 2., 9. und 16.2.",
"19 2", "14. Okt", English "August 3rd" and "10/8"), partial confirmations, two sessions on
one day, full quotes of earlier confirmations with other dates, a mother writing for her
daughter from the family address, forms attached; and look-alikes (questions,
cancellations, reschedules, another provider, future appointments, receipt of a link, of
forms or of an invoice, "falls der Termin stattgefunden hat", a therapist who did not call).
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human, jpeg, pdf

HERE = data_dir("blind_j")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), forms=(), files=(), note="", sender=None,
        name=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      forms=forms, needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), forms=(), files=(), note="", staff=True, sender=None,
       name=None, headers=()):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          extra_headers=headers,
          label=Label(cats, patient=pid, dates=dates, forms=forms, needs_staff=staff,
                      note=note))  # fmt: skip


OLD = "Bitte bestätigen Sie Ihre Behandlung vom "
NEW = "Bitte bestätigen Sie die Behandlung vom "


def confirmations() -> None:
    # --- Sabine Krüger (1), web.de, video on Tuesdays -----------------------------------
    yes("c01_sabine_erhalt_behandlung.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 19:05",
        "Aw: " + OLD + "27.01.2026",
        "Hiermit bestätige ich den Erhalt der Behandlung vom 27.01.2026.\n\n"
        "Mit freundlichen Grüßen\nSabine Krüger",
        "webde", "cr-1003", "webde")  # fmt: skip
    yes("c02_sabine_letzten_dienstag.eml", 1, (1004,), ("2026-02-03",), "2026-02-06 21:40",
        "Re: " + OLD + "03.02.2026",
        "Hallo, die Behandlung letzten Dienstag hat stattgefunden. Sorry für die späte"
        " Antwort!\n\nLG Sabine Krüger\n\nVon meinem iPhone gesendet",
        "iphone", "cr-1004", "iphone")  # fmt: skip
    yes("c03_sabine_quotes_old_confirmation.eml", 1, (1005,), ("2026-02-10",),
        "2026-02-10 18:31", "AW: Aw: " + OLD + "20.01.2026",
        "Ich bestätige den Erhalt der Leistung am 10.2.\n\nSabine\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Sabine Krüger <sabine.krueger@web.de>\n"
        "Gesendet: Dienstag, 20. Januar 2026 12:01\n"
        "An: termine@praxis-impulse.de\n"
        "Betreff: Aw: " + OLD + "20.01.2026\n\n"
        "Hiermit bestätige ich den Erhalt der Behandlung vom 20.01.2026.\n\n"
        "Mit freundlichen Grüßen\nSabine Krüger",
        "webde",
        note="answers on her own old thread: the subject and the quote name 20.1. (already"
        " confirmed); only 10.2. is new")  # fmt: skip
    yes("c04_sabine_17_und_24_februar.eml", 1, (1006, 1007), ("2026-02-17", "2026-02-24"),
        "2026-02-25 08:12", "AW: " + OLD + "24.02.2026",
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlungen am 17. und 24. Februar,"
        " beide haben stattgefunden.\n\nViele Grüße\nSabine Krüger",
        "outlook", "cr-1007", "outlook")  # fmt: skip
    yes("c05_sabine_vom_3_bis_10.eml", 1, (1008, 1009), ("2026-03-03", "2026-03-10"),
        "2026-03-11 20:15", "Aw: " + OLD + "10.03.2026",
        "Hallo,\nich bestätige die Termine vom 3. bis 10. März (die zwei Videobehandlungen),"
        " alles hat stattgefunden.\nGruß Sabine Krüger",
        "webde", "cr-1009", "webde")  # fmt: skip

    # --- Thomas Becker (2), GMX, phone Mon + Thu --------------------------------------
    yes("c06_thomas_list_mondays.eml", 2, (1010, 1012, 1014),
        ("2026-02-02", "2026-02-09", "2026-02-16"), "2026-02-17 07:50",
        "AW: " + OLD + "16.02.2026",
        "Moin,\n\ndie Telefontermine am 2., 9. und 16.2. haben stattgefunden. Die"
        " Donnerstage schreibe ich separat, da muss ich erst in meinen Kalender schauen.\n\n"
        "Gruß\nThomas Becker",
        "webde", "cr-1014", "webde")  # fmt: skip
    yes("c07_thomas_partial.eml", 2, (1013,), ("2026-02-12",), "2026-02-13 09:02",
        "AW: " + OLD + "12.02.2026",
        "Hallo,\n\ndie Behandlung am Do 12.2. hat stattgefunden.\nAm 5.2. hat mich dagegen"
        " niemand angerufen, den bitte nicht abrechnen.\n\nThomas Becker",
        "webde", "cr-1013", "webde", staff=True,
        note="5.2. did not take place: staff")  # fmt: skip
    yes("c08_thomas_no_dots.eml", 2, (1015,), ("2026-02-19",), "2026-02-19 19:44",
        "AW: " + OLD + "19.02.2026",
        "Termin am 19 2 fand statt\nGruß T. Becker\n\nGesendet mit der GMX Mail App",
        "plain", "cr-1015", "samsung")  # fmt: skip
    yes("c09_thomas_montag.eml", 2, (1018,), ("2026-03-02",), "2026-03-03 08:05",
        "AW: " + OLD + "02.03.2026",
        "Guten Morgen, die Behandlung am Montag hat stattgefunden.\nGruß Thomas Becker",
        "webde", "cr-1018", "webde")  # fmt: skip

    # --- Aylin Demir (3), Gmail, video on Wednesdays ---------------------------------
    yes("c10_aylin_kw13.eml", 3, (1020, 1021, 1022),
        ("2026-03-11", "2026-03-18", "2026-03-25"), "2026-03-27 17:30",
        "Re: " + OLD + "25.03.2026",
        "Hallo,\n\nsorry, ich war die letzten Wochen im Stress. Die Behandlungen am 11. und"
        " 18. März und die in KW 13 haben alle stattgefunden.\n\nLiebe Grüße\nAylin Demir",
        "gmail", "cr-1022", "gmail")  # fmt: skip
    yes("c11_aylin_8_4_26.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 12:10",
        "Re: " + OLD + "08.04.2026",
        "Bestätige hiermit die Behandlung vom 8.4.26.\n\nAylin",
        "gmail", "cr-1024", "gmail")  # fmt: skip
    yes("c12_aylin_apr_abbrev_reschedule.eml", 3, (1025,), ("2026-04-15",),
        "2026-04-15 19:02", "Re: " + OLD + "15.04.2026",
        "Hi,\ndie Behandlung am 15. Apr. hat stattgefunden. Nächste Woche klappt es bei mir"
        " leider nur nachmittags, könnten wir den Termin auf 15 Uhr verschieben?\n\n"
        "LG Aylin",
        "gmail", "cr-1025", "gmail", staff=True, extra=("reschedule",))  # fmt: skip
    yes("c13_aylin_new_subject.eml", 3, (1026,), ("2026-04-22",), "2026-04-22 11:30",
        "AW: " + NEW + "22.04.2026",
        "Hiermit bestätige ich, dass die Behandlung am 22.04.2026 stattgefunden hat.\n\n"
        "Aylin Demir",
        "gmail", "cr-1026")  # fmt: skip

    # --- Hans-Jürgen Wolff (4), T-Online, phone on Fridays ---------------------------
    yes("c14_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:40",
        "AW: " + OLD + "16.01.2026",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Behandlung am"
        " 16. Januar 2026 stattgefunden hat.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        "tonline", "cr-1028", "tonline")  # fmt: skip
    yes("c15_wolff_quotes_9_1.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-31 10:14", "AW: Behandlung",
        "Guten Tag,\nich bestätige auch die Behandlungen vom 23.01. und 30.01.2026.\n"
        "MfG H.-J. Wolff\n\n\n"
        "-----Original-Nachricht-----\n"
        "Betreff: Behandlung\n"
        "Datum: 2026-01-09T18:30:00+01:00\n"
        'Von: "Hans-Jürgen Wolff" <hj.wolff@t-online.de>\n'
        'An: "termine@praxis-impulse.de" <termine@praxis-impulse.de>\n\n\n'
        "Hiermit bestätige ich die Behandlung am 09.01.2026.\nMfG Wolff",
        "tonline",
        note="quotes his own earlier confirmation of 9.1. (already confirmed)")  # fmt: skip
    yes("c16_wolff_am_sechsten.eml", 4, (1031,), ("2026-02-06",), "2026-02-09 09:30",
        "AW: " + OLD + "06.02.2026",
        "Guten Tag,\n\ndie Telefonbehandlung am sechsten hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        "tonline", "cr-1031", "tonline")  # fmt: skip

    # --- Marie Schulz (5): the family address k.schulz@, her mother writes ------------
    yes("c17_mother_for_daughter.eml", 5, (1034, 1035), ("2026-04-16", "2026-04-23"),
        "2026-04-23 18:20", "Re: " + OLD + "23.04.2026",
        "Hallo,\n\nhiermit bestätige ich, dass die Behandlungen meiner Tochter Marie am"
        " 16.4. und 23.4. stattgefunden haben.\n\nViele Grüße\nKatrin Schulz",
        "thunderbird", "cr-1035", "thunderbird", name="Katrin Schulz",
        note="the patient is the daughter; her mother answers from the family address")  # fmt: skip
    yes("c18_mother_7_mai_question.eml", 5, (1037,), ("2026-05-07",), "2026-05-08 07:55",
        "Re: " + OLD + "07.05.2026",
        "Guten Morgen,\n\nMarie hatte am 7. Mai ihre Behandlung, das bestätige ich hiermit."
        "\nNächste Woche ist ja Himmelfahrt, fällt der Termin dann aus oder wird er"
        " verlegt?\n\nGrüße\nKatrin Schulz",
        "thunderbird", "cr-1037", "thunderbird", staff=True, extra=("question",),
        name="Katrin Schulz")  # fmt: skip

    # --- Peter Hoffmann (6), Outlook, video Mondays 7:30 ------------------------------
    yes("c19_peter_erhalt_leistung.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:58",
        "AW: " + OLD + "04.05.2026",
        "Hallo,\n\nich bestätige den Erhalt der Leistung am 04.05.2026.\n\nBeste Grüße\n"
        "Peter Hoffmann",
        "outlook", "cr-1040", "outlook")  # fmt: skip
    yes("c20_peter_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 16:40",
        "AW: " + OLD + "18.05.2026",
        "Hallo,\n\nbeide Termine heute am 18.5. (früh um halb acht und mittags) haben"
        " stattgefunden.\n\nGruß\nPeter Hoffmann\n\nGesendet von Outlook für iOS",
        "outlook", "cr-1043", "outlook")  # fmt: skip

    # --- Elena Popescu (7), Yahoo, new patient ---------------------------------------
    yes("c21_elena_forms_and_first.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:05",
        "Re: Ihre Unterlagen für die Behandlung",
        "Guten Tag,\n\nanbei der Anamnesebogen und die Datenschutzerklärung. Die"
        " Einwilligung schicke ich nach, da fehlt mir noch eine Unterschrift.\n\nDie erste"
        " Behandlung heute hat stattgefunden, vielen Dank!\n\nElena Popescu",
        "yahoo", "fr-7", "yahoo", extra=("forms",), forms=("anamnese", "datenschutz"),
        files=(pdf("Anamnesebogen_Popescu.pdf"), pdf("Datenschutzerklaerung_Popescu.pdf")))  # fmt: skip
    yes("c22_elena_yahoo_bottom.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 13:20",
        "Re: " + OLD + "09.06.2026",
        "Ja, hat stattgefunden am 9.6.\nElena",
        "yahoo", "cr-1047", "yahoo", bottom=True)  # fmt: skip
    yes("c23_elena_einwilligung_photo.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"),
        "2026-06-23 15:10", "Re: " + OLD + "23.06.2026",
        "Hallo,\nanbei noch die unterschriebene Einwilligung (Foto).\nDie Behandlungen am 16."
        " und 23. Juni haben stattgefunden.\nGruß Elena Popescu",
        "yahoo", "cr-1049", "yahoo", extra=("forms",), forms=("einwilligung_tele",),
        files=(jpeg("IMG_20260623_1502.jpg"),),
        note="the photo's name says nothing; the body says it is the consent")  # fmt: skip

    # --- Jonas Richter (8), iCloud, new patient --------------------------------------
    yes("c24_jonas_all_forms.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:10",
        "Re: " + OLD + "03.06.2026",
        "Hallo,\n\nanbei alle drei Formulare unterschrieben. Und ja, die Behandlung heute"
        " Abend hat stattgefunden.\n\nJonas",
        "apple", "cr-1051", "iphone", extra=("forms",),
        forms=("anamnese", "datenschutz", "einwilligung_tele"),
        files=(pdf("Anamnese.pdf"), pdf("Datenschutz.pdf"),
               pdf("Einwilligung Telemedizin.pdf")))  # fmt: skip
    yes("c25_jonas_emoji.eml", 8, (1052, 1053), ("2026-06-10", "2026-06-17"),
        "2026-06-17 21:02", "Re: " + OLD + "17.06.2026",
        "10.6. und 17.6. beide stattgefunden 👍\n\nVon meinem iPhone gesendet",
        "iphone", "cr-1053", "iphone")  # fmt: skip

    # --- Gisela Neumann (9), Freenet, phone Tue + Thu --------------------------------
    yes("c26_gisela_last_week.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-13 10:30", "AW: " + OLD + "09.07.2026",
        "Liebe Praxis,\n\ndie Behandlungen am Dienstag und Donnerstag letzter Woche haben"
        " beide stattgefunden. Entschuldigen Sie, dass ich erst jetzt schreibe, mein Enkel"
        " war zu Besuch.\n\nHerzliche Grüße\nGisela Neumann",
        "thunderbird", "cr-1057", "thunderbird")  # fmt: skip
    yes("c27_gisela_partial.eml", 9, (1059,), ("2026-07-16",), "2026-07-22 09:15",
        "AW: " + OLD + "21.07.2026",
        "Guten Morgen,\n\nam 16.7. war alles gut, die Behandlung hat stattgefunden.\nGestern"
        " (21.7.) hat aber leider keiner angerufen, ich habe bis halb zehn gewartet. Bitte"
        " rufen Sie mich doch an.\n\nGisela Neumann",
        "thunderbird", "cr-1060", "thunderbird", staff=True,
        note="21.7. did not take place; she asks for a call")  # fmt: skip

    # --- Lukas Brandt (10), mailbox.org, video on Fridays ----------------------------
    yes("c28_lukas_list_july.eml", 10, (1063, 1064, 1065, 1066),
        ("2026-07-03", "2026-07-10", "2026-07-17", "2026-07-24"), "2026-07-25 10:00",
        "Re: " + OLD + "24.07.2026",
        "Hallo,\n\nam 3., 10., 17. und 24.7. jeweils stattgefunden.\n\nGruß\nLukas",
        "thunderbird", "cr-1066", "thunderbird")  # fmt: skip

    # --- Emily Carter (11), Gmail, English --------------------------------------------
    yes("c29_emily_august_3rd.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:22",
        "Re: " + OLD + "03.08.2026",
        "Hi,\n\nI confirm that my session on August 3rd took place.\n\nThanks,\nEmily",
        "gmail", "cr-1069", "gmail_en")  # fmt: skip
    yes("c30_emily_slash_dates.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-18 22:05", "Re: " + OLD + "17.08.2026",
        "Hi there,\n\nboth sessions (10/8 and 17/8) happened, sorry for the late reply!\n\n"
        "Best,\nEmily Carter",
        "gmail", "cr-1071", "gmail_en")  # fmt: skip

    # --- Fatma Yıldız (12), web.de, phone on Wednesdays ------------------------------
    yes("c31_fatma_statt_gefunden.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:01",
        "Aw: " + OLD + "05.08.2026",
        "Hallo ja Behandlung hat statt gefunden am 5.8 Danke\nFatma",
        "webde", "cr-1075", "webde")  # fmt: skip

    # --- Dr. Michael Vogel (13), Outlook, with a long signature ----------------------
    yes("c32_vogel_sept_signature.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:55",
        "AW: " + OLD + "10.09.2026",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung vom 10."
        " Sept. 2026.\n\nMit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt\n\n"
        "Vogel & Partner Rechtsanwälte mbB\nJungfernstieg 12, 20354 Hamburg\n"
        "Tel. +49 40 123456-0 | Fax +49 40 123456-99\n"
        "Partnerschaftsregister AG Hamburg PR 1234\n\n"
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige"
        " Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese"
        " E-Mail.",
        "outlook", "cr-1082", "outlook")  # fmt: skip

    # --- Anna Lehmann (14), university, Thunderbird ----------------------------------
    yes("c33_anna_bottom.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:10",
        "Re: " + OLD + "08.09.2026",
        "Ja, hat stattgefunden (8.9.).\n\n-- \nAnna Lehmann\nInstitut für Romanistik\n"
        "Raum 3.112, Tel. 0341 97-37412",
        "thunderbird", "cr-1087", "thunderbird", bottom=True)  # fmt: skip

    # --- Klaus Zimmermann (15), Arcor, phone on Mondays ------------------------------
    yes("c34_klaus_partial_unsure.eml", 15, (1095,), ("2026-10-19",), "2026-10-20 10:10",
        "AW: " + OLD + "19.10.2026",
        "Hallo,\n\nder Termin am 19.10. hat stattgefunden. Ob am 5.10. was war, weiß ich"
        " nicht mehr genau, ich glaube der ist ausgefallen.\n\nGruß\nKlaus Zimmermann",
        "plain", "cr-1095", "outlook_classic", staff=True,
        note="5.10. unclear: staff")  # fmt: skip

    # --- Birgit Schäfer (16), from her office address -------------------------------
    yes("c35_birgit_office.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:20",
        "AW: " + OLD + "07.10.2026",
        "Hiermit bestätige ich den Erhalt der Behandlung vom 07.10.2026.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\nSteuerberaterin\n\n"
        "Schäfer Steuerberatung\nLindenstraße 4 · 10969 Berlin\n"
        "Tel. 030 555 12 34 · Fax 030 555 12 35\nUSt-IdNr. DE123456789",
        "outlook", "cr-1098", "outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer")  # fmt: skip

    # --- Ole Jansen (17), Gmail, new patient -----------------------------------------
    yes("c36_ole_forms_donnerstag.eml", 17, (1104,), ("2026-10-22",), "2026-10-24 11:05",
        "Re: Ihre Unterlagen für die Behandlung",
        "Moin,\n\nanbei Datenschutz und Einwilligung. Den Anamnesebogen hatte ich ja schon"
        " geschickt. Die Behandlung am Donnerstag hat übrigens stattgefunden.\n\nOle",
        "gmail", "fr-17", "gmail", extra=("forms",), forms=("datenschutz", "einwilligung_tele"),
        files=(pdf("Datenschutzerklärung Jansen.pdf"), pdf("Einwilligung Jansen.pdf")))  # fmt: skip

    # --- Renate Koch (18), T-Online, phone Mon + Wed ---------------------------------
    yes("c37_renate_kw14.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 09:40", "AW: " + OLD + "01.04.2026",
        "Guten Tag,\n\ndie beiden Telefontermine in der KW 14 haben stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        "tonline", "cr-1112", "tonline")  # fmt: skip
    yes("c38_renate_ostermontag.eml", 18, (1113,), ("2026-04-08",), "2026-04-09 10:25",
        "AW: " + OLD + "08.04.2026",
        "Guten Tag,\n\nnach der Pause über Ostermontag hatte ich gestern wieder meine"
        " Behandlung, die hat stattgefunden.\n\nMit freundlichen Grüßen\nRenate Koch",
        "tonline", "cr-1113", "tonline")  # fmt: skip

    # --- David Nowak (19), Proton ----------------------------------------------------
    yes("c39_david_proton_quote.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:02",
        "Re: " + OLD + "06.11.2026",
        "Bestätigung: Behandlung am 06.11.2026 hat stattgefunden.\n\nDavid Nowak\n\n"
        "Sent with Proton Mail secure email.\n\n"
        "------- Original Message -------\n"
        "Am Freitag, 6. November 2026 um 09:30 schrieb Praxis Impulse"
        " <termine@praxis-impulse.de>:\n\n"
        "> Guten Tag Frau/Herr Nowak,\n>\n> Ihre Behandlung (Krankengymnastik per Video)"
        " war für Freitag, 06.11.2026 um 08:00 Uhr geplant.\n> Bitte bestätigen Sie uns mit"
        " einer kurzen Antwort auf diese Mail, dass die Behandlung stattgefunden hat, und"
        " nennen Sie dabei das Datum.\n>\n> Vielen Dank!",
        "plain", "cr-1116")  # fmt: skip

    # --- Leonie Hartmann (20), web.de, new patient -----------------------------------
    yes("c40_leonie_forms_nov.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:30",
        "Aw: " + OLD + "03.11.2026",
        "Hallo,\n\nanbei die ausgefüllten Unterlagen. Die Behandlung am 3. Nov. hat"
        " stattgefunden, vielen Dank!\n\nLeonie Hartmann",
        "webde", "cr-1120", "webde", extra=("forms",),
        forms=("anamnese", "datenschutz", "einwilligung_tele"),
        files=(pdf("Anamnesebogen.pdf"), pdf("DSGVO.pdf"), pdf("Einwilligung.pdf")))  # fmt: skip
    yes("c41_leonie_bottom_no_date.eml", 20, (1121,), (), "2026-11-10 18:30",
        "Aw: " + OLD + "10.11.2026",
        "Hat stattgefunden, danke.\nLeonie",
        "webde", "cr-1121", "webde", bottom=True,
        note="no date written: the reply to our request for 10.11. names it")  # fmt: skip

    # --- Sophie Wagner (21), GMX, Samsung phone --------------------------------------
    yes("c42_sophie_rosenmontag.eml", 21, (1129,), ("2026-02-16",), "2026-02-16 11:40",
        "AW: " + OLD + "16.02.2026",
        "Auch am Rosenmontag hat die Behandlung stattgefunden 😄 Helau!\nSophie",
        "samsung", "cr-1129", "samsung")  # fmt: skip

    # --- Mehmet Aydın (22), Hotmail --------------------------------------------------
    yes("c43_mehmet_lowercase.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:20",
        "AW: " + OLD + "19.02.2026",
        "Guten Tag ich bestätige die behandlung vom 19.02 Mfg Mehmet Aydin",
        "outlook", "cr-1130", "outlook")  # fmt: skip
    yes("c44_mehmet_gestern.eml", 22, (1133,), ("2026-03-12",), "2026-03-13 18:00",
        "AW: " + OLD + "12.03.2026",
        "Hallo die behandlung gestern hat stattgefunden danke\nMehmet",
        "outlook", "cr-1133", "outlook")  # fmt: skip

    # --- James O'Neill (23), Outlook, English ----------------------------------------
    yes("c45_james_day_month.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
        "2026-04-29 07:30", "RE: " + OLD + "28.04.2026",
        "Hi,\n\nboth calls (21/4 and 28/4) went ahead as planned.\n\nJames O'Neill",
        "outlook", "cr-1138", "outlook_en")  # fmt: skip

    # --- Ursula Berger (24), Kabelmail, phone on Wednesdays --------------------------
    yes("c46_ursula_erhalt_leistung.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:30",
        "AW: " + NEW + "06.05.2026",
        "Hiermit bestätige ich den Erhalt der Leistung vom 06.05.2026.\n\nU. Berger",
        "plain", "cr-1142")  # fmt: skip
    yes("c47_ursula_partial_broken_call.eml", 24, (1143,), ("2026-05-13",),
        "2026-05-21 10:00", "AW: " + OLD + "20.05.2026",
        "Guten Tag,\n\ndie Behandlung am 13. Mai hat stattgefunden. Am 20. Mai hat die"
        " Therapeutin nur kurz angerufen und dann abgebrochen, weil die Verbindung so schlecht"
        " war. Das würde ich nicht als Behandlung zählen.\n\nMit freundlichen Grüßen\n"
        "Ursula Berger",
        "plain", "cr-1144", "thunderbird", staff=True,
        note="20.5. broken off: not a treatment, staff")  # fmt: skip


def look_alikes() -> None:
    no("n01_aylin_video_or_phone.eml", 3, ("question",), "2026-03-10 19:00",
       "Re: Erinnerung: Ihr Termin am 11.03.2026",
       "Hallo, findet der Termin morgen per Video oder per Telefon statt? Ich bin nämlich"
       " unterwegs.\nLG Aylin",
       "gmail", "rem-1020", "gmail")  # fmt: skip
    no("n02_mother_cancels.eml", 5, ("cancellation",), "2026-05-27 07:10",
       "Termin morgen", "Guten Morgen,\n\nMarie ist krank und kann den Termin morgen (28.5.)"
       " leider nicht wahrnehmen. Bitte sagen Sie ihn ab.\n\nViele Grüße\nKatrin Schulz",
       "thunderbird", name="Katrin Schulz")  # fmt: skip
    no("n03_birgit_reschedule.eml", 16, ("reschedule",), "2026-10-19 13:00",
       "Termin 21.10.", "Hallo,\n\nkönnen wir den Termin am Mittwoch, 21.10., auf Donnerstag"
       " verschieben? Ich habe abends einen Mandantentermin.\n\nViele Grüße\nBirgit Schäfer",
       "outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer")  # fmt: skip
    no("n04_gisela_husband.eml", 9, ("other",), "2026-07-17 11:00", "Mein Mann",
       "Liebe Praxis,\n\nhiermit bestätige ich, dass die Behandlung meines Mannes gestern beim"
       " Orthopäden stattgefunden hat. Er möchte jetzt auch bei Ihnen Krankengymnastik"
       " machen, haben Sie noch Termine frei?\n\nHerzliche Grüße\nGisela Neumann",
       "thunderbird", note="her husband's treatment with another provider; a question")  # fmt: skip
    no("n05_fatma_future.eml", 12, ("other",), "2026-08-20 09:00",
       "Aw: Erinnerung: Ihr Termin am 26.08.2026",
       "Hallo, ich bestätige den Termin am 26.8., ich bin da. Fatma",
       "webde", "rem-1078", "webde", staff=False,
       note="confirms a future appointment: no action")  # fmt: skip
    no("n06_jonas_naechste_woche.eml", 8, ("other",), "2026-06-18 08:00",
       "Re: " + OLD + "17.06.2026",
       "Ich bestätige den Termin nächste Woche Mittwoch, 18 Uhr passt.\nJonas\n\n"
       "Von meinem iPhone gesendet",
       "iphone", "cr-1053", "iphone", staff=False,
       note="answers the request for 17.6. with next week's appointment only; 17.6. was"
       " judged alone, it says nothing about 17.6. (c25 confirms it)")  # fmt: skip
    no("n07_lukas_link_received.eml", 10, ("other",), "2026-07-28 20:00",
       "Re: Ihr Videotermin am 31.07.2026",
       "Ich bestätige den Erhalt des Links für Freitag. Danke!\nLukas",
       "thunderbird", "vl-1067", "thunderbird", staff=False)  # fmt: skip
    no("n08_leonie_forms_received.eml", 20, ("other",), "2026-10-30 17:00",
       "Aw: Ihre Unterlagen für die Behandlung",
       "Hallo, ich bestätige den Erhalt der Unterlagen und schicke sie bis Montag ausgefüllt"
       " zurück.\nLeonie Hartmann",
       "webde", "fr-20", "webde", staff=False)  # fmt: skip
    no("n09_thomas_invoice.eml", 2, ("other",), "2026-03-06 10:00", "Rechnung Februar",
       "Hallo,\n\nich bestätige den Erhalt der Rechnung vom 3.3. für die Behandlungen im"
       " Februar. Der Betrag wird diese Woche überwiesen.\n\nGruß\nThomas Becker",
       "webde")  # fmt: skip
    no("n10_wolff_falls.eml", 4, ("other",), "2026-02-21 10:30",
       "AW: " + OLD + "20.02.2026",
       "Guten Tag,\n\nich bin mir nicht sicher, ob gestern jemand angerufen hat, ich war"
       " kurz beim Nachbarn. Falls der Termin stattgefunden hat, bestätige ich ihn"
       " natürlich.\n\nMfG H.-J. Wolff",
       "tonline", "cr-1033", "tonline", note="does not know whether it took place")  # fmt: skip
    no("n11_gisela_nobody_called.eml", 9, ("other",), "2026-07-23 10:05",
       "AW: " + OLD + "23.07.2026",
       "Guten Tag,\n\nheute hat schon wieder keiner angerufen! Ich habe extra neben dem"
       " Telefon gesessen. Was ist da los?\n\nGisela Neumann",
       "thunderbird", "cr-1061", "thunderbird")  # fmt: skip
    no("n12_lukas_code_broken.eml", 10, ("technical",), "2026-07-31 15:55",
       "Re: Ihr Videotermin am 31.07.2026",
       "Hallo, der Zugangscode für heute funktioniert nicht, es kommt immer \"ungültig\"."
       " Können Sie mich anrufen? 0176 1234567\nLukas",
       "thunderbird", "vl-1067", "thunderbird")  # fmt: skip
    no("n13_emily_future_en.eml", 11, ("other",), "2026-09-02 09:00",
       "Re: Erinnerung: Ihr Termin am 07.09.2026",
       "Hi, I confirm my appointment on Monday the 7th. See you then!\nEmily",
       "gmail", "rem-1074", "gmail_en", staff=False)  # fmt: skip
    no("n14_ole_will_it_happen.eml", 17, ("question",), "2026-11-02 18:00",
       "Termin Donnerstag",
       "Moin, können Sie mir bestätigen, dass der Termin am 5.11. stattfindet? Ich habe"
       " keine Erinnerung bekommen.\nOle",
       "gmail")  # fmt: skip
    no("n15_david_cancel.eml", 19, ("cancellation",), "2026-11-25 08:00",
       "Absage 27.11.", "Hallo,\n\nam 27.11. kann ich leider nicht, bitte absagen.\n\n"
       "David Nowak", "plain")  # fmt: skip
    no("n16_sophie_did_not_happen.eml", 21, ("other",), "2026-02-09 16:00",
       "AW: " + OLD + "09.02.2026",
       "Hallo, die Behandlung am 9.2. hat nicht stattgefunden, ich lag mit Fieber im Bett und"
       " hatte morgens angerufen und abgesagt. Steht das bei Ihnen nicht drin?\nSophie",
       "samsung", "cr-1128", "samsung")  # fmt: skip
    no("n17_james_next_call.eml", 23, ("other",), "2026-05-08 12:00",
       "RE: Erinnerung: Ihr Termin am 12.05.2026",
       "Hi,\n\njust to confirm, I'll be available for Tuesday's call at 7:30 pm.\n\nJames",
       "outlook", "rem-1140", "outlook_en", staff=False)  # fmt: skip
    no("n18_ursula_cannot_confirm.eml", 24, ("other",), "2026-05-28 09:00",
       "AW: " + OLD + "27.05.2026",
       "Guten Tag,\n\nden Erhalt der Leistung am 27.5. kann ich so nicht bestätigen, der"
       " Anruf hat nur fünf Minuten gedauert.\n\nMit freundlichen Grüßen\nUrsula Berger",
       "plain", "cr-1145", "thunderbird")  # fmt: skip
    no("n19_vogel_out_of_office.eml", 13, ("auto_reply",), "2026-09-17 08:31",
       "Automatische Antwort: " + OLD + "17.09.2026",
       "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 01.10.2026 nicht im Büro"
       " und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden"
       " Sie sich bitte an mein Sekretariat, Tel. +49 40 123456-0.\n\nDr. Michael Vogel",
       "outlook", "cr-1083", staff=False,
       headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))  # fmt: skip
    no("n20_mehmet_brother.eml", 22, ("question",), "2026-03-20 14:00",
       "Termin für meinen Bruder",
       "Hallo, mein Bruder hatte gestern auch Physiotherapie, aber woanders, und ist nicht"
       " zufrieden. Kann er bei Ihnen auch Termine bekommen? Er ist auch bei der AOK.\n"
       "Mehmet",
       "outlook")  # fmt: skip
    no("n21_klaus_empty_reply.eml", 15, ("other",), "2026-11-03 09:00",
       "AW: " + OLD + "02.11.2026", "", "plain", "cr-1097", "outlook_classic",
       note="pressed reply and sent nothing")  # fmt: skip
    no("n22_peter_bescheinigung.eml", 6, ("question",), "2026-06-02 10:00",
       "Bescheinigung für den Arbeitgeber",
       "Hallo,\n\nkönnten Sie mir eine Bescheinigung über die Termine im Mai ausstellen? Mein"
       " Arbeitgeber möchte wissen, warum ich montags später komme.\n\nGruß\nPeter Hoffmann",
       "outlook")  # fmt: skip
    no("n23_anna_which_date.eml", 14, ("question",), "2026-10-14 09:00",
       "Re: " + OLD + "13.10.2026",
       "Hallo, welche Behandlung meinen Sie? Der Termin gestern wurde doch auf Donnerstag"
       " verschoben, oder habe ich da was falsch verstanden?\nAnna",
       "thunderbird", "cr-1092", "thunderbird")  # fmt: skip
    no("n24_elena_link_thanks.eml", 7, ("other",), "2026-06-29 20:00",
       "Re: Erinnerung: Ihr Termin am 30.06.2026",
       "Danke für die Erinnerung, bis morgen!\nElena",
       "yahoo", "rem-1050", "yahoo", staff=False)  # fmt: skip
    no("n25_marie_forms_question.eml", 5, ("question",), "2026-04-10 12:00",
       "Datenschutz Video",
       "Hallo,\n\nmuss ich für Marie noch die Datenschutzinformation zur Videobehandlung"
       " unterschreiben? Sie ist ja noch minderjährig.\n\nViele Grüße\nKatrin Schulz",
       "thunderbird", name="Katrin Schulz")  # fmt: skip


def main() -> None:
    load_practice()
    confirmations()
    look_alikes()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.HERE = HERE  # write_labels writes next to the generator that calls it
    mc.write_labels()
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
