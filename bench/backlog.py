"""Backlog throughput: `praxis-worker run --once` against the least any Python worker does.

Run from the repository root: `.venv/bin/python bench/backlog.py [--quick] [--profile N]`.

For each N (1,000, 5,000 and 20,000; --quick: 200 and 1,000) a real Dovecot gets N
realistic mails appended to a fresh folder: the 184 labelled corpus mails (confirmations,
forms with PDF/JPEG/HEIC/DOCX/ZIP attachments, questions, cancellations, auto-replies,
bounces, list mail, unknown senders) in turn, each under its own Message-ID. Then, in
the same run:

(a) the floor: one imapclient connection, UID SEARCH ALL, FETCH BODY.PEEK[] in batches
    of the worker's batch size, `email.message_from_bytes(policy=default)` and every
    part's content decoded;
(b) `praxis-worker run --once` (IMAP without TLS on loopback, Maildir outbox, a state
    seeded with the corpus practice's patients and appointments) handling all of them:
    parse, decide, record, move or flag each one, plan and send due mail.

Printed: seconds, mails/s, the ratio (b)/(a), and the worker's cost per mail net of a
run over an empty folder (its start-up), which should stay flat as N grows.
--profile N runs the worker once under cProfile at N mails and prints where time goes.
"""

from __future__ import annotations

import argparse
import pstats
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import (
    append_all,
    backlog_mails,
    corpus_now,
    imap_section,
    maildir_outbox_section,
    print_header,
    run_worker,
    running_dovecot,
    seed_corpus_practice,
    verdict,
    write_config,
)
from floor import fetch_and_parse

FULL_SIZES = (1_000, 5_000, 20_000)
QUICK_SIZES = (200, 1_000)
RATIO_TARGET = 3.0
RATIO_AT = 5_000
FLAT_TOLERANCE = 1.25  # cost per mail at the largest N within 25% of the smallest


@dataclass(frozen=True, slots=True)
class Row:
    n: int
    floor_s: float
    worker_s: float
    empty_s: float

    @property
    def ratio(self) -> float:
        return self.worker_s / self.floor_s

    @property
    def net_ms_per_mail(self) -> float:
        return (self.worker_s - self.empty_s) / self.n * 1000


def floor_fetch(server: Any, folder: str, batch: int) -> tuple[float, int]:
    """Bare imapclient: fetch every body, parse it, decode every part. (seconds, mails)."""
    started = time.perf_counter()
    with server.client() as imap:
        count = fetch_and_parse(imap, folder, batch)
    return time.perf_counter() - started, count


def prepare(server: Any, n: int, work: Path) -> tuple[Path, str]:
    """A folder with n mails, a state with the corpus practice, a config; (config, folder)."""
    folder = server.fresh_folder()
    seconds = append_all(server, folder, backlog_mails(n))
    print(f"  appended {n} mails in {seconds:.1f} s", flush=True)
    directory = work / f"n{n}"
    directory.mkdir()
    config = write_config(
        directory,
        {
            "mailbox": imap_section(server, directory, folder),
            "smtp": maildir_outbox_section(directory),
        },
    )
    seed_corpus_practice(directory / "state.db", now=corpus_now())
    return config, folder


def empty_config(server: Any, work: Path) -> Path:
    """A config over a new empty folder and a state with the corpus practice."""
    directory = work / "empty"
    directory.mkdir()
    folder = server.fresh_folder()
    server.create_folder(folder)
    config = write_config(
        directory,
        {
            "mailbox": imap_section(server, directory, folder),
            "smtp": maildir_outbox_section(directory),
        },
    )
    seed_corpus_practice(directory / "state.db", now=corpus_now())
    return config


def empty_run(server: Any, work: Path) -> float:
    """`run --once` over an empty folder: start-up, login, planning, nothing to handle."""
    finished = run_worker(worker_args(empty_config(server, work)))
    _check(finished, 0)
    return finished.seconds


def worker_args(config: Path) -> list[str]:
    return [
        "--config",
        str(config),
        "--now",
        corpus_now().isoformat(),
        "--log-level",
        "WARNING",
        "run",
        "--once",
    ]


def _check(finished: Any, n: int) -> None:
    if finished.returncode != 0 or f"mails handled: {n}," not in finished.stdout:
        raise SystemExit(
            f"praxis-worker run --once failed (exit {finished.returncode}):\n"
            f"{finished.stdout[-2000:]}\n{finished.stderr[-3000:]}"
        )


def measure(server: Any, n: int, work: Path, empty_s: float) -> Row:
    from worker.adapters.mail_source import DEFAULT_BATCH

    config, folder = prepare(server, n, work)
    floor_s, fetched = floor_fetch(server, folder, DEFAULT_BATCH)
    assert fetched == n, f"floor fetched {fetched} of {n}"
    finished = run_worker(worker_args(config))
    _check(finished, n)
    row = Row(n=n, floor_s=floor_s, worker_s=finished.seconds, empty_s=empty_s)
    print(
        f"  N={n}: floor {floor_s:.2f} s ({n / floor_s:,.0f} mails/s), "
        f"worker {finished.seconds:.2f} s ({n / finished.seconds:,.0f} mails/s), "
        f"ratio {row.ratio:.2f}, worker net {row.net_ms_per_mail:.2f} ms/mail, "
        f"peak RSS {finished.max_rss_mib:.0f} MiB",
        flush=True,
    )
    return row


def profile(server: Any, n: int, work: Path, top: int = 30) -> None:
    """The worker under cProfile at n mails, in this process: where the time goes.

    The cycle hands the mailbox phase to a thread (asyncio.to_thread), which cProfile
    would not see; here it runs inline instead, the work being the same.
    """
    import asyncio
    import cProfile

    import worker.cycle.app
    from worker.cli import main as worker_main

    config, _ = prepare(server, n, work)

    async def inline(func: Any, /, *args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    worker.cycle.app.asyncio.to_thread = inline  # type: ignore[attr-defined]
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    code = worker_main(worker_args(config))
    profiler.disable()
    asyncio.to_thread = asyncio.threads.to_thread
    print(f"  profiled run: exit {code}, {time.perf_counter() - started:.1f} s (with profiler)")
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 200 and 1,000 only")
    parser.add_argument("--profile", type=int, metavar="N", help="profile the worker at N mails")
    args = parser.parse_args()
    print_header("bench/backlog.py: run --once against a bare fetch+parse")
    with running_dovecot() as server, tempfile.TemporaryDirectory(prefix="bench-backlog-") as tmp:
        work = Path(tmp)
        if args.profile:
            profile(server, args.profile, work)
            return 0
        empty_s = empty_run(server, work)
        print(f"  run --once on an empty folder (start-up and planning): {empty_s:.2f} s")
        rows = [
            measure(server, n, work, empty_s) for n in (QUICK_SIZES if args.quick else FULL_SIZES)
        ]
    print()
    print(f"{'N':>7} {'floor s':>8} {'floor/s':>8} {'worker s':>9} {'worker/s':>9} "
          f"{'ratio':>6} {'net ms/mail':>12}")  # fmt: skip
    for r in rows:
        print(
            f"{r.n:>7} {r.floor_s:>8.2f} {r.n / r.floor_s:>8,.0f} {r.worker_s:>9.2f} "
            f"{r.n / r.worker_s:>9,.0f} {r.ratio:>6.2f} {r.net_ms_per_mail:>12.2f}"
        )
    at = next((r for r in rows if r.n == RATIO_AT), rows[-1])
    growth = rows[-1].net_ms_per_mail / rows[0].net_ms_per_mail
    ok = at.ratio <= RATIO_TARGET
    print(f"target ratio <= {RATIO_TARGET} at N={at.n}: {at.ratio:.2f} -> {verdict(ok)}")
    print(
        f"target flat cost per mail N={rows[0].n}..{rows[-1].n}: x{growth:.2f} "
        f"-> {verdict(growth <= FLAT_TOLERANCE)} (tolerance x{FLAT_TOLERANCE})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
