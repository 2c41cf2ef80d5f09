"""Prescriptions in a whole practice run through the CLI and `run --once` (issue 15):
a treatment in the practice sends no mail, and the billing CSV carries insurance,
position number and prescription."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from pathlib import Path

from state import appointments as appointment_store
from state import patients as patient_store
from tests.unit.maildir_practice import APPOINTMENTS, ERIKA, JONAS, NOW, Practice, days
from worker.cli import main
from worker.config import load_config
from worker.cycle import staff as staff_mail

POSITIONS = """
[telemedicine]
gkv = ["KG"]

[telemedicine.positions.gkv]
video_KG = "X0501"
"""


def cli(practice: Practice, *args: str) -> tuple[int, str]:
    argv = ["--config", str(practice.root / "praxis-worker.toml"), "--now", NOW.isoformat()]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([*argv, *args])
    return code, out.getvalue()


def patient_id(practice: Practice, address: str) -> int:
    with practice.state() as conn:
        patient = patient_store.find_by_address(conn, address)
    assert patient is not None
    return patient.id


def with_prescription_column(rows: str) -> str:
    lines = rows.splitlines()
    return "\n".join([lines[0] + ";prescription"] + [line + ";" for line in lines[1:]]) + "\n"


def test_an_appointment_in_the_practice_is_listed_counts_in_person_and_gets_no_mail(
    tmp_path: Path,
) -> None:
    practice = Practice.build(tmp_path / "p")
    assert practice.run() == 0
    jonas = patient_id(practice, JONAS)
    code, _ = cli(practice, "prescriptions", "add", "--patient", str(jonas), "--treatment",
                  "KG", "--units", "6", "--issued", "2026-06-10")  # fmt: skip
    assert code == 0
    rows = with_prescription_column(APPOINTMENTS) + (
        "H-03;Jonas Neu;jonas.neu@gmx.de;17.06.2026 08:00;30;praxis;KG;private;ja;;1\n"
    )
    (practice.root / "appointments.csv").write_text(rows, encoding="utf-8")
    assert practice.run(NOW + days(0.01)) == 0
    assert practice.run(NOW + days(0.02)) == 0  # a re-import books it once
    assert practice.review_items() == []  # the row was not refused

    code, out = cli(practice, "appointments", "list", "--json")
    (praxis,) = [a for a in json.loads(out) if a["kind"] == "praxis"]
    assert (praxis["external_id"], praxis["status"], praxis["prescription_id"]) == (
        "H-03",
        "scheduled",
        1,
    )
    assert praxis["video_link"] is None
    code, out = cli(practice, "appointments", "list")
    assert "praxis KG   vor Ort" in out
    code, out = cli(practice, "prescriptions", "list", "--json")
    (listed,) = json.loads(out)
    assert listed["in_person"] == ["2026-06-17"]
    assert listed["first_in_person_on"] == "2026-06-17"
    assert (listed["booked_in_person"], listed["units_used"]) == (1, 1)

    # Days go by past the session: no mail is ever planned about it (no link, no
    # reminder, no forms request, no confirmation request), and it cannot be confirmed.
    for later in (days(0.9), days(1.1), days(2.2), days(4)):
        assert practice.run(NOW + later) == 0
    about_it = [r for r in practice.outbox() if r.appointment_id == praxis["id"]]
    assert about_it == []
    with practice.state() as conn:
        covered = {
            int(i) for (c,) in conn.execute("SELECT covers FROM outbox") for i in c.split(",") if i
        }
    assert praxis["id"] not in covered
    # the other appointments did get their mail meanwhile: the clock really moved on
    assert {r.kind for r in practice.outbox()} >= {"reminder", "confirmation_request"}
    code, out = cli(practice, "confirmations", "add", str(praxis["id"]), "--evidence", "Telefonat")
    assert code == 1
    assert "Behandlung in der Praxis" in out
    assert practice.confirmation_message_ids() == set()


def test_billing_csv_names_insurance_position_and_prescription(tmp_path: Path) -> None:
    practice = Practice.build(tmp_path / "p")
    config = practice.root / "praxis-worker.toml"
    config.write_text(config.read_text(encoding="utf-8") + POSITIONS, encoding="utf-8")
    assert practice.run() == 0
    erika = patient_id(practice, ERIKA)
    assert cli(practice, "prescriptions", "add", "--patient", str(erika), "--treatment", "KG",
               "--units", "6", "--issued", "2026-06-01", "--first-in-person", "2026-06-02",
               "--reference", "VO-2026-17")[0] == 0  # fmt: skip
    assert cli(practice, "prescriptions", "consent", str(erika), "2026-06-02")[0] == 0
    # Erika's video appointment of yesterday is now booked against the prescription.
    rows = with_prescription_column(APPOINTMENTS).replace("9XDA;", "9XDA;1")
    (practice.root / "appointments.csv").write_text(rows, encoding="utf-8")
    assert practice.run(NOW + days(0.01)) == 0
    assert practice.review_items() == []
    with practice.state() as conn:
        video = next(
            a for a in appointment_store.between(conn, None, None) if a.patient_id == erika
        )
    assert cli(practice, "confirmations", "add", str(video.id), "--evidence", "Telefonat")[0] == 0
    with practice.state() as conn:
        composed = staff_mail.compose_digest(conn, load_config(config), now=NOW + days(0.02))
    assert composed.csv is not None
    header, row = list(csv.reader(io.StringIO(composed.csv.decode("utf-8-sig")), delimiter=";"))
    cells = dict(zip(header, row, strict=True))
    assert cells["Datum der Behandlung"] == "15.06.2026"
    assert cells["Art"] == "Video"
    assert cells["Versicherung"] == "GKV"
    assert cells["Positionsnummer"] == "X0501"
    assert cells["Verordnung"] == "VO-2026-17"
    assert cells["Verordnung-ID"] == "1"
    assert cells["Nachweis"] == "Notiz des Praxisteams (telefonisch bestätigt)"
