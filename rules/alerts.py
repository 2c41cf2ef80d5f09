"""The staff alert: one mail per cycle naming everything new that cannot wait a day.

Each alert item has a stable key ("alert:forms:17", "alert:review:4", ...). The caller
remembers the keys it has alerted (table `alerted_items`, written in the same
transaction as the alert mail) and passes them back, so an item is named once, however
often the worker runs. Everything else waits for the daily digest.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from rules.digest import ReviewEntry, form_names, missing_for
from rules.models import Appointment, Category, FormsPolicy, Kind, Patient

# Review items older than this are not alerted any more (the digest lists them): a new
# installation or a long downtime does not flood staff with old news.
REVIEW_ALERT_WINDOW = timedelta(days=3)

# Mail categories that need a person the same day.
URGENT_CATEGORIES = frozenset(
    {
        Category.CANCELLATION,
        Category.RESCHEDULE,
        Category.TECHNICAL,
        Category.BOUNCE,
        Category.QUARANTINE,
    }
)
# Phrases of rules.decide reasons that point to a possibly forged sender.
SPOOFING_MARKERS = (
    "Fälschung",
    "nicht authentifiziert",
    "passt zu einer anderen Patientin",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Words:
    """Alert texts; the staff_alert template frames them. Staff mail is always German
    (mail_templates/names.py): the reasons it quotes and the commands staff answer with
    are German. It names patients and the flagged mail by subject and date, and never
    tells staff to run a command on the server."""

    kind: Mapping[Kind, str]
    at: str
    forms: str
    forms_detail: str
    link: str
    link_detail: str
    review_detail: str
    review_mail: str
    review_mail_unknown: str
    no_subject: str
    review_kinds: Mapping[Category, str]
    item_kinds: Mapping[str, str]  # review items that are not about one mail, by kind
    spoofing: str
    system: str


_GERMAN = _Words(
    kind={Kind.PHONE: "Telefon", Kind.VIDEO: "Video", Kind.PRAXIS: "Praxis"},
    at="{:%d.%m.%Y, %H:%M} Uhr",
    forms="Unterlagen fehlen: {name}, Termin am {at} ({kind})",
    forms_detail="Es fehlt: {forms}. (Termin {appointment})",
    link="Videolink fehlt: {name}, Termin am {at}",
    link_detail=(
        "Bitte bei Redmedical anlegen und den Link in der Terminliste eintragen "
        "(Spalte video_link); die Mail an {name} geht dann von selbst. (Termin {appointment})"
    ),
    review_detail="{reason} (Prüfpunkt {id})",
    review_mail="Mail von {name} vom {at}, im Posteingang markiert.",
    review_mail_unknown="Mail vom {at}, im Posteingang markiert.",
    no_subject="(ohne Betreff)",
    review_kinds={
        Category.CANCELLATION: "Absage",
        Category.RESCHEDULE: "Terminverschiebung",
        Category.TECHNICAL: "Technisches Problem",
        Category.BOUNCE: "Unzustellbar",
        Category.QUARANTINE: "Mail nicht lesbar",
    },
    spoofing="Möglicherweise gefälschter Absender",
    system="Störung",
    item_kinds={
        "delivery": "Zustellproblem",
        "missed_reminder": "Erinnerung nicht versandt",
        "held": "Mail zurückgehalten (Tageslimit)",
    },
)


@dataclass(frozen=True, slots=True, kw_only=True)
class AlertItem:
    key: str  # stable per item, e.g. "alert:forms:17"
    title: str
    detail: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class StaffAlert:
    items: tuple[AlertItem, ...]  # the items the mail lists, in order
    unlisted: tuple[str, ...] = ()  # keys of the items beyond the list's cap (counted only)

    @property
    def keys(self) -> tuple[str, ...]:
        """Every item of this alert, listed or not: all count as alerted."""
        return tuple(item.key for item in self.items) + self.unlisted

    @property
    def total(self) -> int:
        return len(self.items) + len(self.unlisted)


def is_urgent_review(item: ReviewEntry) -> bool:
    """A review item that cannot wait for tomorrow's digest: a cancellation, reschedule
    request, technical problem, bounce or unreadable mail, a possibly forged sender, or
    a problem of the worker itself (any item that is not about one mail)."""
    if item.kind != "mail":
        return True
    if item.categories & URGENT_CATEGORIES:
        return True
    return any(marker in item.reason for marker in SPOOFING_MARKERS)


def plan_staff_alert(
    *,
    now: datetime,
    zone: ZoneInfo,
    appointments: Sequence[Appointment],
    patients: Mapping[int, Patient],
    forms_received: Mapping[int, frozenset[str]],
    forms_policy: FormsPolicy,
    forms_hours_before: int,
    link_hours_before: int,
    review_items: Iterable[ReviewEntry] = (),
    already_alerted: frozenset[str] = frozenset(),
    max_listed: int | None = None,
) -> StaffAlert | None:
    """At most one alert at `now`, batching every item not alerted before; None if
    there is nothing new.

    Practice rule: staff are told at once when forms are still missing for an
    appointment within `forms_hours_before`, a video appointment within
    `link_hours_before` has no link yet, or a new review item needs fast action (see
    `is_urgent_review`: cancellations, reschedule requests, technical problems, bounces,
    possible spoofing, and the worker's own items for failed or expired mail, missed
    reminders and mail held back by the daily cap).

    With `max_listed`, the alert lists that many items (appointments first, then review
    items oldest first) and keeps only the keys of the rest: `review_items` may then be
    a stream of any length (a backlog's 17,500 open items), read once and never held.
    """
    words = _GERMAN
    items: list[AlertItem] = []
    upcoming = sorted(
        (a for a in appointments if a.is_held and a.start > now), key=lambda a: (a.start, a.id)
    )
    for appointment in upcoming:
        patient = patients.get(appointment.patient_id)
        if patient is None:
            continue
        if appointment.start <= now + timedelta(hours=forms_hours_before):
            received = forms_received.get(patient.id, frozenset())
            missing = missing_for(appointment, patient, received, forms_policy)
            if missing:
                items.append(_forms_item(appointment, patient, missing, forms_policy, zone, words))
        if (
            appointment.kind is Kind.VIDEO
            and not appointment.video_link
            and appointment.start <= now + timedelta(hours=link_hours_before)
        ):
            items.append(_link_item(appointment, patient, zone, words))
    fresh = [item for item in items if item.key not in already_alerted]
    new_reviews = (
        review
        for review in review_items
        if review.created_at >= now - REVIEW_ALERT_WINDOW
        and is_urgent_review(review)
        and _review_key(review) not in already_alerted
    )
    if max_listed is None:
        fresh.extend(_review_item(r, zone, words) for r in sorted(new_reviews, key=_review_order))
        return StaffAlert(items=tuple(fresh)) if fresh else None
    # The oldest review items that fit in full; of the others only the ids are kept.
    new_ids: list[int] = []

    def noted(review: ReviewEntry) -> ReviewEntry:
        new_ids.append(review.id)
        return review

    stream = map(noted, new_reviews)
    oldest = heapq.nsmallest(max(0, max_listed - len(fresh)), stream, key=_review_order)
    for _ in stream:  # nsmallest(0, ...) reads nothing: every new item still counts
        pass
    listed_ids = {review.id for review in oldest}
    unlisted = [item.key for item in fresh[max_listed:]] + [
        _review_key_of(review_id) for review_id in new_ids if review_id not in listed_ids
    ]
    listed = fresh[:max_listed] + [_review_item(review, zone, words) for review in oldest]
    if not listed and not unlisted:
        return None
    return StaffAlert(items=tuple(listed), unlisted=tuple(unlisted))


def _review_key(review: ReviewEntry) -> str:
    return _review_key_of(review.id)


def _review_key_of(review_id: int) -> str:
    return f"alert:review:{review_id}"


def _review_order(review: ReviewEntry) -> tuple[datetime, int]:
    return (review.created_at, review.id)


def _at(moment: datetime, zone: ZoneInfo, words: _Words) -> str:
    return words.at.format(moment.astimezone(zone))


def _forms_item(
    appointment: Appointment,
    patient: Patient,
    missing: tuple[str, ...],
    policy: FormsPolicy,
    zone: ZoneInfo,
    words: _Words,
) -> AlertItem:
    return AlertItem(
        key=f"alert:forms:{appointment.id}",
        title=words.forms.format(
            name=patient.name,
            at=_at(appointment.start, zone, words),
            kind=words.kind[appointment.kind],
        ),
        detail=words.forms_detail.format(
            forms=", ".join(form_names(missing, policy)), appointment=appointment.id
        ),
    )


def _link_item(
    appointment: Appointment, patient: Patient, zone: ZoneInfo, words: _Words
) -> AlertItem:
    return AlertItem(
        key=f"alert:link:{appointment.id}",
        title=words.link.format(name=patient.name, at=_at(appointment.start, zone, words)),
        detail=words.link_detail.format(appointment=appointment.id, name=patient.name),
    )


def _review_item(review: ReviewEntry, zone: ZoneInfo, words: _Words) -> AlertItem:
    what = next((label for c, label in words.review_kinds.items() if c in review.categories), None)
    if what is None and review.kind != "mail":
        what = words.item_kinds.get(review.kind, words.system)
    if what is None:
        spoofed = any(marker in review.reason for marker in SPOOFING_MARKERS)
        what = words.spoofing if spoofed else words.system
    if not review.subject and review.kind != "mail":
        # A problem of the worker, not a mail: the reason says it all.
        return AlertItem(
            key=_review_key(review),
            title=f"{what}: {review.reason}",
            detail=f"(Prüfpunkt {review.id}"
            + (f", {review.patient_name})" if review.patient_name else ")"),
        )
    detail = words.review_detail.format(reason=review.reason, id=review.id)
    if review.kind == "mail":
        at = _at(review.mail_date or review.created_at, zone, words)
        found = (
            words.review_mail.format(name=review.patient_name, at=at)
            if review.patient_name
            else words.review_mail_unknown.format(at=at)
        )
        detail = f"{found} {detail}"
    return AlertItem(
        key=_review_key(review),
        title=f"{what}: „{review.subject or words.no_subject}“",
        detail=detail,
    )
