"""Blind corpus X: an ordinary inbox in late autumn and at the year end, 35 confirmations
and 15 look-alikes.

The mails in tests/data/blind_x/ (made by `python -m tools.corpus.blind_x`, written without
reading the rules, the canonical table or the earlier blind sets' mails) answer the practice
snapshot's last months (September to November; it has no December appointments) and arrive
from September to the days between Christmas and New Year: short yeses under our request
("Jo, Do 22.10 war gut", "1.10. stattgefunden.", ALL CAPS), full sentences from office
programs with disclaimers, phones with their footers; patients catching up on two, three or
four sessions before the year closes ("07., 14. und 21. Oktober", "24.07., 31.07. und
07.08.2026", "Aug 31 and Sept 7", "12.03 19.03 und 26.03"), one forwarding our request back;
confirmations with a second small matter (holiday greetings, the next prescription, the
co-payment, a new invoice address); partial confirmations (a session broken off, a day that
fits no appointment, a forgotten date); a wife and a daughter writing; English and learner's
German; and 15 look-alikes (greetings only, a reminder acknowledged, a session missed through
flu, nobody joined the call, invoice and prescription questions, a future day, an
out-of-office reply).

`test_no_invented_confirmation` is hard: a confirmation the label does not have is a
BILLING BUG and may only be xfailed through BILLING_BUGS, whose reasons say so.
"""

from __future__ import annotations

from datetime import datetime

from rules.models import AppointmentStatus
from tests.corpus.harness import (
    PRACTICE,
    LabelledSet,
    blind_tests,
)

BLIND = LabelledSet("blind_x", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails not decided as labelled (includes both lists above); filled after the first run.
KNOWN_MISSES: dict[str, str] = {
    "x24_vogel_abrechnung.eml": (
        "now: categories: expected {'other', 'confirmation'}, got {'confirmation'}; "
        "needs_staff: expected True, got False"
    ),
    "y03_nowak_grippe.eml": ("now: categories: expected {'other'}, got set()"),
    "y07_lehmann_rezept.eml": ("now: dates: expected [], got ['2026-10-13']"),
    "y11_jansen_bogen.eml": ("now: dates: expected [], got ['2026-10-15']"),
    "y12_nowak_niemand.eml": ("now: categories: expected {'technical'}, got set()"),
    **BILLING_BUGS,
    **LOST_SILENTLY,
}

(
    test_no_invented_confirmation,
    test_no_confirmation_lost_silently,
    test_decision,
    test_billing_bugs_are_declared_as_such,
) = blind_tests(
    BLIND, billing_bugs=BILLING_BUGS, lost_silently=LOST_SILENTLY, known_misses=KNOWN_MISSES
)


def test_blind_set_is_an_ordinary_inbox() -> None:
    by_id = {a.id: a for a in PRACTICE.appointments}
    registered = {address for p in PRACTICE.patients for address in p.emails}
    assert len(LABELS) == 50
    assert sum("confirmation" in label["categories"] for label in LABELS) == 35
    assert set(KNOWN_MISSES) <= {label["file"] for label in LABELS}
    for label in LABELS:
        raw = (BLIND.folder / label["file"]).read_bytes()
        assert any(address.encode() in raw for address in registered), label["file"]
        assert label["patient"] != 0, label["file"]
        for appointment_id in label["confirmed"]:
            appointment = by_id[appointment_id]
            assert appointment.patient_id == label["patient"], label["file"]
            assert appointment.confirmed_at is None, label["file"]
            assert appointment.status is AppointmentStatus.SCHEDULED, label["file"]
