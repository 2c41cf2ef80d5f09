"""Blind corpus CL: a plain inbox of the whole year, 33 confirmations and 9 look-alikes.

The mails in tests/data/blind_cl/ (made by `python -m tools.corpus.blind_cl`, written
without reading the rules, the canonical table or the earlier blind sets' mails), are what
the patients in practice.toml would really send over the year: mostly short replies under
our request from many mail programs, with and without the day, some new mails, several
days at once, a few weeks late, and often business about coming sessions beside the yes
(cancelling or moving the next one, holidays, a new prescription, phone or video). The
look-alikes are thank-yous for a reminder or video link, a question about the next
session, missed sessions, a session that did not happen, a cancellation, a reschedule, a
doubt under our request, and one yes (counted among the confirmations) for a day we had
cancelled, which nobody may record.

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

BLIND = LabelledSet("blind_cl", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "cl11_schulz_himmelfahrt.eml": "first run at d658850: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "cl12_schulz_vergessen.eml": "first run at d658850: categories: expected {'other'}, got set()",
    "cl16_popescu_kein_anruf.eml": "first run at d658850: categories: expected {'technical'}, got set()",
    "cl20_oneill_away.eml": "first run at d658850: dates: expected ['2026-04-21'], got ['2026-04-12', '2026-04-21']",
    "cl36_zimmermann_abgesagt.eml": "first run at d658850: dates: expected [], got ['2026-10-26']",
    "cl37_schaefer_buero.eml": "first run at d658850: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "cl38_jansen_daumen.eml": "first run at d658850: needs_staff: expected False, got True",
    "cl42_hartmann_verschlafen.eml": "first run at d658850: categories: expected {'reschedule'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=33, known_misses=KNOWN_MISSES)
