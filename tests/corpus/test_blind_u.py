"""Blind corpus U: more than one thing in one mail, 28 confirmations and 12 look-alikes.

The mails in tests/data/blind_u/ (made by `python -m tools.corpus.blind_u`, written without
reading the rules, the canonical table or the earlier blind sets' mails). Every confirming
mail also does something else: a question (prescription copy, invoice address, a headache
after the exercises, a swollen knee), a session still to come moved or cancelled (business
trip, eye doctor, holiday, rehab, late shift), a day that did not take place (ill, in
hospital, at the doctor's, cancelled by the practice, nobody called, the therapist never
joined, the sound or the WLAN broke off), a day confirmed before, a complaint (a late
therapist, an empty video room), forms attached, news about the patient's health, a
daughter writing about her father's session; the confirmation first, last or in the middle,
as one paragraph, bullets, one line per day, without punctuation, ALL CAPS, English and
learner's German; every mail program and quote style, top- and bottom-posted, forwarded.
And 12 look-alikes where no day may be recorded: every day named failed, was cancelled, is
another person's, is still to come or is not known for sure.

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

BLIND = LabelledSet("blind_u", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    "u02_becker_ein_absatz.eml": (
        "first run at adc044e: confirmed: expected [1010, 1011], got []; dates: "
        "expected ['2026-02-02', '2026-02-05'], got ['2026-02-02', '2026-02-05', "
        "'2026-02-06']"
    ),
    "u06_hoffmann_zwei_heute_beschwerde.eml": (
        "first run at adc044e: categories: expected {'confirmation', 'other'}, got "
        "{'confirmation'}; confirmed: expected [1041, 1042, 1043], got []; dates: "
        "expected ['2026-05-11', '2026-05-18'], got ['2026-05-18']"
    ),
    "u08_richter_zeilen.eml": (
        "first run at adc044e: categories: expected {'confirmation', 'other'}, got {'confirmation'}"
    ),
    "u10_brandt_ton_weg.eml": ("first run at adc044e: confirmed: expected [1063, 1064], got []"),
    "u14_lehmann_wlan.eml": (
        "first run at adc044e: categories: expected {'technical', 'confirmation', "
        "'question'}, got {'question', 'confirmation'} (the days of the '* 08.09. – ja' list"
        " are read since the bullet star is no birth sign)"
    ),
    "u15_zimmermann_keiner_angerufen.eml": (
        "first run at adc044e: categories: expected {'question', 'confirmation', "
        "'other'}, got {'confirmation'}; confirmed: expected [1093, 1094], got []; "
        "dates: expected ['2026-10-05', '2026-10-12'], got []"
    ),
    "u18_koch_arzt_telefon.eml": (
        "first run at adc044e: categories: expected {'cancellation', 'confirmation'}, "
        "got {'confirmation'}"
    ),
    "u19_nowak_jahresende.eml": (
        "first run at adc044e: categories: expected {'confirmation', 'other'}, got "
        "{'confirmation'}; confirmed: expected [1116, 1117], got []"
    ),
    "u22_aydin_arbeit.eml": (
        "first run at adc044e: categories: expected {'reschedule', 'confirmation'}, got"
        " {'confirmation'}; needs_staff: expected True, got False"
    ),
    "u23_oneill_travel.eml": (
        "first run at adc044e: dates: expected ['2026-04-14', '2026-04-21'], got "
        "['2026-03-28', '2026-04-14', '2026-04-21']"
    ),
    "u27_demir_ostern_verordnung.eml": (
        "first run at adc044e: dates: expected ['2026-04-08', '2026-04-15', "
        "'2026-04-22'], got ['2026-04-01', '2026-04-08', '2026-04-15', '2026-04-22']; "
        "needs_staff: expected False, got True"
    ),
    "u30_wolff_krank_grossbuchstaben.eml": (
        "first run at adc044e: categories: expected {'other'}, got set(); dates: "
        "expected [], got ['2026-02-06']"
    ),
    "u31_hoffmann_danke_dienstag.eml": (
        "first run at adc044e: needs_staff: expected False, got True"
    ),
    "u32_carter_nobody_came.eml": (
        "first run at adc044e: categories: expected {'cancellation', 'other'}, got {'other'}"
    ),
    "u33_berger_ehemann.eml": (
        "first run at adc044e: categories: expected {'reschedule', 'other'}, got "
        "{'reschedule'}; confirmation-intent: expected False, got True; dates: expected"
        " [], got ['2026-05-27']"
    ),
    "u34_aydin_keiner_angerufen.eml": (
        "first run at adc044e: categories: expected {'reschedule', 'other'}, got {'other'}"
    ),
    "u37_zimmermann_abgesagt_oder.eml": (
        "first run at adc044e: categories: expected {'question'}, got set()"
    ),
    "u38_vogel_op.eml": (
        "first run at adc044e: categories: expected {'cancellation'}, got set(); dates:"
        " expected [], got ['2026-09-24']"
    ),
    "u39_popescu_unsicher.eml": (
        "first run at adc044e: categories: expected {'question', 'confirmation'}, got "
        "{'question'}; confirmation-intent: expected True, got False"
    ),
    "u40_koch_schon_bestaetigt.eml": (
        "first run at adc044e: dates: expected ['2026-04-15'], got ['2026-04-13']"
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
    assert sum(bool(label["confirmed"]) for label in LABELS) == 28
    assert sum("confirmation" in label["categories"] for label in LABELS) == 29
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
