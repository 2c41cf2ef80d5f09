"""An .ics series becomes one appointment per session (issue 13 "Series"): RRULE with
COUNT or UNTIL, EXDATE, a RECURRENCE-ID override, across the DST end; re-import is
idempotent. Driven through main() without a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from worker.cli import main

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-10-12T10:00"  # a Monday; the DST end is Sunday 25 October 2026

SERIES = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Praxis//DE\r\n"
    # six weekly phone sessions, the third one dropped, the fourth moved to Thursday
    "BEGIN:VEVENT\r\nUID:serie-1@praxis\r\nSUMMARY:Jonas Wolf - Telefon KG Privat\r\n"
    "ATTENDEE;CN=Jonas Wolf:mailto:jonas.wolf@example.org\r\n"
    "DTSTART;TZID=Europe/Berlin:20261013T100000\r\nDTEND;TZID=Europe/Berlin:20261013T103000\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=6\r\nEXDATE;TZID=Europe/Berlin:20261027T100000\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:serie-1@praxis\r\nSUMMARY:Jonas Wolf - Telefon KG Privat\r\n"
    "ATTENDEE;CN=Jonas Wolf:mailto:jonas.wolf@example.org\r\n"
    "RECURRENCE-ID;TZID=Europe/Berlin:20261103T100000\r\n"
    "DTSTART;TZID=Europe/Berlin:20261105T143000\r\nDTEND;TZID=Europe/Berlin:20261105T150000\r\n"
    "END:VEVENT\r\n"
    # weekly video sessions until 4 November (UNTIL in UTC)
    "BEGIN:VEVENT\r\nUID:serie-2@praxis\r\nSUMMARY:Anna Schmidt - Video MT Privat\r\n"
    "ATTENDEE;CN=Anna Schmidt:mailto:anna.schmidt@example.org\r\n"
    "DTSTART;TZID=Europe/Berlin:20261014T090000\r\nDTEND;TZID=Europe/Berlin:20261014T094500\r\n"
    "RRULE:FREQ=WEEKLY;UNTIL=20261104T225959Z\r\nEND:VEVENT\r\n"
    # a single event beside them stays one appointment with its UID
    "BEGIN:VEVENT\r\nUID:einzel@praxis\r\nSUMMARY:Anna Schmidt - Video MT Privat\r\n"
    "ATTENDEE;CN=Anna Schmidt:mailto:anna.schmidt@example.org\r\n"
    "DTSTART;TZID=Europe/Berlin:20261201T090000\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    text = (ROOT / "examples" / "praxis-worker.toml").read_text(encoding="utf-8")
    text = text.replace("/var/lib/praxis-worker", str(tmp_path / "state"))
    path = tmp_path / "praxis-worker.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run(config: Path, *args: str) -> int:
    return main(["--config", str(config), "--now", NOW, *args])


def listed(capsys: pytest.CaptureFixture[str], config: Path) -> list[dict[str, object]]:
    capsys.readouterr()
    assert run(config, "appointments", "list", "--json") == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_a_series_is_one_appointment_per_session(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "kalender.ics"
    ics.write_text(SERIES, encoding="utf-8")
    assert run(config, "appointments", "import", str(ics)) == 0
    assert "10 added, 0 updated, 0 unchanged, 0 refused" in capsys.readouterr().out
    rows = listed(capsys, config)
    starts = {(r["external_id"], r["start"], r["end"]) for r in rows}
    assert starts == {
        # COUNT=6 counts the dropped 27.10.; 3.11. is replaced by Thursday 14:30
        ("serie-1@praxis", "2026-10-13T10:00:00+02:00", "2026-10-13T10:30:00+02:00"),
        ("serie-1@praxis#20261020T080000Z", "2026-10-20T10:00:00+02:00",
         "2026-10-20T10:30:00+02:00"),
        ("serie-1@praxis#20261103T090000Z", "2026-11-05T14:30:00+01:00",
         "2026-11-05T15:00:00+01:00"),
        ("serie-1@praxis#20261110T090000Z", "2026-11-10T10:00:00+01:00",
         "2026-11-10T10:30:00+01:00"),
        ("serie-1@praxis#20261117T090000Z", "2026-11-17T10:00:00+01:00",
         "2026-11-17T10:30:00+01:00"),
        # UNTIL includes 4.11.; 10:00 practice time on both sides of the DST end
        ("serie-2@praxis", "2026-10-14T09:00:00+02:00", "2026-10-14T09:45:00+02:00"),
        ("serie-2@praxis#20261021T070000Z", "2026-10-21T09:00:00+02:00",
         "2026-10-21T09:45:00+02:00"),
        ("serie-2@praxis#20261028T080000Z", "2026-10-28T09:00:00+01:00",
         "2026-10-28T09:45:00+01:00"),
        ("serie-2@praxis#20261104T080000Z", "2026-11-04T09:00:00+01:00",
         "2026-11-04T09:45:00+01:00"),
        ("einzel@praxis", "2026-12-01T09:00:00+01:00", "2026-12-01T09:30:00+01:00"),
    }  # fmt: skip
    assert {r["email"] for r in rows if str(r["external_id"]).startswith("serie-1")} == {
        "jonas.wolf@example.org"
    }

    # Re-import (every cycle for a sources file): nothing changes.
    assert run(config, "appointments", "import", str(ics)) == 0
    assert "0 added, 0 updated, 10 unchanged, 0 refused" in capsys.readouterr().out
    assert listed(capsys, config) == rows


def test_a_session_moved_later_in_the_calendar_updates_its_appointment(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "kalender.ics"
    ics.write_text(SERIES, encoding="utf-8")
    assert run(config, "appointments", "import", str(ics)) == 0
    moved = SERIES.replace(
        "DTSTART;TZID=Europe/Berlin:20261105T143000\r\nDTEND;TZID=Europe/Berlin:20261105T150000",
        "DTSTART;TZID=Europe/Berlin:20261106T080000\r\nDTEND;TZID=Europe/Berlin:20261106T083000",
    )
    ics.write_text(moved, encoding="utf-8")
    assert run(config, "appointments", "import", str(ics)) == 0
    assert "0 added, 1 updated, 9 unchanged, 0 refused" in capsys.readouterr().out
    [row] = [
        r for r in listed(capsys, config) if r["external_id"] == "serie-1@praxis#20261103T090000Z"
    ]
    assert row["start"] == "2026-11-06T08:00:00+01:00"


def test_a_series_the_practice_cannot_book_is_refused_once(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "kalender.ics"
    ics.write_text(SERIES.replace("Video MT Privat", "Video MT GKV"), encoding="utf-8")
    assert run(config, "appointments", "import", str(ics)) == 0
    out = capsys.readouterr().out
    assert "5 added, 0 updated, 0 unchanged, 2 refused" in out
    series = 'event "Anna Schmidt - Video MT GKV" (UID serie-2@praxis, 14.10.2026 09:00)'
    single = 'event "Anna Schmidt - Video MT GKV" (UID einzel@praxis, 01.12.2026 09:00)'
    assert out.count(f"{series}: refused: treatment: Manuelle Therapie") == 1
    assert f"{single}: refused: treatment: Manuelle Therapie" in out


def test_a_session_cancelled_in_the_calendar_is_cancelled_here(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "kalender.ics"
    ics.write_text(SERIES, encoding="utf-8")
    assert run(config, "appointments", "import", str(ics)) == 0
    cancelled = (
        "BEGIN:VEVENT\r\nUID:serie-1@praxis\r\nSUMMARY:Jonas Wolf - Telefon KG Privat\r\n"
        "ATTENDEE;CN=Jonas Wolf:mailto:jonas.wolf@example.org\r\nSTATUS:CANCELLED\r\n"
        "RECURRENCE-ID;TZID=Europe/Berlin:20261110T100000\r\n"
        "DTSTART;TZID=Europe/Berlin:20261110T100000\r\n"
        "DTEND;TZID=Europe/Berlin:20261110T103000\r\nEND:VEVENT\r\n"
    )
    ics.write_text(SERIES.replace("END:VCALENDAR", cancelled + "END:VCALENDAR"), encoding="utf-8")
    assert run(config, "appointments", "import", str(ics)) == 0
    status = {r["external_id"]: r["status"] for r in listed(capsys, config)}
    assert status["serie-1@praxis#20261110T090000Z"] == "cancelled"
    assert status["serie-1@praxis#20261117T090000Z"] == "scheduled"


def outbox_kinds(capsys: pytest.CaptureFixture[str], config: Path) -> list[tuple[object, object]]:
    capsys.readouterr()
    assert run(config, "outbox", "list", "--json") == 0
    return sorted((r["kind"], r["appointment_id"]) for r in json.loads(capsys.readouterr().out))


EXDATE_1027 = "EXDATE;TZID=Europe/Berlin:20261027T100000\r\n"


def test_a_session_the_calendar_drops_later_is_cancelled_and_the_patient_told_once(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new EXDATE (10.11.) and a shorter UNTIL (4.11. no longer in serie-2) take the
    sessions out: cancelled, like a session marked cancelled, with one mail each."""
    ics = tmp_path / "kalender.ics"
    ics.write_text(SERIES, encoding="utf-8")
    assert run(config, "appointments", "import", str(ics)) == 0
    before = {r["external_id"]: r["id"] for r in listed(capsys, config)}
    dropped = SERIES.replace(
        EXDATE_1027, EXDATE_1027 + "EXDATE;TZID=Europe/Berlin:20261110T100000\r\n"
    ).replace("UNTIL=20261104T225959Z", "UNTIL=20261103T225959Z")
    ics.write_text(dropped, encoding="utf-8")
    capsys.readouterr()
    assert run(config, "appointments", "import", str(ics)) == 0
    assert "0 added, 0 updated, 8 unchanged, 0 refused, 2 cancelled" in capsys.readouterr().out
    rows = {r["external_id"]: r for r in listed(capsys, config)}
    gone = ("serie-1@praxis#20261110T090000Z", "serie-2@praxis#20261104T080000Z")
    assert {k for k, r in rows.items() if r["status"] == "cancelled"} == set(gone)
    assert {r["id"] for r in rows.values()} == set(before.values())  # nothing deleted
    told = [(k, i) for k, i in outbox_kinds(capsys, config) if k == "appointment_cancelled"]
    assert told == sorted(("appointment_cancelled", before[g]) for g in gone)

    # Again (every cycle for a sources file): nothing new, no second mail.
    capsys.readouterr()
    assert run(config, "appointments", "import", str(ics)) == 0
    assert "0 added, 0 updated, 8 unchanged, 0 refused\n" in capsys.readouterr().out
    assert [k for k, _ in outbox_kinds(capsys, config)].count("appointment_cancelled") == 2


def test_a_file_marking_a_session_cancelled_tells_the_patient_once(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "kalender.ics"
    ics.write_text(SERIES, encoding="utf-8")
    assert run(config, "appointments", "import", str(ics)) == 0
    cancelled = (
        "BEGIN:VEVENT\r\nUID:einzel@praxis\r\nSUMMARY:Anna Schmidt - Video MT Privat\r\n"
        "ATTENDEE;CN=Anna Schmidt:mailto:anna.schmidt@example.org\r\nSTATUS:CANCELLED\r\n"
        "DTSTART;TZID=Europe/Berlin:20261201T090000\r\nEND:VEVENT\r\n"
    )
    single = SERIES[SERIES.index("BEGIN:VEVENT\r\nUID:einzel") : SERIES.index("END:VCALENDAR")]
    ics.write_text(SERIES.replace(single, cancelled), encoding="utf-8")
    for _ in range(2):
        assert run(config, "appointments", "import", str(ics)) == 0
    out = capsys.readouterr().out
    assert "0 added, 1 updated, 9 unchanged, 0 refused, 1 cancelled" in out
    [single_id] = [r["id"] for r in listed(capsys, config) if r["external_id"] == "einzel@praxis"]
    assert outbox_kinds(capsys, config) == [("appointment_cancelled", single_id)]


def test_sessions_are_not_cancelled_when_past_or_when_the_series_has_errors(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "kalender.ics"
    ics.write_text(SERIES, encoding="utf-8")
    assert run(config, "appointments", "import", str(ics)) == 0
    # Ten days later the calendar drops the (past) first two sessions of serie-1 ...
    past_dropped = SERIES.replace(
        EXDATE_1027,
        EXDATE_1027 + "EXDATE;TZID=Europe/Berlin:20261013T100000,20261020T100000\r\n",
    )
    ics.write_text(past_dropped, encoding="utf-8")
    later = ["--config", str(config), "--now", "2026-10-22T10:00"]
    assert main([*later, "appointments", "import", str(ics)]) == 0
    # ... and serie-2 can no longer be booked while it loses a session: refused, and
    # nothing of it is cancelled on a file that cannot be read right.
    broken = SERIES.replace("Video MT Privat", "Video MT GKV").replace(
        "UNTIL=20261104T225959Z", "UNTIL=20261103T225959Z"
    )
    ics.write_text(broken, encoding="utf-8")
    assert run(config, "appointments", "import", str(ics)) == 0
    assert "cancelled" not in capsys.readouterr().out
    assert {r["status"] for r in listed(capsys, config)} == {"scheduled"}
    assert outbox_kinds(capsys, config) == []


def test_a_dropped_session_put_back_is_scheduled_again_and_staff_told_once(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The patient got "Termin abgesagt"; no automatic mail says "after all": staff are
    asked to tell the patient."""
    ics = tmp_path / "kalender.ics"
    ics.write_text(SERIES, encoding="utf-8")
    assert run(config, "appointments", "import", str(ics)) == 0
    ics.write_text(
        SERIES.replace(EXDATE_1027, EXDATE_1027 + "EXDATE;TZID=Europe/Berlin:20261110T100000\r\n"),
        encoding="utf-8",
    )
    assert run(config, "appointments", "import", str(ics)) == 0
    ics.write_text(SERIES, encoding="utf-8")  # put back
    for _ in range(2):
        assert run(config, "appointments", "import", str(ics)) == 0
    [row] = [
        r for r in listed(capsys, config) if r["external_id"] == "serie-1@praxis#20261110T090000Z"
    ]
    assert row["status"] == "scheduled"
    assert run(config, "review", "list", "--json") == 0
    items = json.loads(capsys.readouterr().out)
    [item] = items
    assert item["reason"].startswith(f"Termin {row['id']} steht wieder in der Terminliste")
    assert "Patient hat die Absage per Mail erhalten" in item["reason"]
