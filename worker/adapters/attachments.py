"""Storing patient documents: one directory per patient, names we choose, owner-only.

The sender's file name is never used as a path (it is attacker-controlled: `../../x`,
NUL bytes, bidi overrides); files are created with O_EXCL|O_NOFOLLOW so nothing that
exists, and no planted symlink, is ever written through.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from rules.models import Attachment

# Types a practice can open and file; everything else (archives, executables, HTML) is
# not stored: the mail stays flagged in the mailbox for staff.
STORABLE_TYPES = frozenset(
    {"pdf", "jpeg", "png", "heic", "gif", "tiff", "webp", "bmp", "docx", "xlsx", "odt", "ods",
     "doc", "rtf"}
)  # fmt: skip
_EXTENSIONS = {"jpeg": "jpg"}


def is_storable(attachment: Attachment) -> bool:
    return attachment.sniffed_type in STORABLE_TYPES


def store(attachments_dir: Path, patient_id: int, attachment: Attachment) -> str:
    """Write the document below attachments_dir/<patient id>/; returns the stored name."""
    if not is_storable(attachment) or attachment.sniffed_type is None:
        raise ValueError("attachment type is not on the allow-list")
    directory = attachments_dir / str(int(patient_id))
    attachments_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    directory.mkdir(mode=0o700, exist_ok=True)
    if directory.is_symlink() or not directory.resolve().is_relative_to(attachments_dir.resolve()):
        raise ValueError("attachment directory escapes attachments_dir")
    extension = _EXTENSIONS.get(attachment.sniffed_type, attachment.sniffed_type)
    name = f"{uuid.uuid4()}.{extension}"
    fd = os.open(directory / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        view = memoryview(attachment.payload)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)
    return name


def store_new(
    attachments_dir: Path, patient_id: int, attachment: Attachment, on_file: set[str]
) -> str:
    """Store a document unless the same content (sha256) is already on file for this
    patient, or was stored a moment ago from the same mail; returns the stored name, or
    "" when nothing was written. `on_file` holds the patient's hashes and is updated.

    The state records a patient's document once per hash (forms_received is UNIQUE on
    patient and sha256): a file written for a second copy would belong to no row, and no
    purge would ever find it."""
    if attachment.sha256 in on_file:
        return ""
    name = store(attachments_dir, patient_id, attachment)
    on_file.add(attachment.sha256)
    return name


def stray_files(
    attachments_dir: Path, known: set[tuple[int, str]], *, modified_before: float
) -> list[Path]:
    """Files below attachments_dir/<patient id>/ that no state row refers to, last
    modified before `modified_before` (a POSIX time).

    A document is written (and fsynced) before the transaction that records it commits;
    a crash in between leaves a file nobody refers to. The age limit keeps a sweep from
    touching a file whose transaction is still running."""
    if not attachments_dir.is_dir():
        return []
    strays = []
    for directory in attachments_dir.iterdir():
        if not directory.name.isdigit() or directory.is_symlink() or not directory.is_dir():
            continue
        patient_id = int(directory.name)
        for path in directory.iterdir():
            if (patient_id, path.name) in known or not path.is_file() or path.is_symlink():
                continue
            if path.stat().st_mtime < modified_before:
                strays.append(path)
    return sorted(strays)


def remove(attachments_dir: Path, patient_id: int, stored_name: str) -> None:
    """Delete one stored file; "" (nothing was written for that attachment) is no file,
    and must not turn into the patient's directory."""
    if not stored_name:
        return
    (attachments_dir / str(int(patient_id)) / stored_name).unlink(missing_ok=True)
