"""Blind corpus AB: the messy end of a quarter, 36 confirmations and 15 look-alikes.

The mails in tests/data/blind_ab/ (made by `python -m tools.corpus.blind_ab`, written without
reading the rules, the canonical table or the earlier blind sets' mails): patients and their
families clearing their backlog before the practice bills, at the end of March, June,
September and December. Catch-up mails naming many days in every written form (a list with
the month once, "04/03", US "8/17", month headings, "vom 23. März bis zum 8. April", "KW 37",
"Mi 6.5.", days without a month under our request, dotless "27 5", "2026-10-06"); mothers,
a daughter, a wife and a legal carer writing from the patient's address; formal letters with
letterheads and disclaimers; in some mails one day among the confirmed ones that did not
take place (eye doctor, hospital, fever), was cancelled, is still to come or is unsure
(a broken phone, an airport, a holiday), and a day held that our calendar has cancelled.
Look-alikes: future days listed or "confirmed" ahead, "which days are still open?", a
husband's own treatment elsewhere, an invoice and a prescription query listing days, a
no-show told afterwards, a hospital stay, a complaint, a request for a list of sessions.

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

BLIND = LabelledSet("blind_ab", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Every other mail not decided as labelled (the two lists above included); filled by the
# lead after the first run.
KNOWN_MISSES: dict[str, str] = {**BILLING_BUGS, **LOST_SILENTLY}

(
    test_no_invented_confirmation,
    test_no_confirmation_lost_silently,
    test_decision,
    test_billing_bugs_are_declared_as_such,
) = blind_tests(
    BLIND,
    billing_bugs=BILLING_BUGS,
    lost_silently=LOST_SILENTLY,
    known_misses=KNOWN_MISSES,
)


def test_blind_set_is_an_ordinary_inbox() -> None:
    by_id = {a.id: a for a in PRACTICE.appointments}
    registered = {address for p in PRACTICE.patients for address in p.emails}
    assert len(LABELS) == 51
    assert sum("confirmation" in label["categories"] for label in LABELS) == 36
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
