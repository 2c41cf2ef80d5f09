"""Blind corpus Q: the busy spring, 37 confirmations and 16 look-alikes.

The mails in tests/data/blind_q/ (made by `python -m tools.corpus.blind_q`, written without
reading the rules, the canonical table or the earlier blind sets' mails): replies from
patients of every age to every kind of mail the practice sends (the confirmation request,
the reminder, the video link, the forms request, one forwarded). Very short ones (a lone
thumbs-up, "11.3.", "Ja, gestern.", "Ja, Mo 2.2.", "Stattgefunden." above a forwarded
request) and long chatty ones with the confirmation in the middle of a letter about a back
or a knee; forms and confirmations answered in one mail; replies days, weeks and a month
late (between the years; one with last year's number); date forms from "KW 29 und KW 30",
"8/31" and "2026-07-03" to "am mittwoch", "gestern (31.7.)", "26.5. (der Dienstag wegen
Pfingstmontag)" and "am 10., 17. und 24.2. sowie am 3. und 10.3."; two sessions on one day;
capitals, no punctuation, learners' German, English; a father writing from the family
address registered for his daughter; a second registered office address. And 16 look-alikes
a careless reader would bill: a day the patient was ill or down with migraine, a day the practice
cancelled, a therapist who never joined, a broken-off call, sessions still to come (answers
to a reminder or video link, one written an hour before the session), a mother confirming
her daughter's session and a husband his wife's (each has her own record), a day on which
there was no appointment.

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

BLIND = LabelledSet("blind_q", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Everything else the rules decide differently from a careful practice employee (the two
# lists above are part of it). Filled by the lead after the first run.
KNOWN_MISSES: dict[str, str] = {
    "q08_demir_ausfall.eml": (
        "first run at 8d801c3: categories: expected {'confirmation'}, got set(); "
        "confirmation-intent: expected True, got False; confirmed: expected [1024, "
        "1025, 1026], got []; needs_staff: expected False, got True"
    ),
    "q16_richter_videolink.eml": (
        "confirmed: 'gestern lief alles, der Link war ok' under the video link is not read"
        " (the link is a blocker word); the three days written are recorded and 'gestern'"
        " goes to staff as a day not read"
    ),
    "q17_neumann_enkel.eml": (
        "first run at 8d801c3: categories: expected {'question', 'confirmation'}, got "
        "{'question'}; confirmation-intent: expected True, got False; confirmed: "
        "expected [1056, 1057], got []"
    ),
    "q31_nowak_jahresende.eml": (
        "first run at 8d801c3: dates: expected ['2026-11-20', '2026-11-27'], got "
        "['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27']"
    ),
    "q36_wagner_gestern.eml": ("first run at 8d801c3: dates: expected ['2026-01-26'], got []"),
    "q39_krueger_tochter.eml": ("first run at 8d801c3: dates: expected [], got ['2026-04-16']"),
    "q40_becker_fieber.eml": (
        "first run at 8d801c3: categories: expected {'reschedule'}, got set()"
    ),
    "q41_demir_ausgefallen.eml": (
        "first run at 8d801c3: categories: expected {'other'}, got set(); dates: "
        "expected [], got ['2026-04-01']"
    ),
    "q42_hoffmann_niemand.eml": (
        "first run at 8d801c3: categories: expected {'technical'}, got set()"
    ),
    "q45_neumann_kein_anruf.eml": (
        "first run at 8d801c3: categories: expected {'other'}, got set()"
    ),
    "q46_brandt_internet.eml": (
        "first run at 8d801c3: categories: expected {'technical', 'reschedule'}, got {'reschedule'}"
    ),
    "q47_carter_tomorrow.eml": ("first run at 8d801c3: needs_staff: expected False, got True"),
    "q48_aydin_ehefrau.eml": (
        "first run at 8d801c3: categories: expected {'confirmation'}, got set(); "
        "confirmation-intent: expected True, got False; dates: expected [], got "
        "['2026-08-12']"
    ),
    "q49_vogel_vorher.eml": (
        "first run at 8d801c3: categories: expected {'other'}, got set(); "
        "confirmation-intent: expected False, got True; dates: expected [], got "
        "['2026-09-24']; needs_staff: expected False, got True"
    ),
    "q52_popescu_kamera.eml": (
        "first run at 8d801c3: confirmation-intent: expected False, got True"
    ),
    "q53_schaefer_vorverlegen.eml": (
        "first run at 8d801c3: categories: expected {'question', 'reschedule'}, got {'question'}"
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
    assert len(LABELS) == 53
    assert sum(bool(label["confirmed"]) for label in LABELS) == 37
    assert sum("confirmation" in label["categories"] for label in LABELS) == 40
    assert set(KNOWN_MISSES) <= {label["file"] for label in LABELS}
    assert set(BILLING_BUGS) | set(LOST_SILENTLY) <= set(KNOWN_MISSES)
    for label in LABELS:
        raw = (BLIND.folder / label["file"]).read_bytes()
        assert any(address.encode() in raw for address in registered), label["file"]
        assert label["patient"] != 0, label["file"]
        for appointment_id in label["confirmed"]:
            appointment = by_id[appointment_id]
            assert appointment.patient_id == label["patient"], label["file"]
            assert appointment.confirmed_at is None, label["file"]
            assert appointment.status is AppointmentStatus.SCHEDULED, label["file"]
