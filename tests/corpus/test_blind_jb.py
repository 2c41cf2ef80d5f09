"""Blind corpus JB: two sessions on one day.

Peter Hoffmann's mails about Monday 18 May 2026, when he had Gerätetraining at 7:30 and
Manuelle Therapie at 12:30 by video: both confirmed, one named by time, kind or order, one
missed, cut short or moved, the day confirmed without saying which, some days late and
with other days too; and look-alikes (both on one time, which one is next week, the second
cancelled, the second call never came).

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

BLIND = LabelledSet("blind_jb", received_at=datetime.fromisoformat("2026-08-04T12:00:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "jb20_hoffmann_ja_und_mittag.eml": "the day's second session, named by its time of day only, goes to staff beside the one recorded (lost silently on the first run)",
    "jb12_hoffmann_mittags_morgens.eml": "the day's second session, named by its time of day only, goes to staff beside the one recorded (lost silently on the first run)",
    "jb07_hoffmann_zweiter_erster.eml": "first run at 1f58cce9: confirmed: expected [1042, 1043], got []; dates: expected ['2026-05-18'], got ['2026-05-01', '2026-05-18']; needs_staff: expected False, got True",
    "jb14_hoffmann_beide_ok_samsung.eml": "first run at 1f58cce9: confirmed: expected [1042, 1043], got [1043]; dates: expected ['2026-05-18'], got []; needs_staff: expected False, got True",
    "jb16_hoffmann_heute_ja_mt.eml": "first run at 1f58cce9: dates: expected ['2026-05-18'], got []",
    "jb17_hoffmann_ja_frueh.eml": "first run at 1f58cce9: dates: expected ['2026-05-18'], got []",
    "jb21_hoffmann_730_ja_1230_verpasst.eml": "first run at 1f58cce9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1042], got []; dates: expected ['2026-05-18'], got []",
    "jb22_hoffmann_mt_abgebrochen.eml": "first run at 1f58cce9: confirmed: expected [1042], got []; dates: expected ['2026-05-18'], got []",
    "jb23_hoffmann_zweiter_fiel_aus.eml": "first run at 1f58cce9: confirmed: expected [1042], got []; dates: expected ['2026-05-18'], got []",
    "jb25_hoffmann_verschoben_14.eml": "first run at 1f58cce9: confirmed: expected [1042], got []; dates: expected ['2026-05-18'], got ['2026-05-02', '2026-05-18']",
    "jb28_hoffmann_frueher_kurz.eml": "first run at 1f58cce9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1043], got []; dates: expected ['2026-05-18'], got []",
    "jb29_hoffmann_juni_sammel.eml": "first run at 1f58cce9: confirmed: expected [1042, 1044, 1045], got []",
    "jb35_hoffmann_beide_frage.eml": "first run at 1f58cce9: categories: expected {'question', 'reschedule', 'confirmation'}, got {'question', 'confirmation'}",
    "jb38_hoffmann_absage_zweiter.eml": "first run at 1f58cce9: dates: expected [], got ['2026-05-11']",
    "jb39_hoffmann_anruf_kam_nie.eml": "first run at 1f58cce9: categories: expected {'other'}, got set()",
    "jb40_hoffmann_erinnerung_ok.eml": "first run at 1f58cce9: needs_staff: expected False, got True",
    "jb41_hoffmann_link_geht_nicht.eml": "first run at 1f58cce9: categories: expected {'technical'}, got set()",
    "jb43_hoffmann_rechnung_zwei.eml": "first run at 1f58cce9: dates: expected [], got ['2026-05-18']",
    "jb44_hoffmann_en_same_link.eml": "first run at 1f58cce9: categories: expected {'technical', 'question'}, got {'question'}",
    "jb46_hoffmann_nein_nicht_da.eml": "first run at 1f58cce9: categories: expected {'other'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=46, confirmations=35, known_misses=KNOWN_MISSES)
