"""Blind corpus HA: late answers, weeks or months after the session, 42 confirmations and 3
look-alikes.

The mails in tests/data/blind_ha/ (made by `python -m tools.corpus.blind_ha`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
answers that come weeks or months late: replies to very old requests ("sorry, erst jetzt"),
several old requests answered in one mail, a day without its month or a weekday alone under
an old request, patients catching up after a hospital stay, a rehab or a holiday, lists of
the last months' sessions, days already confirmed or cancelled long ago among them. 35 mails
record at least one session; 10 record nothing (7 of them meant as confirmations: a day or
weekday that matches nothing, a day without its month that contradicts the request, a vague
"all of July", a re-confirmation of a day confirmed long ago, a doubt about which day; 3 not:
a session broken off, a session nobody joined, a complaint about old requests).

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

BLIND = LabelledSet("blind_ha", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ha03_becker_monday_under_old_request.eml": "first run at 769e3f5: confirmed: expected [1012], got []; dates: expected [], got ['2026-04-13']; needs_staff: expected False, got True",
    "ha04_becker_monday_under_thursday.eml": "first run at 769e3f5: dates: expected [], got ['2026-04-27']",
    "ha05_wolff_am_30_after_hospital.eml": "first run at 769e3f5: confirmed: expected [1030], got []; dates: expected ['2026-01-30'], got ['2026-03-30']; needs_staff: expected False, got True",
    "ha18_hoffmann_am_26.eml": "first run at 769e3f5: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1044], got []; dates: expected ['2026-05-26'], got ['2026-07-26']; needs_staff: expected False, got True",
    "ha20_oneill_tuesday.eml": "first run at 769e3f5: confirmed: expected [1140], got []; dates: expected [], got ['2026-06-30']; needs_staff: expected False, got True",
    "ha21_berger_hip_hospital.eml": "first run at 769e3f5: confirmed: expected [1142, 1143], got []",
    "ha26_richter_first_session_broke_off.eml": "first run at 769e3f5: categories: expected {'technical'}, got set(); dates: expected [], got ['2026-06-03']",
    "ha33_carter_nobody_joined.eml": "first run at 769e3f5: confirmation-intent: expected False, got True",
    "ha36_vogel_reconfirms_03sep.eml": "first run at 769e3f5: needs_staff: expected True, got False",
    "ha39_lehmann_am_13_ambiguous.eml": "first run at 769e3f5: dates: expected [], got ['2026-11-13']",
    "ha40_zimmermann_am_19.eml": "first run at 769e3f5: confirmed: expected [1095], got []; dates: expected ['2026-10-19'], got ['2026-11-19']; needs_staff: expected False, got True",
    "ha44_nowak_all_november.eml": "first run at 769e3f5: needs_staff: expected True, got False",
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
    assert_ordinary_inbox(BLIND, mails=45, confirmations=42, known_misses=KNOWN_MISSES)
