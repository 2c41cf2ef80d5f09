"""Small builders of rules types for unit tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rules.models import Appointment, Insurance, Kind, Patient, Treatment

BERLIN = ZoneInfo("Europe/Berlin")


def patient(**overrides: Any) -> Patient:
    values: dict[str, Any] = {
        "id": 1,
        "name": "Anna Schmidt",
        "emails": ("anna.schmidt@web.de",),
        "new_patient": False,
        "insurance": Insurance.GKV,
    }
    values.update(overrides)
    return Patient(**values)


def appointment(**overrides: Any) -> Appointment:
    start = overrides.pop("start", datetime(2026, 4, 6, 10, 0, tzinfo=BERLIN))
    values: dict[str, Any] = {
        "id": 1,
        "external_id": None,
        "patient_id": 1,
        "start": start,
        "end": start + timedelta(minutes=30),
        "kind": Kind.PHONE,
        "treatment": Treatment.KG,
    }
    values.update(overrides)
    return Appointment(**values)
