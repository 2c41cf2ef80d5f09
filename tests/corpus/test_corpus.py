"""The labelled corpus: every mail through parse_mail + decide_mail, compared with its label.

Two tests per mail. `test_billing_safety` is hard: no confirmation the label does not
have, and every labelled confirmation either found or handed to staff. `test_decision`
compares everything (categories, patient, confirmations, dates, forms, staff, bounces);
known misses are listed in KNOWN_MISSES as strict xfails naming the module at fault.
The mails are in tests/data/corpus (written by `python -m tools.corpus.make_corpus`); the
running and comparing is the harness shared with the blind sets (harness.py here), which
prints a summary of accuracy per category at the end of the run.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import pytest

from rules.models import AppointmentStatus, MailDecision
from tests.corpus.harness import (
    CORPUS,
    PRACTICE,
    LabelledSet,
    assert_nothing_invented,
    assert_nothing_lost_silently,
)

CORPUS_SET = LabelledSet("corpus")
LABELS = CORPUS_SET.labels


def decide_file(label: dict[str, Any]) -> MailDecision:
    return CORPUS_SET.decide(label)


# Mails the current modules get wrong, by file: "module: what goes wrong". Strict xfails,
# so a fix shows up as XPASS and the entry must be removed.
KNOWN_MISSES: dict[str, str] = {}
BILLING_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("label", CORPUS_SET.params(BILLING_MISSES))
def test_billing_safety(label: dict[str, Any]) -> None:
    decision = decide_file(label)
    assert_nothing_invented(decision, label)
    assert_nothing_lost_silently(decision, label)


@pytest.mark.parametrize("label", CORPUS_SET.params(KNOWN_MISSES))
def test_decision(label: dict[str, Any], request: pytest.FixtureRequest) -> None:
    CORPUS_SET.record(request, label)


def test_corpus_is_big_and_varied() -> None:
    counts: dict[str, int] = defaultdict(int)
    for label in LABELS:
        for category in label["categories"]:
            counts[category] += 1
    assert len(LABELS) >= 150
    assert counts["confirmation"] >= 60
    for category in ("forms", "question", "cancellation", "reschedule", "technical",
                     "auto_reply", "bounce", "bulk", "own_mail"):  # fmt: skip
        assert counts[category] >= 2, category
    assert all((CORPUS / label["file"]).is_file() for label in LABELS)


def test_labels_agree_with_practice() -> None:
    by_id = {a.id: a for a in PRACTICE.appointments}
    for label in LABELS:
        for appointment_id in label["confirmed"]:
            appointment = by_id[appointment_id]
            assert appointment.patient_id == label["patient"], label["file"]
            assert appointment.confirmed_at is None, label["file"]
            assert appointment.status is AppointmentStatus.SCHEDULED, label["file"]
        for day in label["dates"]:
            assert date.fromisoformat(day).year == 2026, label["file"]
