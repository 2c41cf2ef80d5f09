"""`digest [--send]`: the staff digest now, printed, or mailed to the staff.

`--send` stores the digest in the outbox (key "staff_digest:manual:<time>:<address>",
beside the daily one, which it does not replace) and then sends what is due in the
outbox, as one cycle of the worker would.
"""

from __future__ import annotations

import asyncio
import sys

from worker import cli
from worker.cycle.staff import compose_digest, enqueue_manual_digest
from worker.errors import DeliveryError


def cmd_digest(ctx: cli.Context) -> int:
    now = ctx.now()
    if ctx.args.send:
        return _send(ctx)
    composed = compose_digest(ctx.conn, ctx.config, now=now)
    print(f"Subject: {composed.mail.subject}")
    print()
    print(composed.mail.text.rstrip("\n"))
    if composed.csv is not None:
        rows = composed.csv.count(b"\r\n") - 1  # minus the header line
        print()
        print(f"[attachment: {composed.csv_name}, {rows} confirmation(s)]")
    return 0


def _send(ctx: cli.Context) -> int:
    config = ctx.config
    if not config.practice.staff:
        raise cli.UsageError("practice.staff: no staff address to send the digest to")
    now = ctx.now()
    added = enqueue_manual_digest(ctx.conn, config, now=now)
    print(f"digest queued for {added} staff address(es)")
    # Imported here: the worker's sending machinery is only needed for --send.
    from worker.cycle.app import make_sender
    from worker.cycle.outgoing import send_due_mail, settings_from_config

    try:
        report = asyncio.run(
            send_due_mail(
                ctx.conn, make_sender(config), now=now, settings=settings_from_config(config)
            )
        )
    except (DeliveryError, OSError) as exc:
        # The rows stay in the outbox: the running worker sends them with its retries.
        print(f"sending failed ({type(exc).__name__}); the worker will retry", file=sys.stderr)
        return 1
    print(
        f"outbox: {report.sent} sent, {report.retried} to retry, {len(report.failed)} failed, "
        f"{len(report.expired)} expired"
    )
    return 0 if not report.failed else 1
