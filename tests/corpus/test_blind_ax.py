"""Blind corpus AX: a plain summer inbox (June to August), 29 confirmations and 11 look-alikes.

The mails in tests/data/blind_ax/ (made by `python -m tools.corpus.blind_ax`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are what
the patients treated in June, July and August write: mostly short replies under our
request from phones and webmail (Outlook, Yahoo, iPhone, Thunderbird, web.de, Samsung,
Gmail in English), a few new mails with the day in the subject or text, late and
multi-day answers after holidays and trips, a bare "Ja", dialect, learners' German, a few
questions or a reschedule wish beside the yes; and the usual look-alikes: a holiday
cancellation, a reschedule, questions before a session, a video nobody joined, a call that
never came, a session broken off, the patient's own away notice, a yes to a reminder, a
thank-you and a promise to confirm later.

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

BLIND = LabelledSet("blind_ax", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ax02_hoffmann_nachtrag_mai.eml": "first run at feb32d3: confirmed: expected [1044], got []; dates: expected ['2026-05-26'], got []; needs_staff: expected False, got True",
    "ax07_popescu_niemand_kam.eml": "first run at feb32d3: categories: expected {'technical'}, got set(); confirmation-intent: expected False, got True",
    "ax13_berger_niemand_angerufen.eml": "first run at feb32d3: categories: expected {'other'}, got set()",
    "ax15_berger_kur.eml": "first run at feb32d3: needs_staff: expected False, got True",
    "ax19_neumann_morgen_erreichbar.eml": "first run at feb32d3: needs_staff: expected False, got True",
    "ax23_neumann_danke.eml": "first run at feb32d3: needs_staff: expected False, got True",
    "ax30_carter_ipad.eml": "first run at feb32d3: categories: expected {'technical', 'question'}, got {'technical'}",
    "ax33_carter_later.eml": "first run at feb32d3: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=29, known_misses=KNOWN_MISSES)
