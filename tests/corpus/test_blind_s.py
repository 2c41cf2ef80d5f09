"""Blind corpus S: an ordinary inbox, a year of patient mail, 28 confirmations and 12 others.

The mails in tests/data/blind_s/ (made by `python -m tools.corpus.blind_s`, written without
reading the rules, the canonical table or the earlier blind sets' mails), January to
December 2026, in the mix a practice really gets: mostly plain confirmations as people write
them (a bare "Bestätigt." or "Hat stattgefunden." under our request, "hat heute
stattgefunden", "Jo, hat geklappt", a whole month listed in a new mail as "05.02., 09.02.
... und 19.02.2026", "am 3., 10. und 24. Februar", "am Dienstag und gestern", "14/04",
"August 10, 17, 24 and 31", "am 10. und 17." without a month, a request forwarded from the
work address, one in capitals), five of them with something for staff (a day cancelled by
phone beside the days confirmed, a typo day that fits no appointment, a question or a
reschedule beside the confirmation); and 12 others: two sets of new-patient forms, two
questions, two cancellations, a reschedule, sound failing during a session and a code not
accepted, "nobody called" under our request, "see you tomorrow" under a reminder and an
out-of-office reply. German first, some English and learner's German, every mail program,
top- and bottom-posted.

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

BLIND = LabelledSet("blind_s", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Every mail not decided exactly as labelled (includes the two lists above); the lead fills
# this after the first run.
KNOWN_MISSES: dict[str, str] = {
    "s19_richter_ipad.eml": ("first run at 7b8e958: categories: expected {'question'}, got set()"),
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
    assert len(LABELS) == 40
    assert sum("confirmation" in label["categories"] for label in LABELS) == 28
    assert sum(label["needs_staff"] for label in LABELS) == 13
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
