"""Blind corpus IY: patients who write German as a second language, and mixed languages.

42 mails from patients whose first language is Turkish, Polish, Romanian, Arabic, Russian,
Ukrainian, English or Italian (some written by a daughter, son or wife): short replies under
our request and new mails in broken German with words of their own language, dates such as
"11 mart", "12/03", "2 iunie", "28/4", "13 maggio", some weeks or months late; 32
confirmations (a few partial, doubtful or for a cancelled day) and 10 look-alikes
(cancellations, "Termin war nicht, ich war krank", questions, a thank-you for the link).

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

BLIND = LabelledSet("blind_iy", received_at=datetime.fromisoformat("2026-11-28T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "iy06_yildiz_12_8.eml": "first run at 7e636caf: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1076], got []; needs_staff: expected False, got True",
    "iy13_aydin_akku_leer.eml": "first run at 7e636caf: categories: expected {'technical', 'confirmation'}, got set(); confirmation-intent: expected True, got False",
    "iy21_nowak_dezember.eml": "first run at 7e636caf: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "iy24_lehmann_dienstag.eml": "first run at 7e636caf: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1089], got []; needs_staff: expected False, got True",
    "iy32_carter_spam.eml": "first run at 7e636caf: dates: expected ['2026-08-17', '2026-08-24', '2026-08-31'], got ['2026-08-17', '2026-08-24']",
    "iy39_berger_nicht_angerufen.eml": "first run at 7e636caf: categories: expected {'other'}, got set()",
    "iy41_hoffmann_ehefrau.eml": "first run at 7e636caf: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1040], got []; dates: expected ['2026-05-04'], got []; needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=32, known_misses=KNOWN_MISSES)
