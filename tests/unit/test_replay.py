"""`replay` over the labelled corpus, against a state built from its practice.toml.

The state is written through the state repositories (patients, appointments, earlier
confirmations, our sent mails), then `praxis-worker replay tests/data/corpus --json`
runs every mail through the shell's `build_context` and the rules. Each mail must come
out exactly as tests/corpus/test_corpus.py decides it with its in-memory practice, and
so agree with the labels wherever that test does. Replay must not change the state.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import mailbox
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from rules.models import DueMail, Insurance, Kind, MailKind, Treatment
from state import appointments as appointment_store
from state import confirmations as confirmation_store
from state import outbox as outbox_store
from state import patients as patient_store
from state.db import connect
from tests.corpus.test_corpus import CORPUS, KNOWN_MISSES, LABELS, decide_file
from worker.cli import main

NOW = "2026-12-31T12:00:00+01:00"  # the corpus test's stand-in for INTERNALDATE
AUTHSERV = "mx.praxis-impulse.de"


@dataclass(frozen=True)
class CorpusState:
    config: Path
    config_with_authserv: Path
    state_path: Path
    patient_ids: dict[int, int]  # practice.toml id -> state id
    appointment_ids: dict[int, int]  # practice.toml id -> state id


def build_state(path: Path) -> tuple[dict[int, int], dict[int, int]]:
    """practice.toml into a real state, through the repositories only."""
    data = tomllib.loads((CORPUS / "practice.toml").read_text(encoding="utf-8"))
    zone = ZoneInfo(data["practice"]["timezone"])
    booked = datetime(2025, 12, 1, 9, 0, tzinfo=zone)
    conn = connect(path)
    patients: dict[int, int] = {}
    for p in sorted(data["patients"], key=lambda p: p["id"]):
        stored = patient_store.register_for_booking(
            conn,
            name=p["name"],
            email=p["emails"][0],
            insurance=Insurance(p["insurance"]),
            new_patient=p["new_patient"],
            now=booked,
        )
        for extra in p["emails"][1:]:
            patient_store.add_address(conn, stored.id, extra, now=booked)
        patients[p["id"]] = stored.id
    appointments: dict[int, int] = {}
    for a in data["appointments"]:
        stored_appointment, _ = appointment_store.upsert(
            conn,
            appointment_store.Booking(
                patient_id=patients[a["patient_id"]],
                start=a["start"],
                end=a["end"],
                kind=Kind(a["kind"]),
                treatment=Treatment(a["treatment"]),
                external_id=a["external_id"],
                video_link=a["video_link"] or None,
                cancelled=a["status"] == "cancelled",
            ),
            now=booked,
        )
        appointments[a["id"]] = stored_appointment.id
        if a.get("confirmed_at"):
            confirmation_store.record(
                conn,
                appointment_id=stored_appointment.id,
                patient_id=patients[a["patient_id"]],
                day=a["start"].astimezone(zone).date(),
                message_id="<earlier-confirmation@corpus>",
                mail_sha256="0" * 64,
                evidence="corpus: confirmed before",
                inbound_id=None,
                now=a["confirmed_at"],
            )
    for index, sent in enumerate(data["outbox"]):
        patient = (
            patient_store.get(conn, patients[sent["patient_id"]]) if "patient_id" in sent else None
        )
        appointment_id = sent.get("appointment_id")
        due = DueMail(
            dedup_key=f"{sent['kind']}:{appointment_id}:corpus{index}",
            kind=MailKind(sent["kind"]),
            template=sent["kind"],
            recipient=patient.email if patient else "team@praxis-impulse.de",
            recipient_name=patient.name if patient else "Praxisteam",
            patient_id=patient.id if patient else None,
            appointment_id=appointments[appointment_id] if appointment_id else None,
            not_before=sent["sent_at"],
            expires_at=None,
        )
        row_id = outbox_store.add(
            conn, due, subject="", raw=b"", message_id=sent["message_id"], now=sent["sent_at"]
        )
        assert row_id is not None
        outbox_store.mark_sent(conn, row_id, now=sent["sent_at"])
    conn.close()
    return patients, appointments


def write_config(root: Path, state_path: Path, *, authserv: str = "") -> Path:
    inbox = root / "inbox"
    if not inbox.exists():
        mailbox.Maildir(inbox, create=True)
        mailbox.Maildir(root / "outbox", create=True)
    config = root / (f"practice-{authserv or 'plain'}.toml")
    config.write_text(
        f"""
[practice]
name = "Praxis Impulse"
address = "termine@praxis-impulse.de"
staff = ["team@praxis-impulse.de"]
timezone = "Europe/Berlin"

[mailbox]
type = "maildir"
path = "{inbox}"
trusted_authserv_id = "{authserv}"
accept_unauthenticated = {"false" if authserv else "true"}

[smtp]
type = "maildir"
path = "{root / "outbox"}"

[state]
path = "{state_path}"
attachments_dir = "{root / "attachments"}"

[forms]
new_patient = ["anamnese", "datenschutz", "einwilligung_tele"]
video_existing_patient = ["datenschutz_video"]
[forms.keywords]
anamnese = ["anamnese", "fragebogen", "patientenbogen"]
datenschutz = ["datenschutzerkl", "dsgvo"]
einwilligung_tele = ["einwilligung", "telebehandlung", "telemedizin"]
datenschutz_video = ["datenschutzinformation", "videobehandlung", "video"]
""",
        encoding="utf-8",
    )
    return config


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def corpus_state(tmp_path_factory: pytest.TempPathFactory) -> CorpusState:
    root = tmp_path_factory.mktemp("replay")
    state_path = root / "state" / "state.db"
    patients, appointments = build_state(state_path)
    return CorpusState(
        config=write_config(root, state_path),
        config_with_authserv=write_config(root, state_path, authserv=AUTHSERV),
        state_path=state_path,
        patient_ids=patients,
        appointment_ids=appointments,
    )


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def replayed(corpus_state: CorpusState) -> dict[str, dict[str, Any]]:
    """Every corpus mail replayed once (mails with an authserv label on their own)."""
    before = file_digest(corpus_state.state_path)
    code, out, err = run(
        "--config", str(corpus_state.config), "--now", NOW, "--log-level", "WARNING",
        "replay", str(CORPUS), "--json",
    )  # fmt: skip
    assert code == 0, err
    rows = {row["file"]: row for row in json.loads(out)}
    for label in LABELS:
        if "trusted_authserv_id" in label:
            code, out, err = run(
                "--config", str(corpus_state.config_with_authserv), "--now", NOW,
                "--log-level", "WARNING", "replay", str(CORPUS / label["file"]), "--json",
            )  # fmt: skip
            assert code == 0, err
            (rows[label["file"]],) = json.loads(out)
    assert file_digest(corpus_state.state_path) == before, "replay changed the state"
    assert not (corpus_state.state_path.parent.parent / "attachments").exists()
    return rows


def as_labels(row: dict[str, Any], corpus_state: CorpusState) -> dict[str, Any]:
    """A replayed row in the practice.toml's ids, shaped like a decision's facts."""
    patients = {v: k for k, v in corpus_state.patient_ids.items()}
    appointments = {v: k for k, v in corpus_state.appointment_ids.items()}
    return {
        "categories": sorted(row["categories"]),
        "patient": patients.get(row["patient_id"]) if row["patient_id"] else None,
        "confirmed": sorted(appointments[f["appointment_id"]] for f in row["confirmations"]),
        "dates": sorted({d["day"] for d in row["dates"]}),
        "forms": [f["form_key"] for f in row["forms"]],
        "needs_staff": row["verdict"] == "staff",
        "bounced": sorted(row["bounced"]),
        "staff_reasons": row["staff_reasons"],
    }


LABELLED = [pytest.param(label, id=label["file"].removesuffix(".eml")) for label in LABELS]


@pytest.mark.parametrize("label", LABELLED)
def test_replay_decides_like_the_rules_test(
    label: dict[str, Any], replayed: dict[str, dict[str, Any]], corpus_state: CorpusState
) -> None:
    decision = decide_file(label)
    expected = {
        "categories": sorted(c.value for c in decision.categories),
        "patient": decision.patient_id,
        "confirmed": sorted(f.appointment_id for f in decision.confirmations),
        "dates": sorted({m.day.isoformat() for m in decision.dates}),
        "forms": [f.form_key for f in decision.forms],
        "needs_staff": decision.needs_staff,
        "bounced": sorted(decision.bounced_addresses),
        "staff_reasons": list(decision.staff_reasons),
    }
    assert as_labels(replayed[label["file"]], corpus_state) == expected


AGREEING = [
    pytest.param(label, id=label["file"].removesuffix(".eml"))
    for label in LABELS
    if label["file"] not in KNOWN_MISSES
]


@pytest.mark.parametrize("label", AGREEING)
def test_replay_verdicts_match_the_labels(
    label: dict[str, Any], replayed: dict[str, dict[str, Any]], corpus_state: CorpusState
) -> None:
    got = as_labels(replayed[label["file"]], corpus_state)
    assert got["confirmed"] == sorted(label["confirmed"])
    assert got["needs_staff"] == label["needs_staff"]
    assert got["patient"] == (label["patient"] or None)
    assert got["dates"] == sorted(label["dates"])


def test_replay_reads_a_single_file_an_mbox_and_prints_text(
    corpus_state: CorpusState, tmp_path: Path
) -> None:
    names = ["c001_fresh_full_date.eml", "a001_exchange_oof.eml"]
    box = mailbox.mbox(tmp_path / "two.mbox")
    for name in names:
        box.add((CORPUS / name).read_bytes())
    box.close()
    code, out, err = run(
        "--config", str(corpus_state.config), "--now", NOW, "--log-level", "WARNING",
        "replay", str(tmp_path / "two.mbox"), "--json",
    )  # fmt: skip
    assert code == 0, err
    rows = json.loads(out)
    assert [r["file"] for r in rows] == ["two.mbox#1", "two.mbox#2"]
    assert rows[1]["verdict"] == "automated"
    code, text, _ = run(
        "--config", str(corpus_state.config), "--now", NOW, "--log-level", "WARNING",
        "replay", str(CORPUS / names[0]),
    )  # fmt: skip
    assert code == 0
    assert text.startswith("c001_fresh_full_date.eml: ")


def test_replay_refuses_a_missing_state(tmp_path: Path) -> None:
    config = write_config(tmp_path, tmp_path / "none" / "state.db")
    code, _, err = run("--config", str(config), "replay", str(CORPUS / "c001_fresh_full_date.eml"))
    assert code == 1
    assert "no state database" in err
    assert not (tmp_path / "none").exists()
