"""Blind corpus D: patients with several appointments and long threads, run like the corpus.

The mails in tests/data/blind_d/ (made by `python -m tools.corpus.blind_d`, written without reading the
rules or the corpus mails) confirm two to seven appointments at once in many notations
("16., 23. und 30.1.", "jeden Montag im Februar", "vom 9.2. bis 19.2. alle vier"), across
months and the new year, with weekday names that fit the date or do not, with a day that
has no appointment, is already confirmed or was cancelled; they answer an OLD request
about a NEWER appointment, our video-link or reminder mail after the session, come from a
patient's second registered address, forward our request or their own earlier answer, are
Outlook HTML without a text part, answer inline between our lines (Apple Mail), carry the
date only in the subject, and a few are English. Each runs through parse_mail +
decide_mail with the corpus's practice and context (tests/corpus/harness.py).

`test_no_invented_confirmation` is hard: a confirmation the label does not have is a
BILLING BUG and may only be xfailed through BILLING_BUGS, whose reasons say so.
`test_no_confirmation_lost_silently` and `test_decision` list today's misses as strict
xfails naming the module at fault, so a fix shows up as XPASS.
"""

from __future__ import annotations

from datetime import datetime

from rules.models import AppointmentStatus
from tests.corpus.harness import (
    PRACTICE,
    LabelledSet,
    blind_tests,
)

BLIND = LabelledSet("blind_d", received_at=datetime.fromisoformat("2027-01-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}


# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}


# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    **BILLING_BUGS,
    **LOST_SILENTLY,
    "d03_ja_old_request_plus_gestern.eml": (
        "dates: the asked day 27.1., confirmed by the 'Ja, hat stattgefunden' (with 'auch'"
        " for 10.2.), is listed among the days named; the label lists only the written day"
    ),
    "d04_apple_inline_24_2.eml": (
        "rules/parsing.py (quoting): Apple Mail answered between our quoted lines; the"
        " patient's 'Datum: 24.2.' below the second quote block is dropped (recorded via"
        " the thread, only the dates field differs)"
    ),
    "d22_forward_own_answer_wrong_address.eml": (
        "rules/parsing.py (quoting): her own confirmation, forwarded because it first went"
        " to a wrong address, is cut off as quoted text; read as other, staff"
    ),
    "d33_wrong_weekday_dienstag_12_1.eml": (
        "rules/dates.py: 'Dienstag, 12.1.' (a Monday) is unclear; she has no Tuesday"
        " appointment, so 12.1. could be recorded; staff (safe; debatable label)"
    ),
    "d59_wrong_weekday_montag_26_5.eml": (
        "rules/dates.py: 'Montag, 26.5.' (a Tuesday, the day after Whit Monday) is unclear;"
        " no appointment on 25.5., so 26.5. could be recorded; staff (debatable label)"
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


def test_blind_set_is_big_and_consistent() -> None:
    by_id = {a.id: a for a in PRACTICE.appointments}
    assert len(LABELS) == 70
    assert sum("confirmation" in label["categories"] for label in LABELS) >= 60
    assert set(KNOWN_MISSES) <= {label["file"] for label in LABELS}
    for label in LABELS:
        assert (BLIND.folder / label["file"]).is_file(), label["file"]
        # A confirmation that records nothing must reach a person.
        assert label["confirmed"] or label["needs_staff"], label["file"]
        for appointment_id in label["confirmed"]:
            appointment = by_id[appointment_id]
            assert appointment.patient_id == label["patient"], label["file"]
            assert appointment.confirmed_at is None, label["file"]
            assert appointment.status is AppointmentStatus.SCHEDULED, label["file"]
