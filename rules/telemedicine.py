"""Which treatments a practice may give by telephone or video."""

from __future__ import annotations

from urllib.parse import urlsplit

from rules.models import Insurance, TelemedicinePolicy, Treatment

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
