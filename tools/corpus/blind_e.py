"""Write blind corpus E: one ordinary week's worth of a practice inbox, as it really looks.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_e`.
About 35 confirmations of every kind (one-liners, typos, dialect, formal letters of older
patients, the simpler German of Turkish-, Russian- and Arabic-speaking patients, English,
replies to our request with and without a date, phones with signatures full of numbers)
and about 25 other mails (questions, thanks, appointment wishes, a forwarded doctor's
letter, a photographed form, newsletters, out-of-office replies). Written without reading
rules/ or the corpus mails; the practice is tests/data/corpus/practice.toml, rebuilt here
so that replies quote our own mails with their real Message-IDs.

Envelopes (headers, MIME, quoting styles, attachment bytes) come from the corpus helpers
in tools/corpus/make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human, jpeg, pdf

HERE = data_dir("blind_e")

SALUTATIONS = {
    1: "Frau Krüger", 2: "Herr Becker", 3: "Frau Demir", 4: "Herr Wolff", 5: "Frau Schulz",
    6: "Herr Hoffmann", 7: "Frau Popescu", 8: "Herr Richter", 9: "Frau Neumann",
    10: "Herr Brandt", 11: "Ms Carter", 12: "Frau Yıldız", 13: "Herr Dr. Vogel",
    14: "Frau Lehmann", 15: "Herr Zimmermann", 16: "Frau Schäfer", 17: "Herr Jansen",
    18: "Frau Koch", 19: "Herr Nowak", 20: "Frau Hartmann", 21: "Frau Wagner",
    22: "Herr Aydın", 23: "Mr O'Neill", 24: "Frau Berger",
}  # fmt: skip


def load_practice() -> None:
    """The corpus practice into the helpers' tables; our sent mails rebuilt and checked."""
    data = mc.load_snapshot(lambda p: SALUTATIONS[p["id"]])
    built = {row.message_id: row.sent_at for row in mc.OUTBOX.values()}
    for o in data["outbox"]:
        if o["kind"] == "staff_digest":
            continue
        assert built.get(o["message_id"]) == o["sent_at"], o["message_id"]


def write_mails() -> None:
    # ---------------------------------------------------------------- confirmations
    human(
        "e01_hat_gepasst_reply.eml", sender=4, date="2026-01-30 16:12", client="tonline",
        subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 30.01.2026",
        reply_to="cr-1030", quote_style="tonline",
        body="Hat gepasst.\n\nGruß\nH.-J. Wolff",
        label=Label(("confirmation",), patient=4, confirmed=(1030,)),
    )  # fmt: skip
    human(
        "e02_lief_super_heute.eml", sender=10, date="2026-07-10 17:05", client="gmail",
        subject="Behandlung heute",
        body="Hallo zusammen,\n\nlief super heute, danke! Bis nächste Woche.\n\nLukas",
        label=Label(("confirmation",), patient=10, confirmed=(1064,), dates=("2026-07-10",)),
    )  # fmt: skip
    human(
        "e03_war_klasse_heut.eml", sender=7, date="2026-06-09 14:20", client="gmail",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 09.06.2026",
        reply_to="cr-1047", quote_style="gmail",
        body="war klasse heut, vielen dank!!\nElena",
        label=Label(("confirmation",), patient=7, confirmed=(1047,), dates=("2026-06-09",)),
    )  # fmt: skip
    human(
        "e04_passt_scho.eml", sender=15, date="2026-10-12 13:02", client="plain",
        subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 12.10.2026",
        reply_to="cr-1094", quote_style="outlook_classic",
        body="Passt scho, hod stattgfundn.\n\nServus\nKlaus Zimmermann",
        label=Label(("confirmation",), patient=15, confirmed=(1094,),
                    note="Bavarian: 'that's fine, it took place'; answers the request"),
    )  # fmt: skip
    human(
        "e05_formal_hiermit_teile_ich_mit.eml", sender=9, date="2026-07-16 11:34",
        client="plain", subject="Bestätigung der Behandlung",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "hiermit teile ich Ihnen mit, dass die telefonische Krankengymnastik am Donnerstag,"
            " den 16. Juli 2026 um 9.00 Uhr wie vereinbart stattgefunden hat.\n\n"
            "Mit freundlichen Grüßen\n\nGisela Neumann\nLindenallee 14\n12203 Berlin\n"
            "Tel. 030 / 833 21 45"
        ),
        label=Label(("confirmation",), patient=9, confirmed=(1059,), dates=("2026-07-16",)),
    )  # fmt: skip
    human(
        "e06_formal_two_dates_hochachtungsvoll.eml", sender=18, date="2026-03-25 18:02",
        client="tonline", subject="Behandlungen",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "hiermit bestätige ich, dass die Behandlungen am 23.03.2026 und am 25.03.2026"
            " ordnungsgemäß durchgeführt wurden.\n\n"
            "Hochachtungsvoll\nRenate Koch"
        ),
        label=Label(("confirmation",), patient=18, confirmed=(1109, 1110),
                    dates=("2026-03-23", "2026-03-25")),
    )  # fmt: skip
    human(
        "e07_turkish_termin_heute_war_gut.eml", sender=22, date="2026-02-26 14:31",
        client="samsung", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 26.02.2026",
        reply_to="cr-1131", quote_style="samsung",
        body="Hallo, Termin heute war gut, ich bestätige. Danke schön\nMehmet Aydın",
        label=Label(("confirmation",), patient=22, confirmed=(1131,), dates=("2026-02-26",)),
    )  # fmt: skip
    human(
        "e08_turkish_simple_telefon_gemacht.eml", sender=12, date="2026-08-12 13:05",
        client="webde", subject="behandlung",
        body=(
            "Merhaba hallo,\n\nheute behandlung telefon hat gemacht 12.08. alles gut.\n"
            "Danke\nFatma Yildiz"
        ),
        label=Label(("confirmation",), patient=12, confirmed=(1076,), dates=("2026-08-12",)),
    )  # fmt: skip
    human(
        "e09_russian_ich_bestaetige_behandlung_von.eml", sender=14, date="2026-09-16 08:10",
        client="plain", subject="Bestätigung",
        body=(
            "Guten Tag,\n\nich bestätige Behandlung von 15.09.2026. Alles war gut, Übungen mache"
            " ich jeden Tag.\n\nMit freundlichen Grüßen\nAnna Lehmann"
        ),
        label=Label(("confirmation",), patient=14, confirmed=(1088,), dates=("2026-09-15",)),
    )  # fmt: skip
    human(
        "e10_arabic_style_termin_war_stattgefunden.eml", sender=3, date="2026-03-11 12:04",
        client="gmail", subject="Termin",
        body=(
            "Sehr geehrte Praxis,\n\nich möchte bestätigen das die Termin am Mittwoch 11.3 war"
            " stattgefunden. Vielen Dank für alles.\n\nMit freundliche Grüße\nAylin Demir"
        ),
        label=Label(("confirmation",), patient=3, confirmed=(1020,), dates=("2026-03-11",)),
    )  # fmt: skip
    human(
        "e11_en_reply_took_place_today.eml", sender=11, date="2026-08-17 14:02",
        client="gmail", subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 17.08.2026",
        reply_to="cr-1071", quote_style="gmail_en",
        body="Yes, the session took place today (17 Aug). Thanks!\nEmily",
        label=Label(("confirmation",), patient=11, confirmed=(1071,), dates=("2026-08-17",)),
    )  # fmt: skip
    human(
        "e12_en_went_ahead_tuesday_28_april.eml", sender=23, date="2026-04-29 09:12",
        client="outlook", subject="Session on Tuesday",
        body=(
            "Hi,\n\njust confirming that my phone session with Markus on Tuesday 28 April went"
            " ahead as planned.\n\nCheers,\nJames"
        ),
        label=Label(("confirmation",), patient=23, confirmed=(1138,), dates=("2026-04-28",)),
    )  # fmt: skip
    human(
        "e13_samsung_signature_birthday_14_10.eml", sender=16, date="2026-10-21 20:47",
        client="samsung", subject="Video Behandlung",
        body=(
            "Hallo, die Videobehandlung am 21.10. hat stattgefunden. LG Birgit Schäfer\n\n"
            "--\nBirgit Schäfer\nMobil 0171 / 28 10 19 64\nFestnetz 030 12 10 55\n"
            "Geb. 14.10.1964\nVersichertennr. K 123 456 789\n\n"
            "Von meinem Samsung Galaxy Smartphone gesendet"
        ),
        label=Label(("confirmation",), patient=16, confirmed=(1100,), dates=("2026-10-21",),
                    note="the birth date 14.10. in the signature is a day with an appointment"),
    )  # fmt: skip
    human(
        "e14_iphone_ja_fand_statt_numbers.eml", sender=19, date="2026-11-13 09:41",
        client="iphone", subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 13.11.2026",
        reply_to="cr-1117", quote_style="iphone",
        body=(
            "Ja, fand statt.\n\nDavid Nowak\nTel +49 151 2311 1320\nPrenzlauer Allee 20,"
            " 10405 Berlin\n\nVon meinem iPhone gesendet"
        ),
        label=Label(("confirmation",), patient=19, confirmed=(1117,)),
    )  # fmt: skip
    human(
        "e15_typos_behandlumg_stattgefunen.eml", sender=1, date="2026-02-17 11:03",
        client="webde", subject="behandlung",
        body="Hallo, die behandlumg heute am 17.2 hat stattgefunen.\ngrüße sabine",
        label=Label(("confirmation",), patient=1, confirmed=(1006,), dates=("2026-02-17",)),
    )  # fmt: skip
    human(
        "e16_long_chatty_grandson.eml", sender=24, date="2026-05-20 11:20",
        client="tonline", subject="Meine Behandlung heute",
        body=(
            "Liebes Praxisteam,\n\n"
            "ich wollte mich kurz melden. Heute früh um neun hat mich die nette Therapeutin"
            " angerufen und wir haben wieder die Übungen für die Schulter durchgenommen. Das"
            " Armkreisen klappt schon viel besser, nur das mit dem Handtuch hinter dem Rücken"
            " fällt mir noch schwer. Mein Enkel hat mir gezeigt, wie man die Mails schreibt,"
            " deshalb geht es jetzt auch schneller als beim letzten Mal.\n\n"
            "Also: die Behandlung am Mittwoch, 20. Mai hat stattgefunden.\n\n"
            "Herzliche Grüße\nIhre Ursula Berger"
        ),
        label=Label(("confirmation",), patient=24, confirmed=(1144,), dates=("2026-05-20",)),
    )  # fmt: skip
    human(
        "e17_confirm_and_invoice_question.eml", sender=2, date="2026-02-16 19:25",
        client="plain", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 16.02.2026",
        reply_to="cr-1014", quote_style="outlook",
        body=(
            "Hat stattgefunden am 16.02.\n\nKurze Frage: bekomme ich die Rechnung per Post oder"
            " per Mail?\n\nT. Becker"
        ),
        label=Label(("confirmation", "question"), patient=2, confirmed=(1014,),
                    dates=("2026-02-16",), needs_staff=True),
    )  # fmt: skip
    human(
        "e18_confirm_and_reschedule_signature_phone.eml", sender=13, date="2026-09-17 09:02",
        client="outlook", subject="MT heute / nächster Termin",
        body=(
            "Guten Morgen,\n\ndie MT heute um 7 Uhr hat stattgefunden – vielen Dank.\n"
            "Könnten wir den Termin am 1.10. auf 8 Uhr verschieben? Ich habe um 7:30 einen"
            " Gerichtstermin.\n\n"
            "Dr. Michael Vogel\nRechtsanwalt | Fachanwalt für Arbeitsrecht\n"
            "Vogel & Partner mbB · Maximilianstr. 35 · 80539 München\n"
            "T +49 89 2180 170 · F +49 89 2180 171 · m.vogel@vogel-partner.de\n"
            "AG München PR 1234"
        ),
        label=Label(("confirmation", "reschedule"), patient=13, confirmed=(1083,),
                    dates=("2026-09-17",), needs_staff=True),
    )  # fmt: skip
    human(
        "e19_gestern_hat_gut_geklappt.eml", sender=20, date="2026-11-11 08:33",
        client="webde", subject="Videobehandlung",
        body="Guten Morgen,\n\ngestern die Videobehandlung hat gut geklappt, danke!\n\nLeonie",
        label=Label(("confirmation",), patient=20, confirmed=(1121,), dates=("2026-11-10",)),
    )  # fmt: skip
    human(
        "e20_reply_reminder_moin_hat_geklappt.eml", sender=17, date="2026-10-29 11:04",
        client="gmail", subject="Re: Erinnerung: Ihr Termin am 29.10.2026",
        reply_to="rem-1105", quote_style="gmail",
        body="Moin, hat alles geklappt heute, danke!\nOle",
        label=Label(("confirmation",), patient=17, confirmed=(1105,), dates=("2026-10-29",)),
    )  # fmt: skip
    human(
        "e21_reply_video_link_lief_super.eml", sender=8, date="2026-06-17 19:02",
        client="iphone", subject="Re: Ihr Videotermin am 17.06.2026",
        reply_to="vl-1053", quote_style="iphone",
        body="Lief super heute, Danke!\nJonas\n\nVon meinem iPhone gesendet",
        label=Label(("confirmation",), patient=8, confirmed=(1053,), dates=("2026-06-17",)),
    )  # fmt: skip
    human(
        "e22_lief_gut_reply_no_date.eml", sender=6, date="2026-05-11 09:14",
        client="outlook", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 11.05.2026",
        reply_to="cr-1041", quote_style="outlook_classic",
        body="lief gut, danke.\nP. Hoffmann",
        label=Label(("confirmation",), patient=6, confirmed=(1041,)),
    )  # fmt: skip
    human(
        "e23_today_and_forgotten_19_1.eml", sender=21, date="2026-01-26 13:05",
        client="gmail", subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 26.01.2026",
        reply_to="cr-1126", quote_style="gmail",
        body=(
            "Hallo,\n\nja, der Termin heute und auch der letzte Woche am 19.1. haben"
            " stattgefunden. Den vom 19. hatte ich vergessen zu bestätigen, sorry!\n\nSophie"
        ),
        label=Label(("confirmation",), patient=21, confirmed=(1125, 1126),
                    dates=("2026-01-19", "2026-01-26")),
    )  # fmt: skip
    human(
        "e24_dienstag_und_donnerstag_diese_woche.eml", sender=9, date="2026-07-24 10:15",
        client="plain", subject="Behandlungen diese Woche",
        body=(
            "Sehr geehrte Damen und Herren,\n\ndie beiden Behandlungen am Dienstag und am"
            " Donnerstag dieser Woche haben stattgefunden.\n\nMit freundlichen Grüßen\n"
            "Gisela Neumann"
        ),
        label=Label(("confirmation",), patient=9, confirmed=(1060, 1061),
                    dates=("2026-07-21", "2026-07-23"),
                    note="written Friday 24.7.: Tuesday 21.7. and Thursday 23.7."),
    )  # fmt: skip
    human(
        "e25_colloquial_heut_prima_gklappt.eml", sender=4, date="2026-02-13 15:10",
        client="tonline", subject="Telefon Termin",
        body="Hallo,\ndes hat heut prima gklappt mit dr Behandlung am Telefon.\nGrüßle, Wolff",
        label=Label(("confirmation",), patient=4, confirmed=(1032,), dates=("2026-02-13",)),
    )  # fmt: skip
    human(
        "e26_outlook_html_hiermit_bestaetige.eml", sender=14, date="2026-09-22 15:40",
        client="outlook", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 22.09.2026",
        reply_to="cr-1089", quote_style="outlook",
        body=(
            "Sehr geehrtes Praxisteam,\n\nhiermit bestätige ich die Behandlung vom 22.09.2026."
            "\n\nFreundliche Grüße\nAnna Lehmann"
        ),
        html=(
            '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
            "<p>Sehr geehrtes Praxisteam,</p><p>hiermit bestätige ich die Behandlung vom"
            " 22.09.2026.</p><p>Freundliche Grüße<br>Anna Lehmann</p></div>"
            '<hr><div id="divRplyFwdMsg"><b>Von:</b> Praxis Impulse'
            " &lt;termine@praxis-impulse.de&gt;<br><b>Gesendet:</b> Dienstag, 22. September"
            " 2026 14:30<br><b>Betreff:</b> Bitte bestätigen Sie Ihre Behandlung vom"
            " 22.09.2026</div><div>Ihre Behandlung (Krankengymnastik per Video) war für"
            " Dienstag, 22.09.2026 um 13:00 Uhr geplant.</div></body></html>"
        ),
        label=Label(("confirmation",), patient=14, confirmed=(1089,), dates=("2026-09-22",)),
    )  # fmt: skip
    human(
        "e27_samsung_ja_stattgefunden_26_8.eml", sender=12, date="2026-08-26 12:40",
        client="samsung", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 26.08.2026",
        reply_to="cr-1078", quote_style="samsung",
        body="Ja stattgefunden 26.8 danke",
        label=Label(("confirmation",), patient=12, confirmed=(1078,), dates=("2026-08-26",)),
    )  # fmt: skip
    human(
        "e28_yahoo_reply_23_06.eml", sender=7, date="2026-06-23 13:15",
        client="yahoo", subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 23.06.2026",
        reply_to="cr-1049", quote_style="yahoo",
        body="Guten Tag,\nja die Behandlung am 23.06. hat stattgefunden.\nLG Elena Popescu",
        label=Label(("confirmation",), patient=7, confirmed=(1049,), dates=("2026-06-23",)),
    )  # fmt: skip
    human(
        "e29_thunderbird_bottom_post.eml", sender=10, date="2026-07-24 18:01",
        client="thunderbird", subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 24.07.2026",
        reply_to="cr-1066", quote_style="thunderbird", bottom_post=True,
        body="Hat stattgefunden, danke.\n\n-- \nLukas Brandt\nmailbox.org",
        label=Label(("confirmation",), patient=10, confirmed=(1066,)),
    )  # fmt: skip
    human(
        "e30_confirm_and_late_consent_form.eml", sender=17, date="2026-10-22 11:10",
        client="gmail", subject="Behandlung heute + Einwilligung",
        body=(
            "Hallo,\n\ndie Behandlung heute (22.10.) hat stattgefunden. Anbei noch die"
            " unterschriebene Einwilligung, sorry für die Verspätung.\n\nViele Grüße\nOle Jansen"
        ),
        files=[pdf("Einwilligung_Telebehandlung_Jansen.pdf")],
        label=Label(("confirmation", "forms"), patient=17, confirmed=(1104,),
                    dates=("2026-10-22",), forms=("einwilligung_tele",)),
    )  # fmt: skip
    human(
        "e31_en_both_sessions_aug_24_31.eml", sender=11, date="2026-09-01 08:45",
        client="gmail", subject="Confirming my last two sessions",
        body=(
            "Hi there,\n\nconfirming both of my last sessions: Aug 24 and Aug 31. Both took place"
            " as scheduled.\n\nBest,\nEmily Carter"
        ),
        label=Label(("confirmation",), patient=11, confirmed=(1072, 1073),
                    dates=("2026-08-24", "2026-08-31")),
    )  # fmt: skip
    human(
        "e32_second_address_firm_signature.eml",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        date="2026-11-05 08:15", client="outlook", subject="Behandlung vom 04.11.2026",
        body=(
            "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom 04.11.2026 hat stattgefunden."
            "\n\nMit freundlichen Grüßen\nBirgit Schäfer\n\nSchäfer Steuerberatung\n"
            "Friedrichstr. 112, 10117 Berlin\nTel. 030 2811 0470 | Fax 030 2811 0471\n"
            "USt-IdNr. DE 812 345 678 · Steuernummer 27/123/45678\n"
            "Sprechzeiten Mo–Do 9.00–17.00, Fr 9.00–13.00"
        ),
        label=Label(("confirmation",), patient=16, confirmed=(1102,), dates=("2026-11-04",)),
    )  # fmt: skip
    human(
        "e33_iphone_ok_3_3.eml", sender=1, date="2026-03-03 11:48",
        client="iphone", subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 03.03.2026",
        reply_to="cr-1008", quote_style="iphone",
        body="ok 3.3.\n\nVon meinem iPhone gesendet",
        label=Label(("confirmation",), patient=1, confirmed=(1008,), dates=("2026-03-03",)),
    )  # fmt: skip
    human(
        "e34_already_confirmed_again.eml", sender=4, date="2026-01-10 10:20",
        client="tonline", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 09.01.2026",
        reply_to="cr-1027", quote_style="tonline",
        body="Hat stattgefunden am 9.1.\nWolff",
        label=Label(("confirmation",), patient=4, dates=("2026-01-09",),
                    note="9.1. was confirmed already: nothing to record, nothing to do"),
    )  # fmt: skip
    human(
        "e35_no_date_not_a_reply.eml", sender=2, date="2026-03-03 08:40",
        client="plain", subject="Behandlung",
        body="Die Behandlung hat stattgefunden.\n\nGruß T. Becker",
        label=Label(("confirmation",), patient=2, needs_staff=True,
                    note="no day and no thread: staff ask which appointment"),
    )  # fmt: skip
    human(
        "e36_danke_fuer_die_tolle_behandlung_heute.eml", sender=5, date="2026-05-07 16:32",
        client="iphone", subject="Danke!",
        body=(
            "Vielen Dank für die tolle Behandlung heute, meine Schulter fühlt sich schon viel"
            " besser an!\n\nMarie\n\nVon meinem iPhone gesendet"
        ),
        label=Label(("confirmation",), patient=5, confirmed=(1037,), dates=("2026-05-07",),
                    note="thanks for today's treatment: she says it took place today"),
    )  # fmt: skip
    # ---------------------------------------------------------------- everything else
    human(
        "o01_danke_fuer_die_tolle_betreuung.eml", sender=24, date="2026-06-12 10:05",
        client="tonline", subject="Danke",
        body=(
            "Liebes Team,\n\nmeine Verordnung ist nun zu Ende. Danke für die tolle Betreuung!"
            " Ich habe viel gelernt und mache die Übungen weiter.\n\nAlles Gute\nUrsula Berger"
        ),
        label=Label(("other",), patient=24, needs_staff=True),
    )  # fmt: skip
    human(
        "o02_invoice_diagnosis_question.eml", sender=6, date="2026-06-05 09:30",
        client="outlook", subject="Rechnung Mai",
        body=(
            "Guten Tag,\n\nich habe die Rechnung für Mai erhalten. Die Beihilfe möchte die"
            " Diagnose auf der Rechnung sehen. Können Sie mir eine korrigierte Rechnung"
            " schicken?\n\nMit freundlichen Grüßen\nPeter Hoffmann"
        ),
        label=Label(("question",), patient=6, needs_staff=True),
    )  # fmt: skip
    human(
        "o03_new_prescription_appointment_wish.eml", sender=9, date="2026-07-29 10:10",
        client="plain", subject="Neue Verordnung",
        body=(
            "Sehr geehrte Damen und Herren,\n\nmein Hausarzt hat mir eine neue Verordnung über"
            " 6 x Krankengymnastik ausgestellt. Hätten Sie im August wieder Termine frei,"
            " gerne wieder dienstags und donnerstags vormittags?\n\n"
            "Mit freundlichen Grüßen\nGisela Neumann"
        ),
        label=Label(("question",), patient=9, needs_staff=True),
    )  # fmt: skip
    human(
        "o04_forwarded_doctors_letter.eml", sender=22, date="2026-02-11 17:20",
        client="samsung", subject="WG: Befundbericht",
        body=(
            "Hallo, mein Doktor sagt ich soll Ihnen schicken. Mehmet\n\n"
            "-------- Weitergeleitete Nachricht --------\n"
            "Von: Orthopädie am Markt <praxis@ortho-am-markt.de>\n"
            "Datum: 10.02.26 15:12 (GMT+01:00)\nAn: mehmet.aydin@hotmail.de\n"
            "Betreff: Befundbericht\n\n"
            "Sehr geehrter Herr Aydın,\n\nanbei der Befundbericht unserer Untersuchung vom"
            " 10.02.2026 zur Weitergabe an Ihre Physiotherapie.\n\nMit freundlichen Grüßen\n"
            "Ihr Praxisteam Orthopädie am Markt"
        ),
        files=[pdf("Befundbericht_Aydin_2026-02-10.pdf", pages=2)],
        label=Label(("other",), patient=22, forms=("unclassified",), needs_staff=True,
                    note="a doctor's report, no form; 10.02. is the examination day"),
    )  # fmt: skip
    human(
        "o05_photo_of_anamnesebogen.eml", sender=20, date="2026-10-30 18:50",
        client="webde", subject="AW: Ihre Unterlagen für die Behandlung",
        reply_to="fr-20", quote_style="webde",
        body=(
            "Hallo,\n\nanbei ein Foto vom ausgefüllten Anamnesebogen, mein Drucker ist kaputt."
            " Die anderen zwei schicke ich morgen.\n\nLeonie Hartmann"
        ),
        files=[jpeg("IMG_20261030_184512.jpg", 180_000)],
        label=Label(("forms",), patient=20, forms=("anamnese",)),
    )  # fmt: skip
    human(
        "o06_newsletter_fachverlag.eml", sender="newsletter@physio-fachverlag.de",
        name="Physio Fachverlag", date="2026-04-07 06:00", client="plain",
        subject="Newsletter April: Neue Leitlinie Rückenschmerz, Abrechnung Telemedizin",
        body=(
            "Liebe Leserinnen und Leser,\n\nin dieser Ausgabe: die neue S3-Leitlinie zum"
            " Kreuzschmerz, Abrechnungstipps für Telemedizin ab 01.04.2026 und unser Webinar"
            " am 21.04.2026.\n\nZum Abbestellen klicken Sie hier:"
            " https://physio-fachverlag.de/abmelden?id=88123"
        ),
        extra_headers=[
            ("List-Unsubscribe", "<https://physio-fachverlag.de/abmelden?id=88123>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        label=Label(("bulk",)),
    )  # fmt: skip
    human(
        "o07_webinar_invitation_precedence_bulk.eml", sender="events@therapie-akademie.de",
        name="Therapie Akademie", date="2026-09-14 07:30", client="plain",
        subject="Einladung: Webinar Videotherapie in der Praxis am 30.09.",
        body=(
            "Sehr geehrte Damen und Herren,\n\nwir laden Sie herzlich zu unserem kostenlosen"
            " Webinar am 30.09.2026 um 18 Uhr ein. Anmeldung unter therapie-akademie.de/web"
            "inar.\n\nIhre Therapie Akademie"
        ),
        extra_headers=[("Precedence", "bulk"), ("X-Mailer", "Sendinblue")],
        label=Label(("bulk",)),
    )  # fmt: skip
    human(
        "o08_oof_reply_to_request.eml", sender=13, date="2026-09-24 08:31", client="outlook",
        subject="Automatische Antwort: Bitte bestätigen Sie Ihre Behandlung vom 24.09.2026",
        reply_to="cr-1084",
        body=(
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 05.10.2026 nicht im Büro"
            " und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden"
            " Sie sich bitte an mein Sekretariat unter 089 2180 170.\n\nDr. Michael Vogel"
        ),
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        label=Label(("auto_reply",), patient=13),
    )  # fmt: skip
    human(
        "o09_en_ooo_reply_to_reminder.eml", sender=23, date="2026-05-11 19:31",
        client="outlook", subject="Automatic reply: Erinnerung: Ihr Termin am 12.05.2026",
        reply_to="rem-1140",
        body=(
            "Thank you for your email. I am travelling until 11 May with limited access to"
            " email and will respond on my return.\n\nJames O'Neill"
        ),
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        label=Label(("auto_reply",), patient=23),
    )  # fmt: skip
    human(
        "o10_cancel_fever_tomorrow.eml", sender=1, date="2026-02-23 18:05",
        client="webde", subject="Termin morgen",
        body=(
            "Hallo,\n\nich muss den Termin morgen (24.2.) leider absagen, ich liege mit Fieber"
            " im Bett.\n\nGrüße\nSabine Krüger"
        ),
        label=Label(("cancellation",), patient=1, needs_staff=True),
    )  # fmt: skip
    human(
        "o11_reschedule_lecture.eml", sender=14, date="2026-09-24 12:15", client="plain",
        subject="Terminverschiebung 29.9.",
        body=(
            "Hallo,\n\nkönnten wir den Termin am 29.9. auf 14 Uhr verschieben? Ich habe um 13 Uhr"
            " eine Vorlesung, die ich nicht verpassen darf.\n\nViele Grüße\nAnna Lehmann"
        ),
        label=Label(("reschedule",), patient=14, needs_staff=True),
    )  # fmt: skip
    human(
        "o12_code_not_accepted_now.eml", sender=8, date="2026-06-10 18:04",
        client="iphone", subject="Zugangscode geht nicht",
        body=(
            "Hallo, ich sitze vor dem Rechner und der Zugangscode wird nicht angenommen. Was"
            " mache ich falsch??\nJonas\n\nVon meinem iPhone gesendet"
        ),
        label=Label(("technical",), patient=8, needs_staff=True),
    )  # fmt: skip
    human(
        "o13_smalltalk_exercises_help.eml", sender=18, date="2026-04-03 16:45",
        client="tonline", subject="Kurze Rückmeldung",
        body=(
            "Liebes Praxisteam,\n\nich wollte nur sagen: die Übungen helfen wirklich, ich kann"
            " wieder ohne Schmerzen Treppen steigen. Schöne Ostertage Ihnen allen!\n\n"
            "Renate Koch"
        ),
        label=Label(("other",), patient=18, needs_staff=True),
    )  # fmt: skip
    human(
        "o14_link_received_see_you_friday.eml", sender=19, date="2026-11-17 07:30",
        client="iphone", subject="Re: Ihr Videotermin am 20.11.2026",
        reply_to="vl-1118", quote_style="iphone",
        body="Danke, Code ist angekommen, ich bin am Freitag dabei.\n\nVon meinem iPhone gesendet",
        label=Label(("other",), patient=19, needs_staff=True,
                    note="acknowledges a FUTURE appointment"),
    )  # fmt: skip
    human(
        "o15_turkish_new_prescription_question.eml", sender=12, date="2026-09-10 11:20",
        client="webde", subject="Rezept",
        body=(
            "Hallo,\n\nmeine Verordnung ist bald fertig, muss ich neue Rezept holen bei"
            " Hausarzt? Oder machen Sie das?\n\nDanke\nFatma Yildiz"
        ),
        label=Label(("question",), patient=12, needs_staff=True),
    )  # fmt: skip
    human(
        "o16_unknown_prospective_patient.eml", sender="m.krause1972@gmx.de",
        name="Martina Krause", date="2026-05-12 20:14", client="plain",
        subject="Anfrage Physiotherapie per Video",
        body=(
            "Guten Tag,\n\nbieten Sie auch Krankengymnastik per Video für Kassenpatienten an?"
            " Ich habe eine Verordnung über 6 x KG von meiner Orthopädin.\n\n"
            "Mit freundlichen Grüßen\nMartina Krause\n0157 3344 5566"
        ),
        label=Label(("question",), needs_staff=True),
    )  # fmt: skip
    human(
        "o17_husband_confirms_from_own_address.eml", sender="werner.neumann@freenet.de",
        name="Werner Neumann", date="2026-07-21 10:02", client="plain",
        subject="Behandlung meiner Frau",
        body=(
            "Guten Tag,\n\nich schreibe für meine Frau Gisela Neumann, die Behandlung heute am"
            " 21.07. hat stattgefunden.\n\nMfG Werner Neumann"
        ),
        label=Label(("confirmation",), dates=("2026-07-21",), needs_staff=True,
                    note="the husband's own, unregistered address: never counts"),
    )  # fmt: skip
    human(
        "o18_moved_new_address_and_phone.eml", sender=10, date="2026-08-10 09:00",
        client="gmail", subject="Neue Adresse",
        body=(
            "Hallo,\n\nich bin umgezogen. Neue Adresse: Kastanienallee 7, 10435 Berlin. Neue"
            " Handynummer: 0176 1234 5678.\n\nLukas Brandt"
        ),
        label=Label(("other",), patient=10, needs_staff=True),
    )  # fmt: skip
    human(
        "o19_photo_insurance_card.eml", sender=7, date="2026-06-04 12:12",
        client="yahoo", subject="Versichertenkarte",
        body="Guten Tag,\nanbei ein Foto von meiner neuen Versichertenkarte.\nElena Popescu",
        files=[jpeg("IMG_3318.jpg", 95_000)],
        label=Label(("other",), patient=7, forms=("unclassified",), needs_staff=True,
                    note="insurance card, no form: staff file it"),
    )  # fmt: skip
    human(
        "o20_nobody_called_reply_request.eml", sender=2, date="2026-02-23 19:20",
        client="plain", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 23.02.2026",
        reply_to="cr-1016", quote_style="outlook",
        body=(
            "Nein, mich hat heute niemand angerufen. Ich habe bis 18 Uhr neben dem Telefon"
            " gewartet.\n\nT. Becker"
        ),
        label=Label(("other",), patient=2, needs_staff=True,
                    note="the treatment did NOT take place"),
    )  # fmt: skip
    human(
        "o21_en_cancel_reply_reminder.eml", sender=23, date="2026-05-18 20:55",
        client="outlook", subject="RE: Erinnerung: Ihr Termin am 19.05.2026",
        reply_to="rem-1141", quote_style="outlook_en",
        body="Sorry, I need to cancel tomorrow's session, I'm travelling for work.\n\nJames",
        label=Label(("cancellation",), patient=23, needs_staff=True),
    )  # fmt: skip
    human(
        "o22_video_privacy_scan.eml", sender=21, date="2026-01-08 21:10",
        client="gmail", subject="Unterlagen",
        body=(
            "Hallo,\n\nanbei die unterschriebene Datenschutzinformation zur Videobehandlung.\n\n"
            "Viele Grüße\nSophie Wagner"
        ),
        files=[pdf("Scan_2026-01-08.pdf")],
        label=Label(("forms",), patient=21, forms=("datenschutz_video",)),
    )  # fmt: skip
    human(
        "o23_which_exercises_question.eml", sender=5, date="2026-05-22 10:00",
        client="plain", subject="Übungsblatt",
        body=(
            "Hallo,\n\nwelche Übungen soll ich zwischen den Terminen machen? Mir wurde ein"
            " Übungsblatt versprochen, das ist aber nicht angekommen.\n\nGruß Marie Schulz"
        ),
        label=Label(("question",), patient=5, needs_staff=True),
    )  # fmt: skip
    human(
        "o24_thanks_for_info_before_session.eml", sender=3, date="2026-03-15 10:02",
        client="gmail", subject="Re: Ihr Videotermin am 18.03.2026",
        reply_to="vl-1021", quote_style="gmail",
        body="Danke für die Info, alles klar!\nAylin",
        label=Label(("other",), patient=3, needs_staff=False,
                    note="acknowledges the link before the appointment: read, nothing to "
                         "do (relabelled in session 5: six later writers agree)"),
    )  # fmt: skip


def main() -> None:
    load_practice()
    write_mails()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.HERE = HERE  # write_labels writes beside the mails
    mc.write_labels()
    labels = HERE / "labels.toml"
    _, rest = labels.read_text("utf-8").split("\n", 1)
    head = (
        "# Expected decision per mail; format in tests/data/corpus/README.md. From make_blind.py."
    )
    labels.write_text(head + "\n" + rest, encoding="utf-8")
    counts = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {counts} confirmations")


if __name__ == "__main__":
    main()
