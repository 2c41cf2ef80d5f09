"""Write blind set X: an ordinary inbox in late autumn and towards the year end (50 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_x`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
The practice snapshot's last months (September to November; it has no December
appointments) as the replies come in from October to the last days of December: plain
confirmations as real patients write them, old and young, from phones and desktop
programs, short and long; patients catching up on two, three or four sessions before the
year closes (one back to July); confirmations with a second small matter (holiday
greetings, the next prescription, an invoice, a billing address); partial confirmations
(a session broken off, a day that fits no appointment, a doubtful day); relatives writing;
and 15 look-alikes (greetings only, a reminder acknowledged, a session missed through
illness, nobody joined the call, invoice and prescription questions, a future day
confirmed, an out-of-office reply).
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_x")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None,
        headers=(), fwd=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          extra_headers=headers, forward=fwd,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None,
       headers=()):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          extra_headers=headers,
          label=Label(cats, patient=pid, dates=dates, needs_staff=staff, note=note))  # fmt: skip


def re(aid: int) -> str:
    return f"AW: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def re_en(aid: int) -> str:
    return f"Re: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


IPHONE = "\n\nVon meinem iPhone gesendet"
IPAD = "\n\nVon meinem iPad gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
WEBDE_APP = (
    "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet."
)
OUTLOOK_APP = "\n\nHolen Sie sich Outlook für Android<https://aka.ms/AAb9ysg>"
STB_SIGNATURE = (
    "\n\nMit freundlichen Grüßen\n\nBirgit Schäfer\nSteuerberaterin\n\n"
    "Schäfer Steuerberatung\nLindenallee 14 · 14467 Potsdam\nTel. 0331 98 76 54-0 · "
    "Fax 0331 98 76 54-9\nwww.schaefer-steuerberatung.de\n\n"
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie"
    " nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,"
    " informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte"
    " Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.\n"
    "Bürozeiten zwischen den Jahren: 28.12.–30.12. von 9 bis 12 Uhr."
)
VOGEL_SIGNATURE = (
    "\n\n--\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte PartG mbB\n"
    "Kaiserstraße 31 · 60311 Frankfurt am Main\nT +49 69 1234 560 · M +49 171 555 0192\n"
    "Sitz: Frankfurt am Main, AG Frankfurt PR 2718\n\n"
    "Diese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein,"
    " benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht."
)
ANNA_SIGNATURE = (
    "\n\n-- \nAnna Lehmann, M.Sc.\nWissenschaftliche Mitarbeiterin\n"
    "Institut für Sportwissenschaft, Universität Beispielstadt\nRaum 2.114 · Tel. +49 351 463-3"
    "7718\nSprechstunde: Do 14–15 Uhr (in der vorlesungsfreien Zeit nach Vereinbarung)"
)


def confirmations() -> None:
    # --- Birgit Schäfer (16), Wednesdays 19:00 video, two addresses -------------------
    yes("x01_schaefer_ja.eml", 16, (1102,), ("2026-11-04",), "2026-11-04 21:14", re(1102),
        "Ja, der Termin am 4.11. hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer",
        client="gmail", reply="cr-1102", style="gmail")  # fmt: skip
    yes("x02_schaefer_buero_nachtrag.eml", 16, (1100, 1101), ("2026-10-21", "2026-10-28"),
        "2026-11-02 08:47", re(1101),
        "Guten Morgen,\n\nich bin mit meinen Mails etwas hinterher, Entschuldigung. Die beiden"
        " Videotermine am Mittwoch, 21.10., und am Mittwoch, 28.10., haben wie geplant"
        " stattgefunden." + STB_SIGNATURE,
        client="outlook", reply="cr-1101", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address (office)")  # fmt: skip
    yes("x03_schaefer_verbindung.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 07:55",
        re(1099),
        "Hallo zusammen,\n\nMittwoch 14.10. hat stattgefunden, auch wenn das Bild zwischendurch"
        " kurz hängen geblieben ist. Frau Nguyen hat mich dann gleich wieder reingeholt.\n\n"
        "LG B. Schäfer",
        client="webde", reply="cr-1099", style="webde")  # fmt: skip
    yes("x04_schaefer_rezept_januar.eml", 16, (1103,), ("2026-11-11",), "2026-11-12 20:03",
        re(1103),
        "Hallo,\n\nja, gestern (11.11.) war die Behandlung. Das war ja die letzte von diesem"
        " Rezept. Meine Hausärztin hat mir für Januar eine neue Verordnung ausgestellt – soll ich"
        " die einscannen und schicken oder reicht es, wenn ich sie im neuen Jahr mitbringe?\n\n"
        "Viele Grüße\nBirgit Schäfer",
        client="gmail", reply="cr-1103", style="gmail", bottom=True, extra=("question",),
        staff=True, note="confirms 11.11.; asks how to hand in the next prescription")  # fmt: skip
    yes("x05_schaefer_jahresende.eml", 16, (1098, 1099, 1100),
        ("2026-10-07", "2026-10-14", "2026-10-21"), "2026-12-28 10:21",
        "Bestätigung Oktober-Termine",
        "Sehr geehrte Damen und Herren,\n\nbeim Jahresabschluss ist mir aufgefallen, dass ich"
        " Ihnen für Oktober noch nichts bestätigt habe. Die Termine am 07., 14. und 21. Oktober"
        " 2026 haben alle stattgefunden.\n\nIch wünsche Ihnen einen guten Rutsch ins neue Jahr!"
        + STB_SIGNATURE,
        client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="new mail, not a reply; from her office address")  # fmt: skip

    # --- Ole Jansen (17), new patient, Thursdays 10:00 KG am Gerät -----------------------
    yes("x06_jansen_kurz.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:31", re(1104),
        "Jo, Do 22.10 war gut, danke!" + IPHONE,
        client="iphone", reply="cr-1104", style="iphone")  # fmt: skip
    yes("x07_jansen_vergessen.eml", 17, (1105, 1106), ("2026-10-29", "2026-11-05"),
        "2026-11-08 19:40", re(1106),
        "hey, sorry hab total vergessen zu antworten. 29.10. und 5.11. haben beide"
        " stattgefunden 👍\n\nOle",
        client="gmail", reply="cr-1106", style="gmail")  # fmt: skip
    yes("x08_jansen_rezept.eml", 17, (1107, 1108), ("2026-11-12", "2026-11-19"),
        "2026-11-20 09:02", "Re: Termine",
        "Hallo,\n\ndie Termine am 12. und 19. November hab ich beide gemacht, lief gut.\n"
        "Wie viele Termine sind eigentlich noch auf meinem Rezept? Und brauch ich für Januar"
        " ein neues oder geht das noch weiter?\n\nGruß Ole Jansen" + IPHONE,
        client="iphone", extra=("question",), staff=True,
        note="two sessions confirmed; question about the prescription")  # fmt: skip
    yes("x09_jansen_abgebrochen.eml", 17, (1106,), ("2026-11-05",),
        "2026-11-13 08:15", re(1107),
        "Moin,\n\nalso 5.11. ganz normal gemacht. Am 12.11. hab ich nach zehn Minuten"
        " abbrechen müssen, weil mir das Knie zu sehr weh getan hat, der Therapeut meinte wir"
        " schauen nächste Woche weiter. Weiß nicht ob das dann zählt?\n\nOle" + IPHONE,
        client="iphone", reply="cr-1107", style="iphone", staff=True,
        note="12.11. broken off after ten minutes and he asks whether it counts (so not"
             " among the dates): staff decides; 5.11. is clear")  # fmt: skip

    # --- David Nowak (19), Fridays 08:00 video MT --------------------------------------
    yes("x10_nowak_thunderbird.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:05",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 06.11.2026",
        "Hiermit bestätige ich die Sitzung vom 06.11.2026.\n\nMit freundlichen Grüßen\n"
        "David Nowak",
        client="thunderbird", reply="cr-1116", style="thunderbird", bottom=True)  # fmt: skip
    yes("x11_nowak_zwei.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"),
        "2026-11-21 11:48", "Re: Bitte bestätigen Sie Ihre Behandlung vom 20.11.2026",
        "Hallo,\n\nFreitag 13.11. und Freitag 20.11. haben beide stattgefunden.\n\n"
        "Schönes Wochenende\nDavid",
        client="thunderbird", reply="cr-1118", style="thunderbird")  # fmt: skip
    yes("x12_nowak_weihnachten.eml", 19, (1119,), ("2026-11-27",), "2026-11-28 09:30",
        re(1119),
        "Guten Morgen,\n\ndie letzte Sitzung gestern (Fr. 27.11.) hat stattgefunden. Vielen Dank"
        " für die Betreuung in den letzten Wochen, die Schulter ist deutlich besser!\n\n"
        "Ich wünsche dem ganzen Team schon mal frohe Weihnachten.\n\nDavid Nowak\n\n"
        "Sent with Proton Mail secure email.",
        reply="cr-1119", style="gmail")  # fmt: skip

    # --- Leonie Hartmann (20), new patient, Tuesdays 17:00 video -------------------------
    yes("x13_hartmann_app.eml", 20, (1120,), ("2026-11-03",), "2026-11-04 09:12", re(1120),
        "jaa hat geklappt am dienstag 3.11 😊" + WEBDE_APP,
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("x14_hartmann_zwei.eml", 20, (1121, 1122), ("2026-11-10", "2026-11-17"),
        "2026-11-18 22:47", re(1122),
        "Hallo, die Termine 10.11 und 17.11 haben stattgefunden. LG Leonie" + SAMSUNG,
        client="samsung", reply="cr-1122", style="samsung")  # fmt: skip
    yes("x15_hartmann_zuzahlung.eml", 20, (1123,), ("2026-11-24",), "2026-11-25 18:20",
        re(1123),
        "Hallo liebes Praxisteam,\n\nder Termin am 24.11. hat stattgefunden, danke!\n\nKurze"
        " Frage noch: Ich hab einen Brief wegen der Zuzahlung bekommen, muss ich die jetzt"
        " überweisen oder kommt da noch eine Rechnung? Ich bin da etwas verwirrt.\n\n"
        "Liebe Grüße\nLeonie" + WEBDE_APP,
        client="webde", reply="cr-1123", style="webde", extra=("question",), staff=True,
        note="confirms 24.11.; asks about the co-payment")  # fmt: skip
    yes("x16_hartmann_falscher_tag.eml", 20, (1121,), ("2026-11-10", "2026-11-18"),
        "2026-11-19 07:45", "Termine",
        "Guten Morgen,\nich wollte noch bestätigen dass die Behandlungen am 10.11. und am 18.11."
        " stattgefunden haben.\nViele Grüße Leonie Hartmann",
        client="webde", staff=True,
        note="18.11. fits no appointment (her session was Tuesday 17.11.): staff checks")  # fmt: skip

    # --- Klaus Zimmermann (15), Mondays 11:00 phone, elderly --------------------------
    yes("x17_zimmermann_caps.eml", 15, (1097,), ("2026-11-02",), "2026-11-02 14:06",
        re(1097),
        "SEHR GEEHRTE DAMEN UND HERREN,\n\nDIE BEHANDLUNG AM 02.11.2026 HAT STATTGEFUNDEN.\n\n"
        "MFG\nK. ZIMMERMANN",
        client="yahoo", reply="cr-1097", style="yahoo")  # fmt: skip
    yes("x18_zimmermann_oktober.eml", 15, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-11-03 10:40", "Anrufe im Oktober",
        "Sehr geehrte Damen und Herren,\n\nmeine Frau sagt mir, ich hätte Ihnen noch nicht"
        " geantwortet. Hiermit bestätige ich die telefonischen Behandlungen am 5. Oktober,"
        " am 12. Oktober und am 19. Oktober. Der Termin am 26. Oktober fiel ja aus, weil wir"
        " bei unserer Tochter in Kassel waren, das hatte ich telefonisch abgesagt.\n\n"
        "Mit freundlichem Gruß\nKlaus Zimmermann\nAm Mühlbach 7\n34121 Kassel-Nord\n"
        "Tel. 0561 47 11 08",
        note="26.10. named as cancelled (and is cancelled): not a date")  # fmt: skip
    yes("x19_zimmermann_ehefrau.eml", 15, (1097,), ("2026-11-02",), "2026-11-05 16:12",
        "Behandlung meines Mannes",
        "Guten Tag,\n\nich schreibe für meinen Mann Klaus, der kommt mit dem Computer nicht so"
        " zurecht. Er hatte am Montag, den 2. November, seine Behandlung am Telefon. Das hat"
        " stattgefunden, er ist sehr zufrieden.\n\nFreundliche Grüße\nInge Zimmermann",
        name="Klaus Zimmermann", note="his wife writes from his address")  # fmt: skip

    # --- Anna Lehmann (14), Tuesdays 13:00 video ---------------------------------------
    yes("x20_lehmann_outlook.eml", 14, (1092,), ("2026-10-13",), "2026-10-13 15:02",
        re(1092),
        "Hallo,\n\nja, die Behandlung heute (13.10.) hat stattgefunden.\n\nBeste Grüße\n"
        "Anna Lehmann" + ANNA_SIGNATURE,
        client="outlook", reply="cr-1092", style="outlook")  # fmt: skip
    yes("x21_lehmann_nachtrag.eml", 14, (1090, 1091), ("2026-09-29", "2026-10-06"),
        "2026-11-10 12:18", "Nachtrag Bestätigung",
        "Liebes Praxisteam,\n\nmir ist aufgefallen, dass ich noch zwei Termine nicht bestätigt"
        " habe: 29.09. und 06.10.2026. Beide haben stattgefunden.\n\nEntschuldigung für die"
        " späte Rückmeldung, im Semester geht bei mir immer einiges unter.\n\nBeste Grüße\n"
        "Anna Lehmann" + ANNA_SIGNATURE,
        client="thunderbird")  # fmt: skip
    yes("x22_lehmann_september.eml", 14, (1087, 1088, 1089),
        ("2026-09-08", "2026-09-15", "2026-09-22"), "2026-12-18 16:44",
        "Meine Termine im September",
        "Hallo,\n\nich gehe vor den Feiertagen gerade meine Mails durch und sehe, dass ich die"
        " Septembertermine nie beantwortet habe. Am 8., 15. und 22. September war ich jeweils"
        " per Video bei Ihnen, die haben also alle stattgefunden.\n\nIch wünsche Ihnen schöne"
        " Feiertage!\nAnna" + ANNA_SIGNATURE,
        client="apple")  # fmt: skip

    # --- Dr. Michael Vogel (13), Thursdays 07:00 video MT -----------------------------
    yes("x23_vogel_iphone.eml", 13, (1085,), ("2026-10-01",), "2026-10-01 09:16", re(1085),
        "1.10. stattgefunden.\n\nMV" + IPHONE,
        client="iphone", reply="cr-1085", style="iphone")  # fmt: skip
    yes("x24_vogel_abrechnung.eml", 13, (1082, 1083, 1084, 1086),
        ("2026-09-10", "2026-09-17", "2026-09-24", "2026-10-08"), "2026-12-14 07:52",
        "Ihre Abrechnung / meine Termine",
        "Sehr geehrte Damen und Herren,\n\nfür Ihre Abrechnung zum Jahresende: Die Sitzungen am"
        " 10., 17. und 24. September sowie am 8. Oktober 2026 haben stattgefunden.\n\nBitte stellen Sie die Rechnung"
        " künftig an meine Kanzleiadresse (s. u.) aus, nicht mehr an die Privatanschrift.\n\n"
        "Mit freundlichen Grüßen\nDr. Michael Vogel" + VOGEL_SIGNATURE,
        client="outlook", extra=("other",), staff=True,
        note="four sessions confirmed; asks for the invoice address to be changed")  # fmt: skip
    yes("x25_vogel_kurz.eml", 13, (1086,), ("2026-10-08",), "2026-10-08 08:41", re(1086),
        "Sitzung 08.10. erfolgt.\n\nGruß\nM. Vogel" + VOGEL_SIGNATURE,
        client="outlook", reply="cr-1086", style="outlook")  # fmt: skip

    # --- Fatma Yıldız (12), Wednesdays 10:30 phone ------------------------------------
    yes("x26_yildiz_spaet.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-11-16 11:05", "Termin",
        "Hallo Praxis Impulse,\n\nich habe Termin gehabt am 2.9 und 9.9 mit Telefon, alles gut"
        " gemacht. Tut mir leid ich habe vergessen zu schreiben. Danke schön\n\nFatma Yıldız",
        client="webde")  # fmt: skip
    yes("x27_yildiz_tochter.eml", 12, (1079,), ("2026-09-02",), "2026-09-03 17:30",
        re(1079),
        "Hallo,\n\nhier schreibt die Tochter von Frau Yıldız. Meine Mutter hatte am Mittwoch,"
        " den 2. September, ihre Behandlung am Telefon, die hat stattgefunden.\n\n"
        "Viele Grüße\nSelin Yıldız",
        client="webde", reply="cr-1079", style="webde", bottom=True,
        note="her daughter writes from the patient's address")  # fmt: skip

    # --- Emily Carter (11), Mondays 12:00 video, English --------------------------------
    yes("x28_carter_english.eml", 11, (1074,), ("2026-09-07",), "2026-09-07 14:33",
        re_en(1074),
        "Hi,\n\njust confirming my session on Monday, September 7th went ahead as planned.\n\n"
        "Thanks,\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en")  # fmt: skip
    yes("x29_carter_christmas.eml", 11, (1073, 1074), ("2026-08-31", "2026-09-07"),
        "2026-12-21 19:02", "Two sessions to confirm + Merry Christmas",
        "Hello Praxis Impulse team,\n\nI was tidying up my inbox before flying home for the"
        " holidays and realised I never replied about my last two sessions. Both the one on"
        " Aug 31 and the one on Sept 7 took place.\n\nMerry Christmas and a happy new year to"
        " all of you!\n\nBest wishes,\nEmily Carter",
        client="gmail")  # fmt: skip

    # --- Lukas Brandt (10), Fridays 16:00 video ------------------------------------------
    yes("x30_brandt_aufraeumen.eml", 10, (1066, 1067, 1068),
        ("2026-07-24", "2026-07-31", "2026-08-07"), "2026-12-29 13:37",
        "Offene Bestätigungen",
        "Hallo,\n\nbeim Aufräumen meines Postfachs zwischen den Jahren habe ich gemerkt, dass"
        " drei Anfragen von Ihnen noch offen sind. Die Termine am 24.07., 31.07. und 07.08.2026"
        " haben alle stattgefunden, sorry für die Verspätung.\n\nGuten Rutsch!\nLukas",
        client="thunderbird")  # fmt: skip

    # --- Mehmet Aydın (22), Thursdays 12:30 phone, March ------------------------------
    yes("x31_aydin_krankenkasse.eml", 22, (1133, 1134, 1135),
        ("2026-03-12", "2026-03-19", "2026-03-26"), "2026-12-07 18:55",
        "WG: Bitte bestätigen Sie Ihre Behandlung vom 26.03.2026",
        "Sehr geehrte damen und herren\n\nKrankenkasse hat mich gefragt wegen Physiotherapie."
        " Ich bestätige die termine 12.03 19.03 und 26.03 telefon hat stattgefunden alles ok"
        "\n\nMit freundlichen grüßen\nMehmet Aydın" + OUTLOOK_APP,
        client="outlook", fwd="cr-1135", style="forward_outlook")  # fmt: skip

    # --- more ordinary ones ------------------------------------------------------------
    yes("x32_jansen_iso.eml", 17, (1108,), ("2026-11-19",), "2026-11-19 15:20", re(1108),
        "Bestätigt: 2026-11-19, KG am Gerät, stattgefunden.\n\nOle Jansen",
        client="gmail", reply="cr-1108", style="gmail", bottom=True)  # fmt: skip
    yes("x33_oneill_outlook_en.eml", 23, (1140, 1141), ("2026-05-12", "2026-05-19"),
        "2026-12-10 22:15", re_en(1141),
        "Hello,\n\nsorry this is so late - your accounts people reminded me. The phone"
        " sessions on 12 May and 19 May both took place.\n\nKind regards,\nJames O'Neill",
        client="outlook", reply="cr-1141", style="outlook_en",
        note="late catch-up in English, quoted request below")  # fmt: skip
    yes("x34_zimmermann_datum_unsicher.eml", 15, (1093,), ("2026-10-05", "2026-10-13"),
        "2026-10-21 09:30", "AW: Bitte bestätigen Sie Ihre Behandlung vom 05.10.2026",
        "Guten Tag,\n\ndie Anrufe am 5.10. und am 13.10. haben stattgefunden. Den letzten"
        " habe ich auch gehabt, aber da weiß ich das Datum nicht mehr genau.\n\nK. Zimmermann",
        reply="cr-1093", style="tonline", staff=True,
        note="13.10. fits no appointment (12.10. was a Monday) and 'den letzten' gives no"
             " date: staff checks; 5.10. is clear")  # fmt: skip
    yes("x35_schaefer_weitergeleitet.eml", 16, (1101,), ("2026-10-28",), "2026-10-29 07:10",
        "Fwd: Bitte bestätigen Sie Ihre Behandlung vom 28.10.2026",
        "Hallo, hatte auf die falsche Adresse geantwortet, daher nochmal: gestern Abend (28.10.)"
        " war die Behandlung, hat stattgefunden.\nGrüße B. Schäfer" + IPAD,
        client="iphone", fwd="cr-1101", style="forward_gmail")  # fmt: skip


def lookalikes() -> None:
    no("y01_koch_weihnachten.eml", 18, ("other",), "2026-12-22 10:10",
       "Frohe Weihnachten",
       "Liebes Team der Praxis Impulse,\n\nich wünsche Ihnen allen ein frohes und gesegnetes"
       " Weihnachtsfest und einen guten Rutsch ins neue Jahr. Vielen Dank für die gute"
       " Behandlung im Frühjahr, meinem Rücken geht es seitdem viel besser.\n\n"
       "Herzliche Grüße\nRenate Koch",
       client="tonline",
       note="holiday greetings only, no treatment day")  # fmt: skip
    no("y02_jansen_bis_morgen.eml", 17, ("other",), "2026-11-18 10:40",
       "AW: Erinnerung: Ihr Termin am 19.11.2026",
       "Passt, bis morgen um 10!" + IPHONE,
       client="iphone", reply="rem-1108", style="iphone",
       note="acknowledges a reminder for a future appointment")  # fmt: skip
    no("y03_nowak_grippe.eml", 19, ("other",), "2026-11-21 12:10", re(1118),
       "Hallo,\n\ndie Sitzung am 20.11. hat leider nicht stattgefunden, ich lag mit Grippe im"
       " Bett und habe es nicht mehr geschafft abzusagen. Tut mir leid! Ist das ein Problem"
       " mit dem Rezept?\n\nDavid",
       client="thunderbird", reply="cr-1118", style="thunderbird",
       note="says the session did NOT take place")  # fmt: skip
    no("y04_hartmann_rechnung.eml", 20, ("question",), "2026-12-03 19:25",
       "Rechnung vom 01.12.2026",
       "Hallo,\n\nich habe Ihre Rechnung vom 01.12.2026 bekommen. Bis wann muss ich die"
       " überweisen? Geht das auch nach Weihnachten?\n\nLG Leonie Hartmann" + WEBDE_APP,
       client="webde", note="invoice date, not a treatment")  # fmt: skip
    no("y05_zimmermann_naechster.eml", 15, ("question",), "2026-11-04 09:50",
       "Nächster Termin",
       "Sehr geehrte Damen und Herren,\n\nder Termin am 26.10. war ja abgesagt. Wann ist denn"
       " mein nächster Termin? Ich habe keinen Brief bekommen.\n\nMfG K. Zimmermann",
       note="names a cancelled day; asks for the next appointment")  # fmt: skip
    no("y06_schaefer_niemand_da.eml", 16, ("technical",), "2026-11-11 19:35",
       "AW: Ihr Videotermin am 11.11.2026",
       "Hallo,\n\nich sitze seit 19 Uhr im Videoraum und es kommt niemand. Findet der Termin"
       " heute noch statt?\n\nBirgit Schäfer" + IPHONE,
       client="iphone", reply="vl-1103", style="iphone",
       note="nobody joined the call (so far): not a confirmation")  # fmt: skip
    no("y07_lehmann_rezept.eml", 14, ("question",), "2026-12-08 13:12",
       "Folgeverordnung / Termine Januar",
       "Hallo,\n\nmein Rezept ist ja mit dem 13.10. ausgelaufen. Meine Orthopädin stellt mir"
       " eine Folgeverordnung aus – können wir danach wieder dienstags 13 Uhr ab dem 12. Januar"
       " planen?\n\nBeste Grüße\nAnna Lehmann" + ANNA_SIGNATURE,
       client="thunderbird",
       note="13.10. named as the end of the prescription, not confirmed as a treatment;"
            " 12. Januar is a wished future day")  # fmt: skip
    no("y08_carter_invoice.eml", 11, ("question",), "2026-12-02 08:30",
       "Invoice for 2026",
       "Hi there,\n\ncould you send me one invoice covering all my 2026 sessions? My"
       " insurer wants it before December 31st.\n\nThanks a lot,\nEmily",
       client="gmail", note="invoice request; December 31st is a deadline")  # fmt: skip
    no("y09_vogel_abwesend.eml", 13, ("auto_reply",), "2026-09-24 08:31",
       "Automatische Antwort: Bitte bestätigen Sie Ihre Behandlung vom 24.09.2026",
       "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 02.10.2026 nicht im Büro."
       " In dringenden Fällen wenden Sie sich bitte an mein Sekretariat,"
       " sekretariat@vogel-partner.de.\n\nMit freundlichen Grüßen\nDr. Michael Vogel",
       client="outlook", reply="cr-1084", staff=False,
       headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
       note="out-of-office reply")  # fmt: skip
    no("y10_yildiz_hochzeit.eml", 12, ("reschedule",), "2026-12-01 15:20", "Termin Dezember",
       "Hallo,\n\nam 16.12 ich kann nicht kommen, meine Sohn hat Hochzeit. Können wir andere"
       " Tag machen? Danke\n\nFatma",
       client="webde", note="no appointment on 16.12.; a future day she cannot make")  # fmt: skip
    no("y11_jansen_bogen.eml", 17, ("question",), "2026-10-20 21:05",
       "Anamnesebogen",
       "Hi,\n\nich hab den Anamnesebogen heute morgen (20.10.) schon per Mail geschickt, ist"
       " der angekommen? Am Donnerstag ist ja schon mein erster Termin.\n\nOle" + IPHONE,
       client="iphone",
       note="20.10. is the day a form was sent; Thursday (22.10.) is still to come")  # fmt: skip
    no("y12_nowak_niemand.eml", 19, ("technical",), "2026-11-27 08:32",
       "AW: Erinnerung: Ihr Termin am 27.11.2026",
       "Hallo,\n\nich warte seit 8 Uhr im Video, es ist niemand da. Ich muss um 9 zur Arbeit."
       " Bitte melden Sie sich.\n\nDavid Nowak",
       reply="rem-1119", style="gmail",
       note="nobody joined: not a confirmation")  # fmt: skip
    no("y13_wagner_neues_jahr.eml", 21, ("other",), "2026-12-19 11:45",
       "Schöne Feiertage",
       "Hallo zusammen,\n\nschöne Feiertage und bis nächstes Jahr! Ich melde mich im Januar,"
       " sobald ich die neue Verordnung habe.\n\nSophie Wagner\n\nGesendet mit der GMX Mail App",
       client="plain", note="greetings and a future plan")  # fmt: skip
    no("y14_berger_termin_dezember.eml", 24, ("question",), "2026-12-09 08:05",
       "Termin heute?",
       "Guten Morgen,\n\nfindet meine Behandlung heute am 9.12. statt? Ich habe keine"
       " Erinnerung bekommen und sitze am Telefon.\n\nMit freundlichen Grüßen\nUrsula Berger",
       note="no appointment on 9.12.; a question, not a confirmation")  # fmt: skip
    no("y15_oneill_holidays.eml", 23, ("question",), "2026-12-17 17:10",
       "Open between Christmas and New Year?",
       "Hi,\n\nhappy holidays! Quick question: are you open between Christmas and New Year,"
       " e.g. on the 29th? I'd like to book a phone session if possible.\n\nCheers,\nJames",
       client="outlook", note="future day wished, not a treatment")  # fmt: skip


def main() -> None:
    load_practice()
    confirmations()
    lookalikes()
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.HERE = HERE
    mc.write_labels()
    print(f"{len(mc.MAILS)} mails in {HERE}")


if __name__ == "__main__":
    main()
