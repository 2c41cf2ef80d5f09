"""Reading an appointment list (CSV or iCalendar) as practices export it, storing nothing.

`read_bookings(data, name=...)` is the one entry for every kind of source (a file here,
an iCalendar URL or a CalDAV calendar elsewhere): bytes and a name for messages in, one
`FileRow` per CSV row or calendar session out, each a checked `BookingRequest` (kind
phone, video or praxis: an appointment in the practice) or the `BookingError` that
refuses it, plus what was skipped on purpose.
A problem of the whole file (not text, no header, not a calendar) raises ConfigError
naming the file; a problem of one row refuses that row only, and the rest goes on.

Text encoding: an explicit encoding if given; else UTF-8 (with or without BOM) if the
bytes are valid UTF-8 (decoded strictly), else Windows-1252 (cp1252), what Excel on a
German Windows writes for "CSV (Trennzeichen-getrennt)". German text in cp1252 is never
valid UTF-8 (an umlaut is one byte >= 0x80 between ASCII letters), so the order decides
without guessing; cp1252 is latin-1 plus printable characters (EUR sign, quotes) in
0x80-0x9F, and leaves five bytes undefined, so a file that is neither is refused with
its name rather than read as garbage. UTF-16 with a BOM (Excel's "Unicode-Text") is read
as such.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rules.bookings import (
    CSV_COLUMNS,
    DEFAULT_DURATION_MINUTES,
    REQUIRED_COLUMNS,
    BookingError,
    BookingRequest,
    InPersonRow,
    build_booking,
    clean_text,
    localize,
    parse_csv_row,
    parse_insurance,
    parse_prescription_id,
)
from rules.models import (
    Insurance,
    Kind,
    TelemedicinePolicy,
    Treatment,
)
from worker.errors import ConfigError

# A series (RRULE/RDATE) is expanded from a month back to about a year ahead: older
# sessions are billed already, and an open-ended series must end somewhere.
SERIES_PAST = timedelta(days=31)
SERIES_AHEAD = timedelta(days=400)

_CALENDAR_SUFFIXES = (".ics", ".ical", ".ifb")
_SEP_LINE = re.compile(r"sep=([;,\t|])", re.IGNORECASE)
_SPREADSHEET_MAGIC = {
    b"PK\x03\x04": "an Excel workbook (.xlsx) or another ZIP file",
    b"\xd0\xcf\x11\xe0": "an old Excel workbook (.xls)",
    b"%PDF": "a PDF document",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class RowRef:
    """Where a booking stands in its file, for staff: a CSV line, or a calendar event
    by its SUMMARY, UID and start (an event's line number means nothing to staff)."""

    line: int | None = None
    summary: str | None = None
    uid: str | None = None
    start: str | None = None  # "05.03.2026 10:00", practice time, as read

    def __str__(self) -> str:
        if self.line is not None:
            return f"line {self.line}"
        return f"event {self._event('no')}"

    def german(self) -> str:
        if self.line is not None:
            return f"Zeile {self.line}"
        return f"Termin {self._event('ohne')}"

    def _event(self, without: str) -> str:
        details = [
            f"UID {self.uid}" if self.uid else f"{without} UID",
            self.start or f"{without} DTSTART",
        ]
        return f'"{self.summary or f"({without} SUMMARY)"}" ({", ".join(details)})'


@dataclass(frozen=True, slots=True, kw_only=True)
class FileRow:
    ref: RowRef
    item: BookingRequest | InPersonRow | BookingError
    external_id: str | None = None  # as written, even when the row is refused


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesSessions:
    """One calendar series as this file gives it now: the external ids of all its
    sessions in the window, so a session the file no longer has can be cancelled."""

    uid: str
    external_ids: frozenset[str]
    complete: bool  # every session read without error: only then may absence count
    window_end: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class BookingFile:
    name: str
    encoding: str  # what the text was read as: utf-8, cp1252, ...
    rows: tuple[FileRow, ...] = ()
    skipped: tuple[tuple[RowRef, str], ...] = ()  # left out on purpose, with the reason
    empty_rows: int = 0  # Excel's ";;;;" lines
    series: tuple[SeriesSessions, ...] = ()


def read_bookings(
    data: bytes,
    *,
    name: str,
    zone: ZoneInfo,
    policy: TelemedicinePolicy,
    now: datetime,
    encoding: str | None = None,
) -> BookingFile:
    """Every booking in a CSV or iCalendar file; `name` (a path or URL) is used in
    messages and, by its suffix, to tell a calendar from a CSV file."""
    text, used = decode_text(data, name=name, encoding=encoding)
    if name.lower().endswith(_CALENDAR_SUFFIXES) or text.lstrip().startswith("BEGIN:VCALENDAR"):
        result = _read_calendar(text, name=name, zone=zone, policy=policy, now=now)
    else:
        try:
            result = _read_csv(text, name=name, zone=zone, policy=policy)
        except csv.Error as exc:  # e.g. a field over 128 KiB: no export of ours writes one
            raise ConfigError(f"{name}: not a readable CSV file ({exc})") from None
    rows = _without_repeated_errors(_refuse_duplicate_ids(result.rows))
    return replace(result, encoding=used, rows=rows)


def decode_text(data: bytes, *, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding it was read as (see the module docstring)."""
    for magic, what in _SPREADSHEET_MAGIC.items():
        if data.startswith(magic):
            raise ConfigError(
                f"{name}: is {what}, not a CSV or iCalendar file; in Excel save it with"
                ' "Speichern unter" as "CSV UTF-8" or "CSV (Trennzeichen-getrennt)"'
            )
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise ConfigError(
                f"{name}: unknown encoding {encoding!r} (e.g. utf-8, cp1252, latin-1)"
            ) from None
        try:
            text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
        except UnicodeDecodeError as exc:
            raise ConfigError(
                f"{name}: not {codec} text (byte 0x{data[exc.start]:02x} at position"
                f" {exc.start}); check the encoding given for it"
            ) from None
        used = codec
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, used = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{name}: starts like UTF-16 but is not ({exc.reason})") from None
    else:
        try:
            text, used = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, used = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as exc:
                raise ConfigError(
                    f"{name}: neither UTF-8 nor Windows-1252 text (byte"
                    f" 0x{data[exc.start]:02x} at position {exc.start}); save it as"
                    ' "CSV UTF-8" or give its encoding (--encoding, or encoding for the source)'
                ) from None
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise ConfigError(
            f"{name}: not a text file (it contains NUL bytes); export the appointments as CSV"
            " or iCalendar"
        )
    return text, used


# --- CSV ------------------------------------------------------------------------------


def _read_csv(text: str, *, name: str, zone: ZoneInfo, policy: TelemedicinePolicy) -> BookingFile:
    lines = text.splitlines(keepends=True)
    # Excel's "sep=;" first line names the separator; it is blanked like a comment.
    stated = _SEP_LINE.fullmatch(lines[0].strip()) if lines else None
    if stated:
        lines[0] = "#\n"
    header_index = next(
        (i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")),
        None,
    )
    if header_index is None:
        return BookingFile(name=name, encoding="")
    header = lines[header_index]
    delimiter = stated[1] if stated else max((";", ",", "\t"), key=header.count)
    # Comment lines ('#') are blanked, not dropped, so reported line numbers stay true.
    cleaned = "".join("\n" if line.lstrip().startswith("#") else line for line in lines)
    reader = csv.reader(io.StringIO(cleaned, newline=""), delimiter=delimiter)
    # The header is the first line with fields (blanked comments before it give none).
    columns = next(([c.strip().lower() for c in f] for f in reader if f), [])
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ConfigError(f"{name}: header lacks the column(s) {', '.join(missing)}")
    unknown = [c for c in columns if c and c not in CSV_COLUMNS]
    if unknown:
        raise ConfigError(
            f"{name}: unknown column(s) {', '.join(unknown)}; known: {', '.join(CSV_COLUMNS)}"
        )
    twice = sorted({c for c in columns if c and columns.count(c) > 1})
    if twice:
        raise ConfigError(f"{name}: the header names {', '.join(twice)} more than once")
    rows: list[FileRow] = []
    empty = 0
    previous_line = reader.line_num
    for fields in reader:
        ref = RowRef(line=previous_line + 1)
        previous_line = reader.line_num
        if not any(v.strip() for v in fields):
            # a blank line, or Excel's ";;;;" for a row it once had: nothing to import
            empty += bool(fields)
            continue
        row = {c: v for c, v in zip(columns, fields, strict=False) if c}
        extra = fields[len(columns) :]
        external_id = clean_text(row.get("external_id") or "") or None
        item: BookingRequest | InPersonRow | BookingError
        if any(v.strip() for v in extra):
            item = BookingError(f"more fields than the {len(columns)} columns")
        else:
            try:
                item = parse_csv_row(row, zone=zone, policy=policy)
            except BookingError as exc:
                item = exc
        rows.append(FileRow(ref=ref, item=item, external_id=external_id))
    return BookingFile(name=name, encoding="", rows=tuple(rows), empty_rows=empty)


def _refuse_duplicate_ids(rows: tuple[FileRow, ...]) -> tuple[FileRow, ...]:
    """An external id given twice in one file: which row is right is for a person to
    say, so every row with it is refused (naming the others) and the rest goes on."""
    by_id: dict[str, list[FileRow]] = defaultdict(list)
    for row in rows:
        if row.external_id is not None:
            by_id[row.external_id].append(row)
    result = []
    for row in rows:
        same = by_id.get(row.external_id or "", [])
        if row.external_id is None or len(same) < 2:
            result.append(row)
            continue
        if row.ref.line is not None:
            places = "lines " + ", ".join(str(r.ref.line) for r in same)
            error = BookingError(
                f'external_id: "{row.external_id}" stands on more than one row ({places});'
                " none of them is imported until the file has it once"
            )
        else:
            places = "; ".join(str(r.ref) for r in same)
            error = BookingError(
                f'UID: "{row.external_id}" is used by more than one event ({places});'
                " none of them is imported until the calendar has it once"
            )
        result.append(replace(row, item=error))
    return tuple(result)


def _without_repeated_errors(rows: tuple[FileRow, ...]) -> tuple[FileRow, ...]:
    """A series refused for one reason is reported once, not once per session."""
    seen: set[tuple[RowRef, str]] = set()
    result = []
    for row in rows:
        if isinstance(row.item, BookingError):
            key = (row.ref, str(row.item))
            if key in seen:
                continue
            seen.add(key)
        result.append(row)
    return tuple(result)


# --- iCalendar ------------------------------------------------------------------------


def _read_calendar(
    text: str, *, name: str, zone: ZoneInfo, policy: TelemedicinePolicy, now: datetime
) -> BookingFile:
    """Events of a calendar file.

    Mapping: UID -> external id; DTSTART/DTEND (or DURATION) -> start and duration;
    the first ATTENDEE mailto -> e-mail, its CN (else the SUMMARY before a ' - ') -> name;
    words in CATEGORIES or SUMMARY -> kind (Video/Telefon/Praxis), treatment (KG/MT/KGG),
    insurance (GKV/Privat) and new patient (Neupatient); URL or X-VIDEO-LINK -> link;
    X-PRAXIS-PRESCRIPTION, else a DESCRIPTION line "Verordnung: ID" or "Rezept: ID" ->
    prescription (`_event_prescription`); STATUS:CANCELLED -> cancelled. An all-day event
    is skipped (a holiday, a note, not an appointment). A series (RRULE with COUNT/UNTIL,
    RDATE, EXDATE, RECURRENCE-ID overrides) becomes one appointment per session, see `_series_rows`.
    """
    import icalendar  # heavy; only needed for calendars

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as exc:
        raise ConfigError(f"{name}: not a valid iCalendar file ({exc})") from exc
    rows: list[FileRow] = []
    skipped: list[tuple[RowRef, str]] = []
    series: dict[str, RowRef] = {}  # UID of a series -> its first event
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", ""))
        ref = _event_ref(event, zone)
        if uid and (
            event.get("RRULE") is not None
            or event.get("RDATE") is not None
            or event.get("RECURRENCE-ID") is not None
        ):
            if event.get("RECURRENCE-ID") is None:
                series[uid] = ref  # the series is named by its first event
            else:
                series.setdefault(uid, ref)
            continue
        if _is_all_day(event):
            skipped.append((ref, "an all-day event, not an appointment"))
            continue
        rows.append(
            FileRow(
                ref=ref,
                item=_checked_event(event, zone=zone, policy=policy),
                external_id=clean_text(uid) or None,
            )
        )
    sessions: list[SeriesSessions] = []
    expanded: list[Any] | Exception = []
    if series:
        import recurring_ical_events  # type: ignore[import-untyped,unused-ignore]

        try:
            expanded = list(
                recurring_ical_events.of(calendar).between(now - SERIES_PAST, now + SERIES_AHEAD)
            )
        except Exception as exc:  # noqa: BLE001 - the library raises its own zoo; one file's fault
            expanded = exc
    for uid, ref in series.items():
        found = _series_rows(calendar, expanded, uid, ref, zone=zone, policy=policy, now=now)
        rows.extend(found.rows)
        skipped.extend(found.skipped)
        sessions.extend(found.series)
    return BookingFile(
        name=name, encoding="", rows=tuple(rows), skipped=tuple(skipped), series=tuple(sessions)
    )


@dataclass(slots=True)
class _SeriesResult:
    rows: list[FileRow] = field(default_factory=list)
    skipped: list[tuple[RowRef, str]] = field(default_factory=list)
    series: list[SeriesSessions] = field(default_factory=list)


def _series_rows(
    calendar: Any,
    expanded: list[Any] | Exception,
    uid: str,
    ref: RowRef,
    *,
    zone: ZoneInfo,
    policy: TelemedicinePolicy,
    now: datetime,
) -> _SeriesResult:
    """One booking per session of a series, as expanded by recurring-ical-events (RFC
    5545: COUNT counts excluded dates too, EXDATE drops a session, a RECURRENCE-ID event
    replaces its session, local time kept across DST).

    External id of a session: the UID for the session the series starts with (so a store
    that imported the series as one appointment keeps it), else UID#RECURRENCE-ID (UTC).
    A failure is reported with the series' first event.
    """
    result = _SeriesResult()
    if isinstance(expanded, Exception):
        error = BookingError(f"series not understood ({type(expanded).__name__})")
        result.rows.append(FileRow(ref=ref, item=error))
        return result
    first: datetime | None = None
    for event in calendar.walk("VEVENT"):
        if (
            str(event.get("UID", "")) == uid
            and event.get("RECURRENCE-ID") is None
            and event.get("DTSTART")
        ):
            first = _utc_or_none(event["DTSTART"].dt, zone)
    ids: set[str] = set()
    complete = True
    sessions: list[tuple[datetime, datetime, Any]] = []  # (start, original start, event)
    for event in expanded:
        if str(event.get("UID", "")) != uid:
            continue
        try:
            start = _utc(event["DTSTART"].dt, zone)
            key = _utc((event.get("RECURRENCE-ID") or event["DTSTART"]).dt, zone)
        except (BookingError, KeyError, AttributeError) as exc:
            # a floating time in the hour the clocks skip: refused, not guessed
            error = exc if isinstance(exc, BookingError) else BookingError("DTSTART: missing")
            result.rows.append(FileRow(ref=ref, item=error))
            complete = False
            continue
        sessions.append((start, key, event))
    for _, key, event in sorted(sessions, key=lambda s: s[0]):
        external_id = uid if key == first else f"{uid}#{key:%Y%m%dT%H%M%SZ}"
        ids.add(external_id)
        if _is_all_day(event):
            if not result.skipped:
                result.skipped.append((ref, "an all-day series, not appointments"))
            complete = False
            continue
        item = _checked_event(event, zone=zone, policy=policy, external_id=external_id)
        if isinstance(item, BookingError):
            complete = False
            result.rows.append(FileRow(ref=ref, item=item, external_id=None))
        else:
            result.rows.append(
                FileRow(ref=_event_ref(event, zone), item=item, external_id=external_id)
            )
    result.series.append(
        SeriesSessions(
            uid=uid,
            external_ids=frozenset(ids),
            complete=complete,
            window_end=now + SERIES_AHEAD,
        )
    )
    return result


def _utc_or_none(value: Any, zone: ZoneInfo) -> datetime | None:
    try:
        return _utc(value, zone)
    except BookingError:
        return None


def _event_ref(event: Any, zone: ZoneInfo) -> RowRef:
    start: str | None = None
    try:
        value = event["DTSTART"].dt
        if isinstance(value, datetime):
            local = value if value.tzinfo is None else value.astimezone(zone)  # as written
            start = f"{local:%d.%m.%Y %H:%M}"
        elif isinstance(value, date):
            start = f"{value:%d.%m.%Y}"
    except (KeyError, AttributeError, ValueError, TypeError):
        start = None
    summary = clean_text(str(event.get("SUMMARY", ""))) or None
    uid = clean_text(str(event.get("UID", ""))) or None
    return RowRef(summary=summary, uid=uid, start=start)


def _is_all_day(event: Any) -> bool:
    prop = event.get("DTSTART")
    value = getattr(prop, "dt", None)
    return isinstance(value, date) and not isinstance(value, datetime)


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


def _utc(value: Any, zone: ZoneInfo) -> datetime:
    if not isinstance(value, datetime):  # an all-day date: skipped by the caller
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
        # zero: DTEND = DTSTART, what a series session without DTEND gets from RFC 5545
        minutes = int((end - start).total_seconds() // 60) or DEFAULT_DURATION_MINUTES
    elif duration_prop is not None and isinstance(duration_prop.dt, timedelta):
        minutes = int(duration_prop.dt.total_seconds() // 60)
    else:
        minutes = DEFAULT_DURATION_MINUTES
    summary = str(event.get("SUMMARY", ""))
    categories = _categories(event)
    words = {w.strip(".,:;()[]").lower() for w in f"{summary} {' '.join(categories)}".split()}
    email, attendee_name = _attendee(event)
    name = attendee_name or summary.split(" - ")[0]
    kind = (
        Kind.VIDEO
        if "video" in words
        else Kind.PHONE
        if words & {"telefon", "phone"}
        else Kind.PRAXIS
        if words & _IN_PERSON_EVENT_WORDS
        or " vor ort" in f" {summary} {' '.join(categories)}".lower()
        else None
    )
    if kind is None:
        raise BookingError(
            "kind: name Video, Telefon or Praxis (in person) in CATEGORIES or SUMMARY"
        )
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
    booking = build_booking(
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
    prescription = _event_prescription(event)
    if prescription is not None:
        booking = replace(booking, prescription_id=prescription)
    return booking


# "Verordnung: 12", "Rezept: #12", "Verordnung Nr. 12", "Rezept ID 12": a line of DESCRIPTION
# naming the prescription id the event is booked against (as `prescriptions add` printed it).
_PRESCRIPTION_LINE = re.compile(
    r"^[ \t]*(?:verordnung|rezept)[ \t]*(?:(?:nr\b\.?|id\b)[ \t]*:?|:)[ \t]*(?P<value>.*?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
PRESCRIPTION_PROPERTY = "X-PRAXIS-PRESCRIPTION"


def _event_prescription(event: Any) -> int | None:
    """The prescription an event is booked against, like the CSV column `prescription`:
    the property X-PRAXIS-PRESCRIPTION, else a DESCRIPTION line "Verordnung: ID" or
    "Rezept: ID" (also "Verordnung Nr. ID"); None when the event names none. A value that
    is not a prescription id refuses the event (BookingError naming where it stands)."""
    prop = event.get(PRESCRIPTION_PROPERTY)
    if prop is not None and str(prop).strip():
        return _prescription_value(str(prop), PRESCRIPTION_PROPERTY)
    description = str(event.get("DESCRIPTION", "") or "")
    for match in _PRESCRIPTION_LINE.finditer(description):
        value = match["value"]
        if value:
            return _prescription_value(value, f'DESCRIPTION "{clean_text(match[0])}"')
    return None


def _prescription_value(text: str, where: str) -> int:
    try:
        return parse_prescription_id(text.strip().lstrip("#").strip())
    except BookingError as exc:
        raise BookingError(f"{exc} (in {where})") from None


# An appointment in the practice, by a word of SUMMARY or CATEGORIES ("vor Ort" as two).
_IN_PERSON_EVENT_WORDS = frozenset({"praxis", "präsenz", "praesenz", "in-person", "vor-ort"})


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


MAX_IMPORT_BYTES = 20 * 1024 * 1024
