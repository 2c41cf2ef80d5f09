"""SIGKILL at any point of a cycle loses nothing and repeats no effect (RELIABILITY I6, I10, S5).

The worker runs as a subprocess (`python -m worker ... run --once`) over a backlog of 30
mails (more arrive between rounds), against a Dovecot WITHOUT MOVE (so tidying is UID
COPY + STORE \\Deleted + UID EXPUNGE) reached through a loopback proxy that watches the
IMAP dialogue, and a real SMTP server. Each round kills it at a seeded-random point:
right after a mail's body was fetched, after COPY before the \\Deleted flag, after
COPY + flag before UID EXPUNGE (the command never reaches the server), a few
milliseconds after the n-th mail was committed, while the SMTP server holds the 250
back, just after the 250 went out (before the outbox commit), or at a random moment. After every kill the worker is started again; a final
clean run must leave every mail handled exactly once, every confirmation, form and
review item exactly once, every due mail sent at least once and at most one extra copy
per kill.
"""

from __future__ import annotations

import contextlib
import random
import signal
import socket
import sqlite3
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from tests.fixtures.dovecot import CAPABILITY_WITHOUT_MOVE, DovecotServer
from tests.fixtures.smtpd import ReceivedMessage, SmtpTestServer
from tests.integration.helpers import (
    BERLIN,
    Booking,
    Practice,
    make_practice,
    message_id_of,
    patient_mail,
    pdf_bytes,
    write_appointments,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(240)]

NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)
CONFIRMING = 80  # 24 of them in the backlog, the rest arrive two per round
BACKLOG_CONFIRMING = 24
NEW_PATIENTS = 3
STRANGERS = 3
MIN_KILLS = 15
MAX_ROUNDS = 40
ROUND_TIMEOUT_S = 30.0


def backlog() -> tuple[list[Booking], list[bytes]]:
    """80 patients confirm yesterday's call, 3 new ones send forms, 3 strangers write."""
    bookings: list[Booking] = []
    mails: list[bytes] = []
    for n in range(CONFIRMING):
        email = f"patient{n:02d}@example.org"
        start = datetime(2026, 6, 15, 8 + n % 10, 5 * (n // 10), tzinfo=BERLIN)
        bookings.append(Booking(f"C-{n:02d}", f"Patientin Nummer{n:02d}", email, start))
        mails.append(
            patient_mail(
                sender=f"Patientin Nummer{n:02d} <{email}>",
                subject="Bestätigung",
                date=datetime(2026, 6, 15, 18 + n // 30, n % 30, tzinfo=BERLIN),
                body=(
                    "Guten Abend,\n\nhiermit bestätige ich die Behandlung am 15.06.2026.\n\n"
                    f"Viele Grüße\nPatientin Nummer{n:02d}\n"
                ),
            )
        )
    for n in range(NEW_PATIENTS):
        email = f"neu{n}@example.org"
        start = datetime(2026, 6, 18, 9 + n, 0, tzinfo=BERLIN)
        bookings.append(Booking(f"N-{n}", f"Neuer Patient{n}", email, start, new_patient=True))
        mails.append(
            patient_mail(
                sender=f"Neuer Patient{n} <{email}>",
                subject="Unterlagen",
                date=datetime(2026, 6, 16, 7, n, tzinfo=BERLIN),
                body="Guten Tag,\n\nanbei die ausgefüllten Unterlagen.\n\nGrüße\n",
                attachments=[
                    (f"Anamnesebogen_{n}.pdf", pdf_bytes(f"Anamnese {n}")),
                    (f"Datenschutzerklaerung_{n}.pdf", pdf_bytes(f"Datenschutz {n}")),
                    (f"Einwilligung_Telebehandlung_{n}.pdf", pdf_bytes(f"Einwilligung {n}")),
                ],
            )
        )
    mails.extend(
        patient_mail(
            sender=f"Unbekannt {n} <fremd{n}@example.net>",
            subject="Anfrage",
            date=datetime(2026, 6, 16, 8, n, tzinfo=BERLIN),
            body="Guten Tag,\n\nhaben Sie noch Termine frei?\n\nGrüße\n",
        )
        for n in range(STRANGERS)
    )
    return bookings, mails


@dataclass(frozen=True, slots=True)
class KillPoint:
    """Where one round's worker dies."""

    # "fetched": after the n-th BODY[] reached the worker; "copied": the n-th STORE
    # \\Deleted is dropped; "flagged": the n-th UID EXPUNGE is dropped; "committed": after
    # the n-th "mail_handled" log line; "smtp-held": while the server holds the 250;
    # "smtp-acked": after the 250; "clock": after a delay from start
    trigger: str
    nth: int
    jitter_s: float

    def __str__(self) -> str:
        return f"{self.trigger}#{self.nth}+{self.jitter_s * 1000:.0f}ms"


def kill_plan(seed: int, rounds: int) -> list[KillPoint]:
    rng = random.Random(seed)
    plan = []
    for _ in range(rounds):
        trigger = rng.choice(
            ["fetched", "copied", "flagged", "committed", "smtp-held", "smtp-acked", "clock"]
        )
        if trigger == "clock":
            plan.append(KillPoint(trigger, 0, rng.uniform(0.8, 3.0)))
        elif trigger in ("smtp-held", "copied", "flagged"):
            plan.append(KillPoint(trigger, rng.randint(1, 2), 0.0))
        else:
            plan.append(KillPoint(trigger, rng.randint(1, 2), rng.uniform(0.0, 0.025)))
    return plan


class Killer:
    """Runs one worker process and SIGKILLs it at its kill point."""

    def __init__(self, smtp: SmtpTestServer) -> None:
        self._smtp = smtp
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._point: KillPoint | None = None
        self._smtp_seen = 0
        self._imap_seen: dict[str, int] = {}
        self.killed = False
        self.log: list[str] = []
        smtp.auto_responder = self._on_message

    def _kill(self, process: subprocess.Popen[bytes] | None = None) -> None:
        with self._lock:
            current = self._process
            if process is not None and process is not current:
                return  # a timer from an earlier round: that worker is long gone
            if current is not None and current.poll() is None and not self.killed:
                current.send_signal(signal.SIGKILL)
                self.killed = True

    def _kill_later(self, delay: float) -> None:
        with self._lock:
            process = self._process
        if delay <= 0:
            self._kill(process)
        else:
            threading.Timer(delay, self._kill, args=(process,)).start()

    def on_imap(self, event: str) -> bool:
        """Called by the proxy per IMAP event; True: the worker was killed (drop the data)."""
        with self._lock:
            point = self._point
            self._imap_seen[event] = self._imap_seen.get(event, 0) + 1
            seen = self._imap_seen[event]
        if point is None or point.trigger != event or seen != point.nth:
            return False
        if event == "fetched":
            self._kill_later(point.jitter_s)
            return False
        self._kill()
        return True

    def _on_message(self, _received: ReceivedMessage) -> None:
        # Runs inside the SMTP server before it answers 250 to the final dot.
        with self._lock:
            point = self._point
            self._smtp_seen += 1
            seen = self._smtp_seen
        if point is None or seen != point.nth:
            return
        if point.trigger == "smtp-held":
            self._kill()
            time.sleep(0.05)  # the 250 goes out to a dead socket, if at all
        elif point.trigger == "smtp-acked":
            self._kill_later(0.005 + point.jitter_s)

    def run(self, argv: list[str], env: dict[str, str], point: KillPoint | None) -> int:
        with self._lock:
            self._point, self._smtp_seen, self.killed = point, 0, False
            self._imap_seen = {}
            self._process = process = subprocess.Popen(
                argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
        if point is not None and point.trigger == "clock":
            self._kill_later(point.jitter_s)
        handled = 0
        assert process.stderr is not None
        deadline = time.monotonic() + ROUND_TIMEOUT_S
        self.log = []
        for line in process.stderr:
            self.log.append(line.decode("utf-8", "replace"))
            if b"event=mail_handled" in line:
                handled += 1
                if point is not None and point.trigger == "committed" and handled == point.nth:
                    self._kill_later(point.jitter_s)
            if time.monotonic() > deadline:
                break
        try:
            code = process.wait(timeout=ROUND_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
        finally:
            process.stderr.close()
        with self._lock:
            self._point = None
        return code

    @property
    def smtp_seen(self) -> int:
        with self._lock:
            return self._smtp_seen


class ImapProxy:
    """A loopback TCP proxy in front of Dovecot that reports IMAP events to the killer.

    The worker talks plain IMAP to it (security "none" is allowed on loopback only), so
    the dialogue is readable: the proxy can drop the worker's UID EXPUNGE and kill it,
    which is exactly a crash between COPY and EXPUNGE.
    """

    _CLIENT_EVENTS = ((b"+FLAGS.SILENT (\\Deleted)", "copied"), (b"UID EXPUNGE", "flagged"))

    def __init__(self, upstream_port: int, on_event: Callable[[str], bool]) -> None:
        self._upstream_port = upstream_port
        self._on_event = on_event
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self._upstream_port))
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, from_client: bool) -> None:
        try:
            self._forward(source, target, from_client)
        finally:
            # shutdown() wakes the other direction's blocked recv(); close() alone would
            # leave the Dovecot session open (and its 10 connections per user+IP fill up).
            for end in (source, target):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()

    def _forward(self, source: socket.socket, target: socket.socket, from_client: bool) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            event = self._event(data, from_client)
            if event is not None and from_client and self._on_event(event):
                return  # the worker is dead; the command never reaches the server
            try:
                target.sendall(data)
            except OSError:
                return
            if event is not None and not from_client:
                self._on_event(event)

    def _event(self, data: bytes, from_client: bool) -> str | None:
        if not from_client:
            return "fetched" if b" BODY[] {" in data else None
        for marker, event in self._CLIENT_EVENTS:
            if marker in data:
                return event
        return None


@pytest.fixture(scope="module")
def dovecot_without_move(dovecot_launcher: Callable[..., DovecotServer]) -> DovecotServer:
    return dovecot_launcher(imap_capability=CAPABILITY_WITHOUT_MOVE)


@pytest.fixture
def practice(
    tmp_path: Path,
    dovecot_without_move: DovecotServer,
    smtp_server_factory: Callable[..., SmtpTestServer],
) -> Iterator[Practice]:
    smtp = smtp_server_factory(security="starttls", auth=True)
    killer = Killer(smtp)
    proxy = ImapProxy(dovecot_without_move.port, killer.on_imap)
    practice = make_practice(
        tmp_path,
        dovecot_without_move,
        smtp,
        now=NOW.isoformat(),
        mailbox={"security": "none", "port": proxy.port, "ca_file": ""},
    )
    practice.killer = killer  # type: ignore[attr-defined]
    yield practice
    proxy.close()
    smtp.auto_responder = None


def read_state(path: Path, query: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def test_sigkill_anywhere_in_a_cycle_loses_nothing_and_repeats_nothing(
    practice: Practice,
) -> None:
    bookings, mails = backlog()
    practice.ok(
        "appointments", "import", str(write_appointments(practice.root / "t.csv", bookings))
    )
    # A backlog of 30 mails waits; the other confirmations arrive two per round.
    arriving = mails[CONFIRMING - BACKLOG_CONFIRMING :] + mails[: CONFIRMING - BACKLOG_CONFIRMING]
    for raw in arriving[:30]:
        practice.append(raw)
    pending = arriving[30:]
    appended = Counter(message_id_of(raw) for raw in mails)
    killer: Killer = practice.killer  # type: ignore[attr-defined]
    argv = practice.argv("run", "--once", now=NOW.isoformat())
    env = practice.subprocess_env()

    kills: list[str] = []
    survived: list[str] = []
    resendable = 0  # mails the SMTP server accepted in rounds that were then killed
    for point in kill_plan(seed=4711, rounds=MAX_ROUNDS):
        for raw in pending[:2]:
            practice.append(raw)
        del pending[:2]
        code = killer.run(argv, env, point)
        if code == -signal.SIGKILL:
            kills.append(str(point))
            resendable += killer.smtp_seen
        else:
            assert code in (0, 1), f"worker exited {code} at {point}"
            survived.append(str(point))
        if len(kills) >= MIN_KILLS:
            break
    assert len(kills) >= MIN_KILLS, f"only {len(kills)} kills: {kills}"
    for raw in pending:  # what arrives after the last crash, the clean run handles
        practice.append(raw)

    # Clean runs until the work is done; the last one must find nothing left to do.
    assert killer.run(argv, env, None) == 0, "".join(killer.log[-20:])
    smtp_after_clean = len(practice.smtp.messages)
    assert killer.run(argv, env, None) == 0, "".join(killer.log[-20:])
    assert len(practice.smtp.messages) == smtp_after_clean

    state = practice.state_path
    # Every mail handled exactly once: one original ledger row per Message-ID.
    originals = Counter(
        message_id
        for (message_id,) in read_state(
            state, "SELECT message_id FROM inbound_messages WHERE duplicate_of IS NULL"
        )
    )
    assert originals == appended
    statuses = Counter(
        status
        for (status,) in read_state(
            state, "SELECT status FROM inbound_messages WHERE duplicate_of IS NULL"
        )
    )
    assert statuses == {"processed": CONFIRMING + NEW_PATIENTS, "review": STRANGERS}

    appointments = practice.json("appointments", "list")
    confirmed = sorted(a["external_id"] for a in appointments if a["confirmed"])
    assert confirmed == sorted(f"C-{n:02d}" for n in range(CONFIRMING))
    confirmations = read_state(state, "SELECT appointment_id FROM confirmations")
    assert len(confirmations) == CONFIRMING

    # Forms: three rows and three files per new patient, no orphan left by a kill.
    for patient in practice.json("patients", "list"):
        if not patient["new_patient"]:
            continue
        assert sorted(patient["forms_received"]) == ["anamnese", "datenschutz", "einwilligung_tele"]
        assert len(patient["documents"]) == 3
        folder = practice.attachments_dir / str(patient["id"])
        on_disk = sorted(p.name for p in folder.iterdir())
        assert on_disk == sorted(Path(d["file"]).name for d in patient["documents"]), (
            "attachment files without a form row (left by a kill)"
        )

    review = practice.json("review", "list")
    mail_items = Counter(item["message_id"] for item in review if item["kind"] == "mail")
    assert len(mail_items) == STRANGERS
    assert set(mail_items.values()) == {1}

    # The mailbox: nothing lost; only the strangers' mail waits, flagged, in the folder.
    inbox = practice.flags_by_message_id()
    assert len(inbox) == STRANGERS
    assert len(practice.uids()) == STRANGERS
    assert all(r"\Flagged" in flags for flags in inbox.values())
    processed = Counter(practice.message_ids(practice.processed_folder))
    assert set(processed) | set(inbox) == set(appended)
    extra_copies = sum(processed.values()) - len(processed)
    assert extra_copies <= len(kills)  # a kill between COPY and EXPUNGE leaves one copy

    # Sent mail: every outbox row sent, at least once; at most one extra copy per kill.
    outbox = practice.json("outbox", "list")
    assert outbox
    assert {row["status"] for row in outbox} == {"sent"}
    delivered = Counter(str(m.message["Message-ID"]).strip() for m in practice.smtp.messages)
    assert set(delivered) == {row["message_id"] for row in outbox}
    duplicates = sum(delivered.values()) - len(delivered)
    # At least once, never lost; at most one extra copy per kill (RELIABILITY S5).
    assert duplicates <= min(resendable, len(kills))
    receipts = [row for row in outbox if row["kind"] == "confirmation_receipt"]
    assert len(receipts) == CONFIRMING
    print(
        f"\n{len(kills)} kills, {len(survived)} runs survived, {duplicates} duplicate "
        f"deliveries (bound {resendable}), {extra_copies} extra mailbox copies; "
        f"kills: {', '.join(kills)}"
    )


def test_a_kill_during_a_batch_repeats_at_most_the_mail_in_flight(practice: Practice) -> None:
    bookings, mails = backlog()
    practice.ok(
        "appointments", "import", str(write_appointments(practice.root / "t.csv", bookings))
    )
    for raw in mails[:5]:
        practice.append(raw)
    killer: Killer = practice.killer  # type: ignore[attr-defined]
    argv = practice.argv("run", "--once", now=NOW.isoformat())
    env = practice.subprocess_env()

    # Five receipts (and staff mail) go out in one batch; the 4th 250 never arrives.
    assert killer.run(argv, env, KillPoint("smtp-held", 4, 0.0)) == -signal.SIGKILL
    assert killer.run(argv, env, None) == 0, "".join(killer.log[-20:])

    delivered = Counter(str(m.message["Message-ID"]).strip() for m in practice.smtp.messages)
    duplicates = sum(delivered.values()) - len(delivered)
    assert duplicates <= 1, f"{duplicates} mails delivered twice after one kill"
