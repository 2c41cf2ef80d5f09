"""The blind sets' figures, as docs/reading.md reports them: per set, how many of its
confirmations were recorded exactly, how many confirmations were recorded falsely (a
billing bug), how many were lost silently, and how many mails were decided exactly.

    .venv/bin/python -m tests.corpus.figures            # every set, and all of them together
    .venv/bin/python -m tests.corpus.figures hq ht -v   # two sets, with every miss

"Confirmations exact": mails with at least one labelled confirmation whose recorded
appointments are exactly the labelled ones. "False": a mail with a confirmation recorded
that the label does not have. "Silent": a labelled confirmation neither recorded nor sent
to staff. "Mails exact": every labelled field agrees (tests/corpus/harness.compare). A first
run is these figures at the last commit before anything changed for the set.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass, field

from tests.corpus.harness import DATA, LabelledSet, compare


@dataclass
class SetFigures:
    name: str
    confirmations: int = 0
    exact: int = 0
    false: int = 0
    silent: int = 0
    mails: int = 0
    mails_exact: int = 0
    misses: list[str] = field(default_factory=list)  # one line per mail not decided exactly

    def line(self) -> str:
        return (
            f"{self.name}: {self.exact}/{self.confirmations} exact, false {self.false}, "
            f"silent {self.silent}, mails exact {self.mails_exact}/{self.mails}"
        )


def set_names() -> list[str]:
    """Every blind set in tests/data, in name order."""
    return sorted(p.name for p in DATA.glob("blind_*") if (p / "labels.toml").is_file())


def figures(name: str) -> SetFigures:
    """Decide every mail of the set `name` ("blind_hq") as the worker would, as the set's
    test module sets it up (its received_at)."""
    labelled: LabelledSet = importlib.import_module(f"tests.corpus.test_{name}").BLIND
    result = SetFigures(name)
    for label in labelled.labels:
        decision = labelled.decide(label)
        recorded = {f.appointment_id for f in decision.confirmations}
        wanted = set(label["confirmed"])
        invented = sorted(recorded - wanted)
        silent = bool(wanted - recorded) and not decision.needs_staff
        comparison = compare(label, decision)
        result.mails += 1
        result.mails_exact += not comparison.mismatches
        result.confirmations += bool(wanted)
        result.exact += bool(wanted) and recorded == wanted
        result.false += bool(invented)
        result.silent += silent
        if comparison.mismatches:
            tag = "FALSE " if invented else "SILENT " if silent else ""
            result.misses.append(f"  {tag}{label['file']}: {comparison}")
    return result


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    wanted = {f"blind_{a.lower()}" for a in argv if a != "-v"}
    names = [n for n in set_names() if not wanted or n in wanted]
    total = SetFigures("ALL")
    for name in names:
        found = figures(name)
        print(found.line())
        if verbose:
            print("\n".join(found.misses))
        total.confirmations += found.confirmations
        total.exact += found.exact
        total.false += found.false
        total.silent += found.silent
        total.mails += found.mails
        total.mails_exact += found.mails_exact
    if len(names) > 1 and total.confirmations:
        share = 100 * total.exact / total.confirmations
        print(f"{total.line()} ({share:.1f} % of confirmations exact, {len(names)} sets)")


if __name__ == "__main__":
    main(sys.argv[1:])
