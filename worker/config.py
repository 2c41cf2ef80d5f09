"""The TOML config file, read into frozen dataclasses and validated at start.

Every error names the key and the problem in one line (`mailbox.port: expected an
integer 1-65535, got "abc"`), so `praxis-worker` can exit with code 2 and a message
the practice's IT helper can act on. Secrets never come from this file: passwords are
read from a file, an environment variable or a systemd credential, and only when a
command actually needs them.
"""

from __future__ import annotations

import codecs
import difflib
import os
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rules.addresses import InvalidAddress, canonical_address
from rules.due import ScheduleSettings
from rules.models import FormsPolicy, Kind, TelemedicinePolicy, TelemedicineProfile, Treatment
from worker.errors import ConfigError
from worker.net import SECURITY_MODES, Security, is_private_transport, security_problem

SECTIONS = ("practice", "mailbox", "smtp", "state", "appointments", "schedule", "telemedicine",
            "forms")  # fmt: skip
DEFAULT_LOCATIONS = (Path("praxis-worker.toml"), Path("/etc/praxis-worker/config.toml"))
BUNDESLAENDER = (
    "BB", "BE", "BW", "BY", "HB", "HE", "HH", "MV", "NI", "NW", "RP", "SH", "SL", "SN", "ST", "TH"
)  # fmt: skip

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Secret:
    """Where a password lives; read only when a command needs it."""

    key: str  # e.g. "mailbox.password", for messages
    credential: str  # systemd credential name ($CREDENTIALS_DIRECTORY/<name>)
    file: Path | None = None
    env: str | None = None

    def read(self) -> str:
        if self.file is not None:
            return _read_secret_file(self.file, f"{self.key}_file")
        if self.env is not None:
            value = os.environ.get(self.env)
            if not value:
                # The variable's name is not shown: a password put there by mistake must
                # not end up on a screen or in a log.
                raise ConfigError(
                    f"{self.key}_env: the environment variable named there is not set or empty"
                )
            return value
        credentials = os.environ.get("CREDENTIALS_DIRECTORY")
        if credentials:
            path = Path(credentials) / self.credential
            if path.exists():
                return _read_secret_file(path, f"systemd credential {self.credential}")
        raise ConfigError(
            f"{self.key}: no password given; set {self.key}_file or {self.key}_env, "
            f"or pass the systemd credential '{self.credential}' (LoadCredential=)"
        )

    @property
    def configured(self) -> bool:
        return self.file is not None or self.env is not None


def _read_secret_file(path: Path, what: str) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        # The path is not shown: a password put into password_file by mistake would be.
        raise ConfigError(f"{what}: cannot read the file named there ({exc.strerror})") from exc
    value = text.strip("\r\n")
    if not value:
        raise ConfigError(f"{what}: the file named there is empty")
    return value


# Each default is written once: in these dataclasses, or for what the rules use in the rules'
# own settings types (ScheduleSettings, TelemedicinePolicy, FormsPolicy). The parser below
# reads its defaults from instances of them, never repeats one.
_TIMING = ScheduleSettings()


@dataclass(frozen=True, slots=True, kw_only=True)
class PracticeConfig:
    name: str = "Praxis"
    address: str = ""
    staff: tuple[str, ...] = ()
    timezone: str = _TIMING.timezone
    language: str = _TIMING.language
    region: str = _TIMING.region  # Bundesland, for public holidays
    templates_dir: Path | None = None
    phone: str = ""  # shown in every patient mail's footer
    postal_address: str = ""  # street, postcode and town, in every patient mail's footer

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2]


@dataclass(frozen=True, slots=True, kw_only=True)
class MailboxConfig:
    type: str = "imap"
    host: str = ""
    port: int = 993
    security: Security = "tls"
    ca_file: Path | None = None
    username: str = ""
    password: Secret = field(default_factory=lambda: Secret("mailbox.password", "imap"))
    folder: str = "INBOX"
    processed_folder: str = "Verarbeitet"
    idle: bool = True
    poll_seconds: int = 60
    trusted_authserv_id: str = ""  # our provider's id in Authentication-Results
    accept_unauthenticated: bool = False  # deliberately believe every From address
    max_message_mb: int = 25
    path: Path | None = None
    shadow: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SmtpConfig:
    type: str = "smtp"
    host: str = ""
    port: int = 465
    security: Security = "tls"
    ca_file: Path | None = None
    username: str = ""
    password: Secret = field(default_factory=lambda: Secret("smtp.password", "smtp"))
    path: Path | None = None
    # smtp.max_per_recipient_per_day is read into Config.schedule (the rules apply it).


DEFAULT_STATE_DIR = Path("/var/lib/praxis-worker")


@dataclass(frozen=True, slots=True, kw_only=True)
class StateConfig:
    path: Path = DEFAULT_STATE_DIR / "state.db"
    attachments_dir: Path = DEFAULT_STATE_DIR / "attachments"
    retention_days: int = 400


@dataclass(frozen=True, slots=True)
class SourceFile:
    """An appointment file re-imported every cycle (`[appointments] sources`)."""

    path: Path
    encoding: str | None = None  # None: UTF-8 if valid, else cp1252 (worker/adapters/booking_files)


@dataclass(frozen=True, slots=True, kw_only=True)
class CalendarSource:
    """A live calendar read as an appointment source (`[[appointments.calendars]]`,
    worker/cycle/calendar_sources.py): an iCalendar URL or a CalDAV calendar collection."""

    name: str
    url: str  # "" when the address is itself a secret (url_file/url_env): see `address`
    type: str = "ics"  # "ics": one GET of an .ics URL; "caldav": a CalDAV collection
    url_secret: Secret | None = None  # a "secret address" (a token in the URL)
    username: str = ""
    password: Secret = field(default_factory=lambda: Secret("password", "calendar"))
    ca_file: Path | None = None
    timeout_seconds: int = 30
    interval_minutes: int = 5  # the worker reads it at most this often; 0: every cycle

    def address(self) -> str:
        """The URL, read from its file or variable when it is a secret; checked again."""
        if self.url_secret is None:
            return self.url
        url = self.url_secret.read().strip()
        if problem := _calendar_url(url):
            raise ConfigError(f"{self.url_secret.key}: {problem.replace(url, '(not shown)')}")
        return url

    @property
    def shown(self) -> str:
        """How messages name it: the name and the host, never a path (it may hold a token)."""
        host = urlsplit(self.url).hostname if self.url else None
        return f'calendar "{self.name}"' + (f" ({host})" if host else "")


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    practice: PracticeConfig
    mailbox: MailboxConfig
    smtp: SmtpConfig
    state: StateConfig
    sources: tuple[SourceFile, ...]
    schedule: ScheduleSettings  # [schedule] plus the practice facts and the daily cap
    telemedicine: TelemedicinePolicy
    forms: FormsPolicy
    path: Path | None = None  # the file it was read from
    calendars: tuple[CalendarSource, ...] = ()


# --- locating and reading ------------------------------------------------------------


def find_config_path(explicit: str | None) -> Path:
    """--config, else $PRAXIS_WORKER_CONFIG, else ./praxis-worker.toml, else /etc/..."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get("PRAXIS_WORKER_CONFIG")
    if from_env:
        return Path(from_env)
    for candidate in DEFAULT_LOCATIONS:
        if candidate.exists():
            return candidate
    looked = ", ".join(str(p) for p in DEFAULT_LOCATIONS)
    raise ConfigError(f"no config file found (give --config PATH; looked at {looked})")


def load_config(path: Path) -> Config:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: the config file is not UTF-8") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return parse_config(data, base_dir=path.resolve().parent, source=path)


def parse_config(data: Mapping[str, Any], *, base_dir: Path, source: Path | None = None) -> Config:
    """Validate a parsed TOML document; relative paths are taken from `base_dir`."""
    root = _Table("", dict(data), base_dir)
    # A misspelt section is the likeliest cause of every later "required": name it first.
    root.known.update(SECTIONS)
    root.finish()
    with root.table("practice") as t:
        practice = _practice(t)
    with root.table("mailbox") as t:
        mailbox = _mailbox(t)
    with root.table("smtp") as t:
        smtp, cap = _smtp(t)
    with root.table("state") as t:
        d = StateConfig()
        state = StateConfig(
            path=t.path("path", d.path),
            attachments_dir=t.path("attachments_dir", d.attachments_dir),
            retention_days=t.integer("retention_days", d.retention_days, minimum=1, maximum=36_500),
        )
    with root.table("appointments") as t:
        sources = _sources(t)
        calendars = _calendars(t)
    with root.table("schedule") as t:
        schedule = _schedule(t, practice=practice, cap=cap)
    with root.table("telemedicine") as t:
        tele = TelemedicinePolicy()
        telemedicine = TelemedicinePolicy(
            gkv=t.treatments("gkv", tele.gkv),
            private=t.treatments("private", tele.private),
            video_hosts=tuple(
                h.strip(".").lower()
                for h in t.str_list(
                    "video_hosts", tele.video_hosts, check=_host_name, what="a host name"
                )
            ),
            profile=TelemedicineProfile(
                t.choice("profile", tele.profile.value, tuple(p.value for p in TelemedicineProfile))
            ),
            consent_form=t.string("consent_form", tele.consent_form),
            positions=_positions(t),
        )
    with root.table("forms") as t:
        forms = _forms(t)
    root.finish()
    return Config(
        practice=practice,
        mailbox=mailbox,
        smtp=smtp,
        state=state,
        sources=sources,
        schedule=schedule,
        telemedicine=telemedicine,
        forms=forms,
        path=source,
        calendars=calendars,
    )


def _sources(t: _Table) -> tuple[SourceFile, ...]:
    """`sources = ["termine.csv", {path = "export.csv", encoding = "cp1252"}]`."""
    found = []
    for index, entry in enumerate(t._list("sources") or []):
        key = f"sources[{index}]"
        if isinstance(entry, str):
            entry = {"path": entry}
        if not isinstance(entry, dict):
            raise t.error(key, f'expected a file path or {{path = "...", encoding = "..."}}, '
                          f"got {_show(entry)}")  # fmt: skip
        unknown = sorted(set(entry) - {"path", "encoding"})
        if unknown:
            raise t.error(f"{key}.{unknown[0]}", "unknown key (known: path, encoding)")
        path, encoding = entry.get("path"), entry.get("encoding")
        if not isinstance(path, str) or not path.strip():
            raise t.error(f"{key}.path", f"expected a file path, got {_show(path)}")
        if encoding is not None:
            if not isinstance(encoding, str):
                raise t.error(f"{key}.encoding", f"expected a string, got {_show(encoding)}")
            try:
                encoding = codecs.lookup(encoding).name
            except LookupError:
                raise t.error(
                    f"{key}.encoding", f'unknown encoding "{encoding}" (e.g. utf-8, cp1252)'
                ) from None
        found.append(SourceFile(t.resolve(Path(path)), encoding))
    return tuple(found)


_CALENDAR_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def _calendars(t: _Table) -> tuple[CalendarSource, ...]:
    """`[[appointments.calendars]]` tables: name, url, type, username, password_file/_env
    (or the systemd credential calendar-NAME), ca_file, timeout_seconds, interval_minutes."""
    d = CalendarSource(name="", url="")  # the defaults
    found: list[CalendarSource] = []
    for index, entry in enumerate(t._list("calendars") or []):
        if not isinstance(entry, dict):
            raise t.error(
                f"calendars[{index}]",
                f"expected a table [[appointments.calendars]], got {_show(entry)}",
            )
        c = _Table(f"{t.prefix}calendars[{index}].", entry, t.base_dir)
        name = c.string("name", "")
        if not _CALENDAR_NAME.match(name):
            raise c.error(
                "name", f"required: a short name (letters, digits, - _ .), got {_show(name)}"
            )
        if any(other.name == name for other in found):
            raise c.error("name", f'"{name}" names two calendars')
        url = c.string("url", "")
        url_secret = None
        if c._get("url_file") is not None or c._get("url_env") is not None:
            if url:
                raise c.error("url", "give either url or url_file/url_env, not both")
            url_secret = c.secret("url", f"calendar-{name}-url")
        elif problem := _calendar_url(url):
            raise c.error("url", problem)
        calendar = CalendarSource(
            name=name,
            url=url,
            url_secret=url_secret,
            type=c.choice("type", d.type, ("ics", "caldav")),
            username=c.string("username", ""),
            password=c.secret("password", f"calendar-{name}"),
            ca_file=c.path("ca_file", None),
            timeout_seconds=c.integer("timeout_seconds", d.timeout_seconds, minimum=1, maximum=300),
            interval_minutes=c.integer(
                "interval_minutes", d.interval_minutes, minimum=0, maximum=1440
            ),
        )
        c.finish()
        found.append(calendar)
    return tuple(found)


def _calendar_url(url: str) -> str | None:
    """Patient data travel encrypted: https, or http only to this machine."""
    if not url:
        return 'required (e.g. "https://kalender.example.de/praxis.ics")'
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError:
        return "not a URL (value not shown)"
    if parts.username or parts.password or "@" in parts.netloc:
        return (
            "no user name or password in the URL (value not shown); use username and password_file"
        )
    if parts.scheme not in ("https", "http") or not hostname:
        return f"expected an https:// URL, got {_show(url)}"
    if not is_private_transport(parts.scheme, hostname):
        return "http:// sends patient data unencrypted; use https:// (http only to localhost)"
    return None


def _practice(t: _Table) -> PracticeConfig:
    d = PracticeConfig()
    timezone = t.string("timezone", d.timezone)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise t.error("timezone", f"unknown time zone {timezone!r}") from exc
    templates_dir = t.string("templates_dir", "")
    return PracticeConfig(
        name=t.string("name", d.name, check=_nonempty),
        address=t.address("address", required=True),
        staff=tuple(
            canonical_address(a)
            for a in t.str_list("staff", (), check=_email, what="an e-mail address")
        ),
        timezone=timezone,
        language=t.choice("language", d.language, ("de", "en")),
        region=t.choice("region", d.region, BUNDESLAENDER),
        templates_dir=t.resolve(Path(templates_dir)) if templates_dir else None,
        phone=t.string("phone", "").strip(),
        postal_address=t.string("postal_address", "").strip(),
    )


def _mailbox(t: _Table) -> MailboxConfig:
    d = MailboxConfig()
    kind = t.choice("type", d.type, ("imap", "maildir"))
    if kind == "maildir":
        path = t.path("path", None)
        if path is None:
            raise t.error("path", 'required when type = "maildir"')
        t.ignore_remote_keys()
        return MailboxConfig(
            type=kind,
            path=path,
            folder=t.string("folder", d.folder),
            processed_folder=t.string("processed_folder", d.processed_folder, check=_nonempty),
            max_message_mb=t.integer("max_message_mb", d.max_message_mb, minimum=1, maximum=1024),
            **_trust(t),
            poll_seconds=t.integer("poll_seconds", d.poll_seconds, minimum=5, maximum=3600),
            shadow=t.boolean("shadow", d.shadow),
        )
    host, security = _remote(t, default_security=d.security)
    if not t.string("username", ""):
        raise t.error("username", "required (the IMAP login)")
    return MailboxConfig(
        type=kind,
        host=host,
        port=t.integer("port", d.port, minimum=1, maximum=65535),
        security=security,
        ca_file=t.path("ca_file", None),
        username=t.string("username", "", check=_nonempty),
        password=t.secret("password", "imap"),
        folder=t.string("folder", d.folder, check=_nonempty),
        processed_folder=t.string("processed_folder", d.processed_folder, check=_nonempty),
        idle=t.boolean("idle", d.idle),
        poll_seconds=t.integer("poll_seconds", d.poll_seconds, minimum=5, maximum=3600),
        **_trust(t),
        max_message_mb=t.integer("max_message_mb", d.max_message_mb, minimum=1, maximum=1024),
        shadow=t.boolean("shadow", d.shadow),
    )


def _trust(t: _Table) -> dict[str, Any]:
    """Whose From address a confirmation may rest on: the mail provider's authserv-id
    (Authentication-Results), or - deliberately - anybody's."""
    authserv_id = t.string("trusted_authserv_id", "", check=_authserv_id).strip()
    accept = t.boolean("accept_unauthenticated", False)
    if authserv_id and accept:
        raise t.error(
            "accept_unauthenticated",
            "contradicts trusted_authserv_id (with an authserv-id every confirmation must "
            "pass it); set only one of them",
        )
    return {"trusted_authserv_id": authserv_id, "accept_unauthenticated": accept}


def _smtp(t: _Table) -> tuple[SmtpConfig, int]:
    """The [smtp] table, and its max_per_recipient_per_day (a rule: Config.schedule)."""
    d = SmtpConfig()
    kind = t.choice("type", d.type, ("smtp", "maildir"))
    cap = t.integer(
        "max_per_recipient_per_day", _TIMING.max_per_recipient_per_day, minimum=1, maximum=100
    )
    if kind == "maildir":
        path = t.path("path", None)
        if path is None:
            raise t.error("path", 'required when type = "maildir"')
        t.ignore_remote_keys()
        return SmtpConfig(type=kind, path=path), cap
    host, security = _remote(t, default_security=d.security)
    username = t.string("username", "")
    smtp = SmtpConfig(
        type=kind,
        host=host,
        port=t.integer("port", d.port, minimum=1, maximum=65535),
        security=security,
        ca_file=t.path("ca_file", None),
        username=username,
        password=t.secret("password", "smtp"),
    )
    return smtp, cap


def _remote(t: _Table, *, default_security: Security) -> tuple[str, Security]:
    host = t.string("host", "", check=_nonempty)
    if not host:
        raise t.error("host", "required")
    security = cast(Security, t.choice("security", default_security, SECURITY_MODES))
    if problem := security_problem(security, host):
        raise t.error("security", problem)
    return host, security


def _schedule(t: _Table, *, practice: PracticeConfig, cap: int) -> ScheduleSettings:
    """[schedule], read straight into the rules' settings (with the practice's zone,
    region and language, and the daily cap from [smtp])."""
    d = _TIMING
    hours = t.int_list(
        "reminders_before_hours", d.reminders_before_hours, minimum=1, maximum=24 * 14
    )
    return ScheduleSettings(
        reminders_before_hours=tuple(sorted(set(hours), reverse=True)),
        forms_request_days_before=tuple(
            sorted(set(t.int_list("forms_request_days_before", d.forms_request_days_before,
                                  minimum=0, maximum=60)),
                   reverse=True)
        ),
        confirmation_request_after_minutes=t.integer(
            "confirmation_request_after_minutes", d.confirmation_request_after_minutes,
            minimum=0, maximum=7 * 24 * 60
        ),
        confirmation_reminder_after_days=tuple(
            sorted(set(t.int_list("confirmation_reminder_after_days",
                                  d.confirmation_reminder_after_days, minimum=1, maximum=60)))
        ),
        digest_at=t.clock("digest_at", d.digest_at),
        quiet_hours=t.quiet_hours("quiet_hours", d.quiet_hours),
        receipts=t.boolean("receipts", d.receipts),
        alert_missing_forms_hours_before=t.integer(
            "alert_missing_forms_hours_before", d.alert_missing_forms_hours_before, minimum=0,
            maximum=24 * 30
        ),
        alert_missing_link_hours_before=t.integer(
            "alert_missing_link_hours_before", d.alert_missing_link_hours_before, minimum=0,
            maximum=24 * 30
        ),
        clarify=t.boolean("clarify", d.clarify),
        timezone=practice.timezone,
        region=practice.region,
        language=practice.language,
        max_per_recipient_per_day=cap,
    )  # fmt: skip


_FORM_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


def _positions(t: _Table) -> dict[str, str]:
    """[telemedicine.positions.gkv] / [...private]: `video_KG = "..."` (kind_treatment)
    -> {"gkv.video.KG": "..."}; the Heilmittel position numbers for the billing CSV."""
    result: dict[str, str] = {}
    with t.table("positions") as positions:
        for insurance in ("gkv", "private"):
            with positions.table(insurance) as table:
                for key, number in table.string_map().items():
                    kind, _, treatment = key.partition("_")
                    if kind not in {k.value for k in Kind} or treatment not in set(Treatment):
                        raise table.error(key, "expected KIND_TREATMENT, e.g. video_KG or phone_MT")
                    result[f"{insurance}.{kind}.{treatment}"] = number.strip()
    return result


def _forms(t: _Table) -> FormsPolicy:
    d = FormsPolicy()
    new_patient = tuple(t.str_list("new_patient", d.new_patient, check=_form_key,
                                   what="a form key (a-z, 0-9, _)"))  # fmt: skip
    video = tuple(t.str_list("video_existing_patient", d.video_existing_patient, check=_form_key,
                             what="a form key (a-z, 0-9, _)"))  # fmt: skip
    keys = dict.fromkeys(new_patient + video)
    fill_in = tuple(t.str_list("fill_in", d.fill_in, check=_form_key,
                               what="a form key (a-z, 0-9, _)"))  # fmt: skip
    with t.table("names") as names_table:
        names = {**DEFAULT_FORM_NAMES, **names_table.string_map()}
    with t.table("keywords") as kw_table:
        keywords = {**DEFAULT_FORM_KEYWORDS, **kw_table.list_map()}
    with t.table("files") as files_table:
        files = {k: str(files_table.resolve(Path(v))) for k, v in files_table.string_map().items()}
    with t.table("links") as links_table:
        links = links_table.string_map()
    for key in keys:
        if key not in keywords:
            raise t.error(f"keywords.{key}", "every required form needs keywords to be recognised")
        names.setdefault(key, key)
    for key, link in links.items():
        if not link.startswith(("https://", "http://")):
            raise t.error(f"links.{key}", f"expected an http(s) address, got {_show(link)}")
    for what, table in (("files", files), ("links", links)):
        for key in table:
            if key not in keys:
                raise t.error(f"{what}.{key}", "not in new_patient or video_existing_patient")
    return FormsPolicy(
        new_patient=new_patient,
        video_existing_patient=video,
        names=names,
        keywords={k: tuple(w.casefold() for w in v) for k, v in keywords.items()},
        files=files,
        links=links,
        fill_in=fill_in,
    )


# The default forms' display names and keywords (FormsPolicy holds the default keys).
DEFAULT_FORM_NAMES = {
    "anamnese": "Anamnesebogen",
    "datenschutz": "Datenschutzerklärung",
    "einwilligung_tele": "Einwilligung zur Telebehandlung",
    "datenschutz_video": "Datenschutzinformation Videobehandlung",
}
DEFAULT_FORM_KEYWORDS: dict[str, tuple[str, ...]] = {
    "anamnese": ("anamnese", "fragebogen", "patientenbogen"),
    "datenschutz": ("datenschutzerkl", "dsgvo"),
    "einwilligung_tele": ("einwilligung", "telebehandlung", "telemedizin"),
    "datenschutz_video": ("datenschutzinformation", "videobehandlung", "video"),
}


# --- validation helpers --------------------------------------------------------------


def _host_name(value: str) -> str | None:
    """A bare host name ("redmedical.de"), no scheme, path or port."""
    host = value.strip(".").lower()
    if not host or not all(part and part.replace("-", "").isalnum() for part in host.split(".")):
        return 'expected a host name such as "redmedical.de"'
    return None


def _nonempty(value: str) -> str | None:
    return None if value.strip() else "must not be empty"


def _authserv_id(value: str) -> str | None:
    if not value.strip():
        return None
    if not _AUTHSERV_ID.match(value.strip()):
        return (
            "expected the server name that opens the Authentication-Results header "
            '(e.g. "mx.example.de"), without ";" or spaces'
        )
    return None


_AUTHSERV_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-_]*$")


def _email(value: str) -> str | None:
    try:
        canonical_address(value)
    except InvalidAddress as exc:
        return f"not a valid e-mail address ({exc})"
    return None


def _form_key(value: str) -> str | None:
    return None if _FORM_KEY.match(value) else "use lower-case letters, digits and _"


_REMOTE_ONLY = ("host", "port", "security", "ca_file", "username", "password_file",
                "password_env", "idle")  # fmt: skip


class _Table:
    """One TOML table being read: typed getters that name the key in every error."""

    def __init__(self, prefix: str, data: dict[str, Any], base_dir: Path) -> None:
        self.prefix = prefix
        self.data = data
        self.base_dir = base_dir
        self.known: set[str] = set()

    def error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.prefix}{key}: {problem}")

    def _get(self, key: str) -> Any:
        self.known.add(key)
        return self.data.get(key)

    @contextmanager
    def table(self, key: str) -> Iterator[_Table]:
        value = self._get(key)
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise self.error(key, f"expected a table [{self.prefix}{key}], got {_show(value)}")
        sub = _Table(f"{self.prefix}{key}.", value, self.base_dir)
        yield sub
        sub.finish()

    def finish(self) -> None:
        for key in self.data:
            if key in self.known:
                continue
            hint = difflib.get_close_matches(key, sorted(self.known), n=1)
            suffix = f" (did you mean {self.prefix}{hint[0]}?)" if hint else ""
            raise ConfigError(f"{self.prefix}{key}: unknown key{suffix}")

    def ignore_remote_keys(self) -> None:
        """Server keys are harmless beside type = "maildir" (an example config keeps them)."""
        self.known.update(_REMOTE_ONLY)

    def string(
        self, key: str, default: str, *, check: Callable[[str], str | None] | None = None
    ) -> str:
        value = self._get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.error(key, f"expected a string, got {_show(value)}")
        if check is not None and (problem := check(value)):
            raise self.error(key, problem)
        return value

    def choice(self, key: str, default: str, allowed: tuple[str, ...]) -> str:
        value = self.string(key, default)
        if value not in allowed:
            options = ", ".join(f'"{a}"' for a in allowed)
            raise self.error(key, f"expected one of {options}, got {_show(value)}")
        return value

    def address(self, key: str, *, required: bool) -> str:
        value = self.string(key, "")
        if not value:
            if required:
                raise self.error(key, "required (the practice mailbox address)")
            return value
        if problem := _email(value):
            raise self.error(key, problem)
        return canonical_address(value)

    def integer(self, key: str, default: int, *, minimum: int, maximum: int) -> int:
        value = self._get(key)
        if value is None:
            return default
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not (minimum <= value <= maximum)
        ):
            raise self.error(key, f"expected an integer {minimum}-{maximum}, got {_show(value)}")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self._get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.error(key, f"expected true or false, got {_show(value)}")
        return value

    def _list(self, key: str) -> list[Any] | None:
        value = self._get(key)
        if value is None:
            return None
        if not isinstance(value, list):
            raise self.error(key, f"expected a list, got {_show(value)}")
        return value

    def int_list(
        self, key: str, default: tuple[int, ...], *, minimum: int, maximum: int
    ) -> tuple[int, ...]:
        values = self._list(key)
        if values is None:
            return default
        for v in values:
            if isinstance(v, bool) or not isinstance(v, int) or not minimum <= v <= maximum:
                raise self.error(
                    key, f"expected a list of integers {minimum}-{maximum}, got {_show(v)}"
                )
        return tuple(values)

    def str_list(
        self,
        key: str,
        default: tuple[str, ...],
        *,
        check: Callable[[str], str | None],
        what: str,
    ) -> tuple[str, ...]:
        values = self._list(key)
        if values is None:
            return default
        for v in values:
            if not isinstance(v, str):
                raise self.error(key, f"expected a list of strings, got {_show(v)}")
            if problem := check(v):
                raise self.error(key, f"{_show(v)} is not {what}: {problem}")
        return tuple(values)

    def treatments(self, key: str, default: tuple[Treatment, ...]) -> tuple[Treatment, ...]:
        names = [t.value for t in Treatment]
        values = self.str_list(
            key,
            tuple(t.value for t in default),
            check=lambda v: None if v in names else f"known treatments: {', '.join(names)}",
            what="a treatment",
        )
        return tuple(Treatment(v) for v in values)

    def string_map(self) -> dict[str, str]:
        result = {}
        for key in list(self.data):
            result[key] = self.string(key, "", check=_nonempty)
        return result

    def list_map(self) -> dict[str, tuple[str, ...]]:
        result = {}
        for key in list(self.data):
            words = self.str_list(key, (), check=_nonempty, what="a keyword")
            if not words:
                raise self.error(key, "needs at least one keyword")
            result[key] = words
        return result

    def clock(self, key: str, default: time) -> time:
        value = self.string(key, "")
        if not value:
            return default
        parsed = _parse_clock(value)
        if parsed is None:
            raise self.error(key, f'expected a time "HH:MM", got {_show(value)}')
        return parsed

    def quiet_hours(self, key: str, default: tuple[time, time]) -> tuple[time, time]:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, str) and value.strip() == "":
            return (time(0, 0), time(0, 0))  # empty: no quiet hours
        parts = value.split("-") if isinstance(value, str) else []
        clocks = [_parse_clock(p.strip()) for p in parts]
        if len(clocks) != 2 or clocks[0] is None or clocks[1] is None:
            raise self.error(
                key, f'expected "HH:MM-HH:MM" (e.g. "21:00-07:00"), got {_show(value)}'
            )
        return (clocks[0], clocks[1])

    def path(self, key: str, default: T) -> Path | T:
        value = self.string(key, "")
        if not value:
            return default
        return self.resolve(Path(value))

    def resolve(self, path: Path) -> Path:
        path = path.expanduser()
        return path if path.is_absolute() else self.base_dir / path

    def secret(self, key: str, credential: str) -> Secret:
        if self._get(key) is not None:
            raise self.error(
                key,
                "passwords are never read from the config file; use "
                f"{key}_file, {key}_env or the systemd credential '{credential}'",
            )
        file_name = self._secret_setting(f"{key}_file")
        file = self.resolve(Path(file_name)) if file_name else None
        env = self._secret_setting(f"{key}_env")
        if env and not _ENV_NAME.match(env):
            raise self.error(
                f"{key}_env",
                "not the name of an environment variable (value not shown; if it is the "
                "password itself, put it into that variable or a file, never into the config)",
            )
        if file is not None and env:
            raise self.error(f"{key}_file", f"give either {key}_file or {key}_env, not both")
        return Secret(f"{self.prefix}{key}", credential, file=file, env=env or None)

    def _secret_setting(self, key: str) -> str:
        """A password_file/password_env value; never shown in a message (it may be the
        password itself, put into the wrong key)."""
        value = self._get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.error(key, "expected a string (value not shown: it may be a password)")
        return value


_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _parse_clock(value: str) -> time | None:
    match = _CLOCK.match(value)
    return time(int(match[1]), int(match[2])) if match else None


def _show(value: object) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)
