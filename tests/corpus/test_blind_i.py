"""Blind corpus I: one ordinary inbox, 45 confirmations and 25 look-alikes, run like the corpus.

The mails in tests/data/blind_i/ (made by `python -m tools.corpus.blind_i`, written without reading the
rules, the canonical table or the earlier blind sets' mails): replies to our request in the
quoting styles of Outlook, Gmail, iPhone, Samsung, web.de, GMX, T-Online and Yahoo, top- and
bottom-posted, dialect, capitals, typos, English, several appointments per mail, a form
attached; and 25 mails a careless reader takes for a confirmation (questions, cancellations,
complaints, a relative's or another provider's treatment, invoices, links, future
appointments, doubts, forms).

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

BLIND = LabelledSet("blind_i", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

_DATE_NOT_TREATMENT = "a day named in an invoice line, a doubt ('ob das gestern zählt') or a complaint is reported as a treatment day; nothing recorded, staff"
_CAT = "category differs (technical/other/question not recognised); staff, nothing recorded"
_NOACTION = (
    "a mail that needs no action (link received, a future appointment acknowledged) goes to staff"
)

# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    **BILLING_BUGS,
    **LOST_SILENTLY,
    "c21_gisela_long.eml": "'besser als letzte Woche' and 'erst jetzt' yield extra treatment days (6.7., 12.7.); confirmed, but staff",
    "n06_invoice.eml": _DATE_NOT_TREATMENT,
    "n09_doubt.eml": _DATE_NOT_TREATMENT,
    "n16_complaint_late.eml": _DATE_NOT_TREATMENT,
    "n12_missed_wrong_time.eml": _CAT,
    "n24_james_partial.eml": _CAT,
    "n07_link_received.eml": _NOACTION,
    "n23_mehmet_tomorrow.eml": _NOACTION,
    "n08_future_confirm.eml": "'ich bestätige den Termin am Montag, 1. Juni' (future) gives 1.6. as a treatment day and goes to staff",
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
    assert len(LABELS) == 70
    assert sum("confirmation" in label["categories"] for label in LABELS) == 45
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
