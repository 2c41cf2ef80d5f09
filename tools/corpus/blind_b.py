"""Write the blind corpus B: 70 mails that are NOT clean confirmations, with labels.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_b`.

The practice (patients, appointments, our sent mails) is the one of the labelled corpus,
read from tests/data/corpus/practice.toml and never changed. Envelopes (headers, the
quoted copy of our mail in each client's style, attachment bytes) come from the helpers
of tools/corpus/make_corpus.py; the mails themselves are written here by hand.
Every mail is an independent scenario against the same practice snapshot.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc

HERE = data_dir("blind_b")
Label = mc.Label
human = mc.human
raw_mail = mc.raw_mail
pdf, jpeg, docx, zipped, png = mc.pdf, mc.jpeg, mc.docx, mc.zipped, mc.png

# How our mails greet each patient (practice.toml does not store it; only the quoted text
# of our own mails uses it).
SALUTATIONS = {
    1: "Frau Krüger", 2: "Herr Becker", 3: "Frau Demir", 4: "Herr Wolff", 5: "Frau Schulz",
    6: "Herr Hoffmann", 7: "Frau Popescu", 8: "Herr Richter", 9: "Frau Neumann",
    10: "Herr Brandt", 11: "Ms Carter", 12: "Frau Yıldız", 13: "Herr Dr. Vogel",
    14: "Frau Lehmann", 15: "Herr Zimmermann", 16: "Frau Schäfer", 17: "Herr Jansen",
    18: "Frau Koch", 19: "Herr Nowak", 20: "Frau Hartmann", 21: "Frau Wagner",
    22: "Herr Aydın", 23: "Mr O'Neill", 24: "Frau Berger",
}  # fmt: skip


def load_practice() -> None:
    """Fill the helpers' PATIENTS / APPOINTMENTS / OUTBOX from practice.toml."""
    data = mc.load_snapshot(lambda p: SALUTATIONS[p["id"]])
    sent = {o["message_id"]: o for o in data["outbox"]}
    for key, row in list(mc.OUTBOX.items()):
        if row.message_id not in sent:
            del mc.OUTBOX[key]  # not in the practice's outbox: never quoted here
            continue
        row.sent_at = sent[row.message_id]["sent_at"].astimezone(mc.BERLIN)


load_practice()
OUT = mc.OUTBOX
PATIENTS = mc.PATIENTS


def mid(key: str) -> str:
    return OUT[key].message_id


def subj(key: str) -> str:
    return OUT[key].subject


def enc(text: str) -> str:
    """An RFC 2047 header value (raw mails only)."""
    return text if text.isascii() else Header(text, "utf-8").encode()


def when(text: str) -> str:
    return format_datetime(mc.local(text))


def returned_headers(key: str) -> str:
    """The headers of our own mail `key`, as a bounce returns them."""
    row = OUT[key]
    assert row.patient_id is not None, key
    to = PATIENTS[row.patient_id].emails[0]
    return (
        f"From: Praxis Impulse <{mc.PRACTICE}>\n"
        f"To: {to}\n"
        f"Subject: {enc(row.subject)}\n"
        f"Date: {format_datetime(row.sent_at)}\n"
        f"Message-ID: {row.message_id}\n"
        "Auto-Submitted: auto-generated\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
    )


# =========================================================================================
# Questions naming dates
# =========================================================================================

human(
    "q01_war_termin_video.eml",
    sender=21,
    date="2026-01-14 19:05",
    client="webde",
    subject="Frage zum Termin",
    body="""
Hallo liebes Praxisteam,

war der Termin am 12.1. eigentlich per Video? Ich hatte um halb zehn einen Anruf auf dem
Handy verpasst und war gar nicht im Videoraum. Jetzt bin ich unsicher, ob da aus Ihrer
Sicht überhaupt etwas stattgefunden hat.

Viele Grüße
Sophie Wagner
""",
    label=Label(
        ("question",), patient=21, needs_staff=True,
        note="asks whether 12.1. took place at all: nothing to record",
    ),
)  # fmt: skip

human(
    "q02_wie_lange_dauert_termin.eml",
    sender=4,
    date="2026-01-21 10:40",
    client="tonline",
    subject="Termin Freitag",
    body="""
Sehr geehrte Damen und Herren,

wie lange dauert der Termin am Freitag, den 23.1.? Und rufen Sie mich auf dem Festnetz
an oder auf dem Handy (0171 2345678)?

Mit freundlichen Grüßen
H.-J. Wolff
""",
    label=Label(("question",), patient=4, needs_staff=True, note="future appointment"),
)

human(
    "q03_uhrzeit_unklar_reply_link.eml",
    sender=3,
    date="2026-03-02 21:15",
    client="gmail",
    reply_to="vl-1019",
    quote_style="gmail",
    subject="Re: " + subj("vl-1019"),
    body="""
Hi, ist der Termin am 4.3. um 8:30 oder um 9:30? Bei mir im Kalender steht 9:30.

LG Aylin
""",
    label=Label(("question",), patient=3, needs_staff=True, note="future appointment"),
)

human(
    "q04_english_same_therapist.eml",
    sender=11,
    date="2026-08-07 09:00",
    client="gmail",
    subject="Session on 10 August",
    body="""
Hi there,

quick question about my session on 10 August - will it be with the same therapist as
last time? And is it okay if I join from my iPad instead of my laptop?

Thanks,
Emily
""",
    label=Label(("question",), patient=11, needs_staff=True, note="future appointment"),
)

human(
    "q05_bescheinigung_kuenftige_termine.eml",
    sender=14,
    date="2026-09-16 11:20",
    subject="Terminbescheinigung für Arbeitgeber",
    body="""
Guten Tag,

ich brauche für meinen Arbeitgeber eine Terminbescheinigung für die nächsten beiden
Termine am 22.9. und 29.9., jeweils 13 Uhr. Können Sie mir die vorab schicken?

Viele Grüße
Anna Lehmann
--
Anna Lehmann
Institut für Beispielwissenschaften, Raum 2.041
Tel. +49 30 838 12345
""",
    label=Label(("question",), patient=14, needs_staff=True, note="future days"),
)

human(
    "q06_reply_cr_session_cut_short.eml",
    sender=19,
    date="2026-11-06 12:10",
    reply_to="cr-1116",
    quote_style="thunderbird",
    client="thunderbird",
    subject="Re: " + subj("cr-1116"),
    body="""
Guten Tag,

bevor ich bestätige: die Sitzung heute war nach zehn Minuten vorbei, weil die
Therapeutin zu einem Notfall musste. Wird das trotzdem als volle Behandlung
abgerechnet? Das möchte ich vorher geklärt haben.

Gruß
D. Nowak
""",
    label=Label(
        ("question",), patient=19, dates=("2026-11-06",), needs_staff=True,
        note="a partial session took place today, but he withholds the confirmation",
    ),
)  # fmt: skip

human(
    "q07_rezept_original_oder_foto.eml",
    sender=1,
    date="2026-01-28 16:30",
    client="webde",
    subject="Rezept",
    body="""
Liebe Praxis Impulse,

ich habe das Rezept vom 3.1. noch zu Hause liegen. Soll ich das Original per Post
schicken oder reicht Ihnen ein Foto? Die Verordnung ist ja nur bis 31.3. gültig,
reicht das für alle Termine?

Liebe Grüße
Sabine Krüger
""",
    label=Label(("question",), patient=1, needs_staff=True, note="prescription dates"),
)

human(
    "q08_folgeverordnung.eml",
    sender=22,
    date="2026-03-13 18:00",
    subject="Verordnung",
    body="""
Hallo,

meine Verordnung ist am 26.3. zu Ende. Mein Hausarzt hat am 10.3. eine Folgeverordnung
ausgestellt, die bringe ich nächste Woche vorbei oder soll ich die einscannen? Und geht
es dann ab April gleich weiter?

Gruß
Mehmet Aydın

Von meinem Samsung Galaxy Smartphone gesendet
""",
    label=Label(("question",), patient=22, needs_staff=True, note="prescription dates"),
)

human(
    "q09_rechnung_verschobener_termin.eml",
    sender=6,
    date="2026-05-28 08:45",
    client="outlook",
    subject="Rechnung vom 27.05.",
    body="""
Sehr geehrte Damen und Herren,

die Rechnung vom 27.05. habe ich erhalten. Darauf ist auch der 26.5. aufgeführt - ich
dachte, der Termin wurde auf Juni verschoben? Bitte prüfen Sie das.

Mit freundlichen Grüßen
Peter Hoffmann
""",
    label=Label(
        ("question",), patient=6, needs_staff=True,
        note="doubts that 26.5. took place: never a confirmation",
    ),
)  # fmt: skip

human(
    "q10_english_itemised_invoice.eml",
    sender=23,
    date="2026-05-13 20:00",
    client="outlook",
    subject="Invoice for April",
    body="""
Hello,

could you please send me an itemised invoice for April (sessions on 14, 21 and 28 April)
for my insurer? They need the GOÄ codes listed per session.

Best,
James
""",
    label=Label(
        ("question",), patient=23,
        dates=("2026-04-14", "2026-04-21", "2026-04-28"), needs_staff=True,
        note="invoice request naming session days; he confirms nothing",
    ),
)  # fmt: skip

# =========================================================================================
# Cancellations and reschedule requests with dates
# =========================================================================================

human(
    "x01_absage_fieber.eml",
    sender=1,
    date="2026-02-02 07:30",
    client="webde",
    subject="Absage morgen",
    body="""
Guten Morgen,

ich muss den Termin morgen (3.2.) leider absagen, ich liege mit Fieber im Bett. Den am
10.2. möchte ich gern wahrnehmen.

Viele Grüße
Sabine Krüger
""",
    label=Label(("cancellation",), patient=1, needs_staff=True),
)

human(
    "x02_verschieben_uhrzeit.eml",
    sender=2,
    date="2026-02-10 12:00",
    subject="Donnerstag später?",
    body="""
Hallo,

können wir den Termin am Donnerstag, 12.2., auf 18:30 verschieben? Ich komme vorher
nicht aus dem Büro.

Gruß
Thomas Becker
""",
    label=Label(("reschedule",), patient=2, needs_staff=True),
)

human(
    "x03_absage_reply_reminder_outlook.eml",
    sender=24,
    date="2026-05-19 10:15",
    client="outlook",
    reply_to="rem-1144",
    quote_style="outlook",
    subject="AW: " + subj("rem-1144"),
    body="""
Guten Tag,

den Termin morgen kann ich leider nicht wahrnehmen, ich habe einen Arzttermin. Bitte
streichen Sie ihn.

Mit freundlichen Grüßen
U. Berger
""",
    label=Label(("cancellation",), patient=24, needs_staff=True),
)

human(
    "x04_facharzt_ausweichen.eml",
    sender=15,
    date="2026-10-17 09:00",
    subject="Termin 19.10.",
    body="""
Hallo,

am Montag 19.10. geht es bei mir nicht, ich habe einen Termin beim Facharzt. Können wir
auf Dienstag 20.10. oder Mittwoch ausweichen?

MfG
Klaus Zimmermann
""",
    label=Label(("reschedule",), patient=15, needs_staff=True),
)

human(
    "x05_english_move_session.eml",
    sender=23,
    date="2026-04-27 08:00",
    client="outlook",
    subject="Tomorrow's session",
    body="""
Hi,

I'm afraid I can't make tomorrow's session (28 April) - a work trip came up. Could we do
Thursday 30 April instead, same time?

Cheers,
James
""",
    label=Label(("reschedule",), patient=23, needs_staff=True),
)

human(
    "x06_heute_zug_verspaetet.eml",
    sender=20,
    date="2026-11-10 16:20",
    client="webde",
    subject="heute 17 Uhr",
    body="""
Hallo,

ich schaffe es heute um 17 Uhr leider nicht, mein Zug hat über eine Stunde Verspätung
und ich sitze ohne Netz fest. Tut mir leid für die kurzfristige Absage!

Leonie
""",
    label=Label(("cancellation",), patient=20, needs_staff=True, note="today, not taken"),
)

human(
    "x07_zweite_adresse_vorziehen.eml",
    sender="b.schaefer@schaefer-steuerberatung.de",
    name="Birgit Schäfer",
    date="2026-10-26 08:30",
    client="outlook",
    subject="Mittwoch früher möglich?",
    body="""
Guten Morgen,

können wir den Termin am Mittwoch, 28.10., ausnahmsweise auf 18 Uhr vorziehen? Ich habe
um 19 Uhr eine Mandantenbesprechung.

Freundliche Grüße
Birgit Schäfer

Steuerberatung Schäfer
Kastanienallee 12, 10435 Berlin
Tel. 030 4401 2230
""",
    label=Label(("reschedule",), patient=16, needs_staff=True, note="second registered address"),
)

human(
    "x08_absage_bitte_bestaetigen.eml",
    sender=18,
    date="2026-03-31 09:00",
    client="tonline",
    subject="Absage 1.4.",
    body="""
Guten Morgen,

wie heute früh am Telefon besprochen, sage ich den Termin am Mittwoch, 1.4., ab. Bitte
bestätigen Sie mir kurz die Absage.

Mit freundlichen Grüßen
Renate Koch
""",
    label=Label(
        ("cancellation",), patient=18, needs_staff=True,
        note="'bestätigen' asks us to confirm the cancellation",
    ),
)  # fmt: skip

human(
    "x09_reply_reminder_cannot_english.eml",
    sender=11,
    date="2026-08-30 18:00",
    client="gmail",
    reply_to="rem-1073",
    quote_style="gmail_en",
    subject="Re: " + subj("rem-1073"),
    body="""
Sorry, I won't make it tomorrow - my flight back was cancelled and I'm stuck in Lisbon.
Can we skip this one and I'll see you on the 7th?

Emily
""",
    label=Label(("cancellation",), patient=11, needs_staff=True),
)

# =========================================================================================
# Missed, ill, did not work
# =========================================================================================

human(
    "n01_reply_cr_war_krank.eml",
    sender=4,
    date="2026-01-24 11:00",
    client="tonline",
    reply_to="cr-1029",
    quote_style="tonline",
    subject="AW: " + subj("cr-1029"),
    body="""
Hallo,

ich war am 23. krank und konnte nicht ans Telefon gehen. Bitte nicht abrechnen.

Gruß Wolff
""",
    label=Label(("cancellation",), patient=4, needs_staff=True, note="did not take place"),
)

human(
    "n02_reply_cr_am_10_krank.eml",
    sender=1,
    date="2026-02-11 08:00",
    client="webde",
    reply_to="cr-1005",
    quote_style="webde",
    subject="Re: " + subj("cr-1005"),
    body="""
Hallo,

ich war am 10. krank, deshalb war ich auch nicht im Videoraum. Das hatte ich vergessen
abzusagen, Entschuldigung! Nächste Woche bin ich wieder dabei.

Sabine Krüger
""",
    label=Label(("cancellation",), patient=1, needs_staff=True, note="did not take place"),
)

human(
    "n03_reply_cr_verbindung_brach_ab.eml",
    sender=3,
    date="2026-03-11 10:45",
    client="gmail",
    reply_to="cr-1020",
    quote_style="gmail",
    subject="Re: " + subj("cr-1020"),
    body="""
Hallo,

hat leider nicht geklappt, die Verbindung brach nach ein paar Minuten ab und danach kam
ich nicht mehr rein (Zugangscode ungültig). Können wir das nachholen?

LG Aylin
""",
    label=Label(("technical",), patient=3, needs_staff=True, note="did not take place"),
)

# =========================================================================================
# Technical problems
# =========================================================================================

human(
    "t01_code_ungueltig_vor_termin.eml",
    sender=7,
    date="2026-06-02 10:50",
    client="yahoo",
    reply_to="vl-1046",
    quote_style="yahoo",
    subject="Re: " + subj("vl-1046"),
    body="""
Guten Tag,

der Zugangscode funktioniert nicht, es kommt immer "Code ungültig". Der Termin ist doch
heute um 11 Uhr? Bitte melden Sie sich schnell!

Elena Popescu
""",
    label=Label(("technical",), patient=7, needs_staff=True, note="before the appointment"),
)

human(
    "t02_kein_ton_abgebrochen.eml",
    sender=10,
    date="2026-07-10 16:40",
    subject="Heute kein Ton",
    body="""
Hallo,

heute hatten wir keinen Ton, die Therapeutin konnte mich nicht hören. Wir haben es dann
nach einer Viertelstunde abgebrochen. Wie machen wir weiter?

Lukas
""",
    label=Label(("technical",), patient=10, needs_staff=True, note="aborted: not a treatment"),
)

human(
    "t03_safari_tablet.eml",
    sender=5,
    name="Katrin Schulz",
    date="2026-04-14 20:00",
    subject="Tablet mit Safari?",
    body="""
Guten Abend,

meine Tochter hat nur ein iPad mit Safari. Geht das auch, oder brauchen wir unbedingt
Chrome? Der Termin ist am Donnerstag, 16.4.

Viele Grüße
Katrin Schulz
""",
    label=Label(("technical",), patient=5, needs_staff=True, note="mother, registered address"),
)

human(
    "t05_english_connection_dropped.eml",
    sender=11,
    date="2026-08-10 14:05",
    client="gmail",
    reply_to="cr-1070",
    quote_style="gmail_en",
    subject="Re: " + subj("cr-1070"),
    body="""
Hi,

unfortunately the session didn't really work today - the video kept freezing and the
connection dropped after about five minutes. We couldn't reconnect. Can we reschedule?

Emily
""",
    label=Label(("technical",), patient=11, needs_staff=True, note="did not take place"),
)

human(
    "t06_tonline_telefon_schlecht.eml",
    sender=18,
    date="2026-04-01 17:20",
    client="tonline",
    reply_to="cr-1112",
    quote_style="tonline",
    subject="AW: " + subj("cr-1112"),
    body="""
Guten Tag,

Sie haben zwar angerufen, aber die Verbindung war so schlecht, dass wir nach fünf Minuten
aufgelegt haben. Das war also keine richtige Behandlung. Rufen Sie mich nächstes Mal
bitte auf dem Festnetz an: 030 7712 3344.

Renate Koch
""",
    label=Label(("technical",), patient=18, needs_staff=True, note="did not take place"),
)

# =========================================================================================
# Invoices and prescriptions
# =========================================================================================

human(
    "e01_foto_verordnung.eml",
    sender=22,
    date="2026-03-14 09:30",
    subject="neue Verordnung",
    body="""
Hallo,

anbei das Foto der neuen Verordnung vom 10.3. Das Original bringe ich mit.

Gruß
Mehmet Aydın
""",
    files=[jpeg("20260314_093012.jpg")],
    label=Label(
        ("forms",), patient=22, forms=("unclassified",), needs_staff=True,
        note="a prescription is no patient form: staff file it",
    ),
)  # fmt: skip

human(
    "e02_verordnung_termine_bleiben.eml",
    sender=12,
    date="2026-09-01 19:30",
    client="webde",
    subject="Neue Verordnung",
    body="""
Hallo,

ich war heute beim Arzt und habe eine neue Verordnung bekommen (6x KG). Die schicke ich
Ihnen per Post. Die Termine am 2.9. und 9.9. bleiben so?

Liebe Grüße
Fatma Yıldız
""",
    label=Label(("question",), patient=12, needs_staff=True, note="future days"),
)

human(
    "e03_rechnung_ueberwiesen.eml",
    sender=13,
    date="2026-09-21 08:10",
    client="outlook",
    subject="Rechnung vom 17.09.2026",
    body="""
Sehr geehrte Damen und Herren,

die Rechnung Nr. 2026-0917 vom 17.09.2026 habe ich heute überwiesen.

Mit freundlichen Grüßen
Dr. Michael Vogel

Vogel & Partner Rechtsanwälte
Tel. +49 30 555 1000
""",
    label=Label(
        ("other",), patient=13, needs_staff=True,
        note="17.09. is an invoice date (also his appointment day), not a confirmation",
    ),
)  # fmt: skip

# =========================================================================================
# Vacations
# =========================================================================================

human(
    "v01_urlaub_range_absage.eml",
    sender=1,
    date="2026-01-29 18:00",
    client="webde",
    subject="Urlaub",
    body="""
Hallo,

ich bin vom 1. bis 14.2. im Urlaub. Bitte sagen Sie die Termine am 3.2. und 10.2. ab. Ab
dem 17.2. bin ich wieder da.

LG Sabine
""",
    label=Label(("cancellation",), patient=1, needs_staff=True),
)

human(
    "v02_dienstreise_ausfall.eml",
    sender=2,
    date="2026-02-20 09:15",
    subject="Zur Info",
    body="""
Zur Info: bin vom 2. bis 6.3. geschäftlich unterwegs, der Termin am 2.3. muss daher
ausfallen.

Gruß T. Becker
""",
    label=Label(("cancellation",), patient=2, needs_staff=True),
)

human(
    "v03_english_away.eml",
    sender=11,
    date="2026-08-20 21:00",
    client="gmail",
    subject="Away end of August",
    body="""
Hi,

just to let you know I'll be away 29 August - 6 September, so please cancel the session
on 31 August. Back for 7 September.

Emily
""",
    label=Label(("cancellation",), patient=11, needs_staff=True),
)

# =========================================================================================
# Forms
# =========================================================================================

human(
    "m01_scan_datum_im_dateinamen.eml",
    sender=21,
    date="2026-01-12 07:45",
    client="webde",
    subject="Unterlagen",
    body="""
Guten Morgen,

anbei die unterschriebene Datenschutzinformation für die Videobehandlung. Bis gleich!

Sophie Wagner
""",
    files=[pdf("Scan_20260112.pdf")],
    label=Label(
        ("forms",), patient=21, forms=("datenschutz_video",),
        note="the date in the file name is the scan day (and a FUTURE appointment today)",
    ),
)  # fmt: skip

human(
    "m02_fotos_papierboegen.eml",
    sender=8,
    date="2026-05-30 11:20",
    client="iphone",
    reply_to="fr-8",
    quote_style="iphone",
    subject="Re: " + subj("fr-8"),
    body="""
Hallo, anbei die drei Bögen, habe sie abfotografiert. Hoffe man kann alles lesen.

Jonas

Von meinem iPhone gesendet
""",
    files=[jpeg("IMG_4711.jpeg"), jpeg("IMG_4712.jpeg"), jpeg("IMG_4713.jpeg")],
    label=Label(
        ("forms",), patient=8, forms=("unclassified",) * 3, needs_staff=True,
        note="photos without telling names",
    ),
)  # fmt: skip

human(
    "m03_drei_pdfs_benannt.eml",
    sender=17,
    date="2026-10-18 15:00",
    client="gmail",
    reply_to="fr-17",
    quote_style="gmail",
    subject="Re: " + subj("fr-17"),
    body="""
Hallo,

hier die ausgefüllten Unterlagen.

Viele Grüße
Ole Jansen
""",
    files=[
        pdf("Anamnesebogen_Jansen.pdf", 2),
        pdf("Datenschutzerklaerung_unterschrieben.pdf"),
        pdf("Einwilligung_Telebehandlung.pdf"),
    ],
    label=Label(("forms",), patient=17, forms=("anamnese", "datenschutz", "einwilligung_tele")),
)

human(
    "m04_docx_fragebogen.eml",
    sender=7,
    date="2026-05-29 13:40",
    client="yahoo",
    reply_to="fr-7",
    quote_style="yahoo",
    subject="Re: " + subj("fr-7"),
    body="""
Guten Tag,

ich habe den Fragebogen am Computer ausgefüllt, anbei als Word-Datei.

Mit freundlichen Grüßen
Elena Popescu
""",
    files=[docx("Fragebogen_Popescu.docx")],
    label=Label(("forms",), patient=7, forms=("anamnese",)),
)

human(
    "m05_zip_unterlagen.eml",
    sender=20,
    date="2026-10-31 10:05",
    client="webde",
    subject="Unterlagen Hartmann",
    body="""
Hallo,

anbei alle Unterlagen gezippt, die Dateien waren sonst zu groß.

Leonie Hartmann
""",
    files=[
        zipped(
            "Unterlagen_Hartmann.zip",
            ["Anamnesebogen.pdf", "Datenschutzerklaerung.pdf", "Einwilligung.pdf"],
        )
    ],
    label=Label(
        ("forms",), patient=20, forms=("unclassified",), needs_staff=True,
        note="archives are never opened automatically",
    ),
)  # fmt: skip

human(
    "m06_formular_fuer_kuenftigen_termin.eml",
    sender=1,
    date="2026-01-25 11:00",
    client="webde",
    subject="Datenschutzinformation",
    body="""
Hallo,

anbei die Datenschutzinformation Videobehandlung für den Termin am 27.1., unterschrieben.

Liebe Grüße
Sabine Krüger
""",
    files=[pdf("Datenschutzinformation_Videobehandlung.pdf")],
    label=Label(("forms",), patient=1, forms=("datenschutz_video",), note="27.1. is future"),
)

human(
    "m07_formular_nach_termin_vergessen.eml",
    sender=3,
    date="2026-03-05 09:00",
    client="gmail",
    subject="Unterschriebene Datenschutzinformation",
    body="""
Hallo,

anbei noch die unterschriebene Datenschutzinformation, die hatte ich vor dem Termin am
4.3. vergessen zu schicken.

LG Aylin Demir
""",
    files=[pdf("Datenschutzinformation_Demir.pdf")],
    label=Label(
        ("forms",), patient=3, forms=("datenschutz_video",),
        note="names the appointment day, but confirms nothing",
    ),
)  # fmt: skip

human(
    "m08_forms_unbekannte_adresse_namensgleich.eml",
    sender="elena.p.1987@gmx.de",
    name="Elena Popescu",
    date="2026-05-31 10:00",
    subject="Anamnesebogen und Einwilligung",
    body="""
Guten Tag,

anbei meine Unterlagen für den ersten Termin. Ich schreibe von meiner zweiten Adresse.

Elena Popescu
""",
    files=[pdf("Anamnesebogen.pdf"), pdf("Einwilligung_Telebehandlung.pdf")],
    label=Label(
        ("forms",), patient=0, needs_staff=True,
        note="patient 7's name from an unregistered address: nothing filed",
    ),
)  # fmt: skip

human(
    "m09_forms_tochter_fuer_mutter.eml",
    sender="k.neumann-privat@gmx.de",
    name="Kerstin Neumann",
    date="2026-07-06 20:10",
    subject="Unterlagen für meine Mutter Gisela Neumann",
    body="""
Guten Abend,

anbei der Anamnesebogen für meine Mutter, Gisela Neumann. Sie hat selbst keinen Scanner.

Freundliche Grüße
Kerstin Neumann
""",
    files=[pdf("Anamnesebogen_Neumann.pdf")],
    label=Label(("forms",), patient=0, needs_staff=True, note="unknown sender"),
)

human(
    "m10_einwilligung_videobehandlung_mehrdeutig.eml",
    sender=19,
    date="2026-11-05 19:00",
    subject="Einwilligung",
    body="""
Hallo,

anbei die unterschriebene Einwilligung für die Videobehandlung.

Gruß D. Nowak
""",
    files=[pdf("Einwilligung_Videobehandlung.pdf")],
    label=Label(
        ("forms",), patient=19, forms=("unclassified",), needs_staff=True,
        note="the name carries words of two forms (einwilligung_tele, datenschutz_video)",
    ),
)  # fmt: skip

human(
    "m11_forms_und_frage.eml",
    sender=20,
    date="2026-10-29 19:30",
    client="webde",
    reply_to="fr-20",
    quote_style="webde",
    subject="Re: " + subj("fr-20"),
    body="""
Hallo,

anbei der Anamnesebogen und die Einwilligung. Die Datenschutzerklärung finde ich leider
nicht mehr, können Sie mir die nochmal schicken?

Danke und viele Grüße
Leonie Hartmann
""",
    files=[pdf("Anamnesebogen.pdf"), pdf("Einwilligung.pdf")],
    label=Label(
        ("forms", "question"), patient=20, forms=("anamnese", "einwilligung_tele"),
        needs_staff=True,
    ),
)  # fmt: skip

human(
    "m12_datum_im_dateinamen_zukunft.eml",
    sender=16,
    date="2026-10-06 21:30",
    subject="Datenschutzinfo",
    body="""
Hallo,

anbei wie gewünscht die Datenschutzinformation für morgen.

Birgit Schäfer
""",
    files=[pdf("Datenschutzinformation_Video_07.10.2026.pdf")],
    label=Label(("forms",), patient=16, forms=("datenschutz_video",), note="future day"),
)

# =========================================================================================
# Unregistered addresses and spoofing
# =========================================================================================

human(
    "u01_neue_adresse_mit_bestaetigung.eml",
    sender="thomas.becker@gmail.com",
    name="Thomas Becker",
    date="2026-02-06 08:30",
    client="gmail",
    subject="Neue E-Mail-Adresse",
    body="""
Hallo,

bitte nutzen Sie ab sofort diese Adresse, die GMX-Adresse gebe ich auf. Die Behandlung am
5.2. hat stattgefunden, vielen Dank.

Gruß
Thomas Becker
""",
    label=Label(
        ("confirmation",), patient=0, dates=("2026-02-05",), needs_staff=True,
        note="patient 2's name from an unregistered address: never counts",
    ),
)  # fmt: skip

human(
    "u02_neue_adresse_info.eml",
    sender="gisela.neumann@gmx.de",
    name="Gisela Neumann",
    date="2026-07-12 11:00",
    subject="Meine neue E-Mail-Adresse",
    body="""
Liebe Praxis,

meine alte Adresse bei freenet wird abgeschaltet. Bitte schreiben Sie mir ab sofort
hierhin.

Herzliche Grüße
Gisela Neumann
""",
    label=Label(("other",), patient=0, needs_staff=True, note="new address: staff verify"),
)

human(
    "u03_ehefrau_eigene_adresse.eml",
    sender="gabriele.wolff@gmx.de",
    name="Gabriele Wolff",
    date="2026-01-30 17:00",
    subject="Behandlung meines Mannes",
    body="""
Guten Tag,

mein Mann Hans-Jürgen hatte heute, am 30.1., die Behandlung am Telefon. Das möchte ich
hiermit für ihn bestätigen, er hat kein E-Mail auf dem Handy.

Gabriele Wolff
""",
    label=Label(
        ("confirmation",), patient=0, dates=("2026-01-30",), needs_staff=True,
        note="spouse from her own, unregistered address",
    ),
)  # fmt: skip

human(
    "u04_display_name_spoof.eml",
    sender="p.hoffmann@outlook-mail.de",
    name="Hoffmann, Peter | peter.hoffmann@outlook.de",
    date="2026-05-11 18:00",
    subject="Bestätigung",
    body="""
Hiermit bestätige ich die Behandlung vom 11.05.2026.

Peter Hoffmann
""",
    label=Label(
        ("confirmation",), patient=0, dates=("2026-05-11",), needs_staff=True,
        note="the registered address only in the display name",
    ),
)  # fmt: skip

human(
    "u05_phishing_praxisname.eml",
    sender="termine@praxis-impulse.de.konto-sicherheit.info",
    name="Praxis Impulse <termine@praxis-impulse.de>",
    date="2026-03-18 03:12",
    subject="Ihr Postfach ist fast voll - Handlung erforderlich",
    body="""
Sehr geehrter Kunde,

Ihr Postfach termine@praxis-impulse.de hat 98 % seines Speichers erreicht. Eingehende
Nachrichten werden ab dem 20.03.2026 abgewiesen. Bestätigen Sie jetzt Ihr Konto:

https://praxis-impulse.de.konto-sicherheit.info/login

Ihr IT-Team
""",
    label=Label(("other",), patient=0, needs_staff=True, note="phishing with our own name"),
)

# =========================================================================================
# Out-of-office replies
# =========================================================================================

raw_mail(
    "a01_exchange_oof_autosubmitted.eml",
    date="2026-09-23 07:01",
    raw=f"""
From: "Dr. Michael Vogel" <m.vogel@vogel-partner.de>
To: Praxis Impulse <{mc.PRACTICE}>
Subject: {enc("Automatische Antwort: " + subj("rem-1084"))}
Thread-Topic: {enc(subj("rem-1084"))}
Thread-Index: AQHcK1x9v0bq3l2f0UmN8a0Q4ZcC0A==
Date: {when("2026-09-23 07:01")}
Message-ID: <0a1b2c3d4e5f4a6b@EX01.vogel-partner.local>
In-Reply-To: {mid("rem-1084")}
References: {mid("rem-1084")}
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: m.vogel@vogel-partner.de
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

ich bin bis einschließlich 28.09.2026 nicht im Büro und habe nur eingeschränkt Zugriff
auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an mein Sekretariat,
Tel. +49 30 555 1000.

Mit freundlichen Grüßen
Dr. Michael Vogel
""",
    label=Label(("auto_reply",), patient=13),
)

raw_mail(
    "a02_exchange_abwesend_ohne_autosubmitted.eml",
    date="2026-09-22 14:31",
    raw=f"""
From: Anna Lehmann <anna.lehmann@uni-beispiel.de>
To: Praxis Impulse <{mc.PRACTICE}>
Subject: {enc("Abwesend: " + subj("cr-1089"))}
Thread-Topic: {enc(subj("cr-1089"))}
Date: {when("2026-09-22 14:31")}
Message-ID: <7d1e93a0c2b44f21a9@exchange.uni-beispiel.de>
In-Reply-To: {mid("cr-1089")}
References: {mid("cr-1089")}
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Vielen Dank für Ihre Nachricht. Ich bin bis zum 02.10. im Urlaub und lese meine E-Mails
danach. In dringenden Fällen wenden Sie sich bitte an das Sekretariat (sekretariat@uni-beispiel.de).

Anna Lehmann
""",
    label=Label(
        ("auto_reply",), patient=14,
        note="answers our confirmation request, but automatically: no confirmation",
    ),
)  # fmt: skip

raw_mail(
    "a03_gmail_vacation_re_subject.eml",
    date="2026-03-25 10:01",
    raw=f"""
From: Aylin Demir <aylin.demir@gmail.com>
To: {mc.PRACTICE}
Subject: {enc("Re: " + subj("cr-1022"))}
Date: {when("2026-03-25 10:01")}
Message-ID: <CAH7vacation0b1c2d3e4f+auto@mail.gmail.com>
In-Reply-To: {mid("cr-1022")}
References: {mid("cr-1022")}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Danke für deine Nachricht! Ich bin vom 26.3. bis 6.4. unterwegs und antworte danach.

Aylin
""",
    label=Label(("auto_reply",), patient=3, note="Gmail vacation responder, 'Re:' subject"),
)

raw_mail(
    "a04_webde_abwesenheitsnotiz.eml",
    date="2026-08-25 10:31",
    raw=f"""
From: =?utf-8?b?RmF0bWEgWcSxbGTEsXo=?= <fatma.yildiz@web.de>
To: termine@praxis-impulse.de
Subject: {enc("Abwesenheitsnotiz: " + subj("rem-1078"))}
Date: {when("2026-08-25 10:31")}
Message-ID: <autoreply.4c2f1e0d9b@web.de>
In-Reply-To: {mid("rem-1078")}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hallo,

ich bin bis zum 28.08. nicht erreichbar. Ihre Nachricht wird nicht weitergeleitet.

Fatma Yıldız
""",
    label=Label(("auto_reply",), patient=12),
)

raw_mail(
    "a05_tonline_nur_betreff.eml",
    date="2026-04-07 15:01",
    raw=f"""
From: renate.koch@t-online.de
To: termine@praxis-impulse.de
Subject: Abwesenheitsnotiz
Date: {when("2026-04-07 15:01")}
Message-ID: <1775566860123.0.abw@t-online.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Vielen Dank für Ihre Nachricht. Ich bin vom 7.4. bis 9.4. nicht erreichbar und beantworte
Ihre E-Mail nach meiner Rückkehr.

Renate Koch
""",
    label=Label(
        ("auto_reply",), patient=18,
        note="T-Online autoresponder: no Auto-Submitted, no threading, subject only",
    ),
)  # fmt: skip

raw_mail(
    "a06_hotmail_abwesenheitsnotiz_reply_cr.eml",
    date="2026-03-05 14:02",
    raw=f"""
From: =?utf-8?q?Mehmet_Ayd=C4=B1n?= <mehmet.aydin@hotmail.de>
To: Praxis Impulse <{mc.PRACTICE}>
Subject: {enc("Abwesenheitsnotiz: " + subj("cr-1132"))}
Date: {when("2026-03-05 14:02")}
Message-ID: <DB9PR02MB7a1c0e4f2@DB9PR02MB7123.eurprd02.prod.outlook.com>
In-Reply-To: {mid("cr-1132")}
References: {mid("cr-1132")}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ich bin derzeit nicht erreichbar und lese meine Mails ab dem 9.3. wieder.

Mehmet Aydın
""",
    label=Label(
        ("auto_reply",), patient=22,
        note="no Auto-Submitted; only the subject prefix says automatic",
    ),
)  # fmt: skip

raw_mail(
    "a07_outlookcom_automatic_reply.eml",
    date="2026-05-04 19:31",
    raw=f"""
From: James O'Neill <james.oneill@outlook.com>
To: Praxis Impulse <{mc.PRACTICE}>
Subject: {enc("Automatic reply: " + subj("rem-1139"))}
Thread-Topic: {enc(subj("rem-1139"))}
Date: {when("2026-05-04 19:31")}
Message-ID: <AS8PR01MB0c9e1a2b3@AS8PR01MB7001.eurprd01.prod.outlook.com>
In-Reply-To: {mid("rem-1139")}
References: {mid("rem-1139")}
Auto-Submitted: auto-generated
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for your email. I am out of the office until 11 May with limited access to
email. For urgent matters please call +44 20 7946 0000.

James
""",
    label=Label(("auto_reply",), patient=23),
)

raw_mail(
    "a08_gmx_urlaub.eml",
    date="2026-02-06 07:31",
    raw=f"""
From: Sophie Wagner <sophie.wagner@gmx.de>
To: termine@praxis-impulse.de
Subject: {enc("Re: " + subj("vl-1128"))}
Date: {when("2026-02-06 07:31")}
Message-ID: <vacation-8e1d2c@gmx.de>
In-Reply-To: {mid("vl-1128")}
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ich bin im Urlaub und ab dem 8.2. wieder erreichbar. Ihre Nachricht wird nicht
automatisch weitergeleitet.

Sophie Wagner
""",
    label=Label(("auto_reply",), patient=21),
)

# =========================================================================================
# Lists and newsletters
# =========================================================================================

raw_mail(
    "l01_kasse_newsletter.eml",
    date="2026-02-17 10:00",
    raw=f"""
From: Gesundheitskasse Berlin <newsletter@news.gesundheitskasse-berlin.de>
To: {mc.PRACTICE}
Subject: {enc("Neuigkeiten für Leistungserbringer – Februar 2026")}
Date: {when("2026-02-17 10:00")}
Message-ID: <nl-2026-02.9f8e7d6c@news.gesundheitskasse-berlin.de>
List-Unsubscribe: <https://news.gesundheitskasse-berlin.de/u?id=8f2a>, <mailto:unsubscribe@news.gesundheitskasse-berlin.de>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

ab dem 1.3.2026 gelten neue Vergütungssätze für Heilmittel per Telemedizin. Abrechnungen
für Behandlungen bis zum 28.2. bitte noch nach altem Satz einreichen.

Ihre Gesundheitskasse Berlin

Abmelden: https://news.gesundheitskasse-berlin.de/u?id=8f2a
""",
    label=Label(("bulk",)),
)

raw_mail(
    "l02_mailman_verband.eml",
    date="2026-03-09 13:24",
    raw=f"""
From: Jana Roth <j.roth@physio-nord.example>
To: physio-berlin@lists.physio-verband.example
Subject: [physio-berlin] Fortbildung Telemedizin am 14.3.
Date: {when("2026-03-09 13:24")}
Message-ID: <3b2a1f0e@physio-nord.example>
List-Id: Regionalgruppe Berlin <physio-berlin.lists.physio-verband.example>
List-Post: <mailto:physio-berlin@lists.physio-verband.example>
List-Unsubscribe: <https://lists.physio-verband.example/mailman/listinfo/physio-berlin>,
 <mailto:physio-berlin-request@lists.physio-verband.example?subject=unsubscribe>
Precedence: list
Sender: physio-berlin-bounces@lists.physio-verband.example
Errors-To: physio-berlin-bounces@lists.physio-verband.example
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Liebe Kolleginnen und Kollegen,

zur Erinnerung: die Fortbildung "Telemedizin in der Physiotherapie" findet am 14.3. statt.
Wer am 7.3. dabei war, bekommt die Folien per Mail. Bitte bestätigt kurz eure Teilnahme.

Jana
_______________________________________________
physio-berlin mailing list
physio-berlin@lists.physio-verband.example
""",
    label=Label(("bulk",), note="list mail asking to 'bestätigen' with dates"),
)

raw_mail(
    "l03_software_newsletter.eml",
    date="2026-06-10 06:00",
    raw=f"""
From: "Praxissoftware News" <news@mailing.praxissoftware.example>
Reply-To: noreply@mailing.praxissoftware.example
To: {mc.PRACTICE}
Subject: =?utf-8?q?Update_3=2E4=3A_Termin=C3=BCbersicht_und_Videosprechstunde?=
Date: {when("2026-06-10 06:00")}
Message-ID: <20260610060000.c1d2e3@mailing.praxissoftware.example>
List-Unsubscribe: <https://mailing.praxissoftware.example/unsub/7b1c>
Feedback-ID: 7b1c:campaign-0610:mailing
X-Campaign-ID: 0610-update
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hallo Praxis Impulse,

mit dem Update vom 9.6. können Sie Videotermine direkt aus der Terminübersicht starten.
Webinar am 16.6. um 18 Uhr - jetzt anmelden!

Ihr Team Praxissoftware
""",
    label=Label(("bulk",)),
)

# =========================================================================================
# Bounces
# =========================================================================================

raw_mail(
    "b01_exchange_unzustellbar.eml",
    date="2026-09-30 07:01",
    raw=f"""
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@praxis-impulse.de>
To: <{mc.PRACTICE}>
Subject: {enc("Unzustellbar: " + subj("rem-1085"))}
Date: {when("2026-09-30 07:01")}
Message-ID: <3f1e2d0c-9b8a-4c7d-a6e5-0f1e2d3c4b5a@FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="ndr-boundary-0a1b2c"
Content-Language: de-DE

--ndr-boundary-0a1b2c
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ihre Nachricht hat m.vogel@vogel-partner.de nicht erreicht.

Die E-Mail-Adresse wurde im E-Mail-System des Empfängers nicht gefunden. Möglicherweise
wurde die Adresse falsch geschrieben oder sie existiert nicht mehr.

Diagnoseinformationen für Administratoren:
Generierender Server: FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM
m.vogel@vogel-partner.de
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

--ndr-boundary-0a1b2c
Content-Type: message/delivery-status

Reporting-MTA: dns;FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;FR2P281MB0099.DEUP281.PROD.OUTLOOK.COM
Arrival-Date: {when("2026-09-30 07:00")}

Final-Recipient: rfc822;m.vogel@vogel-partner.de
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--ndr-boundary-0a1b2c
Content-Type: text/rfc822-headers

{returned_headers("rem-1085")}
--ndr-boundary-0a1b2c--
""",
    label=Label(("bounce",), patient=13, needs_staff=True, bounced=("m.vogel@vogel-partner.de",)),
)

raw_mail(
    "b02_postfix_dsn_user_unknown.eml",
    date="2026-05-26 09:01",
    raw=f"""
From: MAILER-DAEMON@mail.praxis-impulse.de (Mail Delivery System)
To: {mc.PRACTICE}
Subject: Undelivered Mail Returned to Sender
Date: {when("2026-05-26 09:01")}
Message-ID: <20260526070104.4B1C21A0042@mail.praxis-impulse.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4B1C21A0042.1779778864/mail.praxis-impulse.de"

This is a MIME-encapsulated message.

--4B1C21A0042.1779778864/mail.praxis-impulse.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.praxis-impulse.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<u.berger@kabelmail.de>: host mx.kabelmail.de[203.0.113.25] said: 550 5.1.1
    <u.berger@kabelmail.de>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--4B1C21A0042.1779778864/mail.praxis-impulse.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.praxis-impulse.de
X-Postfix-Queue-ID: 4B1C21A0042
X-Postfix-Sender: rfc822; {mc.PRACTICE}
Arrival-Date: {when("2026-05-26 09:00")}

Final-Recipient: rfc822; u.berger@kabelmail.de
Original-Recipient: rfc822;u.berger@kabelmail.de
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kabelmail.de
Diagnostic-Code: smtp; 550 5.1.1 <u.berger@kabelmail.de>: Recipient address
    rejected: User unknown in virtual mailbox table

--4B1C21A0042.1779778864/mail.praxis-impulse.de
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{returned_headers("rem-1145")}
--4B1C21A0042.1779778864/mail.praxis-impulse.de--
""",
    label=Label(("bounce",), patient=24, needs_staff=True, bounced=("u.berger@kabelmail.de",)),
)

raw_mail(
    "b03_postfix_delayed.eml",
    date="2026-07-24 21:31",
    raw=f"""
From: MAILER-DAEMON@mail.praxis-impulse.de (Mail Delivery System)
To: {mc.PRACTICE}
Subject: Delayed Mail (still being retried)
Date: {when("2026-07-24 21:31")}
Message-ID: <20260724193101.77AA31A0099@mail.praxis-impulse.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="77AA31A0099.1784921461/mail.praxis-impulse.de"

This is a MIME-encapsulated message.

--77AA31A0099.1784921461/mail.praxis-impulse.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.praxis-impulse.de.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<lukas.brandt@mailbox.org>: connect to mx1.mailbox.org[203.0.113.80]:25:
    Connection timed out

--77AA31A0099.1784921461/mail.praxis-impulse.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.praxis-impulse.de
X-Postfix-Queue-ID: 77AA31A0099
X-Postfix-Sender: rfc822; {mc.PRACTICE}
Arrival-Date: {when("2026-07-24 17:30")}

Final-Recipient: rfc822; lukas.brandt@mailbox.org
Original-Recipient: rfc822;lukas.brandt@mailbox.org
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.mailbox.org[203.0.113.80]:25:
    Connection timed out
Will-Retry-Until: {when("2026-07-29 17:30")}

--77AA31A0099.1784921461/mail.praxis-impulse.de
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{returned_headers("cr-1066")}
--77AA31A0099.1784921461/mail.praxis-impulse.de--
""",
    label=Label(("bounce",), patient=10, bounced=(), note="a warning: nothing failed yet"),
)

raw_mail(
    "b04_gmx_exim_failed.eml",
    date="2026-02-13 07:31",
    raw=f"""
From: Mail Delivery System <mailer-daemon@gmx.net>
To: {mc.PRACTICE}
Subject: Mail delivery failed: returning message to sender
Date: {when("2026-02-13 07:31")}
Message-ID: <E1vQx7a-0003Kp-2b@mout.gmx.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  sophie.wagner@gmx.de
    mailbox unavailable: 550 Requested action not taken: mailbox unavailable

------ This is a copy of the message, including all the headers. ------

Return-path: <{mc.PRACTICE}>
{returned_headers("vl-1129")}
{OUT["vl-1129"].text}
""",
    label=Label(
        ("bounce",), patient=21, needs_staff=True, bounced=("sophie.wagner@gmx.de",),
        note="Exim style: no DSN part; our whole mail (with its dates) is returned as text",
    ),
)  # fmt: skip

# =========================================================================================
# Thanks for our receipt, and other
# =========================================================================================

RECEIPT_1002 = "<pw-rc-1002.51c7e0a9d3f2@praxis-impulse.de>"
human(
    "r01_danke_fuer_eingangsbestaetigung.eml",
    sender=1,
    date="2026-01-20 13:10",
    client="webde",
    subject="Re: Vielen Dank für Ihre Bestätigung",
    body="""
Gern geschehen! Bis nächste Woche.

Sabine Krüger


Gesendet: Dienstag, 20. Januar 2026 um 12:05 Uhr
Von: "Praxis Impulse" <termine@praxis-impulse.de>
An: sabine.krueger@web.de
Betreff: Vielen Dank für Ihre Bestätigung

Guten Tag Frau Krüger,

vielen Dank, wir haben Ihre Bestätigung für die Behandlung am Dienstag, 20.01.2026
erhalten.

Mit freundlichen Grüßen
Ihr Team der Praxis Impulse
""",
    extra_headers=[("In-Reply-To", RECEIPT_1002), ("References", RECEIPT_1002)],
    label=Label(
        ("other",), patient=1, needs_staff=True,
        note="thanks for our receipt; the date is only in the quote (and already confirmed)",
    ),
)  # fmt: skip

RECEIPT_1081 = "<pw-rc-1081.8a02c6e4b1d9@praxis-impulse.de>"
human(
    "r02_outlook_danke_quittung.eml",
    sender=13,
    date="2026-09-03 20:05",
    client="outlook",
    subject="AW: Vielen Dank für Ihre Bestätigung",
    body="""
Danke für die Eingangsbestätigung.

Dr. Michael Vogel

-----Ursprüngliche Nachricht-----
Von: Praxis Impulse [mailto:termine@praxis-impulse.de]
Gesendet: Donnerstag, 3. September 2026 19:45
An: m.vogel@vogel-partner.de
Betreff: Vielen Dank für Ihre Bestätigung

Guten Tag Herr Dr. Vogel,

vielen Dank, wir haben Ihre Bestätigung für die Behandlung am Donnerstag, 03.09.2026
erhalten.

Mit freundlichen Grüßen
Ihr Team der Praxis Impulse
""",
    extra_headers=[("In-Reply-To", RECEIPT_1081), ("References", RECEIPT_1081)],
    label=Label(("other",), patient=13, needs_staff=True, note="thanks for our receipt"),
)

RECEIPT_1115 = "<pw-rc-1115.d4e1f07a9b3c@praxis-impulse.de>"
human(
    "r03_tonline_danke_bis_bald.eml",
    sender=18,
    date="2026-04-16 08:20",
    client="tonline",
    subject="AW: Vielen Dank für Ihre Bestätigung",
    body="""
Danke schön, bis bald!
R. Koch



-----Original-Nachricht-----
Betreff: Vielen Dank für Ihre Bestätigung
Datum: 2026-04-15T19:20:00+02:00
Von: "Praxis Impulse" <termine@praxis-impulse.de>
An: "renate.koch@t-online.de" <renate.koch@t-online.de>


Guten Tag Frau Koch,

vielen Dank, wir haben Ihre Bestätigung für die Behandlung am Mittwoch, 15.04.2026
erhalten.

Mit freundlichen Grüßen
Ihr Team der Praxis Impulse
""",
    extra_headers=[("In-Reply-To", RECEIPT_1115), ("References", RECEIPT_1115)],
    label=Label(("other",), patient=18, needs_staff=True, note="thanks for our receipt"),
)

human(
    "o01_bestaetige_kuenftigen_termin.eml",
    sender=24,
    date="2026-06-02 17:00",
    subject="Termin morgen",
    body="""
Guten Tag,

hiermit bestätige ich den Termin am 3.6. um 9 Uhr. Ich bin zu Hause erreichbar.

Mit freundlichen Grüßen
Ursula Berger
""",
    label=Label(
        ("other",), patient=24, needs_staff=True,
        note="confirms attendance of a FUTURE appointment",
    ),
)  # fmt: skip

human(
    "o02_reply_cr_nein_erst_am_naechsten_tag.eml",
    sender=2,
    date="2026-02-13 20:00",
    reply_to="cr-1013",
    quote_style="webde",
    subject="Re: " + subj("cr-1013"),
    body="""
Nein, am 12.2. hat das nicht geklappt, ich war nicht erreichbar. Sie haben mich dann
heute (13.2.) zurückgerufen und wir haben die Behandlung gemacht.

Gruß
Thomas Becker
""",
    label=Label(
        ("confirmation",), patient=2, dates=("2026-02-13",), needs_staff=True,
        note="not on the requested 12.2.; done on the 13th, which has no appointment",
    ),
)  # fmt: skip

# --- output ---------------------------------------------------------------------------


def check() -> None:
    seen: set[str] = set()
    for mail in mc.MAILS:
        assert mail.file not in seen, mail.file
        seen.add(mail.file)
        lab = mail.label
        assert not lab.confirmed, f"{mail.file}: this corpus records nothing"
        for day in lab.dates:
            assert day <= mail.mail_date.date().isoformat(), f"{mail.file}: future date {day}"
        for aid in lab.confirmed:
            assert mc.APPOINTMENTS[aid].start < mail.mail_date - timedelta(minutes=0)


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    check()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.HERE = HERE  # write_labels writes next to the helpers' HERE
    mc.write_labels()
    text = (HERE / "labels.toml").read_text(encoding="utf-8")
    text = text.replace("Generated by make_corpus.py.", "Generated by make_blind.py.")
    (HERE / "labels.toml").write_text(text, encoding="utf-8")
    print(f"{len(mc.MAILS)} mails written at {datetime.now():%H:%M}")


if __name__ == "__main__":
    main()
