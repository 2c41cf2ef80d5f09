"""Blind corpus BO: corrections inside a mail, 33 confirmations and 10 look-alikes.

The mails in tests/data/blind_bo/ (made by `python -m tools.corpus.blind_bo`, written
without reading the rules, the canonical table or the earlier blind sets' mails) hold
patients correcting themselves: a day named and fixed in the same or the next sentence
("am 26.1. – nein Quatsch, heute am 27.1."), a wrong month, year or digit order put right,
a second mail minutes later correcting the first, a cancelled or missed day confirmed and
taken back, a subject naming the wrong day and a body naming the right one, and some plain
confirmations between them. The look-alikes end in no confirmation: a cancelled day taken
back, a future day, a duplicate of a confirmed day, a session the patient then says did
not take place.

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

BLIND = LabelledSet("blind_bo", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "bo16_hoffmann_mt_verschoben.eml": "BILLING BUG: first run at 90b0592: recorded [1043]; now: confirmed: expected [1042], got []",
    "bo04_richter_swapped_digits.eml": "first run at 90b0592: dates: expected ['2026-06-10'], got ['2025-10-06', '2026-06-10']; needs_staff: expected False, got True",
    "bo06_lehmann_next_sentence.eml": "first run at 90b0592: confirmed: expected [1089], got []; dates: expected ['2026-09-22'], got ['2026-08-22', '2026-09-22']; needs_staff: expected False, got True",
    "bo08_koch_kalender_verrutscht.eml": "first run at 90b0592: confirmed: expected [1111, 1112], got [1112]; dates: expected ['2026-03-30', '2026-04-01'], got ['2026-03-30', '2026-03-31', '2026-04-01']; needs_staff: expected False, got True",
    "bo10_demir_cancelled_then_right.eml": "first run at 90b0592: needs_staff: expected False, got True",
    "bo11_yildiz_19_abgesagt.eml": "first run at 90b0592: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1078], got []; needs_staff: expected False, got True",
    "bo12_wagner_cancelled_aside.eml": "first run at 90b0592: dates: expected ['2026-02-09'], got ['2026-02-02', '2026-02-09']; needs_staff: expected False, got True",
    "bo13_neumann_donnerstag_keiner.eml": "first run at 90b0592: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1056], got []; dates: expected ['2026-07-07'], got ['2026-07-07', '2026-07-09']",
    "bo14_lehmann_abgebrochen.eml": "first run at 90b0592: categories: expected {'confirmation', 'technical'}, got {'confirmation'}; dates: expected ['2026-10-06'], got ['2026-10-06', '2026-10-13']",
    "bo15_brandt_late_urlaub.eml": "first run at 90b0592: dates: expected ['2026-07-24', '2026-07-31'], got ['2026-07-24', '2026-07-31', '2026-08-07']",
    "bo17_krueger_3_3_beim_arzt.eml": "first run at 90b0592: confirmed: expected [1006, 1007, 1009], got []",
    "bo21_wolff_korrektur_30.eml": "first run at 90b0592: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1030], got []",
    "bo23_schaefer_nachtrag_beide.eml": "first run at 90b0592: confirmed: expected [1099, 1100], got []; needs_staff: expected False, got True",
    "bo24_schulz_feiertag.eml": "first run at 90b0592: confirmed: expected [1038], got []; dates: expected ['2026-05-21'], got ['2026-05-14', '2026-05-21']; needs_staff: expected False, got True",
    "bo25_carter_subject_august.eml": "first run at 90b0592: dates: expected ['2026-09-07'], got ['2026-08-07', '2026-09-07']; needs_staff: expected False, got True",
    "bo27_vogel_schon_bestaetigt.eml": "first run at 90b0592: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1082], got []; dates: expected ['2026-09-10'], got []; needs_staff: expected False, got True",
    "bo29_hartmann_unsicher.eml": "first run at 90b0592: categories: expected {'question', 'confirmation'}, got {'question'}; confirmation-intent: expected True, got False",
    "bo34_demir_abgesagt_zurueck.eml": "first run at 90b0592: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-04-01']; needs_staff: expected False, got True",
    "bo35_zimmermann_abgesagt_frage.eml": "first run at 90b0592: confirmation-intent: expected False, got True; dates: expected [], got ['2026-10-26']",
    "bo36_jansen_morgen.eml": "first run at 90b0592: needs_staff: expected False, got True",
    "bo37_koch_doppelt.eml": "first run at 90b0592: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "bo38_oneill_missed.eml": "first run at 90b0592: confirmation-intent: expected False, got True; dates: expected [], got ['2026-05-12']",
    "bo39_berger_morgen_erreichbar.eml": "first run at 90b0592: needs_staff: expected False, got True",
    "bo40_richter_nicht_stattgefunden.eml": "first run at 90b0592: categories: expected {'reschedule'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-06-17']",
    "bo41_popescu_nicht_angerufen.eml": "first run at 90b0592: categories: expected {'other'}, got set(); dates: expected [], got ['2026-06-23']",
    "bo43_carter_not_sure.eml": "first run at 90b0592: confirmation-intent: expected False, got True; dates: expected [], got ['2026-08-24']",
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
