"""Blind corpus V: an ordinary inbox, third practice month, 28 confirmations and 12 others.

The mails in tests/data/blind_v/ (made by `python -m tools.corpus.blind_v`, written without
reading the rules, the canonical table or the earlier blind sets' mails), the mix a
practice really gets: mostly plain confirmations as people write them (a two-word yes
under our request, "jap, 15.9. war", a formal note for the files with a business signature
and disclaimer, several days at once as "23., 25. und 30. März", "10.6. und 17.6.",
"14/04/2026", "heute", a month-end and a year-end catch-up, two sessions on one day, a
mother writing for her daughter, a second registered address), some with a second small
matter (a question about the forms, a coming appointment to move, an invoice paid, a
future day that stays), one naming a day that fits no appointment; and 12 others: forms
sent back (PDF, photos), questions, cancellations, a reschedule, a camera that does not
work, a "no" under our request, a session that fell through, a future appointment
acknowledged. German first, some English, Turkish- and Romanian-German learners, an
elderly writer in capitals, mobile footers, top- and bottom-posted under every quote style.

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

BLIND = LabelledSet("blind_v", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (both lists above included).
KNOWN_MISSES: dict[str, str] = {
    "v35_wolff_nein.eml": ("first run at adc044e: dates: expected [], got ['2026-02-20']"),
    "v36_koch_zukunft.eml": (
        "first run at adc044e: categories: expected {'other'}, got set(); "
        "confirmation-intent: expected False, got True; needs_staff: expected False, "
        "got True"
    ),
    "v39_vogel_ausgefallen.eml": (
        "first run at adc044e: categories: expected {'other'}, got set()"
    ),
    "v40_aydin_rechnung.eml": (
        "first run at adc044e: categories: expected {'question'}, got set()"
    ),
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
