"""The yes-forms matrix (issue 17): plain yeses and their mirror with a blocker inserted.

tests/data/canonical/yes_forms.tsv is a sample of the matrix `python -m tools.corpus.yes_forms`
writes (`--matrix` runs all of it): a subject x 1-3 past days in a form patients use x a
predicate x a word order, as a new mail and as a reply to our request for the first day.
A row without blocker must record exactly its days and need nobody; a row with a blocker
(negation, hedge, future, condition, question, cancellation, someone else, another
provider, a document, an earlier mail) must record nothing. Rows failing today carry
`known_failure` (strict xfail); a blocker row that confirms is a BILLING BUG.
"""

from __future__ import annotations

import csv
from datetime import date
from typing import Any

import pytest

from tests.corpus.test_canonical import DATA, confirm_days, decide

with (DATA / "yes_forms.tsv").open(encoding="utf-8", newline="") as _fh:
    ROWS = list(csv.DictReader(_fh, delimiter="\t"))


def outcome(mail_date: str, sentence: str, days: tuple[str, ...], reply: bool, blocker: str) -> str:
    """ "pass", "false" (a day recorded the row does not confirm: a billing bug) or "staff"
    (a yes row not recorded exactly, or sent to staff)."""
    row = {"mail_date": mail_date, "sentence": sentence, "expected": ",".join(days)}
    expected, decoys = confirm_days(row)
    decision, ids = decide(row, expected + decoys, reply_to=expected[0] if reply else None)
    got = {f.appointment_id for f in decision.confirmations}
    wanted = set() if blocker else {ids[d] for d in expected}
    if got - wanted:
        return "false"
    if blocker or (got == wanted and not decision.needs_staff):
        return "pass"
    return "staff"


def params(rows: list[dict[str, str]]) -> list[Any]:
    return [
        pytest.param(
            row,
            id=f"{number:03d}",
            marks=(pytest.mark.xfail(strict=True, reason=row["known_failure"]),)
            if row["known_failure"]
            else (),
        )
        for number, row in enumerate(rows, start=1)
    ]


@pytest.mark.parametrize("row", params([r for r in ROWS if not r["blocker"]]))
def test_yes_form_confirms_exactly_its_days(row: dict[str, str]) -> None:
    result = outcome(
        row["mail_date"], row["sentence"], tuple(row["days"].split(",")), row["reply"] == "yes", ""
    )
    assert result != "false", f"BILLING BUG: {row['sentence']!r} recorded a wrong day"
    assert result == "pass", (row["sentence"], row["pattern"])


@pytest.mark.parametrize("row", params([r for r in ROWS if r["blocker"]]))
def test_yes_form_with_a_blocker_confirms_nothing(row: dict[str, str]) -> None:
    result = outcome(
        row["mail_date"],
        row["sentence"],
        tuple(row["days"].split(",")),
        row["reply"] == "yes",
        row["blocker"],
    )
    assert result == "pass", f"BILLING BUG: {row['sentence']!r} ({row['blocker']}) recorded a day"


def test_sample_covers_every_predicate_order_and_blocker() -> None:
    patterns = {r["pattern"].split(" / ")[0] for r in ROWS}
    orders = {r["pattern"].split(" / ")[1] for r in ROWS}
    assert len(ROWS) >= 200
    assert {"war", "stattgefunden", "check", "bestätigt"} <= patterns
    assert orders == {"days first", "subject first", "predicate first"}
    assert len({r["blocker"] for r in ROWS if r["blocker"]}) >= 8
    assert all(date.fromisoformat(d) for r in ROWS for d in r["days"].split(","))
