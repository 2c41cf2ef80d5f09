"""Live calendars as appointment sources: an iCalendar URL or a CalDAV calendar.

A calendar is read whole (one GET of the .ics URL; one calendar-query REPORT of the
CalDAV collection, its events joined into one calendar) and then goes through the same
reading and storing as a file (worker/booking_files.read_bookings, importing
.store_bookings): series expanded, staff's local edits kept until the event changes,
moves and cancellations told once.

Beyond a file, a calendar is the practice's whole list: an event deleted there is an
appointment cancelled. The store remembers which appointments each calendar delivered
(state/calendar_events.py); an event whose UID is gone is cancelled and the patient told
once. Never on a failed read: an unreachable, refusing or garbled calendar is an error
naming the calendar, and what it delivered before stays as it is. A calendar that
suddenly comes back empty or without most of its future appointments is not trusted
either: staff are asked, nothing is cancelled.

Plain .ics URLs are fetched with urllib: no dependency for the simple case, and the
redirect and TLS rules are ours to state. CalDAV goes through the `caldav` package.
"""

from __future__ import annotations

import http.client
import logging
import socket
import sqlite3
import ssl
import urllib.error
import urllib.request
from base64 import b64encode
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from rules.bookings import BookingRequest
from rules.models import TelemedicinePolicy
from state import appointments as appointment_store
from state import calendar_events, review
from state.db import transaction
from worker.booking_files import BookingFile, read_bookings
from worker.config import CalendarSource
from worker.errors import ConfigError
from worker.importing import MAX_IMPORT_BYTES, ImportReport, cancel_from_source, store_bookings
from worker.net import is_private_transport
from worker.outgoing import OutgoingSettings

log = logging.getLogger(__name__)

# Deleted events cancel one by one; this many at once, and most of what the calendar
# had ahead, looks like a broken export or the wrong calendar: staff decide.
MASS_REMOVAL_MIN = 5
MASS_REMOVAL_SHARE = 0.5


class CalendarError(ConfigError):
    """The calendar could not be read; the message names it."""


@dataclass(slots=True)
class CalendarReport:
    name: str
    imported: ImportReport | None = None
    removed: int = 0  # deleted in the calendar, cancelled here
    held_back: int = 0  # deleted in the calendar, but not trusted (see review list)
    error: str | None = None

    def summary(self) -> str:
        if self.error is not None:
            return self.error  # names the calendar
        assert self.imported is not None
        text = self.imported.summary()
        if self.removed:
            text += f" ({self.removed} of them deleted in the calendar)"
        if self.held_back:
            text += (
                f", {self.held_back} missing from the calendar NOT cancelled (too many at"
                " once; see review list)"
            )
        return text


# --- fetching ---------------------------------------------------------------------------


def fetch(source: CalendarSource) -> bytes:
    """The calendar as one iCalendar text; CalendarError naming the source otherwise."""
    where = source.shown
    try:
        url = source.address()
        password = source.password.read() if source.username else None
    except ConfigError as exc:
        raise CalendarError(f"{where}: {exc}") from None
    try:
        if source.type == "caldav":
            data = _fetch_caldav(source, url, password)
        else:
            data = _fetch_ics(source, url, password)
    except CalendarError as exc:
        raise CalendarError(f"{where}: {exc}") from None
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"BEGIN:VCALENDAR"):
        raise CalendarError(f"{where}: the answer is not an iCalendar (BEGIN:VCALENDAR missing)")
    return data


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if is_private_transport(parts.scheme, parts.hostname or ""):
        return
    raise CalendarError(f"refused to follow the server to {parts.scheme}://{parts.hostname}"
                        " (only https, or http on this machine)")  # fmt: skip


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects only to https (or loopback http); credentials never to another host."""

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> Any:
        _check_url(newurl)
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and urlsplit(newurl).netloc != urlsplit(req.full_url).netloc:
            new.remove_header("Authorization")
        return new


def _fetch_ics(source: CalendarSource, url: str, password: str | None) -> bytes:
    _check_url(url)
    context = ssl.create_default_context(
        cafile=str(source.ca_file) if source.ca_file is not None else None
    )
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _Redirects)
    # the scheme was checked above (https, or http on loopback): S310 does not apply
    request = urllib.request.Request(url, headers={"Accept": "text/calendar"})  # noqa: S310
    if source.username:
        token = b64encode(f"{source.username}:{password}".encode()).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with opener.open(request, timeout=source.timeout_seconds) as response:
            data: bytes = response.read(MAX_IMPORT_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise CalendarError(_http_problem(exc.code)) from None
    except urllib.error.URLError as exc:
        raise CalendarError(_network_problem(exc.reason, source)) from None
    except TimeoutError as exc:
        raise CalendarError(_network_problem(exc, source)) from None
    except OSError as exc:
        raise CalendarError(_network_problem(exc, source)) from None
    except (http.client.HTTPException, ValueError) as exc:
        problem = f"the answer broke off or is not HTTP ({type(exc).__name__})"
        raise CalendarError(problem) from None
    if len(data) > MAX_IMPORT_BYTES:
        raise CalendarError(f"larger than {MAX_IMPORT_BYTES // 2**20} MiB, not read")
    return data


def _http_problem(status: int) -> str:
    if status in (401, 403):
        return f"the server refused the login (HTTP {status}); check username and password"
    if status == 404:
        return "no calendar at this address (HTTP 404)"
    return f"the server answered HTTP {status}"


def _network_problem(reason: object, source: CalendarSource) -> str:
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"no answer within {source.timeout_seconds} s"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"TLS certificate not trusted ({reason.verify_message}); see ca_file"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the calendar server running?)"
    if isinstance(reason, socket.gaierror):
        return "host name not found"
    detail = getattr(reason, "strerror", None)  # not str(reason): it may quote the URL
    return f"cannot connect ({type(reason).__name__}{f': {detail}' if detail else ''})"


def _fetch_caldav(source: CalendarSource, url: str, password: str | None) -> bytes:
    """One calendar-query REPORT for every event of the collection at `url`; the events
    are joined into one VCALENDAR (time zones once each)."""
    import icalendar
    from caldav.davclient import DAVClient
    from caldav.elements import dav
    from caldav.lib import error as dav_error

    _check_url(url)
    client = DAVClient(
        url=url,
        username=source.username or None,
        password=password,
        timeout=source.timeout_seconds,
        ssl_verify_cert=str(source.ca_file) if source.ca_file is not None else True,
        enable_rfc6764=False,  # the URL is the calendar: no DNS discovery
        require_tls=urlsplit(url).scheme == "https",
    )
    try:
        with client:
            calendar = client.calendar(url=url)  # type: ignore[no-untyped-call]
            kinds = calendar.get_properties([dav.ResourceType()]).get("{DAV:}resourcetype")
            if _CALDAV_CALENDAR not in (kinds or []):
                # a principal or home URL answers a calendar query with nothing at all:
                # that must not read as an empty calendar
                raise CalendarError(
                    "this address is not a CalDAV calendar" + _calendars_found(client)
                )
            objects = calendar.events()
            texts = [str(obj.data) for obj in objects]
    except CalendarError:
        raise
    except dav_error.AuthorizationError:
        raise CalendarError(_http_problem(401)) from None
    except dav_error.NotFoundError:
        raise CalendarError(_http_problem(404)) from None
    except dav_error.DAVError as exc:
        raise CalendarError(f"the CalDAV server refused ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - niquests/urllib3 errors: a network fault
        raise CalendarError(_network_problem(_root_cause(exc), source)) from None
    joined = icalendar.Calendar()
    joined.add("PRODID", "-//praxis-worker//calendar source//DE")
    joined.add("VERSION", "2.0")
    zones: set[str] = set()
    for position, text in enumerate(texts, start=1):
        try:
            part = icalendar.Calendar.from_ical(text)
        except ValueError:
            raise CalendarError(f"calendar object {position} is not valid iCalendar") from None
        for component in part.subcomponents:
            if component.name == "VTIMEZONE":
                tzid = str(component.get("TZID", ""))
                if tzid in zones:
                    continue
                zones.add(tzid)
            joined.add_component(component)
    data: bytes = joined.to_ical()
    return data


_CALDAV_CALENDAR = "{urn:ietf:params:xml:ns:caldav}calendar"


def _calendars_found(client: Any) -> str:
    """The calendars the account has (RFC 4791 discovery), for the error message."""
    try:
        found = [str(c.url) for c in client.principal().calendars()]
    except Exception:  # noqa: BLE001 - only a hint in a message
        return ""
    if not found:
        return "; the account has no calendars"
    return "; calendars of this account: " + ", ".join(found[:10])


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost cause (a refused connection under the HTTP library's own errors)."""
    seen = 0
    while seen < 10:
        inner = exc.__cause__ or exc.__context__
        if inner is None:
            break
        exc, seen = inner, seen + 1
    text = str(exc).lower()
    if "timed out" in text or "timeout" in type(exc).__name__.lower():
        return TimeoutError()
    if "refused" in text:
        return ConnectionRefusedError()
    return exc


# --- storing ----------------------------------------------------------------------------


def store_calendar(
    conn: sqlite3.Connection,
    source: CalendarSource,
    data: bytes,
    *,
    zone: ZoneInfo,
    policy: TelemedicinePolicy,
    now: datetime,
    outgoing: OutgoingSettings | None,
) -> CalendarReport:
    """Store what a successful read delivered, then cancel what the calendar deleted."""
    name = f'calendar "{source.name}"'
    booking_file = read_bookings(data, name=name, zone=zone, policy=policy, now=now)
    report = CalendarReport(source.name)
    report.imported = store_bookings(conn, booking_file, now=now, outgoing=outgoing, policy=policy)
    present = _uids(booking_file)
    delivered = [
        (row.item.external_id, row.ref.uid or row.item.external_id)
        for row in booking_file.rows
        if isinstance(row.item, BookingRequest) and row.item.external_id is not None
    ]
    known = calendar_events.known(conn, source.name)
    gone = sorted(external_id for external_id, uid in known.items() if uid not in present)
    ahead = [
        a
        for a in (appointment_store.by_external_id(conn, e) for e in known)
        if a is not None and a.is_held and a.start > now and a.confirmed_at is None
    ]
    cancellable = [a for a in ahead if a.external_id in set(gone)]
    if cancellable and (
        not present
        or (
            len(cancellable) >= MASS_REMOVAL_MIN
            and len(cancellable) > MASS_REMOVAL_SHARE * len(ahead)
        )
    ):
        report.held_back = len(cancellable)
        _ask_staff(conn, source, len(cancellable), len(ahead), empty=not present, now=now)
        gone = [e for e in gone if e not in {a.external_id for a in cancellable}]
        cancellable = []
    for appointment in cancellable:
        cancel_from_source(conn, appointment, report.imported, now=now, outgoing=outgoing)
        report.removed += 1
    calendar_events.forget(conn, source.name, gone)
    calendar_events.remember(conn, source.name, delivered)
    return report


def _uids(booking_file: BookingFile) -> set[str]:
    """Every event UID the calendar has, read well or not: an event that has become
    unreadable is not a deleted one."""
    uids = {row.ref.uid for row in booking_file.rows if row.ref.uid}
    uids |= {ref.uid for ref, _ in booking_file.skipped if ref.uid}
    uids |= {row.external_id for row in booking_file.rows if row.external_id}
    uids |= {series.uid for series in booking_file.series}
    return uids


def _ask_staff(
    conn: sqlite3.Connection,
    source: CalendarSource,
    missing: int,
    ahead: int,
    *,
    empty: bool,
    now: datetime,
) -> None:
    what = "ist leer" if empty else f"enthält {missing} von {ahead} kommenden Terminen nicht mehr"
    with transaction(conn):
        review.add(
            conn,
            kind="alert",
            dedup_key=f"calendar-missing:{source.name}:{now.date().isoformat()}",
            reason=(
                f'Kalender "{source.name}" {what}. Es wurde nichts abgesagt: bitte prüfen, '
                "ob der richtige Kalender eingetragen ist. Sind die Termine wirklich "
                "abgesagt, bitte einzeln mit `appointments cancel` absagen."
            ),
            now=now,
        )


# --- reading all ------------------------------------------------------------------------


def calendars_due(
    sources: Sequence[CalendarSource], read_at: Mapping[str, datetime], now: datetime
) -> list[CalendarSource]:
    """The calendars `run` reads this cycle: never read yet, or `interval_minutes` since
    the last attempt (a failed one included: a dead server is not asked every tick)."""
    return [
        source
        for source in sources
        if (last := read_at.get(source.name)) is None
        or now - last >= timedelta(minutes=source.interval_minutes)
        or now < last  # the clock went back
    ]


def sync_calendars(
    conn: sqlite3.Connection,
    sources: Sequence[CalendarSource],
    *,
    zone: ZoneInfo,
    policy: TelemedicinePolicy,
    now: datetime,
    outgoing: OutgoingSettings | None = None,
    fetcher: Callable[[CalendarSource], bytes] = fetch,
) -> list[CalendarReport]:
    """Read and store each calendar; a failed one is reported (and put on the review
    list once a day) and changes nothing it delivered before."""
    reports = []
    for source in sources:
        try:
            data = fetcher(source)
        except ConfigError as exc:
            reports.append(failed(conn, source, str(exc), now=now))
            continue
        reports.append(
            store_or_fail(conn, source, data, zone=zone, policy=policy, now=now, outgoing=outgoing)
        )
    return reports


def store_or_fail(
    conn: sqlite3.Connection,
    source: CalendarSource,
    data: bytes,
    *,
    zone: ZoneInfo,
    policy: TelemedicinePolicy,
    now: datetime,
    outgoing: OutgoingSettings | None,
) -> CalendarReport:
    try:
        report = store_calendar(
            conn, source, data, zone=zone, policy=policy, now=now, outgoing=outgoing
        )
    except ConfigError as exc:
        return failed(conn, source, str(exc), now=now)
    log.info(
        "event=calendar_read source=%s removed=%d held_back=%d",
        source.name,
        report.removed,
        report.held_back,
    )
    if report.imported is not None and report.imported.refused:
        with transaction(conn):
            for where, reason in report.imported.refused:
                review.add(
                    conn,
                    kind="alert",
                    dedup_key=f"calendar-row:{source.name}:{where}:{reason}",
                    reason=(
                        f'Kalender "{source.name}", {where.german()}: Termin abgelehnt: {reason}'
                    ),
                    now=now,
                )
    return report


def failed(
    conn: sqlite3.Connection, source: CalendarSource, message: str, *, now: datetime
) -> CalendarReport:
    log.warning("event=calendar_failed source=%s", source.name)
    with transaction(conn):
        review.add(
            conn,
            kind="alert",
            dedup_key=f"calendar:{source.name}:{now.date().isoformat()}",
            reason=(
                f"Kalender konnte nicht gelesen werden (bisherige Termine bleiben"
                f" unverändert): {message}"
            ),
            now=now,
        )
    return CalendarReport(source.name, error=message)
