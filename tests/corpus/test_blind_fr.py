"""Blind corpus FR: days given in words, 32 confirmations and 10 look-alikes.

The mails in tests/data/blind_fr/ (made by `python -m tools.corpus.blind_fr`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 42
everyday mails in which patients name the day of a session mostly in words: weekdays alone
('Montag ja, Donnerstag nicht'), 'letzte Woche Dienstag', 'vorgestern', 'den davor', 'die
beiden letzten', 'gestern und heute', 'the Tuesday one', a day fixed in the next sentence,
some with every day plainly named. 32 confirm at least one session; 10 look like
confirmations and record nothing (7 of them meant as confirmations: a cancelled Monday, a
weekday without a session, an already confirmed day, a weekday and a date that disagree, a
'last session' named by the wrong weekday; and a failed video, a session cut short, a reply
to a reminder).

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

BLIND = LabelledSet("blind_fr", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "fr03_krueger_letzte_woche.eml": "first run at 42ab1d5: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1005, 1006], got []; needs_staff: expected False, got True",
    "fr04_krueger_beiden_letzten.eml": "first run at 42ab1d5: confirmed: expected [1008, 1009], got [1009]; dates: expected ['2026-03-03', '2026-03-10'], got []; needs_staff: expected False, got True",
    "fr05_krueger_video_ging_nicht.eml": "first run at 42ab1d5: categories: expected {'technical'}, got set()",
    "fr07_brandt_den_davor.eml": "first run at 42ab1d5: confirmed: expected [1063, 1064], got [1064]; dates: expected ['2026-07-03', '2026-07-10'], got ['2026-07-10']; needs_staff: expected False, got True",
    "fr08_brandt_juli.eml": "first run at 42ab1d5: confirmed: expected [1063, 1064, 1065, 1066, 1067], got []; dates: expected ['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-24', '2026-07-31'], got []; needs_staff: expected False, got True",
    "fr09_lehmann_und_davor.eml": "first run at 42ab1d5: confirmed: expected [1088, 1089], got [1089]; dates: expected ['2026-09-15', '2026-09-22'], got ['2026-09-22']; needs_staff: expected False, got True",
    "fr10_becker_montag_ja_donnerstag_nicht.eml": "first run at 42ab1d5: categories: expected {'confirmation', 'reschedule'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1010], got []",
    "fr25_berger_gestern_nicht_davor.eml": "first run at 42ab1d5: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1144], got []; dates: expected ['2026-05-20'], got []",
    "fr26_schulz_woche_davor.eml": "first run at 42ab1d5: confirmed: expected [1034, 1035], got [1035]; dates: expected ['2026-04-16', '2026-04-23'], got ['2026-04-23']; needs_staff: expected False, got True",
    "fr27_schulz_diese_woche_keiner.eml": "first run at 42ab1d5: confirmed: expected [1037], got []",
    "fr34_vogel_schon_bestaetigt.eml": "first run at 42ab1d5: needs_staff: expected True, got False",
    "fr42_oneill_tuesday_one.eml": "first run at 42ab1d5: confirmed: expected [1136, 1137], got [1137]; dates: expected ['2026-04-14', '2026-04-21'], got ['2026-04-21']; needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=39, known_misses=KNOWN_MISSES)
