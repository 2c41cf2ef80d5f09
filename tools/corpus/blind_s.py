"""Write blind set S: an ordinary inbox, a year of patient mail as it really comes (40 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_s`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
The mix a practice really gets: 28 mails confirm at least one treatment, most of them plain
(a bare "Bestätigt." under our request, "hat heute stattgefunden", a whole month listed in a
new mail, a forwarded request from the work address), five of them with something a person
must look at (a day the patient cancelled by phone, a typo day that fits no appointment, a
question or a reschedule next to the confirmation); 12 are the rest of an inbox: two sets of
new-patient forms, questions, cancellations, a reschedule, technical trouble before and
during a session, "nobody called" under our request, "see you tomorrow" under a reminder
and an out-of-office reply. German first, some English and learner's German, elderly
writers (one in capitals), every mail program, top- and bottom-posted, mail dates from
January to December 2026.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_s")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None, forward=None,
        html=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          forward=forward, html=html,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None, files=(),
       forms=(), extra_headers=()):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          extra_headers=extra_headers,
          label=Label(cats, patient=pid, dates=dates, forms=forms, needs_staff=staff,
                      note=note))  # fmt: skip


def re(aid: int, prefix: str = "AW") -> str:
    day = mc.APPOINTMENTS[aid].start
    return f"{prefix}: Bitte bestätigen Sie Ihre Behandlung vom {day:%d.%m.%Y}"


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
OUTLOOK_ANDROID = "\n\nHolen Sie sich Outlook für Android<https://aka.ms/AAb9ysg>"


def winter() -> None:
    yes("s01_wolff_sechzehnter.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:20", re(1028),
        "Sehr geehrte Damen und Herren,\n\n"
        "ich bestätige hiermit die Behandlung am Freitag, den 16. Januar 2026.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    no("s02_wagner_absage_montag.eml", 21, ("cancellation",), "2026-01-30 07:45",
       "Termin Montag",
       "Guten Morgen,\n\n"
       "leider muss ich den Termin am Montag (2.2.) absagen, mein Sohn ist krank und ich"
       " kann ihn nicht allein lassen. Die Woche darauf bin ich wieder dabei.\n\n"
       "Viele Grüße\nSophie Wagner")  # fmt: skip
    yes("s03_wolff_grossbuchstaben.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-31 10:12", "BEHANDLUNGEN",
        "GUTEN TAG\n\nICH BESTÄTIGE DIE BEHANDLUNGEN VOM 23.01 UND 30.01 PER TELEFON\n"
        "BEIDE HABEN STATTGEFUNDEN\n\nGRUSS\nH.J. WOLFF", client="tonline")  # fmt: skip
    yes("s04_becker_bestaetigt_unten.eml", 2, (1010,), (), "2026-02-02 19:41", re(1010, "Re"),
        "Bestätigt.\n\nT. Becker", client="thunderbird", reply="cr-1010", style="thunderbird",
        bottom=True,
        note="No day in his words; the request he answers names the appointment of 2.2.")  # fmt: skip
    yes("s05_becker_fuenf_termine.eml", 2, (1011, 1012, 1013, 1014, 1015),
        ("2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19"),
        "2026-02-20 21:03", "Bestätigung Behandlungen Februar",
        "Hallo Praxis Impulse,\n\n"
        "hiermit bestätige ich die Behandlungen vom 05.02., 09.02., 12.02., 16.02. und"
        " 19.02.2026. Sorry, dass ich erst jetzt alles gesammelt schicke.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker", client="thunderbird")  # fmt: skip
    no("s06_becker_bis_morgen.eml", 2, ("other",), "2026-02-22 17:50",
       "Re: Erinnerung: Ihr Termin am 23.02.2026",
       "Danke für die Erinnerung, ich bin morgen dabei.\n\nGruß T. Becker",
       client="thunderbird", reply="rem-1016", style="thunderbird", staff=False,
       note="Acknowledges tomorrow's appointment under the reminder: nothing took place yet,"
            " nothing to confirm and nothing for a person to do.")  # fmt: skip
    yes("s07_krueger_februar_einmal_krank.eml", 1, (1004, 1005, 1007),
        ("2026-02-03", "2026-02-10", "2026-02-24"), "2026-02-25 08:40",
        "Bestätigung Februar",
        "Hallo liebes Team,\n\n"
        "ich wollte noch die Termine im Februar bestätigen: am 3., 10. und 24. Februar hat die"
        " Behandlung stattgefunden. Am 17. war ich krank, den hatte ich morgens telefonisch"
        " abgesagt.\n\nViele Grüße\nSabine Krüger", client="webde", staff=True,
        note="Three days confirmed. The 17th did not take place, but appointment 1006 is still"
             " scheduled: staff must mark it cancelled (the day is no treatment day, so not"
             " among the dates).")  # fmt: skip
    yes("s08_aydin_tippfehler.eml", 22, (1130,), ("2026-02-19", "2026-02-25"),
        "2026-02-27 10:02", "Bestätigung",
        "Hallo,\n\nich bestätige Telefon Behandlung 19.02 und 25.02 hat stattgefunden.\n\n"
        "Danke\nMehmet Aydın" + OUTLOOK_ANDROID, client="outlook", staff=True,
        note="25.02 was a Wednesday and fits no appointment (his was Thursday 26.02):"
             " probably a typo, but only staff may decide that; 19.02 is clean.")  # fmt: skip


def spring() -> None:
    yes("s09_demir_daumen.eml", 3, (1019,), (), "2026-03-04 10:38", re(1019, "Re"),
        "Ja hat stattgefunden 👍" + IPHONE, client="iphone", reply="cr-1019",
        style="iphone")  # fmt: skip
    yes("s10_demir_drei_mittwoche.eml", 3, (1020, 1021, 1022),
        ("2026-03-11", "2026-03-18", "2026-03-25"), "2026-03-25 18:31", re(1022, "Re"),
        "Hallo,\n\ndie Behandlungen am 11.03., 18.03. und heute (25.03.) haben stattgefunden,"
        " die ersten beiden hatte ich noch nicht bestätigt.\n\nLiebe Grüße\nAylin",
        client="gmail", reply="cr-1022", style="gmail")  # fmt: skip
    yes("s11_koch_drei_tage.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-03-31 09:15", re(1111),
        "Guten Morgen,\n\n"
        "die Behandlungen am Montag den 23. März, Mittwoch den 25. März und gestern den 30. März"
        " haben stattgefunden.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1111", style="tonline")  # fmt: skip
    no("s12_koch_rezept.eml", 18, ("question",), "2026-04-09 11:20", "Frage wegen Rezept",
       "Sehr geehrte Damen und Herren,\n\n"
       "mein Rezept ist ja nach dem 15.4. aufgebraucht. Brauche ich dann ein neues vom"
       " Hausarzt, oder bekommen Sie das direkt? Die Schulter ist noch nicht wieder gut.\n\n"
       "Mit freundlichen Grüßen\nRenate Koch", client="tonline",
       note="15.4. is the end of her prescription, a future appointment, not a treatment"
            " day.")  # fmt: skip
    yes("s13_oneill_yesterday.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:32",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 14.04.2026",
        "Hi there,\n\nconfirming that yesterday's session (14/04) went ahead.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("s14_schulz_marie_heute.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:52",
        re(1034, "Re"),
        "Hallo,\n\ndie Stunde von Marie heute hat stattgefunden.\n\nViele Grüße\n"
        "Katrin Schulz", client="thunderbird", reply="cr-1034", style="thunderbird",
        name="Katrin Schulz",
        note="The mother writes from the address registered for Marie; it is Marie's own"
             " appointment of that day.")  # fmt: skip
    yes("s15_berger_mai.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
        "2026-05-14 09:30", "Bestätigung der Behandlungen",
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich die Behandlungen vom 6. Mai und 13. Mai 2026.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger\nTel. 0331 7712 40")  # fmt: skip
    hoffmann = (
        "Sehr geehrtes Praxisteam,\n\n"
        "hiermit bestätige ich die Behandlungen vom 04.05.2026 und 11.05.2026 sowie die beiden"
        " Termine heute (18.05.2026, KGG morgens und MT mittags).\n\n"
        "Nächsten Montag ist Pfingstmontag – bleibt es dann bei Dienstag, 07:30 Uhr?\n\n"
        "Mit freundlichen Grüßen\n\nPeter Hoffmann\nHoffmann Immobilien GmbH\n"
        "Mobil: +49 171 4455 210\n\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige"
        " Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese Mail."
    )
    yes("s16_hoffmann_vier_und_frage.eml", 6, (1040, 1041, 1042, 1043),
        ("2026-05-04", "2026-05-11", "2026-05-18"), "2026-05-18 20:04", "Bestätigung Mai",
        hoffmann, client="outlook", extra=("question",), staff=True,
        html="<html><body>" + "".join(f"<p>{line}</p>" for line in hoffmann.split("\n\n"))
        + "</body></html>",
        note="Both appointments of 18.05 named (KGG morning, MT at noon); the question about"
             " next Tuesday needs an answer.")  # fmt: skip
    no("s17_berger_niemand_angerufen.eml", 24, ("other",), "2026-05-27 10:46", re(1145),
       "Nein, die Behandlung hat nicht stattgefunden. Ich habe bis halb zehn am Telefon"
       " gewartet, es hat niemand angerufen. Bitte melden Sie sich.\n\nUrsula Berger",
       client="outlook", reply="cr-1145", style="outlook_classic",
       note="Under our request for 27.05: the session did not take place, a complaint.")  # fmt: skip
    no("s18_popescu_formulare.eml", 7, ("forms",), "2026-05-29 20:15",
       "AW: Ihre Unterlagen für die Behandlung",
       "Guten Tag,\n\nhier sind die Formulare, ich habe fotografiert mit Handy. Ich hoffe man"
       " kann gut lesen.\n\nMit freundlichen Grüßen\nElena Popescu",
       client="yahoo", reply="fr-7", style="yahoo", staff=False,
       files=[mc.jpeg("Anamnesebogen.jpg"), mc.jpeg("Datenschutzerklaerung.jpg"),
              mc.jpeg("Einwilligung Telemedizin.jpg")],
       forms=("anamnese", "datenschutz", "einwilligung_tele"))  # fmt: skip
    no("s19_richter_ipad.eml", 8, ("question",), "2026-06-01 21:40",
       "Re: Ihr Videotermin am 03.06.2026",
       "Hi, kurze Frage: geht das auch auf dem iPad im Safari oder brauch ich Chrome bzw."
       " eine App? Hab am Mittwoch nur das iPad dabei.\n\nJonas" + IPHONE,
       client="iphone", reply="vl-1051", style="iphone")  # fmt: skip
    yes("s20_popescu_heute.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:05", re(1046),
        "Guten Tag,\n\nich bestätige die Behandlung von heute 2.6. Es war sehr gut, Danke.\n\n"
        "Elena Popescu", client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("s21_richter_geklappt.eml", 8, (1052,), (), "2026-06-10 19:47", re(1052, "Re"),
        "Jo, hat geklappt, danke!" + IPHONE, client="iphone", reply="cr-1052",
        style="iphone",
        note="'It worked' under our request for 10.06 is his yes to it.")  # fmt: skip


def summer() -> None:
    yes("s22_neumann_dienstag_gestern.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 10:05", "Telefonbehandlung",
        "Liebes Praxisteam,\n\n"
        "die Telefonbehandlungen am Dienstag und gestern haben stattgefunden. Die Übungen mache"
        " ich jeden Morgen, es wird langsam besser mit dem Rücken.\n\n"
        "Herzliche Grüße\nGisela Neumann")  # fmt: skip
    yes("s23_neumann_vier_juli.eml", 9, (1058, 1059, 1060, 1061),
        ("2026-07-14", "2026-07-16", "2026-07-21", "2026-07-23"), "2026-07-24 09:40",
        re(1061, "Re"),
        "Guten Tag,\n\nja, die Behandlungen am 14., 16., 21. und 23. Juli haben alle"
        " stattgefunden.\n\nGisela Neumann", client="thunderbird", reply="cr-1061",
        style="thunderbird")  # fmt: skip
    yes("s24_brandt_juli.eml", 10, (1064, 1065, 1066, 1067),
        ("2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31"), "2026-08-01 11:12",
        "Termine Juli",
        "Moin,\n\nkurz zur Bestätigung: 10.7., 17.7., 24.7. und 31.7.26 – alle vier Termine"
        " haben stattgefunden.\n\nGruß\nLukas", client="thunderbird")  # fmt: skip
    yes("s25_carter_today.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:10",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
        "Hi,\n\nyes, the session today took place. Thanks!\n\nEmily", client="gmail",
        reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("s26_yildiz_heute.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:40",
        re(1075, "Aw"),
        "Hallo ja behandlung war heute hat stattgefunden danke schön\n\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    no("s27_carter_move_monday.eml", 11, ("reschedule",), "2026-08-27 08:55",
       "Session on Sep 7",
       "Hello,\n\nI have to travel for work on Monday, Sep 7. Would it be possible to move"
       " that session to Tuesday the 8th, same time? Otherwise I'd skip it.\n\n"
       "Best,\nEmily Carter", client="gmail")  # fmt: skip
    yes("s28_carter_august.eml", 11, (1070, 1071, 1072, 1073),
        ("2026-08-10", "2026-08-17", "2026-08-24", "2026-08-31"), "2026-09-01 18:20",
        "Confirmation August",
        "Hello,\n\nI confirm the sessions on August 10, 17, 24 and 31.\n\nBest,\nEmily Carter",
        client="gmail")  # fmt: skip


def autumn() -> None:
    yes("s29_vogel_rechnung.eml", 13, (1082,), ("2026-09-10",), "2026-09-11 07:48",
        re(1082),
        "Guten Morgen,\n\ndie Behandlung vom 10.09. hat stattgefunden.\n\n"
        "Könnten Sie die Rechnungen ab jetzt auf die Kanzlei ausstellen (Vogel & Partner,"
        " Lindenallee 12, 14050 Berlin) statt auf meine Privatadresse?\n\n"
        "Beste Grüße\nM. Vogel\n\n"
        "Dr. Michael Vogel\nRechtsanwalt | Fachanwalt für Arbeitsrecht\n"
        "Vogel & Partner Rechtsanwälte mbB\nLindenallee 12, 14050 Berlin\n"
        "Tel. +49 30 301 22 40 | Fax +49 30 301 22 49\n\n"
        "Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt."
        " Sollten Sie nicht der beabsichtigte Empfänger sein, benachrichtigen Sie uns bitte"
        " und löschen Sie die Nachricht.",
        client="outlook", reply="cr-1082", style="outlook_classic", extra=("question",),
        staff=True,
        note="Confirmed, and he asks for the invoices to go to his firm: staff must answer.")  # fmt: skip
    no("s30_vogel_abwesend.eml", 13, ("auto_reply",),
       "2026-09-23 07:01", "Automatische Antwort: Erinnerung: Ihr Termin am 24.09.2026",
       "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28.09.2026 nicht im Büro"
       " und lese meine E-Mails nur eingeschränkt. In dringenden Fällen wenden Sie sich bitte"
       " an mein Sekretariat unter +49 30 301 22 40.\n\nDr. Michael Vogel",
       client="outlook", reply="rem-1084", staff=False,
       extra_headers=[("Auto-Submitted", "auto-replied"),
                      ("X-Auto-Response-Suppress", "All")],
       note="Out-of-office reply to our reminder.")  # fmt: skip
    yes("s31_lehmann_zwei_und_verschieben.eml", 14, (1089, 1090),
        ("2026-09-22", "2026-09-29"), "2026-09-30 12:14", "Bestätigung + Terminfrage",
        "Hallo,\n\nhiermit bestätige ich, dass die Behandlungen am 22.09. und 29.09.2026"
        " stattgefunden haben.\n\nKönnten wir den Termin am 13.10. auf 15 Uhr verschieben?"
        " Da habe ich bis 14:30 Seminar.\n\nViele Grüße\nAnna Lehmann\n\n-- \n"
        "Anna Lehmann\nInstitut für Sportwissenschaft\nUniversität Beispiel\n"
        "Raum 2.14 | Tel. 0331 977 1234", client="thunderbird", extra=("reschedule",),
        staff=True)  # fmt: skip
    yes("s32_zimmermann_kurz.eml", 15, (1093,), (), "2026-10-05 13:02", re(1093),
        "Hat stattgefunden.\nMfg K. Zimmermann" + SAMSUNG, client="samsung",
        reply="cr-1093", style="samsung")  # fmt: skip
    yes("s33_schaefer_weitergeleitet.eml", 16, (1098, 1099), ("2026-10-07", "2026-10-14"),
        "2026-10-15 08:31", "WG: Bitte bestätigen Sie Ihre Behandlung vom 14.10.2026",
        "Hallo,\n\nschicke ich Ihnen vom Büro aus: die Behandlung gestern Abend hat"
        " stattgefunden, ebenso die vom 7.10., die hatte ich noch nicht bestätigt.\n\n"
        "Viele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 030 8812 300",
        client="outlook", forward="cr-1099", style="forward_outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="Forwarded from her second registered address.")  # fmt: skip
    no("s34_jansen_unterlagen.eml", 17, ("forms",), "2026-10-18 16:22",
       "Re: Ihre Unterlagen für die Behandlung",
       "Hallo,\n\nanbei die ausgefüllten Unterlagen. Bis Donnerstag!\n\nOle",
       client="gmail", reply="fr-17", style="gmail", staff=False,
       files=[mc.pdf("Anamnesebogen_Jansen.pdf", 2),
              mc.pdf("Datenschutzerklaerung_unterschrieben.pdf"),
              mc.pdf("Einwilligung_Telebehandlung.pdf")],
       forms=("anamnese", "datenschutz", "einwilligung_tele"))  # fmt: skip
    no("s35_zimmermann_absage.eml", 15, ("cancellation",), "2026-10-22 17:30",
       "Absage Termin 26.10.",
       "Guten Tag,\n\nich muss den Termin am Montag 26.10. absagen, ich komme morgen ins"
       " Krankenhaus (Knie). Ich melde mich wenn ich wieder zu Hause bin.\n\n"
       "Mfg Klaus Zimmermann" + SAMSUNG, client="samsung")  # fmt: skip
    yes("s36_jansen_heute.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:09",
        re(1104, "Re"),
        "Hallo,\n\nTermin heute hat stattgefunden. Hat Spaß gemacht, bis nächste Woche!\n\n"
        "Gruß Ole", client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    no("s37_hartmann_kein_ton.eml", 20, ("technical",), "2026-11-03 18:52", re(1120),
       "Hallo,\n\nleider hat es heute nicht geklappt. Ich hatte zwar Bild, aber keinen Ton,"
       " nach zehn Minuten habe ich aufgegeben. Können Sie mich zurückrufen? 0176 2233 9081\n\n"
       "Leonie Hartmann", client="webde", reply="cr-1120", style="webde",
       note="Under our request for 03.11: the session failed, nothing to confirm.")  # fmt: skip
    no("s38_schaefer_code.eml", 16, ("technical",), "2026-11-04 19:06",
       "Re: Ihr Videotermin am 04.11.2026",
       "Der Code wird nicht angenommen, ich komme nicht rein! Es steht \"ungültiger"
       " Zugangscode\". Ich warte im Browser.\n\nBirgit Schäfer", client="gmail",
       reply="vl-1102", style="gmail", sender="birgit.schaefer@gmx.net")  # fmt: skip
    yes("s39_hartmann_drei.eml", 20, (1121, 1122, 1123),
        ("2026-11-10", "2026-11-17", "2026-11-24"), "2026-11-24 18:44", re(1123, "Aw"),
        "Hallo,\n\nja, heute hat stattgefunden. Und die Termine am 10. und 17. auch, das hatte"
        " ich vergessen zu bestätigen, sorry!\n\nLiebe Grüße\nLeonie", client="webde",
        reply="cr-1123", style="webde",
        note="'am 10. und 17.' without month: this month, November.")  # fmt: skip
    yes("s40_nowak_november.eml", 19, (1116, 1117, 1118, 1119),
        ("2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27"), "2026-12-01 09:12",
        "Bestätigung November",
        "Hallo,\n\nhiermit bestätige ich die Behandlungen am 06.11., 13.11., 20.11. und"
        " 27.11.2026.\n\nSchöne Adventszeit\nDavid Nowak\n\n"
        "Sent with Proton Mail secure email.")  # fmt: skip


def main() -> None:
    mc.HERE = data_dir("corpus")
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    mc.check_labels()
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.HERE = HERE
    mc.write_labels()
    confirming = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"blind_s: {len(mc.MAILS)} mails, {confirming} confirm")


if __name__ == "__main__":
    from tools.corpus import blind_s

    blind_s.main()
