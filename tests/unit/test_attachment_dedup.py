"""Issue 12.7: a duplicate attachment leaves no orphan file.

forms_received holds one row per patient and content (sha256); a file written for a
second copy would belong to no row, and retention (which deletes by row) would never
remove it. Through the real CLI on a Maildir practice: the same PDF twice in one mail,
then again in a later mail, and a different PDF after it.
"""

from __future__ import annotations

from pathlib import Path

from state import forms as form_store
from state import patients as patient_store
from tests.unit.maildir_practice import JONAS, NOW, Practice, days
from tools.corpus import hostile as GENERATOR

LATER = NOW + days(0.01)


def forms_mail(message_id: str, *pdfs: bytes) -> bytes:
    parts = [
        GENERATOR.attachment_part(
            "HOSTILE-B1", pdf, disposition=f'attachment; filename="Anamnesebogen-{i}.pdf"'.encode()
        )
        for i, pdf in enumerate(pdfs)
    ]
    return GENERATOR.with_attachments(parts, message_id=message_id)


def stored_files(practice: Practice) -> list[Path]:
    return sorted(p for p in practice.attachments_dir.rglob("*") if p.is_file())


def test_a_duplicate_attachment_leaves_no_orphan_file(tmp_path: Path) -> None:
    practice = Practice.build(tmp_path / "practice")
    assert practice.run() == 0
    same = GENERATOR.pdf("Anamnesebogen")

    practice.deliver(forms_mail("dup-1@gmx.de", same, same))
    assert practice.run(LATER) == 0
    practice.deliver(forms_mail("dup-2@gmx.de", same))
    assert practice.run(LATER + days(0.01)) == 0

    with practice.state() as conn:
        patient = patient_store.find_by_address(conn, JONAS)
        assert patient is not None
        rows = form_store.for_patient(conn, patient.id)
    assert len(rows) == 1
    assert [p.name for p in stored_files(practice)] == [rows[0].stored_name]

    other = GENERATOR.pdf("Datenschutzerklaerung")
    practice.deliver(forms_mail("dup-3@gmx.de", other))
    assert practice.run(LATER + days(0.02)) == 0
    with practice.state() as conn:
        rows = form_store.for_patient(conn, patient.id)
    assert len(rows) == 2
    assert {p.name for p in stored_files(practice)} == {r.stored_name for r in rows}


def test_removing_an_attachment_that_was_not_written_touches_nothing(tmp_path: Path) -> None:
    """A failed mail undoes its writes; an attachment that was not written ("" as its
    stored name) must not name the patient's directory (IsADirectoryError escaped the
    per-mail isolation)."""
    from worker.adapters import attachments

    kept = tmp_path / "7" / "earlier.pdf"
    kept.parent.mkdir()
    kept.write_bytes(b"%PDF-1.4")
    attachments.remove(tmp_path, 7, "")
    assert kept.exists()
