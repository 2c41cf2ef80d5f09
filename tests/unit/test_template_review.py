"""Reviewer test for the patient texts (issue 15): every patient template in both
languages, rendered with realistic values in every variant the worker produces (phone
and video, access code, link or none yet, one to three appointments, first request and
follow-up, forms attached, linked or only named), read the way a careful proof-reader
would. The templates do not vary by insurance (GKV or private): no variable for it
reaches them, so a GKV and a private patient get the same words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from mail_templates.names import LANGUAGES, PATIENT_TEMPLATES
from mail_templates.render import RenderedMail, render
from rules.outgoing import build_message

BERLIN = ZoneInfo("Europe/Berlin")
# The longest German and English dates: weekday "Donnerstag"/"Wednesday", "September".
LONG = datetime(2026, 9, 30, 16, 30, tzinfo=BERLIN)  # Mittwoch / Wednesday
LONGER = datetime(2026, 9, 24, 10, 0, tzinfo=BERLIN)  # Donnerstag / Thursday
SHORT = datetime(2026, 5, 4, 9, 0, tzinfo=BERLIN)  # Montag / Monday

PRACTICE = {
    "name": "Praxis Impulse",
    "address": "termine@praxis-impulse.de",
    "phone": "030 1234567",
    "postal_address": "Musterstraße 12, 10115 Berlin",
}
URL = "https://video.redmedical.de/join/9f3c2a7e-41b6-4d0f-8a1c-5e2b7d9c0a11"
FORMS_URL = "https://praxis-impulse.de/formulare/datenschutz-video.pdf"
NAMES = ("Jürgen Weiß", "Dr. Anna-Lena Müller-Lüdenscheidt")

FORM_ITEMS = {
    "anamnese": {"key": "anamnese", "name": "Anamnesebogen", "fill_in": True},
    "datenschutz": {"key": "datenschutz", "name": "Datenschutzerklärung", "fill_in": False},
    "einwilligung_tele": {
        "key": "einwilligung_tele",
        "name": "Einwilligung zur Telebehandlung",
        "fill_in": False,
    },
    "datenschutz_video": {
        "key": "datenschutz_video",
        "name": "Datenschutzinformation Videobehandlung",
        "fill_in": False,
    },
}


def appt(start: datetime, kind: str) -> dict[str, object]:
    return {"start": start, "end": start + timedelta(minutes=30), "kind": kind}


def forms(keys: tuple[str, ...], how: str) -> dict[str, object]:
    items = []
    for key in keys:
        attached = f"{FORM_ITEMS[key]['name'].replace(' ', '_')}.pdf" if how == "attached" else ""
        link = FORMS_URL if how == "linked" else ""
        items.append({**FORM_ITEMS[key], "attached": attached, "link": link})
    return {
        "forms": [i["name"] for i in items],
        "form_keys": list(keys),
        "form_items": items,
    }


def variants(name: str) -> Iterator[tuple[str, dict[str, object]]]:
    """(label, context without practice/patient) for every variant the worker sends."""
    video_access = {
        "code": {"video_access": "K7Q-42X-9PM", "video_is_url": False},
        "url": {"video_access": URL, "video_is_url": True},
        "none": {"video_access": None, "video_is_url": False},
    }
    if name in ("video_link", "reminder_video"):
        for label, access in video_access.items():
            if name == "video_link" and label == "none":
                continue  # the link mail is only sent once there is a link
            for start in (LONG, LONGER, SHORT):
                for changed in (False, True):
                    yield (
                        f"{label}-{start:%a}-changed={changed}",
                        {"appointment": appt(start, "video"), **access, "link_changed": changed},
                    )
    elif name in ("appointment_info", "reminder_phone", "appointment_cancelled"):
        for start in (LONG, LONGER, SHORT):
            yield f"{start:%a}", {"appointment": appt(start, "phone")}
    elif name == "appointment_moved":
        for kind in ("phone", "video"):
            yield kind, {"appointment": appt(LONG, kind), "previous_start": LONGER}
    elif name == "forms_request":
        sets = {
            "new-video": ("anamnese", "datenschutz", "einwilligung_tele", "datenschutz_video"),
            "new-phone": ("anamnese", "datenschutz", "einwilligung_tele"),
            "existing-video": ("datenschutz_video",),
        }
        for label, keys in sets.items():
            for how in ("attached", "linked", "named"):
                kind = "phone" if label == "new-phone" else "video"
                yield (
                    f"{label}-{how}",
                    {"appointment": appt(LONGER, kind), **forms(keys, how)},
                )
    elif name == "confirmation_request":
        lists = {
            "one-phone": [appt(LONGER, "phone")],
            "one-video": [appt(LONG, "video")],
            "two": [appt(LONGER, "phone"), appt(LONG, "video")],
            "three": [appt(SHORT, "video"), appt(LONGER, "phone"), appt(LONG, "video")],
        }
        for label, appointments in lists.items():
            for follow_up in (False, True):
                yield (
                    f"{label}-follow_up={follow_up}",
                    {"appointments": appointments, "follow_up": follow_up},
                )
    elif name == "confirmation_receipt":
        yield "one", {"dates": [LONG.date()]}
        yield "three", {"dates": [SHORT.date(), LONGER.date(), LONG.date()]}
    elif name == "clarification":
        yield "one", {"named_days": [LONG.date()], "appointments": [appt(LONGER, "phone")]}
        yield (
            "two",
            {
                "named_days": [SHORT.date(), LONG.date()],
                "appointments": [appt(LONGER, "phone"), appt(LONG, "video")],
            },
        )
    else:  # pragma: no cover - a new template must get its variants here
        raise AssertionError(f"no review variants for {name}")


CASES = [
    pytest.param(name, lang, label, patient, context, id=f"{lang}-{name}-{label}-{i}")
    for name in PATIENT_TEMPLATES
    for lang in LANGUAGES
    for label, context in variants(name)
    for i, patient in enumerate(NAMES)
]


def rendered(name: str, lang: str, patient: str, context: dict[str, object]) -> RenderedMail:
    return render(name, {**context, "practice": PRACTICE, "patient_name": patient}, language=lang)


@pytest.mark.parametrize(("name", "lang", "label", "patient", "context"), CASES)
def test_patient_text_reads_cleanly(
    name: str, lang: str, label: str, patient: str, context: dict[str, object]
) -> None:
    mail = rendered(name, lang, patient, context)
    whole = f"{mail.subject}\n{mail.text}"
    for leftover in ("{{", "}}", "{%", "%}", "None", "Undefined"):
        assert leftover not in whole, leftover
    assert "\n\n\n" not in mail.text, "two empty lines in a row"
    assert not mail.text.startswith("\n")
    assert mail.text.endswith("\n")
    for line in mail.text.splitlines():
        if line == "-- ":
            continue
        assert line == line.rstrip(), f"trailing blank: {line!r}"
        assert "  " not in line.lstrip(" "), f"double space: {line!r}"
        # Over-long only through a value: the patient's name, a link, the address, or the
        # sentence to copy, which names every date and must stay one line to be copied.
        variable = (
            patient in line
            or "http" in line
            or PRACTICE["postal_address"] in line
            or line.startswith(("„Ich bestätige", '"I confirm'))
        )
        assert variable or len(line) <= 78, f"{len(line)} chars: {line!r}"
    assert "  " not in mail.subject
    assert patient in mail.text


@pytest.mark.parametrize(("name", "lang", "label", "patient", "context"), CASES)
def test_footer_and_signature(
    name: str, lang: str, label: str, patient: str, context: dict[str, object]
) -> None:
    text = rendered(name, lang, patient, context).text
    lines = text.splitlines()
    assert lines.count("-- ") == 1, "exactly one signature separator, with its space"
    assert "\n-- \n" in text
    assert "--" not in lines
    signature = text.partition("\n-- \n")[2]
    assert PRACTICE["phone"] in signature
    assert PRACTICE["postal_address"] in signature
    assert PRACTICE["address"] in signature
    assert PRACTICE["name"] in signature
    closing = text.partition("\n-- \n")[0].rstrip().splitlines()
    assert closing[-2:] == (
        ["Mit freundlichen Grüßen", "Ihr Praxisteam"]
        if lang == "de"
        else ["Kind regards,", "The practice team"]
    )


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\n)([\"„]?)(\w)", re.MULTILINE)


@pytest.mark.parametrize(
    ("name", "label", "patient", "context"),
    [
        pytest.param(name, label, NAMES[0], context, id=f"{name}-{label}")
        for name in PATIENT_TEMPLATES
        for label, context in variants(name)
    ],
)
def test_english_sentences_start_with_a_capital(
    name: str, label: str, patient: str, context: dict[str, object]
) -> None:
    mail = rendered(name, "en", patient, context)
    assert mail.subject[0].isupper()
    body = mail.text.partition("\n-- \n")[0]
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    for paragraph in paragraphs:
        # List items after "...:" are fragments ("- a quiet room ..."), not sentences.
        prose = "\n".join(
            line
            for line in paragraph.splitlines()
            if not re.match(r"(?:-|\d+\.)\s|\s", line)  # an item or its continuation
        )
        for sentence in re.split(r"(?<=[.!?])\s+(?=\S)", " ".join(prose.split())):
            first = re.search(r"[A-Za-z]", sentence)
            if first is None or sentence.startswith(("e-mail", "video.redmedical.de")):
                continue
            assert first.group().isupper(), f"{sentence!r}"
    # numbered steps are sentences too
    for step in re.findall(r"^\d+\. (\S)", body, re.MULTILINE):
        assert step.isupper()


SUBJECTS = {
    ("de", 1): "Bitte bestätigen Sie die Behandlung vom 24.09.2026",
    ("de", 2): "Bitte bestätigen Sie die Behandlungen vom 24.09.2026 und 30.09.2026",
    ("en", 1): "Please confirm your treatment on 24 September 2026",
    ("en", 2): "Please confirm your treatments on 24 September 2026 and 30 September 2026",
}


@pytest.mark.parametrize(("lang", "count"), list(SUBJECTS))
@pytest.mark.parametrize("follow_up", [False, True])
def test_confirmation_request_wording(lang: str, count: int, follow_up: bool) -> None:
    appointments = [appt(LONGER, "phone"), appt(LONG, "video")][:count]
    context = {"appointments": appointments, "follow_up": follow_up}
    mail = rendered("confirmation_request", lang, NAMES[0], context)
    assert mail.subject == SUBJECTS[(lang, count)]
    assert "Ihren Termin" not in mail.subject
    flat = " ".join(mail.text.split())
    if lang == "de":
        assert "bestätigen Sie uns bitte kurz mit Datum, dass die Behandlung" in flat
        dates = "24.09.2026" if count == 1 else "24.09.2026 und 30.09.2026"
        assert f"„Ich bestätige den Erhalt der Leistung am {dates}.“" in flat
        wanted = "Für diese{} fehlt uns noch Ihre Bestätigung:".format(
            "n Termin" if count == 1 else " Termine"
        )
        assert (wanted in flat) is follow_up
    else:
        assert "confirm, with the date, that the treatment" in flat
        assert ("We are still waiting for your confirmation" in flat) is follow_up


@pytest.mark.parametrize("lang", LANGUAGES)
def test_umlauts_survive_the_wire(lang: str) -> None:
    context = {"appointments": [appt(LONGER, "phone")], "follow_up": True}
    mail = rendered("confirmation_request", lang, NAMES[1], context)
    raw = build_message(
        from_name=PRACTICE["name"],
        from_address=PRACTICE["address"],
        to_name=NAMES[1],
        to_address="a.mueller@web.de",
        subject=mail.subject,
        text=mail.text,
        message_id="<pw-0123456789abcdef@praxis-impulse.de>",
        date=LONG,
    )
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    body = parsed.get_content()
    assert parsed["Subject"] == mail.subject
    assert body.replace("\r\n", "\n") == mail.text
    assert "Musterstraße" in body
    assert "Müller-Lüdenscheidt" in body
    assert "\n-- \n" in body.replace("\r\n", "\n")  # the trailing space is kept on the wire
    if lang == "de":
        assert "bestätigen" in parsed["Subject"]
        assert "Grüßen" in body
    assert "Ã" not in body  # no UTF-8 read as Latin-1 anywhere
