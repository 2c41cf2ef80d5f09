"""Shared helpers of the benchmarks in bench/: servers, mail, state, config, timing.

The benchmarks run from the repository root as `.venv/bin/python bench/<name>.py`; this
module puts the repository on sys.path, so `rules`, `state`, `worker` and the test
fixtures (`tests.fixtures.dovecot`, `tests.fixtures.smtpd`) import as in the tests.

Servers are the integration-test fixtures used directly: a real Dovecot (its config
written into a temp dir, started on free loopback ports) and the aiosmtpd sink.
"""

from __future__ import annotations

import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
import tomllib
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "data" / "corpus"
PRACTICE_ADDRESS = "termine@praxis-impulse.de"
STAFF_ADDRESS = "team@praxis-impulse.de"


# --- the machine ---------------------------------------------------------------------


def machine_lines() -> list[str]:
    """nproc, CPU model, RAM and Python, for the head of every report."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 2**20:.1f} GiB"
                break
    except OSError:
        pass
    return [
        f"machine: {os.cpu_count()} CPUs ({cpu}), RAM {ram}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    ]


def print_header(title: str) -> None:
    print(f"== {title}")
    for line in machine_lines():
        print(line)


# --- statistics ----------------------------------------------------------------------


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 20 values is the 19th smallest)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


# --- the servers ---------------------------------------------------------------------


@contextmanager
def running_dovecot() -> Iterator[Any]:
    """A real Dovecot on 127.0.0.1 (the integration fixture's launcher), removed after."""
    import trustme

    from tests.fixtures.dovecot import find_dovecot_binary, launch_dovecot

    binary = find_dovecot_binary()
    if binary is None:
        raise SystemExit("dovecot not found: run scripts/install-test-deps.sh (dovecot-imapd)")
    server = launch_dovecot(binary, trustme.CA())
    try:
        yield server
    finally:
        server.kill()
        shutil.rmtree(server.root, ignore_errors=True)


@contextmanager
def running_smtp_sink() -> Iterator[Any]:
    """The aiosmtpd test server on 127.0.0.1 (plain, no auth), recording every message."""
    from tests.fixtures.smtpd import SmtpTestServer

    server = SmtpTestServer().start()
    try:
        yield server
    finally:
        server.stop()


def append_all(server: Any, folder: str, raws: Sequence[bytes], *, chunk: int = 200) -> float:
    """APPEND every message to `folder` (MULTIAPPEND in chunks); returns seconds taken."""
    started = time.perf_counter()
    with server.client() as imap:
        if not imap.folder_exists(folder):
            imap.create_folder(folder)
        for start in range(0, len(raws), chunk):
            imap.multiappend(folder, list(raws[start : start + chunk]))
    return time.perf_counter() - started


# --- realistic mail ------------------------------------------------------------------

_MESSAGE_ID = re.compile(rb"^Message-ID:[^\r\n]*(\r?\n[ \t][^\r\n]*)*\r?\n", re.I | re.M)


def corpus_mails() -> list[bytes]:
    """The 184 labelled corpus mails (every kind the practice gets, attachments included)."""
    labels = tomllib.loads((CORPUS / "labels.toml").read_text(encoding="utf-8"))
    return [(CORPUS / label["file"]).read_bytes() for label in labels["mail"]]


def with_fresh_message_id(raw: bytes, token: str) -> bytes:
    """The same mail under a new Message-ID, so the worker sees a new mail, not a copy."""
    header_end = raw.find(b"\r\n\r\n")
    if header_end < 0:
        header_end = raw.find(b"\n\n")
    head, rest = raw[:header_end], raw[header_end:]
    line = f"Message-ID: <bench-{token}@bench.invalid>\r\n".encode()
    head_nl = head + b"\r\n"
    replaced, count = _MESSAGE_ID.subn(line, head_nl, count=1)
    if count == 0:
        replaced = line + head_nl
    return replaced[:-2] + rest


def backlog_mails(n: int, *, run: str = "") -> list[bytes]:
    """`n` mails cycling through the corpus, each with its own Message-ID."""
    mails = corpus_mails()
    run = run or uuid.uuid4().hex[:8]
    return [with_fresh_message_id(mails[i % len(mails)], f"{run}-{i}") for i in range(n)]


def corpus_now() -> datetime:
    """A clock after the corpus's last mail: every appointment in it lies in the past."""
    data = tomllib.loads((CORPUS / "practice.toml").read_text(encoding="utf-8"))
    last = max(a["start"] for a in data["appointments"])
    return last + timedelta(days=3)


def seed_corpus_practice(state_path: Path, *, now: datetime) -> int:
    """Book the corpus practice's patients and appointments into a fresh state; returns
    the number of appointments (the mails then find their senders and days)."""
    from rules.models import Insurance, Kind, Treatment
    from state import appointments as appointment_store
    from state import patients as patient_store
    from state.appointments import Booking
    from state.db import connect, transaction

    data = tomllib.loads((CORPUS / "practice.toml").read_text(encoding="utf-8"))
    conn = connect(state_path)
    ids: dict[int, int] = {}
    try:
        with transaction(conn):
            for p in data["patients"]:
                emails = list(p["emails"])
                patient = patient_store.register_for_booking(
                    conn,
                    name=p["name"],
                    email=emails[0],
                    insurance=Insurance(p["insurance"]),
                    new_patient=p["new_patient"],
                    now=now,
                )
                for extra in emails[1:]:
                    patient_store.add_address(conn, patient.id, extra, now=now)
                ids[p["id"]] = patient.id
            for a in data["appointments"]:
                appointment_store.upsert(
                    conn,
                    Booking(
                        patient_id=ids[a["patient_id"]],
                        start=a["start"],
                        end=a["end"],
                        kind=Kind(a["kind"]),
                        treatment=Treatment(a["treatment"]),
                        external_id=a["external_id"],
                        video_link=a["video_link"] or None,
                        cancelled=a["status"] == "cancelled",
                    ),
                    now=now,
                )
    finally:
        conn.close()
    return len(data["appointments"])


# --- config --------------------------------------------------------------------------


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def write_config(directory: Path, sections: dict[str, dict[str, Any]]) -> Path:
    """praxis-worker.toml in `directory`, from the practice defaults plus `sections`."""
    base: dict[str, dict[str, Any]] = {
        "practice": {
            "name": "Praxis Impulse",
            "address": PRACTICE_ADDRESS,
            "staff": [STAFF_ADDRESS],
            "timezone": "Europe/Berlin",
            "language": "de",
            "region": "BE",
        },
        "state": {"path": str(directory / "state.db"), "attachments_dir": str(directory / "att")},
        "schedule": {"quiet_hours": ""},  # the benchmarks run at any hour
    }
    for name, values in sections.items():
        base.setdefault(name, {}).update(values)
    lines = []
    for name, values in base.items():
        lines.append(f"[{name}]")
        lines.extend(f"{key} = {_toml_value(value)}" for key, value in values.items())
        lines.append("")
    path = directory / "praxis-worker.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def imap_section(
    server: Any, directory: Path, folder: str, *, idle: bool = False
) -> dict[str, Any]:
    password = directory / "imap.pass"
    password.write_text(server.password, encoding="utf-8")
    password.chmod(0o600)
    return {
        "type": "imap",
        "host": server.host,
        "port": server.port,
        "security": "none",  # loopback only; TLS costs are not what is measured here
        "username": server.user,
        "password_file": str(password),
        "folder": folder,
        "processed_folder": f"{folder}_done",
        "idle": idle,
        "poll_seconds": 60,
    }


def smtp_sink_section(sink: Any) -> dict[str, Any]:
    return {"type": "smtp", "host": sink.host, "port": sink.port, "security": "none"}


def maildir_outbox_section(directory: Path) -> dict[str, Any]:
    import mailbox

    path = directory / "outbox"
    mailbox.Maildir(path, create=True)
    return {"type": "maildir", "path": str(path)}


# --- running the command -------------------------------------------------------------


def worker_command() -> list[str]:
    """`python -m worker`, run in ROOT: the checkout under test, whatever is installed."""
    return [sys.executable, "-m", "worker"]


@dataclass(frozen=True, slots=True)
class Finished:
    seconds: float
    returncode: int
    max_rss_mib: float  # the child's own peak resident set size (VmHWM, see PeakWatcher)
    stdout: str
    stderr: str


def _vm_hwm_kib(pid: int) -> int | None:
    """VmHWM of a running process in KiB (None once it has exited or on non-Linux)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


class PeakWatcher:
    """The peak RSS of one child process, read from /proc/<pid>/status as it runs.

    Not ru_maxrss: on Linux a child's ru_maxrss also holds the memory of the process
    that forked it (exec records the hiwater mark of the copied address space, fs/exec.c
    exec_mmap), so a bench parent holding 20,000 appended mails (~90 MiB) made every
    child it started look that big (`python -c pass` measured 157 MiB beside a 150 MiB
    parent). VmHWM belongs to the child's own address space after exec; it only grows,
    so the last value read before the exit is the peak, minus what the last few
    milliseconds of shutdown add (interpreter teardown frees, it does not allocate).
    """

    def __init__(self, pid: int, interval: float = 0.005) -> None:
        import threading

        self.pid = pid
        self.peak_kib = 0
        self._stop = threading.Event()
        self._interval = interval
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.is_set():
            value = _vm_hwm_kib(self.pid)
            if value is not None:
                self.peak_kib = max(self.peak_kib, value)
            self._stop.wait(self._interval)

    def stop(self) -> float:
        """Stop watching; the peak in MiB."""
        self._stop.set()
        self._thread.join()
        return self.peak_kib / 1024


def run_process(command: Sequence[str], *, env: dict[str, str] | None = None) -> Finished:
    """Run `command` in ROOT to its end: wall time, exit code, the child's own peak RSS."""
    out_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-{uuid.uuid4().hex}"
    with open(f"{out_path}.out", "w+b") as out, open(f"{out_path}.err", "w+b") as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(command),
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env={**os.environ, **(env or {})},
            cwd=ROOT,
        )
        watcher = PeakWatcher(process.pid)
        # wait4 reaps exactly this child; /proc/<pid> stays readable until then.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        peak_mib = watcher.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    for suffix in (".out", ".err"):
        Path(f"{out_path}{suffix}").unlink(missing_ok=True)
    if peak_mib == 0:  # no /proc (not Linux): ru_maxrss, with the caveat above
        peak_mib = usage.ru_maxrss / 1024
    return Finished(seconds, process.returncode, peak_mib, stdout, stderr)


def run_worker(args: Sequence[str], *, env: dict[str, str] | None = None) -> Finished:
    """Run `praxis-worker ARGS` to its end: wall time, exit code, the child's peak RSS."""
    return run_process([*worker_command(), *args], env=env)
