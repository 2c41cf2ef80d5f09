"""Blind corpus HV: look-alikes of a confirmation between plain confirmations.

Forty-five mails of the practice's patients: fifteen plain confirmations, one that confirms
only the first of two sessions on one day and one that names a day without an appointment,
among twenty-eight that look like confirmations and are not (a coming session accepted,
an invoice, link, forms or prescription "bestätigt", "NICHT stattgefunden", sessions cut
short, a relative's or another doctor's appointment, a misdirected mail, an out-of-office
reply, an old confirmation quoted under a new question, a technical test call, cancellations
and reschedules). German, English and learners' German, many mail programs.

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

BLIND = LabelledSet("blind_hv", received_at=datetime.fromisoformat("2026-11-29T22:47:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hv01_krueger_ja_dienstag_passt.eml": "first run at 3bfcaebe: needs_staff: expected False, got True",
    "hv07_becker_morgen_verschieben.eml": "first run at 3bfcaebe: categories: expected {'reschedule'}, got set()",
    "hv08_becker_rechnung_erhalten.eml": "first run at 3bfcaebe: dates: expected [], got ['2026-03-05']; needs_staff: expected False, got True",
    "hv11_aydin_haette_gern_bestaetigt.eml": "first run at 3bfcaebe: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "hv14_koch_ehemann.eml": "first run at 3bfcaebe: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-03-30']",
    "hv16_oneill_confirm_tomorrow.eml": "first run at 3bfcaebe: needs_staff: expected False, got True",
    "hv17_schulz_nicht_stattgefunden.eml": "first run at 3bfcaebe: categories: expected {'other'}, got set()",
    "hv18_hoffmann_link_erhalten.eml": "first run at 3bfcaebe: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; needs_staff: expected False, got True",
    "hv19_hoffmann_ja_super.eml": "first run at 3bfcaebe: dates: expected ['2026-05-11'], got []",
    "hv20_hoffmann_frueh_ja_mittag_nein.eml": "first run at 3bfcaebe: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "hv21_schulz_feiertag.eml": "first run at 3bfcaebe: categories: expected {'question'}, got set()",
    "hv22_berger_mittwoch.eml": "first run at 3bfcaebe: categories: expected {'thanks', 'confirmation'}, got {'confirmation'}",
    "hv24_popescu_formulare.eml": "first run at 3bfcaebe: needs_staff: expected False, got True",
    "hv26_popescu_internet_weg.eml": "first run at 3bfcaebe: categories: expected {'technical', 'question'}, got {'question'}",
    "hv28_brandt_orthopaede.eml": "first run at 3bfcaebe: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "hv38_zimmermann_verordnung.eml": "first run at 3bfcaebe: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "hv40_schaefer_andere_adresse.eml": "first run at 3bfcaebe: categories: expected {'other'}, got set()",
    "hv41_hartmann_testanruf.eml": "first run at 3bfcaebe: confirmation-intent: expected False, got True; dates: expected [], got ['2026-11-02']; needs_staff: expected False, got True",
    "hv42_zimmermann_verschlafen.eml": "first run at 3bfcaebe: categories: expected {'cancellation', 'reschedule'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=17, known_misses=KNOWN_MISSES)
