"""Rendering a mail from its template: subject, plain text and optional HTML.

Each mail is one file per language, `<language>/<name>.txt`, whose first line is
`Subject: ...` followed by an empty line and the body; an optional `<name>.html` beside
it becomes the HTML alternative (autoescaped; plain text is never escaped). Files whose
name starts with `_` are shared pieces for `{% include %}`. A practice overrides any
file by putting one of the same name into `<templates_dir>/<language>/`.

Dates are written as people write them, via Babel in the practice's time zone:
`datetime_long` "Montag, 6. April 2026, 10:00 Uhr" / "Monday, 6 April 2026, 10:00",
`date_long` "Montag, 6. April 2026", `date_short` "06.04.2026" / "6 April 2026",
`time_short` "10:00 Uhr", `join_and` "A, B und C".
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, format_time
from babel.lists import format_list
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
    select_autoescape,
)
from jinja2.sandbox import SandboxedEnvironment

from mail_templates.names import LANGUAGES, STAFF_LANGUAGE, STAFF_MAIL, TEMPLATE_NAMES

PACKAGE_DIR = Path(__file__).resolve().parent

_PATTERNS = {
    "de": {
        "datetime_long": "EEEE, d. MMMM y, HH:mm 'Uhr'",
        "date_long": "EEEE, d. MMMM y",
        "date_short": "dd.MM.y",
        "time_short": "HH:mm 'Uhr'",
    },
    "en": {
        "datetime_long": "EEEE, d MMMM y, HH:mm",
        "date_long": "EEEE, d MMMM y",
        "date_short": "d MMMM y",
        "time_short": "HH:mm",
    },
}


class TemplateError(Exception):
    """A template is missing, malformed, or needs data the context does not have."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderedMail:
    subject: str
    text: str
    html: str | None = None


def render(
    name: str,
    context: Mapping[str, object],
    *,
    language: str = "de",
    override_dir: Path | None = None,
    timezone: str = "Europe/Berlin",
) -> RenderedMail:
    """Render the mail `name` in `language`; pure apart from reading template files.

    Raises TemplateError for an unknown name or language, a template without its
    `Subject:` line, or a context lacking a variable the template uses (StrictUndefined).
    """
    if language not in LANGUAGES:
        raise TemplateError(f"no templates for language {language!r}")
    if name in STAFF_MAIL:
        language = STAFF_LANGUAGE  # see mail_templates/names.py
    if name.startswith("_") or "/" in name or "\\" in name:
        raise TemplateError(f"{name!r} is not a mail template name")
    env = _environment(language, str(override_dir) if override_dir else "", timezone)
    try:
        head, _, body = env.get_template(f"{name}.txt").render(context).partition("\n")
        html = _render_optional(env, f"{name}.html", context)
    except TemplateNotFound as exc:
        raise TemplateError(f"template {language}/{exc.name} not found") from exc
    except Exception as exc:  # jinja raises many types: UndefinedError, TemplateSyntaxError, ...
        raise TemplateError(f"template {language}/{name}: {type(exc).__name__}: {exc}") from exc
    label, colon, subject = head.partition(":")
    if not colon or label.strip().lower() != "subject" or not subject.strip():
        raise TemplateError(f"template {language}/{name}.txt must begin with 'Subject: ...'")
    return RenderedMail(subject=subject.strip(), text=body.lstrip("\n"), html=html)


def _render_optional(
    env: SandboxedEnvironment, filename: str, context: Mapping[str, object]
) -> str | None:
    try:
        template = env.get_template(filename)
    except TemplateNotFound:
        return None
    return template.render(context)


@functools.lru_cache(maxsize=16)
def _environment(language: str, override_dir: str, timezone: str) -> SandboxedEnvironment:
    loaders: list[BaseLoader] = []
    if override_dir:
        loaders.append(FileSystemLoader(Path(override_dir) / language))
    loaders.append(FileSystemLoader(PACKAGE_DIR / language))
    # Overrides come from the practice's admin; the sandbox still keeps a template
    # from reaching Python internals.
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html",), default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    zone = ZoneInfo(timezone)
    patterns = _PATTERNS[language]

    def datetime_long(value: datetime) -> str:
        return format_datetime(value, patterns["datetime_long"], tzinfo=zone, locale=language)

    def date_long(value: date | datetime) -> str:
        if isinstance(value, datetime):
            return format_datetime(value, patterns["date_long"], tzinfo=zone, locale=language)
        return format_date(value, patterns["date_long"], locale=language)

    def date_short(value: date | datetime) -> str:
        if isinstance(value, datetime):
            return format_datetime(value, patterns["date_short"], tzinfo=zone, locale=language)
        return format_date(value, patterns["date_short"], locale=language)

    def time_short(value: datetime) -> str:
        return format_time(value, patterns["time_short"], tzinfo=zone, locale=language)

    def join_and(values: list[str]) -> str:
        return format_list([str(v) for v in values], locale=language)

    env.filters.update(
        datetime_long=datetime_long,
        date_long=date_long,
        date_short=date_short,
        time_short=time_short,
        join_and=join_and,
    )
    return env


# --- sample data for `templates preview NAME` and the tests ---------------------------


def sample_context(name: str) -> dict[str, object]:
    """Realistic made-up data for rendering `name` (`templates preview NAME`)."""
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 4, 13, 10, 0, tzinfo=berlin)
    earlier = datetime(2026, 4, 9, 16, 30, tzinfo=berlin)
    practice = {
        "name": "Praxis Impulse",
        "address": "termine@praxis-impulse.de",
        "phone": "030 1234567",
        "postal_address": "Musterstraße 12, 10115 Berlin",
    }
    base: dict[str, object] = {"practice": practice, "patient_name": "Erika Mustermann"}
    video = {"start": start, "end": start.replace(minute=30), "kind": "video"}
    phone = {"start": start, "end": start.replace(minute=30), "kind": "phone"}
    access = {"video_access": "K7Q-42X-9PM", "video_is_url": False}
    samples: dict[str, dict[str, object]] = {
        "video_link": {"appointment": video, **access, "link_changed": False},
        "reminder_video": {"appointment": video, **access},
        "appointment_info": {"appointment": phone},
        "reminder_phone": {"appointment": phone},
        "forms_request": {
            "appointment": video,
            "forms": ["Anamnesebogen", "Einwilligung zur Telebehandlung"],
            "form_keys": ["anamnese", "einwilligung_tele"],
            "form_items": [
                {
                    "key": "anamnese",
                    "name": "Anamnesebogen",
                    "fill_in": True,
                    "attached": "Anamnesebogen.pdf",
                    "link": "",
                },
                {
                    "key": "einwilligung_tele",
                    "name": "Einwilligung zur Telebehandlung",
                    "fill_in": False,
                    "attached": "",
                    "link": "https://praxis-impulse.de/formulare/einwilligung.pdf",
                },
            ],
        },
        "confirmation_request": {
            "appointments": [
                {"start": earlier, "end": earlier.replace(hour=17), "kind": "phone"},
                video,
            ],
            "follow_up": False,
        },
        "confirmation_receipt": {"dates": [earlier.date(), start.date()]},
        "clarification": {
            "named_days": [earlier.date().replace(day=10)],
            "appointments": [
                {"start": earlier, "end": earlier.replace(hour=17), "kind": "phone"},
            ],
        },
        "appointment_moved": {"appointment": video, "previous_start": earlier},
        "appointment_cancelled": {"appointment": phone},
        "staff_reply": {
            "subject": "Re: Tagesbericht",
            "results": [
                {"line": "erledigt 12", "done": True, "text": "Prüfpunkt 12 ist erledigt."},
                {"line": "abgesagt 99", "done": False, "text": "Termin 99 gibt es nicht."},
            ],
            "not_understood": [{"line": "erledigt zwölf", "hint": "so: erledigt 12"}],
            "skipped": 0,
            "help": True,
            "help_lines": ["Befehle: erledigt 12"],
            "forms": {"anamnese": "Anamnesebogen"},
        },
        "staff_alert": {
            "items": [
                {
                    "title": "Videolink fehlt für den Termin am 13.04.2026, 10:00 Uhr",
                    "detail": "Termin 17, Patient 4: bitte bei Redmedical anlegen.",
                },
                {"title": "Unzustellbar: Adresse von Patient 9", "detail": ""},
            ],
            "total": 2,
            "more": 0,
        },
    }
    if name not in samples:
        raise TemplateError(f"no sample data for {name!r}; known: {', '.join(TEMPLATE_NAMES)}")
    return {**base, **samples[name]}
