"""`prescriptions` and booking against one, driven through main() (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.test_cli_appointments import config, json_out, run  # noqa: F401 - fixture

EMAIL = "anna.schmidt@web.de"


def book(cfg: Path, day: str, *extra: str, kind: str = "video", rx: str = "1") -> int:
    return run(
        cfg, "appointments", "add", "--name", "Anna Schmidt", "--email", EMAIL,
        "--start", f"{day} 09:00", "--kind", kind, "--treatment", "KG", "--insurance", "gkv",
        "--prescription", rx, *extra,
    )  # fmt: skip


@pytest.fixture
def patient(config: Path, capsys: pytest.CaptureFixture[str]) -> int:  # noqa: F811
    assert run(config, "appointments", "add", "--name", "Anna Schmidt", "--email", EMAIL,
               "--start", "2026-12-01 09:00", "--kind", "video", "--treatment", "KG",
               "--insurance", "gkv") == 0  # fmt: skip
    (row,) = json_out(capsys, config, "patients", "list")
    return int(str(row["id"]))


def test_add_and_list_as_json(
    config: Path,  # noqa: F811
    patient: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    assert run(config, "prescriptions", "add", "--patient", str(patient), "--treatment", "KG",
               "--units", "6", "--issued", "20.11.2026", "--reference", "VO-4711",
               "--json") == 0  # fmt: skip
    added = json.loads(capsys.readouterr().out)
    assert added["id"] == 1
    assert added["reference"] == "VO-4711"
    (listed,) = json_out(capsys, config, "prescriptions", "list")
    assert listed == added
    assert set(listed) >= {
        "id", "patient_id", "treatment", "units", "issued_on", "reference",
        "first_in_person_on", "booked", "booked_video", "booked_phone",
    }  # fmt: skip
    assert listed["issued_on"] == "2026-11-20"
    assert listed["booked"] == 0


def test_unknown_patient_is_a_usage_error(
    config: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(config, "prescriptions", "add", "--patient", "99", "--treatment", "KG",
               "--units", "6", "--issued", "2026-11-20") == 2  # fmt: skip
    assert "no patient 99" in capsys.readouterr().err


def test_booking_refused_over_the_video_cap_naming_the_rule(
    config: Path,  # noqa: F811
    patient: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(config, "prescriptions", "add", "--patient", str(patient), "--treatment", "KG",
               "--units", "6", "--issued", "2026-11-20") == 0  # fmt: skip
    # No first treatment in person and no consent yet: refused, both rules named.
    capsys.readouterr()
    assert book(config, "2026-12-02") == 2
    err = capsys.readouterr().err
    assert "erste Behandlung einer Verordnung findet in der Praxis statt" in err
    assert "schriftliche Einwilligung" in err
    assert run(config, "prescriptions", "visit", "1", "2026-11-25") == 0
    assert run(config, "prescriptions", "consent", str(patient), "2026-11-25") == 0
    for day in ("2026-12-02", "2026-12-03", "2026-12-04"):
        assert book(config, day) == 0
    capsys.readouterr()
    assert book(config, "2026-12-07") == 2
    err = capsys.readouterr().err
    assert (
        "KG per Video höchstens die Hälfte der verordneten Einheiten: 3 von 6 bereits gebucht"
        in err
    )
    assert book(config, "2026-12-07", kind="phone") == 2
    assert "nicht per Telefon" in capsys.readouterr().err
    (listed,) = json_out(capsys, config, "prescriptions", "list")
    assert listed["booked"] == 3
    assert listed["booked_video"] == 3
    appointments = json_out(capsys, config, "appointments", "list")
    assert [a["prescription_id"] for a in appointments] == [None, 1, 1, 1]  # none refused


def test_csv_import_books_against_a_prescription_and_reports_refusals(
    config: Path,  # noqa: F811
    patient: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(config, "prescriptions", "add", "--patient", str(patient), "--treatment", "KG",
               "--units", "2", "--issued", "2026-11-20", "--first-in-person",
               "2026-11-21") == 0  # fmt: skip
    assert run(config, "prescriptions", "consent", str(patient), "2026-11-21") == 0
    rows = [
        "external_id;name;email;start;kind;treatment;insurance;prescription",
        f"R-1;Anna Schmidt;{EMAIL};2026-12-02 09:00;video;KG;gkv;1",
        f"R-2;Anna Schmidt;{EMAIL};2026-12-03 09:00;video;KG;gkv;1",
        f"R-3;Anna Schmidt;{EMAIL};2026-12-04 09:00;video;KG;gkv;x",
    ]
    path = tmp_path / "rx.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert run(config, "appointments", "import", str(path)) == 0
    out = capsys.readouterr().out
    assert "1 added" in out
    assert "2 refused" in out
    # 2 units: one given in person, one booked by video; the half for video is used too.
    assert "line 3: refused: prescription 1: Verordnung ausgeschöpft: 2 von 2" in out
    assert "KG per Video höchstens die Hälfte der verordneten Einheiten: 1 von 2" in out
    assert 'line 4: refused: prescription: expected a prescription id (a number), got "x"' in out
    # Re-importing the same file does not count the booked row against itself, nor
    # refuse it once the prescription's units are used up by a treatment in person.
    assert run(config, "appointments", "import", str(path)) == 0
    assert "0 added, 0 updated, 1 unchanged, 2 refused" in capsys.readouterr().out
    assert run(config, "prescriptions", "add", "--patient", str(patient), "--treatment", "KG",
               "--units", "3", "--issued", "2026-11-20", "--first-in-person",
               "2026-11-21") == 0  # fmt: skip
    moved = path.read_text(encoding="utf-8").replace("gkv;1\n", "gkv;2\n", 1)
    path.write_text(moved, encoding="utf-8")
    capsys.readouterr()
    assert run(config, "appointments", "import", str(path)) == 0
    # R-1 moved to prescription 2, which makes room for R-2 on prescription 1.
    assert "1 added, 0 updated, 1 unchanged, 1 refused" in capsys.readouterr().out
    assert run(config, "prescriptions", "visit", "2", "2026-11-22") == 0  # 3 of 3 used
    # Consent re-recorded with a later date: a new booking before it would be refused,
    # the rows booked already are not.
    assert run(config, "prescriptions", "consent", str(patient), "2026-12-05") == 0
    capsys.readouterr()
    assert run(config, "appointments", "import", str(path)) == 0
    assert "0 added, 0 updated, 2 unchanged, 1 refused" in capsys.readouterr().out
    rxs = {r["id"]: r for r in json_out(capsys, config, "prescriptions", "list")}
    assert (rxs[1]["booked"], rxs[2]["booked"], len(rxs[2]["in_person"])) == (1, 1, 2)


def test_export_patient_includes_prescriptions_and_consent(
    config: Path,  # noqa: F811
    patient: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(config, "prescriptions", "add", "--patient", str(patient), "--treatment", "KG",
               "--units", "6", "--issued", "2026-11-20", "--first-in-person",
               "2026-11-21") == 0  # fmt: skip
    assert run(config, "prescriptions", "consent", str(patient), "2026-11-21") == 0
    capsys.readouterr()
    assert run(config, "export-patient", str(patient)) == 0
    record = json.loads(capsys.readouterr().out)
    (rx,) = record["prescriptions"]
    assert rx["units"] == 6
    assert [v["day"] for v in record["treatments_in_person"]] == ["2026-11-21"]
    assert record["telemedicine_consent"][0]["received_on"] == "2026-11-21"


def test_praxis_rows_read_like_any_row_of_an_excel_export(
    config: Path,  # noqa: F811
    patient: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """In-person rows are bookings like any other (worker/adapters/booking_files.py): a
    Windows-1252 file, German dates, an external id given twice refuses both rows. The
    short form earlier versions documented (email, start, prescription; no name,
    treatment or insurance) is still read: completed from the prescription's patient."""
    assert run(config, "prescriptions", "add", "--patient", str(patient), "--treatment", "KG",
               "--units", "6", "--issued", "2026-11-20") == 0  # fmt: skip
    rows = [
        "external_id;name;email;start;kind;treatment;insurance;prescription",
        f"P-1;Anna Schmidt;{EMAIL};24.11.2026 08:00;Präsenz;KG;gkv;1",
        f"P-2;Anna Schmidt;{EMAIL};25.11.2026 08:00;praxis;KG;gkv;1",
        f"P-2;Anna Schmidt;{EMAIL};26.11.2026 08:00;praxis;KG;gkv;1",
        f"P-3;Anna Schmidt;{EMAIL};27.11.2026 08:00;praxis;KG;gkv;",
        "P-4;Jemand Anders;jemand@example.org;28.11.2026 08:00;praxis;KG;gkv;1",
        f"P-5;;{EMAIL};29.11.2026 08:00;vor Ort;;;1",  # the short form
        "P-6;;jemand@example.org;30.11.2026 08:00;praxis;;;1",
        f"P-7;;{EMAIL};01.12.2026 08:00;praxis;;;",  # short, but no prescription
    ]
    path = tmp_path / "praxis.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    capsys.readouterr()
    assert run(config, "appointments", "import", str(path)) == 0
    out = capsys.readouterr().out
    assert "3 added, 0 updated, 0 unchanged, 5 refused" in out
    assert "read as cp1252" in out
    assert 'line 3: refused: external_id: "P-2" stands on more than one row (lines 3, 4)' in out
    assert "line 6: refused: prescription 1: Verordnung 1 gehört zu einem anderen Patienten" in out
    assert "line 8: refused: prescription 1: Verordnung 1 gehört zu einem anderen Patienten" in out
    assert "line 9: refused: name: missing" in out
    (listed,) = json_out(capsys, config, "prescriptions", "list")
    assert listed["in_person"] == ["2026-11-24", "2026-11-29"]
    # the patient fixture's, and the three in the practice: P-1 and P-5 on the
    # prescription, P-3 (no prescription named) an appointment in the practice of its own
    booked = {a["external_id"]: a for a in json_out(capsys, config, "appointments", "list")}
    assert sorted(a["kind"] for a in booked.values()) == ["praxis", "praxis", "praxis", "video"]
    short = booked["P-5"]
    assert (short["name"], short["treatment"], short["patient_id"]) == (
        "Anna Schmidt",
        "KG",
        patient,
    )
