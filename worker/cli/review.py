"""`review list|resolve`: what needs a person."""

from __future__ import annotations

import argparse
from typing import Any

from state import patients as patient_store
from state import review
from worker import cli


def review_json(item: review.ReviewItem, ctx: cli.Context) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": item.kind,
        "message_id": item.message_id,
        "patient_id": item.patient_id,
        "subject": item.subject,
        "reason": item.reason,
        "created_at": item.created_at.astimezone(ctx.zone).isoformat(),
        "resolved": item.resolved,
        "resolved_by": item.resolved_by,  # mailbox | staff_mail | cli
    }


def cmd_review_list(ctx: cli.Context) -> int:
    args: argparse.Namespace = ctx.args
    # --json lists every item (scripts filter on "resolved"); the table shows open ones.
    items = review.list_items(ctx.conn, include_resolved=args.all or args.json)
    if args.json:
        cli.print_json([review_json(i, ctx) for i in items])
        return 0
    if not items:
        print("nothing to review")
    names = patient_store.by_ids(ctx.conn, {i.patient_id for i in items if i.patient_id})
    for item in items:
        when = item.created_at.astimezone(ctx.zone)
        named = names.get(item.patient_id) if item.patient_id else None
        patient = (
            f"{named.name} (patient {item.patient_id})"
            if named
            else (f"patient {item.patient_id}" if item.patient_id else "no patient")
        )
        done = f"  [erledigt: {item.resolved_by or '?'}]" if item.resolved else ""
        print(f"{item.id:>5}  {when:%d.%m.%Y %H:%M}  {item.kind:<8} {patient}{done}")
        if item.subject:
            print(f"       Betreff: {item.subject}")
        print(f"       {item.reason}")
    return 0


def cmd_review_resolve(ctx: cli.Context) -> int:
    item_id = ctx.args.id
    if review.get(ctx.conn, item_id) is None:
        raise cli.UsageError(f"ID: no review item {item_id}")
    changed = review.resolve(ctx.conn, item_id, now=ctx.now())
    print(f"review item {item_id}: {'resolved' if changed else 'was already resolved'}")
    return 0
