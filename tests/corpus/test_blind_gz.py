"""Blind corpus GZ: days in words and the same day twice, 37 confirmations and 5 look-alikes.

The mails in tests/data/blind_gz/ (made by `python -m tools.corpus.blind_gz`, written
without reading the rules, the canonical table or the earlier blind sets' mails), are
everyday patient mails whose treatment days are given in words or half in words (gestern,
vorgestern, heute früh, letzten Dienstag, the Monday before last, Donnerstag, den 9. Juli),
often naming the same day twice, next to mails that list their dates plainly. 42 mails:
32 confirm at least one session (two of them with a part for staff), 5 are meant as
confirmations but record nothing (a cancelled day, a day already confirmed, a day with no
appointment, a weekday that contradicts its date, a weekday that may mean two sessions),
and 5 others are replies to a reminder or video link that name the coming session, and
questions about a cancelled or holiday day.

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

BLIND = LabelledSet("blind_gz", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gz41_becker_montag_unklar.eml": "first run at 769e3f5 recorded it (BILLING BUG, fixed at the next commit); now: dates: expected [], got ['2026-02-23']",
    "gz03_koch_montag_mittwoch_mittwoch_kuerzer.eml": "first run at 769e3f5: needs_staff: expected True, got False",
    "gz10_wolff_freitag_der_13.eml": "first run at 769e3f5: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1032, 1033], got []; needs_staff: expected False, got True",
    "gz13_hoffmann_heute_frueh_bis_nachher.eml": "first run at 769e3f5: dates: expected ['2026-05-18'], got []",
    "gz16_richter_heute_abend.eml": "first run at 769e3f5: dates: expected ['2026-06-17'], got []",
    "gz17_zimmermann_montach_der_12.eml": "first run at 769e3f5: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1094], got []; needs_staff: expected False, got True",
    "gz24_berger_mittwoch_dem_13_mai.eml": "first run at 769e3f5: needs_staff: expected False, got True",
    "gz26_becker_montag_ja_donnerstag_nicht.eml": "first run at 769e3f5: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "gz33_brandt_reminder_freitag_bestaetige.eml": "first run at 769e3f5: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-07-17']; needs_staff: expected False, got True",
    "gz34_demir_reminder_mittwoch_spaeter.eml": "first run at 769e3f5: categories: expected {'reschedule'}, got set()",
    "gz35_demir_gestern_abgesagt.eml": "first run at 769e3f5: confirmation-intent: expected False, got True",
    "gz37_yildiz_gestern_abgesagt.eml": "first run at 769e3f5: dates: expected [], got ['2026-08-19']",
    "gz38_krueger_schon_bestaetigt.eml": "first run at 769e3f5: needs_staff: expected True, got False",
    "gz42_hartmann_videolink_heute.eml": "first run at 769e3f5: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=37, known_misses=KNOWN_MISSES)
