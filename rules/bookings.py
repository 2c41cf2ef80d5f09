"""Reading a booking as the practice writes it (CLI, CSV row, calendar event).

Everything a booking can get wrong is caught here, with a reason staff understand:
unknown kinds, bad addresses, times that do not exist on the practice's clock, and
treatments the telemedicine rule does not allow.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from rules.addresses import InvalidAddress, canonical_address
from rules.models import Insurance, Kind, TelemedicinePolicy, Treatment
from rules.telemedicine import refusal_reason, video_link_problem

DEFAULT_DURATION_MINUTES = 30
CSV_COLUMNS = (
    "external_id", "name", "email", "start", "duration", "kind", "treatment", "insurance",
    "new_patient", "video_link", "prescription",
)  # fmt: skip
REQUIRED_COLUMNS = ("name", "email", "start", "kind", "treatment", "insurance")

# Excel writes its booleans in the sheet's language: WAHR/FALSCH in a German one.
_TRUE = {"true", "wahr", "ja", "1", "yes", "j", "y", "x"}
_FALSE = {"false", "falsch", "nein", "0", "no", "n", ""}
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Dates ISO or German (05.03.2026, 05.03.26), times with or without seconds (Excel writes
# 11:30:00), date and time apart by a space or a "T".
_START_FORMATS = tuple(
    f"{day}{gap}{clock}"
    for day in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y")
    for gap in (" ", "T")
    for clock in ("%H:%M", "%H:%M:%S")
)
_DURATION = re.compile(
    r"(?P<minutes>\d{1,3})(?:[.,]0+)?(?:\s*min\.?)?"  # 30, 30,0, 30.0, 30 min
    r"|(?P<h>\d):(?P<m>[0-5]\d)(?::00)?"  # 0:30, 0:30:00 (a time-formatted cell)
)
# An appointment in the practice (in person, issue 15): words a calendar or sheet uses.
IN_PERSON_WORDS = frozenset(
    {"praxis", "in_person", "in-person", "vor ort", "vor-ort", "präsenz", "praesenz"}
)
_KIND_WORDS = {
    "phone": Kind.PHONE,
    "telefon": Kind.PHONE,
    "video": Kind.VIDEO,
    **dict.fromkeys(IN_PERSON_WORDS, Kind.PRAXIS),
}
_INSURANCE_WORDS = {
    "gkv": Insurance.GKV, "gesetzlich": Insurance.GKV, "kasse": Insurance.GKV,
    "private": Insurance.PRIVATE, "privat": Insurance.PRIVATE, "pkv": Insurance.PRIVATE,
}  # fmt: skip


class BookingError(ValueError):
    """A booking that cannot be accepted; the message says why, naming the field."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BookingRequest:
    name: str
    email: str  # normalised
    start: datetime  # aware, practice zone
    duration_minutes: int
    kind: Kind
    treatment: Treatment
    insurance: Insurance
    new_patient: bool = False
    video_link: str | None = None
    external_id: str | None = None
    cancelled: bool = False
    prescription_id: int | None = None  # the Verordnung it is booked against (issue 15)

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)


def localize(naive: datetime, zone: ZoneInfo) -> datetime:
    """Attach the practice's zone to a wall-clock time, refusing DST gaps and overlaps.

    02:30 on the last Sunday of March does not exist in Germany, and 02:30 on the last
    Sunday of October happens twice: a booking there is refused, not guessed.
    """
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    round_trip = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise BookingError(
            f"{naive:%d.%m.%Y %H:%M} does not exist in {zone.key} (clocks jump forward)"
        )
    if first.utcoffset() != second.utcoffset():
        raise BookingError(
            f"{naive:%d.%m.%Y %H:%M} happens twice in {zone.key} (clocks go back); "
            "choose another time"
        )
    return first


def parse_start(text: str, zone: ZoneInfo) -> datetime:
    """`YYYY-MM-DD HH:MM` or `DD.MM.YYYY HH:MM`, practice local time."""
    cleaned = " ".join(text.split())
    for fmt in _START_FORMATS:
        try:
            naive = datetime.strptime(cleaned, fmt)  # noqa: DTZ007 - localized just below
        except ValueError:
            continue
        return localize(naive, zone)
    raise BookingError(f'start: expected "YYYY-MM-DD HH:MM" or "DD.MM.YYYY HH:MM", got "{text}"')


def _email(text: str) -> str:
    """The patient's address in its canonical form (rules/addresses.py), or BookingError."""
    try:
        return canonical_address(text)
    except InvalidAddress as exc:
        raise BookingError(f'email: "{text}" is not a valid address ({exc})') from exc


def clean_text(text: str) -> str:
    """One line of text with control and bidi-override characters removed."""
    return " ".join(_CONTROL.sub(" ", text).split())


def parse_flag(text: str, field: str) -> bool:
    value = text.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise BookingError(
        f'{field}: expected true/false, ja/nein, wahr/falsch, x or 1/0, got "{text}"'
    )


def parse_duration(text: str) -> int:
    """Minutes as a spreadsheet writes them: `30`, `30,0` or `30.0`, `30 min`, or `0:30`
    (hours:minutes); empty means the default (30)."""
    value = text.strip()
    if not value:
        return DEFAULT_DURATION_MINUTES
    match = _DURATION.fullmatch(value.lower())
    if match is None:
        raise BookingError(f'duration: expected minutes (30, 30,0 or 0:30), got "{text}"')
    if match["minutes"] is not None:
        return int(match["minutes"])
    return int(match["h"]) * 60 + int(match["m"])


def build_booking(
    *,
    name: str,
    email: str,
    start: datetime,
    duration_minutes: int,
    kind: Kind,
    treatment: Treatment,
    insurance: Insurance,
    policy: TelemedicinePolicy,
    new_patient: bool = False,
    video_link: str | None = None,
    external_id: str | None = None,
    cancelled: bool = False,
) -> BookingRequest:
    """A checked booking; raises BookingError naming the field and the rule broken."""
    clean_name = clean_text(name)
    if not clean_name:
        raise BookingError("name: must not be empty")
    if not 5 <= duration_minutes <= 240:
        raise BookingError(f"duration: expected 5-240 minutes, got {duration_minutes}")
    # The telemedicine rule applies to phone and video; in the practice any treatment.
    if kind.is_remote and (reason := refusal_reason(treatment, insurance, policy)):
        raise BookingError(f"treatment: {reason}")
    link = clean_text(video_link) if video_link else None
    if link and kind is Kind.PHONE:
        raise BookingError("video_link: a phone appointment has no video link")
    if link and kind is Kind.PRAXIS:
        raise BookingError("video_link: an appointment in the practice has no video link")
    if link and (problem := video_link_problem(link, policy.video_hosts)):
        raise BookingError(f"video_link: {problem}")
    ext = clean_text(external_id) if external_id else None
    return BookingRequest(
        name=clean_name,
        email=_email(email),
        start=start,
        duration_minutes=duration_minutes,
        kind=kind,
        treatment=treatment,
        insurance=insurance,
        new_patient=new_patient,
        video_link=link or None,
        external_id=ext or None,
        cancelled=cancelled,
    )


def booking_warnings(start: datetime, *, now: datetime) -> tuple[str, ...]:
    """What staff should double-check about a booking they enter by hand (still booked).

    Practice rule: the practice does not treat on Sundays, and a start in the past is
    mostly a typo (a booking after the fact stays possible).
    """
    warnings = []
    if start.weekday() == 6:
        warnings.append(f"start {start:%d.%m.%Y %H:%M} is a Sunday")
    if start < now:
        warnings.append(f"start {start:%d.%m.%Y %H:%M} is in the past")
    return tuple(warnings)


def parse_kind(text: str) -> Kind:
    kind = _KIND_WORDS.get(text.strip().lower())
    if kind is None:
        raise BookingError(f'kind: expected phone, video or praxis (in person), got "{text}"')
    return kind


def parse_treatment(text: str) -> Treatment:
    try:
        return Treatment(text.strip().upper())
    except ValueError:
        raise BookingError(f'treatment: expected KG, MT or KGG, got "{text}"') from None


def parse_insurance(text: str) -> Insurance:
    insurance = _INSURANCE_WORDS.get(text.strip().lower())
    if insurance is None:
        raise BookingError(f'insurance: expected gkv or private, got "{text}"')
    return insurance


@dataclass(frozen=True, slots=True, kw_only=True)
class InPersonRow:
    """A CSV row of kind praxis in the short form earlier versions documented: email,
    start and prescription, without name, treatment or insurance. The shell completes it
    from the prescription and its patient (worker/cycle/importing.py) into a BookingRequest."""

    email: str  # normalised; must be an address of the prescription's patient
    start: datetime
    duration_minutes: int
    prescription_id: int
    external_id: str | None = None


def parse_csv_row(
    row: Mapping[str, str | None], *, zone: ZoneInfo, policy: TelemedicinePolicy
) -> BookingRequest | InPersonRow:
    """One CSV row (columns as in CSV_COLUMNS; missing optional ones are empty). A row of
    kind praxis with a prescription may leave name, treatment and insurance empty: they
    are the prescription's (InPersonRow)."""

    def value(column: str) -> str:
        return (row.get(column) or "").strip()

    short = ("name", "treatment", "insurance")
    if (
        value("kind").lower() in IN_PERSON_WORDS
        and value("prescription")
        and any(not value(column) for column in short)
    ):
        for column in ("email", "start"):
            if not value(column):
                raise BookingError(f"{column}: missing")
        if value("video_link"):
            raise BookingError("video_link: an appointment in the practice has no video link")
        return InPersonRow(
            email=_email(value("email")),
            start=parse_start(value("start"), zone),
            duration_minutes=parse_duration(value("duration")),
            prescription_id=parse_prescription_id(value("prescription")),
            external_id=clean_text(value("external_id")) or None,
        )
    for column in REQUIRED_COLUMNS:
        if not value(column):
            raise BookingError(f"{column}: missing")
    duration = parse_duration(value("duration"))
    request = build_booking(
        name=value("name"),
        email=value("email"),
        start=parse_start(value("start"), zone),
        duration_minutes=duration,
        kind=parse_kind(value("kind")),
        treatment=parse_treatment(value("treatment")),
        insurance=parse_insurance(value("insurance")),
        policy=policy,
        new_patient=parse_flag(value("new_patient"), "new_patient"),
        video_link=value("video_link") or None,
        external_id=value("external_id") or None,
    )
    if prescription := value("prescription"):
        request = replace(request, prescription_id=parse_prescription_id(prescription))
    return request


def parse_prescription_id(text: str) -> int:
    """A prescription id as `prescriptions add` printed it."""
    if not text.strip().isdigit() or int(text) < 1:
        raise BookingError(f'prescription: expected a prescription id (a number), got "{text}"')
    return int(text)
