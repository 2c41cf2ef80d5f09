"""Blind corpus JA: someone else answers for the patient.

44 mails from daughters, sons, spouses, grandchildren, a neighbour, a nursing service and a
care home, mostly from the patient's address, three from the writer's own address naming the
patient; they relay what the patient says, tell what they saw or confirm in the patient's
name, some mentioning their own or a sibling's appointments. 35 confirmations (several cut
short, doubtful or mixed with a question) and 9 look-alikes: cancellations, questions
about the bill or the next appointment, "keine Lust", the tablet, a relative's own session.

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

BLIND = LabelledSet("blind_ja", received_at=datetime.fromisoformat("2026-11-14T19:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ja03_wolff_abgebrochen_schwindelig.eml": "first run at 1f58cce9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-01-30'], got []",
    "ja05_neumann_nachbarin_eigene_adresse.eml": "first run at 1f58cce9: patient: expected 9, got None; confirmed: expected [1057, 1058], got []",
    "ja08_schulz_keine_lust.eml": "first run at 1f58cce9: categories: expected {'other', 'question'}, got {'question'}; dates: expected ['2026-04-30'], got []",
    "ja10_hoffmann_ehefrau_weiss_nicht_genau.eml": "first run at 1f58cce9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected [], got ['2026-05-26']",
    "ja13_richter_mutter_bis_zum_schluss.eml": "first run at 1f58cce9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1051], got []; needs_staff: expected False, got True",
    "ja17_carter_husband_on_behalf.eml": "first run at 1f58cce9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1069], got []; dates: expected ['2026-08-03'], got []; needs_staff: expected False, got True",
    "ja21_yildiz_tochter_unsicher.eml": "first run at 1f58cce9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected [], got ['2026-08-26']",
    "ja23_vogel_ehefrau_eigener_termin.eml": "first run at 1f58cce9: dates: expected ['2026-09-17'], got ['2026-09-17', '2026-09-18']",
    "ja25_lehmann_enkel_welche_woche.eml": "first run at 1f58cce9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False",
    "ja26_zimmermann_ehefrau_alle_uebungen.eml": "first run at 1f58cce9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1093], got []; needs_staff: expected False, got True",
    "ja29_schaefer_tochter_eigene_adresse.eml": "first run at 1f58cce9: patient: expected 16, got None; confirmed: expected [1099, 1100], got []",
    "ja34_nowak_partnerin_lernerdeutsch.eml": "first run at 1f58cce9: confirmed: expected [1116], got []; needs_staff: expected False, got True",
    "ja35_nowak_keine_lust.eml": "first run at 1f58cce9: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "ja37_hartmann_mutter_eigener_termin.eml": "first run at 1f58cce9: categories: expected {'other'}, got set(); dates: expected [], got ['2026-11-10']",
    "ja41_aydin_sohn_einer_nicht.eml": "first run at 1f58cce9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1131], got []",
    "ja42_oneill_wife_line_dropped.eml": "first run at 1f58cce9: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False",
    "ja44_berger_heim_eigene_adresse.eml": "first run at 1f58cce9: patient: expected 24, got None; confirmed: expected [1143, 1144, 1145], got []",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=35, known_misses=KNOWN_MISSES)
