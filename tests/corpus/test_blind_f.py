"""Blind corpus F: the billing rule on 50 mails from registered patients, run like the corpus.

The mails in tests/data/blind_f/ (made by `python -m tools.corpus.blind_f`, written without reading the
rules or the corpus mails): 25 genuine confirmations worded in ways a rule-writer may not
foresee (Bavarian, Swabian, Low German, Cologne, Berlin and Swiss dialect, very formal
letters with 'erfolgt' or 'dem zehnten September', English, buried in long mails, written
by a parent or a daughter from the registered address, 'Anfang der Woche am Dienstag',
the date only in the subject) and 25 mails that name the day of an open appointment with
'Termin', 'Behandlung', 'stattgefunden' or 'bestätigen' but must not be recorded
('Leider nein' above our request, complaints, partial sessions, another practice's or a
family member's treatment, a draft or a mail written before the session, doubts).

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

BLIND = LabelledSet("blind_f", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

_NOT_READ_AS_CONFIRMATION = (
    "rules/classify.py: dialect/formal wording not read as a confirmation; goes to staff"
)

# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    **BILLING_BUGS,
    **LOST_SILENTLY,
    "n05_other_practice_appointment.eml": (
        "fixed billing bug (rules/doubt.py: a treatment denied elsewhere in the mail); the"
        " category and dates still differ from the label"
    ),
    "n15_reply_names_future_day.eml": (
        "fixed billing bug (rules/decide.py: a written date that yields no day blocks the"
        " dateless thread path); the category and dates still differ from the label"
    ),
    "n21_mother_own_onsite_session.eml": (
        "fixed billing bug (rules/doubt.py: 'ihr Videotermin ist ausgefallen'); the category"
        " and dates still differ from the label"
    ),
    "n01_leider_nein_above_quote.eml": (
        "rules/classify.py: 'Leider nein ... krank ... bitte nicht abrechnen' is a cancellation"
        " to the rules, other to the label; nothing recorded, staff (category only)"
    ),
    "n03_never_called_complaint.eml": (
        "rules/dates.py: the day of a treatment that 'hat also NICHT stattgefunden' is"
        " reported as a treatment day; nothing recorded, staff"
    ),
    "n04_draft_todo_sent_by_mistake.eml": (
        "rules/dates.py + classify.py: the note-to-self '3.3. - hat sie stattgefunden??' gives"
        " 3.3. as a treatment day and is a question; nothing recorded, staff"
    ),
    "n06_written_before_the_session.eml": (
        "rules/classify.py: 'hat stattgefunden' sent 50 minutes BEFORE the 07:30 session is"
        " read as a confirmation (only the future start keeps it from being recorded); staff"
    ),
    "n07_reply_code_invalid.eml": (
        "rules/classify.py: 'Können wir den Termin nachholen?' is a question, not reschedule;"
        " staff (category only)"
    ),
    "n08_future_bestaetigen_attendance.eml": (
        "rules/classify.py: 'ich möchte bestätigen, dass ich kann' about a future session is"
        " read as a confirmation; nothing recorded, staff"
    ),
    "n09_not_sure_it_took_place.eml": (
        "rules/classify.py + dates.py: 'nicht sicher, ob der Termin am 24.07. überhaupt"
        " stattgefunden hat' is read as a confirmation with that day; staff, nothing recorded"
    ),
    "n12_english_did_not_take_place.eml": (
        "rules/classify.py: 'the link never worked ... Can we rebook?' is neither technical"
        " nor reschedule to the rules; staff (category only)"
    ),
    "n13_english_confirm_upcoming.eml": (
        "rules/classify.py: 'I confirm the appointment on 12 May' (tomorrow) is read as a"
        " confirmation with that day; nothing recorded, staff"
    ),
    "n14_only_10_minutes.eml": (
        "rules/dates.py: the day of a 10-minute broken-off session is reported as a treatment"
        " day; nothing recorded, staff"
    ),
    "n16_invoice_dispute_second_session.eml": (
        "rules/classify.py + dates.py: an invoice dispute about 18.05. is other with 18.05. as"
        " a treatment day; nothing recorded, staff"
    ),
    "n20_conditional_which_one.eml": (
        "rules/classify.py: 'wenn der Termin am 29.10. stattgefunden hat, bestätige ich das"
        " gerne' is read as a confirmation; nothing recorded, staff"
    ),
    "n22_someone_called_unsure.eml": (
        "rules/dates.py: 'am 20. Mai hat mich jemand angerufen ... Soll ich bestätigen?' gives"
        " 20.5. as a treatment day; nothing recorded, staff"
    ),
    "n24_beihilfe_asks_us.eml": (
        "rules/classify.py: the Beihilfe asking 'ob die Behandlungen am 13. und 20. November"
        " stattgefunden haben' is read as a confirmation of both; nothing recorded, staff"
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


def test_blind_set_is_half_confirmations_half_traps() -> None:
    by_id = {a.id: a for a in PRACTICE.appointments}
    registered = {address for p in PRACTICE.patients for address in p.emails}
    assert len(LABELS) == 50
    assert sum("confirmation" in label["categories"] for label in LABELS) == 25
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
