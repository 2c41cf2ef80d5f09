"""Blind corpus AA: an ordinary summer inbox, 36 confirmations and 15 look-alikes.

The mails in tests/data/blind_aa/ (made by `python -m tools.corpus.blind_aa`, written without
reading the rules, the canonical table or the earlier blind sets' mails) arrive from June
to September 2026, the months the practice snapshot has its summer series in: mostly plain
confirmations from the patients treated then, young and old, German first, some English
and learners' German (Romanian, Turkish), phones and desktop programs, one-liners to chatty
("Jo, hat stattgefunden am 3.6.", "2026-07-03: Termin hat stattgefunden.", "31.7. hat
stattgefunden, danke.", "die Behandlungen in dieser Woche am Dienstag und heute", "Monday
the 17th and Monday the 24th of August", ALL CAPS, a lawyer's disclaimer, a university
signature); a few catching up on two or three sessions (the May series answered in June,
an April session found while tidying the inbox); a mother, a husband and two daughters
writing from the patient's address; confirmations with a small second matter (a new
prescription, an invoice, more sessions, exercises as a PDF); our request forwarded back
instead of answered; top- and bottom-posted under every quote style make_corpus knows.
And 15 look-alikes: a call nobody made, a video that froze after five minutes, a forgotten
session, a phone call cut off after ten minutes, a cancellation, two reschedules, questions
about an invoice date, a certificate, a new prescription and the October sessions, a
holiday auto-reply, "morgen 7 Uhr passt".

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

BLIND = LabelledSet("blind_aa", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    "aa05_berger_kein_anruf.eml": ("now: dates: expected [], got ['2026-06-03']"),
    "aa10_popescu_zwei.eml": (
        "now: categories: expected {'confirmation'}, got set(); confirmation-intent: "
        "expected True, got False; confirmed: expected [1047, 1048], got []; "
        "needs_staff: expected False, got True"
    ),
    "aa19_brandt_verschwitzt.eml": (
        "now: categories: expected {'other'}, got set(); dates: expected [], got ['2026-07-10']"
    ),
    "aa20_neumann_augenarzt.eml": ("now: categories: expected {'reschedule'}, got set()"),
    "aa36_aydin_rezept.eml": ("now: dates: expected [], got ['2026-08-20']"),
    "aa38_yildiz_akku.eml": (
        "now: categories: expected {'technical'}, got set(); dates: expected [], got ['2026-08-26']"
    ),
    "aa49_zimmermann_oktober.eml": ("now: dates: expected [], got ['2026-09-21']"),
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
