"""Incoming forms read from whole MIME mails (issue 17, "Forms").

Each mail is generated with the stdlib, parsed by parse_mail and decided by decide_mail
with the default [forms] settings, as the worker would: what the body identifies is
filed, anything less clear reaches staff, and a form never records a confirmation.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from rules.decide import decide_mail
from rules.forms import UNCLASSIFIED
from rules.models import (
    Category,
    FormsPolicy,
    InboundMail,
    Kind,
    MailContext,
    MailDecision,
)
from rules.parsing import parse_mail
from tests.unit.factories import BERLIN, appointment, patient

SENT = datetime(2026, 3, 13, 9, 40, tzinfo=BERLIN)
NOW = SENT + timedelta(minutes=5)
ADDRESS = "anna.schmidt@web.de"
PATIENT = patient(emails=(ADDRESS,), new_patient=True)
TREATED = appointment(start=datetime(2026, 3, 12, 10, 0, tzinfo=BERLIN))
# The worker's defaults (worker/config.py DEFAULT_FORM_KEYWORDS).
POLICY = FormsPolicy(
    new_patient=("anamnese", "datenschutz", "einwilligung_tele"),
    video_existing_patient=("datenschutz_video",),
    keywords={
        "anamnese": ("anamnese", "fragebogen", "patientenbogen"),
        "datenschutz": ("datenschutzerkl", "dsgvo"),
        "einwilligung_tele": ("einwilligung", "telebehandlung", "telemedizin"),
        "datenschutz_video": ("datenschutzinformation", "videobehandlung", "video"),
    },
)
CONTEXT = MailContext(
    practice_address="termine@praxis.de",
    patient=PATIENT,
    appointments=(TREATED,),
    forms=POLICY,
    accept_unauthenticated=True,
)

PDF = b"%PDF-1.4\n" + b"1 0 obj << /Type /Page >> endobj\n" * 6_000 + b"%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 800
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(200_000)
LOGO = b"\x89PNG\r\n\x1a\n" + bytes(3_000)
PAGES = b"PK\x03\x04" + bytes(60_000)  # an Apple Pages bundle is a zip


def compose(
    body: str,
    files: list[tuple[str | None, str, bytes]],
    *,
    subject: str = "Unterlagen",
    inline: list[tuple[str, str, bytes]] | None = None,
) -> bytes:
    """A patient's mail: text (and HTML with cid: images when `inline`), then files."""
    message = EmailMessage()
    message["From"] = f"Anna Schmidt <{ADDRESS}>"
    message["To"] = "termine@praxis.de"
    message["Subject"] = subject
    message["Date"] = format_datetime(SENT)
    message["Message-ID"] = "<forms-1@web.de>"
    message.set_content(body)
    if inline:
        cids = "".join(f'<img src="cid:{cid}">' for cid, _, _ in inline)
        message.add_alternative(f"<html><body><p>{body}</p>{cids}</body></html>", subtype="html")
        html = message.get_payload()[1]
        for cid, mime, data in inline:
            maintype, subtype = mime.split("/")
            html.add_related(data, maintype=maintype, subtype=subtype, cid=f"<{cid}>")
    for name, mime, data in files:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


def decide(raw: bytes, context: MailContext = CONTEXT) -> tuple[InboundMail, MailDecision]:
    parsed = parse_mail(raw, received_at=NOW)
    assert isinstance(parsed, InboundMail)
    return parsed, decide_mail(parsed, context, now=NOW)


def filed(decision: MailDecision) -> list[tuple[int, str]]:
    return sorted((f.attachment_index, f.form_key) for f in decision.forms)


def pdf(name: str | None) -> tuple[str | None, str, bytes]:
    return (name, "application/pdf", PDF)


FILED = {
    "one-scan-holding-two-forms-named-in-the-body": (
        compose(
            "Hallo, anbei Anamnesebogen und Datenschutzerklärung in einer Datei.",
            [pdf("scan.pdf")],
        ),
        [(0, "anamnese"), (0, "datenschutz")],
    ),
    "camera-photo-identified-in-the-body": (
        compose(
            "anbei das Foto der Einverständniserklärung",
            [("IMG_20260312_101503.jpg", "image/jpeg", JPEG)],
        ),
        [(0, "einwilligung_tele")],
    ),
    "heic-photo-identified-in-the-body": (
        compose(
            "anbei das Foto der Einverständniserklärung",
            [("20260312_101503.heic", "image/heic", HEIC)],
        ),
        [(0, "einwilligung_tele")],
    ),
    "whatsapp-photos-pages-of-one-form": (
        compose(
            "Hier die Fotos vom Anamnesebogen",
            [
                ("WhatsApp Image 2026-03-12 at 10.15.03.jpeg", "image/jpeg", JPEG),
                ("WhatsApp Image 2026-03-12 at 10.15.09.jpeg", "image/jpeg", JPEG + b"2"),
            ],
        ),
        [(0, "anamnese"), (1, "anamnese")],
    ),
    "inline-form-photo-beside-a-signature-logo": (
        compose(
            "Hier der Anamnesebogen als Foto",
            [],
            inline=[("form@mail", "image/jpeg", JPEG), ("logo@mail", "image/png", LOGO)],
        ),
        [(0, "anamnese")],  # the 3 KB logo is no form and not filed
    ),
    "pdf-as-octet-stream-without-extension": (
        compose("anbei der Anamnesebogen", [("Dokument", "application/octet-stream", PDF)]),
        [(0, "anamnese")],
    ),
    "pdf-as-octet-stream-with-name": (
        compose("anbei", [("Anamnese.pdf", "application/octet-stream", PDF)]),
        [(0, "anamnese")],
    ),
    **{
        f"lexicon-{name}": (compose("anbei", [pdf(name)]), [(0, key)])
        for name, key in (
            ("consent.pdf", "einwilligung_tele"),
            ("privacy.pdf", "datenschutz"),  # a new patient needs this one only
            ("DSGVO.pdf", "datenschutz"),
            ("Anamnese.pdf", "anamnese"),
            ("Einverst.pdf", "einwilligung_tele"),
            ("EV.pdf", "einwilligung_tele"),
            ("Datenschutz_unterschr.pdf", "datenschutz"),
            ("medical_history.pdf", "anamnese"),
            ("MedicalHistory.pdf", "anamnese"),
            ("Einverständnis_Mueller.pdf", "einwilligung_tele"),
        )
    },
}


@pytest.mark.parametrize(("raw", "expected"), FILED.values(), ids=FILED.keys())
def test_a_form_the_mail_identifies_is_filed(raw: bytes, expected: list[tuple[int, str]]) -> None:
    _, decision = decide(raw)
    assert filed(decision) == expected
    assert not decision.confirmations
    assert Category.FORMS in decision.categories
    if len({index for index, _ in expected}) == len(expected):  # one form per file
        assert decision.staff_reasons == ()
    else:  # one scan filed under each form named: a person checks all pages are there
        assert any("mehreren Formularen" in r for r in decision.staff_reasons)


STAFF = {
    "two-photos-two-forms-no-mapping": (
        compose(
            "anbei Fotos von Anamnese und Einverständniserklärung",
            [("IMG_1.jpg", "image/jpeg", JPEG), ("IMG_2.jpg", "image/jpeg", JPEG + b"2")],
        ),
        "2 Anhang/Anhänge ohne erkennbares Formular",
    ),
    "camera-photo-the-body-does-not-call-a-photo": (
        compose("anbei der Anamnesebogen", [("IMG_20260312_101503.jpg", "image/jpeg", JPEG)]),
        "1 Anhang/Anhänge ohne erkennbares Formular",
    ),
    "inline-image-nobody-names": (
        compose("Viele Grüße", [], inline=[("img@mail", "image/jpeg", JPEG)]),
        "1 Anhang/Anhänge ohne erkennbares Formular",
    ),
    "agreeing-is-no-consent-form": (
        compose("Ich bin einverstanden, anbei der Scan.", [pdf("scan.pdf")]),
        "1 Anhang/Anhänge ohne erkennbares Formular",
    ),
    "ev-inside-a-word-is-no-abbreviation": (
        compose("anbei", [pdf("Review.pdf")]),
        "1 Anhang/Anhänge ohne erkennbares Formular",
    ),
    "apple-pages": (
        compose("anbei der Anamnesebogen", [("Anamnesebogen.pages", "application/x-iwork", PAGES)]),
        "Pages-Datei, bitte als PDF anfordern",
    ),
}


@pytest.mark.parametrize(("raw", "reason"), STAFF.values(), ids=STAFF.keys())
def test_a_form_the_mail_does_not_identify_goes_to_staff(raw: bytes, reason: str) -> None:
    _, decision = decide(raw)
    assert decision.needs_staff
    assert any(reason in r for r in decision.staff_reasons), decision.staff_reasons
    assert {key for _, key in filed(decision)} == {UNCLASSIFIED}
    assert not decision.confirmations


def test_privacy_is_the_video_form_for_an_existing_patient_with_a_video_appointment() -> None:
    video = appointment(start=datetime(2026, 3, 20, 10, 0, tzinfo=BERLIN), kind=Kind.VIDEO)
    context = replace(
        CONTEXT, patient=replace(PATIENT, new_patient=False), appointments=(TREATED, video)
    )
    _, decision = decide(compose("anbei", [pdf("privacy.pdf")]), context)
    assert filed(decision) == [(0, "datenschutz_video")]


def test_configured_keywords_extend_the_lexicon() -> None:
    policy = replace(POLICY, keywords={**POLICY.keywords, "anamnese": ("gesundheitsbogen",)})
    context = replace(CONTEXT, forms=policy)
    for name in ("Gesundheitsbogen.pdf", "medical_history.pdf", "Anamnese.pdf"):
        _, decision = decide(compose("anbei", [pdf(name)]), context)
        assert filed(decision) == [(0, "anamnese")], name


SUBJECT = "Behandlung am 12.3. hat stattgefunden"


def test_subject_only_confirmation_with_a_form_files_both() -> None:
    _, decision = decide(compose("", [pdf("Anamnese.pdf")], subject=SUBJECT))
    assert filed(decision) == [(0, "anamnese")]
    assert [c.appointment_id for c in decision.confirmations] == [TREATED.id]
    assert decision.staff_reasons == ()


@pytest.mark.parametrize(
    "subject",
    [
        "Behandlung am 12.3. hat nicht stattgefunden",  # denied: never recorded
        "Termin 12.3.",  # names the day, confirms nothing
        "Einverständniserklärung 12.3.",  # a form's date is no confirmation
    ],
)
@pytest.mark.parametrize("body", ["", "anbei", "Gesendet von meinem iPhone"])
def test_subject_naming_the_day_beside_a_form_is_never_ignored(subject: str, body: str) -> None:
    _, decision = decide(compose(body, [pdf("Einwilligung.pdf")], subject=subject))
    assert filed(decision) == [(0, "einwilligung_tele")]
    assert not decision.confirmations
    assert decision.needs_staff


def test_a_form_never_records_a_confirmation() -> None:
    raw = compose(
        "anbei die unterschriebene Einwilligung",
        [pdf("Einwilligung Behandlung 12.03.2026.pdf")],
        subject="Einwilligung",
    )
    _, decision = decide(raw)
    assert filed(decision) == [(0, "einwilligung_tele")]
    assert not decision.confirmations


def test_forms_for_tomorrow_need_nobody() -> None:
    raw = compose("", [pdf("Anamnese.pdf")], subject="Unterlagen für den Termin morgen")
    _, decision = decide(raw)
    assert filed(decision) == [(0, "anamnese")]
    assert decision.staff_reasons == ()
