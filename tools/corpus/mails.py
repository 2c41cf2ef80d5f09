"""The practice and the hand-written mails of the corpus (run `python -m tools.corpus.make_corpus`).

Each mail is its own scenario against the same practice snapshot (practice.toml): the
appointment states there do not change between mails.
"""

from __future__ import annotations

from tools.corpus.make_corpus import (
    APPOINTMENTS,
    OUTBOX,
    Label,
    OutboxRow,
    appt,
    build_outbox,
    docx,
    heic,
    human,
    jpeg,
    local,
    patient,
    pdf,
    png,
    raw_mail,
    series,
    zipped,
)

# --- patients and appointments ---------------------------------------------------------

patient(1, "Sabine Krüger", "sabine.krueger@web.de", "gkv", "Frau Krüger")
series(
    1,
    [
        f"2026-{d} 10:00"
        for d in ("01-13", "01-20", "01-27", "02-03", "02-10", "02-17", "02-24", "03-03", "03-10")
    ],
    "video",
    "KG",
)
patient(2, "Thomas Becker", "t.becker@gmx.de", "private", "Herr Becker")
series(
    2,
    [
        f"2026-{d} 17:30"
        for d in ("02-02", "02-05", "02-09", "02-12", "02-16", "02-19", "02-23", "02-26", "03-02")
    ],
    "phone",
    "MT",
)
patient(3, "Aylin Demir", "aylin.demir@gmail.com", "gkv", "Frau Demir")
series(
    3,
    [
        f"2026-{d} 08:30"
        for d in ("03-04", "03-11", "03-18", "03-25", "04-01", "04-08", "04-15", "04-22")
    ],
    "video",
    "KG",
)
patient(4, "Hans-Jürgen Wolff", "hj.wolff@t-online.de", "gkv", "Herr Wolff")
series(
    4,
    [f"2026-{d} 14:00" for d in ("01-09", "01-16", "01-23", "01-30", "02-06", "02-13", "02-20")],
    "phone",
    "KG",
)
patient(
    5, "Marie Schulz", "k.schulz@posteo.de", "gkv", "Frau Schulz"
)  # a child; her mother's address
series(
    5,
    [f"2026-{d} 15:30" for d in ("04-16", "04-23", "04-30", "05-07", "05-21", "05-28")],
    "video",
    "KG",
)
patient(6, "Peter Hoffmann", "peter.hoffmann@outlook.de", "private", "Herr Hoffmann")
series(6, [f"2026-{d} 07:30" for d in ("05-04", "05-11", "05-18")], "video", "KGG")
series(6, ["2026-05-18 12:30"], "video", "MT")
series(6, ["2026-05-26 07:30", "2026-06-01 07:30"], "video", "KGG")
patient(7, "Elena Popescu", "elena.popescu@yahoo.de", "gkv", "Frau Popescu", new=True)
series(7, [f"2026-{d} 11:00" for d in ("06-02", "06-09", "06-16", "06-23", "06-30")], "video", "KG")
patient(8, "Jonas Richter", "jonas.richter@icloud.com", "private", "Herr Richter", new=True)
series(8, [f"2026-{d} 18:00" for d in ("06-03", "06-10", "06-17", "06-24", "07-01")], "video", "MT")
patient(9, "Gisela Neumann", "gisela.neumann@freenet.de", "gkv", "Frau Neumann")
series(
    9,
    [f"2026-{d} 09:00" for d in ("07-07", "07-09", "07-14", "07-16", "07-21", "07-23", "07-28")],
    "phone",
    "KG",
)
patient(10, "Lukas Brandt", "lukas.brandt@mailbox.org", "private", "Herr Brandt")
series(
    10,
    [f"2026-{d} 16:00" for d in ("07-03", "07-10", "07-17", "07-24", "07-31", "08-07")],
    "video",
    "KG",
)
patient(11, "Emily Carter", "emily.carter@gmail.com", "private", "Ms Carter")
series(
    11,
    [f"2026-{d} 12:00" for d in ("08-03", "08-10", "08-17", "08-24", "08-31", "09-07")],
    "video",
    "KG",
)
patient(12, "Fatma Yıldız", "fatma.yildiz@web.de", "gkv", "Frau Yıldız")
series(
    12,
    [f"2026-{d} 10:30" for d in ("08-05", "08-12", "08-19", "08-26", "09-02", "09-09")],
    "phone",
    "KG",
)
patient(13, "Dr. Michael Vogel", "m.vogel@vogel-partner.de", "private", "Herr Dr. Vogel")
series(
    13,
    [f"2026-{d} 07:00" for d in ("09-03", "09-10", "09-17", "09-24", "10-01", "10-08")],
    "video",
    "MT",
)
patient(14, "Anna Lehmann", "anna.lehmann@uni-beispiel.de", "gkv", "Frau Lehmann")
series(
    14,
    [f"2026-{d} 13:00" for d in ("09-08", "09-15", "09-22", "09-29", "10-06", "10-13")],
    "video",
    "KG",
)
patient(15, "Klaus Zimmermann", "klaus.zimmermann@arcor.de", "gkv", "Herr Zimmermann")
series(
    15, [f"2026-{d} 11:00" for d in ("10-05", "10-12", "10-19", "10-26", "11-02")], "phone", "KG"
)
patient(
    16,
    "Birgit Schäfer",
    ("birgit.schaefer@gmx.net", "b.schaefer@schaefer-steuerberatung.de"),
    "gkv",
    "Frau Schäfer",
)
series(
    16,
    [f"2026-{d} 19:00" for d in ("10-07", "10-14", "10-21", "10-28", "11-04", "11-11")],
    "video",
    "KG",
)
patient(17, "Ole Jansen", "ole.jansen@gmail.com", "private", "Herr Jansen", new=True)
series(
    17, [f"2026-{d} 10:00" for d in ("10-22", "10-29", "11-05", "11-12", "11-19")], "video", "KGG"
)
patient(18, "Renate Koch", "renate.koch@t-online.de", "gkv", "Frau Koch")
series(
    18,
    [f"2026-{d} 15:00" for d in ("03-23", "03-25", "03-30", "04-01", "04-08", "04-13", "04-15")],
    "phone",
    "KG",
)
patient(19, "David Nowak", "david.nowak@proton.me", "private", "Herr Nowak")
series(19, [f"2026-{d} 08:00" for d in ("11-06", "11-13", "11-20", "11-27")], "video", "MT")
patient(20, "Leonie Hartmann", "leonie.hartmann@web.de", "gkv", "Frau Hartmann", new=True)
series(20, [f"2026-{d} 17:00" for d in ("11-03", "11-10", "11-17", "11-24")], "video", "KG")
patient(21, "Sophie Wagner", "sophie.wagner@gmx.de", "gkv", "Frau Wagner")
series(
    21,
    [f"2026-{d} 09:30" for d in ("01-12", "01-19", "01-26", "02-02", "02-09", "02-16")],
    "video",
    "KG",
)
patient(22, "Mehmet Aydın", "mehmet.aydin@hotmail.de", "gkv", "Herr Aydın")
series(
    22,
    [f"2026-{d} 12:30" for d in ("02-19", "02-26", "03-05", "03-12", "03-19", "03-26")],
    "phone",
    "KG",
)
patient(23, "James O'Neill", "james.oneill@outlook.com", "private", "Mr O'Neill")
series(
    23,
    [f"2026-{d} 19:30" for d in ("04-14", "04-21", "04-28", "05-05", "05-12", "05-19")],
    "phone",
    "MT",
)
patient(24, "Ursula Berger", "u.berger@kabelmail.de", "gkv", "Frau Berger")
series(
    24,
    [f"2026-{d} 09:00" for d in ("05-06", "05-13", "05-20", "05-27", "06-03", "06-10")],
    "phone",
    "KG",
)

# What had happened before the corpus: some appointments cancelled, some confirmed.
for pid, day in ((3, "04-01"), (21, "02-02"), (12, "08-19"), (15, "10-26")):
    APPOINTMENTS[appt(pid, day)].status = "cancelled"
for pid, day, when in (
    (1, "01-13", "2026-01-13 19:40"),
    (1, "01-20", "2026-01-20 12:02"),
    (4, "01-09", "2026-01-09 18:15"),
    (13, "09-03", "2026-09-03 08:10"),
    (18, "04-15", "2026-04-15 17:20"),
):
    APPOINTMENTS[appt(pid, day)].confirmed_at = local(when)

build_outbox()


def cr(pid: int, day: str) -> str:
    """OUTBOX key of our confirmation request for that appointment."""
    return f"cr-{appt(pid, day)}"


def rem(pid: int, day: str) -> str:
    return f"rem-{appt(pid, day)}"


def vl(pid: int, day: str) -> str:
    return f"vl-{appt(pid, day)}"


def C(
    pid: int,
    *days: str,
    extra: tuple[str, ...] = (),
    staff: bool = False,
    forms: tuple[str, ...] = (),
    note: str = "",
) -> Label:
    """Label of a clean confirmation of the patient's appointments on these 2026 days."""
    return Label(
        categories=("confirmation", *extra),
        patient=pid,
        confirmed=tuple(appt(pid, d) for d in days),
        dates=tuple(f"2026-{d}" for d in days),
        forms=forms,
        needs_staff=staff,
        note=note,
    )


def S(
    categories: tuple[str, ...],
    pid: int = 0,
    *,
    dates: tuple[str, ...] = (),
    forms: tuple[str, ...] = (),
    note: str = "",
) -> Label:
    """Label of a mail a person must handle (nothing confirmed)."""
    return Label(
        categories=categories,
        patient=pid,
        dates=tuple(f"2026-{d}" for d in dates),
        forms=forms,
        needs_staff=True,
        note=note,
    )


# --- confirmations ---------------------------------------------------------------------

human(
    "c001_fresh_full_date.eml",
    sender=1,
    date="2026-02-03 18:22",
    client="webde",
    subject="Bestätigung Behandlung 03.02.",
    body="""
Hallo liebes Praxisteam,

hiermit bestätige ich, dass die Behandlung am 03.02.2026 per Video stattgefunden hat.

Viele Grüße
Sabine Krüger
""",
    label=C(1, "02-03"),
)

human(
    "c002_gmail_reply_dateless.eml",
    sender=1,
    date="2026-02-10 12:47",
    client="gmail",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 10.02.2026",
    reply_to=cr(1, "02-10"),
    quote_style="gmail",
    body="""
Ja, hat stattgefunden. Danke!

Sabine
""",
    label=Label(
        categories=("confirmation",),
        patient=1,
        confirmed=(appt(1, "02-10"),),
        note="dateless reply to our request for 10.02.; the quoted date must not count",
    ),
)

human(
    "c003_two_dates.eml",
    sender=1,
    date="2026-02-24 19:05",
    client="webde",
    subject="Behandlungen",
    body="""
Guten Abend,

ich bestätige die beiden letzten Termine, am 17.2. und heute am 24.2. Beide haben stattgefunden.

Liebe Grüße
Sabine Krüger
""",
    label=C(1, "02-17", "02-24"),
)

human(
    "c004_outlook_weekday_month.eml",
    sender=2,
    date="2026-02-03 08:12",
    client="outlook",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 02.02.2026",
    reply_to=cr(2, "02-02"),
    quote_style="outlook_classic",
    body="""
Sehr geehrte Damen und Herren,

die telefonische Behandlung am Montag, 2. Februar hat stattgefunden.

Mit freundlichen Grüßen
Thomas Becker
""",
    label=C(2, "02-02"),
)

human(
    "c005_three_dates_month_name.eml",
    sender=2,
    date="2026-02-13 07:51",
    client="plain",
    subject="Bestätigung",
    body="""
Guten Morgen,

die Behandlungen am 5., 9. und 12. Februar habe ich erhalten, alles hat stattgefunden.

Gruß T. Becker
""",
    label=C(2, "02-05", "02-09", "02-12"),
)

human(
    "c006_gestern.eml",
    sender=2,
    date="2026-02-17 09:30",
    client="plain",
    subject="Termin gestern",
    body="""
Hallo,
die Behandlung gestern hat wie geplant stattgefunden.
Thomas Becker
""",
    label=C(2, "02-16"),
)

human(
    "c007_lowercase_no_year.eml",
    sender=3,
    date="2026-03-04 21:14",
    client="gmail",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 04.03.2026",
    reply_to=cr(3, "03-04"),
    quote_style="gmail",
    body="""
hallo, ja der termin am 4.3 hat stattgefunden lg aylin
""",
    label=C(3, "03-04"),
)

human(
    "c008_iphone_short.eml",
    sender=3,
    date="2026-03-11 10:02",
    client="iphone",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 11.03.2026",
    reply_to=cr(3, "03-11"),
    quote_style="iphone",
    body="""
Bestätigt ✅ Termin 11.03. hat stattgefunden

Von meinem iPhone gesendet
""",
    label=C(3, "03-11"),
)

human(
    "c009_heute.eml",
    sender=3,
    date="2026-03-18 19:05",
    client="gmail",
    subject="Bestätigung",
    body="""
Hallo zusammen,

hiermit bestätige ich die heutige Behandlung per Video.

Liebe Grüße
Aylin Demir
""",
    label=C(3, "03-18"),
)

human(
    "c010_tonline_lowercase_typo.eml",
    sender=4,
    date="2026-01-17 11:40",
    client="tonline",
    subject="behandlung",
    body="""
sehr geehrte damen und herren,
hiermit bestätige ich die behandlung vom 16.01.26 per telefon.
mfg
h.-j. wolff
""",
    label=C(4, "01-16"),
)

human(
    "c011_typo_friday.eml",
    sender=4,
    date="2026-01-24 10:15",
    client="tonline",
    subject="Bestätigung",
    reply_to=cr(4, "01-23"),
    quote_style="tonline",
    body="""
Guten Tag,
die Behandlumg am Freitag den 23.1 habe ich erhalten. Danke an Frau Seidel.
Hans-Jürgen Wolff
""",
    label=C(4, "01-23"),
)

human(
    "c012_two_dates_und.eml",
    sender=4,
    date="2026-02-07 16:20",
    client="tonline",
    subject="Telefonbehandlungen",
    body="""
Sehr geehrte Damen und Herren,

die Behandlungen am 30.1. und 6.2. haben stattgefunden.

Mit freundlichen Grüßen
H.-J. Wolff
Tel. 0331 7654321
""",
    label=C(4, "01-30", "02-06", note="phone number in the signature is no date"),
)

human(
    "c013_mother_for_child.eml",
    sender=5,
    name="Katrin Schulz",
    date="2026-04-16 17:45",
    client="plain",
    subject="Bestätigung Behandlung Marie",
    body="""
Hallo,

hiermit bestätige ich, dass meine Tochter Marie am 16.04. ihre Videobehandlung hatte.

Viele Grüße
Katrin Schulz
""",
    label=C(5, "04-16", note="mother writes for her daughter from the registered address"),
)

human(
    "c014_thunderbird_mother_dateless.eml",
    sender=5,
    name="Katrin Schulz",
    date="2026-04-23 20:31",
    client="thunderbird",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 23.04.2026",
    reply_to=cr(5, "04-23"),
    quote_style="thunderbird",
    body="""
Hallo,

ja, Marie war dabei, hat alles geklappt.

Gruß K. Schulz
""",
    label=Label(
        categories=("confirmation",),
        patient=5,
        confirmed=(appt(5, "04-23"),),
        note="dateless reply to the request for 23.04.",
    ),
)

human(
    "c015_outlook_two_dates_full.eml",
    sender=6,
    date="2026-05-12 08:02",
    client="outlook",
    subject="Bestätigung KGG",
    body="""
Guten Morgen,

die Termine am 04.05. und 11.05.2026 haben stattgefunden.

Beste Grüße
Peter Hoffmann

Peter Hoffmann
Vertriebsleiter
Hoffmann & Söhne GmbH
Tel.: +49 30 8899 1200 | Mobil: +49 171 2233445
""",
    label=C(6, "05-04", "05-11"),
)

human(
    "c016_two_appointments_same_day.eml",
    sender=6,
    date="2026-05-18 20:10",
    client="outlook",
    subject="Termin heute",
    body="""
Hallo,

der Termin am 18.5. hat stattgefunden.

Gruß Peter Hoffmann
""",
    label=Label(
        categories=("confirmation",),
        patient=6,
        dates=("2026-05-18",),
        needs_staff=True,
        note="two appointments that day (KGG and MT): staff must decide which",
    ),
)

human(
    "c017_learner_german.eml",
    sender=7,
    date="2026-06-02 15:20",
    client="yahoo",
    subject="Bestätigung",
    body="""
Hallo,
ich bestätige Behandlung am 2. Juni, war sehr gut.
Danke schön
Elena
""",
    label=C(7, "06-02"),
)

human(
    "c018_iphone_dateless_reply.eml",
    sender=8,
    date="2026-06-03 20:12",
    client="iphone",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 03.06.2026",
    reply_to=cr(8, "06-03"),
    quote_style="iphone",
    body="""
Passt, hat alles geklappt 👍

Gesendet von iPhone
""",
    label=Label(
        categories=("confirmation",),
        patient=8,
        confirmed=(appt(8, "06-03"),),
        note="dateless reply to the request for 03.06.",
    ),
)

human(
    "c019_husband_for_wife.eml",
    sender=9,
    name="Horst Neumann",
    date="2026-07-10 09:12",
    client="plain",
    subject="Behandlung meiner Frau",
    body="""
Guten Tag,

meine Frau Gisela hatte am Dienstag, den 7. Juli und am Donnerstag, den 9. Juli ihre Behandlung am Telefon. Beides hat stattgefunden.

Mit freundlichem Gruß
Horst Neumann
""",
    label=C(9, "07-07", "07-09", note="husband writes from the registered shared address"),
)

human(
    "c020_html_only.eml",
    sender=10,
    date="2026-07-03 18:40",
    client="plain",
    subject="Videotermin heute",
    html_only=True,
    body="",
    html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family: Arial, sans-serif">Hi,<br><br>kurze Best&auml;tigung: der Videotermin am <b>03.07.</b> hat stattgefunden.<br><br>Gru&szlig;<br>Lukas</div>
</body></html>""",
    label=C(10, "07-03", note="HTML only"),
)

human(
    "c021_english_day_month.eml",
    sender=11,
    date="2026-08-03 16:05",
    client="gmail",
    subject="Session today",
    body="""
Hello,

just confirming that my video session on 3 August took place.

Best,
Emily
""",
    label=C(11, "08-03"),
)

human(
    "c022_english_reply_ordinal.eml",
    sender=11,
    date="2026-08-10 14:30",
    client="gmail",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 10.08.2026",
    reply_to=cr(11, "08-10"),
    quote_style="gmail_en",
    body="""
Yes, confirmed - the session on Monday, August 10th happened as planned.

Thanks,
Emily Carter
""",
    label=C(11, "08-10"),
)

human(
    "c023_no_umlauts.eml",
    sender=12,
    date="2026-08-05 19:55",
    client="webde",
    subject="Bestatigung",
    body="""
Sehr geehrtes Praxis Team,

Ich bestatige das die Telefonbehandlung am 05.08.2026 stattgefunden hat.

Mit freundlichen Grussen
Fatma Yildiz
""",
    label=C(12, "08-05"),
)

human(
    "c024_corporate_signature.eml",
    sender=13,
    date="2026-09-10 09:02",
    client="outlook",
    subject="Behandlung 10.09.",
    body="""
Guten Morgen,

die Behandlung vom 10.09. hat stattgefunden.

Beste Grüße
M. Vogel

--
Dr. Michael Vogel
Vogel & Partner Rechtsanwälte mbB
Kurfürstendamm 200, 10719 Berlin
Tel.: +49 30 2345 6789-12 | Fax: +49 30 2345 6789-99
Amtsgericht Charlottenburg PR 1234 B
""",
    label=C(13, "09-10"),
)

human(
    "c025_two_dates_beide.eml",
    sender=14,
    date="2026-09-16 12:10",
    client="plain",
    subject="Termine",
    body="""
Liebe Praxis,

die Termine am 08.09. und 15.09. fanden beide statt.

Schöne Grüße, Anna
""",
    label=C(14, "09-08", "09-15"),
)

human(
    "c026_terse.eml",
    sender=15,
    date="2026-10-05 13:10",
    client="plain",
    subject="Behandlung",
    body="""
Behandlung 5.10. erhalten.
K. Zimmermann
""",
    label=C(15, "10-05"),
)

human(
    "c027_second_registered_address.eml",
    sender="b.schaefer@schaefer-steuerberatung.de",
    name="Birgit Schäfer",
    date="2026-10-08 08:30",
    client="outlook",
    subject="Bestätigung Videotermin",
    body="""
Hallo,

ich bestätige den Videotermin vom 7.10.

Gruß
Birgit Schäfer

Schäfer Steuerberatung
Birgit Schäfer, Steuerberaterin
Tel. 030 5566778
""",
    label=C(16, "10-07", note="second registered address of the patient"),
)

human(
    "c028_dst_end_week_heute.eml",
    sender=16,
    date="2026-10-28 20:10",
    client="plain",
    subject="Heute",
    body="""
Heute Abend Behandlung erhalten, danke!
Birgit
""",
    label=C(16, "10-28", note="first week after the switch to winter time"),
)

human(
    "c029_moin.eml",
    sender=17,
    date="2026-10-22 14:02",
    client="gmail",
    subject="KGG",
    body="""
Moin,

KGG am 22.10. hat stattgefunden.

Gruß Ole
""",
    label=C(17, "10-22"),
)

human(
    "c030_dst_three_dates_sowie.eml",
    sender=18,
    date="2026-03-31 10:05",
    client="tonline",
    subject="Behandlungen März",
    body="""
Sehr geehrte Damen und Herren,

die Behandlungen am 23. und 25. März sowie am 30. März haben stattgefunden.

Mit freundlichen Grüßen
Renate Koch
""",
    label=C(18, "03-23", "03-25", "03-30", note="week of the switch to summer time"),
)

human(
    "c031_weekday_full_date.eml",
    sender=19,
    date="2026-11-06 09:45",
    client="plain",
    subject="Bestätigung",
    body="""
Guten Tag,

bestätige hiermit die Behandlung (Manuelle Therapie) vom Freitag, 06.11.2026.

David Nowak
""",
    label=C(19, "11-06"),
)

human(
    "c032_casual_lowercase.eml",
    sender=20,
    date="2026-11-03 18:20",
    client="webde",
    subject="termin",
    body="""
hey :) termin am 3.11 war super, danke!! lg leonie
""",
    label=C(20, "11-03"),
)

human(
    "c033_three_full_dates.eml",
    sender=21,
    date="2026-01-27 20:00",
    client="webde",
    subject="Bestätigung Januar",
    body="""
Guten Abend,

ich bestätige die Behandlungen vom 12.01., 19.01. und 26.01.2026.

Viele Grüße,
Sophie Wagner
""",
    label=C(21, "01-12", "01-19", "01-26"),
)

human(
    "c034_samsung_reply.eml",
    sender=22,
    date="2026-02-19 17:02",
    client="samsung",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 19.02.2026",
    reply_to=cr(22, "02-19"),
    quote_style="samsung",
    body="""
Ja Termin am 19.02 hat statt gefunden



Von meinem Samsung Galaxy Smartphone gesendet.
""",
    label=C(22, "02-19"),
)

human(
    "c035_english_outlook.eml",
    sender=23,
    date="2026-04-15 08:40",
    client="outlook",
    subject="RE: Bitte bestätigen Sie Ihre Behandlung vom 14.04.2026",
    reply_to=cr(23, "04-14"),
    quote_style="outlook_en",
    body="""
Dear team,

I can confirm the phone session on Tuesday 14 April took place.

Kind regards,
James O'Neill
""",
    label=C(23, "04-14"),
)

human(
    "c036_husband_weekday_in_brackets.eml",
    sender=24,
    name="Gerd Berger",
    date="2026-05-07 11:00",
    client="plain",
    subject="Behandlung meiner Frau",
    body="""
Hallo,

hier schreibt Gerd Berger, der Mann von Ursula. Ich soll Ihnen ausrichten, dass die Behandlung am Mittwoch (6. Mai) stattgefunden hat.

Schöne Grüße
Gerd Berger
""",
    label=C(24, "05-06"),
)

human(
    "c037_forwarded_request.eml",
    sender=1,
    date="2026-01-28 08:15",
    client="gmail",
    subject="Fwd: Bitte bestätigen Sie Ihre Behandlung vom 27.01.2026",
    forward=cr(1, "01-27"),
    quote_style="forward_gmail",
    body="""
Hallo, anbei nochmal Ihre Mail. Der Termin am 27.01. hat stattgefunden.

Sabine Krüger
""",
    label=C(1, "01-27", note="forwarded, not a reply: no In-Reply-To"),
)

human(
    "c038_repeat_of_confirmed.eml",
    sender=1,
    date="2026-02-05 10:30",
    client="webde",
    subject="Nochmal Bestätigung",
    body="""
Hallo,

ich wollte nur nochmal bestätigen, dass der Termin am 13.01. stattgefunden hat. Ich war mir nicht sicher, ob meine Mail angekommen ist.

Gruß Sabine Krüger
""",
    label=Label(
        categories=("confirmation",),
        patient=1,
        dates=("2026-01-13",),
        note="13.01. was confirmed already: nothing to do",
    ),
)

human(
    "c039_repeat_dateless.eml",
    sender=4,
    date="2026-01-12 09:10",
    client="tonline",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 09.01.2026",
    reply_to=cr(4, "01-09"),
    quote_style="tonline",
    body="""
Hat stattgefunden.
Wolff
""",
    label=Label(
        categories=("confirmation",),
        patient=4,
        note="second answer to the request for 09.01., already confirmed",
    ),
)

human(
    "c040_confirm_and_reschedule.eml",
    sender=6,
    date="2026-05-26 09:10",
    client="outlook",
    subject="Termin heute + nächste Woche",
    body="""
Guten Morgen,

der Termin vom 26.5. hat stattgefunden. Können wir den nächsten Termin eine Stunde später machen, also um 8:30?

Gruß Peter Hoffmann
""",
    label=C(6, "05-26", extra=("reschedule",), staff=True),
)

human(
    "c041_confirm_and_question.eml",
    sender=7,
    date="2026-06-09 13:40",
    client="yahoo",
    subject="Behandlung 9.6.",
    body="""
Hallo,

Behandlung am 9.6. hat stattgefunden.
Frage: muss ich für die Verordnung noch etwas zuzahlen?

Danke, Elena Popescu
""",
    label=C(7, "06-09", extra=("question",), staff=True),
)

human(
    "c042_confirm_and_forms.eml",
    sender=8,
    date="2026-06-10 21:05",
    client="apple",
    subject="Bestätigung + Einwilligung",
    body="""
Hallo,

der Termin heute (10.06.) hat stattgefunden. Anbei noch die unterschriebene Einwilligung.

Viele Grüße
Jonas Richter
""",
    files=[pdf("Einwilligung_Telebehandlung_Richter.pdf")],
    label=C(8, "06-10", extra=("forms",), forms=("einwilligung_tele",)),
)

human(
    "c043_weekdays_last_week.eml",
    sender=9,
    date="2026-07-20 10:05",
    client="plain",
    subject="Behandlungen letzte Woche",
    body="""
Guten Tag,

die Behandlungen am Dienstag und Donnerstag letzter Woche haben stattgefunden.

Gisela Neumann
""",
    label=C(9, "07-14", "07-16"),
)

human(
    "c044_vorgestern.eml",
    sender=10,
    date="2026-07-12 11:20",
    client="plain",
    subject="Bestätigung",
    body="""
Hi,
bestätige die Behandlung von vorgestern.
Lukas
""",
    label=C(10, "07-10"),
)

human(
    "c045_letzten_freitag.eml",
    sender=10,
    date="2026-07-20 08:05",
    client="plain",
    subject="Termin Freitag",
    body="""
Guten Morgen,
der Videotermin letzten Freitag hat stattgefunden.
Lukas Brandt
""",
    label=C(10, "07-17"),
)

human(
    "c046_english_yesterday.eml",
    sender=11,
    date="2026-08-18 09:15",
    client="gmail",
    subject="Yesterday's session",
    body="""
Hi,

yesterday's session took place, thank you!

Emily
""",
    label=C(11, "08-17"),
)

human(
    "c047_time_not_a_date.eml",
    sender=12,
    date="2026-08-12 12:00",
    client="webde",
    subject="Behandlung heute",
    body="""
Hallo,

die Behandlung am 12.08. um 10:30 Uhr hat stattgefunden.

Mit freundlichen Grüßen
Fatma Yıldız
""",
    label=C(12, "08-12", note="10:30 is a time"),
)

human(
    "c048_phone_number_in_text.eml",
    sender=13,
    date="2026-09-17 09:40",
    client="outlook",
    subject="Behandlung",
    body="""
Guten Morgen,

die Behandlung am 17.9. fand statt. Falls etwas ist, erreichen Sie mich unter 0172 4455667.

Beste Grüße
Michael Vogel
""",
    label=C(13, "09-17"),
)

human(
    "c049_birth_date_signature.eml",
    sender=14,
    date="2026-09-22 15:30",
    client="plain",
    subject="Bestätigung",
    body="""
Hallo,

Behandlung am 22.09.2026 erhalten.

Anna Lehmann
geb. 14.05.1988
Versichertennr. A123456789
""",
    label=C(14, "09-22", note="birth date in the signature"),
)

human(
    "c050_typos.eml",
    sender=15,
    date="2026-10-13 10:00",
    client="plain",
    subject="Bestätigung",
    body="""
Bestätigung: Behanldung 12.10 hat stattgefunen
Gruss Zimmermann
""",
    label=C(15, "10-12"),
)

human(
    "c051_day_month_name.eml",
    sender=16,
    date="2026-10-15 07:45",
    client="plain",
    subject="Behandlung",
    body="""
Guten Morgen,
die Behandlung am 14. Oktober hat stattgefunden.
Birgit Schäfer
""",
    label=C(16, "10-14"),
)

human(
    "c052_two_digit_year.eml",
    sender=17,
    date="2026-10-29 12:15",
    client="gmail",
    subject="Bestätigung 29.10.26",
    body="""
Hallo,

bestätige den Termin vom 29.10.26.

Ole Jansen
""",
    label=C(17, "10-29"),
)

human(
    "c053_easter_greeting.eml",
    sender=18,
    date="2026-04-02 09:30",
    client="tonline",
    subject="Behandlung",
    body="""
Liebes Praxisteam,

die Behandlung am 1.4. hat stattgefunden. Ich wünsche Ihnen allen frohe Ostern!

Renate Koch
""",
    label=C(18, "04-01"),
)

human(
    "c054_month_abbreviation.eml",
    sender=19,
    date="2026-11-13 10:10",
    client="plain",
    subject="MT",
    body="""
Hallo,
Manuelle Therapie am 13. Nov. erhalten.
Grüße
David Nowak
""",
    label=C(19, "11-13"),
)

human(
    "c055_new_patient_first.eml",
    sender=20,
    date="2026-11-10 18:30",
    client="webde",
    subject="Erster Termin",
    body="""
Hallo,

mein Termin am 10.11. hat gut funktioniert, die Behandlung hat stattgefunden. Danke!

Leonie Hartmann
""",
    label=C(20, "11-10"),
)

human(
    "c056_outlookcom_dateless.eml",
    sender=21,
    date="2026-02-09 13:15",
    client="outlook",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 09.02.2026",
    reply_to=cr(21, "02-09"),
    quote_style="outlook",
    body="""
Ja, bestätigt.

Sophie Wagner
""",
    label=Label(
        categories=("confirmation",),
        patient=21,
        confirmed=(appt(21, "02-09"),),
        note="dateless; Outlook header block with the request's date below",
    ),
)

human(
    "c057_two_in_brackets.eml",
    sender=22,
    date="2026-03-13 08:50",
    client="plain",
    subject="Termine",
    body="""
Guten Tag,

die letzten zwei Termine (5.3. und 12.3.) haben stattgefunden.

Mehmet Aydın
""",
    label=C(22, "03-05", "03-12"),
)

human(
    "c058_english_ordinal.eml",
    sender=23,
    date="2026-04-22 09:05",
    client="outlook",
    subject="Session",
    body="""
Hi,

the session on April 21st took place.

Best, James
""",
    label=C(23, "04-21"),
)

human(
    "c059_wife_two_dates.eml",
    sender=24,
    date="2026-05-21 10:40",
    client="plain",
    subject="Bestätigung",
    body="""
Guten Tag,

die Behandlungen am 13.5. und am 20.5. haben stattgefunden.

Ursula Berger
""",
    label=C(24, "05-13", "05-20"),
)

human(
    "c060_webde_unquoted_block.eml",
    sender=1,
    date="2026-03-03 14:10",
    client="webde",
    subject="Aw: Bitte bestätigen Sie Ihre Behandlung vom 03.03.2026",
    reply_to=cr(1, "03-03"),
    quote_style="webde",
    body="""
Guten Tag,
die Behandlung am 3.3. hat stattgefunden.
LG Sabine
""",
    label=C(1, "03-03"),
)

human(
    "c061_three_days_one_month.eml",
    sender=3,
    date="2026-04-22 18:00",
    client="gmail",
    subject="Bestätigung April",
    body="""
Hallo,

die Behandlungen am 8., 15. und 22. April haben stattgefunden.

Liebe Grüße
Aylin
""",
    label=C(3, "04-08", "04-15", "04-22"),
)

human(
    "c062_letzten_donnerstag.eml",
    sender=5,
    name="Katrin Schulz",
    date="2026-05-04 08:20",
    client="plain",
    subject="Marie",
    body="""
Guten Morgen,

Maries Behandlung letzten Donnerstag hat stattgefunden.

Katrin Schulz
""",
    label=C(5, "04-30"),
)

human(
    "c063_monday_without_date.eml",
    sender=15,
    date="2026-10-20 09:30",
    client="plain",
    subject="Behandlung",
    body="""
Guten Tag,
die Behandlung am Montag hat stattgefunden.
Klaus Zimmermann
""",
    label=C(15, "10-19", note="'am Montag' in the past tense: yesterday's Monday"),
)

human(
    "c064_september_words.eml",
    sender=12,
    date="2026-09-02 16:00",
    client="webde",
    subject="Telefontermin",
    body="""
Hallo,

hat am 2. September geklappt, die Behandlung hat stattgefunden.

Fatma Yıldız
""",
    label=C(12, "09-02"),
)

human(
    "c065_english_outlook_ui.eml",
    sender=13,
    date="2026-10-01 08:15",
    client="outlook",
    subject="RE: Bitte bestätigen Sie Ihre Behandlung vom 01.10.2026",
    reply_to=cr(13, "10-01"),
    quote_style="outlook_en",
    body="""
Bestätigt: Behandlung am 01.10.2026 hat stattgefunden.

M. Vogel
""",
    label=C(13, "10-01"),
)

human(
    "c066_iphone_plus_two_dates.eml",
    sender=14,
    date="2026-10-06 18:40",
    client="iphone",
    subject="Termine",
    body="""
Termine 29.9. + 6.10. haben stattgefunden 👍

Von meinem iPhone gesendet
""",
    label=C(14, "09-29", "10-06"),
)

human(
    "c067_yahoo_dateless.eml",
    sender=17,
    date="2026-11-05 15:00",
    client="yahoo",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 05.11.2026",
    reply_to=cr(17, "11-05"),
    quote_style="yahoo",
    body="""
Hallo, Termin hat stattgefunden. Viele Grüße Ole
""",
    label=Label(
        categories=("confirmation",),
        patient=17,
        confirmed=(appt(17, "11-05"),),
        note="dateless reply; Yahoo quotes by indentation",
    ),
)

human(
    "c068_reply_with_date.eml",
    sender=19,
    date="2026-11-20 10:30",
    client="plain",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 20.11.2026",
    reply_to=cr(19, "11-20"),
    quote_style="thunderbird",
    body="""
Guten Tag,

die Behandlung am 20.11. hat stattgefunden.

David Nowak
""",
    label=C(19, "11-20"),
)

human(
    "c069_weekday_and_date.eml",
    sender=20,
    date="2026-11-17 19:10",
    client="webde",
    subject="Bestätigung",
    body="""
Hallo,

die Behandlung am Dienstag, 17.11. hat stattgefunden.

Leonie Hartmann
""",
    label=C(20, "11-17"),
)

human(
    "c070_reply_confirms_two.eml",
    sender=2,
    date="2026-02-24 08:00",
    client="plain",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 19.02.2026",
    reply_to=cr(2, "02-19"),
    quote_style="thunderbird",
    body="""
Hallo,

Termine 19.2. und 23.2. haben stattgefunden.

T. Becker
""",
    label=C(
        2, "02-19", "02-23", note="a dated reply matches by its dates, the thread only corroborates"
    ),
)

human(
    "c071_reply_to_old_request_other_date.eml",
    sender=22,
    date="2026-03-27 09:15",
    client="outlook",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 19.03.2026",
    reply_to=cr(22, "03-19"),
    quote_style="outlook",
    body="""
Hallo,

Termin am 26.3. hat stattgefunden.

Mehmet Aydın
""",
    label=C(22, "03-26", note="answers the old request for 19.03. (quoted) but confirms 26.03."),
)

human(
    "c072_english_two_sessions.eml",
    sender=23,
    date="2026-05-06 08:30",
    client="outlook",
    subject="Sessions",
    body="""
Hello,

the sessions on 28 April and 5 May both took place.

Regards,
James
""",
    label=C(23, "04-28", "05-05"),
)

human(
    "c073_ja.eml",
    sender=24,
    date="2026-06-03 11:00",
    client="gmail",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 03.06.2026",
    reply_to=cr(24, "06-03"),
    quote_style="gmail",
    body="""
Ja.

Ursula Berger
""",
    label=Label(
        categories=("confirmation",),
        patient=24,
        confirmed=(appt(24, "06-03"),),
        note="'Ja.' to our request",
    ),
)

human(
    "c074_english_confirmed.eml",
    sender=11,
    date="2026-08-24 13:10",
    client="gmail",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 24.08.2026",
    reply_to=cr(11, "08-24"),
    quote_style="gmail_en",
    body="""
Confirmed, thanks!
""",
    label=Label(categories=("confirmation",), patient=11, confirmed=(appt(11, "08-24"),)),
)

human(
    "c075_date_no_dot.eml",
    sender=7,
    date="2026-06-16 12:00",
    client="yahoo",
    subject="Behandlung",
    body="""
am 16.06 Behandlung stattgefunden, mit freundlichen Grüßen
Elena Popescu
""",
    label=C(7, "06-16"),
)

human(
    "c076_code_worked_this_time.eml",
    sender=8,
    date="2026-06-17 19:00",
    client="iphone",
    subject="Termin heute",
    body="""
Hi, Zugangscode hat diesmal funktioniert, Termin am 17.6. hat stattgefunden.

Jonas
""",
    label=C(8, "06-17", note="a past technical remark, no problem now"),
)

human(
    "c077_next_appointment_future.eml",
    sender=9,
    date="2026-07-21 11:30",
    client="plain",
    subject="Behandlung heute",
    body="""
Guten Tag,

die Behandlung am 21.07. per Telefon habe ich erhalten. Der nächste Termin am 23.07. passt auch.

Gisela Neumann
""",
    label=C(9, "07-21", note="23.07. is the next appointment, not a confirmation"),
)

human(
    "c078_date_in_subject_only.eml",
    sender=10,
    date="2026-07-24 17:10",
    client="samsung",
    subject="Bestätigung Termin 24.07.2026",
    body="""
Hat stattgefunden.

Von meinem Samsung Galaxy Smartphone gesendet.
""",
    label=C(10, "07-24", note="the date is only in the subject of a new mail (no reply)"),
)

human(
    "c079_thanks_for_today.eml",
    sender=16,
    date="2026-11-04 20:00",
    client="apple",
    subject="Danke",
    body="""
Liebe Grüße und danke für die Behandlung heute, hat gut getan!

Birgit
""",
    label=C(16, "11-04"),
)

human(
    "c080_bottom_posted_reply.eml",
    sender=14,
    date="2026-10-13 14:20",
    client="thunderbird",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 13.10.2026",
    reply_to=cr(14, "10-13"),
    quote_style="thunderbird",
    bottom_post=True,
    body="""
Hat stattgefunden, danke.
Anna
""",
    label=Label(
        categories=("confirmation",),
        patient=14,
        confirmed=(appt(14, "10-13"),),
        note="bottom-posted below the quote",
    ),
)

human(
    "c081_reply_to_link_today.eml",
    sender=3,
    date="2026-03-25 09:30",
    client="gmail",
    subject="Re: Ihr Videotermin am 01.04.2026",
    reply_to=vl(3, "04-01"),
    quote_style="gmail",
    body="""
Danke für den Link! Die Behandlung heute früh hat übrigens stattgefunden.

Aylin
""",
    label=C(
        3, "03-25", note="answers the link mail for 01.04. (quoted, future): only 'heute' counts"
    ),
)

human(
    "c082_range.eml",
    sender=9,
    date="2026-07-24 09:00",
    client="plain",
    subject="Behandlungen",
    body="""
Guten Tag,

vom 21. bis 23.7. hatte ich zwei Behandlungen am Telefon, beide haben stattgefunden.

Gisela Neumann
""",
    label=C(9, "07-21", "07-23", note="a range: the two appointments inside it"),
)

human(
    "c083_apple_html_quote.eml",
    sender=8,
    date="2026-06-24 20:00",
    client="apple",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 24.06.2026",
    reply_to=cr(8, "06-24"),
    quote_style="iphone",
    html="""<html><body dir="auto">Behandlung am 24.6. hat stattgefunden.<br><br>Jonas<br><blockquote type="cite">Am 24.06.2026 um 19:30 schrieb Praxis Impulse &lt;termine@praxis-impulse.de&gt;:<br><br>Ihre Behandlung war f&uuml;r Mittwoch, 24.06.2026 um 18:00 Uhr geplant.</blockquote></body></html>""",
    body="""
Behandlung am 24.6. hat stattgefunden.

Jonas
""",
    label=C(8, "06-24"),
)

human(
    "c084_dmy_with_slashes.eml",
    sender=23,
    date="2026-05-13 07:30",
    client="outlook",
    subject="Session 12/05",
    body="""
Hello,

confirming the session on 12/05/2026 took place.

James
""",
    label=C(23, "05-12", note="English writer, but day/month order"),
)

human(
    "c085_am_dienstag.eml",
    sender=20,
    date="2026-11-26 10:00",
    client="webde",
    subject="Behandlung",
    body="""
Hallo,

die Behandlung am Dienstag hat stattgefunden.

Leonie
""",
    label=C(20, "11-24", note="Thursday mail, 'am Dienstag' in the past tense"),
)

# --- not a confirmation: negations, future, repeats ---------------------------------------

human(
    "n001_nobody_came_video.eml",
    sender=3,
    date="2026-03-25 08:55",
    client="gmail",
    subject="Termin heute??",
    body="""
Hallo,

leider hat der Termin heute nicht stattgefunden, ich war im Videoraum aber es kam niemand. Was ist da los?

Aylin Demir
""",
    label=S(("technical", "question"), 3, note="treatment did NOT take place"),
)

human(
    "n002_nobody_called.eml",
    sender=4,
    date="2026-02-13 15:10",
    client="tonline",
    subject="Termin",
    body="""
sehr geehrte damen und herren,
die behandlung am 13.2. hat leider nicht stattgefunden, es hat niemand angerufen.
wolff
""",
    label=S(("other",), 4, note="treatment did NOT take place"),
)

human(
    "n003_confirms_absence.eml",
    sender=12,
    date="2026-08-26 18:00",
    client="webde",
    subject="Behandlung 26.08.",
    body="""
Sehr geehrte Damen und Herren,

ich bestätige, dass die Behandlung am 26.08. NICHT stattgefunden hat, da ich krank war.

Fatma Yıldız
""",
    label=S(("cancellation",), 12, note="'bestätige' but NOT took place"),
)

human(
    "n004_only_partly.eml",
    sender=16,
    date="2026-10-21 19:40",
    client="plain",
    subject="Termin heute",
    body="""
Hallo,

die Behandlung heute ist nach 5 Minuten abgebrochen, das Mikrofon wurde nicht erkannt und der Therapeut konnte mich nicht hören.

Birgit Schäfer
""",
    label=S(("technical",), 16),
)

human(
    "n005_forgot.eml",
    sender=21,
    date="2026-02-16 11:00",
    client="webde",
    subject="Termin heute verpasst",
    body="""
Hallo,

ich habe den Termin heute leider verschlafen, tut mir leid! Kann ich einen Ersatztermin bekommen?

Sophie Wagner
""",
    label=S(("reschedule",), 21, note="missed appointment"),
)

human(
    "f001_future_attendance.eml",
    sender=14,
    date="2026-09-21 18:00",
    client="plain",
    subject="Termin morgen",
    body="""
Hallo,

ich bestätige den Termin am 22.09., ich bin dabei.

Anna Lehmann
""",
    label=Label(
        categories=("other",),
        patient=14,
        needs_staff=True,
        note="confirms attendance of a FUTURE appointment: never a service confirmation",
    ),
)

human(
    "f002_see_you_tomorrow.eml",
    sender=17,
    date="2026-11-11 12:00",
    client="gmail",
    subject="Re: Erinnerung: Ihr Termin am 12.11.2026",
    reply_to=rem(17, "11-12"),
    quote_style="gmail",
    body="""
Termin morgen passt, bin dabei.

Ole
""",
    label=Label(
        categories=("other",), patient=17, needs_staff=True, note="acknowledges a reminder; future"
    ),
)

human(
    "f003_code_received.eml",
    sender=20,
    date="2026-11-23 09:00",
    client="webde",
    subject="Aw: Ihr Videotermin am 24.11.2026",
    reply_to=vl(20, "11-24"),
    quote_style="webde",
    body="""
Danke, ich habe den Zugangscode erhalten. Bis morgen!

Leonie
""",
    # a thank-you before the session: read, nothing to do (blind J, K, L, N, Q, S agree)
    label=Label(categories=("other",), patient=20, needs_staff=False),
)

human(
    "f004_confirm_before_start.eml",
    sender=19,
    date="2026-11-27 07:40",
    client="plain",
    subject="Bestätigung 27.11.",
    body="""
Guten Morgen,

hiermit bestätige ich die Behandlung am 27.11.

David Nowak
""",
    label=Label(
        categories=("confirmation",),
        patient=19,
        dates=("2026-11-27",),
        needs_staff=True,
        note="sent 20 minutes BEFORE the 08:00 appointment: must not be recorded",
    ),
)

# --- questions ----------------------------------------------------------------------------

human(
    "q001_install.eml",
    sender=7,
    date="2026-05-29 10:00",
    client="yahoo",
    subject="Frage Video",
    body="""
Hallo,
muss ich für die Videobehandlung etwas installieren? Ich habe nur ein Tablet.
Danke
Elena Popescu
""",
    label=S(("question",), 7),
)

human(
    "q002_english_costs.eml",
    sender=11,
    date="2026-07-28 11:00",
    client="gmail",
    subject="Costs",
    body="""
Hi there,

do I need to pay anything extra for the video sessions compared to coming in person?

Thanks,
Emily
""",
    label=S(("question",), 11),
)

human(
    "q003_prescription_count.eml",
    sender=24,
    date="2026-05-28 09:30",
    client="plain",
    subject="Verordnung",
    body="""
Guten Tag,

wie viele Termine sind auf meiner Verordnung noch offen? Und brauche ich danach eine neue vom Arzt?

Mit freundlichen Grüßen
Ursula Berger
""",
    label=S(("question",), 24),
)

human(
    "q004_forms_by_post.eml",
    sender=17,
    date="2026-10-16 20:00",
    client="gmail",
    subject="Re: Ihre Unterlagen für die Behandlung",
    reply_to="fr-17",
    quote_style="gmail",
    body="""
Hallo,

kann ich die Formulare auch per Post schicken? Ich habe keinen Scanner.

Ole Jansen
""",
    label=S(("question",), 17),
)

human(
    "q005_someone_in_room.eml",
    sender=19,
    date="2026-11-02 21:00",
    client="plain",
    subject="Frage zur Videobehandlung",
    body="""
Guten Abend,

darf während der Videobehandlung meine Frau im Raum sein? Sie ist abends meistens zu Hause.

David Nowak
""",
    label=S(("question",), 19),
)

human(
    "q006_parent_present.eml",
    sender=5,
    name="Katrin Schulz",
    date="2026-04-10 14:00",
    client="plain",
    subject="Frage",
    body="""
Hallo,

darf ich bei der Behandlung meiner Tochter dabei sein? Sie ist 9 Jahre alt.

Katrin Schulz
""",
    label=S(("question",), 5),
)

human(
    "q007_overview_for_insurance.eml",
    sender=13,
    date="2026-10-02 10:00",
    client="outlook",
    subject="Terminübersicht",
    body="""
Sehr geehrte Damen und Herren,

könnten Sie mir eine Übersicht der bisherigen Termine für meine private Krankenversicherung schicken?

Mit freundlichen Grüßen
Dr. Michael Vogel
""",
    label=S(("question",), 13),
)

human(
    "q008_exercises_pdf.eml",
    sender=1,
    date="2026-02-25 09:00",
    client="webde",
    subject="Übungen",
    body="""
Hallo,

am 24.2. hat mir die Therapeutin ein paar Übungen gezeigt. Können Sie mir die als PDF schicken?

Danke, Sabine Krüger
""",
    label=S(
        ("question",),
        1,
        dates=("02-24",),
        note="names a past treatment day, but asks for exercises",
    ),
)

human(
    "q009_duration.eml",
    sender=22,
    date="2026-02-15 18:00",
    client="outlook",
    subject="Frage",
    body="""
Hallo, wie lange dauert eine Behandlung am Telefon? Gruß Mehmet
""",
    label=S(("question",), 22),
)

human(
    "q010_english_which_browser.eml",
    sender=23,
    date="2026-04-10 12:00",
    client="outlook",
    subject="Question",
    body="""
Hello,

will the therapist call my mobile or my landline? My mobile is 0157 12345678.

James
""",
    label=S(("question",), 23),
)

# --- cancellations ------------------------------------------------------------------------

human(
    "x001_sick.eml",
    sender=3,
    date="2026-03-30 07:30",
    client="gmail",
    subject="Absage Termin 1.4.",
    body="""
Hallo,

ich muss den Termin am 1. April leider absagen, ich bin krank.

Liebe Grüße
Aylin Demir
""",
    label=S(("cancellation",), 3),
)

human(
    "x002_monday.eml",
    sender=21,
    date="2026-01-30 16:00",
    client="webde",
    subject="Montag",
    body="""
Hallo,
ich kann am Montag (2.2.) leider nicht. Bitte sagen Sie den Termin ab.
Sophie Wagner
""",
    label=S(("cancellation",), 21),
)

human(
    "x003_cannot_attend.eml",
    sender=12,
    date="2026-08-17 08:00",
    client="webde",
    subject="Termin 19.8.",
    body="""
Guten Tag,

den Termin am 19.8. kann ich leider nicht wahrnehmen.

Fatma Yıldız
""",
    label=S(("cancellation",), 12),
)

human(
    "x004_reply_to_reminder.eml",
    sender=15,
    date="2026-10-25 11:00",
    client="plain",
    subject="Re: Erinnerung: Ihr Termin am 26.10.2026",
    reply_to=rem(15, "10-26"),
    quote_style="thunderbird",
    body="""
Ich muss morgen leider absagen, ich habe einen Arzttermin.
Zimmermann
""",
    label=S(("cancellation",), 15),
)

human(
    "x005_english_travel.eml",
    sender=23,
    date="2026-05-11 18:00",
    client="outlook",
    subject="Cancel tomorrow",
    body="""
Hi,

sorry, I have to cancel tomorrow's session, I'm travelling for work.

James
""",
    label=S(("cancellation",), 23),
)

human(
    "x006_end_treatment.eml",
    sender=18,
    date="2026-04-14 10:00",
    client="tonline",
    subject="Behandlung beenden",
    body="""
Sehr geehrte Damen und Herren,

ich möchte die Behandlung beenden. Bitte sagen Sie alle weiteren Termine ab.

Mit freundlichen Grüßen
Renate Koch
""",
    label=S(("cancellation",), 18),
)

human(
    "x007_iphone_today.eml",
    sender=8,
    date="2026-07-01 14:00",
    client="iphone",
    subject="Heute",
    body="""
Schaffe es heute leider nicht, sorry! Bitte absagen.

Von meinem iPhone gesendet
""",
    label=S(("cancellation",), 8, note="'heute' is a future appointment (18:00)"),
)

human(
    "x008_all_appointments.eml",
    sender=20,
    date="2026-11-25 09:00",
    client="webde",
    subject="Absage",
    body="""
Hallo,

hiermit sage ich alle weiteren Termine ab, ich ziehe um.

Leonie Hartmann
""",
    label=S(("cancellation",), 20),
)

human(
    "x009_confirm_and_cancel.eml",
    sender=22,
    date="2026-03-04 18:00",
    client="outlook",
    subject="Termine",
    body="""
Hallo,

die Behandlung am 26.02. hat stattgefunden. Morgen kann ich leider nicht, bitte absagen.

Mehmet Aydın
""",
    label=C(22, "02-26", extra=("cancellation",), staff=True),
)

# --- reschedule requests -------------------------------------------------------------------

human(
    "r001_move_to_wednesday.eml",
    sender=6,
    date="2026-05-20 12:00",
    client="outlook",
    subject="Terminverschiebung",
    body="""
Hallo,

können wir den Termin am 26.5. auf Mittwoch verschieben?

Peter Hoffmann
""",
    label=S(("reschedule",), 6),
)

human(
    "r002_one_hour_later.eml",
    sender=1,
    date="2026-03-05 11:00",
    client="webde",
    subject="Termin nächste Woche",
    body="""
Hallo,

wäre es möglich, den Termin nächste Woche eine Stunde später zu machen?

Sabine Krüger
""",
    label=S(("reschedule",), 1),
)

human(
    "r003_ten_instead_of_nine.eml",
    sender=9,
    date="2026-07-27 10:00",
    client="plain",
    subject="Termin Dienstag",
    body="""
Guten Tag,

geht der Termin am Dienstag auch um 10 statt um 9 Uhr?

Gisela Neumann
""",
    label=S(("reschedule",), 9),
)

human(
    "r004_need_new_date.eml",
    sender=14,
    date="2026-10-01 12:00",
    client="plain",
    subject="neuer Termin",
    body="""
Hallo,

ich brauche einen neuen Termin, der am 6.10. passt leider nicht.

Anna Lehmann
""",
    label=S(("reschedule",), 14),
)

human(
    "r005_english_move.eml",
    sender=11,
    date="2026-08-27 09:00",
    client="gmail",
    subject="Move Monday?",
    body="""
Hi,

could we move Monday's session to Tuesday, same time?

Emily
""",
    label=S(("reschedule",), 11),
)

human(
    "r006_week_after.eml",
    sender=16,
    date="2026-10-19 08:00",
    client="plain",
    subject="Termin 21.10.",
    body="""
Hallo,

bitte verlegen Sie den Termin vom 21.10. auf die Woche danach.

Birgit Schäfer
""",
    label=S(("reschedule",), 16),
)

human(
    "r007_business_trip.eml",
    sender=19,
    date="2026-11-23 09:30",
    client="outlook",
    subject="Verschiebung 27.11.",
    body="""
Sehr geehrte Damen und Herren,

aufgrund einer Dienstreise bitte ich um Verschiebung des Termins am 27.11.

Mit freundlichen Grüßen
David Nowak
""",
    label=S(("reschedule",), 19),
)

human(
    "r008_thursdays_instead.eml",
    sender=2,
    date="2026-02-20 09:00",
    client="plain",
    subject="Termine ab März",
    body="""
Hallo,

kann ich ab März immer donnerstags statt montags kommen?

Thomas Becker
""",
    label=S(("reschedule",), 2),
)

# --- technical problems --------------------------------------------------------------------

human(
    "t001_code_invalid.eml",
    sender=3,
    date="2026-03-25 08:35",
    client="gmail",
    subject="Zugangscode funktioniert nicht",
    body="""
Hallo,

der Zugangscode funktioniert nicht, es kommt immer "ungültiger Code". Der Termin ist jetzt um 8:30!

Aylin
""",
    label=S(("technical",), 3),
)

human(
    "t002_no_link.eml",
    sender=7,
    date="2026-06-22 18:00",
    client="yahoo",
    subject="Link fehlt",
    body="""
Hallo,
ich habe keinen Link bekommen für morgen. Wie komme ich in die Videobehandlung?
Elena
""",
    label=S(("technical",), 7),
)

human(
    "t003_camera_firefox.eml",
    sender=10,
    date="2026-07-31 15:50",
    client="plain",
    subject="Kamera",
    body="""
Hallo, die Kamera geht in Firefox nicht, das Bild bleibt schwarz. Was kann ich tun?
Lukas
""",
    label=S(("technical",), 10),
)

human(
    "t004_nothing_happens.eml",
    sender=20,
    date="2026-11-03 16:58",
    client="webde",
    subject="Videotermin",
    body="""
Hallo,

wenn ich den Zugangscode auf video.redmedical.de eingebe, passiert nichts. Der Termin ist gleich um 17 Uhr.

Leonie Hartmann
""",
    label=S(("technical",), 20),
)

human(
    "t005_english_ipad.eml",
    sender=11,
    date="2026-08-31 11:55",
    client="gmail",
    subject="Video link not working",
    body="""
Hi,

the video link doesn't work on my iPad, it just shows a white page.

Emily
""",
    label=S(("technical",), 11),
)

human(
    "t006_screenshot.eml",
    sender=8,
    date="2026-06-10 17:55",
    client="iphone",
    subject="Fehler",
    body="""
Fehlermeldung siehe Screenshot, komme nicht rein.

Von meinem iPhone gesendet
""",
    files=[png("Screenshot 2026-06-10 um 17.54.12.png", 64_000)],
    label=S(("technical",), 8, forms=("unclassified",)),
)

human(
    "t007_browser.eml",
    sender=14,
    date="2026-09-08 12:45",
    client="plain",
    subject="Browser",
    body="""
Hallo,

welchen Browser brauche ich? Mit Safari geht es nicht, ich sehe nur eine Fehlermeldung.

Anna Lehmann
""",
    label=S(("technical",), 14),
)

human(
    "t008_therapist_late.eml",
    sender=13,
    date="2026-10-08 07:10",
    client="outlook",
    subject="Warte im Videoraum",
    body="""
Guten Morgen,

ich bin seit 7 Uhr im Videoraum, aber es kommt niemand. Ist der Termin heute?

M. Vogel
""",
    label=S(("technical", "question"), 13),
)

# --- other ----------------------------------------------------------------------------------

human(
    "o001_thanks.eml",
    sender=24,
    date="2026-06-11 10:00",
    client="plain",
    subject="Danke",
    body="""
Liebes Praxisteam,

vielen Dank für die tolle Betreuung in den letzten Wochen!

Ursula Berger
""",
    label=S(("other",), 24),
)

human(
    "o002_new_address.eml",
    sender=13,
    date="2026-10-05 09:00",
    client="outlook",
    subject="Neue E-Mail-Adresse",
    body="""
Sehr geehrte Damen und Herren,

bitte schreiben Sie mir ab sofort an michael.vogel@privat-post.de.

Mit freundlichen Grüßen
Dr. Michael Vogel
""",
    label=S(("other",), 13),
)

human(
    "o003_prescription_coming.eml",
    sender=2,
    date="2026-02-27 12:00",
    client="plain",
    subject="Verordnung",
    body="""
Hallo,

meine neue Verordnung liegt vor, ich werfe sie nächste Woche in Ihren Briefkasten.

Thomas Becker
""",
    label=S(("other",), 2),
)

human(
    "o004_easter.eml",
    sender=18,
    date="2026-04-03 09:00",
    client="tonline",
    subject="Ostern",
    body="""
Frohe Ostern an das ganze Team!
Renate Koch
""",
    label=S(("other",), 18),
)

# --- forms ----------------------------------------------------------------------------------

human(
    "m001_two_named_pdfs.eml",
    sender=7,
    date="2026-05-28 19:00",
    client="yahoo",
    subject="Re: Ihre Unterlagen für die Behandlung",
    reply_to="fr-7",
    quote_style="yahoo",
    body="""
Hallo,
anbei Datenschutzerklärung und Einwilligung. Den Fragebogen schicke ich morgen.
Elena Popescu
""",
    files=[pdf("Datenschutzerklärung.pdf"), pdf("Einwilligung_Telebehandlung.pdf")],
    label=Label(categories=("forms",), patient=7, forms=("datenschutz", "einwilligung_tele")),
)

human(
    "m002_iphone_photos.eml",
    sender=8,
    date="2026-05-30 11:00",
    client="iphone",
    subject="Formulare",
    body="""
Hier die Formulare als Foto.

Von meinem iPhone gesendet
""",
    files=[jpeg("IMG_1234.jpeg", 52_000), jpeg("IMG_1235.jpeg", 49_000)],
    label=Label(
        categories=("forms",),
        patient=8,
        forms=("unclassified", "unclassified"),
        needs_staff=True,
        note="photos without telling names: staff file them",
    ),
)

human(
    "m003_scan_body_names_form.eml",
    sender=17,
    date="2026-10-18 15:00",
    client="gmail",
    subject="Unterlagen",
    body="""
Hallo,

anbei den ausgefüllten Anamnesebogen.

Ole Jansen
""",
    files=[pdf("Scan_20261018.pdf", pages=2)],
    label=Label(categories=("forms",), patient=17, forms=("anamnese",)),
)

human(
    "m004_umlaut_names.eml",
    sender=20,
    date="2026-10-30 17:00",
    client="webde",
    subject="Formulare",
    body="""
Hallo,

hier zwei der Formulare.

Leonie Hartmann
""",
    files=[pdf("Datenschutzerklärung Hartmann.pdf"), pdf("Einwilligung Telebehandlung.pdf")],
    label=Label(categories=("forms",), patient=20, forms=("datenschutz", "einwilligung_tele")),
)

human(
    "m005_upper_case_ext.eml",
    sender=20,
    date="2026-10-31 10:00",
    client="webde",
    subject="Anamnese",
    body="""
Und hier noch der Anamnesebogen.
Leonie
""",
    files=[pdf("anamnese_hartmann.PDF")],
    label=Label(categories=("forms",), patient=20, forms=("anamnese",)),
)

human(
    "m006_video_privacy_existing.eml",
    sender=1,
    date="2026-01-10 12:00",
    client="webde",
    subject="Datenschutzinformation",
    body="""
Hallo,

anbei die unterschriebene Datenschutzinformation für die Videobehandlung.

Sabine Krüger
""",
    files=[pdf("Datenschutzinformation_Videobehandlung_unterschrieben.pdf")],
    label=Label(categories=("forms",), patient=1, forms=("datenschutz_video",)),
)

human(
    "m007_video_privacy_short_name.eml",
    sender=3,
    date="2026-03-01 20:00",
    client="gmail",
    subject="Formular",
    body="""
Hallo, hier das Formular. LG Aylin
""",
    files=[pdf("Datenschutz Video Aylin Demir.pdf")],
    label=Label(categories=("forms",), patient=3, forms=("datenschutz_video",)),
)

human(
    "m008_outlook_logo.eml",
    sender=10,
    date="2026-06-30 09:00",
    client="outlook",
    subject="Datenschutzinformation",
    body="""
Guten Morgen,

anbei die Datenschutzinformation.

Lukas Brandt
""",
    html="""<html><body><p>Guten Morgen,</p><p>anbei die Datenschutzinformation.</p><p>Lukas Brandt<br><img src="cid:image001.png@01DAF2C1.5B1E6D30" width="120" height="40"></p></body></html>""",
    files=[
        png("image001.png", 6_200, inline_cid="image001.png@01DAF2C1.5B1E6D30"),
        pdf("Datenschutzinformation.pdf"),
    ],
    label=Label(
        categories=("forms",),
        patient=10,
        forms=("datenschutz_video",),
        note="inline signature logo is no form",
    ),
)

human(
    "m009_heic.eml",
    sender=14,
    date="2026-09-05 10:00",
    client="iphone",
    subject="Formular Video",
    body="""
Anbei das Formular.

Von meinem iPhone gesendet
""",
    files=[heic("IMG_0815.HEIC")],
    label=Label(categories=("forms",), patient=14, forms=("unclassified",), needs_staff=True),
)

human(
    "m010_zip.eml",
    sender=16,
    date="2026-10-03 12:00",
    client="plain",
    subject="Unterlagen",
    body="""
Hallo,
die Unterlagen im Anhang als ZIP.
Birgit Schäfer
""",
    files=[zipped("Unterlagen.zip", ["Datenschutzinformation.pdf"])],
    label=Label(
        categories=("forms",),
        patient=16,
        forms=("unclassified",),
        needs_staff=True,
        note="archives are never opened automatically",
    ),
)

human(
    "m011_docx.eml",
    sender=19,
    date="2026-11-01 16:00",
    client="plain",
    subject="Einwilligung",
    body="""
Hallo,
anbei die Einwilligung als Word-Datei.
David Nowak
""",
    files=[docx("Einwilligung.docx")],
    label=Label(categories=("forms",), patient=19, forms=("einwilligung_tele",)),
)

human(
    "m012_datenschutz_plain_name.eml",
    sender=17,
    date="2026-10-19 21:00",
    client="gmail",
    subject="Formulare",
    body="""
Hallo,

anbei alle drei Formulare.

Ole
""",
    files=[pdf("Anamnese.pdf"), pdf("Datenschutz.pdf"), pdf("Einwilligung.pdf")],
    label=Label(
        categories=("forms",),
        patient=17,
        forms=("anamnese", "datenschutz", "einwilligung_tele"),
        note="'Datenschutz.pdf' is the privacy statement to a person; the keywords do not say so",
    ),
)

human(
    "m013_fragebogen_html.eml",
    sender=7,
    date="2026-05-29 18:00",
    client="yahoo",
    subject="Fragebogen",
    body="""
Hallo, hier der Fragebogen. Elena
""",
    html="""<html><body><div>Hallo, hier der Fragebogen. Elena</div></body></html>""",
    files=[pdf("Fragebogen Popescu.pdf", pages=3)],
    label=Label(categories=("forms",), patient=7, forms=("anamnese",)),
)

human(
    "m014_subject_names_form.eml",
    sender=20,
    date="2026-10-29 20:00",
    client="webde",
    subject="Einwilligung",
    body="",
    files=[pdf("Dokument.pdf")],
    label=Label(categories=("forms",), patient=20, forms=("einwilligung_tele",)),
)

human(
    "m015_three_named.eml",
    sender=8,
    date="2026-05-31 10:00",
    client="apple",
    subject="Unterlagen",
    body="""
Hallo,

jetzt nochmal ordentlich als PDF.

Jonas Richter
""",
    files=[pdf("Anamnesebogen.pdf"), pdf("Datenschutzerklaerung.pdf"), pdf("Einwilligung.pdf")],
    label=Label(
        categories=("forms",), patient=8, forms=("anamnese", "datenschutz", "einwilligung_tele")
    ),
)

human(
    "m016_corporate_logo_and_form.eml",
    sender=13,
    date="2026-08-30 19:00",
    client="outlook",
    subject="Datenschutzinformation Videobehandlung",
    body="""
Sehr geehrte Damen und Herren,

anbei das unterschriebene Formular.

Mit freundlichen Grüßen
Dr. Michael Vogel
""",
    html="""<html><body><p>Sehr geehrte Damen und Herren,</p><p>anbei das unterschriebene Formular.</p><p>Mit freundlichen Gr&uuml;&szlig;en<br>Dr. Michael Vogel<br><img src="cid:image001.png@01DB0A.1"></p></body></html>""",
    files=[png("image001.png", 9_800, inline_cid="image001.png@01DB0A.1"), pdf("Scan_0042.pdf")],
    label=Label(
        categories=("forms",),
        patient=13,
        forms=("datenschutz_video",),
        note="scan without a telling name; the subject names the form",
    ),
)

human(
    "m017_mother_video_privacy.eml",
    sender=5,
    name="Katrin Schulz",
    date="2026-04-12 19:00",
    client="plain",
    subject="Formular für Marie",
    body="""
Hallo,

anbei die Datenschutzinformation für Marie.

Katrin Schulz
""",
    files=[pdf("Datenschutzinformation Video Marie.pdf")],
    label=Label(categories=("forms",), patient=5, forms=("datenschutz_video",)),
)

human(
    "m018_confirm_and_form.eml",
    sender=13,
    date="2026-09-24 09:00",
    client="outlook",
    subject="Formular und Bestätigung",
    body="""
Guten Morgen,

anbei das unterschriebene Formular. Die Behandlung am 24.9. hat stattgefunden.

Beste Grüße
M. Vogel
""",
    files=[pdf("Datenschutzinformation Videobehandlung.pdf")],
    label=C(13, "09-24", extra=("forms",), forms=("datenschutz_video",)),
)

human(
    "m019_screenshot_of_form.eml",
    sender=12,
    date="2026-08-01 10:00",
    client="webde",
    subject="Formular",
    body="""
Hallo, ich habe das Formular am Handy ausgefüllt, hier ein Bildschirmfoto.
Fatma
""",
    files=[png("Screenshot_20260801-095512.png", 310_000)],
    label=Label(categories=("forms",), patient=12, forms=("unclassified",), needs_staff=True),
)

human(
    "m020_forms_and_question.eml",
    sender=17,
    date="2026-10-20 08:00",
    client="gmail",
    subject="Fragebogen",
    body="""
Hallo,

anbei der Fragebogen. Muss ich die Einwilligung auch unterschreiben, wenn ich privat versichert bin?

Ole Jansen
""",
    files=[pdf("Fragebogen_Jansen.pdf")],
    label=Label(
        categories=("forms", "question"), patient=17, forms=("anamnese",), needs_staff=True
    ),
)

# --- unknown senders -------------------------------------------------------------------------

human(
    "u001_name_matches_other_address.eml",
    sender="s.krueger1975@gmail.com",
    name="Sabine Krüger",
    date="2026-03-10 18:00",
    client="gmail",
    subject="Bestätigung",
    body="""
Hallo, die Behandlung am 10.3. hat stattgefunden. Gruß S. Krüger
""",
    label=Label(
        categories=("confirmation",),
        dates=("2026-03-10",),
        needs_staff=True,
        note="name of patient 1 from an unregistered address: new address or spoofing",
    ),
)

human(
    "u002_address_as_display_name.eml",
    sender="service@kundenpost-info.com",
    name="t.becker@gmx.de",
    date="2026-03-01 12:00",
    client="plain",
    subject="Bestätigung",
    body="""
Die Behandlung am 26.02. hat stattgefunden.
""",
    label=Label(
        categories=("confirmation",),
        dates=("2026-02-26",),
        needs_staff=True,
        note="display name is a patient address; identity is the real address",
    ),
)

human(
    "u003_prospective_patient.eml",
    sender="m.kaiser84@gmx.de",
    name="Monika Kaiser",
    date="2026-06-15 10:00",
    client="plain",
    subject="Anfrage Lymphdrainage",
    body="""
Guten Tag,

bieten Sie auch Lymphdrainage per Video an? Ich bin gesetzlich versichert.

Monika Kaiser
""",
    label=Label(categories=("question",), needs_staff=True),
)

human(
    "u004_spouse_own_address.eml",
    sender="horst.neumann@gmx.de",
    name="Horst Neumann",
    date="2026-07-15 09:00",
    client="plain",
    subject="Behandlung meiner Frau",
    body="""
Guten Tag,

meine Frau Gisela hatte am 14.7. ihre Behandlung, sie hat stattgefunden.

Horst Neumann
""",
    label=Label(
        categories=("confirmation",),
        dates=("2026-07-14",),
        needs_staff=True,
        note="spouse from his own, unregistered address: never counts",
    ),
)

human(
    "u005_phishing.eml",
    sender="noreply@praxis-impulse-postfach.com",
    name="Praxis Impulse",
    date="2026-05-05 03:00",
    client="plain",
    subject="Ihr Postfach ist fast voll",
    body="""
Sehr geehrter Nutzer,

Ihr Postfach termine@praxis-impulse.de ist zu 98 % voll. Klicken Sie hier, um Speicher freizugeben: http://praxis-impulse-postfach.com/login

Ihr IT-Team
""",
    label=Label(categories=("other",), needs_staff=True),
)

human(
    "u006_doctor_sends_prescription.eml",
    sender="praxis@dr-lang-allgemeinmedizin.de",
    name="Praxis Dr. Lang",
    date="2026-06-01 11:00",
    client="outlook",
    subject="Verordnung Frau Popescu",
    body="""
Sehr geehrte Kolleginnen und Kollegen,

anbei die Verordnung für Frau Popescu.

Mit freundlichen Grüßen
Praxis Dr. Lang
""",
    files=[pdf("Verordnung_Popescu.pdf")],
    label=Label(
        categories=("forms",), needs_staff=True, note="unknown sender: nothing filed to a patient"
    ),
)

human(
    "u007_new_patient_forms_unregistered.eml",
    sender="karl.sommer@web.de",
    name="Karl Sommer",
    date="2026-09-01 19:00",
    client="webde",
    subject="Anamnesebogen",
    body="""
Guten Abend,

anbei mein Anamnesebogen für den ersten Termin.

Karl Sommer
""",
    files=[pdf("Anamnesebogen_Sommer.pdf")],
    label=Label(categories=("forms",), needs_staff=True, note="not (yet) a registered patient"),
)

human(
    "u008_malformed_from.eml",
    sender="renate.koch@t-online.de",
    date="2026-04-09 10:00",
    client="plain",
    from_header="renate.koch@t-online.de(<mallory@example.net>",
    subject="Bestätigung",
    body="""
Die Behandlung am 8.4. hat stattgefunden.
Renate Koch
""",
    label=Label(
        categories=("confirmation",),
        dates=("2026-04-08",),
        needs_staff=True,
        note="unparseable From: sender unknown",
    ),
)

human(
    "u009_reply_to_differs.eml",
    sender=10,
    date="2026-07-31 18:00",
    client="plain",
    subject="Bestätigung",
    extra_headers=[("Reply-To", "lukas.b@firma-brandt.de")],
    body="""
Hallo,
Behandlung am 31.7. hat stattgefunden.
Lukas Brandt
""",
    label=S(
        ("confirmation",),
        10,
        dates=("07-31",),
        note="Reply-To differs from the registered address: nothing recorded, staff look "
        "(RELIABILITY P20)",
    ),
)

# --- trust: Authentication-Results (mailbox.trusted_authserv_id set) -----------------------

TRUSTED = "mx.praxis-impulse.de"

human(
    "s001_dmarc_pass.eml",
    sender=18,
    date="2026-04-08 16:00",
    client="tonline",
    subject="Behandlung heute",
    extra_headers=[
        (
            "Authentication-Results",
            f"{TRUSTED}; dkim=pass header.d=t-online.de header.s=dkim1; spf=pass smtp.mailfrom=t-online.de; dmarc=pass (p=NONE) header.from=t-online.de",
        ),
    ],
    body="""
Die Behandlung am 8.4. hat stattgefunden.
Renate Koch
""",
    label=Label(
        categories=("confirmation",),
        patient=18,
        confirmed=(appt(18, "04-08"),),
        dates=("2026-04-08",),
        trusted_authserv_id=TRUSTED,
    ),
)

human(
    "s002_forged_results_below.eml",
    sender=18,
    date="2026-04-13 16:00",
    client="tonline",
    subject="Behandlung heute",
    extra_headers=[
        (
            "Authentication-Results",
            f"{TRUSTED}; dkim=none; spf=fail smtp.mailfrom=t-online.de; dmarc=fail (p=NONE) header.from=t-online.de",
        ),
        ("Authentication-Results", f"{TRUSTED}; dmarc=pass header.from=t-online.de"),
    ],
    body="""
Die Behandlung am 13.4. hat stattgefunden.
Renate Koch
""",
    label=Label(
        categories=("confirmation",),
        patient=18,
        dates=("2026-04-13",),
        needs_staff=True,
        trusted_authserv_id=TRUSTED,
        note="our server says dmarc=fail; the pass below is forged",
    ),
)

human(
    "s003_dkim_aligned.eml",
    sender=22,
    date="2026-03-19 14:00",
    client="outlook",
    subject="Bestätigung",
    extra_headers=[
        (
            "Authentication-Results",
            f"{TRUSTED}; dkim=pass (2048-bit key) header.d=hotmail.de header.i=@hotmail.de; spf=softfail smtp.mailfrom=hotmail.de; dmarc=none",
        ),
    ],
    body="""
Hallo, die Behandlung am 19.3. hat stattgefunden. Mehmet
""",
    label=Label(
        categories=("confirmation",),
        patient=22,
        confirmed=(appt(22, "03-19"),),
        dates=("2026-03-19",),
        trusted_authserv_id=TRUSTED,
    ),
)

human(
    "s004_foreign_authserv.eml",
    sender=2,
    date="2026-02-26 19:00",
    client="plain",
    subject="Bestätigung",
    extra_headers=[
        (
            "Authentication-Results",
            "mx.google.com; dkim=pass header.d=gmx.de; dmarc=pass header.from=gmx.de",
        ),
    ],
    body="""
Behandlung am 26.2. hat stattgefunden.
Thomas Becker
""",
    label=Label(
        categories=("confirmation",),
        patient=2,
        dates=("2026-02-26",),
        needs_staff=True,
        trusted_authserv_id=TRUSTED,
        note="no Authentication-Results from our own server",
    ),
)

# --- automated: out-of-office ---------------------------------------------------------------


def _ref(key: str) -> str:
    return OUTBOX[key].message_id


raw_mail(
    "a001_exchange_oof.eml",
    date="2026-09-17 08:31",
    label=Label(categories=("auto_reply",), patient=13),
    raw=f"""
From: "Dr. Michael Vogel" <m.vogel@vogel-partner.de>
To: Praxis Impulse <termine@praxis-impulse.de>
Subject: Automatische Antwort: Bitte bestätigen Sie Ihre Behandlung vom 17.09.2026
Date: Thu, 17 Sep 2026 06:31:02 +0000
Message-ID: <4b7a1c2e9f0d4e21a6c3@VI1PR07MB5123.eurprd07.prod.outlook.com>
In-Reply-To: {_ref(cr(13, "09-17"))}
References: {_ref(cr(13, "09-17"))}
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: m.vogel@vogel-partner.de
X-MS-Exchange-Organization-AutoResponse: OOF
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28.09.2026 nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an mein Sekretariat unter 030 2345 6789-0.

Mit freundlichen Grüßen
Dr. Michael Vogel
""",
)

raw_mail(
    "a002_zimbra_vacation.eml",
    date="2026-09-29 14:01",
    label=Label(categories=("auto_reply",), patient=14),
    raw=f"""
Return-Path: <anna.lehmann@uni-beispiel.de>
From: Anna Lehmann <anna.lehmann@uni-beispiel.de>
To: termine@praxis-impulse.de
Subject: Re: Bitte bestätigen Sie Ihre Behandlung vom 29.09.2026
Date: Tue, 29 Sep 2026 14:01:12 +0200 (CEST)
Message-ID: <1203948172.4421.1790000000000.JavaMail.zimbra@uni-beispiel.de>
In-Reply-To: {_ref(cr(14, "09-29"))}
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ich bin bis zum 12.10. nicht erreichbar. Ihre Mail wird nicht weitergeleitet.
I am out of office until 12 October.
""",
)

raw_mail(
    "a003_gmail_vacation.eml",
    date="2026-03-26 07:45",
    label=Label(categories=("auto_reply",), patient=3),
    raw=f"""
From: Aylin Demir <aylin.demir@gmail.com>
To: Praxis Impulse <termine@praxis-impulse.de>
Subject: Urlaub
Date: Thu, 26 Mar 2026 07:45:10 +0100
Message-ID: <CAFvacation0a1b2c3d4e5f6a7b8c9d@mail.gmail.com>
In-Reply-To: {_ref(cr(3, "03-25"))}
References: {_ref(cr(3, "03-25"))}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hallo, ich bin bis zum 06.04. im Urlaub und lese meine Mails nur unregelm=C3=
=A4=C3=9Fig. Liebe Gr=C3=BC=C3=9Fe, Aylin
""",
)

raw_mail(
    "a004_english_ooo.eml",
    date="2026-08-31 13:31",
    label=Label(categories=("auto_reply",), patient=11),
    raw=f"""
From: Emily Carter <emily.carter@gmail.com>
To: termine@praxis-impulse.de
Subject: Out of Office: Bitte bestätigen Sie Ihre Behandlung vom 31.08.2026
Date: Mon, 31 Aug 2026 13:31:00 +0200
Message-ID: <CAooo11aa22bb33cc44dd55ee66@mail.gmail.com>
In-Reply-To: {_ref(cr(11, "08-31"))}
X-Autoreply: yes
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=us-ascii
MIME-Version: 1.0

I'm away until September 7th with limited access to email. The session on 31 August took place as planned? I will reply when I'm back.
""",
)

raw_mail(
    "a005_webde_autoresponder.eml",
    date="2026-02-17 11:32",
    label=Label(categories=("auto_reply",), patient=1),
    raw=f"""
From: sabine.krueger@web.de
To: termine@praxis-impulse.de
Subject: Abwesenheitsnotiz
Date: Tue, 17 Feb 2026 11:32:44 +0100
Message-ID: <trinity-abw-8d1f3c7e-2b44@3c-app-webde-bap41>
In-Reply-To: {_ref(cr(1, "02-17"))}
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Vielen Dank für Ihre Nachricht! Ich bin vom 16.02. bis 20.02. verreist und kann Ihre Mail erst danach beantworten.
Sabine Krüger
""",
)

raw_mail(
    "a006_exchange_oof_reminder.eml",
    date="2026-05-17 07:31",
    label=Label(categories=("auto_reply",), patient=6),
    raw=f"""
From: Peter Hoffmann <peter.hoffmann@outlook.de>
To: Praxis Impulse <termine@praxis-impulse.de>
Subject: Automatische Antwort: Erinnerung: Ihr Termin am 18.05.2026
Date: Sun, 17 May 2026 05:31:00 +0000
Message-ID: <DB9PR10MB5555ABCDEF0123456789@DB9PR10MB5555.EURPRD10.PROD.OUTLOOK.COM>
In-Reply-To: {_ref(rem(6, "05-18"))}
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: peter.hoffmann@outlook.de
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ich bin bis 18.05. auf Dienstreise. Die Behandlung am 11.05. hat stattgefunden =
und ich melde mich nach meiner R=FCckkehr.
""",
)

raw_mail(
    "a007_business_address_oof.eml",
    date="2026-10-14 20:31",
    label=Label(categories=("auto_reply",), patient=16),
    raw=f"""
From: =?utf-8?q?Birgit_Sch=C3=A4fer?= <b.schaefer@schaefer-steuerberatung.de>
To: termine@praxis-impulse.de
Subject: =?utf-8?q?Abwesenheitsnotiz=3A_Bitte_best=C3=A4tigen_Sie_Ihre_Behandlung_vom_14=2E10=2E2026?=
Date: Wed, 14 Oct 2026 20:31:05 +0200
Message-ID: <oof-2026-10-14-203105@schaefer-steuerberatung.de>
In-Reply-To: {_ref(cr(16, "10-14"))}
Auto-Submitted: auto-replied; owner-email="b.schaefer@schaefer-steuerberatung.de"
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag, unser Büro ist vom 12.10. bis 16.10.2026 geschlossen.
""",
)

raw_mail(
    "a008_tonline_autoreply.eml",
    date="2026-02-14 09:00",
    label=Label(categories=("auto_reply",), patient=4),
    raw=f"""
From: hj.wolff@t-online.de
To: termine@praxis-impulse.de
Subject: Automatische Antwort
Date: Sat, 14 Feb 2026 09:00:01 +0100
Message-ID: <auto.1771056001.4711@t-online.de>
In-Reply-To: {_ref(cr(4, "02-13"))}
Auto-Submitted: auto-replied
X-Autorespond: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ich bin zur Kur und ab dem 01.03. wieder zu Hause.
""",
)

# --- automated: bounces ---------------------------------------------------------------------

_bounced = OUTBOX[cr(15, "10-12")]
raw_mail(
    "b001_dsn_user_unknown.eml",
    date="2026-10-12 12:31",
    label=Label(
        categories=("bounce",), needs_staff=True, bounced=("klaus.zimmermann@arcor.de",), patient=15
    ),
    raw=f"""
Return-Path: <>
From: MAILER-DAEMON@mail.praxis-impulse.de (Mail Delivery System)
To: termine@praxis-impulse.de
Subject: Undelivered Mail Returned to Sender
Date: Mon, 12 Oct 2026 12:31:40 +0200 (CEST)
Message-ID: <20261012103140.7F3A21C0042@mail.praxis-impulse.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="7F3A21C0042.1792060300/mail.praxis-impulse.de"

This is a MIME-encapsulated message.

--7F3A21C0042.1792060300/mail.praxis-impulse.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.praxis-impulse.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<klaus.zimmermann@arcor.de>: host mx.arcor.de[151.189.21.116] said: 550 5.1.1
    <klaus.zimmermann@arcor.de>: Recipient address rejected: User unknown

--7F3A21C0042.1792060300/mail.praxis-impulse.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.praxis-impulse.de
X-Postfix-Queue-ID: 7F3A21C0042
Arrival-Date: Mon, 12 Oct 2026 12:31:38 +0200 (CEST)

Final-Recipient: rfc822; klaus.zimmermann@arcor.de
Original-Recipient: rfc822;klaus.zimmermann@arcor.de
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.arcor.de
Diagnostic-Code: smtp; 550 5.1.1 <klaus.zimmermann@arcor.de>: Recipient address rejected: User unknown

--7F3A21C0042.1792060300/mail.praxis-impulse.de
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Praxis Impulse <termine@praxis-impulse.de>
To: klaus.zimmermann@arcor.de
Subject: {_bounced.subject.replace("ä", "ae")}
Message-ID: {_bounced.message_id}
Date: Mon, 12 Oct 2026 12:30:00 +0200
Auto-Submitted: auto-generated

--7F3A21C0042.1792060300/mail.praxis-impulse.de--
""",
)

raw_mail(
    "b002_dsn_delayed.eml",
    date="2026-11-13 13:05",
    label=Label(categories=("bounce",), bounced=(), patient=19),
    raw=f"""
Return-Path: <>
From: MAILER-DAEMON@mail.praxis-impulse.de (Mail Delivery System)
To: termine@praxis-impulse.de
Subject: Delayed Mail (still being retried)
Date: Fri, 13 Nov 2026 13:05:10 +0100 (CET)
Message-ID: <20261113120510.11AA21C0099@mail.praxis-impulse.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="11AA21C0099.1794574000/mail.praxis-impulse.de"

--11AA21C0099.1794574000/mail.praxis-impulse.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.praxis-impulse.de.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 3.0 hours.
It will be retried until it is 5.0 days old.

<david.nowak@proton.me>: connect to mail.protonmail.ch[185.70.42.128]:25:
    Connection timed out

--11AA21C0099.1794574000/mail.praxis-impulse.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.praxis-impulse.de
X-Postfix-Queue-ID: 11AA21C0099

Final-Recipient: rfc822; david.nowak@proton.me
Original-Recipient: rfc822;david.nowak@proton.me
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.protonmail.ch[185.70.42.128]:25: Connection timed out
Will-Retry-Until: Wed, 18 Nov 2026 10:00:00 +0100 (CET)

--11AA21C0099.1794574000/mail.praxis-impulse.de
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Praxis Impulse <termine@praxis-impulse.de>
To: david.nowak@proton.me
Message-ID: {OUTBOX[cr(19, "11-13")].message_id}
Subject: Bitte bestaetigen Sie Ihre Behandlung vom 13.11.2026

--11AA21C0099.1794574000/mail.praxis-impulse.de--
""",
)

raw_mail(
    "b003_plain_unzustellbar.eml",
    date="2026-07-06 09:10",
    label=Label(
        categories=("bounce",),
        needs_staff=True,
        note="plain-text NDR without our Message-ID: the rules cannot tell whose address it is; staff can",
    ),
    raw="""
Return-Path: <>
From: Mail Delivery System <postmaster@freenet.de>
To: termine@praxis-impulse.de
Subject: Unzustellbar: Erinnerung: Ihr Termin am 07.07.2026
Date: Mon, 06 Jul 2026 09:10:22 +0200
Message-ID: <ndr-77421-20260706@mx.freenet.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: gisela.neumann@freenet.de
Grund: Das Postfach des Empfängers ist voll (Quota überschritten).

Betreff der Nachricht: Erinnerung: Ihr Termin am 07.07.2026
Gesendet: 06.07.2026 09:00
""",
)

raw_mail(
    "b004_dsn_mailbox_full_5xx.eml",
    date="2026-02-09 19:31",
    label=Label(
        categories=("bounce",),
        needs_staff=True,
        note="mailbox full: not a dead address, but the mail never arrived",
        patient=2,
    ),
    raw=f"""
Return-Path: <>
From: MAILER-DAEMON@mail.praxis-impulse.de (Mail Delivery System)
To: termine@praxis-impulse.de
Subject: Undelivered Mail Returned to Sender
Date: Mon, 09 Feb 2026 19:31:02 +0100 (CET)
Message-ID: <20260209183102.2B1C41C0007@mail.praxis-impulse.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="2B1C41C0007.1770665462/mail.praxis-impulse.de"

--2B1C41C0007.1770665462/mail.praxis-impulse.de
Content-Type: text/plain; charset=us-ascii

<t.becker@gmx.de>: host mx00.emig.gmx.net[212.227.15.9] said: 552 5.2.2
    Mailbox full

--2B1C41C0007.1770665462/mail.praxis-impulse.de
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.praxis-impulse.de

Final-Recipient: rfc822; t.becker@gmx.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--2B1C41C0007.1770665462/mail.praxis-impulse.de
Content-Type: message/rfc822

From: Praxis Impulse <termine@praxis-impulse.de>
To: t.becker@gmx.de
Subject: Bitte bestaetigen Sie Ihre Behandlung vom 09.02.2026
Message-ID: {OUTBOX[cr(2, "02-09")].message_id}
Date: Mon, 09 Feb 2026 19:30:00 +0100
Auto-Submitted: auto-generated
Content-Type: text/plain; charset=utf-8

Guten Tag Herr Becker,

Ihre Behandlung war fuer Montag, 09.02.2026 um 17:30 Uhr geplant.

--2B1C41C0007.1770665462/mail.praxis-impulse.de--
""",
)

raw_mail(
    "b005_exchange_ndr.eml",
    date="2026-04-22 10:31",
    label=Label(
        categories=("bounce",), needs_staff=True, bounced=("james.oneill@outlook.com",), patient=23
    ),
    raw=f"""
Return-Path: <>
From: postmaster@outlook.com
To: termine@praxis-impulse.de
Subject: Unzustellbar: Bitte bestaetigen Sie Ihre Behandlung vom 21.04.2026
Date: Wed, 22 Apr 2026 08:31:11 +0000
Message-ID: <5f2a9e7c-1111-4c2b-9a0b-ndr@AM0EUR02HT123.eop-eur02.prod.protection.outlook.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ndr_boundary_5f2a9e7c"
X-MS-Exchange-Message-Is-Ndr:

--ndr_boundary_5f2a9e7c
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:

james.oneill@outlook.com
Das E-Mail-Konto existiert nicht bei der Organisation, an die die Nachricht gesendet wurde.

--ndr_boundary_5f2a9e7c
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0EUR02HT123.eop-eur02.prod.protection.outlook.com
Received-From-MTA: dns;mail.praxis-impulse.de

Final-Recipient: rfc822;james.oneill@outlook.com
Action: failed
Status: 5.5.0
Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable

--ndr_boundary_5f2a9e7c
Content-Type: text/rfc822-headers

From: Praxis Impulse <termine@praxis-impulse.de>
To: james.oneill@outlook.com
Subject: Bitte bestaetigen Sie Ihre Behandlung vom 21.04.2026
Message-ID: {OUTBOX[cr(23, "04-21")].message_id}

--ndr_boundary_5f2a9e7c--
""",
)

# --- automated: lists, newsletters, our own mail -----------------------------------------------

raw_mail(
    "l001_newsletter.eml",
    date="2026-03-12 06:00",
    label=Label(categories=("bulk",)),
    raw="""
From: Physio-Fachverlag <newsletter@physio-fachverlag.de>
To: termine@praxis-impulse.de
Subject: Neu im Shop: Therabänder zum Sonderpreis
Date: Thu, 12 Mar 2026 06:00:00 +0100
Message-ID: <nl-2026-03-12.884123@physio-fachverlag.de>
List-Unsubscribe: <https://physio-fachverlag.de/abmelden?id=884123>, <mailto:abmelden@physio-fachverlag.de>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Liebe Praxis,

nur bis zum 20.03.2026: Therabänder im 10er-Pack zum Sonderpreis. Bestellen Sie bis 14:00 Uhr, Versand am selben Tag.

Ihr Physio-Fachverlag
""",
)

raw_mail(
    "l002_association_list.eml",
    date="2026-02-02 10:00",
    label=Label(categories=("bulk",)),
    raw="""
From: Landesverband Physiotherapie <info@lv-physio-beispiel.de>
To: mitglieder@lists.lv-physio-beispiel.de
Subject: [Mitglieder] Fortbildung Telemedizin am 14.03.2026
Date: Mon, 02 Feb 2026 10:00:00 +0100
Message-ID: <list-2026-02-02-1@lists.lv-physio-beispiel.de>
List-Id: Mitglieder <mitglieder.lists.lv-physio-beispiel.de>
List-Post: <mailto:mitglieder@lists.lv-physio-beispiel.de>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Liebe Mitglieder,

die Fortbildung "Telemedizin in der Heilmittelversorgung" findet am 14.03.2026 statt. Die Behandlung per Video wurde am 01.02. erfolgreich evaluiert.

Ihr Landesverband
""",
)

raw_mail(
    "l003_provider_maintenance.eml",
    date="2026-05-08 15:00",
    label=Label(categories=("bulk",)),
    raw="""
From: Redmedical Service <service@redmedical-news.de>
To: termine@praxis-impulse.de
Subject: Wartungsarbeiten am 12.05.2026
Date: Fri, 08 May 2026 15:00:00 +0200
Message-ID: <svc-20260508-77@redmedical-news.de>
List-Unsubscribe: <mailto:unsubscribe@redmedical-news.de>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Kundin, sehr geehrter Kunde,

am 12.05.2026 zwischen 22:00 und 23:00 Uhr finden Wartungsarbeiten statt.
""",
)

# Our digest to the team, in our outbox like every mail we send.
OUTBOX["digest-20260602"] = OutboxRow(
    message_id="<pw-digest-20260602.5f1e2d3c4b5a@praxis-impulse.de>",
    kind="staff_digest",
    patient_id=None,
    appointment_id=None,
    sent_at=local("2026-06-02 07:00"),
    subject="Tagesübersicht 02.06.2026",
    text="",
)
raw_mail(
    "w001_own_digest.eml",
    date="2026-06-02 07:00",
    label=Label(categories=("own_mail",)),
    raw="""
From: Praxis Impulse <termine@praxis-impulse.de>
To: team@praxis-impulse.de, termine@praxis-impulse.de
Subject: Tagesübersicht 02.06.2026
Date: Tue, 02 Jun 2026 07:00:00 +0200
Message-ID: <pw-digest-20260602.5f1e2d3c4b5a@praxis-impulse.de>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Tagesübersicht für Dienstag, 02.06.2026

Bestätigungen erhalten: 3
Zu prüfen: 2
""",
)

_own = OUTBOX[cr(12, "08-12")]
raw_mail(
    "w002_own_request_copy.eml",
    date="2026-08-12 12:00",
    label=Label(categories=("own_mail",)),
    raw=f"""
From: Praxis Impulse <termine@praxis-impulse.de>
To: fatma.yildiz@web.de
Subject: {_own.subject.replace("ä", "ae")}
Date: Wed, 12 Aug 2026 12:00:00 +0200
Message-ID: {_own.message_id}
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_own.text}
""",
)

# --- more traps: negated answers to our request, wrong days, other patients' days --------

human(
    "n006_reply_no.eml",
    sender=21,
    date="2026-01-19 13:00",
    client="webde",
    subject="Aw: Bitte bestätigen Sie Ihre Behandlung vom 19.01.2026",
    reply_to=cr(21, "01-19"),
    quote_style="webde",
    body="""
Nein, der Termin hat nicht stattgefunden. Ich war um halb zehn im Videoraum, aber die Verbindung kam nicht zustande.

Sophie Wagner
""",
    label=S(("technical",), 21, note="answers our request with NO"),
)

human(
    "n007_reply_sick.eml",
    sender=4,
    date="2026-02-20 16:30",
    client="tonline",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 20.02.2026",
    reply_to=cr(4, "02-20"),
    quote_style="tonline",
    body="""
leider nicht, ich lag mit grippe im bett und bin nicht ans telefon gegangen.
wolff
""",
    label=S(
        ("cancellation",), 4, note="treatment missed; our request answered with 'leider nicht'"
    ),
)

human(
    "n008_english_missed.eml",
    sender=11,
    date="2026-08-31 14:00",
    client="gmail",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 31.08.2026",
    reply_to=cr(11, "08-31"),
    quote_style="gmail_en",
    body="""
No, I missed it, sorry - I was stuck on a train without signal. Can we find another slot this week?

Emily
""",
    label=S(("reschedule",), 11, note="answers our request with NO"),
)

human(
    "n009_fiel_aus.eml",
    sender=18,
    date="2026-03-31 09:00",
    client="tonline",
    subject="Termin gestern",
    body="""
Guten Morgen,

die Behandlung gestern fiel leider aus, weil bei mir der Strom weg war.

Renate Koch
""",
    label=S(("other",), 18, note="did not take place"),
)

human(
    "c086_yes_late_start.eml",
    sender=13,
    date="2026-10-08 09:15",
    client="outlook",
    subject="AW: Bitte bestätigen Sie Ihre Behandlung vom 08.10.2026",
    reply_to=cr(13, "10-08"),
    quote_style="outlook",
    body="""
Ja, hat stattgefunden – der Therapeut kam etwa 10 Minuten später, war aber kein Problem.

M. Vogel
""",
    label=Label(
        categories=("confirmation",),
        patient=13,
        confirmed=(appt(13, "10-08"),),
        note="took place with a late start; dateless answer to our request",
    ),
)

human(
    "c087_english_yes_it_did.eml",
    sender=8,
    date="2026-07-01 19:20",
    client="iphone",
    subject="Re: Bitte bestätigen Sie Ihre Behandlung vom 01.07.2026",
    reply_to=cr(8, "07-01"),
    quote_style="iphone",
    body="""
Yes it did 👍

Von meinem iPhone gesendet
""",
    label=Label(categories=("confirmation",), patient=8, confirmed=(appt(8, "07-01"),)),
)

human(
    "c088_one_of_three_days_wrong.eml",
    sender=7,
    date="2026-06-17 10:00",
    client="yahoo",
    subject="Bestätigung Juni",
    body="""
Hallo,

die Behandlungen am 2., 9. und 17.6. haben stattgefunden.

Elena Popescu
""",
    label=Label(
        categories=("confirmation",),
        patient=7,
        confirmed=(appt(7, "06-02"), appt(7, "06-09")),
        dates=("2026-06-02", "2026-06-09", "2026-06-17"),
        needs_staff=True,
        note="no appointment on 17.06. (it was the 16th): two recorded, the third to staff",
    ),
)

human(
    "c089_cancelled_appointment_day.eml",
    sender=3,
    date="2026-04-01 18:00",
    client="gmail",
    subject="Behandlung heute",
    body="""
Hallo, die Behandlung am 1.4. hat doch stattgefunden, die Therapeutin hat mich kurzfristig angerufen. LG Aylin
""",
    label=Label(
        categories=("confirmation",),
        patient=3,
        dates=("2026-04-01",),
        needs_staff=True,
        note="that appointment is cancelled in the calendar: staff sort it out",
    ),
)

human(
    "c090_no_appointment_that_day.eml",
    sender=1,
    date="2026-02-12 08:00",
    client="webde",
    subject="Bestätigung",
    body="""
Hallo,

die Behandlung am 11.2. hat stattgefunden.

Sabine Krüger
""",
    label=Label(
        categories=("confirmation",),
        patient=1,
        dates=("2026-02-11",),
        needs_staff=True,
        note="her appointment was on Tuesday the 10th; the 11th has none",
    ),
)

human(
    "c091_other_patients_day.eml",
    sender=2,
    date="2026-02-04 09:00",
    client="plain",
    subject="Bestätigung",
    body="""
Guten Morgen,
die Behandlung am 3.2. hat stattgefunden.
Thomas Becker
""",
    label=Label(
        categories=("confirmation",),
        patient=2,
        dates=("2026-02-03",),
        needs_staff=True,
        note="another patient has an appointment that day; he has none",
    ),
)

human(
    "c092_weekday_does_not_fit.eml",
    sender=22,
    date="2026-03-06 10:00",
    client="outlook",
    subject="Bestätigung",
    body="""
Hallo,
die Behandlung am Dienstag, den 5.3. hat stattgefunden.
Mehmet Aydın
""",
    label=Label(
        categories=("confirmation",),
        patient=22,
        dates=("2026-03-05",),
        needs_staff=True,
        note="5.3. was a Thursday: weekday and date disagree, staff check",
    ),
)

human(
    "c093_month_without_days.eml",
    sender=21,
    date="2026-02-17 08:00",
    client="webde",
    subject="Bestätigung Februar",
    body="""
Hallo,

ich bestätige hiermit alle Behandlungen im Februar.

Sophie Wagner
""",
    label=Label(
        categories=("confirmation",),
        patient=21,
        needs_staff=True,
        note="no day named: staff match the appointments",
    ),
)

human(
    "f005_link_received.eml",
    sender=16,
    date="2026-11-09 19:00",
    client="plain",
    subject="Re: Ihr Videotermin am 11.11.2026",
    reply_to=vl(16, "11-11"),
    quote_style="thunderbird",
    body="""
Hallo,
ich bestätige den Erhalt des Links. Bis Mittwoch!
Birgit
""",
    label=Label(
        categories=("other",),
        patient=16,
        needs_staff=True,
        note="confirms receipt of the link, not a treatment",
    ),
)

human(
    "f006_english_next_monday.eml",
    sender=11,
    date="2026-08-28 10:00",
    client="gmail",
    subject="Next session",
    body="""
Hi, I confirm my appointment next Monday. See you then!
Emily
""",
    label=Label(categories=("other",), patient=11, needs_staff=True, note="future appointment"),
)

human(
    "c094_html_only_reply.eml",
    sender=12,
    date="2026-09-09 12:00",
    client="webde",
    subject="Aw: Bitte bestätigen Sie Ihre Behandlung vom 09.09.2026",
    reply_to=cr(12, "09-09"),
    html_only=True,
    body="",
    html="""<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Ja, hat stattgefunden.</div>
<div>&nbsp;</div><div>Fatma</div>
<div name="quote" style="margin:10.0px 5.0px 5.0px 10.0px; padding: 10.0px 0 10.0px 10.0px; border-left:2.0px solid #C3D9E5;">
<div style="margin:0 0 10.0px 0;"><b>Gesendet:</b>&nbsp;Mittwoch, 09. September 2026 um 12:00 Uhr<br/><b>Von:</b>&nbsp;&quot;Praxis Impulse&quot; &lt;termine@praxis-impulse.de&gt;<br/><b>Betreff:</b>&nbsp;Bitte best&auml;tigen Sie Ihre Behandlung vom 09.09.2026</div>
<div>Guten Tag Frau Y&#305;ld&#305;z,<br/><br/>Ihre Behandlung (Krankengymnastik per Telefon) war f&uuml;r Mittwoch, 09.09.2026 um 10:30 Uhr geplant.</div></div></div></body></html>""",
    label=Label(
        categories=("confirmation",),
        patient=12,
        confirmed=(appt(12, "09-09"),),
        note="HTML-only web.de reply; the quoted block is a styled div",
    ),
)
