"""Where a backlog cycle's peak RSS comes from: the peak of each phase of `run --once`.

Run from the repository root: `.venv/bin/python bench/memory_phases.py N [--stacks]`.

A real Dovecot gets the N-mail backlog of bench/backlog.py; the worker then runs as a
child process of this script (`--child`), with its phases wrapped (mailbox phase, review
flag sync, planning, staff alert and digest, purge, close): on entry and exit of each,
and every 2 ms from a thread, VmHWM is read and reset (`/proc/self/clear_refs` 5), so
every phase gets the peak reached while it ran. Printed per phase when it ends: its
peak, RSS before and after, seconds; with --stacks also every thread's stack whenever
the process's peak rose by 2 MiB (where the memory went). The wrappers import the
wrapped modules up front, so the total is about 1-2 MiB above bench/memory.py's figure.
Linux only. docs/performance.md (Backlog memory) has what it showed.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from typing import Any

STEP_KIB = 2048
SAMPLE_S = 0.002


class PhasePeaks:
    """VmHWM per open phase; the kernel's peak is reset after every reading."""

    def __init__(self, stacks: bool) -> None:
        self.lock = threading.Lock()
        self.open: list[list[Any]] = []  # [name, peak KiB, RSS before KiB, start]
        self.peak_kib = 0
        self.logged_kib = 0
        self.stacks = stacks
        self.started = time.perf_counter()

    @staticmethod
    def status() -> tuple[int, int]:
        hwm = rss = 0
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
                elif line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
        return hwm, rss

    def fold(self, *, sampled: bool = False) -> int:
        """Read the peak since the last reading into every open phase; returns RSS."""
        hwm, rss = self.status()
        for phase in self.open:
            phase[1] = max(phase[1], hwm)
        if hwm > self.peak_kib:
            self.peak_kib = hwm
            if sampled and self.stacks and hwm - self.logged_kib > STEP_KIB:
                self.logged_kib = hwm
                self.print_stacks(hwm)
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
        return rss

    def print_stacks(self, hwm: int) -> None:
        me = threading.get_ident()
        at = time.perf_counter() - self.started
        names = "/".join(phase[0] for phase in self.open)
        print(f"STEP {at:8.2f} s  peak {hwm / 1024:6.1f} MiB  in {names}", file=sys.stderr)
        for ident, frame in sys._current_frames().items():
            if ident == me:
                continue
            frames = [
                f"{Path(f.filename).name}:{f.lineno}:{f.name}"
                for f in traceback.extract_stack(frame)
            ]
            print("      " + " < ".join(reversed(frames[-8:])), file=sys.stderr)

    def sample(self) -> None:
        while True:
            time.sleep(SAMPLE_S)
            with self.lock:
                self.fold(sampled=True)

    def wrap(self, owner: Any, attribute: str, label: str | None = None) -> None:
        function = getattr(owner, attribute)
        name = label or attribute

        @functools.wraps(function)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            with self.lock:
                phase = [name, 0, self.fold(), time.perf_counter()]
                self.open.append(phase)
            try:
                return function(*args, **kwargs)
            finally:
                with self.lock:
                    after = self.fold()
                    self.open.remove(phase)
                print(
                    f"PHASE {name:<24} peak {phase[1] / 1024:6.1f} MiB  RSS before "
                    f"{phase[2] / 1024:6.1f} after {after / 1024:6.1f}  "
                    f"{time.perf_counter() - phase[3]:8.2f} s",
                    file=sys.stderr,
                    flush=True,
                )

        setattr(owner, attribute, wrapped)


def child(worker_args: list[str], stacks: bool) -> int:
    """The worker with its phases wrapped (this process is the worker)."""
    import asyncio

    import state.digest
    import worker.cycle.app
    import worker.cycle.phases
    import worker.cycle.staff
    from worker.cli import main as worker_main

    peaks = PhasePeaks(stacks)
    for owner, attribute in (
        (worker.cycle.app, "mailbox_phase"),
        (worker.cycle.phases, "sync_review_flags"),
        (worker.cycle.app.Worker, "_plan"),
        (worker.cycle.app, "enqueue_due_mail"),
        (worker.cycle.staff, "enqueue_alert"),
        (worker.cycle.staff, "plan_alert"),
        (worker.cycle.staff, "compose_digest"),
        (worker.cycle.staff, "_render"),
        (state.digest, "open_review_entries"),
        (worker.cycle.app.Worker, "_purge_if_due"),
        (worker.cycle.app.Worker, "close"),
    ):
        peaks.wrap(owner, attribute)
    peaks.wrap(asyncio, "run", "asyncio.run (the cycle)")
    threading.Thread(target=peaks.sample, daemon=True).start()
    try:
        return worker_main(worker_args)
    finally:
        with peaks.lock:
            peaks.fold()
        print(f"END peak {peaks.peak_kib / 1024:.1f} MiB", file=sys.stderr, flush=True)


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        stacks = sys.argv[2] == "stacks"
        return child(sys.argv[3:], stacks)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="mails in the backlog")
    parser.add_argument("--stacks", action="store_true", help="stacks at each 2 MiB step")
    args = parser.parse_args()

    from _common import ROOT, print_header, run_process, running_dovecot
    from backlog import prepare, worker_args

    print_header(f"bench/memory_phases.py: peak RSS per phase of run --once, {args.n} mails")
    with running_dovecot() as server, tempfile.TemporaryDirectory(prefix="bench-phases-") as tmp:
        config, _ = prepare(server, args.n, Path(tmp))
        command = [sys.executable, str(ROOT / "bench" / "memory_phases.py"), "--child"]
        mode = "stacks" if args.stacks else "-"
        finished = run_process([*command, mode, *worker_args(config)])
    print(finished.stdout.strip())
    print(finished.stderr.strip())
    print(f"exit {finished.returncode}, peak RSS {finished.max_rss_mib:.1f} MiB (VmHWM watched)")
    return finished.returncode


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the child imports worker
    os.chdir(Path(__file__).resolve().parent.parent)
    raise SystemExit(main())
