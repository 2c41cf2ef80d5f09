"""Importing bookings from the practice's CSV exports and calendars (.ics).

Each row or event is checked and stored on its own, so one bad row is reported with its
line and reason while the good ones are imported. Upserting by external id makes a
re-import of the same file change nothing.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from rules.bookings import (
    CSV_COLUMNS,
    DEFAULT_DURATION_MINUTES,
    REQUIRED_COLUMNS,
    BookingError,
    BookingRequest,
    InPersonVisit,
    build_booking,
    localize,
    parse_csv_row,
    parse_in_person_row,
    parse_insurance,
)
from rules.changes import plan_moved_mail
from rules.due import DueMail
from rules.models import Insurance, Kind, TelemedicinePolicy, Treatment
from rules.telemedicine import prescription_refusals, visit_refusals
from state import appointments as appointment_store
from state import patients as patient_store
from state import prescriptions as prescription_store
from state.appointments import Booking, Upsert
from state.db import transaction
from worker.errors import ConfigError
from worker.outgoing import OutgoingSettings, enqueue_mail, random_token

MAX_IMPORT_BYTES = 20 * 1024 * 1024


@dataclass(slots=True)
class ImportReport:
    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_cancelled: int = 0  # file row changed after a local cancel: staff are told
    moved: int = 0  # start time changed: the patient is told ("Termin verlegt")
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)

    def summary(self) -> str:
        return (
            f"{self.source}: {self.added} added, {self.updated} updated, "
            f"{self.unchanged} unchanged, {len(self.refused)} refused"
            + (
                f", {self.kept_cancelled} kept cancelled (changed in the file after a"
                " cancel here; see review list)"
                if self.kept_cancelled
                else ""
            )
        )


def store_booking(
    conn: sqlite3.Connection,
    request: BookingRequest,
    *,
    now: datetime,
    local: bool = False,
    policy: TelemedicinePolicy | None = None,
) -> tuple[int, Upsert]:
    """Register the patient and upsert the appointment in one transaction; `local`: staff
    booked it here (`appointments add`), which wins over a file row (state.appointments).
    Booked against a prescription, its caps are checked first (BookingError when over)."""
    with transaction(conn):
        if request.prescription_id is not None:
            _check_prescription(conn, request, policy or TelemedicinePolicy())
        patient = patient_store.register_for_booking(
            conn,
            name=request.name,
            email=request.email,
            insurance=request.insurance,
            new_patient=request.new_patient,
            now=now,
        )
        appointment, outcome = appointment_store.upsert(
            conn,
            Booking(
                patient_id=patient.id,
                start=request.start,
                end=request.end,
                kind=request.kind,
                treatment=request.treatment,
                external_id=request.external_id,
                video_link=request.video_link,
                cancelled=request.cancelled,
                local=local,
            ),
            now=now,
        )
        if request.prescription_id is not None:
            prescription_store.link(conn, appointment.id, request.prescription_id)
    return appointment.id, outcome


def store_visit(conn: sqlite3.Connection, visit: InPersonVisit, *, now: datetime) -> bool:
    """Record a treatment given in the practice on its prescription (a unit used, no mail);
    False when that day was on file already. BookingError when the prescription refuses."""
    with transaction(conn):
        prescription = prescription_store.get(conn, visit.prescription_id)
        if prescription is None:
            raise BookingError(f"prescription: no prescription {visit.prescription_id}")
        patient = patient_store.find_by_address(conn, visit.email)
        if patient is None or patient.id != prescription.patient_id:
            raise BookingError(
                f"prescription {prescription.id}: belongs to another patient (email)"
            )
        booked = prescription_store.appointments_of(conn, prescription.id)
        if reasons := visit_refusals(prescription, booked, day=visit.day):
            raise BookingError(f"prescription {prescription.id}: " + "; ".join(reasons))
        return prescription_store.add_visit(
            conn, prescription.id, visit.day, now=now, external_id=visit.external_id
        )


def _check_prescription(
    conn: sqlite3.Connection, request: BookingRequest, policy: TelemedicinePolicy
) -> None:
    """Refuse a booking the prescription does not allow (rules.telemedicine), naming the rule."""
    assert request.prescription_id is not None
    prescription = prescription_store.get(conn, request.prescription_id)
    if prescription is None:
        raise BookingError(f"prescription: no prescription {request.prescription_id}")
    patient = patient_store.find_by_address(conn, request.email)
    same = (
        appointment_store.by_external_id(conn, request.external_id)
        if request.external_id is not None
        else None
    )
    if request.cancelled or (
        same is not None
        and same.prescription_id == prescription.id
        and (same.kind, same.treatment, same.start)
        == (request.kind, request.treatment, request.start)
    ):
        # A cancellation, or a re-import of a row booked already: it was checked when
        # booked; a later change (consent date, profile, units used in person) does not
        # turn it into a refusal.
        return
    booked = [
        a
        for a in prescription_store.appointments_of(conn, prescription.id)
        if same is None or a.id != same.id
    ]
    consent = (
        prescription_store.consent_on(
            conn, patient.id, form_key=policy.consent_form, zone=request.start.tzinfo
        )
        if patient is not None
        else None
    )
    reasons = prescription_refusals(
        prescription,
        booked,
        patient_id=patient.id if patient is not None else None,
        start=request.start,
        kind=request.kind,
        treatment=request.treatment,
        insurance=request.insurance,
        policy=policy,
        consent_on=consent,
    )
    if reasons:
        raise BookingError(f"prescription {prescription.id}: " + "; ".join(reasons))


def tell_patient(
    conn: sqlite3.Connection, mail: DueMail | None, *, outgoing: OutgoingSettings, now: datetime
) -> bool:
    """Store a change mail (rules/changes.py) in the outbox; the send phase delivers it.
    Its dedup key makes a repeat a no-op. Returns whether a mail was stored."""
    if mail is None:
        return False
    with transaction(conn):
        return (
            enqueue_mail(conn, mail, now=now, settings=outgoing, token=random_token()) is not None
        )


def import_file(
    conn: sqlite3.Connection,
    path: Path,
    *,
    zone: ZoneInfo,
    policy: TelemedicinePolicy,
    now: datetime,
    outgoing: OutgoingSettings | None = None,
) -> ImportReport:
    """Import every row; with `outgoing`, a patient whose appointment got a new start
    time is told once ("Termin verlegt")."""
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ConfigError(f"{path}: larger than {MAX_IMPORT_BYTES // 2**20} MiB, not imported")
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc
    report = ImportReport(source=str(path))
    if path.suffix.lower() in (".ics", ".ical", ".ifb") or data.lstrip().startswith(
        b"BEGIN:VCALENDAR"
    ):
        rows: Iterator[tuple[int, BookingRequest | BookingError | InPersonVisit]] = _ics_bookings(
            data, zone=zone, policy=policy, source=path, now=now
        )
    else:
        rows = _csv_bookings(data, zone=zone, policy=policy, source=path)
    for line, item in rows:
        if isinstance(item, BookingError):
            report.refused.append((line, str(item)))
            continue
        if isinstance(item, InPersonVisit):
            try:
                added = store_visit(conn, item, now=now)
            except BookingError as exc:
                report.refused.append((line, str(exc)))
                continue
            report.added += added
            report.unchanged += not added
            continue
        before = (
            appointment_store.by_external_id(conn, item.external_id)
            if item.external_id is not None
            else None
        )
        try:
            appointment_id, outcome = store_booking(conn, item, now=now, policy=policy)
        except BookingError as exc:
            report.refused.append((line, str(exc)))
            continue
        if outcome is Upsert.UPDATED and before is not None and outgoing is not None:
            after = appointment_store.get(conn, appointment_id)
            patient = patient_store.get(conn, before.patient_id)
            if after is not None and patient is not None:
                mail = plan_moved_mail(patient, after, before.start, now=now)
                report.moved += tell_patient(conn, mail, outgoing=outgoing, now=now)
        if outcome is Upsert.ADDED:
            report.added += 1
        elif outcome is Upsert.UPDATED:
            report.updated += 1
        elif outcome is Upsert.KEPT_CANCELLED:
            report.kept_cancelled += 1
        else:
            report.unchanged += 1
    return report


def _csv_bookings(
    data: bytes, *, zone: ZoneInfo, policy: TelemedicinePolicy, source: Path
) -> Iterator[tuple[int, BookingRequest | BookingError | InPersonVisit]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{source}: not UTF-8 (byte {exc.start}); export the file as UTF-8"
        ) from exc
    lines = text.splitlines(keepends=True)
    header_index = next(
        (i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")),
        None,
    )
    if header_index is None:
        return
    header = lines[header_index]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    # Comment lines ('#') are blanked, not dropped, so reported line numbers stay true.
    cleaned = "".join("\n" if line.lstrip().startswith("#") else line for line in lines)
    reader = csv.DictReader(io.StringIO(cleaned, newline=""), delimiter=delimiter)
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    reader.fieldnames = columns
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ConfigError(f"{source}: header lacks the column(s) {', '.join(missing)}")
    unknown = [c for c in columns if c and c not in CSV_COLUMNS]
    if unknown:
        raise ConfigError(
            f"{source}: unknown column(s) {', '.join(unknown)}; known: {', '.join(CSV_COLUMNS)}"
        )
    previous_line = reader.line_num
    for row in reader:
        line = previous_line + 1
        previous_line = reader.line_num
        if None in row:
            yield line, BookingError(f"more fields than the {len(columns)} columns")
            continue
        try:
            visit = parse_in_person_row(row, zone=zone)
            yield line, visit or parse_csv_row(row, zone=zone, policy=policy)
        except BookingError as exc:
            yield line, exc


# A series (RRULE/RDATE) is expanded from a month back to about a year ahead: older
# sessions are billed already, and an open-ended series must end somewhere.
SERIES_PAST = timedelta(days=31)
SERIES_AHEAD = timedelta(days=400)


def _ics_bookings(
    data: bytes, *, zone: ZoneInfo, policy: TelemedicinePolicy, source: Path, now: datetime
) -> Iterator[tuple[int, BookingRequest | BookingError]]:
    """Events of a calendar file; the "line" reported is the event's position (1, 2, ...).

    Mapping: UID -> external id; DTSTART/DTEND (or DURATION) -> start and duration;
    the first ATTENDEE mailto -> e-mail, its CN (else the SUMMARY before a ' - ') -> name;
    words in CATEGORIES or SUMMARY -> kind (Video/Telefon), treatment (KG/MT/KGG),
    insurance (GKV/Privat) and new patient (Neupatient); URL or X-VIDEO-LINK -> link;
    STATUS:CANCELLED -> cancelled. A series (RRULE with COUNT/UNTIL, RDATE, EXDATE,
    RECURRENCE-ID overrides) becomes one appointment per session, see `_series_bookings`.
    """
    import icalendar  # heavy; only needed for calendars

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        raise ConfigError(f"{source}: not a valid iCalendar file ({exc})") from exc
    series: dict[str, int] = {}  # UID of a series -> position of its first event
    for position, event in enumerate(calendar.walk("VEVENT"), start=1):
        uid = str(event.get("UID", ""))
        if uid and (
            event.get("RRULE") is not None
            or event.get("RDATE") is not None
            or event.get("RECURRENCE-ID") is not None
        ):
            series.setdefault(uid, position)
            continue
        yield position, _checked_event(event, zone=zone, policy=policy)
    if series:
        yield from _series_bookings(calendar, series, zone=zone, policy=policy, now=now)


def _checked_event(
    event: Any, *, zone: ZoneInfo, policy: TelemedicinePolicy, external_id: str | None = None
) -> BookingRequest | BookingError:
    try:
        booking = _event_booking(event, zone=zone, policy=policy)
    except BookingError as exc:
        return exc
    except (ValueError, KeyError, TypeError) as exc:
        return BookingError(f"event not understood ({type(exc).__name__})")
    if external_id is not None:
        booking = replace(booking, external_id=external_id)
    return booking


def _series_bookings(
    calendar: Any,
    series: dict[str, int],
    *,
    zone: ZoneInfo,
    policy: TelemedicinePolicy,
    now: datetime,
) -> Iterator[tuple[int, BookingRequest | BookingError]]:
    """One booking per session of each series, expanded by recurring-ical-events (RFC 5545:
    COUNT counts excluded dates too, EXDATE drops a session, a RECURRENCE-ID event
    replaces its session, local time kept across DST).

    External id of a session: the UID for the session the series starts with (so a store
    that imported the series as one appointment keeps it), else UID#RECURRENCE-ID (UTC).
    A failure of a series is reported once, with the position of its first event.
    """
    import recurring_ical_events  # type: ignore[import-untyped,unused-ignore]

    try:
        sessions = recurring_ical_events.of(calendar).between(now - SERIES_PAST, now + SERIES_AHEAD)
    except Exception as exc:  # noqa: BLE001 - the library raises its own zoo; one file's fault
        for position in sorted(series.values()):
            yield position, BookingError(f"series not understood ({type(exc).__name__})")
        return
    firsts: dict[str, datetime | None] = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", ""))
        if uid in series and event.get("RECURRENCE-ID") is None and event.get("DTSTART"):
            firsts[uid] = _utc(event["DTSTART"].dt, zone)
    reported: set[tuple[str, str]] = set()
    for event in sorted(sessions, key=lambda e: _utc(e["DTSTART"].dt, zone)):
        uid = str(event.get("UID", ""))
        if uid not in series:
            continue  # a single event: imported above, whatever its date
        recurrence = event.get("RECURRENCE-ID")
        key = _utc((recurrence or event["DTSTART"]).dt, zone)
        external_id = uid if key == firsts.get(uid) else f"{uid}#{key:%Y%m%dT%H%M%SZ}"
        item = _checked_event(event, zone=zone, policy=policy, external_id=external_id)
        if isinstance(item, BookingError):
            if (uid, str(item)) in reported:
                continue
            reported.add((uid, str(item)))
        yield series[uid], item


def _utc(value: Any, zone: ZoneInfo) -> datetime:
    if not isinstance(value, datetime):  # an all-day date: refused by _event_booking
        value = datetime(value.year, value.month, value.day)  # noqa: DTZ001 - localized below
    return (localize(value, zone) if value.tzinfo is None else value).astimezone(UTC)


def _event_booking(event: Any, *, zone: ZoneInfo, policy: TelemedicinePolicy) -> BookingRequest:
    start_prop = event.get("DTSTART")
    if start_prop is None:
        raise BookingError("DTSTART: missing")
    start_value = start_prop.dt
    if not isinstance(start_value, datetime):
        raise BookingError("DTSTART: an all-day event is not an appointment")
    start = (
        localize(start_value, zone) if start_value.tzinfo is None else start_value.astimezone(zone)
    )
    end_prop, duration_prop = event.get("DTEND"), event.get("DURATION")
    if end_prop is not None and isinstance(end_prop.dt, datetime):
        end_value = end_prop.dt
        end = localize(end_value, zone) if end_value.tzinfo is None else end_value.astimezone(zone)
        minutes = int((end - start).total_seconds() // 60)
    elif duration_prop is not None and isinstance(duration_prop.dt, timedelta):
        minutes = int(duration_prop.dt.total_seconds() // 60)
    else:
        minutes = DEFAULT_DURATION_MINUTES
    summary = str(event.get("SUMMARY", ""))
    categories = _categories(event)
    words = {w.strip(".,:;()[]").lower() for w in f"{summary} {' '.join(categories)}".split()}
    email, attendee_name = _attendee(event)
    name = attendee_name or summary.split(" - ")[0]
    kind = Kind.VIDEO if "video" in words else Kind.PHONE if words & {"telefon", "phone"} else None
    if kind is None:
        raise BookingError("kind: name Video or Telefon in CATEGORIES or SUMMARY")
    treatment = next((t for t in Treatment if t.value.lower() in words), None)
    if treatment is None:
        raise BookingError("treatment: name KG, MT or KGG in CATEGORIES or SUMMARY")
    insurance_word = next(
        (w for w in words if w in {"gkv", "privat", "private", "pkv", "gesetzlich"}), None
    )
    if insurance_word is None:
        raise BookingError("insurance: name GKV or Privat in CATEGORIES or SUMMARY")
    insurance: Insurance = parse_insurance(insurance_word)
    link = event.get("X-VIDEO-LINK") or event.get("URL")
    uid = event.get("UID")
    return build_booking(
        name=name,
        email=email,
        start=start,
        duration_minutes=minutes,
        kind=kind,
        treatment=treatment,
        insurance=insurance,
        policy=policy,
        new_patient=bool(words & {"neupatient", "neupatientin", "new-patient", "neu"}),
        video_link=str(link) if link else None,
        external_id=str(uid) if uid else None,
        cancelled=str(event.get("STATUS", "")).upper() == "CANCELLED",
    )


def _categories(event: Any) -> list[str]:
    raw = event.get("CATEGORIES")
    if raw is None:
        return []
    items = raw if isinstance(raw, list) else [raw]
    names: list[str] = []
    for item in items:
        cats = getattr(item, "cats", None)
        names.extend(str(c) for c in cats) if cats is not None else names.append(str(item))
    return names


def _attendee(event: Any) -> tuple[str, str]:
    raw = event.get("ATTENDEE")
    if raw is None:
        raise BookingError("ATTENDEE: missing (the patient's mailto: address)")
    attendees = raw if isinstance(raw, list) else [raw]
    for attendee in attendees:
        value = str(attendee)
        if value.lower().startswith("mailto:"):
            name = str(getattr(attendee, "params", {}).get("CN", ""))
            return value[len("mailto:") :], name
    raise BookingError("ATTENDEE: no mailto: address")
