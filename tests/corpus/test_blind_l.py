"""Blind corpus L: the hard writers, 47 confirmations and 25 look-alikes, run like the corpus.

The mails in tests/data/blind_l/ (made by `python -m tools.corpus.blind_l`, written without reading the
rules, the canonical table or the earlier blind sets' mails): elderly patients (dictated
text without punctuation, one line, ALL CAPS, "Sehr geehrte Damen und Herren" letters with
postal signatures and birth dates), relatives writing for a patient from her registered
address (a daughter, a sister, a husband, a mother for her daughter; clear and unclear),
learners of German, English-speaking expats (UK 21/04, US 8/10), forwarded mails ("WG:",
"Fwd:") with the confirmation in the forward text, hand-quoted long threads with the new
text at the bottom, voice dictation ("am dritten elften", "komma", "punkt"), a lone emoji
or "Ja" under our request, confirmations that ask a question, holiday names
(Faschingsdienstag, Ostern, Pfingsten, Himmelfahrt), a year typo in January; and 25
look-alikes (a December session of the year before that fits no appointment, relatives
who are unsure, "meine Stunde" from the family address, future appointments acknowledged,
emoji under a link or a reminder, "Danke!" under our request, sessions that did not take
place, cancellations, reschedules, another provider, forms only). 49 mails carry the
confirmation category; two of them (n01, n03) record nothing.

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

BLIND = LabelledSet("blind_l", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    "n03_katrin_meine_stunde.eml": (
        "fixed billing bug (first run recorded 1036: 'Hatte heute meine Stunde' from Katrin"
        " on Marie's address); nothing recorded, staff, but the category is not confirmation"
    ),
    "n19_david_future_friday.eml": (
        "fixed billing bug (first run recorded 1118: 'Friday 27th' was not read as a day,"
        " so 'Friday' alone became last Friday); the future session acknowledged now goes"
        " to staff instead of needing nothing"
    ),
    "c21_fatma_one_sick.eml": (
        "first run at e3793e6: categories: expected {'confirmation'}, got set(); "
        "confirmation-intent: expected True, got False; confirmed: expected [1076], got"
        " []; needs_staff: expected False, got True. Now 1076 is recorded; staff still see"
        " 'krank' (a cancellation) and the partial denial of the 19th, which the calendar"
        " already has as cancelled"
    ),
    "n02_gisela_daughter_unsure.eml": (
        "first run at e3793e6: confirmation-intent: expected False, got True; dates: "
        "expected [], got ['2026-07-28']. Now read as no confirmation ('nichts Falsches"
        " bestätigen'), but 'diese Woche' in a sentence that says the day is unknown is"
        " still settled to the 28th"
    ),
    "n08_emily_will_be_there.eml": (
        "first run at e3793e6: categories: expected {'other'}, got set(); "
        "confirmation-intent: expected False, got True; dates: expected [], got "
        "['2026-07-09']; needs_staff: expected False, got True. Now read as no "
        "confirmation ('I'll be there'); still to staff like corpus f003 and blind E o24,"
        " whose labels want a person to see thanks under a link mail"
    ),
    "n18_sabine_code_received.eml": ("first run at e3793e6: needs_staff: expected False, got True"),
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
    assert len(LABELS) == 72
    assert sum("confirmation" in label["categories"] for label in LABELS) == 49
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
