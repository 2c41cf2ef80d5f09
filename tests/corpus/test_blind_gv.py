"""Blind corpus GV: an inbox of the weeks around Christmas and New Year, 31 confirmations
and 10 look-alikes.

The mails in tests/data/blind_gv/ (made by `python -m tools.corpus.blind_gv`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are mostly
short replies under our request, many weeks late because of the holidays and some written in
January 2027 about sessions of "last year", new mails naming one or several days, season's
greetings beside the yes, a few mails from the first weeks of January 2026; the look-alikes
are a holiday cancellation, a reschedule, a question about the first session in January, a
thank-you under a reminder, a missed and a doubtful session, a Christmas thank-you and
year-end questions. Some mails are dated in January 2027, so the set is received later
than the default.

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

BLIND = LabelledSet("blind_gv", received_at=datetime.fromisoformat("2027-01-15T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gv06_zimmermann_26_auch.eml": "first run at ccbfdd8: dates: expected ['2026-10-19'], got ['2026-10-19', '2026-10-26']",
    "gv14_popescu_am_30.eml": "first run at ccbfdd8: confirmed: expected [1050], got []; dates: expected ['2026-06-30'], got ['2026-11-30']; needs_staff: expected False, got True",
    "gv34_nowak_feiertage_absage.eml": "first run at ccbfdd8: categories: expected {'cancellation'}, got set()",
    "gv37_lehmann_weiss_nicht_mehr.eml": "first run at ccbfdd8: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True; dates: expected [], got ['2026-09-29']",
    "gv38_becker_weihnachtsdank.eml": "first run at ccbfdd8: needs_staff: expected False, got True",
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
