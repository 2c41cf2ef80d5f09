"""The store: permissions, migrations, repositories."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rules.models import AppointmentStatus, Insurance, Kind, Treatment
from state import appointments, audit, patients
from state.appointments import Booking, Upsert
from state.db import connect, migrate, schema_version, transaction
from state.errors import StateError
from state.migrations import MIGRATIONS

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 4, 1, 9, 0, tzinfo=BERLIN)


def test_database_file_is_0600_in_a_0700_dir(tmp_path: Path) -> None:
    path = tmp_path / "var" / "state.db"
    conn = connect(path)
    conn.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) == 0o600


def test_migrates_an_empty_database_to_the_newest_version(tmp_path: Path) -> None:
    conn = connect(tmp_path / "state.db")
    assert schema_version(conn) == len(MIGRATIONS)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"patients", "appointments", "inbound_messages", "outbox", "review_items"} <= tables


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS)), ids=lambda v: f"from-v{v}")
def test_upgrades_a_database_at_an_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "state.db"
    raw = sqlite3.connect(path)
    for statements in MIGRATIONS[:version]:
        for statement in statements:
            raw.execute(statement)
    raw.execute(f"PRAGMA user_version = {version}")
    raw.execute(
        "INSERT INTO patients (name, insurance, created_at) VALUES ('A', 'gkv', '2026-01-01')"
    )
    raw.commit()
    raw.close()
    conn = connect(path)
    assert schema_version(conn) == len(MIGRATIONS)
    assert conn.execute("SELECT COUNT(*) FROM patients").fetchone()[0] == 1  # data kept
    assert conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0  # newest tables there


def test_refuses_a_database_from_a_newer_program() -> None:
    conn = connect(":memory:")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StateError, match="newer than this program"):
        migrate(conn)


def test_transaction_rolls_back_on_error() -> None:
    conn = connect(":memory:")

    def register_then_fail() -> None:
        with transaction(conn):
            patients.register_for_booking(
                conn, name="A", email="a@b.de", insurance=Insurance.GKV, new_patient=False, now=NOW
            )
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        register_then_fail()
    assert patients.list_all(conn) == []


def _booking(patient_id: int, **changes: object) -> Booking:
    values: dict[str, object] = {
        "patient_id": patient_id,
        "start": datetime(2026, 4, 6, 10, 0, tzinfo=BERLIN),
        "end": datetime(2026, 4, 6, 10, 30, tzinfo=BERLIN),
        "kind": Kind.VIDEO,
        "treatment": Treatment.KG,
        "external_id": "T-1",
    }
    values.update(changes)
    return Booking(**values)  # type: ignore[arg-type]


def test_patient_identity_is_the_address() -> None:
    conn = connect(":memory:")
    first = patients.register_for_booking(
        conn, name="Anna  Schmidt", email="Anna@Web.de", insurance=Insurance.GKV,
        new_patient=True, now=NOW,
    )  # fmt: skip
    again = patients.register_for_booking(
        conn, name="Anna Schmidt", email="anna@web.de", insurance=Insurance.GKV,
        new_patient=False, now=NOW,
    )  # fmt: skip
    assert first.id == again.id
    assert again.emails == ("anna@web.de",)
    assert again.new_patient is False
    assert patients.find_by_address(conn, "ANNA@web.de") == again
    assert [p.id for p in patients.named(conn, "anna schmidt")] == [first.id]


def test_upsert_is_idempotent_and_link_change_bumps_version() -> None:
    conn = connect(":memory:")
    p = patients.register_for_booking(
        conn, name="A", email="a@b.de", insurance=Insurance.GKV, new_patient=False, now=NOW
    )
    a, outcome = appointments.upsert(conn, _booking(p.id), now=NOW)
    assert outcome is Upsert.ADDED
    assert appointments.upsert(conn, _booking(p.id), now=NOW)[1] is Upsert.UNCHANGED
    b, outcome = appointments.upsert(conn, _booking(p.id, video_link="CODE-1"), now=NOW)
    assert (outcome, b.link_version) == (Upsert.UPDATED, a.link_version + 1)
    assert appointments.set_link(conn, a.id, "CODE-1", now=NOW) is False
    assert appointments.set_link(conn, a.id, "CODE-2", now=NOW) is True
    assert appointments.get(conn, a.id).link_version == b.link_version + 1  # type: ignore[union-attr]
    assert appointments.cancel(conn, a.id, now=NOW) is True
    assert appointments.cancel(conn, a.id, now=NOW) is False
    cancelled = appointments.get(conn, a.id)
    assert cancelled is not None
    assert cancelled.status is AppointmentStatus.CANCELLED
    actions = [e.action for e in audit.entries_for(conn, "appointment", a.id)]
    assert actions == ["booked", "updated", "link_set", "cancelled"]


def test_times_round_trip_as_aware_instants() -> None:
    conn = connect(":memory:")
    p = patients.register_for_booking(
        conn, name="A", email="a@b.de", insurance=Insurance.GKV, new_patient=False, now=NOW
    )
    a, _ = appointments.upsert(conn, _booking(p.id), now=NOW)
    assert a.start == datetime(2026, 4, 6, 10, 0, tzinfo=BERLIN)
    assert a.start.tzinfo is not None
    window = appointments.between(conn, a.start - timedelta(minutes=1), a.start + timedelta(1))
    assert [x.id for x in window] == [a.id]
    assert appointments.between(conn, a.start + timedelta(minutes=1), None) == []
