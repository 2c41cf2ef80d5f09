"""The admin's CLI for what staff do by mail: `forms assign`, `confirmations add`."""

from __future__ import annotations

import contextlib
import io
from email.message import EmailMessage
from pathlib import Path

from state import appointments as appointment_store
from state import confirmations as confirmation_store
from state import forms as form_store
from state import review
from tests.unit.maildir_practice import AUTHSERV_ID, NOW, Practice, days
from worker.cli import main


def cli(practice: Practice, *args: str) -> tuple[int, str]:
    argv = ["--config", str(practice.root / "praxis-worker.toml"), "--now", NOW.isoformat()]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv, *args])
    return code, out.getvalue() + err.getvalue()


def scan_mail() -> bytes:
    message = EmailMessage()
    message["Authentication-Results"] = f"{AUTHSERV_ID}; dmarc=pass header.from=gmx.de"
    message["From"] = "Jonas Neu <jonas.neu@gmx.de>"
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Unterlagen"
    message["Date"] = "Tue, 16 Jun 2026 08:45:00 +0200"
    message["Message-ID"] = "<jonas-scan@gmx.de>"
    message.set_content("Hallo, anbei der Scan.")
    message.add_attachment(
        b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n",
        maintype="application",
        subtype="pdf",
        filename="scan_0815.pdf",
    )
    return bytes(message)


def test_forms_assign(tmp_path: Path) -> None:
    practice = Practice.build(tmp_path / "p", authserv_id=AUTHSERV_ID)
    practice.deliver(scan_mail())
    assert practice.run() == 0
    with practice.state() as conn:
        [item] = review.list_items(conn, include_resolved=False)
        assert item.inbound_id is not None
        [document] = form_store.unclassified_of_mail(conn, item.inbound_id)

    code, out = cli(practice, "forms", "assign", str(item.id), "steuer")
    assert code == 2
    assert "FORM_KEY" in out
    code, out = cli(practice, "forms", "assign", str(item.id), "Anamnese")
    assert code == 0, out
    assert "als „Anamnesebogen“ abgelegt" in out
    with practice.state() as conn:
        keys = form_store.keys_by_patient(conn, [document.patient_id])[document.patient_id]
        assert "anamnese" in keys
    code, out = cli(practice, "forms", "assign", str(item.id), "anamnese")
    assert code == 1
    assert "keine unklaren Anhänge" in out

    code, out = cli(practice, "review", "list")
    assert code == 0
    assert f"Jonas Neu (patient {document.patient_id})" in out
    assert cli(practice, "review", "resolve", str(item.id))[0] == 0
    code, out = cli(practice, "review", "list", "--all")
    assert "[erledigt: cli]" in out


def test_confirmations_add_records_a_staff_note(tmp_path: Path) -> None:
    practice = Practice.build(tmp_path / "p")
    assert practice.run() == 0
    with practice.state() as conn:
        erika, jonas = sorted(
            appointment_store.between(conn, NOW - days(30), NOW + days(30)), key=lambda a: a.start
        )
    code, out = cli(practice, "confirmations", "add", str(jonas.id), "--evidence", "Telefonat")
    assert code == 1
    assert "noch nicht begonnen" in out
    code, out = cli(
        practice, "confirmations", "add", str(erika.id), "--evidence", "Telefonat 16.6., Frau B."
    )
    assert code == 0, out
    with practice.state() as conn:
        confirmation = confirmation_store.for_appointment(conn, erika.id)
    assert confirmation is not None
    assert confirmation.source == confirmation_store.SOURCE_STAFF_NOTE
    assert confirmation.day == erika.start.date()
    assert "Telefonat 16.6., Frau B. (Kommandozeile)" in confirmation.evidence
    code, out = cli(practice, "confirmations", "add", str(erika.id), "--evidence", "nochmal")
    assert code == 1
    assert "schon bestätigt" in out
    code, out = cli(practice, "confirmations", "add", "999", "--evidence", "x")
    assert code == 2
