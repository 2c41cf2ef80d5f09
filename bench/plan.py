"""Planning and digest cost against the size of the state.

Run from the repository root: `.venv/bin/python bench/plan.py [--quick] [--profile N]`.

For each N (1,000, 10,000 and 100,000 appointments; --quick: 1,000 and 10,000) a fresh
SQLite state is filled through the state repositories in one transaction: N/10 patients
(10% new, half of the appointments by video with a link), appointments spread evenly over
two years up to NOW plus eight weeks ahead, 80% of the held ones confirmed. The same span
for every N, so the part the planner must read (held in the last 28 days, and every
future one) grows with N: the worst case, not a practice whose history only gets longer.

Timed, each the median of 3 runs at a fixed NOW:
- load: `state.planning.load_planning_input` (the bounded reads, one snapshot),
- plan: `rules.due.plan_due_mail` on it (pure),
- enqueue: `worker.cycle.outgoing.enqueue_due_mail` in the steady state (everything due was
  planned by an earlier cycle, which is not timed): what every cycle pays,
- digest: `worker.cycle.staff.compose_digest` (reads, builds, renders, billing CSV).
Target: load + plan under 1 s at 100,000 (and enqueue, digest), growing no faster than
linearly in N. --profile N prints cProfile's view of one load+plan and one digest at N.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from _common import maildir_outbox_section, print_header, verdict, write_config

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 6, 16, 10, 0, tzinfo=BERLIN)  # a Tuesday, outside quiet hours
HISTORY = timedelta(days=730)
AHEAD = timedelta(days=56)
FULL_SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
TARGET_S = 1.0
REPEATS = 3


def fill_state(path: Path, n: int) -> None:
    """n appointments, n/10 patients, through the state repositories, one transaction."""
    from rules.models import Insurance, Kind, Treatment
    from state import appointments as appointment_store
    from state import confirmations
    from state import patients as patient_store
    from state.appointments import Booking
    from state.db import connect, transaction

    conn = connect(path)
    first = NOW - HISTORY
    step = (HISTORY + AHEAD) / n
    try:
        with transaction(conn):
            patients = [
                patient_store.register_for_booking(
                    conn,
                    name=f"Patient {i}",
                    email=f"patient{i}@example.org",
                    insurance=Insurance.GKV if i % 3 else Insurance.PRIVATE,
                    new_patient=i % 10 == 0,
                    now=first - timedelta(days=30),
                ).id
                for i in range(max(1, n // 10))
            ]
            for i in range(n):
                start = (first + step * i).replace(second=0, microsecond=0)
                video = i % 2 == 0
                booking = Booking(
                    patient_id=patients[i % len(patients)],
                    start=start,
                    end=start + timedelta(minutes=30),
                    kind=Kind.VIDEO if video else Kind.PHONE,
                    treatment=Treatment.KG,
                    external_id=None,
                    video_link=f"https://video.redmedical.de/#/join?code=B{i:07d}"
                    if video
                    else None,
                    cancelled=i % 25 == 0,
                )
                appointment, _ = appointment_store.upsert(
                    conn, booking, now=start - timedelta(days=14)
                )
                end = booking.end
                if end < NOW and not booking.cancelled and i % 5:
                    confirmations.record(
                        conn,
                        appointment_id=appointment.id,
                        patient_id=booking.patient_id,
                        day=end.astimezone(BERLIN).date(),
                        message_id=f"<c{i}@example.org>",
                        mail_sha256=f"{i:064x}",
                        evidence="bench",
                        inbound_id=None,
                        now=end + timedelta(hours=2),
                    )
    finally:
        conn.close()


def bench_config(directory: Path) -> Path:
    """Maildir in and out: nothing here talks to a server."""
    inbox = directory / "inbox"
    maildir_outbox_section(inbox.parent)  # creates directory/outbox
    import mailbox

    mailbox.Maildir(inbox, create=True)
    return write_config(
        directory,
        {
            "mailbox": {"type": "maildir", "path": str(inbox)},
            "smtp": {"type": "maildir", "path": str(directory / "outbox")},
        },
    )


def best_of(func: Callable[[], Any], repeats: int = REPEATS) -> tuple[float, Any]:
    """Median seconds of `repeats` calls, and the last result."""
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2], result


def measure(n: int, work: Path) -> dict[str, float]:
    from rules.due import plan_due_mail
    from state.db import connect
    from state.planning import load_planning_input
    from worker.config import load_config
    from worker.cycle.outgoing import enqueue_due_mail, settings_from_config
    from worker.cycle.staff import compose_digest

    directory = work / f"n{n}"
    directory.mkdir()
    config = load_config(bench_config(directory))
    started = time.perf_counter()
    fill_state(config.state.path, n)
    fill_s = time.perf_counter() - started
    settings = settings_from_config(config)
    conn = connect(config.state.path)
    conn.execute("ANALYZE")  # what a long-running store has after `PRAGMA optimize`
    try:
        load_s, facts = best_of(lambda: load_planning_input(conn, now=NOW))
        plan_s, due = best_of(
            lambda: plan_due_mail(
                now=NOW, settings=settings.schedule, forms_policy=settings.forms, facts=facts
            )
        )
        started = time.perf_counter()
        first = enqueue_due_mail(conn, now=NOW, settings=settings)  # the one-off backlog
        first_s = time.perf_counter() - started
        enqueue_s, steady = best_of(lambda: enqueue_due_mail(conn, now=NOW, settings=settings))
        digest_s, digest = best_of(lambda: compose_digest(conn, config, now=NOW))
    finally:
        conn.close()
    print(
        f"  N={n}: filled in {fill_s:.1f} s; window {len(facts.appointments)} appointments, "
        f"{len(due)} mails due; load {load_s * 1000:.0f} ms, plan {plan_s * 1000:.0f} ms, "
        f"first enqueue {first_s:.1f} s ({first.added} mails built), steady enqueue "
        f"{enqueue_s * 1000:.0f} ms ({steady.added} new), digest {digest_s * 1000:.0f} ms "
        f"(csv {len(digest.csv or b'')} bytes)",
        flush=True,
    )
    return {"load": load_s, "plan": plan_s, "enqueue": enqueue_s, "digest": digest_s}


def profile(n: int, work: Path) -> None:
    from rules.due import plan_due_mail
    from state.db import connect
    from state.planning import load_planning_input
    from worker.config import load_config
    from worker.cycle.outgoing import settings_from_config
    from worker.cycle.staff import compose_digest

    directory = work / "profile"
    directory.mkdir()
    config = load_config(bench_config(directory))
    fill_state(config.state.path, n)
    settings = settings_from_config(config)
    conn = connect(config.state.path)
    profiler = cProfile.Profile()
    profiler.enable()
    facts = load_planning_input(conn, now=NOW)
    plan_due_mail(now=NOW, settings=settings.schedule, forms_policy=settings.forms, facts=facts)
    compose_digest(conn, config, now=NOW)
    profiler.disable()
    conn.close()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 1,000 and 10,000 only")
    parser.add_argument("--profile", type=int, metavar="N", help="profile plan+digest at N")
    args = parser.parse_args()
    print_header("bench/plan.py: planning and digest against the size of the state")
    sizes = QUICK_SIZES if args.quick else FULL_SIZES
    with tempfile.TemporaryDirectory(prefix="bench-plan-") as tmp:
        if args.profile:
            profile(args.profile, Path(tmp))
            return 0
        rows = {n: measure(n, Path(tmp)) for n in sizes}
    print()
    print(
        f"{'N':>8} {'load ms':>8} {'plan ms':>8} {'load+plan':>10} {'enqueue ms':>11}"
        f" {'digest ms':>10}"
    )
    for n, r in rows.items():
        print(
            f"{n:>8} {r['load'] * 1000:>8.0f} {r['plan'] * 1000:>8.0f} "
            f"{(r['load'] + r['plan']) * 1000:>10.0f} {r['enqueue'] * 1000:>11.0f} "
            f"{r['digest'] * 1000:>10.0f}"
        )
    # Linear means: x10 appointments, at most x10 time. Judged between the two largest
    # sizes; at 1,000 the fixed costs (a few ms) dominate and say nothing about growth.
    small, large = sizes[-2], sizes[-1]
    factor = large / small
    for what in ("load", "plan", "enqueue", "digest"):
        at_large = rows[large][what]
        growth = at_large / rows[small][what]
        ok = at_large < TARGET_S and growth <= factor * 1.2  # 20% for the noise
        print(
            f"target {what} < {TARGET_S:.0f} s at N={large:,} and growth N={small:,}->{large:,}"
            f" <= x{factor:.0f}: {at_large * 1000:.0f} ms, x{growth:.1f} -> {verdict(ok)}"
        )
    load_plan = rows[large]["load"] + rows[large]["plan"]
    print(
        f"target load+plan < {TARGET_S:.0f} s at N={large:,}: {load_plan * 1000:.0f} ms"
        f" -> {verdict(load_plan < TARGET_S)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
