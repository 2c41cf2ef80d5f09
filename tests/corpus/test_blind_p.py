"""Blind corpus P: a winter's reading of the whole year, 30 confirmations and 15 look-alikes.

The mails in tests/data/blind_p/ (made by `python -m tools.corpus.blind_p`, written without
reading the rules, the canonical table or the earlier blind sets' mails), from all 24
patients: short yeses under our request ("Ja, bestätigt.", "Ja war am 18.03 alles gut"),
full sentences, several days at once in every date form (27.1., 2026-07-03, "9. Juni",
"14/04", "Dienstag und Donnerstag (7. und 9. Juli)", "gestern", "letzte Woche Donnerstag"),
two sessions on one day, confirmations next to days that are not treatments (an invoice
date); partial confirmations (a day cancelled by phone, a session broken off by fever);
a mother and a husband writing for the patient; questions and a reschedule in the same
mail; future sessions acknowledged; German first, some English, learners and elderly
writers (ALL CAPS), every mail program and quote style make_corpus knows, top- and
bottom-posted; and 15 look-alikes (a no under our request, a no-show told after the fact,
cancellations, reschedules, illness, a broken-off call, invoice and prescription dates,
"I'll be there tomorrow", a complaint that nobody joined the call).

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

BLIND = LabelledSet("blind_p", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    "p10_schulz_fieber.eml": (
        "first run at e7b8828: dates: expected ['2026-04-30', '2026-05-07'], got ['2026-04-30']"
    ),
    "p20_lehmann_vier.eml": (
        "first run at e7b8828: confirmed: expected [1087, 1088, 1089, 1090], got [1088,"
        " 1089, 1090]; needs_staff: expected False, got True"
    ),
    "p32_becker_nein.eml": ("first run at e7b8828: categories: expected {'other'}, got set()"),
    "p39_vogel_rechnung.eml": ("first run at e7b8828: categories: expected {'other'}, got set()"),
    "p43_oneill_tomorrow.eml": ("first run at e7b8828: needs_staff: expected False, got True"),
    "p44_berger_krank.eml": ("first run at e7b8828: categories: expected {'other'}, got set()"),
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
    assert len(LABELS) == 45
    assert sum("confirmation" in label["categories"] for label in LABELS) == 30
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
