"""Patients are distinct by name + address (state/patients.py, migration "shared addresses")."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from rules.models import Insurance
from state import patients
from state.db import connect
from state.migrations import _V14_SHARED_ADDRESSES, MIGRATIONS

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 4, 1, 9, 0, tzinfo=BERLIN)
FAMILY = "familie.berger@web.de"


def test_another_name_on_an_address_is_another_patient_and_nobody_is_renamed() -> None:
    conn = connect(":memory:")
    thomas = patients.register_for_booking(
        conn, name="Thomas Berger", email=FAMILY, insurance=Insurance.PRIVATE,
        new_patient=False, now=NOW,
    )  # fmt: skip
    lea = patients.register_for_booking(
        conn, name="Lea  Berger", email=FAMILY.upper(), insurance=Insurance.GKV,
        new_patient=True, now=NOW,
    )  # fmt: skip
    assert lea.id != thomas.id
    assert patients.get(conn, thomas.id) == thomas  # name and insurance untouched
    assert [p.id for p in patients.at_address(conn, FAMILY)] == [thomas.id, lea.id]
    assert patients.find_by_address(conn, FAMILY) == thomas
    assert patients.find(conn, address=FAMILY, name="lea berger") == lea
    again = patients.register_for_booking(
        conn, name="LEA BERGER", email=FAMILY, insurance=Insurance.PRIVATE,
        new_patient=False, now=NOW,
    )  # fmt: skip
    assert again.id == lea.id
    assert (again.name, again.insurance) == ("Lea Berger", Insurance.PRIVATE)
    # A bounce marks the address for both; reactivating it clears both.
    patients.mark_undeliverable(conn, FAMILY, reason="550 no such user", now=NOW)
    assert all(p.undeliverable == (FAMILY,) for p in patients.at_address(conn, FAMILY))
    patients.clear_undeliverable(conn, FAMILY, now=NOW)
    assert all(p.undeliverable == () for p in patients.at_address(conn, FAMILY))


def test_the_migration_keeps_every_address(tmp_path: Path) -> None:
    raw = sqlite3.connect(tmp_path / "state.db")
    before = MIGRATIONS.index(_V14_SHARED_ADDRESSES)
    for statements in MIGRATIONS[:before]:
        for statement in statements:
            raw.execute(statement)
    raw.execute(
        "INSERT INTO patients (id, name, insurance, created_at)"
        " VALUES (1, 'Thomas Berger', 'private', '2026-03-01T08:00:00+00:00')"
    )
    raw.execute(
        "INSERT INTO patient_addresses (address, patient_id, position, undeliverable_at,"
        " undeliverable_reason) VALUES (?, 1, 0, '2026-03-02T08:00:00+00:00', 'bounce')",
        (FAMILY,),
    )
    raw.execute(f"PRAGMA user_version = {before}")
    raw.commit()
    raw.close()
    conn = connect(tmp_path / "state.db")
    [thomas] = patients.at_address(conn, FAMILY)
    assert (thomas.id, thomas.emails, thomas.undeliverable) == (1, (FAMILY,), (FAMILY,))
    lea = patients.register_for_booking(
        conn, name="Lea Berger", email=FAMILY, insurance=Insurance.GKV, new_patient=True, now=NOW
    )
    assert [p.id for p in patients.at_address(conn, FAMILY)] == [1, lea.id]
    assert lea.undeliverable == (FAMILY,)  # the address bounced for the family
