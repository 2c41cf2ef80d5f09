"""Blind corpus AJ: an ordinary inbox of video patients across 2026, 36 confirmations and
14 look-alikes.

The mails in tests/data/blind_aj/ (made by `python -m tools.corpus.blind_aj`, written without
reading the rules, the canonical table or the earlier blind sets' mails), from the practice's
video patients: answers to our confirmation requests and video-link mails (Redmedical), with
the small things video brings told beside the confirmation: a picture that froze for a minute
and went on, a code that was refused so the therapist phoned instead, a patient in the car,
at work, in the library or a hotel, a husband, boyfriend or grandson setting up the laptop,
two sessions on one day, a late confirmation at the year end, a day that fits no appointment;
and the look-alikes: a link that did not work at all, nobody joined, a session that froze and
broke off, a refused code with no call, questions before the first session, cancellations, a
reschedule, an invoice date, forms and an out-of-office reply. German above all, some English,
learners (Turkish, Romanian) and ALL CAPS, forwards instead of replies, every mail program and
quote style make_corpus knows, top- and bottom-posted.

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

BLIND = LabelledSet("blind_aj", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Every mail not decided as labelled (includes both lists above); filled after the first run.
KNOWN_MISSES: dict[str, str] = {
    "aj01_krueger_eingefroren.eml": ("first run at e0eb200: needs_staff: expected False, got True"),
    "aj06_schulz_code_angerufen.eml": (
        "first run at e0eb200: categories: expected {'technical', 'confirmation'}, got "
        "{'confirmation'}; confirmed: expected [1034], got []"
    ),
    "aj07_schulz_april_ende.eml": ("first run at e0eb200: needs_staff: expected False, got True"),
    "aj11_hoffmann_pfingsten.eml": ("first run at e0eb200: needs_staff: expected False, got True"),
    "aj12_popescu_mann_laptop.eml": ("first run at e0eb200: needs_staff: expected False, got True"),
    "aj18_carter_froze.eml": ("first run at e0eb200: needs_staff: expected False, got True"),
    "aj26_schaefer_partner.eml": ("first run at e0eb200: needs_staff: expected False, got True"),
    "aj29_nowak_ton_weg.eml": ("first run at e0eb200: needs_staff: expected False, got True"),
    "aj37_krueger_link_danke.eml": ("first run at e0eb200: needs_staff: expected False, got True"),
    "aj38_schulz_link_tot.eml": (
        "first run at e0eb200: categories: expected {'technical', 'reschedule'}, got {'reschedule'}"
    ),
    "aj39_popescu_niemand.eml": (
        "first run at e0eb200: categories: expected {'technical'}, got set()"
    ),
    "aj40_richter_safari.eml": (
        "first run at e0eb200: categories: expected {'technical', 'question'}, got {'technical'}"
    ),
    "aj44_schaefer_abgebrochen.eml": (
        "first run at e0eb200: categories: expected {'technical', 'reschedule'}, got {'technical'}"
    ),
    **BILLING_BUGS,
    **LOST_SILENTLY,
}

(
    test_no_invented_confirmation,
    test_no_confirmation_lost_silently,
    test_decision,
    test_billing_bugs_are_declared_as_such,
) = blind_tests(
    BLIND, billing_bugs=BILLING_BUGS, lost_silently=LOST_SILENTLY, known_misses=KNOWN_MISSES
)


def test_blind_set_is_an_ordinary_inbox() -> None:
    assert_ordinary_inbox(BLIND, mails=50, confirmations=36, known_misses=KNOWN_MISSES)
