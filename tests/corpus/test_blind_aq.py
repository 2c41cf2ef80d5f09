"""Blind corpus AQ: turn of the year and cold months, 31 confirmations and 10 look-alikes.

The mails in tests/data/blind_aq/ (made by `python -m tools.corpus.blind_aq`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are an
ordinary inbox from November to February: short replies under our request from phones,
webmail and office Outlook, new mails naming several days, late answers written before
Christmas or between the years, a January date written with last year's number, a partial
session broken off by a storm, and a session confirmed next to one cancelled by phone. The
look-alikes are sessions missed through fever or flu, a day moved to a day with no
appointment, a confirmation of a cancelled day, a cancellation, a reschedule, a question
about the sessions left on the prescription, a catch-up question and two greeting mails.
(Two look-alikes mean to confirm and so carry the category: 33 mails in all do.)

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

BLIND = LabelledSet("blind_aq", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "aq27_becker_einer_abgesagt.eml": "first run at 1ba53d4: BILLING BUG, recorded [1016] (fixed since); now: dates: expected ['2026-02-19'], got ['2026-02-19', '2026-02-23']",
    "aq01_kruger_erkaeltet.eml": "first run at 1ba53d4: needs_staff: expected False, got True",
    "aq04_wagner_zwei_nach_grippe.eml": "first run at 1ba53d4: needs_staff: expected False, got True",
    "aq23_kruger_krank_spaet.eml": "first run at 1ba53d4: needs_staff: expected False, got True",
    "aq24_wagner_nachgeholt.eml": "first run at 1ba53d4: needs_staff: expected False, got True",
    "aq15_jansen_zwischen_den_jahren.eml": "first run at 1ba53d4: dates: expected ['2026-11-12', '2026-11-19'], got ['2026-11-12', '2026-11-19', '2026-12-27', '2026-12-29']; needs_staff: expected False, got True",
    "aq20_hartmann_abgebrochen.eml": "first run at 1ba53d4: categories: expected {'question', 'confirmation', 'technical'}, got {'question'}; confirmation-intent: expected True, got False; confirmed: expected [1122], got []",
    "aq21_zimmermann_dialekt.eml": "first run at 1ba53d4: dates: expected ['2026-11-02'], got []; needs_staff: expected False, got True",
    "aq32_kruger_fieber_verpasst.eml": "first run at 1ba53d4: categories: expected {'other'}, got set()",
    "aq33_becker_verschieben.eml": "first run at 1ba53d4: dates: expected [], got ['2026-02-25']",
    "aq34_nowak_weihnachtskarte.eml": "first run at 1ba53d4: needs_staff: expected False, got True",
    "aq36_wagner_abgesagter_tag.eml": "first run at 1ba53d4: dates: expected [], got ['2026-02-02']",
    "aq38_jansen_grippe.eml": "first run at 1ba53d4: categories: expected {'reschedule'}, got set()",
    "aq40_kruger_frohes_neues.eml": "first run at 1ba53d4: needs_staff: expected False, got True",
    "aq41_zimmermann_nachholen.eml": "first run at 1ba53d4: categories: expected {'question', 'reschedule'}, got {'question'}",
    **BILLING_BUGS,
    **LOST_SILENTLY,
}

(
    test_no_invented_confirmation,
    test_no_confirmation_lost_silently,
    test_decision,
    test_billing_bugs_are_declared_as_such,
) = blind_tests(
    BLIND,
    billing_bugs=BILLING_BUGS,
    lost_silently=LOST_SILENTLY,
    known_misses={**BILLING_BUGS, **LOST_SILENTLY, **KNOWN_MISSES},
)


def test_blind_set_is_an_ordinary_inbox() -> None:
    by_id = {a.id: a for a in PRACTICE.appointments}
    registered = {address for p in PRACTICE.patients for address in p.emails}
    assert len(LABELS) == 41
    assert sum("confirmation" in label["categories"] for label in LABELS) == 33
    assert sum(bool(label["confirmed"]) for label in LABELS) == 31
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
