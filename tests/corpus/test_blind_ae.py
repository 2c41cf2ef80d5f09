"""Blind corpus AE: second thoughts and corrections, 35 confirmations and 15 look-alikes.

The mails in tests/data/blind_ae/ (made by `python -m tools.corpus.blind_ae`, written without
reading the rules, the canonical table or the earlier blind sets' mails), a hard set about
patients who change their mind while writing: a day corrected inside one sentence ("am 9.2.,
nein, Quatsch, am 10.2."; "nicht am 12.3. sondern am 11.3."; a subject's wrong day put right in
the body; a month slip across the month end), a second mail that corrects or completes an
earlier one ("Nachtrag:", "sorry, falsches Datum", a retraction "bitte nicht abrechnen"), one
day confirmed beside a day denied, missed or cancelled, several requests answered at once
("ja zu allen außer dem 17."), "ob" sentences ("ob es der 7. oder der 9. war" beside "ob der
Termin überhaupt stattgefunden hat"), the patient's own earlier confirmation quoted below the
new one, and elliptic follow-ups ("Der Donnerstag davor ebenfalls.", "Letzten Mittwoch
ebenfalls." with nothing before it). Where the correction leaves the day clear it is
confirmed; where it leaves it open, or a day fits no appointment, staff must look. German
first, English, learners' German, ALL CAPS, every mail program, forwarded and bottom-posted.

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

BLIND = LabelledSet("blind_ae", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Every mail not decided exactly as labelled (the two lists above included).
KNOWN_MISSES: dict[str, str] = {
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
    assert sum(bool(label["confirmed"]) for label in LABELS) == 35
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
            assert appointment.start.date().isoformat() in label["dates"], label["file"]
