"""Importing bookings from the practice's CSV exports and calendars (.ics).

Reading is worker/adapters/booking_files.py (`read_bookings`: bytes in, rows out); here each row
is stored on its own, so one bad row is reported with its place and reason while the
good ones are imported. Upserting by external id makes a re-import change nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from rules.bookings import BookingError, BookingRequest, InPersonRow
from rules.changes import plan_cancelled_mail, plan_moved_mail
from rules.models import Appointment, DueMail, Kind, MailKind, TelemedicinePolicy, dedup_key
from rules.telemedicine import kind_refusal, prescription_refusals
from state import appointments as appointment_store
from state import outbox as outbox_store
from state import patients as patient_store
from state import prescriptions as prescription_store
from state import review
from state.appointments import Booking, Upsert
from state.db import transaction
from worker.adapters.booking_files import (
    MAX_IMPORT_BYTES,
    BookingFile,
    RowRef,
    SeriesSessions,
    read_bookings,
)
from worker.cycle.outgoing import OutgoingSettings, enqueue_mail, random_token
from worker.errors import ConfigError


@dataclass(slots=True)
class ImportReport:
    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_cancelled: int = 0  # file row changed after a local cancel: staff are told
    moved: int = 0  # start time changed: the patient is told ("Termin verlegt")
    cancelled: int = 0  # cancelled by the file (STATUS:CANCELLED, left its series)
    told: int = 0  # "Termin abgesagt" mails stored for those
    refused: list[tuple[RowRef, str]] = field(default_factory=list)  # (where, reason)
    skipped: list[tuple[RowRef, str]] = field(default_factory=list)  # on purpose (all-day)
    empty_rows: int = 0  # Excel's ";;;;" rows, skipped
    encoding: str = "utf-8"  # what the file was read as

    def summary(self) -> str:
        extras = []
        if self.kept_cancelled:
            extras.append(
                f"{self.kept_cancelled} kept cancelled (changed in the file after a"
                " cancel here; see review list)"
            )
        if self.cancelled:
            extras.append(f"{self.cancelled} cancelled")
        if self.skipped:
            extras.append(f"{len(self.skipped)} skipped")
        if self.empty_rows:
            extras.append(f"{self.empty_rows} empty rows skipped")
        if self.encoding not in ("utf-8", "utf-16"):
            extras.append(f"read as {self.encoding}")
        return (
            f"{self.source}: {self.added} added, {self.updated} updated, "
            f"{self.unchanged} unchanged, {len(self.refused)} refused"
            + "".join(f", {e}" for e in extras)
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
    policy = policy or TelemedicinePolicy()
    with transaction(conn):
        # the row this request books again, read once for both checks
        same = (
            appointment_store.by_external_id(conn, request.external_id)
            if request.external_id is not None
            else None
        )
        _check_kind(request, policy, same)
        if request.prescription_id is not None:
            _check_prescription(conn, request, policy, same)
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


def complete_in_person_row(conn: sqlite3.Connection, row: InPersonRow) -> BookingRequest:
    """A short in-person row (email, start, prescription) as the booking it stands for:
    name, insurance and new-patient mark of the prescription's patient (who must be
    registered with the row's address), the prescription's treatment. BookingError when
    the prescription is unknown or another patient's."""
    prescription = prescription_store.get(conn, row.prescription_id)
    if prescription is None:
        raise BookingError(f"prescription: no prescription {row.prescription_id}")
    # A shared address (a family) is fine when the prescription's patient is among them.
    patient = next(
        (p for p in patient_store.at_address(conn, row.email) if p.id == prescription.patient_id),
        None,
    )
    if patient is None:
        raise BookingError(
            f"prescription {prescription.id}: Verordnung {prescription.id} gehört zu einem"
            " anderen Patienten (email)"
        )
    return BookingRequest(
        name=patient.name,
        email=row.email,
        start=row.start,
        duration_minutes=row.duration_minutes,
        kind=Kind.PRAXIS,
        treatment=prescription.treatment,
        insurance=patient.insurance,
        new_patient=patient.new_patient,
        external_id=row.external_id,
        prescription_id=prescription.id,
    )


def _check_kind(
    request: BookingRequest, policy: TelemedicinePolicy, same: Appointment | None
) -> None:
    """Refuse a GKV phone booking under the 2022 rules (rules.telemedicine.kind_refusal);
    a cancellation, or a row that was booked by phone before, passes (`check` warns)."""
    if request.cancelled:
        return
    reason = kind_refusal(
        request.kind,
        request.insurance,
        policy,
        booked_as=same.kind if same is not None else None,
    )
    if reason:
        raise BookingError(f"kind: {reason}")


def _check_prescription(
    conn: sqlite3.Connection,
    request: BookingRequest,
    policy: TelemedicinePolicy,
    same: Appointment | None,
) -> None:
    """Refuse a booking the prescription does not allow (rules.telemedicine), naming the rule."""
    assert request.prescription_id is not None
    prescription = prescription_store.get(conn, request.prescription_id)
    if prescription is None:
        raise BookingError(f"prescription: no prescription {request.prescription_id}")
    # A patient is a name and an address (a family may share one address).
    patient = patient_store.find(conn, address=request.email, name=request.name)
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
        booked_as=same.kind if same is not None else None,
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
    encoding: str | None = None,
) -> ImportReport:
    """Import every row of a file; with `outgoing`, a patient whose appointment got a new
    start time is told once ("Termin verlegt"). `encoding`: see worker/adapters/booking_files.py."""
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ConfigError(f"{path}: larger than {MAX_IMPORT_BYTES // 2**20} MiB, not imported")
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc
    return import_data(
        conn,
        data,
        name=str(path),
        zone=zone,
        policy=policy,
        now=now,
        outgoing=outgoing,
        encoding=encoding,
    )


def import_data(
    conn: sqlite3.Connection,
    data: bytes,
    *,
    name: str,
    zone: ZoneInfo,
    policy: TelemedicinePolicy,
    now: datetime,
    outgoing: OutgoingSettings | None = None,
    encoding: str | None = None,
) -> ImportReport:
    """Read and store the bookings of one source's bytes (a file, a downloaded calendar);
    `name` (a path or URL) names it in messages. Whole-file problems raise ConfigError."""
    booking_file = read_bookings(
        data, name=name, zone=zone, policy=policy, now=now, encoding=encoding
    )
    return store_bookings(conn, booking_file, now=now, outgoing=outgoing, policy=policy)


def store_bookings(
    conn: sqlite3.Connection,
    booking_file: BookingFile,
    *,
    now: datetime,
    policy: TelemedicinePolicy,
    outgoing: OutgoingSettings | None = None,
) -> ImportReport:
    """Store every row read from one source, each on its own: a booking (phone, video or
    in the practice; its prescription's caps checked inside its transaction, `policy`)."""
    report = ImportReport(
        source=booking_file.name,
        skipped=list(booking_file.skipped),
        empty_rows=booking_file.empty_rows,
        encoding=booking_file.encoding,
    )
    for row in booking_file.rows:
        item = row.item
        if isinstance(item, BookingError):
            report.refused.append((row.ref, str(item)))
            continue
        try:
            if isinstance(item, InPersonRow):
                item = complete_in_person_row(conn, item)
            _store_row(conn, item, report, now=now, outgoing=outgoing, policy=policy)
        except BookingError as exc:  # refused by its prescription; nothing of it stored
            report.refused.append((row.ref, str(exc)))
    for series in booking_file.series:
        if series.complete:
            _cancel_dropped_sessions(conn, series, report, now=now, outgoing=outgoing)
    return report


def _tell_change(
    conn: sqlite3.Connection,
    before: Appointment,
    appointment_id: int,
    report: ImportReport,
    *,
    now: datetime,
    outgoing: OutgoingSettings | None,
) -> None:
    """The file moved or cancelled an appointment: count it, and tell the patient once."""
    after = appointment_store.get(conn, appointment_id)
    if after is None:
        return
    if before.is_held and not after.is_held:
        report.cancelled += 1
    if not before.is_held and after.is_held:
        _tell_staff_revived(conn, after, now=now)
        return
    patient = patient_store.get(conn, before.patient_id)
    if outgoing is None or patient is None:
        return
    if before.is_held and not after.is_held:
        mail = plan_cancelled_mail(patient, after, now=now)
        report.told += tell_patient(conn, mail, outgoing=outgoing, now=now)
    else:
        mail = plan_moved_mail(patient, after, before.start, now=now)
        report.moved += tell_patient(conn, mail, outgoing=outgoing, now=now)


def _tell_staff_revived(
    conn: sqlite3.Connection, appointment: Appointment, *, now: datetime
) -> None:
    """The file has an appointment again that it had cancelled (a session put back into
    its series, STATUS:CANCELLED taken away). If the patient was told "Termin abgesagt",
    only a person can set that right: staff are told (no automatic mail says "after all")."""
    told = outbox_store.has_key(
        conn, dedup_key(MailKind.APPOINTMENT_CANCELLED, appointment.id, "0")
    )
    if not told or appointment.start <= now:
        return
    with transaction(conn):
        review.add(
            conn,
            kind="import",
            dedup_key=f"import:revived:{appointment.id}:{now.astimezone(UTC):%Y%m%dT%H%M%SZ}",
            reason=(
                f"Termin {appointment.id} steht wieder in der Terminliste, nachdem sie ihn"
                " abgesagt hatte, und der Patient hat die Absage per Mail erhalten: bitte"
                " den Patienten informieren, dass der Termin doch stattfindet."
            ),
            patient_id=appointment.patient_id,
            now=now,
        )


def _cancel_dropped_sessions(
    conn: sqlite3.Connection,
    series: SeriesSessions,
    report: ImportReport,
    *,
    now: datetime,
    outgoing: OutgoingSettings | None,
) -> None:
    """A session of a series that the calendar no longer has (a new EXDATE, a shorter
    COUNT or UNTIL) is cancelled, as if the file had marked it cancelled: the practice
    took it out. Only while the series was read without any error, only sessions still
    ahead and unconfirmed, and only inside the window the series was expanded for
    (older and later sessions are not missing, just not looked at)."""
    for session in appointment_store.series_sessions(conn, series.uid):
        if (
            session.external_id is None
            or session.external_id in series.external_ids
            or not session.is_held
            or session.start <= now
            or session.confirmed_at is not None
            or _original_start(session) > series.window_end
        ):
            continue
        cancel_from_source(conn, session, report, now=now, outgoing=outgoing)


def cancel_from_source(
    conn: sqlite3.Connection,
    appointment: Appointment,
    report: ImportReport,
    *,
    now: datetime,
    outgoing: OutgoingSettings | None,
) -> None:
    """The source no longer has the appointment (a session left its series, an event was
    deleted from a live calendar): cancelled as if the source had marked it cancelled,
    and the patient told once ("Termin abgesagt")."""
    _, outcome = appointment_store.upsert(
        conn,
        Booking(
            patient_id=appointment.patient_id,
            start=appointment.start,
            end=appointment.end,
            kind=appointment.kind,
            treatment=appointment.treatment,
            external_id=appointment.external_id,
            video_link=appointment.video_link,
            cancelled=True,
        ),
        now=now,
    )
    if outcome is Upsert.UPDATED:
        _tell_change(conn, appointment, appointment.id, report, now=now, outgoing=outgoing)


def _original_start(session: Appointment) -> datetime:
    """The time a session has in its series' rule: in its external id after the '#'."""
    _, _, stamp = (session.external_id or "").partition("#")
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return session.start


def _store_row(
    conn: sqlite3.Connection,
    item: BookingRequest,
    report: ImportReport,
    *,
    now: datetime,
    outgoing: OutgoingSettings | None,
    policy: TelemedicinePolicy,
) -> None:
    before = (
        appointment_store.by_external_id(conn, item.external_id)
        if item.external_id is not None
        else None
    )
    appointment_id, outcome = store_booking(conn, item, now=now, policy=policy)
    if outcome is Upsert.UPDATED and before is not None:
        _tell_change(conn, before, appointment_id, report, now=now, outgoing=outgoing)
    if outcome is Upsert.ADDED:
        report.added += 1
    elif outcome is Upsert.UPDATED:
        report.updated += 1
    elif outcome is Upsert.KEPT_CANCELLED:
        report.kept_cancelled += 1
    else:
        report.unchanged += 1
