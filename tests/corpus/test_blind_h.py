"""Blind corpus H: near-misses and traps around confirmations and forms (issue 17).

The 60 mails in tests/data/blind_h/ (made by `python -m tools.corpus.blind_h`, written without reading
the rules or the corpus mails): 32 traps (37 with round two) that name a day of the sender's
open appointment with confirming words but must record nothing (a day confirmed in an
EARLIER mail, a parent or grandparent confirming another patient's session from their own
address on a day they have their own appointment, a daughter or neighbour who is no patient,
Ergotherapie, the orthopaedist or a chiropractor, tomorrow's session, "ich kann den Erhalt
der Leistung ... nicht bestätigen", conditionals, questions, "bestätige die Absage", receipt
of an invoice or a video link on an appointment day, "HAT NICHT STATTGEFUNDEN", 👎); 3 mails
that confirm one day beside a trap (an earlier confirmation, a cancellation, a reschedule);
8 forms mails (one scan of three forms named in the body, camera-named photos the body
identifies, PDFs as application/octet-stream, Apple .pages, an inline image, an English file
name, a photo nobody names, a confirmation only in the subject with a form attached); 10
clean controls. Round two added h44-h48 (the practice's sentence the evening before, a
confirmed cancellation of today, a husband at another practice, a question, a conditional on
the DST start day) and controls k11-k12 (a reply on the DST end day, the office address).

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

BLIND = LabelledSet("blind_h", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

_SOMEONE_ELSE = (
    "someone else's treatment (another patient, a relative or neighbour, another provider)"
    " is read as the sender's confirmation with that day; nothing recorded, staff"
)
_FUTURE = (
    "attendance of a future session ('ich bestätige den Termin am ...', 'I will confirm')"
    " is read as a confirmation; nothing recorded (future), staff"
)
_NOT_ASSERTED = (
    "a day that is asked about, doubted, denied or only received something is reported as"
    " a treatment day; nothing recorded, staff (dates only)"
)
_READ_AS_CONFIRMATION = (
    "doubt, a conditional or 'bestätige, dass ich verpasst habe' is read as a confirmation;"
    " nothing recorded, staff"
)

# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    **BILLING_BUGS,
    **LOST_SILENTLY,
    "h01_confirmed_earlier_already_recorded.eml": (
        "a day named as confirmed in an EARLIER mail is read as a new confirmation (already"
        " recorded, so nothing changes); staff"
    ),
    "h02_confirmed_earlier_open.eml": (
        "the date of the earlier mail ('schon am 28.1. per Mail bestätigt') is reported as a"
        " treatment day; nothing recorded, staff (dates only)"
    ),
    "h04_grandmother_for_grandson.eml": _SOMEONE_ELSE,
    "h07_neighbour.eml": _SOMEONE_ELSE,
    "h11_confirm_tomorrow.eml": _FUTURE,
    "h22_bestaetige_termin_montag_future.eml": _FUTURE,
    "h32_english_will_confirm.eml": _FUTURE,
    "h26_erhalt_videolink.eml": _NOT_ASSERTED + " ('Erhalt des Videolinks am 2.6.')",
    "h29_caps_nicht_stattgefunden.eml": _NOT_ASSERTED + " ('HAT NICHT STATTGEFUNDEN')",
    "h15_sollte_stattgefunden_haben.eml": _READ_AS_CONFIRMATION,
    "h23_dont_remember_reply.eml": _READ_AS_CONFIRMATION,
    "h16_wuerde_bestaetigen.eml": (
        "'würde ... bestätigen, wenn der Link funktioniert hätte' is not tagged technical and"
        " gives 24.7. as a treatment day; nothing recorded, staff"
    ),
    # Round two (h44-h48, k11, k12), first run at a7ea36a.
    "h48_conditional_dst_sunday.eml": (
        "'falls ... am Donnerstag ... zählen, dann bestätige ich sie' is read as a"
        " confirmation of 26.3.; nothing recorded, staff"
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


def test_blind_set_is_traps_forms_and_controls() -> None:
    by_id = {a.id: a for a in PRACTICE.appointments}
    registered = {address for p in PRACTICE.patients for address in p.emails}
    files = [label["file"] for label in LABELS]
    assert len(LABELS) == 60
    assert sum(f.startswith("k") for f in files) == 12  # controls
    assert sum(bool(label["forms"]) for label in LABELS) == 8
    assert sum(not label["confirmed"] and not label["forms"] for label in LABELS) == 37
    assert set(KNOWN_MISSES) <= set(files)
    for label in LABELS:
        raw = (BLIND.folder / label["file"]).read_bytes()
        assert any(address.encode() in raw for address in registered), label["file"]
        assert label["patient"] != 0, label["file"]
        assert label["needs_staff"] or label["confirmed"] or label["forms"], label["file"]
        for appointment_id in label["confirmed"]:
            appointment = by_id[appointment_id]
            assert appointment.patient_id == label["patient"], label["file"]
            assert appointment.confirmed_at is None, label["file"]
            assert appointment.status is AppointmentStatus.SCHEDULED, label["file"]
