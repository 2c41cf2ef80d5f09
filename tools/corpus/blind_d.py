"""Blind corpus D: patients with several appointments and long threads.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_d`.
Written without reading the rules or the labelled corpus mails. The practice is the
corpus's (tests/data/corpus/practice.toml, read, never changed); only the envelope
helpers of tools/corpus/make_corpus.py are reused (headers, quoting styles, our
own outbox texts). Every mail body and every label below is written by hand.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc  # helpers only; its mails.py is never imported
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_d")

SALUTATIONS = {
    1: "Frau Krüger", 2: "Herr Becker", 3: "Frau Demir", 4: "Herr Wolff", 5: "Frau Schulz",
    6: "Herr Hoffmann", 7: "Frau Popescu", 8: "Herr Richter", 9: "Frau Neumann",
    10: "Herr Brandt", 11: "Ms Carter", 12: "Frau Yıldız", 13: "Herr Dr. Vogel",
    14: "Frau Lehmann", 15: "Herr Zimmermann", 16: "Frau Schäfer", 17: "Herr Jansen",
    18: "Frau Koch", 19: "Herr Nowak", 20: "Frau Hartmann", 21: "Frau Wagner",
    22: "Herr Aydın", 23: "Mr O'Neill", 24: "Frau Berger",
}  # fmt: skip
ENGLISH_PATIENTS = (11, 23)
SECOND_ADDRESS = "b.schaefer@schaefer-steuerberatung.de"  # patient 16's registered work address


def load_practice() -> None:
    """Fill make_corpus's tables from practice.toml and rebuild our sent mails."""
    data = mc.load_snapshot(lambda p: SALUTATIONS[p["id"]])
    stored = {o["message_id"] for o in data["outbox"]}
    rebuilt = {row.message_id for row in mc.OUTBOX.values()}
    assert rebuilt <= stored, "outbox Message-IDs differ from practice.toml"
    for key, row in mc.OUTBOX.items():
        if row.patient_id in ENGLISH_PATIENTS and not key.startswith("fr-"):
            _english(key, row)


def _english(key: str, row: mc.OutboxRow) -> None:
    """English patients get the English template set."""
    a = mc.APPOINTMENTS[row.appointment_id or 0]
    hello = f"Dear {SALUTATIONS[a.patient_id]},"
    when = f"{a.start:%A}, {a.start.day} {a.start:%B %Y} at {a.start:%H:%M}"
    sign = (
        "Kind regards\nYour team at Praxis Impulse\n\n"
        "Praxis Impulse · Physiotherapy by phone and video\n"
        "Tel. +49 30 2345 6780 · termine@praxis-impulse.de\n"
        "This message was generated automatically."
    )
    what = {"KG": "physiotherapy", "MT": "manual therapy", "KGG": "equipment-based therapy"}
    how = f"{what[a.treatment]} by {'video' if a.kind == 'video' else 'phone'}"
    if key.startswith("vl-"):
        row.subject = f"Your video appointment on {a.start:%d/%m/%Y}"
        row.text = (
            f"{hello}\n\nYour video appointment ({how}) is on {when}.\n\nOpen"
            " video.redmedical.de in a current Chrome or Firefox and enter this access code"
            f" in the field \u201eZugangscode\u201c:\n\n    {a.video_link.rsplit('/', 1)[1]}\n\n"
            "together with your name. The session starts when your therapist joins.\n\n" + sign
        )
    elif key.startswith("rem-"):
        row.subject = f"Reminder: your appointment on {a.start:%d/%m/%Y}"
        row.text = (
            f"{hello}\n\nthis is a reminder of your appointment ({how}) on {when}.\n"
            "If you cannot make it, please cancel in good time.\n\n" + sign
        )
    else:
        row.subject = f"Please confirm your treatment on {a.start:%d/%m/%Y}"
        row.text = (
            f"{hello}\n\nyour treatment ({how}) was scheduled for {when}.\n"
            "Please confirm with a short reply to this e-mail that the treatment took place,"
            " and state its date.\n\nThank you!\n\n" + sign
        )


def days(*values: str) -> tuple[str, ...]:
    """'01-27' -> '2026-01-27'; a full ISO day stays as it is."""
    return tuple(v if len(v) == 10 else f"2026-{v}" for v in values)


def conf(patient: int, confirmed: tuple[int, ...], dates: tuple[str, ...], *,
         staff: bool = False, extra: tuple[str, ...] = (), note: str = "") -> Label:  # fmt: skip
    return Label(
        categories=("confirmation", *extra),
        patient=patient,
        confirmed=confirmed,
        dates=dates,
        needs_staff=staff,
        note=note,
    )


def gt(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def outlook_html(body_html: str, ref_key: str, to: str, *, new_outlook: bool = False) -> str:
    """An Outlook reply that carries no text/plain part: Word HTML with our mail below."""
    ref = mc.OUTBOX[ref_key]
    s = ref.sent_at
    sent = f"{mc.WEEKDAYS[s.weekday()]}, {s.day}. {mc.MONTHS[s.month - 1]} {s.year} {s:%H:%M}"
    quoted = "".join(
        f'<p class="MsoNormal">{line or "&nbsp;"}<o:p></o:p></p>' for line in ref.text.splitlines()
    )
    header = (
        f"<b>Von:</b> Praxis Impulse &lt;{mc.PRACTICE}&gt;<br>"
        f"<b>Gesendet:</b> {sent}<br><b>An:</b> {to}<br><b>Betreff:</b> {ref.subject}"
    )
    if new_outlook:
        separator = (
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%"'
            ' tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"'
            f' style="font-size:11pt" color="#000000">{header}</font><div>&nbsp;</div></div>'
        )
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html;'
            ' charset=utf-8"></head><body dir="ltr"><div class="elementToProof"'
            ' style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">'
            f"{body_html}</div>{separator}<div>{quoted}</div></body></html>"
        )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta'
        ' http-equiv="Content-Type" content="text/html; charset=utf-8"><style>'
        'p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
        '</style></head><body lang="DE" link="#0563C1"><div class="WordSection1">'
        f"{body_html}"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p class="MsoNormal">{header}<o:p></o:p></p></div>'
        f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{quoted}</div></body></html>'
    )


def mso(*paragraphs: str) -> str:
    return "".join(f'<p class="MsoNormal">{p or "&nbsp;"}<o:p></o:p></p>' for p in paragraphs)


def apple_inline(ref_key: str, pieces: list[str]) -> str:
    """Apple Mail, answered between our lines: pieces alternate ours (quoted) and theirs."""
    ref = mc.OUTBOX[ref_key]
    s = ref.sent_at
    head = f"> Am {s:%d.%m.%Y} um {s:%H:%M} schrieb Praxis Impulse <{mc.PRACTICE}>:\n> \n"
    out = []
    for number, piece in enumerate(pieces):
        out.append(gt(piece) if number % 2 == 0 else f"\n{piece}\n")
    return head + "\n".join(out)


def write_mails() -> None:
    sig_sabine = "Viele Grüße\nSabine Krüger"
    # --- patient 1, Sabine Krüger: Tuesdays 10:00 video; 13.1. and 20.1. already confirmed
    human(
        "d01_two_dates_27_1_und_3_2.eml", sender=1, date="2026-02-04 09:12", client="webde",
        subject="Aw: Bitte bestätigen Sie Ihre Behandlung vom 03.02.2026",
        reply_to="cr-1004", quote_style="webde",
        body="Guten Morgen,\n\nich bestätige Ihnen die Termine am 27.1. und 3.2., beide haben"
        " per Video stattgefunden. Die Bestätigung für den 27.1. hatte ich wohl vergessen,"
        " sorry!\n\n" + sig_sabine,
        label=conf(1, (1003, 1004), days("01-27", "02-03")),
    )  # fmt: skip
    human(
        "d02_old_request_newer_date.eml", sender=1, date="2026-01-28 08:40", client="gmail",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 20.01.2026",
        reply_to="cr-1002", quote_style="gmail",
        body="Hallo liebes Praxisteam,\n\nich antworte einfach mal hier drauf: auch der Termin"
        " gestern (27.1.) hat ganz normal stattgefunden.\n\nLG Sabine",
        label=conf(1, (1003,), days("01-27"),
                   note="Reply to the already answered request for 20.1.; names 27.1. only."),
    )  # fmt: skip
    human(
        "d03_ja_old_request_plus_gestern.eml", sender=1, date="2026-02-11 07:55",
        client="iphone", subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 27.01.2026",
        reply_to="cr-1003", quote_style="iphone",
        body="Ja, hat stattgefunden, Entschuldigung für die späte Rückmeldung!\nUnd gestern"
        " (10.2.) war auch wieder Behandlung, die bestätige ich hiermit gleich mit.\n\n"
        "Gesendet von meinem iPhone",
        label=conf(1, (1003, 1005), days("02-10"),
                   note="'Ja' answers the request for 27.1.; 10.2. named. 3.2. not mentioned."),
    )  # fmt: skip
    human(
        "d04_apple_inline_24_2.eml", sender=1, date="2026-02-24 13:05", client="apple",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 24.02.2026", reply_to="cr-1007",
        body="Hallo,\n\n" + apple_inline("cr-1007", [
            "Guten Tag Frau Krüger,\n\nIhre Behandlung (Krankengymnastik per Video) war für"
            " Dienstag, 24.02.2026 um 10:00 Uhr geplant.",
            "Ja, hat stattgefunden.",
            "Bitte bestätigen Sie uns mit einer kurzen Antwort auf diese Mail, dass die"
            " Behandlung stattgefunden hat, und nennen Sie dabei das Datum.",
            "Datum: 24.2.",
            "Vielen Dank!\n\n" + mc._our_signature(),
        ]) + "\n\n" + sig_sabine,
        label=conf(1, (1007,), days("02-24")),
    )  # fmt: skip
    human(
        "d05_die_letzten_drei_termine.eml", sender=1, date="2026-03-04 18:30", client="webde",
        subject="Bestätigung",
        body="Hallo,\n\nhiermit bestätige ich die letzten drei Termine, die haben alle wie"
        " geplant per Video stattgefunden.\n\n" + sig_sabine,
        label=conf(1, (), (), staff=True,
                   note="No day named: 'the last three' must be looked up by a person."),
    )  # fmt: skip
    human(
        "d06_di_10_2_di_17_2_and_future.eml", sender=1, date="2026-02-18 20:14",
        client="webde", subject="Termine Februar",
        body="Hallo Praxis-Team,\n\nkurze Bestätigung: Di. 10.2. und Di. 17.2. haben beide"
        " stattgefunden. Am 24.2. bin ich auch wieder dabei.\n\nSchönen Abend\nSabine Krüger",
        label=conf(1, (1005, 1006), days("02-10", "02-17"), note="24.2. is still ahead."),
    )  # fmt: skip
    human(
        "d07_outlook_html_only_10_3_and_3_3.eml", sender=1, date="2026-03-11 09:02",
        client="outlook", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 10.03.2026",
        reply_to="cr-1009", html_only=True,
        html=outlook_html(mso(
            "Hallo,", "",
            "die Behandlung am 10.03. hat stattgefunden. Und die vom 03.03. auch, das hatte"
            " ich letzte Woche vergessen zu bestätigen.", "", "Viele Grüße", "Sabine Krüger", "",
        ), "cr-1009", "sabine.krueger@web.de"),
        body="",
        label=conf(1, (1008, 1009), days("03-03", "03-10")),
    )  # fmt: skip
    human(
        "d08_reply_to_link_heute.eml", sender=1, date="2026-02-10 14:20", client="iphone",
        subject="Re: Ihr Videotermin am 10.02.2026", reply_to="vl-1005", quote_style="iphone",
        body="Hat heute wieder prima geklappt mit dem Zugangscode, vielen Dank!\n\n"
        "Gesendet von meinem iPhone",
        label=conf(1, (1005,), days("02-10"),
                   note="Answer to the video-link mail, written after the session: 'heute'."),
    )  # fmt: skip
    human(
        "d09_one_already_confirmed.eml", sender=1, date="2026-01-28 19:00", client="webde",
        subject="Bestätigung Termine",
        body="Guten Abend,\n\nich bestätige die Behandlungen vom 20.1. und 27.1.\n\n"
        "Mit freundlichen Grüßen\nSabine Krüger",
        label=conf(1, (1003,), days("01-20", "01-27"),
                   note="20.1. was confirmed before; nothing for staff."),
    )  # fmt: skip
    human(
        "d10_reply_reminder_after_session.eml", sender=1, date="2026-03-03 11:05",
        client="gmail", subject="Re: Erinnerung: Ihr Termin am 03.03.2026",
        reply_to="rem-1008", quote_style="gmail",
        body="Erledigt, Termin hat heute stattgefunden. Danke!",
        label=conf(1, (1008,), days("03-03")),
    )  # fmt: skip
    ref = mc.OUTBOX["cr-1005"]
    human(
        "d11_long_thread_staff_asked_for_date.eml", sender=1, date="2026-02-11 16:45",
        client="gmail", subject="Re: AW: Bitte bestätigen Sie Ihre Behandlung vom 10.02.2026",
        extra_headers=[
            ("In-Reply-To", "<20260211091402.7c1a@praxis-impulse.de>"),
            ("References", f"{ref.message_id} <CALSK0210a1b2c3+d4e5f6@mail.gmail.com>"
                           " <20260211091402.7c1a@praxis-impulse.de>"),
        ],
        body="Das war der Termin am 10.2., also gestern.\n\n" + sig_sabine + "\n\n"
        "Am Mi., 11. Feb. 2026 um 09:14 Uhr schrieb Praxis Impulse <\n"
        "termine@praxis-impulse.de>:\n\n"
        + gt("Liebe Frau Krüger,\n\ndanke für Ihre Rückmeldung, das mit dem Ton schauen wir"
             " uns an. Könnten Sie uns für die Abrechnung bitte noch das Datum der Behandlung"
             " nennen?\n\nViele Grüße\nMelanie Hartwig\nPraxis Impulse\n\n"
             "Am Di., 10. Feb. 2026 um 12:10 Uhr schrieb Sabine Krüger <\n"
             "sabine.krueger@web.de>:\n\n"
             + gt("Hat stattgefunden, aber der Ton war heute wieder sehr leise. Am 13.1. war"
                  " das auch schon so.\n\n"
                  "Am Di., 10. Feb. 2026 um 11:30 Uhr schrieb Praxis Impulse <\n"
                  "termine@praxis-impulse.de>:\n\n" + gt(ref.text))),
        label=conf(1, (1005,), days("02-10"),
                   note="Staff (a person) asked for the date; the thread starts at our"
                   " request for 10.2.; the sound problem below is already being handled."),
    )  # fmt: skip

    # --- patient 2, Thomas Becker: Mon + Thu 17:30 phone MT, 2.2.-2.3.
    human(
        "d12_jeden_montag_im_februar.eml", sender=2, date="2026-02-24 08:15",
        subject="Bestätigung Behandlungen Februar",
        body="Guten Morgen,\n\nhiermit bestätige ich, dass die Manuelle Therapie jeden Montag"
        " im Februar telefonisch stattgefunden hat. Die Donnerstage bestätige ich separat, da"
        " muss ich erst in meinen Kalender schauen.\n\nGruß\nThomas Becker",
        label=conf(2, (1010, 1012, 1014, 1016), days("02-02", "02-09", "02-16", "02-23"),
                   note="Every Monday of February = 2., 9., 16., 23.2.; Thursdays not yet."),
    )  # fmt: skip
    human(
        "d13_mo_2_2_und_do_5_2.eml", sender=2, date="2026-02-06 07:30",
        subject="Termine diese Woche",
        body="Hallo,\n\nbestätige die Termine Mo 2.2. und Do 5.2., beide per Telefon, beide"
        " haben stattgefunden.\n\nThomas Becker",
        label=conf(2, (1010, 1011), days("02-02", "02-05")),
    )  # fmt: skip
    human(
        "d14_wrong_weekday_ambiguous.eml", sender=2, date="2026-02-13 08:02",
        subject="Bestätigung",
        body="Guten Morgen,\n\nhiermit bestätige ich die Behandlung vom Donnerstag, den 9.2."
        "\n\nMfG\nT. Becker",
        label=conf(2, (), days("02-09"), staff=True,
                   note="9.2. was a Monday (appointment 1012); his Thursdays 5.2. and 12.2."
                   " are appointments too: which one is meant needs a person."),
    )  # fmt: skip
    human(
        "d15_outlook_classic_three_days.eml", sender=2, date="2026-03-03 07:45",
        client="outlook", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 02.03.2026",
        reply_to="cr-1018", quote_style="outlook_classic",
        body="Guten Morgen,\n\nich bestätige den Termin gestern Abend. Außerdem noch den 23.2."
        " und den 26.2., da hatte ich noch nicht geantwortet.\n\nMit freundlichen Grüßen\n"
        "Thomas Becker\n\nBecker Immobilien GmbH\nTel. +49 30 5556677\nMobil 0171 2345678",
        label=conf(2, (1016, 1017, 1018), days("02-23", "02-26", "03-02")),
    )  # fmt: skip
    human(
        "d16_range_alle_vier.eml", sender=2, date="2026-02-20 12:00", subject="Bestätigung",
        body="Hallo,\n\nvom 9.2. bis 19.2. haben alle vier Termine stattgefunden, hiermit"
        " bestätigt.\n\nGruß Thomas Becker",
        label=conf(2, (1012, 1013, 1014, 1015), days("02-09", "02-12", "02-16", "02-19"),
                   note="Four appointments in the range, four named."),
    )  # fmt: skip
    human(
        "d17_range_count_mismatch.eml", sender=2, date="2026-02-21 10:00",
        subject="Bestätigung",
        body="Hallo,\n\nvom 12. bis 19.2. haben beide Termine stattgefunden.\n\nGruß Thomas"
        " Becker",
        label=conf(2, (), days("02-12", "02-19"), staff=True,
                   note="Three appointments lie in 12.-19.2. (12., 16., 19.); 'beide' does"
                   " not fit: a person must ask."),
    )  # fmt: skip
    human(
        "d18_date_only_in_subject.eml", sender=2, date="2026-02-17 07:12", client="iphone",
        subject="16.2. ok", body="\n\nVon meinem iPhone gesendet",
        label=conf(2, (1014,), days("02-16"),
                   note="Mobile mail; the date and 'ok' only in the subject."),
    )  # fmt: skip
    human(
        "d19_reply_reminder_gestern.eml", sender=2, date="2026-02-20 09:10",
        client="thunderbird", subject="Re: Erinnerung: Ihr Termin am 19.02.2026",
        reply_to="rem-1015", quote_style="thunderbird",
        body="Hat gestern gut geklappt, danke.\n\nT. Becker",
        label=conf(2, (1015,), days("02-19")),
    )  # fmt: skip
    human(
        "d20_old_request_three_dates.eml", sender=2, date="2026-02-17 21:30", client="gmail",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 09.02.2026",
        reply_to="cr-1012", quote_style="gmail",
        body="Sorry für die späte Antwort. Ja, der 9.2. hat stattgefunden, ebenso der 12.2. und"
        " gestern der 16.2.\n\nGruß\nThomas",
        label=conf(2, (1012, 1013, 1014), days("02-09", "02-12", "02-16")),
    )  # fmt: skip

    # --- patient 3, Aylin Demir: Wednesdays 08:30 video, 1.4. cancelled
    human(
        "d21_cancelled_day_named.eml", sender=3, date="2026-04-02 08:10", client="gmail",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 25.03.2026",
        reply_to="cr-1022", quote_style="gmail",
        body="Hallo,\n\nich bestätige den 25.3. und den 1.4.\n\nLiebe Grüße\nAylin",
        label=conf(3, (1022,), days("03-25", "04-01"), staff=True,
                   note="The appointment of 1.4. was cancelled: a person must look."),
    )  # fmt: skip
    human(
        "d22_forward_own_answer_wrong_address.eml", sender=3, date="2026-03-21 10:00",
        client="gmail", subject="Fwd: Behandlung 18.3.",
        body="Hallo,\n\ndas ging wohl an die falsche Adresse (termin@ statt termine@), hier"
        " nochmal:\n\n---------- Forwarded message ---------\nVon: Aylin Demir"
        " <aylin.demir@gmail.com>\nDate: Do., 19. März 2026 um 07:41 Uhr\nSubject: Behandlung"
        " 18.3.\nTo: <termin@praxis-impulse.de>\n\n\nHallo,\n\ndie Videobehandlung am 18.3. hat"
        " stattgefunden.\n\nLiebe Grüße\nAylin Demir",
        label=conf(3, (1021,), days("03-18"),
                   note="Her own confirmation, first sent to a wrong address, forwarded."),
    )  # fmt: skip
    human(
        "d23_mi_8_4_reply_to_link.eml", sender=3, date="2026-04-08 09:20", client="gmail",
        subject="Re: Ihr Videotermin am 08.04.2026", reply_to="vl-1024", quote_style="gmail",
        body="Hat heute super funktioniert, damit bestätige ich den Termin Mi 8.4.\n\nAylin",
        label=conf(3, (1024,), days("04-08")),
    )  # fmt: skip
    human(
        "d24_alle_termine_im_april.eml", sender=3, date="2026-04-23 18:00", client="gmail",
        subject="Bestätigung April",
        body="Hallo zusammen,\n\nich bestätige alle Termine im April. Danke für die tolle"
        " Betreuung!\n\nLiebe Grüße\nAylin Demir",
        label=conf(3, (), (), staff=True,
                   note="No day named; April also holds the cancelled 1.4."),
    )  # fmt: skip
    human(
        "d25_fwd_request_answer_above.eml", sender=3, date="2026-03-12 07:30", client="gmail",
        subject="Fwd: Bitte bestätigen Sie Ihre Behandlung vom 11.03.2026",
        forward="cr-1020", quote_style="forward_gmail",
        body="Bestätigt, die Behandlung hat am 11.3. stattgefunden.\n\nAylin",
        label=conf(3, (1020,), days("03-11")),
    )  # fmt: skip
    human(
        "d26_ja_and_cancelled_mentioned.eml", sender=3, date="2026-04-16 07:50",
        client="gmail", subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 15.04.2026",
        reply_to="cr-1025", quote_style="gmail",
        body="Ja, hat stattgefunden. Den Termin am 1.4. hatten Sie ja abgesagt, deshalb hatte"
        " ich da nichts geschickt.\n\nLG Aylin",
        label=conf(3, (1025,), (),
                   note="'Ja' to the request for 15.4.; 1.4. named as cancelled, no day."),
    )  # fmt: skip

    # --- patient 4, Hans-Jürgen Wolff: Fridays 14:00 phone; 9.1. already confirmed
    human(
        "d27_new_year_30_12_und_16_1.eml", sender=4, date="2026-01-17 10:30", client="tonline",
        subject="Bestätigung Telefontermine",
        body="Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Telefontermine am"
        " 30.12. und am 16.1.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        label=conf(4, (1028,), days("2025-12-30", "01-16"), staff=True,
                   note="No appointment on 30.12.2025: a person must look."),
    )  # fmt: skip
    human(
        "d28_30_1_und_6_2.eml", sender=4, date="2026-02-07 11:00", client="tonline",
        subject="Termine",
        body="Guten Tag,\n\ndie Termine am 30.1. und 6.2. haben stattgefunden.\n\nMfG"
        " H.-J. Wolff",
        label=conf(4, (1030, 1031), days("01-30", "02-06")),
    )  # fmt: skip
    human(
        "d29_16_23_und_30_1.eml", sender=4, date="2026-01-31 09:45", client="tonline",
        subject="Bestätigung",
        body="Guten Tag,\n\nich bestätige die Behandlungen am 16., 23. und 30.1.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        label=conf(4, (1028, 1029, 1030), days("01-16", "01-23", "01-30")),
    )  # fmt: skip
    human(
        "d30_new_year_2_1_and_confirmed_9_1.eml", sender=4, date="2026-01-10 09:00",
        client="tonline", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 09.01.2026",
        reply_to="cr-1027", quote_style="tonline",
        body="Guten Tag,\n\ndie Termine am 2.1. und 9.1. haben stattgefunden.\n\nMfG\nWolff",
        label=conf(4, (), days("01-02", "01-09"), staff=True,
                   note="9.1. already confirmed; no appointment on 2.1."),
    )  # fmt: skip
    human(
        "d31_fr_20_2_und_fr_13_2.eml", sender=4, date="2026-02-21 10:15", client="tonline",
        subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 20.02.2026",
        reply_to="cr-1033", quote_style="tonline",
        body="Guten Tag,\n\nja, hat stattgefunden am Fr 20.2. Und am Fr 13.2. auch, das hatte"
        " ich noch nicht bestätigt.\n\nMfG Wolff",
        label=conf(4, (1032, 1033), days("02-13", "02-20")),
    )  # fmt: skip
    human(
        "d32_range_alle_fuenf.eml", sender=4, date="2026-02-14 09:30", client="tonline",
        subject="Bestätigung",
        body="Guten Tag,\n\nvom 16.1. bis 13.2. haben alle fünf Telefontermine stattgefunden."
        "\n\nMfG\nHans-Jürgen Wolff",
        label=conf(4, (1028, 1029, 1030, 1031, 1032),
                   days("01-16", "01-23", "01-30", "02-06", "02-13")),
    )  # fmt: skip

    # --- patient 21, Sophie Wagner: Mondays 09:30 video, 2.2. cancelled
    human(
        "d33_wrong_weekday_dienstag_12_1.eml", sender=21, date="2026-01-13 08:20",
        subject="Bestätigung",
        body="Hallo,\n\nich bestätige die Videobehandlung vom Dienstag, 12.1.\n\nViele Grüße\n"
        "Sophie Wagner",
        label=conf(21, (1124,), days("01-12"),
                   note="12.1. was a Monday; she has no Tuesday appointment, so only 12.1."
                   " can be meant."),
    )  # fmt: skip
    human(
        "d34_12_19_und_26_1.eml", sender=21, date="2026-01-27 07:10", subject="Termine Januar",
        body="Hallo,\n\n12., 19. und 26.1. haben stattgefunden, hiermit bestätigt.\n\nLG Sophie",
        label=conf(21, (1124, 1125, 1126), days("01-12", "01-19", "01-26")),
    )  # fmt: skip
    human(
        "d35_range_alle_drei.eml", sender=21, date="2026-01-27 19:40", subject="Bestätigung",
        body="Guten Abend,\n\nvom 12.1. bis 26.1. alle drei Termine wahrgenommen, hiermit"
        " bestätigt.\n\nViele Grüße\nSophie Wagner",
        label=conf(21, (1124, 1125, 1126), days("01-12", "01-19", "01-26")),
    )  # fmt: skip
    human(
        "d36_jeden_montag_incl_cancelled.eml", sender=21, date="2026-02-17 08:00",
        subject="Bestätigung",
        body="Hallo,\n\njeden Montag im Februar hat die Behandlung stattgefunden, das bestätige"
        " ich hiermit.\n\nViele Grüße\nSophie Wagner",
        label=conf(21, (1128, 1129), days("02-02", "02-09", "02-16"), staff=True,
                   note="Mondays so far: 2.2. (cancelled), 9.2., 16.2.: the cancelled one"
                   " needs a person."),
    )  # fmt: skip
    human(
        "d37_mo_12_1_reply_reminder.eml", sender=21, date="2026-01-12 10:20",
        subject="Re: Erinnerung: Ihr Termin am 12.01.2026", reply_to="rem-1124",
        quote_style="gmail", client="gmail",
        body="Termin Mo 12.1. hat stattgefunden, danke!\n\nSophie Wagner",
        label=conf(21, (1124,), days("01-12")),
    )  # fmt: skip
    human(
        "d38_apple_inline_9_2.eml", sender=21, date="2026-02-09 12:40", client="apple",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 09.02.2026", reply_to="cr-1128",
        body=apple_inline("cr-1128", [
            "Guten Tag Frau Wagner,\n\nIhre Behandlung (Krankengymnastik per Video) war für"
            " Montag, 09.02.2026 um 09:30 Uhr geplant.",
            "Ja, hat stattgefunden.",
            "Bitte bestätigen Sie uns mit einer kurzen Antwort auf diese Mail, dass die"
            " Behandlung stattgefunden hat, und nennen Sie dabei das Datum.",
            "9.2.",
            "Vielen Dank!\n\n" + mc._our_signature(),
        ]),
        label=conf(21, (1128,), days("02-09")),
    )  # fmt: skip

    # --- patient 16, Birgit Schäfer: Wednesdays 19:00 video; two registered addresses
    office_sig = (
        "Mit freundlichen Grüßen\n\nBirgit Schäfer\nSteuerberaterin\n\nSchäfer Steuerberatung\n"
        "Hauptstraße 12, 10827 Berlin\nTel. 030 7788990 | Fax 030 7788991\n"
        f"{SECOND_ADDRESS}\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht"
        " der richtige Adressat sind, informieren Sie bitte sofort den Absender."
    )
    human(
        "d39_second_address_two_dates.eml", sender=SECOND_ADDRESS, name="Birgit Schäfer",
        date="2026-10-15 08:30", client="outlook", subject="Bestätigung Videotermine",
        body="Guten Morgen,\n\nich schreibe Ihnen von meiner Büroadresse: die Videotermine am"
        " 07.10. und 14.10. haben beide stattgefunden.\n\n" + office_sig,
        label=conf(16, (1098, 1099), days("10-07", "10-14"),
                   note="Her second registered address."),
    )  # fmt: skip
    human(
        "d40_second_address_reply_gestern.eml", sender=SECOND_ADDRESS, name="Birgit Schäfer",
        date="2026-10-22 07:50", client="outlook",
        subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 21.10.2026",
        reply_to="cr-1100", quote_style="outlook",
        body="Guten Morgen,\n\nder Termin gestern hat stattgefunden.\n\nBeste Grüße\n"
        "Birgit Schäfer",
        label=conf(16, (1100,), days("10-21")),
    )  # fmt: skip
    human(
        "d41_unregistered_third_address.eml", sender="birgit.schaefer@icloud.com",
        name="Birgit Schäfer", date="2026-11-05 09:00", client="iphone",
        subject="Bestätigung",
        body="Hallo, die Termine am 28.10. und 4.11. haben stattgefunden. Gruß Birgit Schäfer"
        "\n\nVon meinem iPhone gesendet",
        label=conf(0, (), days("10-28", "11-04"), staff=True,
                   note="Not a registered address (same name as patient 16): staff."),
    )  # fmt: skip
    human(
        "d42_new_outlook_html_only_second_address.eml", sender=SECOND_ADDRESS,
        name="Birgit Schäfer", date="2026-11-12 08:05", client="outlook",
        subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 11.11.2026", reply_to="cr-1103",
        html_only=True,
        html=outlook_html(
            "<div>Guten Morgen,</div><div><br></div><div>die Behandlungen am 04.11. und 11.11."
            " haben stattgefunden.</div><div><br></div><div>Beste Grüße</div><div>Birgit"
            " Schäfer</div>",
            "cr-1103", SECOND_ADDRESS, new_outlook=True,
        ),
        body="",
        label=conf(16, (1102, 1103), days("11-04", "11-11")),
    )  # fmt: skip
    human(
        "d43_fwd_outlook_request_28_10.eml", sender=16, date="2026-10-29 07:20",
        client="outlook", subject="WG: Bitte bestätigen Sie Ihre Behandlung vom 28.10.2026",
        forward="cr-1101", quote_style="forward_outlook",
        body="ja, hat stattgefunden (28.10.)\n\nBirgit Schäfer",
        label=conf(16, (1101,), days("10-28")),
    )  # fmt: skip

    # --- patient 22, Mehmet Aydın: Thursdays 12:30 phone
    human(
        "d44_old_request_newer_date.eml", sender=22, date="2026-03-06 08:00", client="outlook",
        subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 19.02.2026",
        reply_to="cr-1130", quote_style="outlook",
        body="Hallo,\n\nTermin am 5.3. hat stattgefunden.\n\nGruß Mehmet Aydın\n\n"
        "Gesendet von Outlook für Android",
        label=conf(22, (1132,), days("03-05"),
                   note="Reply to the old request for 19.2.; only 5.3. is confirmed."),
    )  # fmt: skip
    human(
        "d45_three_dates_and_reschedule.eml", sender=22, date="2026-03-13 07:00",
        subject="Termine",
        body="Hallo,\n\nbestätige hiermit 26.2., 5.3. und 12.3.\nNächste Woche Donnerstag kann"
        " ich leider nicht, können wir den Termin auf Freitag verschieben?\n\nMehmet",
        label=conf(22, (1131, 1132, 1133), days("02-26", "03-05", "03-12"), staff=True,
                   extra=("reschedule",)),
    )  # fmt: skip
    human(
        "d46_re_26_3_ok_subject_only.eml", sender=22, date="2026-03-27 06:50",
        client="samsung", subject="Re: 26.3. ok", reply_to="cr-1135", quote_style="samsung",
        body="\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        label=conf(22, (1135,), days("03-26")),
    )  # fmt: skip
    human(
        "d47_do_19_3_plus_question.eml", sender=22, date="2026-03-20 08:30",
        subject="Termin gestern",
        body="Hallo,\n\nTermin Donnerstag, 19.3. hat stattgefunden. Wie geht es nach dem 26.3."
        " weiter, brauche ich ein neues Rezept?\n\nGruß Mehmet",
        label=conf(22, (1134,), days("03-19"), staff=True, extra=("question",)),
    )  # fmt: skip

    # --- patient 9, Gisela Neumann: Tue + Thu 09:00 phone in July
    human(
        "d48_diese_woche_di_und_do.eml", sender=9, date="2026-07-17 10:00",
        subject="Bestätigung",
        body="Sehr geehrte Damen und Herren,\n\ndie Termine diese Woche am Dienstag und am"
        " Donnerstag haben stattgefunden.\n\nMit freundlichen Grüßen\nGisela Neumann",
        label=conf(9, (1058, 1059), days("07-14", "07-16"),
                   note="Friday 17.7.: this Tuesday = 14.7., this Thursday = 16.7."),
    )  # fmt: skip
    human(
        "d49_21_und_23_7_phone_numbers.eml", sender=9, date="2026-07-24 09:40",
        subject="Bestätigung der Behandlungen",
        body="Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Telefonbehandlungen"
        " am 21. und 23.7.2026.\n\nSollten Sie Fragen haben, erreichen Sie mich unter"
        " 030 / 12 34 56 oder mobil 0160 98 76 54 3.\n\nMit freundlichen Grüßen\n"
        "Gisela Neumann",
        label=conf(9, (1060, 1061), days("07-21", "07-23")),
    )  # fmt: skip
    human(
        "d50_all_seven_july_listed.eml", sender=9, date="2026-07-29 10:15",
        subject="Alle Termine Juli",
        body="Sehr geehrtes Praxisteam,\n\nich bestätige alle Termine im Juli: 7.7., 9.7.,"
        " 14.7., 16.7., 21.7., 23.7. und 28.7.\n\nHerzliche Grüße\nGisela Neumann",
        label=conf(9, (1056, 1057, 1058, 1059, 1060, 1061, 1062),
                   days("07-07", "07-09", "07-14", "07-16", "07-21", "07-23", "07-28")),
    )  # fmt: skip

    # --- patient 11, Emily Carter (English): Mondays 12:00 video
    human(
        "d51_en_aug_3_and_aug_10.eml", sender=11, date="2026-08-11 18:00", client="gmail",
        subject="Session confirmation",
        body="Hi there,\n\nI can confirm that both sessions, Aug 3 and Aug 10, took place.\n\n"
        "Best,\nEmily",
        label=conf(11, (1069, 1070), days("08-03", "08-10")),
    )  # fmt: skip
    human(
        "d52_en_monday_31st_and_7th.eml", sender=11, date="2026-09-08 07:40", client="gmail",
        subject="Re: Please confirm your treatment on 07/09/2026", reply_to="cr-1074",
        quote_style="gmail_en",
        body="Yes, confirmed - Monday 31st August and Monday 7th September both went ahead."
        " Thanks!\n\nEmily Carter",
        label=conf(11, (1073, 1074), days("08-31", "09-07")),
    )  # fmt: skip
    human(
        "d53_en_all_sessions_august.eml", sender=11, date="2026-08-25 20:00", client="gmail",
        subject="Sessions",
        body="Hi,\n\njust to confirm all my sessions in August so far took place as planned."
        "\n\nCheers,\nEmily",
        label=conf(11, (), (), staff=True, note="No day named."),
    )  # fmt: skip
    human(
        "d54_en_reply_link_worked_today.eml", sender=11, date="2026-08-17 13:10",
        client="iphone", subject="Re: Your video appointment on 17/08/2026",
        reply_to="vl-1071", quote_style="iphone",
        body="Worked perfectly today, thanks! Session done.\n\nSent from my iPhone",
        label=conf(11, (1071,), days("08-17")),
    )  # fmt: skip

    # --- patient 23, James O'Neill (English): Tuesdays 19:30 phone MT
    human(
        "d55_en_14_04_and_21_04.eml", sender=23, date="2026-04-22 08:00", client="outlook",
        subject="RE: Please confirm your treatment on 21/04/2026", reply_to="cr-1137",
        quote_style="outlook_en",
        body="Hi,\n\nHappy to confirm 14/04 and 21/04.\n\nKind regards,\nJames O'Neill",
        label=conf(23, (1136, 1137), days("04-14", "04-21")),
    )  # fmt: skip
    human(
        "d56_en_last_three_sessions.eml", sender=23, date="2026-05-13 08:00", client="outlook",
        subject="Confirmation",
        body="Hello,\n\nI'd like to confirm the last three sessions.\n\nRegards,\nJames",
        label=conf(23, (), (), staff=True, note="No day named."),
    )  # fmt: skip
    human(
        "d57_en_old_request_newer_dates.eml", sender=23, date="2026-05-20 07:30",
        client="outlook", subject="RE: Please confirm your treatment on 05/05/2026",
        reply_to="cr-1139", quote_style="outlook_en",
        body="Sorry for the late reply - the call on 12 May and last night's (19 May) both"
        " happened.\n\nJames",
        label=conf(23, (1140, 1141), days("05-12", "05-19"),
                   note="Reply to the request for 5 May, which it does not confirm."),
    )  # fmt: skip

    # --- patient 6, Peter Hoffmann: Mondays 07:30 KGG, 18.5. also MT 12:30, 26.5. a Tuesday
    human(
        "d58_11_5_and_both_on_18_5.eml", sender=6, date="2026-05-19 06:45", client="outlook",
        subject="Bestätigung",
        body="Guten Morgen,\n\nich bestätige Mo 11.5. (KGG) und den 18.5., an dem Tag beide"
        " Termine (KGG morgens und MT mittags).\n\nGruß\nPeter Hoffmann",
        label=conf(6, (1041, 1042, 1043), days("05-11", "05-18")),
    )  # fmt: skip
    human(
        "d59_wrong_weekday_montag_26_5.eml", sender=6, date="2026-05-27 07:00",
        client="outlook", subject="KGG",
        body="Guten Morgen,\n\ndie KGG am Montag, 26.5. hat stattgefunden.\n\nP. Hoffmann",
        label=conf(6, (1044,), days("05-26"),
                   note="26.5. was the Tuesday after Whit Monday; no appointment on 25.5."),
    )  # fmt: skip

    # --- patient 13, Dr. Michael Vogel: Thursdays 07:00 video MT; 3.9. already confirmed
    human(
        "d60_outlook_html_only_one_confirmed.eml", sender=13, date="2026-09-18 07:55",
        client="outlook", subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 17.09.2026",
        reply_to="cr-1083", html_only=True,
        html=outlook_html(mso(
            "Sehr geehrte Damen und Herren,", "",
            "hiermit bestätige ich die Termine vom 03.09., 10.09. und 17.09.2026.", "",
            "Mit freundlichen Grüßen", "Dr. Michael Vogel", "",
            "<span style=\"font-size:9pt;color:gray\">Vogel &amp; Partner Rechtsanwälte ·"
            " Kurfürstendamm 21 · 10719 Berlin · Tel. +49 30 8899 1234</span>", "",
        ), "cr-1083", "m.vogel@vogel-partner.de"),
        body="",
        label=conf(13, (1082, 1083), days("09-03", "09-10", "09-17"),
                   note="3.9. was confirmed before; nothing for staff."),
    )  # fmt: skip
    human(
        "d61_24_9_1_10_8_10.eml", sender=13, date="2026-10-09 07:45", client="outlook",
        subject="Bestätigung MT",
        body="Guten Morgen,\n\ndie MT-Termine am 24.9., 1.10. und 8.10. haben stattgefunden."
        "\n\nMfG\nM. Vogel",
        label=conf(13, (1084, 1085, 1086), days("09-24", "10-01", "10-08")),
    )  # fmt: skip

    # --- patient 19, David Nowak: Fridays 08:00 video MT in November
    human(
        "d62_new_year_late_november.eml", sender=19, date="2027-01-04 10:00",
        subject="Nachtrag Bestätigung",
        body="Hallo,\n\nfrohes neues Jahr! Mir ist beim Aufräumen aufgefallen, dass ich zwei"
        " Termine noch nicht bestätigt habe: 20.11. und 27.11., beide haben stattgefunden.\n\n"
        "Viele Grüße\nDavid Nowak",
        label=conf(19, (1118, 1119), days("11-20", "11-27"),
                   note="Written in January 2027: the days are last year's."),
    )  # fmt: skip
    human(
        "d63_reply_reminder_war_gut_gestern.eml", sender=19, date="2026-11-28 10:00",
        subject="Re: Erinnerung: Ihr Termin am 27.11.2026", reply_to="rem-1119",
        quote_style="thunderbird", client="thunderbird",
        body="War gut gestern, danke!\n\nDavid",
        label=conf(19, (1119,), days("11-27")),
    )  # fmt: skip
    human(
        "d64_late_ja_to_older_request.eml", sender=19, date="2026-11-14 09:00",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 06.11.2026", reply_to="cr-1116",
        quote_style="thunderbird", client="thunderbird",
        body="Ja, hat stattgefunden.\n\nDavid",
        label=conf(19, (1116,), (),
                   note="Late 'Ja' to the request for 6.11.; 13.11. is not meant."),
    )  # fmt: skip

    # --- patient 18, Renate Koch: Mon + Wed 15:00 phone; 15.4. already confirmed
    human(
        "d65_30_3_und_1_4.eml", sender=18, date="2026-04-02 09:00", client="tonline",
        subject="Telefontermine",
        body="Guten Tag,\n\ndie Telefontermine am 30.3. und 1.4. haben stattgefunden.\n\n"
        "Freundliche Grüße\nRenate Koch",
        label=conf(18, (1111, 1112), days("03-30", "04-01")),
    )  # fmt: skip
    human(
        "d66_13_und_15_4_one_confirmed.eml", sender=18, date="2026-04-16 10:00",
        client="tonline", subject="Bestätigung",
        body="Guten Tag,\n\nhiermit bestätige ich die Termine am 13. und 15.4.\n\n"
        "Freundliche Grüße\nRenate Koch",
        label=conf(18, (1114,), days("04-13", "04-15"), note="15.4. was confirmed before."),
    )  # fmt: skip
    human(
        "d67_montag_und_gestern.eml", sender=18, date="2026-03-26 09:30", client="tonline",
        subject="Termine diese Woche",
        body="Guten Morgen,\n\ndie Termine am Montag (23.3.) und gestern haben beide"
        " stattgefunden.\n\nR. Koch",
        label=conf(18, (1109, 1110), days("03-23", "03-25")),
    )  # fmt: skip

    # --- patient 12, Fatma Yıldız: Wednesdays 10:30 phone, 19.8. cancelled
    human(
        "d68_cancelled_middle_of_three.eml", sender=12, date="2026-08-27 12:00",
        client="webde", subject="Termine",
        body="Hallo,\n\n12.8., 19.8. und 26.8. haben stattgefunden.\n\nGrüße\nFatma Yıldız",
        label=conf(12, (1076, 1078), days("08-12", "08-19", "08-26"), staff=True,
                   note="19.8. was cancelled: a person must look."),
    )  # fmt: skip

    # --- patient 15, Klaus Zimmermann: Mondays 11:00 phone, 26.10. cancelled
    human(
        "d69_ja_gestern_cancelled_mentioned.eml", sender=15, date="2026-11-03 08:00",
        subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 02.11.2026", reply_to="cr-1097",
        quote_style="gmail", client="gmail",
        body="Ja, gestern hat stattgefunden. Am 26.10. war ja keiner, der fiel aus.\n\n"
        "Gruß Klaus Zimmermann",
        label=conf(15, (1097,), days("11-02"), note="26.10. named as cancelled, no day."),
    )  # fmt: skip

    # --- patient 14, Anna Lehmann: Tuesdays 13:00 video
    human(
        "d70_thunderbird_bottom_post.eml", sender=14, date="2026-10-07 09:00",
        client="thunderbird", subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 06.10.2026",
        reply_to="cr-1091", quote_style="thunderbird", bottom_post=True,
        body="29.9. und 6.10. haben beide stattgefunden.\n\nAnna Lehmann",
        label=conf(14, (1090, 1091), days("09-29", "10-06")),
    )  # fmt: skip


def check_labels() -> None:
    """Catch labelling slips against the practice (make_corpus's checks, 2025 days allowed)."""
    seen: set[str] = set()
    for mail in mc.MAILS:
        assert mail.file not in seen, mail.file
        seen.add(mail.file)
        for aid in mail.label.confirmed:
            a = mc.APPOINTMENTS[aid]
            assert a.patient_id == mail.label.patient, mail.file
            assert a.start < mail.mail_date, mail.file
            assert a.status == "scheduled", mail.file
            assert a.confirmed_at is None, mail.file
        for day in mail.label.dates:
            assert day <= mail.mail_date.date().isoformat(), mail.file
        # A confirmation that records nothing must reach a person.
        assert mail.label.confirmed or mail.label.needs_staff, mail.file


def write_labels() -> None:
    lines = [
        "# Blind corpus D: expected decision per mail (format: ../corpus/README.md).",
        "# Generated by make_blind.py; labelled by hand without reading the rules.",
        "",
    ]
    for mail in mc.MAILS:
        lab = mail.label
        lines += [
            "[[mail]]",
            f"file = {mc._toml_str(mail.file)}",
            f"categories = {mc._toml_list(lab.categories)}",
            f"confirmation = {'true' if 'confirmation' in lab.categories else 'false'}",
            f"patient = {lab.patient}",
            f"confirmed = {mc._toml_list(lab.confirmed)}",
            f"dates = {mc._toml_list(lab.dates)}",
            f"forms = {mc._toml_list(lab.forms)}",
            f"needs_staff = {'true' if lab.needs_staff else 'false'}",
        ]
        if lab.note:
            lines.append(f"note = {mc._toml_str(lab.note)}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    load_practice()
    write_mails()
    check_labels()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    write_labels()
    print(f"{len(mc.MAILS)} mails written to {HERE}")


if __name__ == "__main__":
    main()
