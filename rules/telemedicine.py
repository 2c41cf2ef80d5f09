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

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, tzinfo
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


def _praxis_days(booked: Sequence[Appointment], zone: tzinfo) -> set[date]:
    return {
        a.start.astimezone(zone).date()
        for a in booked
        if a.kind is Kind.PRAXIS and a.status is AppointmentStatus.SCHEDULED
    }


def in_person_days(
    prescription: Prescription, booked: Sequence[Appointment], *, zone: tzinfo
) -> tuple[date, ...]:
    """The days (in the practice's `zone`) of the prescription's treatments in the
    practice, sorted: those recorded on it (`prescriptions visit`, kept from before
    in-person appointments existed) and its in-person appointments (kind praxis) that are
    not cancelled."""
    return tuple(sorted(set(prescription.in_person) | _praxis_days(booked, zone)))


def units_used(prescription: Prescription, booked: Sequence[Appointment], *, zone: tzinfo) -> int:
    """Units of the prescription booked or given: its appointments not cancelled (every
    kind) plus the recorded treatments in the practice on days without such an in-person
    appointment (one imported before as a visit and now as an appointment counts once)."""
    active = sum(1 for a in booked if a.status is AppointmentStatus.SCHEDULED)
    praxis_days = _praxis_days(booked, zone)
    return active + sum(1 for day in prescription.in_person if day not in praxis_days)


def _exhausted(rx: Prescription, booked: Sequence[Appointment], zone: tzinfo) -> str | None:
    used = units_used(rx, booked, zone=zone)
    if used < rx.units:
        return None
    return f"Verordnung ausgeschöpft: {used} von {rx.units} Einheiten bereits gebucht"


def visit_refusals(
    prescription: Prescription, booked: Sequence[Appointment], *, day: date, zone: tzinfo
) -> tuple[str, ...]:
    """Why an in-person treatment on `day` may not be recorded on this prescription."""
    reasons: list[str] = []
    if day < prescription.issued_on:
        reasons.append(
            f"Behandlung liegt vor dem Ausstellungsdatum der Verordnung"
            f" ({prescription.issued_on:%d.%m.%Y})"
        )
    if day not in in_person_days(prescription, booked, zone=zone) and (
        exhausted := _exhausted(prescription, booked, zone)
    ):
        reasons.append(exhausted)
    return tuple(reasons)


def kind_refusal(
    kind: Kind,
    insurance: Insurance,
    policy: TelemedicinePolicy,
    *,
    booked_as: Kind | None = None,
) -> str | None:
    """GKV since 1 April 2022 (profile "2022"): telemedicine by video only, not by phone.

    Applies to every booking of a statutory insured patient, with or without a
    prescription; private patients may be treated by phone. `booked_as`: the kind the
    appointment was booked with before (a re-import, a move): an appointment booked by
    phone before the rule was enforced stays as it is (`check` warns about it), it is
    neither refused nor dropped when the calendar moves it.
    """
    if (
        policy.profile is TelemedicineProfile.RULES_2022
        and insurance is Insurance.GKV
        and kind is Kind.PHONE
        and booked_as is not Kind.PHONE
    ):
        return PHONE_REFUSAL
    return None


PHONE_REFUSAL = (
    "gesetzlich Versicherte: Heilmittel per Telemedizin seit 1. April 2022 nur per Video,"
    ' nicht per Telefon (telemedicine.profile = "2022"); bitte als Videotermin buchen,'
    ' oder in der Konfiguration [telemedicine] profile = "corona-2020" wählen, wenn'
    " die Ausnahmeregel gilt"
)


def phone_bookings_against_the_rules(
    appointments: Sequence[Appointment],
    insurance_of: Mapping[int, Insurance],
    policy: TelemedicinePolicy,
    *,
    now: datetime,
) -> tuple[Appointment, ...]:
    """GKV phone appointments still ahead that the 2022 rules would refuse today: booked
    before the rule was enforced (or under the corona-2020 profile). They are kept as
    booked, never dropped; `check` names them so staff can move them to video."""
    if policy.profile is not TelemedicineProfile.RULES_2022:
        return ()
    return tuple(
        a
        for a in appointments
        if a.kind is Kind.PHONE
        and a.status is AppointmentStatus.SCHEDULED
        and a.end > now
        and insurance_of.get(a.patient_id) is Insurance.GKV
    )


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
    booked_as: Kind | None = None,
) -> tuple[str, ...]:
    """Why this appointment may not be booked against this prescription (empty: it may).

    `booked` are the appointments already booked against it (cancelled ones do not
    count); `patient_id` is None for a patient not yet known (then it cannot be theirs);
    `consent_on` is the day the patient's written consent to video treatment arrived;
    `booked_as` the kind the appointment had before (see `kind_refusal`).
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
    zone = start.tzinfo or UTC
    active = [a for a in booked if a.status is AppointmentStatus.SCHEDULED]
    # In the practice on a day recorded as a visit: that treatment, now booked (it was
    # imported as a visit by an earlier version); it uses no further unit.
    recorded = kind is Kind.PRAXIS and start.astimezone(zone).date() in rx.in_person
    if not recorded and (exhausted := _exhausted(rx, active, zone)):
        reasons.append(exhausted)
    if (
        kind is Kind.PRAXIS
        or insurance is not Insurance.GKV
        or policy.profile is not TelemedicineProfile.RULES_2022
    ):
        return tuple(reasons)  # in the practice: no telemedicine rule applies
    if reason := kind_refusal(kind, insurance, policy, booked_as=booked_as):
        reasons.append(reason)
    earlier = [day for day in in_person_days(rx, active, zone=zone) if day < start.date()]
    if not earlier:
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
