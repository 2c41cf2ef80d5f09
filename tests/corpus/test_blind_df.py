"""Blind corpus DF: hard look-alikes, 19 confirmations and 24 look-alikes.

The mails in tests/data/blind_df/ (made by `python -m tools.corpus.blind_df`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 43 in
all: 28 that a hasty reader might take for a confirmation but that give nothing to record
(a session still to come "bestätigt", thanks for a cancelled session, "hat leider nicht
stattgefunden" in many forms, sessions broken off, a confirmation for a family member who
is also a patient, the doctor or another practice, an old confirmation quoted or
forwarded, a yes to the reminder or the forms request, a cancelled, already confirmed or
empty day "confirmed"), and 15 that confirm a session, four of them mixed with such a part.
Of the 28, four are labelled confirmations without an appointment to record.

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

BLIND = LabelledSet("blind_df", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=19, known_misses=KNOWN_MISSES)
