"""Which treatments a practice may give by telephone or video."""

from __future__ import annotations

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
