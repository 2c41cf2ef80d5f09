"""Memory and start-up: peak RSS of backlog cycles against the floor, `--help` start-up.

Run from the repository root: `.venv/bin/python bench/memory.py [--quick]`.

1. Backlog memory: a real Dovecot gets the backlog of bench/backlog.py at 4,000 and
   20,000 mails (--quick: 1,000 and 4,000; 7/8 of them end flagged for staff, so the
   state holds that many open review items); `praxis-worker run --once` handles it at a
   clock where the daily digest is due, so the one process parses every mail, records
   it, moves or flags it, reads the flags back, plans and stores the staff alert and
   the digest with its billing CSV. Beside it, in the same run and on the same folder:
   the floor (bench/floor.py: bare imapclient fetch + stdlib parse, in a process of its
   own) and the worker over an empty folder (start-up, login, planning). Peak RSS is
   each child's own VmHWM (bench/_common.PeakWatcher; ru_maxrss would count the bench
   process's own memory). Targets: at most 100 MB at 20,000 mails, and the backlog
   ratio (worker peak / floor peak at 20,000) at most 2.5.
2. Start-up: `praxis-worker --help`, median of 10 runs (the console script when the
   virtualenv has one, and `python -m worker`), beside a bare `python -c pass`; then
   `-X importtime` names the imports that cost most. Target: at most 0.3 s.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import (
    ROOT,
    median,
    print_header,
    run_process,
    run_worker,
    running_dovecot,
    verdict,
)
from backlog import empty_config, prepare, worker_args

MIB = 2**20
MB = 10**6
RSS_TARGET_MB = 100
RSS_TARGET_AT = 20_000
RATIO_TARGET = 2.5
FULL_SIZES = (4_000, 20_000)
QUICK_SIZES = (1_000, 4_000)
STARTUP_TARGET_S = 0.3
RUNS = 10


@dataclass(frozen=True, slots=True)
class Peaks:
    n: int
    floor_mib: float
    worker_mib: float
    summary: str

    @property
    def ratio(self) -> float:
        return self.worker_mib / self.floor_mib


def time_command(command: list[str], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return median(times)


def slowest_imports(command: list[str], top: int = 12) -> list[tuple[int, str]]:
    """(cumulative microseconds, module) of the costliest imports of `command`."""
    result = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]], cwd=ROOT, capture_output=True, text=True
    )
    found = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|(\s*)(\S+)", line)
        if match and len(match.group(2)) <= 3:  # top-level imports (and their children)
            found.append((int(match.group(1)), match.group(3)))
    return sorted(found, reverse=True)[:top]


def floor_peak(server: Any, folder: str) -> float:
    """Peak RSS (MiB) of bench/floor.py reading `folder` in a process of its own."""
    from worker.adapters.mail_source import DEFAULT_BATCH

    finished = run_process(
        [sys.executable, str(ROOT / "bench" / "floor.py")],
        env={
            "BENCH_IMAP_HOST": server.host,
            "BENCH_IMAP_PORT": str(server.port),
            "BENCH_IMAP_USER": server.user,
            "BENCH_IMAP_PASSWORD": server.password,
            "BENCH_IMAP_FOLDER": folder,
            "BENCH_BATCH": str(DEFAULT_BATCH),
        },
    )
    if finished.returncode != 0:
        raise SystemExit(f"bench/floor.py failed:\n{finished.stderr[-3000:]}")
    return finished.max_rss_mib


def empty_peak(server: Any, work: Path) -> float:
    """Peak RSS (MiB) of `run --once` over an empty folder: start-up and planning."""
    finished = run_worker(worker_args(empty_config(server, work)))
    if finished.returncode != 0:
        raise SystemExit(f"run --once failed:\n{finished.stderr[-3000:]}")
    return finished.max_rss_mib


def backlog_peaks(server: Any, n: int, work: Path) -> Peaks:
    config, folder = prepare(server, n, work)
    floor_mib = floor_peak(server, folder)  # read-only: the worker then finds every mail new
    finished = run_worker(worker_args(config))
    if finished.returncode != 0 or f"mails handled: {n}," not in finished.stdout:
        raise SystemExit(f"run --once failed:\n{finished.stdout}\n{finished.stderr[-3000:]}")
    peaks = Peaks(n, floor_mib, finished.max_rss_mib, finished.stdout.strip())
    print(
        f"  N={n}: floor {floor_mib:.1f} MiB, worker {peaks.worker_mib:.1f} MiB "
        f"({peaks.worker_mib * MIB / MB:.0f} MB), ratio {peaks.ratio:.2f}; {peaks.summary}",
        flush=True,
    )
    return peaks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 1,000 and 4,000")
    parser.add_argument("--sizes", type=int, nargs="+", metavar="N", help="these backlogs")
    args = parser.parse_args()
    print_header("bench/memory.py: peak RSS of backlog cycles, start-up of --help")
    sizes = args.sizes or (QUICK_SIZES if args.quick else FULL_SIZES)
    with running_dovecot() as server, tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        work = Path(tmp)
        empty_mib = empty_peak(server, work)
        print(f"  run --once over an empty folder: {empty_mib:.1f} MiB", flush=True)
        rows = [backlog_peaks(server, n, work) for n in sizes]

    python = [sys.executable, "-c", "pass"]
    module = [sys.executable, "-m", "worker", "--help"]
    script = Path(sys.executable).with_name("praxis-worker")
    bare_s = time_command(python)
    module_s = time_command(module)
    print(f"  python -c pass: {bare_s * 1000:.0f} ms (median of {RUNS})")
    print(f"  python -m worker --help: {module_s * 1000:.0f} ms")
    startup_s = module_s
    if script.exists():
        startup_s = time_command([str(script), "--help"])
        print(f"  praxis-worker --help: {startup_s * 1000:.0f} ms")
    print("  costliest imports of --help (cumulative ms):")
    for micros, name in slowest_imports(module):
        print(f"    {micros / 1000:7.1f}  {name}")
    print()
    print(f"{'N':>7} {'floor MiB':>10} {'worker MiB':>11} {'worker MB':>10} {'ratio':>6} "
          f"{'x empty run':>12}")  # fmt: skip
    for r in rows:
        print(
            f"{r.n:>7} {r.floor_mib:>10.1f} {r.worker_mib:>11.1f} {r.worker_mib * MIB / MB:>10.1f}"
            f" {r.ratio:>6.2f} {r.worker_mib / empty_mib:>12.2f}"
        )
    print(f"{'empty':>7} {'':>10} {empty_mib:>11.1f} {empty_mib * MIB / MB:>10.1f}")
    last = rows[-1]
    rss_mb = last.worker_mib * MIB / MB
    print(
        f"target peak RSS <= {RSS_TARGET_MB} MB at N={last.n}: {rss_mb:.0f} MB -> "
        f"{verdict(rss_mb <= RSS_TARGET_MB)}"
        + ("" if last.n == RSS_TARGET_AT else f" (the target is for N={RSS_TARGET_AT})")
    )
    print(
        f"target backlog ratio (worker / floor) <= {RATIO_TARGET} at N={last.n}: "
        f"{last.ratio:.2f} -> {verdict(last.ratio <= RATIO_TARGET)}"
    )
    print(
        f"target --help <= {STARTUP_TARGET_S} s: {startup_s:.2f} s "
        f"(python alone {bare_s:.2f} s) -> {verdict(startup_s <= STARTUP_TARGET_S)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
