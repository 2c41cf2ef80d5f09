"""Blind corpus IO: relatives, carers and helpers answering for the patient.

Forty mails from the patients' own (family) addresses, written by a wife, a son, a
granddaughter ("Oma sagt, ..."), a neighbour, a mother of a teenager, a care-home nurse,
an assistant or a husband: thirty confirmations, some plain, some doubtful, cut short or
for a cancelled day, and ten look-alikes (the writer's own treatment, a sibling's session,
a cancellation, a bill or prescription question, a failed video, a session that did not
take place, an announcement for tomorrow). German, English and learners' German.

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

BLIND = LabelledSet("blind_io", received_at=datetime.fromisoformat("2026-11-26T10:30:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "io03_wolff_frau_eigene_kg.eml": "first run at 0ab7a66c: dates: expected [], got ['2026-02-06']",
    "io07_neumann_sohn_abgebrochen.eml": "first run at 0ab7a66c: dates: expected ['2026-07-16'], got []",
    "io09_zimmermann_nachbar_nachtrag.eml": "first run at 0ab7a66c: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1094, 1095], got []; needs_staff: expected False, got True",
    "io10_zimmermann_nachbar_absage.eml": "first run at 0ab7a66c: categories: expected {'cancellation'}, got set()",
    "io14_schulz_mutter_heute.eml": "first run at 0ab7a66c: confirmed: expected [1034], got []; needs_staff: expected False, got True",
    "io16_schulz_mutter_bruder.eml": "first run at 0ab7a66c: dates: expected [], got ['2026-04-21', '2026-05-12']",
    "io18_brandt_mutter_unsicher.eml": "first run at 0ab7a66c: categories: expected {'confirmation', 'question'}, got {'question'}; confirmation-intent: expected True, got False",
    "io19_brandt_video_nicht.eml": "first run at 0ab7a66c: categories: expected {'technical', 'reschedule'}, got set()",
    "io21_oneill_wife_tonight.eml": "first run at 0ab7a66c: dates: expected ['2026-04-14'], got []",
    "io24_yildiz_sohn_gestern.eml": "first run at 0ab7a66c: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1076], got []; dates: expected ['2026-08-12'], got []; needs_staff: expected False, got True",
    "io30_krueger_mann_nachtrag.eml": "first run at 0ab7a66c: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1005, 1006], got []",
    "io31_becker_frau_glaube.eml": "first run at 0ab7a66c: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected [], got ['2026-02-09', '2026-02-12']",
    "io34_schaefer_mann_morgen.eml": "first run at 0ab7a66c: needs_staff: expected False, got True",
    "io35_schaefer_mann_heute_abend.eml": "first run at 0ab7a66c: confirmed: expected [1101], got []; needs_staff: expected False, got True",
    "io37_hartmann_mutter_fieber.eml": "first run at 0ab7a66c: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1120, 1121], got []; dates: expected ['2026-11-03', '2026-11-10', '2026-11-17'], got ['2026-11-03', '2026-11-10']",
    "io39_berger_tochter_monate.eml": "first run at 0ab7a66c: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1144, 1145, 1146], got []",
    "io40_demir_schwester_abgesagt.eml": "first run at 0ab7a66c: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=30, known_misses=KNOWN_MISSES)
