"""Blind corpus AM: an ordinary spring inbox, 29 confirmations and 12 look-alikes.

The mails in tests/data/blind_am/ (made by `python -m tools.corpus.blind_am`, written without
reading the rules, the canonical table or the earlier blind sets' mails), seen through very
short and very long mails: one-word and emoji answers under our request ("Ja", "Passt.",
"bestätigt", a thumbs-up, a check mark, "👍🏼 3.6."), answers given only in the subject line
("Termin 12.01. hat stattgefunden", "27.5. erledigt", our subject with "- ja war" appended),
and long letters from retired patients (snow in Kassel, grandchildren at Easter, crocuses,
the blackbird in the ivy, the exercises with the red band) with the day somewhere in the
middle, among them three days across the March/April month end; a wife and a mother writing
for the patient, Turkish- and Romanian-German learners, English, ALL CAPS, two sessions on
one day, six days in one line; and 12 look-alikes (a bare "Nein", a bare "?", a thumbs-down
under our request, a missed call told after the fact, a session broken off, a cancelled day,
a reschedule, a future day looked forward to in a long letter, an invoice date).

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

BLIND = LabelledSet("blind_am", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "am15_aydin_zwei.eml": ("first run at 146061a: needs_staff: expected False, got True"),
    "am22_becker_vier.eml": (
        "first run at 146061a: categories: expected {'confirmation'}, got set(); "
        "confirmation-intent: expected True, got False; confirmed: expected [1011, "
        "1012, 1013, 1014, 1015, 1016], got []; dates: expected ['2026-02-05', "
        "'2026-02-09', '2026-02-12', '2026-02-16', '2026-02-19', '2026-02-23'], got [];"
        " needs_staff: expected False, got True"
    ),
    "am23_wolff_brief_schnee.eml": ("first run at 146061a: needs_staff: expected False, got True"),
    "am24_wolff_brief_enkel.eml": ("first run at 146061a: needs_staff: expected False, got True"),
    "am32_berger_nicht_erreicht.eml": (
        "first run at 146061a: dates: expected [], got ['2026-06-03']"
    ),
    "am33_oneill_missed.eml": ("first run at 146061a: categories: expected {'other'}, got set()"),
    "am35_popescu_verschieben.eml": (
        "first run at 146061a: categories: expected {'reschedule'}, got set()"
    ),
    "am36_wagner_abgesagt.eml": ("first run at 146061a: needs_staff: expected False, got True"),
    "am37_koch_brief_vorfreude.eml": (
        "first run at 146061a: dates: expected [], got ['2026-04-01']"
    ),
    "am40_demir_ostern.eml": (
        "first run at 146061a: categories: expected {'other'}, got set(); needs_staff: "
        "expected False, got True"
    ),
    "am41_oneill_may.eml": (
        "first run at 146061a: categories: expected {'question', 'confirmation'}, got "
        "{'question'}; confirmation-intent: expected True, got False; confirmed: "
        "expected [1140, 1141], got []"
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
    BLIND,
    billing_bugs=BILLING_BUGS,
    lost_silently=LOST_SILENTLY,
    known_misses={**BILLING_BUGS, **LOST_SILENTLY, **KNOWN_MISSES},
)


def test_blind_set_is_an_ordinary_inbox() -> None:
    assert_ordinary_inbox(BLIND, mails=41, confirmations=29, known_misses=KNOWN_MISSES)
