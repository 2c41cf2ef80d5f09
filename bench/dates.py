"""Date reading: rules.dates.extract_dates against raw dateparser.search.search_dates.

Run from the repository root: `.venv/bin/python bench/dates.py [--source corpus|table]`.

Items: the labelled mail corpus in tests/data/corpus (labels.toml + .eml files; each mail
is parsed with rules.parsing.parse_mail, outside the timing, and both readers get the same
`own_text` and mail date), one of the blind sets tests/data/blind_* (`--source blind_g`),
all of them (`--source all`), or the date table of tests/unit/test_dates.py
(`--source table`). Both readers run over the same items in this one process, after
a warm-up pass, and for each it prints: items with exactly the right set of days (%) on
confirmations, false days on the other items, mean and p99 time per item, and the ratio.

"Exact" compares the set of days returned (ambiguous ones included, as the matcher sees
them) with the labelled days. A false day is a returned day the label does not list.
"""

from __future__ import annotations

import argparse
import email.policy
import statistics
import sys
import time
import tomllib
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rules.dates import extract_dates  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
AUTOMATED = {"auto_reply", "bulk", "bounce", "own_mail"}
PRACTICE_ZONE = "Europe/Berlin"


@dataclass(frozen=True, slots=True)
class Item:
    name: str
    text: str
    mail_date: datetime
    expected: frozenset[date]
    confirmation: bool
    automated: bool = False  # stopped before date reading in the project (decide_mail)


def corpus_items(folder: Path = CORPUS) -> list[Item]:
    from rules.models import Quarantine
    from rules.parsing import parse_mail

    labels = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    items = []
    for label in labels["mail"]:
        raw = (folder / label["file"]).read_bytes()
        # received (IMAP INTERNALDATE) at Date + 5 minutes, as tests/data/corpus/README.md says
        mail = parse_mail(raw, received_at=_received_at(raw))
        if isinstance(mail, Quarantine):
            continue
        items.append(
            Item(
                name=f"{folder.name}/{label['file']}",
                text=mail.own_text,
                mail_date=mail.date,
                expected=frozenset(date.fromisoformat(d) for d in label.get("dates", [])),
                confirmation=bool(label.get("confirmation")),
                automated=bool(AUTOMATED & set(label.get("categories", []))),
            )
        )
    return items


def _received_at(raw: bytes) -> datetime:
    headers = BytesHeaderParser(policy=email.policy.default).parsebytes(raw)
    try:
        sent = parsedate_to_datetime(str(headers["date"]))
    except (TypeError, ValueError, IndexError):
        return datetime.now(UTC)  # garbage Date: any later time will do
    if sent.tzinfo is None:
        sent = sent.replace(tzinfo=UTC)
    return sent + timedelta(minutes=5)


def table_items() -> list[Item]:
    sys.path.insert(0, str(ROOT / "tests" / "unit"))
    from test_dates import DATE_CASES

    items = []
    for param in DATE_CASES:
        text, mail_date, expected = param.values  # type: ignore[attr-defined]
        days = frozenset(date.fromisoformat(d.rstrip("?")) for d in expected)
        items.append(Item(param.id, text, mail_date, days, confirmation=bool(days)))  # type: ignore[attr-defined]
    return items


Reading = tuple[frozenset[date], frozenset[date]]  # all days returned, the ambiguous ones


def read_project(item: Item) -> Reading:
    mentions = extract_dates(item.text, mail_date=item.mail_date)
    return (
        frozenset(m.day for m in mentions),
        frozenset(m.day for m in mentions if m.ambiguous),
    )


def make_raw_dateparser() -> Callable[[Item], Reading]:
    from dateparser.search import search_dates

    zone = ZoneInfo(PRACTICE_ZONE)

    def read_raw(item: Item) -> Reading:
        base = item.mail_date.astimezone(zone).replace(tzinfo=None)
        settings = {
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": base,
            "TIMEZONE": PRACTICE_ZONE,
        }
        found = search_dates(item.text, languages=["de", "en"], settings=settings) or []
        return frozenset(moment.date() for _, moment in found), frozenset()

    return read_raw


@dataclass(slots=True)
class Result:
    confirmations: int = 0
    exact: int = 0  # confirmations whose set of days is exactly the labelled one
    exact_certain: int = 0  # ... and none of them ambiguous (what can be auto-confirmed)
    false_on_confirmations: int = 0
    others: int = 0
    false_on_human: int = 0  # non-confirmation mails a person wrote
    false_on_human_ambiguous: int = 0
    human_with_false: int = 0
    humans: int = 0
    false_on_automated: int = 0  # auto-replies, bounces, lists, own mail: decide_mail stops first
    times_ms: list[float] = field(default_factory=list)


def run(reader: Callable[[Item], Reading], items: Sequence[Item]) -> Result:
    for item in items:  # warm-up: imports, caches, compiled data
        reader(item)
    result = Result()
    for item in items:
        started = time.perf_counter()
        days, ambiguous = reader(item)
        result.times_ms.append((time.perf_counter() - started) * 1000)
        false = days - item.expected
        if item.confirmation:
            result.confirmations += 1
            result.exact += days == item.expected
            result.exact_certain += days == item.expected and not ambiguous
            result.false_on_confirmations += len(false)
        elif item.automated:
            result.others += 1
            result.false_on_automated += len(false)
        else:
            result.others += 1
            result.humans += 1
            result.false_on_human += len(false)
            result.false_on_human_ambiguous += len(false & ambiguous)
            result.human_with_false += bool(false)
    return result


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def report(label: str, r: Result) -> None:
    share = 100 * r.exact / r.confirmations if r.confirmations else 0.0
    print(f"{label}")
    print(
        f"  confirmations exact: {r.exact}/{r.confirmations} ({share:.1f}%), "
        f"of them with no ambiguous day: {r.exact_certain}; "
        f"false days on confirmations: {r.false_on_confirmations}"
    )
    print(
        f"  false days on {r.humans} human non-confirmations: {r.false_on_human} "
        f"({r.false_on_human_ambiguous} marked ambiguous) in {r.human_with_false} mails; "
        f"on {r.others - r.humans} automated mails: {r.false_on_automated}"
    )
    print(
        f"  time per item: mean {statistics.fmean(r.times_ms):.3f} ms, p99 {p99(r.times_ms):.3f} ms"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    blind = sorted(p.name for p in CORPUS.parent.glob("blind_*") if (p / "labels.toml").exists())
    parser.add_argument(
        "--source", choices=["auto", "corpus", "table", "all", *blind], default="auto"
    )
    args = parser.parse_args(argv)
    source = args.source
    if source == "auto":
        source = "corpus" if (CORPUS / "labels.toml").exists() else "table"
    if source == "table":
        items = table_items()
    elif source == "all":
        items = [i for name in ("corpus", *blind) for i in corpus_items(CORPUS.parent / name)]
    else:
        items = corpus_items(CORPUS.parent / source)
    print(f"{len(items)} items from the {source}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's own deprecation noise
        raw = run(make_raw_dateparser(), items)
    ours = run(read_project, items)
    report("rules.dates.extract_dates", ours)
    report("raw dateparser.search.search_dates (de, en; DMY; past; RELATIVE_BASE)", raw)
    ratio = statistics.fmean(raw.times_ms) / statistics.fmean(ours.times_ms)
    print(f"speed ratio (raw mean / ours mean): {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
