"""Blind corpus AI: partial confirmations, a hard set for billing safety (52 mails).

The mails in tests/data/blind_ai/ (made by `python -m tools.corpus.blind_ai`, written without
reading the rules, the canonical table or the earlier blind sets' mails), from all 24
patients. Most name two to five sessions and at least one of them did NOT take place as
booked: the patient was ill, nobody called, the video room stayed empty, the call broke off
after a few minutes, the patient had cancelled by phone, a substitute only asked briefly how
things were, the patient is not sure about one of them. Said in a sentence of its own, in a
list ("24.2 ja / 3.3 nein / 10.3 ja", check marks), in a subordinate clause ("nachdem die
Woche davor ... nicht stattfinden konnte"), only by a hint ("bis auf den einen Donnerstag"),
in English and in Turkish-, Romanian- and Russian-German learner's German; two sessions on
one day of which one took place; dates as 17.02.2026, "30. März", "2026-07-03", "der
einunddreißigste", "KW 41", "Dienstag nach Pfingsten", "heute vor einer Woche", "8/31",
"vom 8. bis 22. April ... außer am 15."; a wife and a mother writing for the patient.
37 mails confirm at least one day clearly (the clear days are confirmed, doubtful days are
not, and the mail goes to staff whenever anything was denied or unclear); 15 look-alikes
confirm nothing ("bis auf den einen Mittwoch" when every session is a Wednesday, a no
under our request, an empty room, a substitute's check-in, a patient in doubt).

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

BLIND = LabelledSet("blind_ai", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Every other difference from the label (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {}


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
    assert len(LABELS) == 52
    assert sum("confirmation" in label["categories"] for label in LABELS) == 37
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
