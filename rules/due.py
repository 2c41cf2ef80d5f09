"""Which mails to patients are due at a given moment.

The planner is a pure function of the state: appointments, patients, forms on file,
recorded confirmations and the idempotency keys of mail already in the outbox. It
returns only mail that is due *now*; the worker commits each one to the outbox under
its stable key, so a mail is never planned twice, and a worker that was down at a
mail's time still sends it after restart, as long as it is still of use.

Timing decisions (documented here once, tested in tests/unit/test_due.py):

- "N hours before" (reminders) means N real hours: computed on UTC instants, so the
  48 h reminder for Monday 30 March 2026, 10:00 (the clocks went forward on Sunday)
  goes out on Saturday at 09:00 on the clock: the patient is reminded 48 h ahead.
  "N days before" (forms) and "N days after" (confirmation follow-ups) are calendar
  days on the practice's wall clock at the same local time (built with zoneinfo from
  date + time, never by adding timedelta to a local time).
- Quiet hours (default 21:00-07:00, practice time) hold back every patient mail until
  the window ends. A reminder whose quiet-hours delay would reach the appointment
  instead goes out in the hour before the quiet window began (the evening before).
- Sundays and public holidays of the practice's Bundesland (library `holidays`) hold
  back only mail that looks back: confirmation requests and their follow-ups wait for
  the next working day (Mon-Sat). Mail for an upcoming appointment (video link,
  appointment information, reminder, forms request) is worth most on time and goes
  out on any day, outside quiet hours.
- Where several steps of one schedule have passed unsent (e.g. the worker was down),
  only the latest is sent: no burst of stale mail. A step whose use has passed expires:
  a reminder at the appointment start, a video link at the appointment end.
- Nothing is written to an address in `Patient.undeliverable`; the first deliverable
  address of the patient is used.
- One confirmation request per patient at a time: it is driven by the patient's latest
  held, ended and unconfirmed appointment (of the last `CONFIRMATION_LOOKBACK`) and lists
  every such appointment, so one reply can confirm them all; a newer request supersedes
  the follow-ups of older ones.
- Forms requests are per patient too, driven by the earliest upcoming appointment that
  still needs a form, and name exactly the forms still missing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from rules.calendar import (
    is_allowed,
    is_quiet,
    next_allowed,
    quiet_window_start,
    wall_clock,
)
from rules.models import (
    PATIENT_KINDS,
    Appointment,
    DueMail,
    FormsPolicy,
    Kind,
    MailKind,
    Patient,
    ReviewNote,
    dedup_key,
)
from rules.paperwork import forms_missing, forms_required

CONFIRMATION_LOOKBACK = timedelta(days=28)  # older open appointments are staff's business
RECEIPT_WINDOW = timedelta(days=2)  # a thank-you later than this is odd, not polite
BOOKING_GRACE = timedelta(days=2)  # a booking-time forms request is not sent later than this
FORMS_MIN_GAP = timedelta(days=1)  # no "days before" forms request within a day of booking
REMINDER_PULL_BACK = timedelta(hours=1)  # reminders blocked by quiet hours go this much earlier
MISSED_REMINDER_WINDOW = timedelta(days=2)  # how far back missed reminders are reported


# Mail that looks back at a past appointment waits for a working day.
_WORKING_DAY_KINDS = frozenset({MailKind.CONFIRMATION_REQUEST})
# What the per-recipient daily cap lets through first: time-critical mail.
_CAP_PRIORITY = (
    MailKind.REMINDER,
    MailKind.VIDEO_LINK,
    MailKind.APPOINTMENT_INFO,
    MailKind.FORMS_REQUEST,
    MailKind.CONFIRMATION_RECEIPT,
    MailKind.CLARIFICATION,
    MailKind.CONFIRMATION_REQUEST,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ScheduleSettings:
    """Config [schedule] plus the practice facts timing depends on."""

    reminders_before_hours: tuple[int, ...] = (24,)
    forms_request_days_before: tuple[int, ...] = (5, 2)
    confirmation_request_after_minutes: int = 60
    confirmation_reminder_after_days: tuple[int, ...] = (3,)
    digest_at: time = time(7, 0)
    quiet_hours: tuple[time, time] = (time(21, 0), time(7, 0))
    receipts: bool = True
    alert_missing_forms_hours_before: int = 24
    alert_missing_link_hours_before: int = 24
    timezone: str = "Europe/Berlin"
    region: str = "BE"  # Bundesland, for public holidays
    language: str = "de"
    max_per_recipient_per_day: int = 5  # config [smtp]
    clarify: bool = False  # ask which appointment a confirmation meant (rules/clarify.py)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordedConfirmation:
    """A service confirmation on record (table `confirmations`)."""

    appointment_id: int
    patient_id: int
    day: date
    message_id: str | None  # the patient's mail that confirmed it
    recorded_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanningInput:
    """The slice of the state the planner needs (see state/planning.py).

    `appointments`: held appointments that start after now - CONFIRMATION_LOOKBACK (older
    and cancelled ones may be passed; they are ignored). `confirmations`: those recorded
    since now - RECEIPT_WINDOW. `thread_roots`: appointment id -> Message-ID of the first
    mail we wrote about it. `already_planned`: outbox keys of those appointments.
    """

    patients: Mapping[int, Patient]
    appointments: Sequence[Appointment]
    forms_received: Mapping[int, frozenset[str]] = field(default_factory=dict)
    confirmations: Sequence[RecordedConfirmation] = ()
    thread_roots: Mapping[int, str] = field(default_factory=dict)
    already_planned: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class MissedReminder:
    """A reminder that was never sent and now is pointless: staff should know."""

    dedup_key: str  # "reminder_missed:{appointment id}"
    appointment_id: int
    patient_id: int


@dataclass(frozen=True, slots=True)
class _Step:
    variant: str
    target: datetime
    expires_at: datetime | None


def deliverable_address(patient: Patient) -> str | None:
    """The first of the patient's addresses that has not hard-bounced."""
    blocked = {address.lower() for address in patient.undeliverable}
    return next((a for a in patient.emails if a.lower() not in blocked), None)


def plan_due_mail(
    *,
    now: datetime,
    settings: ScheduleSettings,
    forms_policy: FormsPolicy,
    facts: PlanningInput,
) -> tuple[DueMail, ...]:
    """The patient mails due at `now` that are not yet in the outbox.

    Video link once a video appointment has one (again, marked as changed, per new
    link version); appointment information for phone appointments at booking; a
    reminder at each `reminders_before_hours` (not when booked later than that point,
    never after the start); a forms request at booking and at each
    `forms_request_days_before` while forms are missing; a confirmation request
    `confirmation_request_after_minutes` after a held appointment ended unconfirmed and
    follow-ups per `confirmation_reminder_after_days`; a receipt after a recorded
    confirmation if `receipts` is on. An appointment in the practice (Kind.PRAXIS) gets
    no mail at all. Timing rules: see the module docstring.
    """
    _require_aware(now)
    planner = _Planner(now=now, settings=settings, policy=forms_policy, facts=facts)
    return tuple(sorted(planner.plan(), key=lambda m: (m.not_before, m.dedup_key)))


def missed_reminders(
    *, now: datetime, settings: ScheduleSettings, facts: PlanningInput
) -> tuple[MissedReminder, ...]:
    """Appointments that began (within MISSED_REMINDER_WINDOW) without any of the
    reminders they were owed, e.g. because the worker was down: staff are told once."""
    _require_aware(now)
    missed = []
    for appointment in facts.appointments:
        if (
            not appointment.is_held
            or appointment.on_hold
            or not appointment.kind.is_remote
            or not now - MISSED_REMINDER_WINDOW < appointment.start <= now
        ):
            continue
        patient = facts.patients.get(appointment.patient_id)
        if patient is None or deliverable_address(patient) is None:
            continue
        steps = _reminder_steps(appointment, settings)
        keys = {dedup_key(MailKind.REMINDER, appointment.id, s.variant) for s in steps}
        if steps and not keys & facts.already_planned:
            missed.append(
                MissedReminder(
                    dedup_key=f"reminder_missed:{appointment.id}",
                    appointment_id=appointment.id,
                    patient_id=appointment.patient_id,
                )
            )
    return tuple(missed)


def missed_reminder_note(missed: MissedReminder) -> ReviewNote:
    """Staff hear of a reminder that could not go out in time (the patient was not
    reminded and may not come), once per appointment."""
    return ReviewNote(
        kind="missed_reminder",
        dedup_key=missed.dedup_key,
        reason=(
            f"Erinnerung für Termin {missed.appointment_id} konnte nicht "
            "rechtzeitig versendet werden."
        ),
        patient_id=missed.patient_id,
    )


def held_note(mail: DueMail) -> ReviewNote:
    """Staff hear of a mail the per-recipient daily cap held back, once per mail."""
    return ReviewNote(
        kind="held",
        dedup_key=f"held:{mail.dedup_key}",
        reason=(
            f"Tageslimit für Mails an diese Adresse erreicht; "
            f"'{mail.kind.value}' wurde zurückgehalten."
        ),
        patient_id=mail.patient_id,
    )


def apply_daily_cap(
    mails: Iterable[DueMail], *, sent_today: Mapping[str, int], cap: int
) -> tuple[tuple[DueMail, ...], tuple[DueMail, ...]]:
    """Split due mail into (to send, held back) so no patient address gets more than
    `cap` mails a day; time-critical kinds go first. Staff mail is never capped.
    `sent_today`: mails already in the outbox today per recipient (lower-case)."""
    counts: dict[str, int] = defaultdict(int)
    counts.update({address.lower(): n for address, n in sent_today.items()})
    rank = {kind: position for position, kind in enumerate(_CAP_PRIORITY)}
    send: list[DueMail] = []
    held: list[DueMail] = []
    ordered = sorted(mails, key=lambda m: (rank.get(m.kind, -1), m.not_before, m.dedup_key))
    for mail in ordered:
        address = mail.recipient.lower()
        if mail.kind not in PATIENT_KINDS or counts[address] < cap:
            counts[address] += 1
            send.append(mail)
        else:
            held.append(mail)
    return tuple(send), tuple(held)


# --- the planner ---------------------------------------------------------------------


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("now must be an aware datetime")


def _reminder_steps(appointment: Appointment, settings: ScheduleSettings) -> list[_Step]:
    """A reminder per `reminders_before_hours`, not when booked later than that point.
    An appointment the practice moved is owed its reminders for the new time, under keys
    of their own (one sent for the old time does not count), not when moved later than
    that point (the "Termin verlegt" mail has just told the time)."""
    steps = []
    start = appointment.start.astimezone(UTC)
    since, suffix = appointment.created_at, ""
    if appointment.moved_at is not None:
        since, suffix = (
            appointment.moved_at,
            f"@{appointment.moved_at.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        )
    for hours in sorted(set(settings.reminders_before_hours), reverse=True):
        target = start - timedelta(hours=hours)  # real hours, on UTC instants
        if since is None or target >= since:
            steps.append(_Step(f"{hours}h{suffix}", target, start))
    return steps


def _appointment_context(appointment: Appointment) -> dict[str, object]:
    # Only when and how: the treatment code never reaches a patient mail.
    return {
        "start": appointment.start,
        "end": appointment.end,
        "kind": appointment.kind.value,
    }


def _video_context(appointment: Appointment) -> dict[str, object]:
    link = appointment.video_link or ""
    return {
        "video_access": link or None,
        "video_is_url": link.lower().startswith(("https://", "http://")),
    }


@dataclass(slots=True, kw_only=True)
class _Planner:
    now: datetime
    settings: ScheduleSettings
    policy: FormsPolicy
    facts: PlanningInput
    may_send: dict[bool, bool] = field(default_factory=dict)  # per working_days_only
    confirmed: frozenset[int] = frozenset()  # appointment ids with a recorded confirmation

    def plan(self) -> list[DueMail]:
        self.confirmed = frozenset(c.appointment_id for c in self.facts.confirmations)
        mails: list[DueMail] = []
        # an appointment the patient asked to cancel or move waits for staff: no mail;
        # one in the practice gets none at all (signed on the prescription, not by mail)
        held = [
            a for a in self.facts.appointments if a.is_held and not a.on_hold and a.kind.is_remote
        ]
        held.sort(key=lambda a: (a.start, a.id))
        by_patient: dict[int, list[Appointment]] = defaultdict(list)
        for appointment in held:
            by_patient[appointment.patient_id].append(appointment)
        for patient_id, appointments in by_patient.items():
            patient = self.facts.patients.get(patient_id)
            if patient is None or deliverable_address(patient) is None:
                continue
            for appointment in appointments:
                mails.extend(self._booking_and_reminder_mail(patient, appointment))
            mails.extend(self._forms_request(patient, appointments))
            mails.extend(self._confirmation_request(patient, appointments))
        if self.settings.receipts:
            mails.extend(self._receipts())
        return mails

    # -- timing

    def _release(self, kind: MailKind, step: _Step) -> datetime:
        settings = self.settings
        release = next_allowed(
            step.target,
            quiet_hours=settings.quiet_hours,
            tz=settings.zone,
            working_days_only=kind in _WORKING_DAY_KINDS,
            region=settings.region,
        )
        if (
            kind is MailKind.REMINDER
            and step.expires_at is not None
            and release >= step.expires_at
            and is_quiet(step.target, settings.quiet_hours, settings.zone)
        ):
            # Moving it past the quiet hours would make it pointless: send it the evening before.
            window = quiet_window_start(step.target, settings.quiet_hours, settings.zone)
            release = window - REMINDER_PULL_BACK
        return release

    def _may_send_now(self, kind: MailKind) -> bool:
        working_days_only = kind in _WORKING_DAY_KINDS
        if working_days_only not in self.may_send:
            self.may_send[working_days_only] = is_allowed(
                self.now,
                quiet_hours=self.settings.quiet_hours,
                tz=self.settings.zone,
                working_days_only=working_days_only,
                region=self.settings.region,
            )
        return self.may_send[working_days_only]

    def _due_step(self, kind: MailKind, steps: Sequence[_Step]) -> tuple[_Step, datetime] | None:
        """The latest step whose time has come, if still of use and if mail may go now."""
        if not self._may_send_now(kind):
            return None
        # A release is never earlier than its target, save a reminder pulled back out of
        # quiet hours (by less than a day): steps further ahead cannot be due yet.
        horizon = self.now + timedelta(days=1) + REMINDER_PULL_BACK
        passed = [
            (step, release)
            for step in steps
            if step.target <= horizon and (release := self._release(kind, step)) <= self.now
        ]
        if not passed:
            return None
        step, release = max(passed, key=lambda pair: (pair[0].target, pair[1]))
        if step.expires_at is not None and self.now >= step.expires_at:
            return None
        return step, release

    # -- building

    def _mail(
        self,
        *,
        kind: MailKind,
        template: str,
        patient: Patient,
        appointment_id: int,
        step: _Step,
        release: datetime,
        context: Mapping[str, object],
        in_reply_to: str | None = None,
        references: tuple[str, ...] | None = None,
        auto_submitted: str = "auto-generated",
    ) -> DueMail | None:
        key = dedup_key(kind, appointment_id, step.variant)
        if key in self.facts.already_planned:
            return None
        recipient = deliverable_address(patient)
        if recipient is None:
            return None
        root = self.facts.thread_roots.get(appointment_id)
        if in_reply_to is None and root is not None:
            in_reply_to = root
        if references is None:
            references = (root,) if root is not None else ()
        return DueMail(
            dedup_key=key,
            kind=kind,
            template=template,
            recipient=recipient,
            recipient_name=patient.name,
            patient_id=patient.id,
            appointment_id=appointment_id,
            not_before=release,
            expires_at=step.expires_at,
            in_reply_to=in_reply_to,
            references=references,
            auto_submitted=auto_submitted,
            context={"patient_name": patient.name, **context},
        )

    def _once(
        self,
        kind: MailKind,
        subject_id: int,
        steps: Sequence[_Step],
        build: Callable[[_Step, datetime], DueMail | None],
    ) -> list[DueMail]:
        """The mail for the step due now, if any (at most one per schedule and run)."""
        planned = self.facts.already_planned
        if all(dedup_key(kind, subject_id, step.variant) in planned for step in steps):
            return []  # the usual case for past appointments: nothing left to decide
        due = self._due_step(kind, steps)
        if due is None:
            return []
        mail = build(*due)
        return [mail] if mail is not None else []

    def _booking_and_reminder_mail(
        self, patient: Patient, appointment: Appointment
    ) -> list[DueMail]:
        mails: list[DueMail] = []
        booked = appointment.created_at or self.now
        details = _appointment_context(appointment)
        if appointment.kind is Kind.VIDEO and appointment.video_link:
            version = appointment.link_version
            changed = any(
                dedup_key(MailKind.VIDEO_LINK, appointment.id, f"v{earlier}")
                in self.facts.already_planned
                for earlier in range(version)
            )
            step = _Step(f"v{version}", booked, appointment.end)
            mails += self._once(
                MailKind.VIDEO_LINK,
                appointment.id,
                [step],
                lambda s, r: self._mail(
                    kind=MailKind.VIDEO_LINK,
                    template="video_link",
                    patient=patient,
                    appointment_id=appointment.id,
                    step=s,
                    release=r,
                    context={
                        "appointment": details,
                        **_video_context(appointment),
                        "link_changed": changed,
                    },
                ),
            )
        if appointment.kind is Kind.PHONE:
            step = _Step("0", booked, appointment.start)
            mails += self._once(
                MailKind.APPOINTMENT_INFO,
                appointment.id,
                [step],
                lambda s, r: self._mail(
                    kind=MailKind.APPOINTMENT_INFO,
                    template="appointment_info",
                    patient=patient,
                    appointment_id=appointment.id,
                    step=s,
                    release=r,
                    context={"appointment": details},
                ),
            )
        mails += self._once(
            MailKind.REMINDER,
            appointment.id,
            _reminder_steps(appointment, self.settings),
            lambda s, r: self._mail(
                kind=MailKind.REMINDER,
                template=f"reminder_{appointment.kind.value}",
                patient=patient,
                appointment_id=appointment.id,
                step=s,
                release=r,
                context={"appointment": details, **_video_context(appointment)},
            ),
        )
        return mails

    def _forms_request(
        self, patient: Patient, appointments: Sequence[Appointment]
    ) -> list[DueMail]:
        upcoming = [a for a in appointments if a.start > self.now]
        received = self.facts.forms_received.get(patient.id, frozenset())
        missing = forms_missing(
            patient=patient, appointments=upcoming, received=received, policy=self.policy
        )
        if not missing:
            return []
        driving = next(
            a
            for a in upcoming
            if set(forms_required(patient=patient, appointment=a, policy=self.policy)) - received
        )
        booked = driving.created_at or self.now
        steps = [_Step("booking", booked, min(driving.start, booked + BOOKING_GRACE))]
        tz = self.settings.zone
        local_start = driving.start.astimezone(tz)
        for days in sorted(set(self.settings.forms_request_days_before), reverse=True):
            target = wall_clock(local_start.date() - timedelta(days=days), local_start.time(), tz)
            if driving.created_at is None or target >= driving.created_at + FORMS_MIN_GAP:
                steps.append(_Step(f"{days}d", target, driving.start))
        names = [self.policy.names.get(key, key) for key in missing]
        return self._once(
            MailKind.FORMS_REQUEST,
            driving.id,
            steps,
            lambda s, r: self._mail(
                kind=MailKind.FORMS_REQUEST,
                template="forms_request",
                patient=patient,
                appointment_id=driving.id,
                step=s,
                release=r,
                context={
                    "appointment": _appointment_context(driving),
                    "forms": names,
                    "form_keys": list(missing),
                },
            ),
        )

    def _confirmation_request(
        self, patient: Patient, appointments: Sequence[Appointment]
    ) -> list[DueMail]:
        confirmed = self.confirmed
        open_ = [
            a
            for a in appointments
            if a.confirmed_at is None
            and a.id not in confirmed
            and self.now - CONFIRMATION_LOOKBACK <= a.end <= self.now
        ]
        if not open_:
            return []
        driving = open_[-1]  # the latest; its request lists the older ones too
        first = _Step(
            "0",
            driving.end.astimezone(UTC)
            + timedelta(minutes=self.settings.confirmation_request_after_minutes),
            None,
        )
        # Follow-ups count calendar days from when the first request could go out.
        tz = self.settings.zone
        first_release = self._release(MailKind.CONFIRMATION_REQUEST, first).astimezone(tz)
        steps = [first]
        for days in sorted(set(self.settings.confirmation_reminder_after_days)):
            target = wall_clock(
                first_release.date() + timedelta(days=days), first_release.time(), tz
            )
            steps.append(_Step(f"{days}d", target, None))

        def build(step: _Step, release: datetime) -> DueMail | None:
            mail = build_mail(step, release)
            return None if mail is None else replace(mail, covers=tuple(a.id for a in open_))

        def build_mail(step: _Step, release: datetime) -> DueMail | None:
            earlier = [s for s in steps if s.target < step.target]
            follow_up = any(
                dedup_key(MailKind.CONFIRMATION_REQUEST, driving.id, s.variant)
                in self.facts.already_planned
                for s in earlier
            )
            return self._mail(
                kind=MailKind.CONFIRMATION_REQUEST,
                template="confirmation_request",
                patient=patient,
                appointment_id=driving.id,
                step=step,
                release=release,
                context={
                    "appointments": [_appointment_context(a) for a in open_],
                    "follow_up": follow_up,
                },
            )

        return self._once(MailKind.CONFIRMATION_REQUEST, driving.id, steps, build)

    def _receipts(self) -> list[DueMail]:
        groups: dict[tuple[int, str], list[RecordedConfirmation]] = defaultdict(list)
        for confirmation in self.facts.confirmations:
            mail_key = confirmation.message_id or f"#{confirmation.appointment_id}"
            groups[(confirmation.patient_id, mail_key)].append(confirmation)
        mails: list[DueMail] = []
        for (patient_id, _), group in groups.items():
            patient = self.facts.patients.get(patient_id)
            if patient is not None:
                mails += self._receipt(patient, group)
        return mails

    def _receipt(self, patient: Patient, group: Sequence[RecordedConfirmation]) -> list[DueMail]:
        """One thank-you per patient mail that confirmed, naming every date it confirmed."""
        appointment_id = min(c.appointment_id for c in group)
        recorded = max(c.recorded_at for c in group)
        message_id = group[0].message_id
        root = self.facts.thread_roots.get(appointment_id)
        references = tuple(dict.fromkeys(r for r in (root, message_id) if r is not None))
        return self._once(
            MailKind.CONFIRMATION_RECEIPT,
            appointment_id,
            [_Step("0", recorded, recorded + RECEIPT_WINDOW)],
            lambda s, r: self._mail(
                kind=MailKind.CONFIRMATION_RECEIPT,
                template="confirmation_receipt",
                patient=patient,
                appointment_id=appointment_id,
                step=s,
                release=r,
                context={"dates": sorted({c.day for c in group})},
                in_reply_to=message_id,
                references=references,
                # An answer to the patient's own mail (RFC 3834); without one it is a notice.
                auto_submitted="auto-replied" if message_id else "auto-generated",
            ),
        )
