"""Attachment -> form key, as a table of realistic file names and mails."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from rules.forms import fold_text, is_refused_type, match_forms
from rules.models import Attachment, FormsPolicy, InboundMail

NOW = datetime(2026, 3, 2, 9, 15, tzinfo=ZoneInfo("Europe/Berlin"))

POLICY = FormsPolicy(
    keywords={
        "anamnese": ("anamnese", "fragebogen", "patientenbogen"),
        "datenschutz": ("datenschutzerkl", "dsgvo"),
        "einwilligung_tele": ("einwilligung", "telebehandlung", "telemedizin"),
        "datenschutz_video": ("datenschutzinformation", "videobehandlung", "video"),
    }
)

BIG = 180_000  # a scanned page


def attachment(
    index: int, filename: str, sniffed: str | None, size: int = BIG, declared: str = ""
) -> Attachment:
    payload = filename.encode()
    return Attachment(
        index=index,
        filename=filename,
        declared_type=declared or "application/octet-stream",
        sniffed_type=sniffed,
        size=size,
        sha256=hashlib.sha256(payload).hexdigest(),
        payload=payload,
    )


def mail(*attachments: Attachment, subject: str = "Unterlagen", own_text: str = "") -> InboundMail:
    return InboundMail(
        sha256="0" * 64,
        message_id="<m@web.de>",
        sender="patient@web.de",
        sender_name="",
        reply_to=(),
        in_reply_to=None,
        references=(),
        date=NOW,
        subject=subject,
        text=own_text,
        own_text=own_text,
        cut_text="",
        attachments=attachments,
    )


@dataclass(frozen=True)
class Case:
    mail: InboundMail
    expected: tuple[tuple[int, str], ...]


CASES = {
    "plain-name": Case(mail(attachment(0, "Anamnesebogen.pdf", "pdf")), ((0, "anamnese"),)),
    "upper-case-and-extension": Case(
        mail(attachment(0, "FRAGEBOGEN_MUELLER.PDF", "pdf")), ((0, "anamnese"),)
    ),
    "umlaut-spelled-ae": Case(
        mail(attachment(0, "Datenschutzerklaerung unterschrieben.pdf", "pdf")),
        ((0, "datenschutz"),),
    ),
    "umlaut-real": Case(
        mail(attachment(0, "Datenschutzerklärung.pdf", "pdf")), ((0, "datenschutz"),)
    ),
    "umlaut-decomposed-mac-name": Case(
        mail(attachment(0, "Einwilligung Telebehandlung Sch\u0075\u0308tz.pdf", "pdf")),
        ((0, "einwilligung_tele"),),
    ),
    "separators-inside-keyword": Case(
        mail(attachment(0, "Datenschutz-Erklärung_2026.pdf", "pdf")), ((0, "datenschutz"),)
    ),
    "video-privacy-info": Case(
        mail(attachment(0, "Datenschutzinformation_Videobehandlung.pdf", "pdf")),
        ((0, "datenschutz_video"),),
    ),
    "combined-scan-names-two-forms": Case(
        mail(attachment(0, "Anamnese + DSGVO.pdf", "pdf")),
        ((0, "anamnese"), (0, "datenschutz")),
    ),
    "three-files-three-forms": Case(
        mail(
            attachment(0, "anamnesebogen.pdf", "pdf"),
            attachment(1, "datenschutzerklaerung.pdf", "pdf"),
            attachment(2, "Einwilligung.pdf", "pdf"),
        ),
        ((0, "anamnese"), (1, "datenschutz"), (2, "einwilligung_tele")),
    ),
    "scan-name-single-form-in-body": Case(
        mail(
            attachment(0, "Scan_20260302_0915.pdf", "pdf"),
            own_text="anbei der ausgefüllte Anamnesebogen",
        ),
        ((0, "anamnese"),),
    ),
    "scan-name-single-form-in-subject": Case(
        mail(attachment(0, "Dokument1.pdf", "pdf"), subject="Einwilligung Telemedizin"),
        ((0, "einwilligung_tele"),),
    ),
    "scan-name-body-names-two-forms": Case(
        mail(
            attachment(0, "scan0001.pdf", "pdf"),
            own_text="hier Anamnesebogen und Datenschutzerklärung",
        ),
        ((0, "anamnese"), (0, "datenschutz")),  # one scan of both; decide asks staff to check
    ),
    "two-unnamed-scans-body-does-not-help": Case(
        mail(
            attachment(0, "scan0001.pdf", "pdf"),
            attachment(1, "scan0002.pdf", "pdf"),
            own_text="anbei der Anamnesebogen",
        ),
        ((0, "unclassified"), (1, "unclassified")),
    ),
    "one-named-one-unnamed-body-names-the-other": Case(
        mail(
            attachment(0, "Anamnese.pdf", "pdf"),
            attachment(1, "Scan.pdf", "pdf"),
            own_text="Anamnese und die unterschriebene Einwilligung anbei",
        ),
        ((0, "anamnese"), (1, "einwilligung_tele")),
    ),
    "one-named-one-unnamed-body-names-two-others": Case(
        mail(
            attachment(0, "Anamnese.pdf", "pdf"),
            attachment(1, "Scan.pdf", "pdf"),
            own_text="Anamnese, Datenschutzerklärung und Einwilligung anbei",
        ),
        ((0, "anamnese"), (1, "datenschutz"), (1, "einwilligung_tele")),
    ),
    "photos-of-one-named-form-are-its-pages": Case(
        mail(
            attachment(0, "IMG_20261030_184512.jpg", "jpeg"),
            attachment(1, "IMG_20261030_184530.jpg", "jpeg"),
            own_text="Anbei Fotos vom ausgefüllten Anamnesebogen",
        ),
        ((0, "anamnese"), (1, "anamnese")),
    ),
    "photos-under-two-named-forms-stay-with-staff": Case(
        mail(
            attachment(0, "IMG_1.jpg", "jpeg"),
            attachment(1, "IMG_2.jpg", "jpeg"),
            own_text="Anbei Fotos vom Anamnesebogen und der Einwilligung",
        ),
        ((0, "unclassified"), (1, "unclassified")),
    ),
    "apple-pages-document-is-never-filed": Case(
        mail(attachment(0, "Anamnesebogen.pages", "zip"), own_text="Anbei der Anamnesebogen"),
        ((0, "unclassified"),),  # only Pages opens it: staff ask for a PDF
    ),
    "pdf-declared-as-octet-stream-is-read-by-content": Case(
        mail(attachment(0, "Anamnesebogen", "pdf")), ((0, "anamnese"),)
    ),
    "phone-photo-without-name": Case(
        mail(attachment(0, "IMG_4711.jpeg", "jpeg"), own_text="Anbei der Anamnesebogen"),
        ((0, "unclassified"),),
    ),
    "photo-with-telling-name": Case(
        mail(attachment(0, "Einwilligung.jpg", "jpeg")), ((0, "einwilligung_tele"),)
    ),
    "heic-from-iphone": Case(mail(attachment(0, "IMG_0042.HEIC", "heic")), ((0, "unclassified"),)),
    "tiny-logo-ignored": Case(
        mail(
            attachment(0, "image001.png", "png", size=4_200, declared="image/png"),
            attachment(1, "Fragebogen.pdf", "pdf"),
        ),
        ((1, "anamnese"),),
    ),
    "tiny-image-with-form-name-kept": Case(
        mail(attachment(0, "Einwilligung.png", "png", size=9_000)), ((0, "einwilligung_tele"),)
    ),
    "tiny-non-image-kept": Case(
        mail(attachment(0, "notiz.exe", "exe", size=900)), ((0, "unclassified"),)
    ),
    "executable-with-form-name": Case(
        mail(attachment(0, "Anamnesebogen.pdf.exe", "exe")), ((0, "unclassified"),)
    ),
    "pdf-name-but-html-inside": Case(
        mail(attachment(0, "Anamnesebogen.pdf", "html")), ((0, "unclassified"),)
    ),
    "zip-archive": Case(mail(attachment(0, "Formulare.zip", "zip")), ((0, "unclassified"),)),
    "html-page": Case(mail(attachment(0, "Einwilligung.html", None)), ((0, "unclassified"),)),
    "unknown-content": Case(mail(attachment(0, "Anamnese.pdf", None)), ((0, "unclassified"),)),
    "docx-sniffed-as-zip": Case(
        mail(attachment(0, "Fragebogen ausgefuellt.docx", "zip")), ((0, "anamnese"),)
    ),
    "docx-sniffed-as-docx": Case(
        mail(attachment(0, "Patientenbogen.docx", "docx")), ((0, "anamnese"),)
    ),
    "no-attachments": Case(mail(own_text="Anamnesebogen folgt"), ()),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_match_forms(case: Case) -> None:
    findings = match_forms(case.mail, POLICY)
    assert tuple((f.attachment_index, f.form_key) for f in findings) == case.expected


def test_no_keywords_configured_means_everything_to_staff() -> None:
    findings = match_forms(mail(attachment(0, "Anamnesebogen.pdf", "pdf")), FormsPolicy())
    assert [f.form_key for f in findings] == ["unclassified"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Müller", ("mueller", "muller")),
        ("STRASSE", ("strasse",)),
        ("Straße", ("strasse",)),
        ("Daten-Schutz Erkl.", ("datenschutzerkl",)),
    ],
    ids=["umlaut-two-ways", "upper", "sharp-s", "separators-dropped"],
)
def test_fold_text(text: str, expected: tuple[str, ...]) -> None:
    assert fold_text(text) == expected


@pytest.mark.parametrize(
    ("name", "sniffed", "refused"),
    [
        ("a.pdf", "pdf", False),
        ("a.jpg", "jpeg", False),
        ("a.exe", "exe", True),
        ("a.pdf", None, True),
        ("a.html", "html", True),
    ],
    ids=["pdf", "jpeg", "exe", "unknown", "html"],
)
def test_is_refused_type(name: str, sniffed: str | None, refused: bool) -> None:
    assert is_refused_type(attachment(0, name, sniffed)) is refused


OUR_BLANK_FILES = FormsPolicy(files={"datenschutz_video": "/etc/praxis-worker/Datenschutz.pdf"})


@pytest.mark.parametrize(
    ("required", "policy", "expected"),
    [
        pytest.param(
            ("anamnese", "datenschutz", "einwilligung_tele"), None, "datenschutz", id="new-patient"
        ),
        pytest.param(
            ("datenschutz_video",), None, "datenschutz_video", id="existing-video-patient"
        ),
        pytest.param(("anamnese",), None, "unclassified", id="not-a-form-they-need"),
        # Both begin with "Datenschutz"; the video one adds a word the name lacks.
        pytest.param(
            ("datenschutz", "datenschutz_video"), None, "datenschutz", id="the-plainer-one"
        ),
        pytest.param(
            ("datenschutz_allgemein", "datenschutz_video"),
            None,
            "unclassified",
            id="two-could-be-meant",
        ),
        # The blank file we sent under that very name decides.
        pytest.param(
            ("datenschutz_allgemein", "datenschutz_video"),
            OUR_BLANK_FILES,
            "datenschutz_video",
            id="named-as-our-blank-file",
        ),
    ],
)
def test_a_plain_name_is_resolved_by_the_forms_the_patient_needs(
    required: tuple[str, ...], policy: FormsPolicy | None, expected: str
) -> None:
    """ "Datenschutz.pdf" names no keyword of the default config; the forms the patient
    needs decide which it is, when only one fits."""
    from rules.forms import UNCLASSIFIED, resolve_by_required
    from rules.models import Attachment, FormFinding, InboundMail

    pdf = Attachment(
        index=0, filename="Datenschutz.pdf", declared_type="application/pdf",
        sniffed_type="pdf", size=1000, sha256="x", payload=b"%PDF-1.4",
    )  # fmt: skip
    mail = InboundMail(
        sha256="y", message_id=None, sender="a@web.de", sender_name="", reply_to=(),
        in_reply_to=None, references=(), date=NOW, subject="", text="", own_text="",
        cut_text="", attachments=(pdf,),
    )  # fmt: skip
    (finding,) = resolve_by_required(
        (FormFinding(attachment_index=0, form_key=UNCLASSIFIED),), mail, required, policy
    )
    assert finding.form_key == expected
