"""Blind corpus DK: days of sessions given in words, 46 mails, 35 recording a confirmation.

The mails in tests/data/blind_dk/ (made by `python -m tools.corpus.blind_dk`, written
without reading the rules, the canonical table or the earlier blind sets' mails) name the
day of a session mostly in words: a weekday alone ('Montag ja, Donnerstag nicht'),
'letzte Woche Freitag', 'vorgestern', 'den davor', 'die beiden letzten', 'gestern und
heute', 'the Monday one', 'last night', a weekday corrected in the next sentence, a
weekday and a date that disagree; some name every session plainly. Eleven record nothing
(five of them meant as confirmations, six not): a 'ja' under a reminder, thanks for a video link, a
reschedule wish, an aborted video session, a question about a cancelled day, a cancelled
Monday, a Tuesday with no session, a day already confirmed, a 'Donnerstag' written before
that day's session and a 'Mittwoch, 14.05.' that is a Thursday.

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

BLIND = LabelledSet("blind_dk", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "dk11_carter_the_monday_one.eml": "first run at a9edc51: dates: expected ['2026-08-10'], got []",
    "dk20_schaefer_mittwochabend_buero.eml": "first run at a9edc51: dates: expected ['2026-10-14'], got []",
    "dk24_hartmann_dienstag_klein.eml": "first run at a9edc51: dates: expected ['2026-11-17'], got []",
    "dk10_brandt_die_beiden_letzten.eml": "first run at a9edc51: confirmed: expected [1064, 1065], got []; dates: expected ['2026-07-10', '2026-07-17'], got []; needs_staff: expected False, got True",
    "dk23_nowak_freitag_den_davor_nicht.eml": "first run at a9edc51: confirmed: expected [1118], got []",
    "dk25_wagner_montag_und_den_davor.eml": "first run at a9edc51: dates: expected ['2026-02-09'], got ['2026-02-02', '2026-02-09']",
    "dk16_vogel_gestern_schon_bestaetigt.eml": "first run at a9edc51: needs_staff: expected True, got False",
    "dk18_zimmermann_abgesagter_montag.eml": "first run at a9edc51: dates: expected [], got ['2026-10-26']",
    "dk28_berger_mittwoch_14_5.eml": "first run at a9edc51: dates: expected [], got ['2026-05-14']",
    "dk42_schulz_donnerstag_vormittags.eml": "first run at a9edc51: dates: expected [], got ['2026-05-21']",
    "dk37_richter_heute_abend.eml": "first run at a9edc51: needs_staff: expected False, got True",
    "dk38_popescu_video_abgebrochen.eml": "first run at a9edc51: categories: expected {'technical', 'reschedule'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=46, confirmations=40, known_misses=KNOWN_MISSES)
