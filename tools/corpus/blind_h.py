"""Write blind set H: near-misses and traps around confirmations and forms (issue 17).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_h`.
Written without reading rules/ or the corpus mails, against the corpus practice
(tests/data/corpus/practice.toml). Mails that name a day of the sender's open appointment
together with confirming words but must not (or not all) be recorded: a day confirmed in an
EARLIER mail mentioned again, a parent or grandparent confirming another patient's session
from their own address on a day they have their own appointment, third persons, other
providers, future days, "ich kann ... nicht bestätigen", conditionals, questions, cancellations,
receipt of an invoice or a link on an appointment day, negatives in capitals and as 👎;
forms mails (one scan of several forms named in the body, camera-named photos identified in
the body, PDFs sent as application/octet-stream, Apple .pages, an inline image, an English
file name, a photo nobody names, a confirmation only in the subject with a form attached);
and ten clean confirmations as controls.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import File, Label, human, jpeg, pdf, png

HERE = data_dir("blind_h")


def load_practice() -> None:
    """Rebuild the corpus practice from practice.toml so our outbox Message-IDs match."""
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def ok(pid: int, ids: tuple[int, ...], dates: tuple[str, ...], note: str = "",
       extra: tuple[str, ...] = (), staff: bool = False,
       forms: tuple[str, ...] = ()) -> Label:  # fmt: skip
    return Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                 needs_staff=staff, note=note, forms=forms)  # fmt: skip


def never(pid: int, categories: tuple[str, ...], note: str,
          dates: tuple[str, ...] = ()) -> Label:  # fmt: skip
    """Nothing may be recorded; a person looks."""
    return Label(categories, patient=pid, dates=dates, needs_staff=True, note=note)


def forms(pid: int, keys: tuple[str, ...], note: str, staff: bool = False) -> Label:
    return Label(("forms",), patient=pid, forms=keys, needs_staff=staff, note=note)


def re(key: str, prefix: str = "AW") -> str:
    return f"{prefix}: {mc.OUTBOX[key].subject}"


def octet(name: str) -> File:
    return File(name, "application/octet-stream", mc.pdf_bytes(name.rsplit(".", 1)[0]))


def earlier_and_someone_else() -> None:
    human(
        "h01_confirmed_earlier_already_recorded.eml",
        sender=13,
        date="2026-09-11 10:00",
        subject="Rechnung 3.9.",
        client="outlook",
        body="""
Sehr geehrte Damen und Herren,

den Termin am 3.9. hatte ich Ihnen ja bereits bestätigt. Könnten Sie mir dafür eine
Rechnung schicken?

Mit freundlichen Grüßen
Dr. Michael Vogel
""",
        label=never(
            13, ("question",), "3.9. was confirmed before (1081); a question", ("2026-09-03",)
        ),
    )
    human(
        "h02_confirmed_earlier_open.eml",
        sender=1,
        date="2026-02-04 09:00",
        subject="Erinnerung?",
        client="webde",
        body="""
Hallo,

die Behandlung vom 27.1. habe ich Ihnen schon am 28.1. per Mail bestätigt. Warum bekomme
ich trotzdem noch eine Erinnerung? Ist meine Mail nicht angekommen?

Sabine Krüger
""",
        label=never(
            1,
            ("question",),
            "names an EARLIER confirmation of 27.1. (open here): staff look for it,"
            " this mail records nothing",
            ("2026-01-27",),
        ),
    )
    human(
        "h03_earlier_plus_new.eml",
        sender=1,
        date="2026-02-11 09:00",
        subject="Behandlung 10.2.",
        client="webde",
        body="""
Hallo,

den 3.2. hatte ich Ihnen ja schon letzte Woche bestätigt, heute bestätige ich noch die
Behandlung am 10.2.

Sabine Krüger
""",
        label=ok(
            1,
            (1005,),
            ("2026-02-03", "2026-02-10"),
            "10.2. is confirmed now; 3.2. 'already confirmed' but open here: staff,"
            " never recorded by this mail",
            staff=True,
        ),
    )
    human(
        "h04_grandmother_for_grandson.eml",
        sender=24,
        date="2026-06-10 20:00",
        subject="Jonas",
        client="plain",
        body="""
Guten Abend,

mein Enkel Jonas Richter hatte heute, am 10.6., um 18 Uhr seine Videostunde (Manuelle
Therapie) – die hat stattgefunden. Er ist gerade bei mir.

Ursula Berger
""",
        label=never(
            24,
            ("other",),
            "another patient's (Jonas, 1052 video 18:00) session from her own address;"
            " her own phone appointment at 09:00 that day must not be booked",
        ),
    )
    human(
        "h05_father_for_daughter.eml",
        sender=2,
        date="2026-02-09 19:00",
        subject="Behandlung meiner Tochter",
        client="outlook",
        body="""
Guten Abend,

meine Tochter Sophie (Sophie Wagner) hatte heute früh ihre Videobehandlung, die hat
stattgefunden. Sie kommt gerade nicht an ihren Laptop.

Thomas Becker
""",
        label=never(
            2,
            ("other",),
            "another patient's (Sophie, 1128 video 09:30) session; his own phone"
            " appointment at 17:30 that day must not be booked",
        ),
    )
    human(
        "h06_daughter_not_a_patient.eml",
        sender=16,
        date="2026-10-15 09:00",
        subject="Stunde gestern",
        client="plain",
        body="""
Hallo,

meine Tochter Lea hatte am 14.10. ihre Stunde bei Ihnen, die hat stattgefunden.

Birgit Schäfer
""",
        label=never(16, ("other",), "the daughter's session; Birgit's own 14.10. unsaid"),
    )
    human(
        "h07_neighbour.eml",
        sender=18,
        date="2026-03-25 18:00",
        subject="Frau Weber",
        client="tonline",
        body="""
Guten Abend,

meine Nachbarin Frau Weber hatte heute, am 25.3., bei Ihnen einen Telefontermin. Sie hat
kein E-Mail, deshalb schreibe ich: die Behandlung hat stattgefunden.

Renate Koch
""",
        label=never(18, ("other",), "a neighbour's treatment; Renate's own 25.3. unsaid"),
    )
    human(
        "h08_ergotherapie.eml",
        sender=9,
        date="2026-07-15 10:00",
        subject="Ergotherapie",
        client="tonline",
        body="""
Guten Tag,

die Ergotherapie am 14.7. hat stattgefunden, die Verordnung schicke ich an die Kasse.

Gisela Neumann
""",
        label=never(9, ("other",), "another provider's treatment on her appointment day"),
    )
    human(
        "h09_orthopaede.eml",
        sender=22,
        date="2026-03-26 18:00",
        subject="Heute",
        client="plain",
        body="""
Hallo,

ich hatte heute, am 26.3., meinen Termin beim Orthopäden, der hat stattgefunden,
deswegen konnte ich Ihren Anruf nicht annehmen.

Mehmet Aydın
""",
        label=never(22, ("other",), "another provider; ours was missed"),
    )
    human(
        "h10_english_chiropractor.eml",
        sender=11,
        date="2026-08-17 18:00",
        subject="Today",
        client="gmail",
        body="""
Hi,

my chiropractor appointment on Aug 17 went ahead, so I missed your call, sorry.

Emily
""",
        label=never(11, ("other",), "another provider, English"),
    )


def future_negative_conditional() -> None:
    human(
        "h11_confirm_tomorrow.eml",
        sender=20,
        date="2026-11-16 12:00",
        subject="Termin morgen",
        client="webde",
        body="""
Hallo,

ich bestätige den Termin am 17.11. um 17 Uhr.

Leonie
""",
        label=never(20, ("other",), "attendance of tomorrow's session"),
    )
    human(
        "h12_reminder_reply_findet_statt.eml",
        sender=14,
        date="2026-10-12 15:00",
        subject=re("rem-1092"),
        client="plain",
        reply_to="rem-1092",
        quote_style="outlook",
        body="""
Ja, die Behandlung am 13.10. findet statt, ich bin da.

Anna
""",
        label=never(14, ("other",), "future, answer to our reminder"),
    )
    human(
        "h13_kann_erhalt_nicht_bestaetigen.eml",
        sender=12,
        date="2026-08-27 09:00",
        subject="Leistung 26.8.",
        client="webde",
        body="""
Hallo,

ich kann den Erhalt der Leistung am 26.8. nicht bestätigen – es hat niemand angerufen.

Fatma Yıldız
""",
        label=never(12, ("other",), "the practice's sentence negated"),
    )
    human(
        "h14_kann_so_nicht_bestaetigen_reply.eml",
        sender=17,
        date="2026-11-05 12:00",
        subject=re("cr-1106", "Re"),
        client="gmail",
        reply_to="cr-1106",
        quote_style="gmail",
        body="""
Moin, das kann ich so nicht bestätigen – die Verbindung ist nach ein paar Minuten
abgebrochen und kam nicht wieder.

Ole
""",
        label=never(17, ("technical",), "refusal under our request"),
    )
    human(
        "h15_sollte_stattgefunden_haben.eml",
        sender=19,
        date="2026-11-21 09:00",
        subject="Behandlung 20.11.",
        client="plain",
        body="""
Guten Tag,

sollte die Behandlung am 20.11. stattgefunden haben, bestätige ich sie gerne – ich bin
mir aber nicht sicher, ob sich die Therapeutin überhaupt eingewählt hat.

David Nowak
""",
        label=never(19, ("question",), "conditional"),
    )
    human(
        "h16_wuerde_bestaetigen.eml",
        sender=10,
        date="2026-07-25 10:00",
        subject="Video 24.7.",
        client="plain",
        body="""
Hallo,

ich würde den Termin am 24.7. ja bestätigen, wenn der Link funktioniert hätte. Hat er
aber nicht.

Lukas
""",
        label=never(10, ("technical",), "counterfactual"),
    )
    human(
        "h17_question_did_it_take_place.eml",
        sender=1,
        date="2026-02-26 09:00",
        subject="Frage",
        client="webde",
        body="""
Hallo,

hat die Behandlung am 24.2. eigentlich stattgefunden? Ich war mir nicht sicher, ob das
Video lief, das Bild war die ganze Zeit schwarz.

Sabine Krüger
""",
        label=never(1, ("question",), "a question with the day"),
    )
    human(
        "h18_question_still_confirm.eml",
        sender=15,
        date="2026-11-03 09:00",
        subject="Bestätigung?",
        client="plain",
        body="""
Hallo,

muss ich die Behandlung vom 2.11. noch bestätigen, oder hat das meine Frau schon gemacht?

Klaus Zimmermann
""",
        label=never(15, ("question",), "asks whether to confirm"),
    )
    human(
        "h19_english_did_it_take_place.eml",
        sender=23,
        date="2026-05-20 09:00",
        subject="Last night",
        client="outlook",
        body="""
Hi,

did my session on 19 May actually take place? I only had a missed call at 7:35pm.

James
""",
        label=never(23, ("question",), "English question with the day"),
    )
    human(
        "h20_bestaetige_absage.eml",
        sender=5,
        name="Katrin Schulz",
        date="2026-05-19 18:00",
        subject="Absage 21.5.",
        client="iphone",
        body="""
Hallo,

hiermit bestätige ich die Absage des Termins am 21.5. – Marie hat Schullandheim.

LG Katrin Schulz
""",
        label=never(5, ("cancellation",), "'bestätige die Absage', future"),
    )
    human(
        "h21_abgesagt_past.eml",
        sender=24,
        date="2026-05-21 09:00",
        subject="Termin 20.5.",
        client="plain",
        body="""
Guten Tag,

ich hatte den Termin am 20.5. telefonisch abgesagt, bitte nicht berechnen.

Ursula Berger
""",
        label=never(24, ("other",), "a cancelled session, past"),
    )
    human(
        "h22_bestaetige_termin_montag_future.eml",
        sender=6,
        date="2026-05-31 18:00",
        subject="Termin Montag",
        client="outlook",
        body="""
Guten Abend,

ich bestätige den Termin am Montag, 1.6., um 7:30 Uhr.

Peter Hoffmann
""",
        label=never(6, ("other",), "attendance of a future session"),
    )
    human(
        "h23_dont_remember_reply.eml",
        sender=7,
        date="2026-07-02 10:00",
        subject=re("cr-1050"),
        client="yahoo",
        reply_to="cr-1050",
        quote_style="yahoo",
        body="""
Ich weiß nicht mehr, ob das stattgefunden hat – ich lag in der Woche im Krankenhaus.

Elena
""",
        label=never(7, ("question",), "doubt under our request"),
    )
    human(
        "h24_bestaetige_verpasst.eml",
        sender=21,
        date="2026-01-27 09:00",
        subject="Termin gestern",
        client="gmail",
        body="""
Hallo,

ich bestätige, dass ich den Termin am 26.1. verpasst habe. Tut mir leid!

Sophie Wagner
""",
        label=never(21, ("other",), "'bestätige' a missed session"),
    )
    human(
        "h25_erhalt_rechnung.eml",
        sender=2,
        date="2026-03-10 09:00",
        subject="Rechnung",
        client="outlook",
        body="""
Sehr geehrte Damen und Herren,

ich bestätige den Erhalt der Rechnung vom 2.3. Die Überweisung folgt.

Mit freundlichen Grüßen
Thomas Becker
""",
        label=never(2, ("other",), "receipt of an invoice dated on an appointment day"),
    )
    human(
        "h26_erhalt_videolink.eml",
        sender=7,
        date="2026-06-03 09:00",
        subject="Videolink",
        client="yahoo",
        body="""
Hallo,

den Erhalt des Videolinks am 2.6. bestätige ich, vielen Dank. Die Behandlung selbst
konnte ich leider nicht wahrnehmen, ich melde mich wegen eines neuen Termins.

Elena Popescu
""",
        label=never(7, ("reschedule",), "receipt of the link; the session was missed"),
    )
    human(
        "h27_leistung_nicht_erhalten.eml",
        sender=4,
        date="2026-01-31 10:00",
        subject="Leistung 30.1.",
        client="tonline",
        body="""
Guten Tag,

die Leistung am 30.1. habe ich nicht erhalten, es rief niemand an.

Wolff
""",
        label=never(4, ("other",), "'nicht erhalten'"),
    )
    human(
        "h28_nein_beim_arzt_reply.eml",
        sender=4,
        date="2026-02-20 16:00",
        subject=re("cr-1033"),
        client="tonline",
        reply_to="cr-1033",
        quote_style="tonline",
        body="""
Nein, da war ich beim Arzt.

Wolff
""",
        label=never(4, ("other",), "no, under our request"),
    )
    human(
        "h29_caps_nicht_stattgefunden.eml",
        sender=9,
        date="2026-07-17 09:00",
        subject="BEHANDLUNG",
        client="tonline",
        body="""
DIE BEHANDLUNG AM 16.7. HAT NICHT STATTGEFUNDEN. ES HAT KEINER ANGERUFEN.
GISELA NEUMANN
""",
        label=never(9, ("other",), "negative in capitals"),
    )
    human(
        "h30_thumb_down_reply.eml",
        sender=7,
        date="2026-06-23 13:00",
        subject=re("cr-1049"),
        client="iphone",
        reply_to="cr-1049",
        quote_style="iphone",
        body="""
👎
""",
        label=never(7, ("other",), "a lone thumb down under our request"),
    )
    human(
        "h31_nicht_da_gewesen_reply.eml",
        sender=10,
        date="2026-07-24 18:00",
        subject=re("cr-1066"),
        client="plain",
        reply_to="cr-1066",
        quote_style="thunderbird",
        body="""
Nicht da gewesen, sorry.

Lukas
""",
        label=never(10, ("other",), "verbless negative under our request"),
    )
    human(
        "h32_english_will_confirm.eml",
        sender=11,
        date="2026-09-05 10:00",
        subject="Monday",
        client="gmail",
        body="""
Hi,

I will confirm the session on 7 Sep once it has happened.

Emily
""",
        label=never(11, ("other",), "a promise about a future session"),
    )
    human(
        "h33_kw11_urlaub.eml",
        sender=22,
        date="2026-03-16 09:00",
        subject="KW 11",
        client="plain",
        body="""
Hallo,

in KW 11 war ich im Urlaub, die Behandlung hat also nicht stattgefunden. Ich hatte
vorher angerufen und abgesagt.

Mehmet Aydın
""",
        label=never(22, ("other",), "calendar week, negative"),
    )


def mixed() -> None:
    human(
        "h34_confirm_and_cancel_next.eml",
        sender=8,
        date="2026-06-18 09:00",
        subject="Termine",
        client="apple",
        body="""
Hallo,

die Stunde am 17.6. hat stattgefunden. Den Termin am 24.6. muss ich leider absagen,
da habe ich eine Klausur.

Jonas Richter
""",
        label=ok(
            8,
            (1053,),
            ("2026-06-17",),
            "record 17.6.; the cancellation to staff",
            extra=("cancellation",),
            staff=True,
        ),
    )
    human(
        "h35_war_super_and_reschedule.eml",
        sender=3,
        date="2026-04-16 09:00",
        subject="Termin verschieben",
        client="gmail",
        body="""
Hi,

die Behandlung am 15.4. war super, danke! Können wir den Termin am 22.4. auf Donnerstag
verschieben?

Aylin
""",
        label=ok(
            3,
            (1025,),
            ("2026-04-15",),
            "record 15.4.; the reschedule to staff",
            extra=("reschedule",),
            staff=True,
        ),
    )


def forms_mails() -> None:
    human(
        "h36_one_scan_three_forms.eml",
        sender=20,
        date="2026-10-30 10:00",
        subject=re("fr-20"),
        client="webde",
        reply_to="fr-20",
        quote_style="webde",
        body="""
Hallo,

anbei Anamnesebogen, Datenschutzerklärung und Einwilligung – alles in einem Scan.

Leonie Hartmann
""",
        files=[pdf("Scan_20261030.pdf", pages=3)],
        label=forms(
            20,
            ("anamnese", "datenschutz", "einwilligung_tele"),
            "one scan filed under every form the body names; staff check it holds all",
            staff=True,
        ),
    )
    human(
        "h37_camera_photos_named_in_body.eml",
        sender=17,
        date="2026-10-18 10:00",
        subject=re("fr-17", "Re"),
        client="gmail",
        reply_to="fr-17",
        quote_style="gmail",
        body="""
Moin,

hier die Fotos vom Anamnesebogen (2 Seiten). Die anderen beiden kommen morgen.

Ole
""",
        files=[jpeg("IMG_20261018_101112.jpg"), jpeg("IMG_20261018_101130.jpg")],
        label=forms(17, ("anamnese", "anamnese"), "camera names; the body names the form"),
    )
    human(
        "h38_octet_stream_pdfs.eml",
        sender=8,
        date="2026-05-30 10:00",
        subject=re("fr-8"),
        client="apple",
        reply_to="fr-8",
        quote_style="iphone",
        body="""
Hallo,

anbei die drei Formulare.

Jonas Richter
""",
        files=[
            octet("Anamnesebogen_Richter.pdf"),
            octet("Datenschutzerklaerung_Richter.pdf"),
            octet("Einwilligung_Telebehandlung_Richter.pdf"),
        ],
        label=forms(
            8,
            ("anamnese", "datenschutz", "einwilligung_tele"),
            "PDFs sent as application/octet-stream",
        ),
    )
    human(
        "h39_apple_pages.eml",
        sender=7,
        date="2026-05-29 10:00",
        subject=re("fr-7"),
        client="apple",
        reply_to="fr-7",
        quote_style="iphone",
        body="""
Hallo,

anbei der ausgefüllte Anamnesebogen.

Elena Popescu
""",
        files=[
            File(
                "Anamnesebogen.pages",
                "application/x-iwork-pages-sffpages",
                mc.zip_bytes(["index.xml", "preview.jpg"]),
            ),
        ],
        label=forms(
            7,
            ("unclassified",),
            "Apple .pages: the practice cannot open it; never filed, staff ask for a PDF (issue 17)",
            staff=True,
        ),
    )
    human(
        "h40_subject_only_confirmation_with_form.eml",
        sender=14,
        date="2026-09-08 14:00",
        subject="Behandlung 8.9. hat stattgefunden",
        client="plain",
        body="""
Hallo,

anbei noch die Datenschutzinformation.

Anna Lehmann
""",
        files=[pdf("Datenschutzinformation_Video.pdf")],
        label=ok(
            14,
            (1087,),
            ("2026-09-08",),
            "confirmation only in the subject, a form attached",
            extra=("forms",),
            forms=("datenschutz_video",),
        ),
    )
    human(
        "h41_english_file_name.eml",
        sender=11,
        date="2026-08-01 10:00",
        subject="Privacy form",
        client="gmail",
        body="""
Hi,

attached the signed privacy form for the video sessions.

Emily
""",
        files=[pdf("privacy_form_signed.pdf")],
        label=forms(11, ("datenschutz_video",), "English name; the body says which form"),
    )
    human(
        "h42_unnamed_photo.eml",
        sender=20,
        date="2026-10-31 10:00",
        subject=re("fr-20"),
        client="webde",
        reply_to="fr-20",
        quote_style="webde",
        body="""
hier das Foto

Leonie
""",
        files=[mc.heic("IMG_4711.HEIC")],
        label=forms(20, ("unclassified",), "a photo the mail does not name", staff=True),
    )
    human(
        "h43_inline_image_form.eml",
        sender=21,
        date="2026-01-10 10:00",
        subject="Datenschutzinformation",
        client="outlook",
        body="""
Hallo,

die unterschriebene Datenschutzinformation für die Videobehandlung sende ich als Bild in
der Mail.

Sophie Wagner
""",
        html=(
            "<html><body><p>Hallo,</p><p>die unterschriebene Datenschutzinformation für die"
            " Videobehandlung sende ich als Bild in der Mail.</p>"
            '<p><img src="cid:image001.png@01DC8A2B"></p><p>Sophie Wagner</p></body></html>'
        ),
        files=[png("image001.png", 90_000, inline_cid="image001.png@01DC8A2B")],
        label=forms(21, ("datenschutz_video",), "the form pasted as an inline image"),
    )


def controls() -> None:
    human(
        "k01_english_took_place.eml",
        sender=23,
        date="2026-04-29 08:00",
        subject="Session",
        client="outlook",
        body="""
Hello,

the session on 28 April took place.

James
""",
        label=ok(23, (1138,), ("2026-04-28",), "control"),
    )
    human(
        "k02_ja_reply.eml",
        sender=12,
        date="2026-09-09 13:00",
        subject=re("cr-1080"),
        client="webde",
        reply_to="cr-1080",
        quote_style="webde",
        body="""
Ja, hat stattgefunden.

Fatma
""",
        label=ok(12, (1080,), (), "control"),
    )
    human(
        "k03_am_1_10.eml",
        sender=13,
        date="2026-10-01 09:00",
        subject="Behandlung",
        client="outlook",
        body="""
Guten Morgen,

die Behandlung am 1.10. hat stattgefunden.

Dr. M. Vogel
""",
        label=ok(13, (1085,), ("2026-10-01",), "control"),
    )
    human(
        "k04_montag_2_november.eml",
        sender=15,
        date="2026-11-02 15:00",
        subject="Behandlung heute",
        client="plain",
        body="""
Hallo,

die Behandlung am Montag, 2. November hat stattgefunden.

Klaus Zimmermann
""",
        label=ok(15, (1097,), ("2026-11-02",), "control"),
    )
    human(
        "k05_bestaetigt_reply.eml",
        sender=19,
        date="2026-11-20 10:00",
        subject=re("cr-1118", "Re"),
        client="gmail",
        reply_to="cr-1118",
        quote_style="gmail",
        body="""
Bestätigt, danke.

David
""",
        label=ok(19, (1118,), (), "control"),
    )
    human(
        "k06_am_12_11.eml",
        sender=17,
        date="2026-11-12 12:00",
        subject="Termin",
        client="gmail",
        body="""
Moin,

die Behandlung am 12.11. hat stattgefunden.

Ole
""",
        label=ok(17, (1107,), ("2026-11-12",), "control"),
    )
    human(
        "k07_mother_7_5.eml",
        sender=5,
        name="Katrin Schulz",
        date="2026-05-07 17:00",
        subject="Marie",
        client="iphone",
        body="""
Hallo,

Marie hatte am 7.5. ihre Stunde, hat stattgefunden.

LG Katrin Schulz
""",
        label=ok(5, (1037,), ("2026-05-07",), "control, parent from the registered address"),
    )
    human(
        "k08_full_date.eml",
        sender=24,
        date="2026-05-27 11:00",
        subject="Behandlung",
        client="plain",
        body="""
Guten Tag,

die Behandlung am 27.05.2026 hat stattgefunden.

Ursula Berger
""",
        label=ok(24, (1145,), ("2026-05-27",), "control"),
    )
    human(
        "k09_bestaetige_behandlung_vom.eml",
        sender=8,
        date="2026-06-25 09:00",
        subject="Bestätigung",
        client="apple",
        body="""
Hallo,

ich bestätige die Behandlung vom 24.06.

Jonas Richter
""",
        label=ok(8, (1054,), ("2026-06-24",), "control"),
    )
    human(
        "k10_videostunde_7_8.eml",
        sender=10,
        date="2026-08-07 18:00",
        subject="Video",
        client="plain",
        body="""
Hallo,

die Videostunde am 7.8. hat stattgefunden.

Lukas
""",
        label=ok(10, (1068,), ("2026-08-07",), "control"),
    )


def round_two() -> None:
    """Seven more (2026-12-05, 14:00), written without reading rules/: the practice's
    sentence the evening before, a confirmed cancellation of today, a husband's treatment
    elsewhere on the sender's appointment day, a question, a conditional written on the
    DST start day; two controls (a reply on the DST end day, the office address)."""
    human(
        "h44_erhalt_vorab_morgen.eml",
        sender=16,
        date="2026-10-27 21:15",
        subject="Termin morgen",
        client="plain",
        body="""
Hallo,

ich bestätige schon mal den Erhalt der Leistung am 28.10., dann muss ich morgen nicht
mehr daran denken.

Gruß
Birgit Schäfer
""",
        label=never(16, ("other",), "the practice's sentence for tomorrow's 1101, sent before"),
    )
    human(
        "h45_bestaetige_absage_heute.eml",
        sender=15,
        date="2026-10-26 09:40",
        subject="Absage heute",
        client="plain",
        body="""
Guten Morgen,

wie telefonisch besprochen: ich bestätige die Absage meines Termins heute um 11 Uhr.
Gesundheitlich geht es leider noch nicht.

Mit freundlichen Grüßen
Klaus Zimmermann
""",
        label=never(15, ("cancellation",), "confirms the cancellation of today's 1096"),
    )
    human(
        "h46_husband_other_practice.eml",
        sender=18,
        date="2026-03-31 09:10",
        subject="Zur Info",
        client="tonline",
        body="""
Hallo,

mein Mann hatte gestern (30.3.) seine Krankengymnastik in der Praxis Lindner, die hat
stattgefunden – nur damit Sie Bescheid wissen, falls die Kasse fragt.

Renate Koch
""",
        label=never(
            18, ("other",), "husband's treatment at another practice on her day (1111 30.3.)"
        ),
    )
    human(
        "h47_frage_noch_bestaetigen.eml",
        sender=3,
        date="2026-03-05 08:20",
        subject="Frage",
        client="gmail",
        body="""
Hallo,

muss ich den Erhalt der Leistung am 4.3. noch bestätigen, oder reicht es, dass ich
dabei war?

LG Aylin
""",
        label=never(3, ("question",), "asks whether to confirm 4.3. (1019)"),
    )
    human(
        "h48_conditional_dst_sunday.eml",
        sender=22,
        date="2026-03-29 10:30",
        subject="Donnerstag",
        client="outlook",
        body="""
Hallo,

falls die zehn Minuten am Donnerstag als Behandlung zählen, dann bestätige ich sie
natürlich. Die Verbindung war danach leider weg.

Mehmet Aydın
""",
        label=never(22, ("other",), "conditional; a cut-off session (1135 26.3.)"),
    )
    human(
        "k11_reply_dst_end_sunday.eml",
        sender=17,
        date="2026-10-25 11:00",
        subject=re("cr-1104", "Re"),
        client="gmail",
        reply_to="cr-1104",
        quote_style="gmail",
        body="""
Hallo,

ja, die Behandlung am 22.10. hat stattgefunden. Schönen Sonntag!

Ole
""",
        label=ok(17, (1104,), ("2026-10-22",), "control, written on the DST end day"),
    )
    human(
        "k12_office_address.eml",
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        date="2026-10-29 08:15",
        subject="Bestätigung Behandlung",
        client="outlook",
        body="""
Sehr geehrte Damen und Herren,

hiermit bestätige ich die Behandlung vom 28.10.2026 um 19 Uhr.

Mit freundlichen Grüßen
Birgit Schäfer
Steuerberatung Schäfer
""",
        label=ok(16, (1101,), ("2026-10-28",), "control, from the registered office address"),
    )


def main() -> None:
    load_practice()
    earlier_and_someone_else()
    future_negative_conditional()
    mixed()
    forms_mails()
    controls()
    round_two()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.HERE = HERE  # write_labels writes into tests/data/corpus otherwise
    mc.write_labels()
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
