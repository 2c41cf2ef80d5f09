"""The staff's daily report: what is on today and tomorrow, what is missing, what to bill.

`build_digest` turns a time-bounded slice of the state into sections of rows ready for
the `staff_digest` template (times already in practice time); `billing_csv` writes the
billing list as the CSV attached to it. Staff mail goes to the practice's own team, so
it names patients and the subjects of their mails, but never a mail body.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo

from rules.calendar import local_date, wall_clock
from rules.models import Appointment, FormsPolicy, Insurance, Kind, Patient, Treatment
from rules.paperwork import forms_required

MAX_ROWS = 200  # per listing section; the rest is counted ("und 12 weitere"). Billing: all.
# OWASP "CSV Injection": a cell starting with one of these may be run as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
BILLING_COLUMNS = (
    "Datum der Behandlung",
    "Termin-ID",
    "Externe ID",
    "Patient-ID",
    "Name",
    "Art",
    "Behandlung",
    "bestätigt am",
    "Message-ID",
    "Nachweis",
    # Added for a §302 billing run / billing centre (issue 15); columns are only ever
    # appended, never renamed or moved: scripts read them by name and by position.
    "Versicherung",
    "Positionsnummer",
    "Verordnung",
    "Verordnung-ID",
)
EVIDENCE_LABEL = {
    "patient_mail": "Mail des Patienten",
    "staff_note": "Notiz des Praxisteams (telefonisch bestätigt)",
}
_KIND_LABEL = {Kind.PHONE: "Telefon", Kind.VIDEO: "Video", Kind.PRAXIS: "Praxis"}
_INSURANCE_LABEL = {Insurance.GKV: "GKV", Insurance.PRIVATE: "privat"}


# --- inputs the shell reads from the state -------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewEntry:
    """An open review item, with the categories of the mail behind it (if any)."""

    id: int
    kind: str  # "mail" (a mail needs a person), "alert" (a system problem), ...
    subject: str
    reason: str
    created_at: datetime
    patient_id: int | None = None
    categories: frozenset[str] = frozenset()  # rules.models.Category values of the mail
    patient_name: str = ""  # staff mail only: internal, names the patient
    mail_date: datetime | None = None  # when the flagged mail arrived: find it by subject+date
    resolved_at: datetime | None = None
    resolved_by: str | None = None  # "mailbox", "staff_mail", "cli"


class ProblemKind(StrEnum):
    FAILED = "failed"  # the server refused the mail for good (5xx)
    EXPIRED = "expired"  # could not be sent before it lost its use
    UNDELIVERABLE = "undeliverable"  # the address hard-bounced: nothing more goes there


@dataclass(frozen=True, slots=True, kw_only=True)
class DeliveryProblem:
    key: str  # stable: "outbox:{row id}" or "address:{address}"
    problem: ProblemKind
    at: datetime  # when the mail was planned / the address marked
    patient_id: int | None
    patient_name: str
    address: str
    mail_kind: str | None = None  # outbox kind for failed/expired mail
    appointment_id: int | None = None
    detail: str = ""  # SMTP code or bounce reason, never mail text


@dataclass(frozen=True, slots=True, kw_only=True)
class Health:
    last_mailbox_contact: datetime | None = None  # last successful login/fetch
    last_mail_seen: datetime | None = None
    last_error_kind: str | None = None  # e.g. "MailboxAuthError"
    last_error_at: datetime | None = None
    mails_since_last_report: Mapping[str, int] = field(default_factory=dict)  # by status
    outbox_pending: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class BillingRow:
    """One confirmed treatment: what the practice bills on."""

    day: date  # the treatment date the patient confirmed
    appointment_id: int
    external_id: str | None
    patient_id: int
    patient_name: str
    kind: Kind
    treatment: Treatment
    confirmed_at: datetime
    message_id: str | None
    source: str = "patient_mail"  # "staff_note": confirmed by phone, noted by staff
    insurance: Insurance | None = None
    prescription_id: int | None = None  # the Verordnung the appointment was booked against
    prescription_reference: str | None = None


# --- the report ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class AppointmentLine:
    appointment_id: int
    start: datetime  # practice time
    kind: Kind
    patient_id: int
    patient_name: str
    forms_complete: bool
    forms_missing: tuple[str, ...]  # display names
    link_sent: bool | None  # None for phone appointments
    link_missing: bool = False  # a video appointment without a link entered yet
    on_hold: bool = False  # a cancellation/reschedule mail of the patient is still open


@dataclass(frozen=True, slots=True, kw_only=True)
class MissingFormsLine:
    patient_id: int
    patient_name: str
    next_start: datetime  # practice time of the earliest appointment that needs them
    next_kind: Kind
    forms: tuple[str, ...]  # display names


@dataclass(frozen=True, slots=True, kw_only=True)
class OpenConfirmationLine:
    appointment_id: int
    start: datetime  # practice time
    kind: Kind
    patient_id: int
    patient_name: str
    age_days: int  # calendar days since the appointment


Row = TypeVar("Row")


@dataclass(frozen=True, slots=True, kw_only=True)
class Section(Generic[Row]):
    """Rows of one listing; `more` counts rows left out beyond MAX_ROWS."""

    rows: tuple[Row, ...] = ()
    more: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Digest:
    day: date  # the practice day the report is for
    tomorrow: date
    generated_at: datetime  # practice time
    today_appointments: Section[AppointmentLine]
    tomorrow_appointments: Section[AppointmentLine]
    missing_forms: Section[MissingFormsLine]
    open_confirmations: Section[OpenConfirmationLine]
    billing: tuple[BillingRow, ...]  # complete, never cut: it is what the practice bills on
    billing_since: datetime | None  # practice time of the previous report
    review: Section[ReviewEntry]
    delivery_problems: Section[DeliveryProblem]
    health: Health
    review_done: Section[ReviewEntry] = Section()  # resolved since the last report


def digest_day_due(*, now: datetime, digest_at: time, zone: ZoneInfo) -> date:
    """The practice day whose digest is due at `now`, or the day before if today's
    `digest_at` (practice time) has not come yet. A worker that was down at that time
    sends the day's digest when it comes back the same day; the caller's key per day
    keeps it to one."""
    today = local_date(now, zone)
    if now >= wall_clock(today, digest_at, zone):
        return today
    return today - timedelta(days=1)


def is_digest_due(*, now: datetime, digest_at: time, zone: ZoneInfo) -> bool:
    """Today's digest may go from `digest_at` practice time until midnight."""
    return digest_day_due(now=now, digest_at=digest_at, zone=zone) == local_date(now, zone)


def build_digest(
    *,
    now: datetime,
    zone: ZoneInfo,
    appointments: Sequence[Appointment],
    patients: Mapping[int, Patient],
    forms_received: Mapping[int, frozenset[str]],
    forms_policy: FormsPolicy,
    links_sent: frozenset[int],
    open_confirmations: Sequence[Appointment],
    confirmations_since_last_digest: Sequence[BillingRow],
    last_digest_at: datetime | None,
    open_review_items: Sequence[ReviewEntry],
    delivery_problems: Sequence[DeliveryProblem],
    health: Health,
    resolved_review_items: Sequence[ReviewEntry] = (),
    open_review_total: int | None = None,
    resolved_review_total: int | None = None,
) -> Digest:
    """The daily report at `now`.

    Practice rule: staff see today's and tomorrow's appointments (time, phone/video,
    patient, forms complete, video link sent), every patient whose forms are still
    missing for an upcoming appointment, held appointments that ended without a
    confirmation with their age in days, every confirmation recorded since the last
    report (the billing list), open review items with subject and reason, delivery
    problems and the worker's health; review items closed since the last report show
    how (in the mailbox, by a mailed command, on the command line). `appointments` are
    those from the start of today on (any status; only held ones are listed),
    `links_sent` the ids whose current video link went out (or is on its way in this
    cycle's sending run). Review items may come cut to the first MAX_ROWS (the oldest
    open ones, the first resolved) with `open_review_total`/`resolved_review_total`
    saying how many there are: the report lists no more and counts the rest.
    """
    today = local_date(now, zone)
    tomorrow = today + timedelta(days=1)
    held = sorted((a for a in appointments if a.is_held), key=lambda a: (a.start, a.id))
    lines = [
        _appointment_line(a, patients, forms_received, forms_policy, links_sent, zone)
        for a in held
        if a.patient_id in patients and local_date(a.start, zone) in (today, tomorrow)
    ]
    return Digest(
        day=today,
        tomorrow=tomorrow,
        generated_at=now.astimezone(zone),
        today_appointments=_section(line for line in lines if line.start.date() == today),
        tomorrow_appointments=_section(line for line in lines if line.start.date() == tomorrow),
        missing_forms=_section(
            _missing_forms_lines(
                [a for a in held if a.start > now],
                patients,
                forms_received,
                forms_policy,
                zone,
            )
        ),
        open_confirmations=_section(
            OpenConfirmationLine(
                appointment_id=a.id,
                start=a.start.astimezone(zone),
                kind=a.kind,
                patient_id=a.patient_id,
                patient_name=_name(patients, a.patient_id),
                age_days=(today - local_date(a.start, zone)).days,
            )
            for a in sorted(open_confirmations, key=lambda a: (a.start, a.id))
            if a.is_held and a.confirmed_at is None and a.end <= now and a.kind.is_remote
        ),
        billing=tuple(
            sorted(confirmations_since_last_digest, key=lambda r: (r.day, r.appointment_id))
        ),
        billing_since=None if last_digest_at is None else last_digest_at.astimezone(zone),
        review=_section(
            sorted(open_review_items, key=lambda r: (r.created_at, r.id)), total=open_review_total
        ),
        delivery_problems=_section(sorted(delivery_problems, key=lambda p: (p.at, p.key))),
        health=health,
        review_done=_section(
            sorted(resolved_review_items, key=lambda r: (r.resolved_at or r.created_at, r.id)),
            total=resolved_review_total,
        ),
    )


def _section(rows: Iterable[Row], *, total: int | None = None) -> Section[Row]:
    """The first MAX_ROWS rows; `more` counts the others (of `total`, when the caller
    passed only the first rows)."""
    listed = list(rows)
    shown = listed[:MAX_ROWS]
    count = len(listed) if total is None else max(total, len(listed))
    return Section(rows=tuple(shown), more=count - len(shown))


def _name(patients: Mapping[int, Patient], patient_id: int) -> str:
    patient = patients.get(patient_id)
    return patient.name if patient is not None else f"Patient {patient_id}"


def form_names(keys: Iterable[str], policy: FormsPolicy) -> tuple[str, ...]:
    return tuple(policy.names.get(key, key) for key in keys)


def missing_for(
    appointment: Appointment,
    patient: Patient,
    received: frozenset[str],
    policy: FormsPolicy,
) -> tuple[str, ...]:
    """Form keys this appointment still needs on file."""
    required = forms_required(patient=patient, appointment=appointment, policy=policy)
    return tuple(key for key in required if key not in received)


def _appointment_line(
    appointment: Appointment,
    patients: Mapping[int, Patient],
    forms_received: Mapping[int, frozenset[str]],
    policy: FormsPolicy,
    links_sent: frozenset[int],
    zone: ZoneInfo,
) -> AppointmentLine:
    patient = patients[appointment.patient_id]
    missing = missing_for(appointment, patient, forms_received.get(patient.id, frozenset()), policy)
    return AppointmentLine(
        appointment_id=appointment.id,
        start=appointment.start.astimezone(zone),
        kind=appointment.kind,
        patient_id=patient.id,
        patient_name=patient.name,
        forms_complete=not missing,
        forms_missing=form_names(missing, policy),
        link_sent=appointment.id in links_sent if appointment.kind is Kind.VIDEO else None,
        link_missing=appointment.kind is Kind.VIDEO and not appointment.video_link,
        on_hold=appointment.on_hold,
    )


def _missing_forms_lines(
    upcoming: Sequence[Appointment],
    patients: Mapping[int, Patient],
    forms_received: Mapping[int, frozenset[str]],
    policy: FormsPolicy,
    zone: ZoneInfo,
) -> list[MissingFormsLine]:
    # One line per patient, driven by the earliest appointment that needs something.
    first: dict[int, Appointment] = {}
    owed: dict[int, dict[str, None]] = {}
    for appointment in upcoming:  # sorted by start
        patient = patients.get(appointment.patient_id)
        if patient is None:
            continue
        missing = missing_for(
            appointment, patient, forms_received.get(patient.id, frozenset()), policy
        )
        if missing:
            first.setdefault(patient.id, appointment)
            owed.setdefault(patient.id, {}).update(dict.fromkeys(missing))
    return [
        MissingFormsLine(
            patient_id=patient_id,
            patient_name=patients[patient_id].name,
            next_start=appointment.start.astimezone(zone),
            next_kind=appointment.kind,
            forms=form_names(owed[patient_id], policy),
        )
        for patient_id, appointment in first.items()
    ]


# --- the billing CSV -------------------------------------------------------------------


def defuse_cell(value: str) -> str:
    """A cell as a spreadsheet will show it, never run it: text that would start a
    formula (= + - @, TAB, CR, also after leading blanks) gets a leading apostrophe
    (OWASP "CSV Injection")."""
    return "'" + value if value.lstrip(" ").startswith(FORMULA_TRIGGERS) else value


def position_number(row: BillingRow, positions: Mapping[str, str]) -> str:
    """The practice's Heilmittel position number for this row ("" when not configured):
    key "gkv.video.KG" ([telemedicine.positions.gkv] video_KG)."""
    if row.insurance is None:
        return ""
    return positions.get(f"{row.insurance.value}.{row.kind.value}.{row.treatment.value}", "")


def billing_csv(
    rows: Sequence[BillingRow], *, zone: ZoneInfo, positions: Mapping[str, str] | None = None
) -> bytes:
    """The billing list as German Excel opens it by double-click: UTF-8 with BOM, `;`
    between cells, every cell quoted, dates as TT.MM.JJJJ, formulas defused."""
    positions = positions or {}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(BILLING_COLUMNS)
    for row in rows:
        cells = (
            f"{row.day:%d.%m.%Y}",
            str(row.appointment_id),
            row.external_id or "",
            str(row.patient_id),
            row.patient_name,
            _KIND_LABEL[row.kind],
            row.treatment.value,
            f"{row.confirmed_at.astimezone(zone):%d.%m.%Y %H:%M}",
            row.message_id or "",
            EVIDENCE_LABEL.get(row.source, row.source),
            _INSURANCE_LABEL[row.insurance] if row.insurance is not None else "",
            position_number(row, positions),
            row.prescription_reference or "",
            str(row.prescription_id) if row.prescription_id is not None else "",
        )
        writer.writerow([defuse_cell(cell) for cell in cells])
    return buffer.getvalue().encode("utf-8-sig")
