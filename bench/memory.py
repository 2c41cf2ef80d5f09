"""Memory and start-up: peak RSS of a backlog cycle with the digest, `--help` start-up.

Run from the repository root: `.venv/bin/python bench/memory.py [--quick]`.

1. Peak RSS: a real Dovecot gets the 5,000-mail backlog of bench/backlog.py (--quick:
   1,000); `praxis-worker run --once` handles it at a clock where the daily digest is due,
   so the one process parses every mail, records it, moves or flags it, and composes
   and stores the digest with its billing CSV. Peak RSS is the child's ru_maxrss (Linux:
   VmHWM at exit), read with os.wait4. Target: at most 120 MB.
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
from pathlib import Path

from _common import ROOT, median, print_header, run_worker, running_dovecot, verdict
from backlog import prepare, worker_args

RSS_TARGET_MB = 120
STARTUP_TARGET_S = 0.3
RUNS = 10


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


def peak_rss(n: int) -> tuple[float, str]:
    with running_dovecot() as server, tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        config, _ = prepare(server, n, Path(tmp))
        finished = run_worker(worker_args(config))
    if finished.returncode != 0:
        raise SystemExit(f"run --once failed:\n{finished.stderr[-3000:]}")
    return finished.max_rss_mib * 1.048576, finished.stdout.strip()  # MiB -> MB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 mails instead of 5,000")
    args = parser.parse_args()
    print_header("bench/memory.py: peak RSS of a backlog cycle, start-up of --help")
    n = 1_000 if args.quick else 5_000
    rss_mb, summary = peak_rss(n)
    print(f"  run --once over {n} mails with the digest due: {summary}")
    print(f"  peak RSS {rss_mb:.0f} MB")

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
    ok = rss_mb <= RSS_TARGET_MB
    print(f"target peak RSS <= {RSS_TARGET_MB} MB: {rss_mb:.0f} MB -> {verdict(ok)}")
    print(
        f"target --help <= {STARTUP_TARGET_S} s: {startup_s:.2f} s "
        f"(python alone {bare_s:.2f} s) -> {verdict(startup_s <= STARTUP_TARGET_S)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
