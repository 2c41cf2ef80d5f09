"""Every mail of the hostile corpus through a real Maildir cycle (RELIABILITY.md P1-P22).

Each file is delivered, alone, into a copy of a practice whose scheduled mail has
already gone out (so anything new in the outbox was caused by the hostile mail), and
one cycle runs through the CLI. For every file: no crash; the mail ends processed or
flagged for staff; no mail goes to anyone but staff; nothing is written outside the
attachments directory, the Maildir folders and the state; stored documents have names
we chose; the raw mail is still in the mailbox; no confirmation is recorded.

The corpus runs twice: with the practice's own Authentication-Results required
(`trusted_authserv_id`, all files) and without (files whose only flaw is their
authentication are left out there: they are clean confirmations then).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from state import patients as patient_store
from state.inbound import InboundStatus
from tests.unit.maildir_practice import (
    AUTHSERV_ID,
    ERIKA,
    NOW,
    PATIENTS,
    STAFF,
    Practice,
    days,
    files_under,
)
from tools.corpus import hostile as GENERATOR

CORPUS_DIR = Path(__file__).resolve().parents[1] / "data" / "hostile"
LATER = NOW + days(0.01)


CORPUS = {item.name: item for item in GENERATOR.CORPUS}
STORED_NAME = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"\.(pdf|jpg|png|heic|gif|tiff|webp|bmp|docx|xlsx|odt|ods|doc|rtf)$"
)
# What a cycle may create besides stored documents.
MAILDIR_FILE = re.compile(
    r"^mail/(inbox(/\.Verarbeitet)?|outbox)/(new|cur|tmp)/[^/]+$|^mail/inbox/\.Verarbeitet/maildirfolder$"
)
STATE_FILE = re.compile(r"^state/state\.db(-wal|-shm|\.lock)?$")
ATTACHMENT_FILE = re.compile(r"^state/attachments/(?P<patient>[0-9]+)/(?P<name>[^/]+)$")


def test_corpus_is_large_enough_and_matches_its_generator() -> None:
    assert len(CORPUS) >= 60
    on_disk = {p.stem for p in CORPUS_DIR.glob("*.eml")}
    assert on_disk == set(CORPUS), "run python -m tools.corpus.hostile"
    assert GENERATOR.differences(CORPUS_DIR) == [], "run python -m tools.corpus.hostile"


def test_readme_lists_every_file() -> None:
    readme = (CORPUS_DIR / "README.md").read_text(encoding="utf-8")
    missing = [name for name in CORPUS if f"`{name}.eml`" not in readme]
    assert not missing


@pytest.fixture(scope="module")
def practices(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Practice]:
    """Two practices (with and without required A-R) after their first, mail-free cycle."""
    built = {}
    for label, authserv in (("authserv", AUTHSERV_ID), ("plain", "")):
        practice = Practice.build(tmp_path_factory.mktemp(f"base-{label}"), authserv_id=authserv)
        assert practice.run() == 0
        assert {row.recipient for row in practice.outbox()} >= {*PATIENTS, STAFF}
        built[label] = practice
    return built


def cases() -> list[object]:
    params = []
    for label in ("authserv", "plain"):
        for name, item in CORPUS.items():
            if label == "plain" and item.authserv_only:
                continue
            params.append(pytest.param(label, name, id=f"{label}-{name}"))
    return params


@pytest.mark.parametrize(("label", "name"), cases())
def test_hostile_mail_is_survived_and_never_answered(
    practices: dict[str, Practice], tmp_path: Path, label: str, name: str
) -> None:
    practice = practices[label].copy_to(tmp_path / "practice")
    raw = (CORPUS_DIR / f"{name}.eml").read_bytes()
    files_before = files_under(practice.root)
    outbox_before = {row.id for row in practice.outbox()}
    key = practice.deliver(raw)

    assert practice.run(LATER) == 0, "the cycle reported an error"

    # processed or flagged for staff, never failed or left undecided
    record = practice.inbound(key)
    assert record is not None, "the mail was not recorded"
    assert record.status in {InboundStatus.PROCESSED, InboundStatus.REVIEW, InboundStatus.SKIPPED}
    assert record.failures == 0, record.last_error
    if record.status is not InboundStatus.PROCESSED:
        assert any(item.inbound_id == record.id for item in practice.review_items())

    # no answer: whatever the cycle added to the outbox goes to staff only
    new_rows = [row for row in practice.outbox() if row.id not in outbox_before]
    assert all(row.recipient == STAFF for row in new_rows), [
        (row.kind, row.recipient) for row in new_rows
    ]
    assert {row.kind for row in new_rows} <= {"staff_alert", "staff_digest"}

    # no confirmation from a hostile mail
    assert practice.confirmation_message_ids() == set()

    # the raw mail is still in the mailbox (inbox or processed folder), byte for byte
    assert hashlib.sha256(raw).hexdigest() in practice.mailbox_hashes()

    # nothing written outside the attachments directory, the Maildirs and the state
    created = sorted(str(path) for path in files_under(practice.root) - files_before)
    for path in created:
        document = ATTACHMENT_FILE.match(path)
        if document:
            assert STORED_NAME.match(document["name"]), path
        else:
            assert MAILDIR_FILE.match(path) or STATE_FILE.match(path), path
    assert not any(Path(path).is_symlink() for path in practice.root.rglob("*"))


@pytest.mark.parametrize(
    "name",
    [
        "h034_filename_path_traversal",
        "h035_filename_rfc2231_traversal_nul",
        "h036_filename_absolute",
        "h037_filename_windows_reserved",
        "h038_filename_rtl_override",
        "h039_filename_300_chars",
        "h040_filename_control_characters",
        "h043_filename_collisions",
        "h051_tnef_valid",
        "h053_tnef_traversal_name",
    ],
)
def test_documents_with_hostile_names_are_stored_under_our_names(
    practices: dict[str, Practice], tmp_path: Path, name: str
) -> None:
    """P10: the document is kept (the test would pass vacuously if nothing were stored),
    under `<uuid>.<ext>` inside the patient's directory, owner-only."""
    practice = practices["plain"].copy_to(tmp_path / "practice")
    practice.deliver((CORPUS_DIR / f"{name}.eml").read_bytes())
    assert practice.run(LATER) == 0
    stored = [p for p in practice.attachments_dir.rglob("*") if p.is_file()]
    assert stored, "the PDF was not stored at all"
    for path in stored:
        assert STORED_NAME.match(path.name), path.name
        assert path.parent.parent == practice.attachments_dir
        assert path.stat().st_mode & 0o077 == 0
        assert path.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    "name",
    [
        "h044_pdf_that_is_html",
        "h045_pdf_that_is_exe",
        "h046_zip_bomb",
        "h047_docx_with_macro",
        "h052_tnef_corrupt",
    ],
)
def test_files_that_lie_about_their_type_are_not_stored(
    practices: dict[str, Practice], tmp_path: Path, name: str
) -> None:
    """P11: magic bytes decide; HTML, programs, archives and unreadable TNEF stay in the
    mailbox for staff and are never written to the document store."""
    practice = practices["plain"].copy_to(tmp_path / "practice")
    key = practice.deliver((CORPUS_DIR / f"{name}.eml").read_bytes())
    assert practice.run(LATER) == 0
    assert not [p for p in practice.attachments_dir.rglob("*") if p.is_file()]
    record = practice.inbound(key)
    assert record is not None
    assert record.status is InboundStatus.REVIEW


def test_forged_bounce_keeps_the_patient_reachable(
    practices: dict[str, Practice], tmp_path: Path
) -> None:
    """L8: only a delivery report about a mail we sent (our Message-ID in the returned
    headers) may mark a patient address undeliverable; a stranger's fake report must not
    stop the patient's video links and reminders."""
    practice = practices["plain"].copy_to(tmp_path / "practice")
    practice.deliver((CORPUS_DIR / "h087_forged_bounce_for_patient.eml").read_bytes())
    assert practice.run(LATER) == 0
    with practice.state() as conn:
        patient = patient_store.find_by_address(conn, ERIKA)
    assert patient is not None
    assert ERIKA not in patient.undeliverable


def test_reply_to_elsewhere_changes_no_state(
    practices: dict[str, Practice], tmp_path: Path
) -> None:
    """P20: the patient's address with Reply-To: a stranger confirms nothing."""
    practice = practices["plain"].copy_to(tmp_path / "practice")
    practice.deliver(
        GENERATOR.plain(
            GENERATOR.CONFIRM, message_id="p20@web.de", extra=f"Reply-To: {GENERATOR.EVIL}\r\n"
        )
    )
    assert practice.run(LATER) == 0
    assert practice.confirmation_message_ids() == set()


# issue 12: each of these would be a clean confirmation from Erika's address if the worker
# read the bytes instead of what a person sees, or trusted a machine's words; each must
# reach staff with a reason naming what is wrong (a read receipt needs nobody).
READING_ATTACKS = {
    "h101_autoresponder_danke_wir_melden_uns": "automatischen Antwort",
    "h102_ticket_acknowledgement": "automatischen Antwort",
    "h103_automatisch_erzeugte_antwort": "automatischen Antwort",
    "h104_english_autoresponder": "automatischen Antwort",
    "h105_read_receipt_mdn": None,
    "h106_html_span_inside_nicht": "",
    "h107_invisible_characters_in_nicht": "",
    "h108_homoglyphs_in_nicht": "verschiedenen Schriften",
    "h109_hidden_html_text": "versteckter Text",
    "h110_plain_yes_html_no": "Text- und HTML-Fassung",
    "h111_invalid_base64_confirmation": "ungültige Base64-Kodierung",
    "h112_broken_qp_confirmation": "Quoted-Printable",
    "h113_unknown_charset_confirmation": "unbekannter Zeichensatz",
    "h114_repeated_phrases_100kb": "sehr langer Text",
    "h115_rfc2231_continuation_flood": "Kopfzeilen",
    "h116_second_reply_to_elsewhere": "Reply-To",
    "h117_latin_lookalikes_in_nicht": "Doppelgänger-Buchstaben",
}


@pytest.mark.parametrize(("name", "reason"), READING_ATTACKS.items(), ids=READING_ATTACKS.keys())
def test_reading_attacks_confirm_nothing_and_reach_staff_with_a_reason(
    practices: dict[str, Practice], tmp_path: Path, name: str, reason: str | None
) -> None:
    practice = practices["plain"].copy_to(tmp_path / "practice")
    key = practice.deliver((CORPUS_DIR / f"{name}.eml").read_bytes())
    assert practice.run(LATER) == 0
    record = practice.inbound(key)
    assert record is not None
    assert practice.confirmation_message_ids() == set()
    if reason is None:  # a read receipt: automated, answered never, nobody needed
        assert record.status is InboundStatus.PROCESSED
        assert record.categories == ("auto_reply",)
        return
    assert record.status is InboundStatus.REVIEW
    reasons = " ".join(i.reason for i in practice.review_items() if i.inbound_id == record.id)
    assert reason in reasons, reasons


# issue 12, points 1 and 2: a forged "dmarc=pass" in our server's Authentication-Results
# records nothing (the reason names the failed authentication), while the same mail with
# our server's honest pass is recorded - the forged cases fail for their forgery only.
FORGED_AUTHENTICATION = [
    "h130_ar_pass_in_encoded_word",
    "h131_ar_pass_in_quoted_mailfrom",
    "h132_ar_pass_in_nested_comment",
    "h133_ar_pass_in_unquoted_helo",
    "h134_ar_dmarc_pass_for_another_domain",
    "h135_ar_unclosed_comment_hides_fail",
]


@pytest.mark.parametrize("name", FORGED_AUTHENTICATION)
def test_forged_authentication_records_nothing_and_says_why(
    practices: dict[str, Practice], tmp_path: Path, name: str
) -> None:
    practice = practices["authserv"].copy_to(tmp_path / "practice")
    key = practice.deliver((CORPUS_DIR / f"{name}.eml").read_bytes())
    assert practice.run(LATER) == 0
    record = practice.inbound(key)
    assert record is not None
    assert record.status is InboundStatus.REVIEW
    assert practice.confirmation_message_ids() == set()
    reasons = " ".join(i.reason for i in practice.review_items() if i.inbound_id == record.id)
    assert "nicht authentifiziert" in reasons, reasons


@pytest.mark.parametrize(
    "header",
    [
        "mx.praxis-impulse.de; dmarc=pass (p=quarantine) header.from=web.de",
        'mx.praxis-impulse.de; spf=pass smtp.mailfrom="x;dmarc=fail"@web.de;\r\n'
        " dkim=pass (2048-bit key; unprotected) header.d=web.de; dmarc=pass header.from=web.de",
    ],
    ids=["plain-pass", "pass-beside-quoted-fail"],
)
def test_the_same_confirmation_with_our_servers_pass_is_recorded(
    practices: dict[str, Practice], tmp_path: Path, header: str
) -> None:
    practice = practices["authserv"].copy_to(tmp_path / "practice")
    practice.deliver(
        GENERATOR.plain(
            GENERATOR.CONFIRM,
            message_id="honest@web.de",
            extra=f"Authentication-Results: {header}\r\n",
        )
    )
    assert practice.run(LATER) == 0
    assert practice.confirmation_message_ids() == {"<honest@web.de>"}


def test_without_any_trust_setting_a_confirmation_goes_to_staff(tmp_path: Path) -> None:
    """Trust by default (issue 12.2): no trusted_authserv_id and no deliberate
    accept_unauthenticated - the patient's clean confirmation is staff's to record."""
    practice = Practice.build(tmp_path / "practice")
    config = practice.root / "praxis-worker.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("accept_unauthenticated = true\n", ""),
        encoding="utf-8",
    )
    assert practice.run() == 0
    key = practice.deliver(GENERATOR.plain(GENERATOR.CONFIRM, message_id="default@web.de"))
    assert practice.run(LATER) == 0
    record = practice.inbound(key)
    assert record is not None
    assert record.status is InboundStatus.REVIEW
    assert practice.confirmation_message_ids() == set()
    reasons = " ".join(i.reason for i in practice.review_items() if i.inbound_id == record.id)
    assert "keine Absenderprüfung eingerichtet" in reasons, reasons
