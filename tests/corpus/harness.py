"""The one harness of the labelled mail sets: the corpus and the blind sets (tests/data).

Every set is a folder of .eml files with a labels.toml (format: tests/data/corpus/README.md),
written by its generator in tools/corpus. Each mail runs through parse_mail + decide_mail
against the corpus's practice (tests/data/corpus/practice.toml) with the context the
worker's shell would build, at the mail's Date + 5 minutes, and is compared with its label.
A set's test module (test_corpus.py, test_blind_*.py here) declares its known misses as
strict xfails; this module holds everything they share, and prints per set a summary of
accuracy per category at the end of the run.
"""

from __future__ import annotations

import functools
import tomllib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
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

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "corpus"
# The file time stands in for IMAP INTERNALDATE (every labelled mail has a Date header).
RECEIVED_AT = datetime.fromisoformat("2026-12-31T12:00:00+01:00")
AUTOMATED_LABELS = frozenset(
    c.value for c in (Category.AUTO_REPLY, Category.BULK, Category.BOUNCE, Category.OWN_MAIL)
)


# --- the practice every set is labelled against -------------------------------------------


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


PRACTICE = load_practice()


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
        # The sets are about reading: without a trusted id their practice takes From as given.
        accept_unauthenticated=not label.get("trusted_authserv_id"),
        timezone=PRACTICE.timezone,
    )


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


# --- one labelled set --------------------------------------------------------------------


@dataclass
class LabelledSet:
    name: str  # the folder below tests/data
    received_at: datetime = RECEIVED_AT  # IMAP INTERNALDATE (mails are judged at Date + 5')
    results: dict[str, Comparison] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return DATA / self.name

    @functools.cached_property
    def labels(self) -> list[dict[str, Any]]:
        data = tomllib.loads((self.folder / "labels.toml").read_text("utf-8"))
        labels: list[dict[str, Any]] = data["mail"]
        return labels

    def decide(self, label: dict[str, Any]) -> MailDecision:
        raw = (self.folder / label["file"]).read_bytes()
        parsed = parse_mail(raw, received_at=self.received_at)
        if isinstance(parsed, Quarantine):
            return decide_mail(parsed, build_context_for_quarantine(), now=self.received_at)
        context = build_context(parsed, label)
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
        comparison = compare(label, self.decide(label))
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
            f"  {category:<13} {sum(outcomes):>3}/{len(outcomes):<3} "
            f"({100 * sum(outcomes) / len(outcomes):.0f} %)"
            for category, outcomes in sorted(per_category.items())
        ]
        if per_field:
            lines.append(
                "  wrong fields: " + ", ".join(f"{k} {v}" for k, v in sorted(per_field.items()))
            )
        return lines


class _Summary:
    def __init__(self, labelled: LabelledSet) -> None:
        self.labelled = labelled

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.labelled.results:
            for line in self.labelled.summary_lines():
                terminalreporter.write_line(line)


def blind_tests(
    blind: LabelledSet,
    *,
    billing_bugs: dict[str, str],
    lost_silently: dict[str, str],
    known_misses: dict[str, str],
) -> tuple[Callable[..., None], ...]:
    """The four tests every blind set runs, its xfails given (assign them to the module's
    test_* names so pytest collects them):

    - no invented confirmation (hard: only BILLING_BUGS may xfail, each saying so);
    - no confirmation lost silently (only LOST_SILENTLY may xfail);
    - every mail decided as labelled (KNOWN_MISSES, which includes both lists);
    - every billing-bug xfail declared as such.
    """

    @pytest.mark.parametrize("label", blind.params(billing_bugs))
    def test_no_invented_confirmation(label: dict[str, Any]) -> None:
        assert_nothing_invented(blind.decide(label), label)

    @pytest.mark.parametrize("label", blind.params(lost_silently))
    def test_no_confirmation_lost_silently(label: dict[str, Any]) -> None:
        assert_nothing_lost_silently(blind.decide(label), label)

    @pytest.mark.parametrize("label", blind.params(known_misses))
    def test_decision(label: dict[str, Any], request: pytest.FixtureRequest) -> None:
        blind.record(request, label)

    def test_billing_bugs_are_declared_as_such() -> None:
        """A recorded confirmation is never hidden among ordinary misses."""
        assert all(reason.startswith("BILLING BUG") for reason in billing_bugs.values())

    return (
        test_no_invented_confirmation,
        test_no_confirmation_lost_silently,
        test_decision,
        test_billing_bugs_are_declared_as_such,
    )


def assert_ordinary_inbox(
    blind: LabelledSet, *, mails: int, confirmations: int, known_misses: dict[str, str]
) -> None:
    """A blind set's shape: its counts, every mail from a registered address and for a
    patient, its xfails naming its own mails, and every labelled confirmation one the
    practice may record (the patient's own, scheduled, not yet confirmed)."""
    labels = blind.labels
    by_id = {a.id: a for a in PRACTICE.appointments}
    registered = {address for p in PRACTICE.patients for address in p.emails}
    assert len(labels) == mails
    assert sum("confirmation" in label["categories"] for label in labels) == confirmations
    assert set(known_misses) <= {label["file"] for label in labels}
    for label in labels:
        raw = (blind.folder / label["file"]).read_bytes()
        assert any(address.encode() in raw for address in registered), label["file"]
        assert label["patient"] != 0, label["file"]
        for appointment_id in label["confirmed"]:
            appointment = by_id[appointment_id]
            assert appointment.patient_id == label["patient"], label["file"]
            assert appointment.confirmed_at is None, label["file"]
            assert appointment.status is AppointmentStatus.SCHEDULED, label["file"]
