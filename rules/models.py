"""Plain data that crosses between the shell and the rules.

Everything here is a frozen dataclass or an enum: the shell (worker/, state/) converts
mail, rows and config into these at its edge, the rules decide on them, and the shell
carries the decision out. Datetimes are always aware.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum


class Kind(StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    # In person, in the practice (issue 15): no patient mail at all (no video link, no
    # reminder, no confirmation request: the session is signed on the prescription); it
    # counts as an in-person treatment of its prescription (the first one opens video).
    PRAXIS = "praxis"

    @property
    def is_remote(self) -> bool:
        """Telemedicine (phone or video): the appointments this worker writes about."""
        return self is not Kind.PRAXIS


class Treatment(StrEnum):
    KG = "KG"  # Krankengymnastik
    MT = "MT"  # Manuelle Therapie
    KGG = "KGG"  # Krankengymnastik am Gerät


class Insurance(StrEnum):
    GKV = "gkv"  # statutory
    PRIVATE = "private"


class AppointmentStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True, kw_only=True)
class Patient:
    id: int
    name: str
    emails: tuple[str, ...]  # normalised addr-specs; the first is where we write
    new_patient: bool
    insurance: Insurance
    undeliverable: tuple[str, ...] = ()  # addresses that hard-bounced: nothing is sent there

    @property
    def email(self) -> str:
        return self.emails[0]


@dataclass(frozen=True, slots=True, kw_only=True)
class Appointment:
    id: int
    external_id: str | None
    patient_id: int
    start: datetime
    end: datetime
    kind: Kind
    treatment: Treatment
    status: AppointmentStatus = AppointmentStatus.SCHEDULED
    video_link: str | None = None
    link_version: int = 0  # bumped whenever staff set a different link
    created_at: datetime | None = None
    # When the practice last gave it a new start time; its reminders are owed afresh.
    moved_at: datetime | None = None
    confirmed_at: datetime | None = None
    confirmed_by_message_id: str | None = None
    # The patient asked by mail to cancel or move an appointment and staff have not yet
    # dealt with that mail: no automatic mail goes out for it and no confirmation counts.
    on_hold: bool = False
    prescription_id: int | None = None  # the Verordnung it is booked against, if any

    @property
    def is_held(self) -> bool:
        return self.status is AppointmentStatus.SCHEDULED


@dataclass(frozen=True, slots=True, kw_only=True)
class FormsPolicy:
    """The practice's paperwork settings (config section [forms])."""

    new_patient: tuple[str, ...] = ("anamnese", "datenschutz", "einwilligung_tele")
    video_existing_patient: tuple[str, ...] = ("datenschutz_video",)
    names: dict[str, str] = field(default_factory=dict)
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The blank forms the forms request carries: a file to attach ([forms.files], an
    # absolute path the worker reads when it builds the mail) or a link ([forms.links]).
    files: dict[str, str] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    # Forms the patient fills in; every other form is read and signed (the patient
    # information: the video privacy information is signed, not filled in).
    fill_in: tuple[str, ...] = ("anamnese",)


class TelemedicineProfile(StrEnum):
    """Which set of statutory (GKV) telemedicine rules applies (config [telemedicine] profile)."""

    RULES_2022 = "2022"  # framework agreement, in force since 1 April 2022: video only
    CORONA_2020 = "corona-2020"  # the pandemic exception: phone or video, no caps


@dataclass(frozen=True, slots=True, kw_only=True)
class TelemedicinePolicy:
    """Which treatments may be given by telemedicine, per insurance (config [telemedicine])."""

    gkv: tuple[Treatment, ...] = (Treatment.KG,)
    private: tuple[Treatment, ...] = (Treatment.KG, Treatment.MT, Treatment.KGG)
    # Hosts a video link may point to (a host or any of its subdomains; config
    # [telemedicine] video_hosts): the certified provider, never a look-alike.
    video_hosts: tuple[str, ...] = ("redmedical.de",)
    profile: TelemedicineProfile = TelemedicineProfile.RULES_2022
    consent_form: str = "einwilligung_tele"  # a received form of this key counts as consent
    # Heilmittel position number per (insurance, kind, treatment) for the billing CSV,
    # keys like "gkv.video.KG". No defaults: the practice enters its current price list.
    positions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class Prescription:
    """A Verordnung: what a doctor prescribed, which the appointments are booked against."""

    id: int
    patient_id: int
    treatment: Treatment
    units: int  # prescribed treatment units
    issued_on: date
    reference: str | None = None  # the practice's or the form's number, for billing
    # Days of treatments recorded as given in the practice (`prescriptions visit`, and CSV
    # rows of kind praxis imported before in-person appointments existed). In-person
    # appointments (Kind.PRAXIS) are booked instead: rules.telemedicine.in_person_days
    # joins both.
    in_person: tuple[date, ...] = ()

    @property
    def first_in_person_on(self) -> date | None:
        """When the first recorded treatment took place in person (None: not yet); with
        in-person appointments: rules.telemedicine.in_person_days."""
        return min(self.in_person) if self.in_person else None


# --- incoming mail -------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Attachment:
    index: int  # position among the mail's attachments, stable for one raw mail
    filename: str  # sanitised for display; never used as a path
    declared_type: str  # Content-Type as the sender declared it
    sniffed_type: str | None  # "pdf", "jpeg", "png", "heic", "docx"... by magic bytes, or None
    size: int
    sha256: str
    payload: bytes = field(repr=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class InboundMail:
    """One incoming mail reduced to the facts the rules decide on."""

    sha256: str  # of the raw bytes
    message_id: str | None
    sender: str | None  # normalised addr-spec of From; None when missing or unparseable
    sender_name: str  # display name, for spoofing checks only (never identity)
    reply_to: tuple[str, ...]
    in_reply_to: str | None
    references: tuple[str, ...]
    date: datetime  # Date header, else the IMAP INTERNALDATE / file time given to the parser
    subject: str
    text: str  # the whole readable body (text/plain, else text from HTML)
    own_text: str  # what the sender wrote: quotes and signature cut away
    cut_text: str  # what was cut, kept for the audit trail
    attachments: tuple[Attachment, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()  # (lower-case name, value), in order
    defects: tuple[str, ...] = ()
    html_only: bool = False
    delivery_status: tuple[tuple[str, str], ...] = ()  # per-recipient DSN fields, if a report
    returned_message_ids: tuple[str, ...] = ()  # Message-IDs found in a bounced original


class Quarantine(StrEnum):
    """Why a raw mail was not parsed at all (it goes to staff untouched)."""

    TOO_LARGE = "too_large"
    HEADER_TOO_LARGE = "header_too_large"
    TOO_DEEP = "too_deep"
    TOO_MANY_PARTS = "too_many_parts"
    UNPARSEABLE = "unparseable"


class Category(StrEnum):
    CONFIRMATION = "confirmation"
    FORMS = "forms"
    QUESTION = "question"
    CANCELLATION = "cancellation"
    RESCHEDULE = "reschedule"
    TECHNICAL = "technical"
    OTHER = "other"
    AUTO_REPLY = "auto_reply"  # out-of-office, vacation, any RFC 3834 auto-response
    BULK = "bulk"  # lists, newsletters, precedence bulk
    BOUNCE = "bounce"
    OWN_MAIL = "own_mail"  # our own mail coming back (loop)
    QUARANTINE = "quarantine"


AUTOMATED = frozenset({Category.AUTO_REPLY, Category.BULK, Category.BOUNCE, Category.OWN_MAIL})


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    """A date the patient names as the day a treatment took place."""

    day: date
    sentence: str  # the sentence (of the patient's own text) that carried it
    ambiguous: bool = False  # e.g. weekday without a telling context, "nächste Woche"
    # Set only on an ambiguous mention that is one end of a range of days the patient
    # named as a whole ("vom 3. bis 17. März", "KW 12", "Montag bis Mittwoch"): the first
    # and last day of that range (the last at most the mail's day; both ends carry the
    # same span). The days between were named too, but not one by one: an appointment
    # inside may be confirmed only when the mail counts them and the count fits, or when
    # exactly one open appointment lies inside; otherwise the range goes to staff.
    span: tuple[date, date] | None = None
    # Set only with `span`, when the range holds a single weekday ("jeden Montag im
    # Februar"): only the days on that weekday (0 = Monday) lie inside it.
    weekday: int | None = None
    # Set only on an ambiguous mention whose written year put it outside the accepted
    # window and was replaced by the nearest year that fits: last year's number typed in
    # early January ("5.1.2026" on 7 Jan 2027 -> 5 Jan 2027) or next year's in late
    # December; or a day written without year whose coming occurrence is months ahead, in
    # a sentence saying it took place (last year's day: a confirmation months late).
    # `day` is the corrected day. Usable only when the thread (a reply to our
    # request for that very appointment) or the patient's appointments identify that day.
    year_guess: bool = False
    # The day was named only by its weekday, without a week or "letzten" ("Ich bestätige
    # den Termin am Mittwoch"): the last such day up to the mail, unless the patient means
    # the coming one (see matching).
    weekday_alone: bool = False
    # Set only with `span`, when the range is a whole month or two named by name ("alle
    # Termine im März"): no day is named, and the practice bills on named days only.
    whole_months: bool = False
    # Further sentences that name the same day ("Mo 18.05. 07:30 KGG erhalten / Mo 18.05.
    # 12:30 MT erhalten"), in text order; `sentence` is the first.
    other_sentences: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class OutboxRef:
    """One of our sent mails, found by the Message-ID a reply refers to."""

    message_id: str
    kind: str  # outbox kind, e.g. "confirmation_request"
    patient_id: int | None
    appointment_id: int | None
    # Every appointment the mail was about (a confirmation request lists all open ones);
    # empty means just appointment_id.
    appointment_ids: tuple[int, ...] = ()
    in_reply_to: str | None = None  # the mail ours answered (a clarifying question: the
    # patient's confirmation it asks about)

    @property
    def covered(self) -> tuple[int, ...]:
        if self.appointment_ids:
            return self.appointment_ids
        return () if self.appointment_id is None else (self.appointment_id,)


@dataclass(frozen=True, slots=True, kw_only=True)
class MailContext:
    """What the shell knows about a mail's sender and thread, handed to decide_mail."""

    practice_address: str  # our mailbox address; its domain marks our own Message-IDs
    patient: Patient | None  # patient registered with the sender's address, if any
    appointments: tuple[Appointment, ...] = ()  # that patient's appointments
    thread: tuple[OutboxRef, ...] = ()  # our mails the reply refers to
    name_matches: tuple[Patient, ...] = ()  # other patients whose name equals the display name
    # Other patients registered with the sender's address (a family sharing one); with
    # them, `appointments` holds theirs too and rules.household picks whom the mail is about.
    household: tuple[Patient, ...] = ()
    forms: FormsPolicy = field(default_factory=FormsPolicy)
    trusted_authserv_id: str = ""  # our mail server's id in Authentication-Results
    # No trusted_authserv_id: the practice takes every From address at its word (a
    # deliberate setting); otherwise a confirmation without authentication goes to staff.
    accept_unauthenticated: bool = False
    timezone: str = "Europe/Berlin"
    own_message_id: bool = False  # the mail's Message-ID is one of our outbox's (a loop)


@dataclass(frozen=True, slots=True, kw_only=True)
class ConfirmationFinding:
    appointment_id: int
    day: date
    evidence: str  # the sentence that carried the date, or why a dateless reply counts


@dataclass(frozen=True, slots=True, kw_only=True)
class FormFinding:
    attachment_index: int
    form_key: str  # a key of FormsPolicy, or "unclassified"


@dataclass(frozen=True, slots=True, kw_only=True)
class MailDecision:
    """What one incoming mail means, and what follows from it."""

    categories: frozenset[Category]
    patient_id: int | None = None
    confirmations: tuple[ConfirmationFinding, ...] = ()
    forms: tuple[FormFinding, ...] = ()
    dates: tuple[DateMention, ...] = ()
    bounced_addresses: tuple[str, ...] = ()  # permanent failures only
    staff_reasons: tuple[str, ...] = ()  # plain German; non-empty means a person must look
    # A mail from a shared address that names no one of its patients: all of them (a
    # cancellation among them holds each one's appointments until staff decide).
    could_be_about: tuple[int, ...] = ()

    @property
    def needs_staff(self) -> bool:
        return bool(self.staff_reasons)

    @property
    def is_automated(self) -> bool:
        """Automated mail is never answered and never changes an appointment."""
        return bool(self.categories & AUTOMATED)


# --- outgoing mail -------------------------------------------------------------------------
# What the planners (rules/due.py, clarify.py, changes.py), the staff mail and the outbox
# (state/outbox.py) share: the kinds of mail we send and one mail to put into the outbox.


class MailKind(StrEnum):
    VIDEO_LINK = "video_link"
    APPOINTMENT_INFO = "appointment_info"
    REMINDER = "reminder"
    FORMS_REQUEST = "forms_request"
    CONFIRMATION_REQUEST = "confirmation_request"
    CONFIRMATION_RECEIPT = "confirmation_receipt"
    CLARIFICATION = "clarification"  # which appointment did you mean? (rules/clarify.py)
    APPOINTMENT_MOVED = "appointment_moved"  # the practice moved it (rules/changes.py)
    APPOINTMENT_CANCELLED = "appointment_cancelled"  # the practice cancelled it
    # Mail to the practice's own staff (worker/cycle/staff.py, worker/cycle/staff_commands.py).
    STAFF_ALERT = "staff_alert"
    STAFF_DIGEST = "staff_digest"
    STAFF_REPLY = "staff_reply"  # the answer to commands staff mailed (rules/staff_commands)


# Mail to patients: quiet hours, the daily cap per recipient and expiry apply to it.
PATIENT_KINDS = frozenset(
    {
        MailKind.VIDEO_LINK,
        MailKind.APPOINTMENT_INFO,
        MailKind.REMINDER,
        MailKind.FORMS_REQUEST,
        MailKind.CONFIRMATION_REQUEST,
        MailKind.CONFIRMATION_RECEIPT,
        MailKind.CLARIFICATION,
    }
)


def dedup_key(kind: MailKind, subject_id: int, variant: str) -> str:
    """The outbox idempotency key of one mail: "{kind}:{subject id}:{variant}"."""
    return f"{kind.value}:{subject_id}:{variant}"


def daily_digest_key(day_iso: str, address: str) -> str:
    """One staff digest per staff address and practice day:
    "staff_digest:2026-12-01:<address>"."""
    return f"{MailKind.STAFF_DIGEST.value}:{day_iso}:{address.lower()}"


def manual_digest_key(now: datetime, address: str) -> str:
    """A digest asked for by hand (`digest --send`): one per second and address."""
    stamp = now.astimezone(UTC).isoformat(timespec="seconds")
    return f"{MailKind.STAFF_DIGEST.value}:manual:{stamp}:{address.lower()}"


def alert_key(now: datetime) -> str:
    """The staff alert of one moment (the items it names are recorded against it)."""
    return f"{MailKind.STAFF_ALERT.value}:{now.astimezone(UTC).isoformat(timespec='seconds')}"


@dataclass(frozen=True, slots=True, kw_only=True)
class DueMail:
    """One mail to put into the outbox now, under its idempotency key."""

    dedup_key: str  # "{kind}:{appointment id}:{variant}", e.g. "reminder:17:24h"
    kind: MailKind
    template: str  # a name in mail_templates, e.g. "reminder_video"
    recipient: str
    recipient_name: str
    patient_id: int | None
    appointment_id: int | None
    not_before: datetime  # when it became due (its target, moved out of quiet hours)
    expires_at: datetime | None  # not to be sent from then on
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto_submitted: str = "auto-generated"  # "auto-replied" for answers to a patient's mail
    context: Mapping[str, object] = field(default_factory=dict)  # plain data for the template
    covers: tuple[int, ...] = ()  # every appointment the mail is about, if more than one


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewNote:
    """An item for staff's review list that a rule asks for; the shell opens it in the
    same transaction as the fact it reports, at most once per `dedup_key`."""

    kind: str  # review kind, e.g. "delivery", "held", "missed_reminder"
    dedup_key: str
    reason: str  # plain German, for staff; no patient name or address
    patient_id: int | None = None
