"""Every mail template in both languages: renders, says what the practice wants said,
and never names the treatment."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mail_templates.names import LANGUAGES, PATIENT_TEMPLATES, TEMPLATE_NAMES
from mail_templates.render import TemplateError, render, sample_context

ALL = [
    pytest.param(name, lang, id=f"{lang}-{name}") for name in TEMPLATE_NAMES for lang in LANGUAGES
]
PATIENT = [
    pytest.param(name, lang, id=f"{lang}-{name}")
    for name in PATIENT_TEMPLATES
    for lang in LANGUAGES
]
VIDEO = [
    pytest.param(name, lang, id=f"{lang}-{name}")
    for name in ("video_link", "reminder_video")
    for lang in LANGUAGES
]


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_every_template_renders_with_sample_data(name: str, lang: str) -> None:
    mail = render(name, sample_context(name), language=lang)
    assert mail.subject
    assert "\n" not in mail.subject
    assert mail.text.strip()
    assert "{{" not in mail.text
    assert "{%" not in mail.text
    assert mail.html is None
    assert "Praxis Impulse" in mail.text


@pytest.mark.parametrize(("name", "lang"), PATIENT)
def test_patient_mail_names_no_treatment(name: str, lang: str) -> None:
    context = sample_context(name)
    mail = render(name, context, language=lang)
    words = mail.subject + "\n" + mail.text
    assert not re.search(r"\b(KG|KGG|MT)\b", words)
    assert not re.search(r"Krankengymnastik|Manuelle Therapie|physiotherap|Diagnose", words, re.I)
    assert "Erika Mustermann" in mail.text  # addressed by name, formally
    if lang == "de":
        assert re.search(r"\bSie\b", mail.text)
        assert not re.search(r"\b(du|dich|dein)\b", mail.text, re.I)


@pytest.mark.parametrize(("name", "lang"), VIDEO)
def test_video_texts_carry_the_practice_instructions(name: str, lang: str) -> None:
    text = " ".join(render(name, sample_context(name), language=lang).text.split())
    assert "K7Q-42X-9PM" in text
    assert "video.redmedical.de" in text
    assert "Zugangscode" in text
    assert "Chrome" in text
    assert "Firefox" in text
    if lang == "de":
        for phrase in ("Webcam", "Mikrofon", "niemand mithört", "dazukommt", "Geduld",
                       "nichts zusätzlich", "Ihren Namen", "Bildschirmsperre",
                       "Betriebssystem und Browser auf dem neuesten Stand",
                       "Ihr Browser fragt nach Zugriff auf Kamera und Mikrofon - bitte "
                       "erlauben Sie diesen."):  # fmt: skip
            assert phrase in text
    else:
        for phrase in ("webcam", "microphone", "nobody else can listen in", "therapist joins",
                       "patience", "nothing extra", "your name", "screen lock",
                       "Your browser will ask for access to your camera and microphone - "
                       "please allow it."):  # fmt: skip
            assert phrase in text


def test_video_link_as_url_and_changed() -> None:
    context = sample_context("video_link") | {
        "video_access": "https://video.redmedical.de/join/abc",
        "video_is_url": True,
        "link_changed": True,
    }
    mail = render("video_link", context)
    assert mail.subject.startswith("Geänderte Zugangsdaten")
    assert "Link zu Ihrem Termin: https://video.redmedical.de/join/abc" in mail.text
    assert "überholt" in mail.text


def test_reminder_without_link_promises_a_separate_mail() -> None:
    context = sample_context("reminder_video") | {"video_access": None}
    assert "gesonderten\nE-Mail" in render("reminder_video", context).text


@pytest.mark.parametrize(
    ("lang", "subject"),
    [
        pytest.param(
            "de", "Erinnerung: Ihr Telefontermin am Montag, 13. April 2026, 10:00 Uhr", id="de"
        ),
        pytest.param(
            "en", "Reminder: your telephone appointment on Monday, 13 April 2026, 10:00", id="en"
        ),
    ],
)
def test_dates_as_people_write_them(lang: str, subject: str) -> None:
    assert render("reminder_phone", sample_context("reminder_phone"), language=lang).subject == (
        subject
    )


def test_dates_are_shown_in_practice_time_across_dst() -> None:
    # 09:00 UTC on Monday 26 October 2026 is 10:00 in Berlin (CET, after the switch back);
    # 08:00 UTC on Monday 30 March is 10:00 too (CEST).
    for start in (datetime(2026, 10, 26, 9, tzinfo=UTC), datetime(2026, 3, 30, 8, tzinfo=UTC)):
        context = sample_context("reminder_phone") | {
            "appointment": {"start": start, "end": start, "kind": "phone"}
        }
        assert render("reminder_phone", context).subject.endswith(", 10:00 Uhr")


def test_forms_request_names_the_missing_forms() -> None:
    item = {"key": "datenschutz_video", "name": "Datenschutzinformation Videobehandlung",
            "fill_in": False, "attached": "Datenschutz_Video.pdf", "link": ""}  # fmt: skip
    context = sample_context("forms_request") | {
        "forms": [item["name"]],
        "form_keys": [item["key"]],
        "form_items": [item],
    }
    text = render("forms_request", context).text
    # the video privacy information is signed, not filled in
    assert "- Datenschutzinformation Videobehandlung: bitte lesen und unterschreiben\n" in text
    assert "  (im Anhang: Datenschutz_Video.pdf)\n" in text
    assert "Anamnesebogen" not in text
    assert "ausfüllen" not in text
    assert "folgende Unterlage:" in text
    assert "Vordruck fehlt" not in text  # it is attached


def test_forms_request_links_or_offers_the_blank_forms() -> None:
    text = render("forms_request", sample_context("forms_request")).text
    assert (
        "- Anamnesebogen: bitte ausfüllen und unterschreiben\n  (im Anhang: Anamnesebogen.pdf)"
        in (text)
    )
    assert "(zum Herunterladen: https://praxis-impulse.de/formulare/einwilligung.pdf)" in text
    assert "Vordruck fehlt" not in text
    context = sample_context("forms_request")
    bare = [dict(item, attached="", link="") for item in context["form_items"]]  # type: ignore[attr-defined]
    text = render("forms_request", context | {"form_items": bare}).text
    assert "im Anhang" not in text
    assert "Herunterladen" not in text
    assert "Falls Ihnen ein Vordruck fehlt" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_confirmation_request_explains_one_reply_with_dates(lang: str) -> None:
    text = render(
        "confirmation_request", sample_context("confirmation_request"), language=lang
    ).text
    if lang == "de":
        assert "Donnerstag, 9. April 2026, 16:30 Uhr (per Telefon)" in text
        assert "Montag, 13. April 2026, 10:00 Uhr (per Video)" in text
        assert "Eine Antwort genügt für alle Termine" in text
        assert (
            "bestätigen Sie uns bitte kurz\nmit Datum, dass die Behandlungen stattgefunden haben"
            in text
        )
        assert "„Ich bestätige den Erhalt der Leistung am 09.04.2026 und 13.04.2026.“" in text
    else:
        assert "Thursday, 9 April 2026, 16:30 (by telephone)" in text
        assert "One reply covers all of these appointments" in text
        assert '"I confirm that I received the treatments on 9 April 2026 and 13 April 2026."' in (
            text
        )


def test_follow_up_says_so() -> None:
    context = sample_context("confirmation_request") | {"follow_up": True}
    assert "Für diese Termine fehlt uns noch Ihre Bestätigung:" in (
        render("confirmation_request", context).text
    )
    one = context | {"appointments": context["appointments"][:1]}  # type: ignore[index]
    assert "Für diesen Termin fehlt uns noch Ihre Bestätigung:\n" in (
        render("confirmation_request", one).text
    )


def test_missing_variable_is_an_error_not_an_empty_string() -> None:
    context = sample_context("reminder_phone")
    del context["patient_name"]
    with pytest.raises(TemplateError, match="patient_name"):
        render("reminder_phone", context)


@pytest.mark.parametrize("name", ["_footer", "../de/video_link", "nonexistent"])
def test_bad_names_are_refused(name: str) -> None:
    with pytest.raises(TemplateError):
        render(name, {})
    with pytest.raises(TemplateError):
        sample_context(name)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(TemplateError, match="language"):
        render("reminder_phone", sample_context("reminder_phone"), language="fr")


def test_practice_override_and_html_alternative(tmp_path: Path) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "reminder_phone.txt").write_text(
        "Subject: Bis bald, {{ patient_name }}\n\nWir rufen an: {{ appointment.start|time_short }}.\n"
        "{{ patient_name }}\n",
        encoding="utf-8",
    )
    (tmp_path / "de" / "reminder_phone.html").write_text(
        "<p>Guten Tag {{ patient_name }}</p>\n", encoding="utf-8"
    )
    context = sample_context("reminder_phone") | {"patient_name": "A <b>&</b> B"}
    mail = render("reminder_phone", context, override_dir=tmp_path)
    assert mail.subject == "Bis bald, A <b>&</b> B"
    assert mail.text == "Wir rufen an: 10:00 Uhr.\nA <b>&</b> B\n"  # plain text is not escaped
    assert mail.html == "<p>Guten Tag A &lt;b&gt;&amp;&lt;/b&gt; B</p>\n"
    # other templates and the other language still come from the package
    assert render("video_link", sample_context("video_link"), override_dir=tmp_path).subject
    english = render("reminder_phone", context, language="en", override_dir=tmp_path)
    assert english.subject.startswith("Reminder")


def test_override_without_subject_line_is_refused(tmp_path: Path) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "reminder_phone.txt").write_text("Hallo\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="Subject"):
        render("reminder_phone", sample_context("reminder_phone"), override_dir=tmp_path)


def test_sandbox_keeps_templates_away_from_python_internals(tmp_path: Path) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "reminder_phone.txt").write_text(
        "Subject: x\n\n{{ patient_name.__class__.__mro__[1].__subclasses__() }}\n", encoding="utf-8"
    )
    with pytest.raises(TemplateError, match=r"Security|unsafe"):
        render("reminder_phone", sample_context("reminder_phone"), override_dir=tmp_path)
