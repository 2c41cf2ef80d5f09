"""Blind corpus J: one ordinary inbox, 47 confirmations and 25 look-alikes, run like the corpus.

The mails in tests/data/blind_j/ (made by `python -m tools.corpus.blind_j`, written without reading the
rules, the canonical table or the earlier blind sets' mails): the practice's own sentence
and its variants ("Ich bestätige den Erhalt der Leistung am ...", "Hiermit bestätige ich,
dass die Behandlung am ... stattgefunden hat"), replies to the newer subject "Bitte
bestätigen Sie die Behandlung vom ...", every date form patients write (KW, weekday,
"gestern", "letzten Dienstag", "am sechsten", "vom 3. bis 10.", lists, "19 2", abbreviated
months, English), partial confirmations, two sessions on one day, full quotes of earlier
confirmations, a mother answering for her daughter from the family address, forms attached;
and 25 look-alikes (questions, cancellations, reschedules, another provider, future
appointments, receipt of a link, forms or an invoice, "falls der Termin stattgefunden hat",
therapists who did not call, an out-of-office reply, an empty reply).

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

BLIND = LabelledSet("blind_j", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Everything else the rules decide differently from a careful practice employee.
_PARTIAL = "partial confirmation (one day took place, another did not, is doubted or was broken off) records nothing, not even the day that took place; staff"
_PARTIAL_DATES = _PARTIAL + "; the day that did not take place is reported as a treatment day"
_FUTURE = "a future appointment acknowledged ('ich bestätige den Termin am 26.8.', 'I'll be available for Tuesday's call') is read as confirmation intent; nothing recorded, but staff"
_NOACTION = "a mail that needs no action (link or forms request received, thanks for the reminder) goes to staff"
_DATE_NOT_TREATMENT = "a day named for someone else's treatment, a doubt ('falls der Termin stattgefunden hat') or a call that did not happen is reported as a treatment day; nothing recorded, staff"

# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    **BILLING_BUGS,
    **LOST_SILENTLY,
    "n06_jonas_naechste_woche.eml": (
        "fixed billing bug (first run recorded 17.6.): a yes that speaks of a later"
        " appointment ('Ich bestätige den Termin nächste Woche Mittwoch') is no bare yes"
        " (rules/doubt.speaks_of_a_later_appointment); now staff instead of no action"
    ),
    "n13_emily_future_en.eml": (
        "fixed billing bug (first run recorded 31.8.): 'Monday the 7th' is read as 7.9."
        " (rules/dates: a weekday before a day without month picks the month), a day after"
        " the mail, never certain; now staff instead of no action"
    ),
    "c34_klaus_partial_unsure.eml": _PARTIAL_DATES,
    "c18_mother_7_mai_question.eml": "confirmation recorded and staff, but the question beside it (does next week's appointment fall on Ascension Day?) is not a category",
    "n05_fatma_future.eml": _FUTURE,
    "n17_james_next_call.eml": _FUTURE,
    "n07_lukas_link_received.eml": _NOACTION
    + "; 'für Freitag' (the coming Friday) is reported as the past Friday 24.7.",
    "n08_leonie_forms_received.eml": _NOACTION,
    "n10_wolff_falls.eml": _DATE_NOT_TREATMENT,
    "n11_gisela_nobody_called.eml": _DATE_NOT_TREATMENT,
    "n20_mehmet_brother.eml": _DATE_NOT_TREATMENT,
    "n16_sophie_did_not_happen.eml": "'die Behandlung am 9.2. hat nicht stattgefunden' gets no category ('other' expected); nothing recorded, staff",
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
    assert len(LABELS) == 72
    assert sum("confirmation" in label["categories"] for label in LABELS) == 47
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
