"""Blind corpus HW: patients with two or three sessions a week confirm by the day's name.

40 mails of four patients whose appointments come more than once a week (Mo/Do, Di/Do,
Mo/Mi, two sessions on one Monday): a line per day with a tick or a cross, "Di. ok, Do. fiel
aus", "gestern"/"vorgestern" beside weekday names, "beide Termine letzte Woche", written on
the day of a session or weeks later, under our request or as new mails, in German, English
and learners' German; look-alikes name a weekday still to come, cut short, missed or only
asked about. Only sessions plainly held in full on a clear day are labelled confirmed.

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

BLIND = LabelledSet("blind_hw", received_at=datetime.fromisoformat("2026-07-31T16:20:00+02:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hw02_becker_nur_donnerstag.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "hw07_becker_mo_ok_do_fiel_aus.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}; confirmed: expected [1014], got []",
    "hw08_becker_donnerstag_15_minuten.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'other'}, got set(); dates: expected ['2026-02-19'], got []",
    "hw09_becker_rosenmontag.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): dates: expected ['2026-02-16'], got []",
    "hw11_becker_montags_klappt_immer.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'confirmation', 'cancellation'}, got {'cancellation'}; confirmation-intent: expected True, got False; confirmed: expected [1016], got []; dates: expected ['2026-02-23'], got []",
    "hw14_neumann_di_ok_do_fiel_aus.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'other', 'confirmation'}, got {'confirmation'}; confirmed: expected [1056], got []",
    "hw15_neumann_vorgestern_und_heute.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1058, 1059], got []; needs_staff: expected False, got True",
    "hw17_neumann_nur_dienstag.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "hw19_neumann_zwei_wochen_liste.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "hw20_neumann_dienstag_15_minuten.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'technical', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-07-14', '2026-07-16'], got ['2026-07-16']",
    "hw22_neumann_gestern_letzte.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'confirmation', 'thanks'}, got {'confirmation'}",
    "hw24_neumann_carer_english.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}",
    "hw26_koch_vorgestern.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): dates: expected ['2026-03-23'], got []; needs_staff: expected False, got True",
    "hw30_koch_montage_alle.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False",
    "hw31_koch_heute_niemand.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "hw32_koch_zahnarzt.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'cancellation'}, got set()",
    "hw33_koch_anruf_unterdrueckt.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): dates: expected [], got ['2026-03-23']",
    "hw34_koch_learner_german.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'confirmation', 'cancellation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1111, 1112], got []",
    "hw37_hoffmann_montag_frueh_nur.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'technical', 'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1042], got []; dates: expected ['2026-05-18'], got []",
    "hw40_hoffmann_cut_short.eml": "after the weekday reader (first run at 1d55e1f: HW 14/29, HX 30/32): categories: expected {'technical'}, got set(); dates: expected ['2026-06-01'], got []",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=31, known_misses=KNOWN_MISSES)
