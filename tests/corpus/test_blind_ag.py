"""Blind corpus AG: an ordinary year's inbox from older and less practised writers.

The mails in tests/data/blind_ag/ (made by `python -m tools.corpus.blind_ag`, written without
reading the rules, the canonical table or the earlier blind sets' mails): 50 mails across
the whole of 2026, 35 that mean to confirm (33 record at least one day) and 15 look-alikes.
The answer typed inside our quoted mail (with and without ">" markers), below a forwarded
copy of it, in the subject line only, after a long signature with a birth date; ALL CAPS,
no punctuation, very formal letters ("Hochachtungsvoll", "d. J."); a grandson, a daughter
and a mother writing from the patient's address; our own sentence copied back with "ja" in
front; weekday and date that disagree (recorded where only one appointment fits, staff
where two do or the day has none); Ostern, Himmelfahrt, calendar weeks, US dates, 2025
for 2026 in January, a year-end clean-up; a confirmation of a day the practice has
cancelled. Look-alikes: cancellations, reschedules, billing questions, a thank-you, a
form, a "ja" to a reminder, calls that did not happen, a video room nobody joined, a code
that does not work.

`test_no_invented_confirmation` is hard: a confirmation the label does not have is a
BILLING BUG and may only be xfailed through BILLING_BUGS, whose reasons say so.
"""

from __future__ import annotations

from datetime import datetime

from tests.corpus.harness import (
    LabelledSet,
    assert_ordinary_inbox,
    blind_tests,
)

BLIND = LabelledSet("blind_ag", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    "ag04_becker_falscher_wochentag.eml": (
        "first run at 20ac342: confirmed: expected [1012], got []; needs_staff: "
        "expected False, got True"
    ),
    "ag05_becker_montag_19.eml": (
        "first run at 20ac342: dates: expected ['2026-02-19'], got ['2026-01-19']"
    ),
    "ag34_koch_im_outlook_zitat.eml": (
        "first run at 20ac342: categories: expected {'confirmation'}, got set(); "
        "confirmation-intent: expected True, got False; confirmed: expected [1114], got"
        " []; needs_staff: expected False, got True"
    ),
    "ag17_schulz_mittwoch_23.eml": (
        "first run at 20ac342: confirmed: expected [1035], got []; needs_staff: "
        "expected False, got True"
    ),
    "ag10_neumann_enkel_verpasst.eml": (
        "first run at 20ac342: categories: expected {'confirmation', 'question'}, got "
        "set(); confirmation-intent: expected True, got False; confirmed: expected "
        "[1058], got []"
    ),
    "ag39_carter_tuesday_17th.eml": (
        "first run at 20ac342: confirmed: expected [1071], got []; needs_staff: "
        "expected False, got True"
    ),
    "ag42_yildiz_tochter.eml": (
        "first run at 20ac342: categories: expected {'confirmation'}, got set(); "
        "confirmation-intent: expected True, got False; confirmed: expected [1078], got"
        " []; needs_staff: expected False, got True"
    ),
    "ag65_becker_rechnung.eml": (
        "first run at 20ac342: categories: expected {'question'}, got set(); dates: "
        "expected [], got ['2026-02-02', '2026-02-05', '2026-02-09', '2026-02-12', "
        "'2026-02-16', '2026-02-19', '2026-02-23', '2026-02-26', '2026-03-02']"
    ),
    "ag58_aydin_verschieben.eml": (
        "first run at 20ac342: categories: expected {'reschedule'}, got set()"
    ),
    "ag60_oneill_missed_call.eml": (
        "first run at 20ac342: categories: expected {'other', 'reschedule'}, got {'reschedule'}"
    ),
    "ag30_berger_kein_anruf.eml": (
        "first run at 20ac342: categories: expected {'other'}, got set(); dates: "
        "expected [], got ['2026-06-03']"
    ),
    "ag40_carter_thanks.eml": ("first run at 20ac342: needs_staff: expected False, got True"),
    "ag53_hartmann_dienstreise.eml": (
        "first run at 20ac342: categories: expected {'reschedule'}, got set()"
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
    assert_ordinary_inbox(BLIND, mails=50, confirmations=35, known_misses=KNOWN_MISSES)
