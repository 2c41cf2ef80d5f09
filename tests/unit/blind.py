"""Running a blind corpus (tests/data/blind_*): mail written without reading the rules.

Each set runs through parse_mail + decide_mail with the labelled corpus's practice and
context (tests/unit/test_corpus.py), like the worker would. The test modules declare
their known misses as strict xfails; this module holds what they share.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import tests.unit.test_corpus as corpus_run
from rules.decide import decide_mail
from rules.models import MailDecision, Quarantine
from rules.parsing import parse_mail

DATA = Path(__file__).resolve().parents[1] / "data"
AUTOMATED_LABELS = frozenset({"auto_reply", "bulk", "bounce", "own_mail"})


@dataclass
class BlindSet:
    name: str  # the folder below tests/data
    received_at: datetime  # stands in for IMAP INTERNALDATE (mails are judged at Date + 5')
    results: dict[str, corpus_run.Comparison] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return DATA / self.name

    @property
    def labels(self) -> list[dict[str, Any]]:
        data = tomllib.loads((self.folder / "labels.toml").read_text("utf-8"))
        labels: list[dict[str, Any]] = data["mail"]
        return labels

    def decide(self, label: dict[str, Any]) -> MailDecision:
        raw = (self.folder / label["file"]).read_bytes()
        parsed = parse_mail(raw, received_at=self.received_at)
        if isinstance(parsed, Quarantine):
            context = corpus_run.build_context_for_quarantine()
            return decide_mail(parsed, context, now=self.received_at)
        context = corpus_run.build_context(parsed, label)
        return decide_mail(parsed, context, now=parsed.date + timedelta(minutes=5))

    def params(self, misses: dict[str, str]) -> list[Any]:
        """One pytest param per mail; the files in `misses` as strict xfails."""
        return [
            pytest.param(
                label,
                id=label["file"].removesuffix(".eml"),
                marks=(pytest.mark.xfail(strict=True, reason=misses[label["file"]]),)
                if label["file"] in misses
                else (),
            )
            for label in self.labels
        ]

    def record(self, request: pytest.FixtureRequest, label: dict[str, Any]) -> None:
        """Compare one decision with its label (kept for the end-of-run summary)."""
        manager = request.config.pluginmanager
        plugin_name = f"{self.name}-summary"
        if not manager.has_plugin(plugin_name):
            manager.register(_Summary(self), plugin_name)
        comparison = corpus_run.compare(label, self.decide(label))
        self.results[label["file"]] = comparison
        assert not comparison.mismatches, str(comparison)

    def summary_lines(self) -> list[str]:
        by_file = {label["file"]: label for label in self.labels}
        per_category: dict[str, list[bool]] = defaultdict(list)
        per_field: dict[str, int] = defaultdict(int)
        for file, comparison in self.results.items():
            for category in by_file[file]["categories"]:
                per_category[category].append(not comparison.mismatches)
            for what in comparison.mismatches:
                per_field[what] += 1
        right = sum(1 for c in self.results.values() if not c.mismatches)
        lines = [f"{self.name}: {right}/{len(self.results)} mails decided exactly as labelled"]
        lines += [
            f"  {category:<13} {sum(outcomes):>3}/{len(outcomes)}"
            for category, outcomes in sorted(per_category.items())
        ]
        if per_field:
            lines.append(
                "  wrong fields: " + ", ".join(f"{k} {v}" for k, v in sorted(per_field.items()))
            )
        return lines


class _Summary:
    def __init__(self, blind: BlindSet) -> None:
        self.blind = blind

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.blind.results:
            for line in self.blind.summary_lines():
                terminalreporter.write_line(line)


def assert_nothing_invented(decision: MailDecision, label: dict[str, Any]) -> None:
    """The worst bug: a confirmation recorded that the label does not have."""
    invented = {f.appointment_id for f in decision.confirmations} - set(label["confirmed"])
    assert not invented, f"BILLING BUG: confirmation recorded that was not given: {invented}"
    if label["categories"][0] in AUTOMATED_LABELS or decision.is_automated:
        assert not decision.confirmations


def assert_nothing_lost_silently(decision: MailDecision, label: dict[str, Any]) -> None:
    """A confirmation the patient gave is recorded, or at least reaches staff."""
    missed = set(label["confirmed"]) - {f.appointment_id for f in decision.confirmations}
    assert not missed or decision.needs_staff, f"confirmation lost without staff: {missed}"
