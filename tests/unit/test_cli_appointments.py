"""`appointments` and `patients` commands, driven through main() without a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from worker.cli import main

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-28T10:00"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    text = (ROOT / "examples" / "praxis-worker.toml").read_text(encoding="utf-8")
    text = text.replace("/var/lib/praxis-worker", str(tmp_path / "state"))
    path = tmp_path / "praxis-worker.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run(config: Path, *args: str) -> int:
    return main(["--config", str(config), "--now", NOW, *args])


def json_out(
    capsys: pytest.CaptureFixture[str], config: Path, *args: str
) -> list[dict[str, object]]:
    capsys.readouterr()
    assert run(config, *args, "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_import_example_reports_bad_row_and_is_idempotent(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(config, "appointments", "import", str(ROOT / "examples" / "appointments.csv")) == 0
    out = capsys.readouterr().out
    assert "7 added, 0 updated, 0 unchanged, 1 refused" in out
    # T-1007 stands on line 9 (a comment line before it; line 8 was reported before)
    assert "line 9: refused: treatment: Manuelle Therapie" in out
    first = json_out(capsys, config, "appointments", "list")
    assert run(config, "appointments", "import", str(ROOT / "examples" / "appointments.csv")) == 0
    assert "0 added, 0 updated, 7 unchanged, 1 refused" in capsys.readouterr().out
    assert json_out(capsys, config, "appointments", "list") == first


def test_appointments_list_json_matches_the_contract(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(config, "appointments", "import", str(ROOT / "examples" / "appointments.csv"))
    rows = json_out(capsys, config, "appointments", "list")
    assert len(rows) == 7
    first = rows[0]
    assert set(first) == {
        "id", "external_id", "patient_id", "name", "email", "start", "end", "kind",
        "treatment", "status", "video_link", "confirmed", "confirmed_at",
        "confirmed_by_message_id", "on_hold", "prescription_id",
    }  # fmt: skip
    assert first["start"] == "2026-12-01T09:00:00+01:00"
    assert first["end"] == "2026-12-01T09:30:00+01:00"
    assert (first["kind"], first["status"], first["confirmed"]) == ("video", "scheduled", False)
    ranged = json_out(
        capsys, config, "appointments", "list", "--from", "2026-12-02", "--to", "2026-12-02"
    )
    assert [r["external_id"] for r in ranged] == ["T-1004", "T-1005"]


def test_patients_list_json_names_missing_forms(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(config, "appointments", "import", str(ROOT / "examples" / "appointments.csv"))
    rows = {r["email"]: r for r in json_out(capsys, config, "patients", "list")}
    new_video = rows["anna.schmidt@web.de"]
    assert {
        "id",
        "name",
        "email",
        "new_patient",
        "insurance",
        "forms_received",
        "forms_missing",
    } <= set(new_video)
    # the patient information: a new video patient sends every form, the video one too
    assert new_video["forms_missing"] == [
        "anamnese",
        "datenschutz",
        "einwilligung_tele",
        "datenschutz_video",
    ]
    assert new_video["forms_received"] == {}
    assert rows["sophie.wagner@gmail.com"]["forms_missing"] == ["datenschutz_video"]
    assert rows["j.weiss@gmx.de"]["forms_missing"] == []


def test_add_cancel_and_set_link(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(
        config, "appointments", "add", "--name", "Eva Braun", "--email", "eva@example.org",
        "--start", "2026-12-07 09:00", "--kind", "video", "--treatment", "KG",
        "--insurance", "gkv", "--new-patient",
    ) == 0  # fmt: skip
    assert "appointment 1: added" in capsys.readouterr().out
    assert run(config, "appointments", "set-link", "1", "https://video.redmedical.de/x") == 0
    assert run(config, "appointments", "cancel", "1") == 0
    rows = json_out(capsys, config, "appointments", "list")
    assert rows[0]["status"] == "cancelled"
    assert rows[0]["video_link"] == "https://video.redmedical.de/x"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["--start", "2026-12-07 09:00", "--treatment", "MT", "--insurance", "gkv"],
            "treatment: Manuelle Therapie (MT) ist für gesetzlich Versicherte nicht",
            id="gkv-mt",
        ),
        pytest.param(
            ["--start", "2026-03-29 02:30", "--treatment", "KG", "--insurance", "gkv"],
            "29.03.2026 02:30 does not exist in Europe/Berlin",
            id="dst-gap",
        ),
        pytest.param(
            ["--start", "2026-10-25 02:30", "--treatment", "KG", "--insurance", "gkv"],
            "happens twice",
            id="dst-overlap",
        ),
    ],
)
def test_refused_bookings_exit_2_with_one_line(
    config: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code = run(
        config, "appointments", "add", "--name", "Eva", "--email", "eva@example.org",
        "--kind", "video", *args,
    )  # fmt: skip
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1
    assert message in err[0]


def test_unknown_appointment_id_exits_2(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(config, "appointments", "cancel", "99") == 2
    assert "ID: no appointment 99" in capsys.readouterr().err


def test_reactivate_an_undeliverable_address(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime

    from state import patients
    from state.db import connect
    from worker.config import load_config

    run(config, "appointments", "import", str(ROOT / "examples" / "appointments.csv"))
    conn = connect(load_config(config).state.path)
    patients.mark_undeliverable(
        conn, "j.weiss@gmx.de", reason="test", now=datetime(2026, 11, 28, tzinfo=UTC)
    )
    conn.close()
    rows = {r["email"]: r for r in json_out(capsys, config, "patients", "list")}
    assert rows["j.weiss@gmx.de"]["undeliverable"] == ["j.weiss@gmx.de"]
    assert run(config, "patients", "reactivate", "J.Weiss@gmx.de") == 0
    rows = {r["email"]: r for r in json_out(capsys, config, "patients", "list")}
    assert rows["j.weiss@gmx.de"]["undeliverable"] == []
    assert run(config, "patients", "reactivate", "nobody@example.org") == 2


def test_usage_error_exits_2(config: Path) -> None:
    assert main(["--config", str(config), "appointments", "add", "--name", "x"]) == 2


def test_csv_with_comma_bom_and_a_broken_row(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "export.csv"
    csv_path.write_bytes(
        "\ufeffexternal_id,name,email,start,duration,kind,treatment,insurance,new_patient,video_link\n"
        "A1,Jürgen Weiß,j.weiss@gmx.de,2026-12-01 10:30,,phone,KG,private,nein,\n"
        "A2,Kaputt,kaputt@,2026-12-01 11:00,,phone,KG,private,,\n"
        "A3,Zu Viel,zu@viel.de,2026-12-01 12:00,,phone,KG,private,,,extra\n".encode()
    )
    assert run(config, "appointments", "import", str(csv_path)) == 0
    out = capsys.readouterr().out
    assert "1 added" in out
    assert "line 3: refused: email:" in out
    assert "line 4: refused: more fields" in out


def test_ics_import(config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ics = tmp_path / "kalender.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Praxis//DE\r\n"
        "BEGIN:VEVENT\r\nUID:ev-1@praxis\r\nDTSTART;TZID=Europe/Berlin:20261201T090000\r\n"
        "DTEND;TZID=Europe/Berlin:20261201T094500\r\nSUMMARY:Anna Schmidt - Video KG\r\n"
        "CATEGORIES:GKV,Neupatient\r\nATTENDEE;CN=Anna Schmidt:mailto:anna.schmidt@web.de\r\n"
        "URL:https://video.redmedical.de/#/join?code=K7Q2\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:ev-2@praxis\r\nDTSTART:20261202T080000Z\r\n"
        "SUMMARY:Telefon MT GKV\r\nATTENDEE:mailto:x@example.org\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    assert run(config, "appointments", "import", str(ics)) == 0
    out = capsys.readouterr().out
    assert "1 added" in out
    # an event is named by SUMMARY, UID and DTSTART (its position means nothing to staff)
    assert (
        'event "Telefon MT GKV" (UID ev-2@praxis, 02.12.2026 09:00): refused: treatment:'
        " Manuelle Therapie" in out
    )
    rows = json_out(capsys, config, "appointments", "list")
    assert rows[0]["external_id"] == "ev-1@praxis"
    assert rows[0]["end"] == "2026-12-01T09:45:00+01:00"
    assert rows[0]["kind"] == "video"
    patients = json_out(capsys, config, "patients", "list")
    assert patients[0]["new_patient"] is True


EXCEL_HEADER = (
    "external_id;name;email;start;duration;kind;treatment;insurance;new_patient;video_link;;"
)


def test_import_of_an_excel_export_in_cp1252(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel on a German Windows: cp1252, ';', empty ';;;;' rows, WAHR/FALSCH, seconds,
    '30,0' minutes; a duplicate external id refuses both its rows, the rest is imported."""
    csv_path = tmp_path / "Termine.csv"
    csv_path.write_bytes(
        "\r\n".join(
            [
                EXCEL_HEADER,
                "E-1;Jürgen Weiß;j.weiss@gmx.de;01.12.2026 10:30:00;30,0;phone;KG;private;WAHR;;;",
                ";;;;;;;;;;;",
                "E-2;Änne Groß;aenne@web.de;01.12.2026 11:00:00;45,0;phone;KG;private;FALSCH;;;",
                "E-3;Otto Öz;otto@web.de;02.12.2026 09:00:00;30,0;phone;KG;private;FALSCH;;;",
                "E-2;Änne Groß;aenne@web.de;03.12.2026 11:00:00;45,0;phone;KG;private;FALSCH;;;",
                ";;;;;;;;;;;",
                "",
            ]
        ).encode("cp1252")
    )
    assert run(config, "appointments", "import", str(csv_path)) == 0
    out = capsys.readouterr().out
    assert "2 added, 0 updated, 0 unchanged, 2 refused, 2 empty rows skipped, read as cp1252" in out
    assert 'line 4: refused: external_id: "E-2" stands on more than one row (lines 4, 6)' in out
    assert 'line 6: refused: external_id: "E-2" stands on more than one row (lines 4, 6)' in out
    rows = json_out(capsys, config, "appointments", "list")
    assert [(r["external_id"], r["name"], r["start"]) for r in rows] == [
        ("E-1", "Jürgen Weiß", "2026-12-01T10:30:00+01:00"),
        ("E-3", "Otto Öz", "2026-12-02T09:00:00+01:00"),
    ]
    patients = {p["name"]: p for p in json_out(capsys, config, "patients", "list")}
    assert patients["Jürgen Weiß"]["new_patient"] is True


def test_import_encoding_option(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "termine.csv"
    csv_path.write_bytes(
        (
            "name;email;start;kind;treatment;insurance\n"
            "Jürgen Weiß;j.weiss@gmx.de;01.12.2026 10:30;phone;KG;private\n"
        ).encode("latin-1")
    )
    assert run(config, "appointments", "import", str(csv_path), "--encoding", "utf-8") == 2
    err = capsys.readouterr().err
    assert f"{csv_path}: not utf-8 text (byte 0xfc at position" in err
    assert run(config, "appointments", "import", str(csv_path), "--encoding", "elbisch") == 2
    assert 'unknown encoding "elbisch"' in capsys.readouterr().err
    assert run(config, "appointments", "import", str(csv_path), "--encoding", "latin-1") == 0
    assert "1 added" in capsys.readouterr().out
    assert [p["name"] for p in json_out(capsys, config, "patients", "list")] == ["Jürgen Weiß"]


def test_import_of_a_file_that_is_not_text_names_it(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "Termine.xlsx"
    workbook.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)))
    assert run(config, "appointments", "import", str(workbook)) == 2
    err = capsys.readouterr().err
    assert f"{workbook}: is an Excel workbook (.xlsx)" in err
    assert "CSV UTF-8" in err


def test_import_skips_all_day_events_with_a_notice(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "kalender.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Praxis//DE\r\n"
        "BEGIN:VEVENT\r\nUID:frei@praxis\r\nDTSTART;VALUE=DATE:20261224\r\n"
        "SUMMARY:Praxis geschlossen\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:ev-1@praxis\r\nDTSTART;TZID=Europe/Berlin:20261201T090000\r\n"
        "SUMMARY:Anna Schmidt - Telefon KG Privat\r\n"
        "ATTENDEE;CN=Anna Schmidt:mailto:anna.schmidt@web.de\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    assert run(config, "appointments", "import", str(ics)) == 0
    out = capsys.readouterr().out
    assert "1 added, 0 updated, 0 unchanged, 0 refused, 1 skipped" in out
    assert (
        'event "Praxis geschlossen" (UID frei@praxis, 24.12.2026): skipped: an all-day event' in out
    )
