"""Blind corpus G: confirmations as real patients write them (issue 17), run like the corpus.

The 60 mails in tests/data/blind_g/ (made by `python -m tools.corpus.blind_g`, written without reading
the rules or the corpus mails) all mean to confirm: the practice's own sentence "Ich
bestätige den Erhalt der Leistung am 8.4." and its variants (word order, plural, perfect,
participle only, English, a year typo in a reply); every form of date (calendar weeks in
both word orders and across New Year, holiday names, ordinal words and suffixes, "8 4"
and "2 9" without dots, a day without month, Roman months, "Dienstag vor einer Woche",
"heute vor einer Woche", a list and ranges with the month once, "Montag bis Mittwoch", US
"8/10" from an English writer, last year's number in January); ALL CAPS; "war da",
"hiermit nachgeholt", a lone 👍🏼 under our request; one day confirmed and another denied;
and three a careful employee cannot record alone (Ostermontag and Reformationstag without
an appointment, two appointments on the named day). g55-g60 were added later (round two:
"2810"/"0403" without dots, "Montag in der Karwoche", mails just after both DST switches).

`test_no_invented_confirmation` is hard: a confirmation the label does not have is a
BILLING BUG and may only be xfailed through BILLING_BUGS, whose reasons say so.
First-run figures and the failure patterns are in docs/reading.md.
"""

from __future__ import annotations

from datetime import datetime

from rules.models import AppointmentStatus
from tests.corpus.harness import (
    PRACTICE,
    LabelledSet,
    blind_tests,
)

BLIND = LabelledSet("blind_g", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}


# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    **BILLING_BUGS,
    **LOST_SILENTLY,
    "g53_ja_nein_terse.eml": (
        "'22.9. ja, 29.9. nein' is not read as a confirmation at all; nothing recorded, staff"
    ),
}


(
    test_no_invented_confirmation,
    test_no_confirmation_lost_silently,
    test_decision,
    test_billing_bugs_are_declared_as_such,
) = blind_tests(
    BLIND, billing_bugs=BILLING_BUGS, lost_silently=LOST_SILENTLY, known_misses=KNOWN_MISSES
)


def test_silent_losses_are_declared_as_such() -> None:
    assert all(reason.startswith("SILENT LOSS") for reason in LOST_SILENTLY.values())


def test_blind_set_is_confirmations_only() -> None:
    by_id = {a.id: a for a in PRACTICE.appointments}
    registered = {address for p in PRACTICE.patients for address in p.emails}
    assert len(LABELS) == 60
    assert all("confirmation" in label["categories"] for label in LABELS)
    assert sum(bool(label["confirmed"]) for label in LABELS) == 57
    assert set(KNOWN_MISSES) <= {label["file"] for label in LABELS}
    for label in LABELS:
        raw = (BLIND.folder / label["file"]).read_bytes()
        assert any(address.encode() in raw for address in registered), label["file"]
        assert label["patient"] != 0, label["file"]
        assert label["needs_staff"] or label["confirmed"], label["file"]
        for appointment_id in label["confirmed"]:
            appointment = by_id[appointment_id]
            assert appointment.patient_id == label["patient"], label["file"]
            assert appointment.confirmed_at is None, label["file"]
            assert appointment.status is AppointmentStatus.SCHEDULED, label["file"]
