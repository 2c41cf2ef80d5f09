"""Which treatments a practice may give by telephone or video, and how much of a
prescription (Verordnung) may be given that way.

Statutory rules (GKV), profile "2022" (framework agreement on telemedical physiotherapy,
in force since 1 April 2022): video only, not phone; the first treatment of a
prescription in person; by video at most half the prescribed KG units and one MT unit;
written consent after information. Profile "corona-2020" (the pandemic exception): phone
or video, none of these limits. Private patients: only the prescription's own units.
The worker checks what it can see at booking; the practice stays responsible.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from urllib.parse import urlsplit

from rules.models import (
    Appointment,
    AppointmentStatus,
    Insurance,
    Kind,
    Prescription,
    TelemedicinePolicy,
    TelemedicineProfile,
    Treatment,
)

_TREATMENT_NAMES = {
    Treatment.KG: "Krankengymnastik (KG)",
    Treatment.MT: "Manuelle Therapie (MT)",
    Treatment.KGG: "Krankengymnastik am Gerät (KGG)",
}
_INSURANCE_NAMES = {Insurance.GKV: "gesetzlich Versicherte", Insurance.PRIVATE: "Privatpatienten"}


def allowed_treatments(insurance: Insurance, policy: TelemedicinePolicy) -> tuple[Treatment, ...]:
    """The treatments the practice offers by telemedicine to patients of this insurance."""
    return policy.gkv if insurance is Insurance.GKV else policy.private


def refusal_reason(
    treatment: Treatment, insurance: Insurance, policy: TelemedicinePolicy
) -> str | None:
    """Why this booking may not be given by telemedicine, or None when it may.

    Statutory insured patients (GKV) may receive only Krankengymnastik by phone or video;
    private patients also Manuelle Therapie and KGG (the practice can narrow both lists).
    """
    allowed = allowed_treatments(insurance, policy)
    if treatment in allowed:
        return None
    offered = ", ".join(t.value for t in allowed) or "nichts"
    return (
        f"{_TREATMENT_NAMES[treatment]} ist für {_INSURANCE_NAMES[insurance]} nicht per "
        f"Telemedizin erlaubt (erlaubt: {offered})"
    )


def video_link_problem(link: str, hosts: tuple[str, ...]) -> str | None:
    """Why this video link may not be sent to a patient, or None when it may.

    Practice rule: a link is an https URL whose host is one of the practice's video hosts
    (or a subdomain of one): patients get no plain-http link and no link elsewhere. A bare
    access code (letters, digits, dashes, no "/", ":" or ".") is entered at the provider
    and is fine as it is.
    """
    text = link.strip()
    if not text:
        return "is empty"
    if not any(ch in text for ch in "/:.@"):
        return None  # an access code ("K7Q2-9XDA")
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return f'"{text}" is not a valid URL'
    if parts.scheme.lower() != "https":
        return f'"{text}" must start with https://'
    if not host:
        return f'"{text}" names no host'
    if parts.username is not None or parts.password is not None:
        return f'"{text}" carries a user name before the host'
    allowed = [h.lower().strip(".") for h in hosts]
    if any(host == h or host.endswith("." + h) for h in allowed):
        return None
    return f'host "{host}" is not a configured video host (allowed: {", ".join(allowed) or "none"})'


def _video_cap(treatment: Treatment, units: int) -> tuple[int, str]:
    """How many units of a GKV prescription may be given by video, and the rule's wording."""
    if treatment is Treatment.KG:
        return units // 2, "KG per Video höchstens die Hälfte der verordneten Einheiten"
    if treatment is Treatment.MT:
        return 1, "MT per Video höchstens 1 Einheit je Verordnung"
    return (
        0,
        f"{_TREATMENT_NAMES[treatment]} ist für gesetzlich Versicherte nicht per Video erlaubt",
    )


def _exhausted(rx: Prescription, active: Sequence[Appointment]) -> str | None:
    used = len(active) + len(rx.in_person)
    if used < rx.units:
        return None
    return f"Verordnung ausgeschöpft: {used} von {rx.units} Einheiten bereits gebucht"


def visit_refusals(
    prescription: Prescription, booked: Sequence[Appointment], *, day: date
) -> tuple[str, ...]:
    """Why an in-person treatment on `day` may not be recorded on this prescription."""
    reasons: list[str] = []
    if day < prescription.issued_on:
        reasons.append(
            f"Behandlung liegt vor dem Ausstellungsdatum der Verordnung"
            f" ({prescription.issued_on:%d.%m.%Y})"
        )
    active = [a for a in booked if a.status is AppointmentStatus.SCHEDULED]
    if day not in prescription.in_person and (exhausted := _exhausted(prescription, active)):
        reasons.append(exhausted)
    return tuple(reasons)


def kind_refusal(kind: Kind, insurance: Insurance, policy: TelemedicinePolicy) -> str | None:
    """GKV since 1 April 2022: telemedicine by video only."""
    if (
        policy.profile is TelemedicineProfile.RULES_2022
        and insurance is Insurance.GKV
        and kind is Kind.PHONE
    ):
        return (
            "gesetzlich Versicherte: Heilmittel seit 1. April 2022 nur per Video, nicht per"
            " Telefon (Profil 2022)"
        )
    return None


def prescription_refusals(
    prescription: Prescription,
    booked: Sequence[Appointment],
    *,
    patient_id: int | None,
    start: datetime,
    kind: Kind,
    treatment: Treatment,
    insurance: Insurance,
    policy: TelemedicinePolicy,
    consent_on: date | None,
) -> tuple[str, ...]:
    """Why this appointment may not be booked against this prescription (empty: it may).

    `booked` are the appointments already booked against it (cancelled ones do not
    count); `patient_id` is None for a patient not yet known (then it cannot be theirs);
    `consent_on` is the day the patient's written consent to video treatment arrived.
    """
    rx = prescription
    reasons: list[str] = []
    if patient_id != rx.patient_id:
        reasons.append(f"Verordnung {rx.id} gehört zu einem anderen Patienten")
    if treatment is not rx.treatment:
        reasons.append(
            f"Verordnung {rx.id} ist für {rx.treatment.value}, nicht für {treatment.value}"
        )
    if start.date() < rx.issued_on:
        reasons.append(
            f"Termin liegt vor dem Ausstellungsdatum der Verordnung ({rx.issued_on:%d.%m.%Y})"
        )
    active = [a for a in booked if a.status is AppointmentStatus.SCHEDULED]
    if exhausted := _exhausted(rx, active):
        reasons.append(exhausted)
    if insurance is not Insurance.GKV or policy.profile is not TelemedicineProfile.RULES_2022:
        return tuple(reasons)
    if reason := kind_refusal(kind, insurance, policy):
        reasons.append(reason)
    if rx.first_in_person_on is None or rx.first_in_person_on >= start.date():
        reasons.append(
            "die erste Behandlung einer Verordnung findet in der Praxis statt: noch keine"
            " Präsenzbehandlung vor diesem Termin eingetragen"
        )
    cap, rule = _video_cap(rx.treatment, rx.units)
    remote = sum(1 for a in active if a.kind in (Kind.VIDEO, Kind.PHONE))
    if remote >= cap:
        reasons.append(f"{rule}: {remote} von {rx.units} bereits gebucht")
    if consent_on is None or consent_on > start.date():
        reasons.append("schriftliche Einwilligung in die Videotherapie (nach Aufklärung) fehlt")
    return tuple(reasons)
