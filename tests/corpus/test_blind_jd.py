"""Blind corpus JD: two sessions on one day, which of them took place.

Peter Hoffmann's Monday 18 May 2026 with KG am Gerät at 07:30 (1042) and Manuelle Therapie
at 12:30 (1043), both by video: his answers under our request for one or the other or as
new mails, the same day or weeks later, confirming both, one named by time, treatment or
order, one missed, cut short or moved, or not saying which; a few other patients' days with
two contacts of which one is the appointment; look-alikes (merge the pair, which is video,
cancel one, the midday call never came, thanks for the booking, two sessions wanted).

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

BLIND = LabelledSet("blind_jd", received_at=datetime.fromisoformat("2026-08-12T09:05:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "jd02_hoffmann_vormittags_nachmittags.eml": "first run at aa962d8a: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1042, 1043], got []; needs_staff: expected False, got True",
    "jd14_hoffmann_training_18_und_26.eml": "first run at aa962d8a: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1042, 1044], got []; needs_staff: expected False, got True",
    "jd16_hoffmann_halb8_ja_halb1_meeting.eml": "first run at aa962d8a: confirmed: expected [1042], got []; dates: expected ['2026-05-18'], got []",
    "jd17_hoffmann_verschlafen.eml": "first run at aa962d8a: confirmed: expected [1043], got []; dates: expected ['2026-05-18'], got []",
    "jd22_hoffmann_mittag_verschoben.eml": "first run at aa962d8a: confirmed: expected [1042], got []; dates: expected ['2026-05-18'], got []",
    "jd25_hoffmann_einer_von_beiden.eml": "first run at aa962d8a: dates: expected ['2026-05-18'], got []",
    "jd28_hoffmann_zusammenlegen.eml": "first run at aa962d8a: categories: expected {'reschedule'}, got set(); confirmation-intent: expected False, got True",
    "jd32_hoffmann_danke_doppeltermin.eml": "first run at aa962d8a: needs_staff: expected False, got True",
    "jd33_hoffmann_erinnerung_welcher.eml": "first run at aa962d8a: categories: expected {'question'}, got set()",
    "jd38_berger_zweimal_angerufen.eml": "first run at aa962d8a: confirmed: expected [1142], got []; needs_staff: expected False, got True",
    "jd39_neumann_nachmittag_kein_anruf.eml": "first run at aa962d8a: confirmed: expected [1056], got []",
    "jd40_oneill_dropped_and_called_back.eml": "first run at aa962d8a: categories: expected {'technical', 'confirmation'}, got {'technical'}; confirmation-intent: expected True, got False",
    "jd41_yildiz_zweite_anruf.eml": "first run at aa962d8a: dates: expected ['2026-08-05'], got []",
    "jd43_neumann_zusammenlegen.eml": "first run at aa962d8a: categories: expected {'reschedule'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=33, known_misses=KNOWN_MISSES)
