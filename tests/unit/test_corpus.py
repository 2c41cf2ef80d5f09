"""The labelled corpus: every mail through parse_mail + decide_mail, compared with its label.

Two tests per mail. `test_billing_safety` is hard: no confirmation the label does not
have, and every labelled confirmation either found or handed to staff. `test_decision`
compares everything (categories, patient, confirmations, dates, forms, staff, bounces);
known misses are listed in KNOWN_MISSES as strict xfails naming the module at fault.
A summary of accuracy per category is printed at the end of the run.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from rules.decide import decide_mail
from rules.models import (
    Appointment,
    AppointmentStatus,
    Category,
    FormsPolicy,
    InboundMail,
    Insurance,
    Kind,
    MailContext,
    MailDecision,
    OutboxRef,
    Patient,
    Quarantine,
    Treatment,
)
from rules.parsing import parse_mail

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


@dataclass(frozen=True)
class Practice:
    address: str
    timezone: str
    forms: FormsPolicy
    patients: tuple[Patient, ...]
    appointments: tuple[Appointment, ...]
    outbox: tuple[OutboxRef, ...]

    def patient_by_address(self, address: str | None) -> Patient | None:
        if address is None:
            return None
        wanted = address.casefold()
        return next((p for p in self.patients if wanted in {e.casefold() for e in p.emails}), None)


def load_practice() -> Practice:
    data = tomllib.loads((CORPUS / "practice.toml").read_text(encoding="utf-8"))
    forms = data["forms"]
    return Practice(
        address=data["practice"]["address"],
        timezone=data["practice"]["timezone"],
        forms=FormsPolicy(
            new_patient=tuple(forms["new_patient"]),
            video_existing_patient=tuple(forms["video_existing_patient"]),
            keywords={k: tuple(v) for k, v in forms["keywords"].items()},
        ),
        patients=tuple(
            Patient(
                id=p["id"],
                name=p["name"],
                emails=tuple(p["emails"]),
                new_patient=p["new_patient"],
                insurance=Insurance(p["insurance"]),
            )
            for p in data["patients"]
        ),
        appointments=tuple(
            Appointment(
                id=a["id"],
                external_id=a["external_id"],
                patient_id=a["patient_id"],
                start=a["start"],
                end=a["end"],
                kind=Kind(a["kind"]),
                treatment=Treatment(a["treatment"]),
                status=AppointmentStatus(a["status"]),
                video_link=a["video_link"] or None,
                confirmed_at=a.get("confirmed_at"),
                confirmed_by_message_id="<earlier-confirmation@corpus>"
                if a.get("confirmed_at")
                else None,
            )
            for a in data["appointments"]
        ),
        outbox=tuple(
            OutboxRef(
                message_id=o["message_id"],
                kind=o["kind"],
                patient_id=o.get("patient_id"),
                appointment_id=o.get("appointment_id"),
            )
            for o in data["outbox"]
        ),
    )


def load_labels() -> list[dict[str, Any]]:
    return tomllib.loads((CORPUS / "labels.toml").read_text(encoding="utf-8"))["mail"]


PRACTICE = load_practice()
LABELS = load_labels()


def build_context(mail: InboundMail, label: dict[str, Any]) -> MailContext:
    """What the worker's shell would know about this mail's sender and thread."""
    patient = PRACTICE.patient_by_address(mail.sender)
    refs = {mail.in_reply_to, *mail.references, *mail.returned_message_ids} - {None}
    display = mail.sender_name.strip().casefold()
    return MailContext(
        practice_address=PRACTICE.address,
        patient=patient,
        appointments=tuple(
            a for a in PRACTICE.appointments if patient is not None and a.patient_id == patient.id
        ),
        thread=tuple(o for o in PRACTICE.outbox if o.message_id in refs),
        own_message_id=any(o.message_id == mail.message_id for o in PRACTICE.outbox),
        name_matches=tuple(
            p
            for p in PRACTICE.patients
            if display and p.name.casefold() == display and (patient is None or p.id != patient.id)
        ),
        forms=PRACTICE.forms,
        trusted_authserv_id=label.get("trusted_authserv_id", ""),
        # The corpus is about reading: without a trusted id its practice takes From as given.
        accept_unauthenticated=not label.get("trusted_authserv_id"),
        timezone=PRACTICE.timezone,
    )


def decide_file(label: dict[str, Any]) -> MailDecision:
    raw = (CORPUS / label["file"]).read_bytes()
    # The file time stands in for IMAP INTERNALDATE; every corpus mail has a Date header.
    received_at = datetime.fromisoformat("2026-12-31T12:00:00+01:00")
    parsed = parse_mail(raw, received_at=received_at)
    if isinstance(parsed, Quarantine):
        return decide_mail(parsed, build_context_for_quarantine(), now=received_at)
    return decide_mail(parsed, build_context(parsed, label), now=parsed.date + timedelta(minutes=5))


def build_context_for_quarantine() -> MailContext:
    return MailContext(practice_address=PRACTICE.address, patient=None, forms=PRACTICE.forms)


# --- comparing a decision with its label -------------------------------------------------


@dataclass
class Comparison:
    mismatches: dict[str, tuple[object, object]] = field(default_factory=dict)

    def check(self, what: str, expected: object, got: object) -> None:
        if expected != got:
            self.mismatches[what] = (expected, got)

    def __str__(self) -> str:
        return "; ".join(f"{k}: expected {e!r}, got {g!r}" for k, (e, g) in self.mismatches.items())


AUTOMATED_LABELS = {
    c.value for c in (Category.AUTO_REPLY, Category.BULK, Category.BOUNCE, Category.OWN_MAIL)
}


def compare(label: dict[str, Any], decision: MailDecision) -> Comparison:
    result = Comparison()
    labelled = set(label["categories"])
    decided = {c.value for c in decision.categories}
    if labelled & AUTOMATED_LABELS or decided & AUTOMATED_LABELS:
        result.check("categories", labelled, decided)
    else:
        # A human mail may carry more categories than the label names ("thanks" beside a
        # confirmation); the labelled ones must be there, and confirmation only if labelled.
        result.check("categories", labelled, labelled & decided)
        result.check("confirmation-intent", "confirmation" in labelled, "confirmation" in decided)
    result.check("patient", label["patient"] or None, decision.patient_id)
    result.check(
        "confirmed",
        sorted(label["confirmed"]),
        sorted(f.appointment_id for f in decision.confirmations),
    )
    result.check(
        "dates",
        sorted(label["dates"]),
        sorted({m.day.isoformat() for m in decision.dates}),
    )
    result.check("forms", list(label["forms"]), [f.form_key for f in decision.forms])
    result.check("needs_staff", label["needs_staff"], decision.needs_staff)
    if "bounced" in label:
        result.check("bounced", sorted(label["bounced"]), sorted(decision.bounced_addresses))
    return result


# Mails the current modules get wrong, by file: "module: what goes wrong". Strict xfails,
# so a fix shows up as XPASS and the entry must be removed.
KNOWN_MISSES: dict[str, str] = {}
BILLING_MISSES: dict[str, str] = {}


def params(misses: dict[str, str]) -> Iterator[Any]:
    for label in LABELS:
        marks = ()
        if label["file"] in misses:
            marks = (pytest.mark.xfail(strict=True, reason=misses[label["file"]]),)
        yield pytest.param(label, id=label["file"].removesuffix(".eml"), marks=marks)


RESULTS: dict[str, Comparison] = {}


@pytest.fixture(scope="session")
def corpus_summary(request: pytest.FixtureRequest) -> dict[str, Comparison]:
    request.config.pluginmanager.register(_SummaryPlugin(RESULTS), "corpus-summary")
    return RESULTS


class _SummaryPlugin:
    def __init__(self, results: dict[str, Comparison]) -> None:
        self.results = results

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        for line in summary_lines(self.results):
            terminalreporter.write_line(line)


def summary_lines(results: dict[str, Comparison]) -> list[str]:
    by_label = {label["file"]: label for label in LABELS}
    per_category: dict[str, list[bool]] = defaultdict(list)
    per_field: dict[str, int] = defaultdict(int)
    for file, comparison in results.items():
        for category in by_label[file]["categories"]:
            per_category[category].append(not comparison.mismatches)
        for what in comparison.mismatches:
            per_field[what] += 1
    total = len(results)
    right = sum(1 for c in results.values() if not c.mismatches)
    lines = [f"corpus: {right}/{total} mails decided exactly as labelled"]
    for category, outcomes in sorted(per_category.items()):
        lines.append(
            f"  {category:<13} {sum(outcomes):>3}/{len(outcomes):<3} "
            f"({100 * sum(outcomes) / len(outcomes):.0f} %)"
        )
    if per_field:
        lines.append(
            "  wrong fields: " + ", ".join(f"{k} {v}" for k, v in sorted(per_field.items()))
        )
    return lines


@pytest.mark.parametrize("label", list(params(BILLING_MISSES)))
def test_billing_safety(label: dict[str, Any]) -> None:
    decision = decide_file(label)
    recorded = {f.appointment_id for f in decision.confirmations}
    invented = recorded - set(label["confirmed"])
    assert not invented, f"confirmation recorded that the patient did not give: {invented}"
    missed = set(label["confirmed"]) - recorded
    assert not missed or decision.needs_staff, f"confirmation lost without staff: {missed}"
    if label["categories"][0] in AUTOMATED_LABELS or decision.is_automated:
        assert not decision.confirmations


@pytest.mark.parametrize("label", list(params(KNOWN_MISSES)))
def test_decision(label: dict[str, Any], corpus_summary: dict[str, Comparison]) -> None:
    comparison = compare(label, decide_file(label))
    corpus_summary[label["file"]] = comparison
    assert not comparison.mismatches, str(comparison)


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
