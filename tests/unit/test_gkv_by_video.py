"""GKV by video only since 1 April 2022 (issue 15), through the CLI: a GKV phone booking
is refused by `appointments add`, by an imported CSV or .ics file and by a `sources`
file in `run --once`, naming the rule and what to do; private patients are still
treated by phone, and the corona-2020 profile allows it. Appointments booked by phone
before stay as they are and `check` names them. Also: an .ics event names the
prescription it is booked against (X-PRAXIS-PRESCRIPTION or a "Verordnung:" line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.maildir_practice import NOW as PRACTICE_NOW
from tests.unit.maildir_practice import Practice, days
from worker.cli import main

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-28T10:00"
RULE = "seit 1. April 2022 nur per Video, nicht per Telefon"
JONAS_BY_PHONE = "H-02;Jonas Neu;jonas.neu@gmx.de;19.06.2026 14:00;30;phone;KG;gkv;nein;"
HEADER = "external_id;name;email;start;duration;kind;treatment;insurance;new_patient;video_link"


def write_config(tmp_path: Path, *, profile: str = "2022", sources: str = "[]") -> Path:
    text = (ROOT / "examples" / "praxis-worker.toml").read_text(encoding="utf-8")
    text = text.replace("/var/lib/praxis-worker", str(tmp_path / "state"))
    text = text.replace('profile = "2022"', f'profile = "{profile}"')
    text = text.replace("sources = []", f"sources = {sources}")
    path = tmp_path / "praxis-worker.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return write_config(tmp_path)


def run(config: Path, *args: str, now: str = NOW) -> int:
    return main(["--config", str(config), "--now", now, *args])


def listed(
    config: Path, capsys: pytest.CaptureFixture[str], now: str = NOW
) -> list[dict[str, object]]:
    capsys.readouterr()
    assert run(config, "appointments", "list", "--json", now=now) == 0
    return json.loads(capsys.readouterr().out)


def add(config: Path, *args: str) -> int:
    return run(
        config, "appointments", "add", "--name", "Eva Braun", "--email", "eva@example.org",
        "--start", "2026-12-07 09:00", "--treatment", "KG", *args,
    )  # fmt: skip


def test_add_refuses_gkv_by_phone_naming_the_rule_and_the_way_out(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add(config, "--kind", "phone", "--insurance", "gkv") == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "kind:" in line
    assert RULE in line
    assert "als Videotermin buchen" in line
    assert 'profile = "corona-2020"' in line
    assert listed(config, capsys) == []
    # the same patient by video, and a private patient by phone, are booked
    assert add(config, "--kind", "video", "--insurance", "gkv") == 0
    assert add(config, "--kind", "phone", "--insurance", "private", "--external-id", "P") == 0
    kinds = sorted(str(a["kind"]) for a in listed(config, capsys))
    assert kinds == ["phone", "video"]


def test_the_corona_profile_still_books_gkv_by_phone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, profile="corona-2020")
    assert add(config, "--kind", "phone", "--insurance", "gkv") == 0
    assert [a["kind"] for a in listed(config, capsys)] == ["phone"]


def test_csv_and_ics_imports_refuse_the_row_and_import_the_rest(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "termine.csv"
    csv_path.write_text(
        f"{HEADER}\n"
        "T-1;Jürgen Weiß;j.weiss@gmx.de;01.12.2026 10:30;;phone;KG;gkv;nein;\n"
        "T-2;Klaus Müller;kp@posteo.de;01.12.2026 11:00;;phone;KG;privat;nein;\n"
        "T-3;Anna Schmidt;anna@web.de;01.12.2026 12:00;;video;KG;gkv;nein;\n",
        encoding="utf-8",
    )
    assert run(config, "appointments", "import", str(csv_path)) == 0
    out = capsys.readouterr().out
    assert "2 added, 0 updated, 0 unchanged, 1 refused" in out
    assert (
        f"line 2: refused: kind: gesetzlich Versicherte: Heilmittel per Telemedizin {RULE}" in out
    )
    ics = tmp_path / "kalender.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Praxis//DE\r\n"
        "BEGIN:VEVENT\r\nUID:ev-1@praxis\r\nDTSTART;TZID=Europe/Berlin:20261202T090000\r\n"
        "SUMMARY:Otto Öz - Telefon KG GKV\r\nATTENDEE:mailto:otto@web.de\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    assert run(config, "appointments", "import", str(ics)) == 0
    out = capsys.readouterr().out
    assert "0 added, 0 updated, 0 unchanged, 1 refused" in out
    assert (
        'event "Otto Öz - Telefon KG GKV" (UID ev-1@praxis, 02.12.2026 09:00): refused: kind:'
        in out
    )
    assert sorted(str(a["external_id"]) for a in listed(config, capsys)) == ["T-2", "T-3"]


def test_a_sources_row_by_phone_becomes_one_review_item_and_check_names_the_old_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Booked under the corona-2020 profile, a GKV phone appointment stays when the
    practice switches to the 2022 rules: re-imported, moved by the file; `check` warns.
    A new GKV phone row in a `sources` file is refused in `run --once` into one review
    item (not one per cycle)."""
    practice = Practice.build(tmp_path / "p", appointments=f"{HEADER}\n{JONAS_BY_PHONE}\n")
    config = practice.root / "praxis-worker.toml"
    base = config.read_text(encoding="utf-8")
    config.write_text(base + '\n[telemedicine]\nprofile = "corona-2020"\n', encoding="utf-8")
    assert practice.run() == 0
    config.write_text(base, encoding="utf-8")  # the default from now on: 2022
    # the file moves H-02 by an hour and adds a new GKV phone appointment H-03
    (practice.root / "appointments.csv").write_text(
        f"{HEADER}\n{JONAS_BY_PHONE.replace('14:00', '15:00')}\n"
        "H-03;Änne Groß;aenne@web.de;19.06.2026 09:00;30;phone;KG;gkv;nein;\n",
        encoding="utf-8",
    )
    assert practice.run(PRACTICE_NOW + days(0.01)) == 0
    assert practice.run(PRACTICE_NOW + days(0.02)) == 0
    (kept,) = listed(config, capsys, now=PRACTICE_NOW.isoformat())
    assert (kept["external_id"], kept["kind"], kept["status"]) == ("H-02", "phone", "scheduled")
    assert str(kept["start"]).startswith("2026-06-19T15:00")  # the move was taken
    items = [i for i in practice.review_items() if RULE in i.reason]
    assert len(items) == 1
    assert "appointments.csv, Zeile 3: Termin abgelehnt: kind:" in items[0].reason
    capsys.readouterr()
    run(config, "check", now=PRACTICE_NOW.isoformat())
    out = capsys.readouterr().out
    assert f"1 GKV appointment(s) by phone still ahead (appointments {kept['id']})" in out
    assert "They stay booked" in out


def test_check_says_nothing_about_phone_when_there_is_none(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add(config, "--kind", "phone", "--insurance", "private") == 0
    run(config, "check")
    assert "by phone still ahead" not in capsys.readouterr().out


# --- .ics events name their prescription ------------------------------------------------


def event(uid: str, day: int, extra: str, summary: str = "Anna Schmidt - Video KG GKV") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART;TZID=Europe/Berlin:202612{day:02d}T090000\r\n"
        f"SUMMARY:{summary}\r\nATTENDEE;CN=Anna Schmidt:mailto:anna@web.de\r\n{extra}"
        "END:VEVENT\r\n"
    )


def test_an_ics_event_is_booked_against_the_prescription_it_names(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add(config, "--kind", "video", "--insurance", "gkv", "--email", "anna@web.de",
               "--name", "Anna Schmidt", "--external-id", "first") == 0  # fmt: skip
    patient = str(listed(config, capsys)[0]["patient_id"])
    assert run(config, "prescriptions", "add", "--patient", patient, "--treatment", "KG",
               "--units", "6", "--issued", "2026-11-20", "--first-in-person",
               "2026-11-21") == 0  # fmt: skip
    assert run(config, "prescriptions", "consent", patient, "2026-11-21") == 0
    ics = tmp_path / "kalender.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Praxis//DE\r\n"
        + event("p-1@praxis", 1, "X-PRAXIS-PRESCRIPTION:1\r\n")
        + event("p-2@praxis", 2, "DESCRIPTION:Hausaufgaben besprechen\\nVerordnung: 1\r\n")
        + event("p-3@praxis", 3, "DESCRIPTION:Rezept Nr. 1\r\n")
        + event("p-4@praxis", 4, "DESCRIPTION:Verordnung liegt vor\r\n")  # names none
        + event("p-5@praxis", 5, "DESCRIPTION:Verordnung: VO-2026-17\r\n")  # not an id
        + event("p-6@praxis", 6, "X-PRAXIS-PRESCRIPTION:9\r\n")  # no such prescription
        + event("p-7@praxis", 7, "DESCRIPTION:Rezept: 1\r\n")  # over half the units
        + "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(config, "appointments", "import", str(ics)) == 0
    out = capsys.readouterr().out
    assert "4 added, 0 updated, 0 unchanged, 3 refused" in out
    assert (
        "UID p-5@praxis, 05.12.2026 09:00): refused: prescription: expected a prescription id"
        ' (a number), got "VO-2026-17" (in DESCRIPTION "Verordnung: VO-2026-17")'
    ) in out
    assert "UID p-6@praxis, 06.12.2026 09:00): refused: prescription: no prescription 9" in out
    assert (
        "UID p-7@praxis, 07.12.2026 09:00): refused: prescription 1: KG per Video höchstens"
        " die Hälfte der verordneten Einheiten: 3 von 6 bereits gebucht"
    ) in out
    by_id = {a["external_id"]: a["prescription_id"] for a in listed(config, capsys)}
    assert by_id == {
        "first": None,
        "p-1@praxis": 1,
        "p-2@praxis": 1,
        "p-3@praxis": 1,
        "p-4@praxis": None,
    }
