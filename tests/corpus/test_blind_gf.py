"""Blind corpus GF: second-language German, English and relatives, 31 confirmations and 10
look-alikes.

The mails in tests/data/blind_gf/ (made by `python -m tools.corpus.blind_gf`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are an
ordinary inbox from patients who write German as a second language or in English, and
from a daughter, a son, a granddaughter, a wife, a mother and a carer writing for a
patient from the patient's registered address: short replies under our request in simple
or broken German, English or a mix, dates as 4.3., 12/3, 21/4, 11 März, August 3rd, the
14th, November 13; a few several days at once, a few late, yes without a day, a
confirmation beside a question or a call that did not take place; and look-alikes (a
cancellation, a question about a coming session, a missed session, a call nobody made,
our request for a cancelled day, a video code that did not work, a thank-you for the
link, a yes to a coming session).

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

BLIND = LabelledSet("blind_gf", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gf12_aydin_einer_ja_einer_nein.eml": "first run at ee5f1dd: categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "gf13_demir_frage_1_4.eml": "first run at ee5f1dd: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "gf30_zimmermann_ehefrau.eml": "first run at ee5f1dd: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1093], got []; dates: expected ['2026-10-05'], got []; needs_staff: expected False, got True",
    "gf35_popescu_verpasst.eml": "first run at ee5f1dd: categories: expected {'reschedule'}, got set()",
    "gf38_wolff_nicht_gehoert.eml": "first run at ee5f1dd: categories: expected {'reschedule'}, got set()",
    "gf40_jansen_komme.eml": "first run at ee5f1dd: needs_staff: expected False, got True",
    "gf41_berger_niemand_angerufen.eml": "first run at ee5f1dd: categories: expected {'other'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=41, confirmations=31, known_misses=KNOWN_MISSES)
