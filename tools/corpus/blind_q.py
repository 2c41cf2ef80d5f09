"""Write blind set Q: the busy spring, replies to every kind of mail we send (53 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_q`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
37 mails confirm at least one day, 16 look like confirmations and are not. Patients of
every age answer every kind of mail the practice sends (the confirmation request, the
reminder, the video link, the forms request): very short replies (a lone thumbs-up, "Ja,
gestern.", "11.3.", "Ja, Mo 2.2.", one word above a forwarded request), long chatty ones
with the confirmation somewhere in the middle, several requests answered in one mail (forms
and confirmation), replies days or weeks late (one between the years, one with last year's
number), every date form ("KW 29 und KW 30", "8/31" from an American, "2026-07-03", "am
mittwoch", "gestern (31.7.)", "am 10., 17. und 24.2. sowie am 3. und 10.3."), the clock
change and month ends. Look-alikes a careless reader would bill:
a day the patient was ill, a day the therapist cancelled or never joined, a session still to
come, a mother confirming her daughter's session (the daughter has her own record), a
husband confirming his wife's, a day on which there was no appointment at all.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import File, Label, human

HERE = data_dir("blind_q")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None, files=(),
        forms=(), fwd=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          forward=fwd,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      forms=forms, needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None, files=(),
       forms=()):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          label=Label(cats, patient=pid, dates=dates, forms=forms, needs_staff=staff,
                      note=note))  # fmt: skip


def re(aid: int) -> str:
    return f"AW: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def re_rem(aid: int) -> str:
    return f"AW: Erinnerung: Ihr Termin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def re_vl(aid: int) -> str:
    return f"Re: Ihr Videotermin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


RE_FORMS = "AW: Ihre Unterlagen für die Behandlung"


def forms_for(surname: str) -> list[File]:
    return [
        mc.pdf(f"Anamnesebogen_{surname}.pdf", 2),
        mc.pdf(f"Datenschutzerklaerung_{surname}_unterschrieben.pdf"),
        mc.pdf(f"Einwilligung_Telebehandlung_{surname}.pdf"),
    ]


NEW_FORMS = ("anamnese", "datenschutz", "einwilligung_tele")
IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
WEBDE_APP = "\n\nVon meinem Smartphone gesendet mit WEB.DE Mail"
TONLINE = "\n\n--\nGesendet mit der Telekom Mail App"


def confirmations() -> None:
    # --- Sabine Krüger (1): a thumbs-up, a long letter about her back, five Tuesdays late
    yes("q01_krueger_daumen.eml", 1, (1003,), (), "2026-01-27 12:04", re(1003),
        "👍🏼" + IPHONE, client="iphone", reply="cr-1003", style="iphone",
        note="a lone thumbs-up under our request for exactly this appointment")  # fmt: skip
    yes("q02_krueger_ruecken.eml", 1, (1004,), ("2026-02-03",), "2026-02-04 21:47", re(1004),
        "Liebes Team,\n\n"
        "entschuldigen Sie, dass ich erst jetzt antworte, bei uns ist gerade viel los. Mein\n"
        "Rücken ist seit dem Wochenende wieder schlechter geworden, ich glaube es kommt vom\n"
        "Schneeschippen am Samstag, mein Mann war ja wieder auf Dienstreise. Die Übungen mit\n"
        "dem Handtuch mache ich jeden Morgen, aber die für den unteren Rücken tun mir beim\n"
        "Aufstehen noch weh. Die Stunde am Dienstag, 3.2., hat übrigens ganz normal\n"
        "stattgefunden, Frau Kaya hat mir noch zwei neue Übungen gezeigt. Soll ich die\n"
        "zusätzlich machen oder statt der alten? Und ist Wärme in Ordnung, ich habe ein\n"
        "Kirschkernkissen?\n\n"
        "Viele Grüße und bis nächste Woche\n"
        "Sabine Krüger", client="gmail", reply="cr-1004", style="gmail",
        extra=("question",), staff=True,
        note="confirmation in the middle of a letter that ends with two questions")  # fmt: skip
    yes("q03_krueger_nachtrag.eml", 1, (1005, 1006, 1007, 1008, 1009),
        ("2026-02-10", "2026-02-17", "2026-02-24", "2026-03-03", "2026-03-10"),
        "2026-03-14 10:22", re(1009),
        "Guten Morgen,\n\n"
        "ich räume gerade mein Postfach auf und sehe, dass ich Ihnen seit Wochen nichts\n"
        "bestätigt habe, tut mir leid! Also: am 10., 17. und 24.2. sowie am 3. und 10.3.\n"
        "hatte ich jeweils meine Krankengymnastik per Video, alle fünf haben stattgefunden.\n\n"
        "Schönes Wochenende\n"
        "Sabine Krüger" + WEBDE_APP, client="webde", reply="cr-1009", style="webde",
        note="weeks late; one day list with the month after each group")  # fmt: skip

    # --- Thomas Becker (2): short; a reply to the reminder with tomorrow in it
    yes("q04_becker_kurz.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:58", re(1010),
        "Ja, Mo 2.2." + GMX_APP, client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("q05_becker_erinnerung.eml", 2, (1016,), ("2026-02-23",), "2026-02-24 07:41",
        re_rem(1016),
        "Guten Morgen,\n\nder Termin gestern hat stattgefunden, danke. Donnerstag (26.) geht\n"
        "bei mir auch klar, gleiche Zeit.\n\nT. Becker", client="webde", reply="rem-1016",
        style="webde",
        note="answers the reminder of the 23rd a day late; the 26th is still to come")  # fmt: skip

    # --- Aylin Demir (3)
    yes("q06_demir_datum.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 10:15", re(1020),
        "11.3.", client="gmail", reply="cr-1020", style="gmail")  # fmt: skip
    yes("q07_demir_zwei.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"), "2026-03-26 22:30",
        re(1022),
        "18. und 25. März hab ich beide gemacht, per Video wie immer. Passt!\n\nLG Aylin",
        client="gmail", reply="cr-1022", style="gmail", bottom=True)  # fmt: skip
    yes("q08_demir_ausfall.eml", 3, (1024, 1025, 1026), ("2026-04-08", "2026-04-15", "2026-04-22"),
        "2026-04-23 08:05", "Meine Termine im April",
        "Hallo zusammen,\n\n"
        "kurze Übersicht, weil ich bei den letzten Anfragen nicht hinterhergekommen bin:\n"
        "Am 1.4. ist der Termin ja ausgefallen (Ihre Therapeutin war krank, gute Besserung\n"
        "nochmal!). Gehabt habe ich dann den 8.4., den 15.4. und gestern, den 22.4.\n\n"
        "Danke und liebe Grüße\nAylin Demir", client="gmail",
        note="the 1.4. was cancelled by the practice and is not confirmed")  # fmt: skip

    # --- Hans-Jürgen Wolff (4): capitals; last year's number
    yes("q09_wolff_caps.eml", 4, (1028,), ("2026-01-16",), "2026-01-19 09:12", re(1028),
        "SEHR GEEHRTE DAMEN UND HERREN,\n\n"
        "HIERMIT BESTÄTIGE ICH DIE TELEFONISCHE BEHANDLUNG AM FREITAG DEN 16.1.2026.\n"
        "DIE ÜBUNGEN MACHE ICH WIE BESPROCHEN.\n\n"
        "MIT FREUNDLICHEN GRÜSSEN\nHANS-JÜRGEN WOLFF", client="tonline", reply="cr-1028",
        style="tonline")  # fmt: skip
    yes("q10_wolff_vorjahr.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-02 10:40", re(1030),
        "Guten Tag,\n\nich bestätige die Behandlungen am 23.01.2025 und am 30.01.2025.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff" + TONLINE, client="tonline", reply="cr-1030",
        style="tonline",
        note="last year's number written out of habit; Fridays 23 and 30 January 2026 and"
        " the thread identify the appointments")  # fmt: skip

    # --- Marie Schulz (5): her mother writes from the registered family address
    yes("q11_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-17 07:20", re(1034),
        "Guten Morgen,\n\nMarie hatte gestern ihre erste Stunde per Video, hat gut geklappt,\n"
        "sie war ganz begeistert. Hiermit bestätigt.\n\nViele Grüße\nKarsten Schulz (Vater)",
        client="apple", reply="cr-1034", style="iphone", name="Karsten Schulz",
        note="the father writes for her daughter from the address registered for Marie")  # fmt: skip

    # --- Peter Hoffmann (6): two sessions on one day; a holiday week
    yes("q12_hoffmann_doppel.eml", 6, (1041, 1042, 1043),
        ("2026-05-11", "2026-05-18"), "2026-05-19 06:55", re(1043),
        "Guten Morgen,\n\nich bestätige den 11.05. sowie beide Termine am 18.05. (KGG\n"
        "morgens und MT mittags).\n\nBeste Grüße\nPeter Hoffmann\n\n"
        "--\nPeter Hoffmann\nLeiter Vertrieb Süd\nHoffmann Industrietechnik GmbH\n"
        "Tel. +49 89 4412 30-17 | Mobil +49 171 2233445\n"
        "Amtsgericht München HRB 184422\n\n"
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat\n"
        "sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.",
        client="outlook", reply="cr-1043", style="outlook")  # fmt: skip
    yes("q13_hoffmann_pfingsten.eml", 6, (1044, 1045), ("2026-05-26", "2026-06-01"),
        "2026-06-02 18:12", re(1045),
        "Hallo,\n\n26.5. (der Dienstag wegen Pfingstmontag) und 1.6. fanden statt.\n\n"
        "Gruß P. Hoffmann\n\nVon meinem Outlook für iOS gesendet", client="outlook",
        reply="cr-1045", style="outlook_classic")  # fmt: skip

    # --- Elena Popescu (7), new patient: forms and two sessions in one late mail
    yes("q14_popescu_unterlagen.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"),
        "2026-06-10 20:31", RE_FORMS,
        "Guten Abend,\n\n"
        "Entschuldigung, die Unterlagen kommen spät, mein Drucker war kaputt. Im Anhang alle\n"
        "drei Formulare unterschreiben.\n"
        "Die Termin am 2. Juni und 9. Juni hat stattgefunden, war sehr gut, ich habe weniger\n"
        "Schmerzen in die Schulter.\n\n"
        "Mit freundliche Grüße\nElena Popescu", client="yahoo", reply="fr-7", style="yahoo",
        extra=("forms",), files=forms_for("Popescu"), forms=NEW_FORMS,
        note="answers the forms request and two confirmation requests in one mail")  # fmt: skip

    # --- Jonas Richter (8)
    yes("q15_richter_jo.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 19:52", re(1051),
        "jo 3.6. hat geklappt 👍" + IPHONE, client="iphone", reply="cr-1051",
        style="iphone")  # fmt: skip
    yes("q16_richter_videolink.eml", 8, (1052, 1053, 1054, 1055),
        ("2026-06-10", "2026-06-17", "2026-06-24", "2026-07-01"), "2026-07-02 13:10",
        re_vl(1055),
        "Hi,\n\nkurz zur Info: gestern lief alles, der Link war ok. Hab gemerkt dass ich den\n"
        "10.6., 17.6. und 24.6. nie bestätigt hab, die waren auch alle. Sorry!\n\nJonas"
        + IPHONE, client="iphone", reply="vl-1055", style="iphone", bottom=True,
        note="replies to the video link of 1 July after the session; 'gestern' is 1 July")  # fmt: skip

    # --- Gisela Neumann (9): long, chatty; calendar weeks
    yes("q17_neumann_enkel.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 16:45", "Behandlung",
        "Liebes Praxisteam,\n\n"
        "nun schreibe ich Ihnen doch mal, meine Enkelin hat mir gezeigt wie das geht mit dem\n"
        "Computer. Das Knie ist viel besser, ich kann wieder bis zum Bäcker laufen ohne\n"
        "Pause. Am Dienstag und gestern am Donnerstag hat mich die nette junge Frau von Ihnen\n"
        "angerufen und wir haben die Übungen gemacht, am Telefon klappt das gut, ich habe\n"
        "den Hörer auf laut gestellt. Meine Nachbarin Frau Hübner möchte auch so eine\n"
        "Behandlung, geht das bei ihr auch?\n\n"
        "Herzliche Grüße\nIhre Gisela Neumann\nGeb. 14.03.1941", client="plain",
        extra=("question",), staff=True,
        note="Tuesday 7 and Thursday 9 July; a question about a neighbour; a birth date in"
        " the signature")  # fmt: skip
    yes("q18_neumann_kw.eml", 9, (1058, 1059, 1060, 1061),
        ("2026-07-14", "2026-07-16", "2026-07-21", "2026-07-23"),
        "2026-07-27 11:03", re(1061),
        "Guten Tag,\n\nin der KW 29 und KW 30 habe ich alle Termine gehabt.\n"
        "Die Anrufe kamen immer pünktlich.\n\nMfG G. Neumann", client="plain", reply="cr-1061",
        style="thunderbird", note="calendar weeks 29 (14, 16 July) and 30 (21, 23 July)")  # fmt: skip

    # --- Lukas Brandt (10): month end
    yes("q19_brandt_monatsende.eml", 10, (1066, 1067), ("2026-07-24", "2026-07-31"),
        "2026-08-01 09:18", re(1067),
        "Moin,\n\nbestätige gestern (31.7.) und den Freitag davor, 24.7.\n\nLukas Brandt",
        client="thunderbird", reply="cr-1067", style="thunderbird", bottom=True)  # fmt: skip
    yes("q20_brandt_iso.eml", 10, (1063, 1064, 1065), ("2026-07-03", "2026-07-10", "2026-07-17"),
        "2026-07-17 18:02", re(1065),
        "Stattgefunden:\n2026-07-03\n2026-07-10\n2026-07-17 (heute)\n\n-- \nLukas Brandt\n"
        "PGP: 4F2A 19C0 7731 0E5B", client="thunderbird", reply="cr-1065",
        style="thunderbird")  # fmt: skip

    # --- Emily Carter (11): English
    yes("q21_carter_third.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:40", re(1069),
        "Hi there,\n\nconfirming my session on Monday August 3rd - all good, thanks!\n\n"
        "Cheers,\nEmily", client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("q22_carter_us.eml", 11, (1073, 1074), ("2026-08-31", "2026-09-07"), "2026-09-08 08:20",
        re(1074),
        "Sorry for the slow reply - both 8/31 and 9/7 happened as planned.\n\nEmily Carter\n"
        "Sent from my iPhone", client="gmail", reply="cr-1074", style="gmail_en",
        note="US month/day; only that reading fits")  # fmt: skip

    # --- Fatma Yıldız (12): learner's German
    yes("q23_yildiz_zwei.eml", 12, (1075, 1076), ("2026-08-05", "2026-08-12"), "2026-08-13 17:26",
        re(1076),
        "Hallo\n\nich bestätige termin 5.8 und 12.8 telefon war gut. Danke schön\n\nFatma",
        client="webde", reply="cr-1076", style="webde")  # fmt: skip
    yes("q24_yildiz_abgesagt.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"),
        "2026-09-03 12:00", re(1079),
        "Guten Tag\n\n19.8 war abgesagt von Ihnen. 26.8 und gestern 2.9 ich hatte termin\n"
        "beide gut gemacht.\n\nMit freundlichen Grüßen\nFatma Yıldız" + WEBDE_APP,
        client="webde", reply="cr-1079", style="webde",
        note="the 19.8. was cancelled by the practice")  # fmt: skip

    # --- Dr. Michael Vogel (13)
    yes("q25_vogel_kanzlei.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-18 19:44", re(1083),
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Termine vom 10. und 17. September.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Michael Vogel\nRechtsanwalt | Fachanwalt für Arbeitsrecht\n"
        "VOGEL & PARTNER mbB\nKönigsallee 48, 40212 Düsseldorf\n"
        "T +49 211 4455 120 | F +49 211 4455 129\n\n"
        "Diese Nachricht ist vertraulich und kann dem Anwaltsgeheimnis unterliegen. Sollten\n"
        "Sie nicht der beabsichtigte Empfänger sein, benachrichtigen Sie uns bitte.",
        client="outlook", reply="cr-1083", style="outlook_classic")  # fmt: skip

    # --- Anna Lehmann (14): several in one mail, one of them missed through flu
    yes("q26_lehmann_grippe.eml", 14, (1090, 1091, 1092),
        ("2026-09-29", "2026-10-06", "2026-10-13"), "2026-10-14 12:31", re(1092),
        "Hallo,\n\nSammelbestätigung: 29.9., 6.10. und 13.10. haben stattgefunden. Den 22.9.\n"
        "hatte ich wegen Grippe abgesagt (telefonisch, ich hoffe das ist angekommen?).\n\n"
        "Viele Grüße\nAnna Lehmann\n\n--\nAnna Lehmann, M.A.\nInstitut für Germanistik\n"
        "Universität Beispielstadt, Raum 3.112", client="thunderbird", reply="cr-1092",
        style="thunderbird", staff=True,
        note="the 22.9. is still scheduled in our records although she cancelled by phone:"
        " staff must look")  # fmt: skip

    # --- Klaus Zimmermann (15)
    yes("q27_zimmermann.eml", 15, (1093, 1094), ("2026-10-05", "2026-10-12"), "2026-10-13 10:05",
        "WG: Bitte bestätigen Sie Ihre Behandlung vom 12.10.2026",
        "Sehr geehrte Damen und Herren\n\nMontag den 5.10. und gestern den 12.10. habe ich mit\n"
        "Ihrem Therapeuten telefoniert und die Übungen gemacht\n\nKlaus Zimmermann",
        client="outlook", fwd="cr-1094", style="forward_outlook",
        note="forwards our request instead of answering it")  # fmt: skip

    # --- Birgit Schäfer (16): from her second, registered office address
    yes("q28_schaefer_buero.eml", 16, (1100, 1101), ("2026-10-21", "2026-10-28"),
        "2026-10-29 08:47", re(1101),
        "Guten Morgen,\n\ndie Termine am 21. und 28.10. (jeweils Mittwochabend) haben\n"
        "stattgefunden.\n\nMit freundlichen Grüßen\nBirgit Schäfer\nSteuerberaterin\n\n"
        "Schäfer Steuerberatung | Lindenstr. 5 | 34117 Kassel | Tel. 0561 77 88 90\n"
        "Fristen 2026: Umsatzsteuer-Voranmeldung jeweils zum 10. des Folgemonats.",
        client="outlook", reply="cr-1101", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer")  # fmt: skip

    # --- Ole Jansen (17), new patient: forms photographed, first session
    yes("q29_jansen_formulare.eml", 17, (1104,), ("2026-10-22",), "2026-10-23 21:05", RE_FORMS,
        "Hallo,\n\nanbei die Formulare als Foto (Anamnese, Datenschutz, Einwilligung). Die\n"
        "erste Stunde gestern am Donnerstag 22.10 war top, danke!\n\nOle",
        client="gmail", reply="fr-17", style="gmail", bottom=True, extra=("forms",),
        files=[mc.jpeg("Anamnesebogen_Jansen.jpg"),
               mc.jpeg("Datenschutzerklaerung_Jansen.jpg"),
               mc.jpeg("Einwilligung_Telebehandlung_Jansen.jpg")],
        forms=NEW_FORMS)  # fmt: skip

    # --- Renate Koch (18): across the clock change
    yes("q30_koch_zeitumstellung.eml", 18, (1109, 1110, 1111, 1112),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-02 14:20", re(1112),
        "Liebe Praxis,\n\nam 23. u. 25.3. sowie am 30.3. (trotz Zeitumstellung pünktlich!) und\n"
        "gestern hatte ich meine Behandlung am Telefon. Alles bestens.\n\n"
        "Freundliche Grüße\nRenate Koch\nTel. 0511 / 83 44 21", client="tonline",
        reply="cr-1112", style="tonline")  # fmt: skip

    # --- David Nowak (19): between the years, two already "confirmed"
    yes("q31_nowak_jahresende.eml", 19, (1118, 1119), ("2026-11-20", "2026-11-27"),
        "2026-12-29 11:15", re(1119),
        "Hallo und frohe Weihnachten nachträglich,\n\n"
        "ich sehe gerade, dass Ihre Anfrage noch offen ist. Der 20.11. und der 27.11. haben\n"
        "stattgefunden. Den 6. und 13.11. hatte ich Ihnen im November schon bestätigt.\n\n"
        "Guten Rutsch!\nDavid Nowak", client="plain", reply="cr-1119", style="gmail",
        staff=True,
        note="a month late; 6 and 13 November are named as confirmed in an earlier mail, but"
        " our records show them unconfirmed: not confirmed by this mail, staff must look")  # fmt: skip

    # --- Leonie Hartmann (20), new patient: forms and two sessions in one mail
    yes("q32_hartmann_alles.eml", 20, (1120, 1121), ("2026-11-03", "2026-11-10"),
        "2026-11-11 19:12", RE_FORMS,
        "Hallo liebes Praxisteam,\n\nsorry, ich bin total spät dran mit allem! Anbei endlich\n"
        "die drei Formulare. Und bei der Gelegenheit: die Termine am 3. und 10. November\n"
        "waren beide super, mein Nacken ist schon viel lockerer.\n\nLiebe Grüße\nLeonie",
        client="webde", reply="fr-20", style="webde", extra=("forms",),
        files=forms_for("Hartmann"), forms=NEW_FORMS)  # fmt: skip

    # --- Ursula Berger (24): no punctuation; a weekday alone
    yes("q33_berger_mittwoch.eml", 24, (1142,), ("2026-05-06",), "2026-05-07 10:30", re(1142),
        "guten tag am mittwoch war die behandlung am telefon hat gut geklappt grüße u berger",
        client="plain", reply="cr-1142", style="thunderbird")  # fmt: skip

    # --- James O'Neill (23): English, day before month
    yes("q34_oneill.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"), "2026-04-22 08:05",
        re(1137),
        "Hello,\n\nConfirming the 14 April and 21 April calls, both went ahead.\n\n"
        "Kind regards,\nJames O'Neill", client="outlook", reply="cr-1137",
        style="outlook_en")  # fmt: skip

    # --- Mehmet Aydın (22): learner's German
    yes("q35_aydin.eml", 22, (1130,), ("2026-02-19",), "2026-02-20 09:40", re(1130),
        "Sehr geerte Praxis\n\nich habe gestern 19.02 telefon termin gemacht alles gut.\n\n"
        "Mehmet" + SAMSUNG, client="samsung", reply="cr-1130", style="samsung")  # fmt: skip

    # --- Sophie Wagner (21): a yes with a relative day; one word under a forward
    yes("q36_wagner_gestern.eml", 21, (1126,), ("2026-01-26",), "2026-01-27 07:02", re(1126),
        "Ja, gestern." + GMX_APP, client="webde", reply="cr-1126", style="webde")  # fmt: skip
    yes("q37_wagner_weitergeleitet.eml", 21, (1129,), (), "2026-02-16 11:48",
        "Fwd: Bitte bestätigen Sie Ihre Behandlung vom 16.02.2026", "Stattgefunden.",
        client="gmail", fwd="cr-1129", style="forward_gmail",
        note="one word above our forwarded request, which names the appointment")  # fmt: skip


def look_alikes() -> None:
    no("q38_krueger_morgen.eml", 1, ("other",), "2026-03-09 10:32", re_rem(1009),
       "Danke für die Erinnerung, ich bin morgen dabei!\n\nSabine", client="iphone",
       reply="rem-1009", style="iphone", staff=False,
       note="the session of 10 March is still to come")  # fmt: skip
    no("q39_krueger_tochter.eml", 1, ("confirmation",), "2026-04-17 18:20",
       "Behandlung meiner Tochter",
       "Hallo,\n\nmeine Tochter Marie (Marie Schulz, bei Ihnen über die Adresse ihres Vaters\n"
       "angemeldet) hatte gestern, am 16.4., ihre Videobehandlung. Die hat stattgefunden,\n"
       "das wollte ich Ihnen bestätigen.\n\nSabine Krüger", client="gmail",
       note="a mother confirms her daughter's session; the daughter has her own record and"
       " address, the sender had no appointment that day (no dates: not her treatment)")  # fmt: skip
    no("q40_becker_fieber.eml", 2, ("reschedule",), "2026-02-13 08:15", re(1013),
       "Guten Morgen,\n\ngestern hatte ich 39 Fieber und bin nicht ans Telefon gegangen, sorry.\n"
       "Können wir den Termin nachholen?\n\nT. Becker", client="webde", reply="cr-1013",
       style="webde", note="ill on the day of the session")  # fmt: skip
    no("q41_demir_ausgefallen.eml", 3, ("other",), "2026-04-01 09:20", "Termin heute",
       "Hallo,\n\nich war heute um 8:30 im Videoraum und habe 20 Minuten gewartet, es kam\n"
       "niemand. Jetzt sehe ich erst Ihre Mail, dass der Termin abgesagt war. Schade, aber\n"
       "kann passieren. Nächsten Mittwoch dann wieder?\n\nAylin", client="gmail",
       note="the practice cancelled the 1.4.; she waited but no session took place")  # fmt: skip
    no("q42_hoffmann_niemand.eml", 6, ("technical",), "2026-05-04 09:10", re(1040),
       "Hallo,\n\nheute früh kam leider keine Behandlung zustande. Ich war ab 7:25 Uhr im\n"
       "Raum, die Therapeutin kam nicht dazu, ich habe um 7:45 abgebrochen.\n\n"
       "Gruß P. Hoffmann", client="outlook", reply="cr-1040", style="outlook",
       note="our request arrived, but the therapist never joined")  # fmt: skip
    no("q43_schulz_kein_termin.eml", 5, ("confirmation",), "2026-05-15 08:05", "Marie",
       "Guten Morgen,\n\nMarie hatte gestern wie jeden Donnerstag ihre Stunde, bitte bestätigen.\n\n"
       "Karsten Schulz", client="apple", name="Karsten Schulz", dates=("2026-05-14",),
       note="no appointment on Thursday 14 May (the week between 7 and 21 May is free):"
       " a day that fits no appointment")  # fmt: skip
    no("q44_richter_nur_formulare.eml", 8, ("forms",), "2026-05-31 16:40", RE_FORMS,
       "Hi, anbei die Unterlagen. Bis Mittwoch!\n\nJonas" + IPHONE, client="iphone",
       reply="fr-8", style="iphone", staff=False, files=forms_for("Richter"), forms=NEW_FORMS,
       note="forms before the first session, which is still to come")  # fmt: skip
    no("q45_neumann_kein_anruf.eml", 9, ("other",), "2026-07-29 10:02", "Kein Anruf",
       "Guten Tag,\n\ngestern am Dienstag hat niemand angerufen. Ich habe bis halb zehn am\n"
       "Telefon gewartet. Ist etwas passiert?\n\nG. Neumann", client="plain",
       note="the call of 28 July did not take place")  # fmt: skip
    no("q46_brandt_internet.eml", 10, ("technical", "reschedule"), "2026-08-07 17:58", re(1068),
       "Nein, heute hat es nicht geklappt, bei mir war das Internet weg. Bitte einen neuen\n"
       "Termin.\n\nLukas", client="thunderbird", reply="cr-1068", style="thunderbird",
       bottom=True, note="a no under our request")  # fmt: skip
    no("q47_carter_tomorrow.eml", 11, ("other",), "2026-08-16 20:14", re_vl(1071),
       "Thanks! Just to confirm I'll be there tomorrow (17th) at noon.\n\nEmily",
       client="gmail", reply="vl-1071", style="gmail_en", staff=False,
       note="confirms attendance of a session still to come")  # fmt: skip
    no("q48_aydin_ehefrau.eml", 22, ("confirmation",), "2026-08-12 14:02", "Termin Fatma",
       "Hallo\n\nmeine Frau Fatma Yıldız hatte heute 10:30 telefon termin mit Ihnen. Sie hat\n"
       "keine Zeit zu schreiben, ich bestätige für sie das war gut.\n\nMehmet Aydın",
       client="samsung",
       note="a husband confirms his wife's session; only her own address counts (no dates:"
       " not his treatment)")  # fmt: skip
    no("q49_vogel_vorher.eml", 13, ("other",), "2026-09-24 06:10", re_rem(1084),
       "Bestätige den heutigen Termin um 7 Uhr.\n\nDr. M. Vogel\n\nVon meinem iPhone gesendet",
       client="outlook", reply="rem-1084", style="outlook", staff=False,
       note="written before the session of the same morning")  # fmt: skip
    no("q50_lehmann_migraene.eml", 14, ("cancellation",), "2026-09-16 09:30", re(1088),
       "Hallo,\n\nden Termin gestern (15.9.) musste ich leider absagen, Migräne. Ich hatte\n"
       "morgens angerufen und auf den AB gesprochen.\n\nAnna Lehmann", client="thunderbird",
       reply="cr-1088", style="thunderbird",
       note="the session of 15 September did not take place; still scheduled with us")  # fmt: skip
    no("q51_zimmermann_abgesagt.eml", 15, ("question",), "2026-10-27 11:20",
       "Termin gestern",
       "Guten Tag\n\ngestern war doch kein Termin oder? Ihre Kollegin hatte abgesagt. Wann ist\n"
       "der nächste?\n\nK. Zimmermann", client="plain",
       note="the 26 October was cancelled by the practice")  # fmt: skip
    no("q52_popescu_kamera.eml", 7, ("technical",), "2026-06-23 12:40", re(1049),
       "Heute Video ging nicht, Kamera kaputt. Wir haben nur 10 Minuten telefoniert und dann\n"
       "abgebrochen. Was mache ich jetzt?\n\nElena", client="yahoo", reply="cr-1049",
       style="yahoo",
       note="a broken-off call of ten minutes instead of the video session: staff decide")  # fmt: skip
    no("q53_schaefer_vorverlegen.eml", 16, ("reschedule", "question"), "2026-10-30 12:15",
       "Termin 4.11.",
       "Hallo,\n\nkann ich den Termin am 4.11. auf 18 Uhr vorverlegen? Und ich bräuchte für\n"
       "meinen Arbeitgeber eine Bescheinigung über den Termin.\n\nBirgit Schäfer" + GMX_APP,
       client="webde", note="about a session still to come")  # fmt: skip


def main() -> None:
    load_practice()
    confirmations()
    look_alikes()
    mc.HERE = HERE
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.write_labels()
    confirming = sum(1 for m in mc.MAILS if m.label.confirmed)
    print(f"{len(mc.MAILS)} mails, {confirming} confirming at least one day")


if __name__ == "__main__":
    main()
