"""Blind corpus Z: written for someone else, and very formal, 38 confirmations and 16 look-alikes.

The mails in tests/data/blind_z/ (made by `python -m tools.corpus.blind_z`, written without
reading the rules, the canonical table or the earlier blind sets' mails). Most writers are
not the patient but write from the patient's registered address in the patient's name: a
legal guardian (Betreuer) with "Betreute:" and "Ihr Zeichen:" lines, a care service nurse,
a care home's office, grown children for an elderly parent, spouses, a mother for her
daughter, secretaries and a PA signing "i.A."; the others are the patients' own business
letters in Sie-address about what the therapist did ("Sie haben mich am 16. Januar
angerufen", "Ihre Kollegin hat am 23. April mit Marie geübt", "die Behandlung durch Frau
Brandl am 08.09.2026 hat stattgefunden"), in the passive ("wurde durchgeführt"), with
reference lines, "am 12. d. M.", two sessions on one day with their times, a list of four
days, month ends and the year end (mails of 29 and 30 December), a forwarded request, the
patient's second (business) address, English from a husband and a PA, learner's German.
A partial confirmation (the next session nobody joined) and one with a question go to staff.
Look-alikes: a relative's own treatment elsewhere (twice), a guardian and a son asking
whether a session took place, formal cancellations and a reschedule, complaints that the
therapist did not call or join, a request to certify a session for the insurer, a
cancelled session acknowledged, a future appointment acknowledged.

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

BLIND = LabelledSet("blind_z", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails not decided as labelled (includes the two lists above); filled after the first run.
KNOWN_MISSES: dict[str, str] = {
    "n08_hoffmann_bescheinigung.eml": (
        "categories: a request to certify the session is read as a confirmation sentence (held back by the doubt reader, nothing recorded, staff) and not as a question"
    ),
    "z36_wagner_dm.eml": (
        "now: dates: expected ['2026-01-12'], got []; needs_staff: expected False, got True"
    ),
    "z39_hoffmann_teilweise.eml": (
        "now: categories: expected {'other', 'confirmation'}, got {'confirmation'}"
    ),
    "n01_neumann_tochter_eigene.eml": (
        "now: categories: expected {'other'}, got set(); dates: expected [], got ['2026-07-16']"
    ),
    "n02_berger_betreuer_frage.eml": (
        "now: confirmation-intent: expected False, got True; dates: expected [], got ['2026-06-03']"
    ),
    "n04_wolff_nicht_angerufen.eml": (
        "now: categories: expected {'other'}, got set(); dates: expected [], got ['2026-02-06']"
    ),
    "n06_vogel_nicht_stattgefunden.eml": ("now: dates: expected [], got ['2026-10-01']"),
    "n09_carter_hospital.eml": ("now: categories: expected {'cancellation'}, got set()"),
    "n10_hartmann_link.eml": ("now: dates: expected [], got ['2026-11-17']"),
    "n11_zimmermann_absage_bestaetigen.eml": ("now: categories: expected {'other'}, got set()"),
    "n12_richter_kenntnis.eml": ("now: needs_staff: expected False, got True"),
    "n13_wagner_kenntnis_absage.eml": (
        "now: categories: expected {'other'}, got set(); needs_staff: expected False, got True"
    ),
    "n15_koch_tochter_orthopaede.eml": (
        "now: categories: expected {'other'}, got set(); confirmation-intent: expected "
        "False, got True; dates: expected [], got ['2026-04-08']"
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
    assert len(LABELS) == 54
    assert sum("confirmation" in label["categories"] for label in LABELS) == 38
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
