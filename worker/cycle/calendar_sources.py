"""Live calendars as appointment sources: an iCalendar URL or a CalDAV calendar.

A calendar is read whole (one GET of the .ics URL; one calendar-query REPORT of the
CalDAV collection, its events joined into one calendar) and then goes through the same
reading and storing as a file (worker/adapters/booking_files.read_bookings, importing
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

import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from rules.bookings import BookingRequest
from rules.models import TelemedicinePolicy
from state import appointments as appointment_store
from state import calendar_events, review
from state.db import transaction
from worker.adapters.booking_files import BookingFile, read_bookings
from worker.adapters.calendars import fetch
from worker.config import CalendarSource
from worker.cycle.importing import ImportReport, cancel_from_source, store_bookings
from worker.cycle.outgoing import OutgoingSettings
from worker.errors import ConfigError

log = logging.getLogger(__name__)

# Deleted events cancel one by one; this many at once, and most of what the calendar
# had ahead, looks like a broken export or the wrong calendar: staff decide.
MASS_REMOVAL_MIN = 5
MASS_REMOVAL_SHARE = 0.5


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
    stored = appointment_store.by_external_ids(conn, known)
    ahead = [
        a
        for a in (stored.get(e) for e in known)
        if a is not None and a.is_held and a.start > now and a.confirmed_at is None
    ]
    gone_ids = set(gone)
    cancellable = [a for a in ahead if a.external_id in gone_ids]
    if cancellable and (
        not present
        or (
            len(cancellable) >= MASS_REMOVAL_MIN
            and len(cancellable) > MASS_REMOVAL_SHARE * len(ahead)
        )
    ):
        report.held_back = len(cancellable)
        _ask_staff(conn, source, len(cancellable), len(ahead), empty=not present, now=now)
        held_back = {a.external_id for a in cancellable}
        gone = [e for e in gone if e not in held_back]
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
