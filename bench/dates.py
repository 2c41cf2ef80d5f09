"""Date reading: rules.dates.extract_dates against raw dateparser.search.search_dates.

Run from the repository root: `.venv/bin/python bench/dates.py [--source corpus|table]`.

Items: the labelled mail corpus in tests/data/corpus (labels.toml + .eml files; each mail
is parsed with rules.parsing.parse_mail, outside the timing, and both readers get the same
`own_text` and mail date), or, when the corpus is not there yet, the date table of
tests/unit/test_dates.py. Both readers run over the same items in this one process, after
a warm-up pass, and for each it prints: items with exactly the right set of days (%) on
confirmations, false days on the other items, mean and p99 time per item, and the ratio.

"Exact" compares the set of days returned (ambiguous ones included, as the matcher sees
them) with the labelled days. A false day is a returned day the label does not list.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tomllib
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rules.dates import extract_dates  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
PRACTICE_ZONE = "Europe/Berlin"


@dataclass(frozen=True, slots=True)
class Item:
    name: str
    text: str
    mail_date: datetime
    expected: frozenset[date]
    confirmation: bool


def corpus_items() -> list[Item]:
    from rules.models import Quarantine
    from rules.parsing import parse_mail

    labels = tomllib.loads((CORPUS / "labels.toml").read_text(encoding="utf-8"))
    items = []
    for label in labels["mail"]:
        raw = (CORPUS / label["file"]).read_bytes()
        # INTERNALDATE stand-in: now, so that every real Date header counts (TODO: use the
        # corpus's own receive time once tests/data/corpus/README.md defines one)
        mail = parse_mail(raw, received_at=datetime.now(UTC))
        if isinstance(mail, Quarantine):
            continue
        items.append(
            Item(
                name=label["file"],
                text=mail.own_text,
                mail_date=mail.date,
                expected=frozenset(date.fromisoformat(d) for d in label.get("dates", [])),
                confirmation=bool(label.get("confirmation")),
            )
        )
    return items


def table_items() -> list[Item]:
    sys.path.insert(0, str(ROOT / "tests" / "unit"))
    from test_dates import DATE_CASES

    items = []
    for param in DATE_CASES:
        text, mail_date, expected = param.values  # type: ignore[attr-defined]
        days = frozenset(date.fromisoformat(d.rstrip("?")) for d in expected)
        items.append(Item(param.id, text, mail_date, days, confirmation=bool(days)))  # type: ignore[attr-defined]
    return items


def read_project(item: Item) -> frozenset[date]:
    return frozenset(m.day for m in extract_dates(item.text, mail_date=item.mail_date))


def make_raw_dateparser() -> Callable[[Item], frozenset[date]]:
    from dateparser.search import search_dates

    zone = ZoneInfo(PRACTICE_ZONE)

    def read_raw(item: Item) -> frozenset[date]:
        base = item.mail_date.astimezone(zone).replace(tzinfo=None)
        settings = {
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": base,
            "TIMEZONE": PRACTICE_ZONE,
        }
        found = search_dates(item.text, languages=["de", "en"], settings=settings) or []
        return frozenset(moment.date() for _, moment in found)

    return read_raw


@dataclass(frozen=True, slots=True)
class Result:
    exact: int
    confirmations: int
    false_on_other: int
    false_on_confirmations: int
    others_with_false: int
    others: int
    times_ms: list[float]


def run(reader: Callable[[Item], frozenset[date]], items: Sequence[Item]) -> Result:
    for item in items:  # warm-up: imports, caches, compiled data
        reader(item)
    exact = false_other = false_conf = others_with_false = 0
    times = []
    for item in items:
        started = time.perf_counter()
        days = reader(item)
        times.append((time.perf_counter() - started) * 1000)
        false = len(days - item.expected)
        if item.confirmation:
            exact += days == item.expected
            false_conf += false
        else:
            false_other += false
            others_with_false += false > 0
    confirmations = sum(item.confirmation for item in items)
    return Result(
        exact=exact,
        confirmations=confirmations,
        false_on_other=false_other,
        false_on_confirmations=false_conf,
        others_with_false=others_with_false,
        others=len(items) - confirmations,
        times_ms=times,
    )


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def report(label: str, result: Result) -> None:
    share = 100 * result.exact / result.confirmations if result.confirmations else 0.0
    print(
        f"{label:<26} exact {result.exact:>3}/{result.confirmations:<3} ({share:5.1f}%)  "
        f"false days: {result.false_on_other:>3} on {result.others_with_false}/{result.others}"
        f" non-confirmations, {result.false_on_confirmations:>3} on confirmations  "
        f"mean {statistics.fmean(result.times_ms):7.3f} ms  p99 {p99(result.times_ms):7.3f} ms"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", choices=["auto", "corpus", "table"], default="auto")
    args = parser.parse_args(argv)
    source = args.source
    if source == "auto":
        source = "corpus" if (CORPUS / "labels.toml").exists() else "table"
    items = corpus_items() if source == "corpus" else table_items()
    print(f"{len(items)} items from the {source}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's own deprecation noise
        raw = run(make_raw_dateparser(), items)
    ours = run(read_project, items)
    report("rules.dates.extract_dates", ours)
    report("raw dateparser", raw)
    ratio = statistics.fmean(raw.times_ms) / statistics.fmean(ours.times_ms)
    print(f"speed ratio (raw mean / ours mean): {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
