"""Blind corpus GN: sessions that went differently than planned, 33 confirmations and 10
look-alikes.

The mails in tests/data/blind_gn/ (made by `python -m tools.corpus.blind_gn`, written
without reading the rules, the canonical table or the earlier blind sets' mails) confirm
sessions held by phone instead of video, started twenty minutes late but run in full,
moved to the afternoon of the same day, given by a substitute or held although the patient
felt ill, often beside a plain session in the same mail. The look-alikes report sessions
the therapist ended early, the patient left after a quarter of an hour, the connection
broke off, only half done, or not surely held: nothing to record, all for staff; mixed mails
confirm only the sessions done in full.

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

BLIND = LabelledSet("blind_gn", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gn29_brandt_phone.eml": 'a video session held by phone instead ("übers Handy statt Video") goes to staff since round 45 (blind IX ix27 billed such a day): which kind is billed, a person decides; the writer labelled it recorded',
    "gn01_krueger_phone_instead.eml": "first run at 6aa2f36: needs_staff: expected False, got True",
    "gn04_becker_therapist_ended.eml": "first run at 6aa2f36: dates: expected [], got ['2026-02-05']",
    "gn07_wolff_one_broken_off.eml": "first run at 6aa2f36: dates: expected ['2026-01-23'], got ['2026-01-23', '2026-01-30']",
    "gn08_wolff_afternoon.eml": "first run at 6aa2f36: needs_staff: expected False, got True",
    "gn10_aydin_afternoon.eml": "first run at 6aa2f36: confirmed: expected [1130], got []; needs_staff: expected False, got True",
    "gn11_demir_fever.eml": "first run at 6aa2f36: needs_staff: expected False, got True",
    "gn12_demir_left_early.eml": "first run at 6aa2f36: categories: expected {'other'}, got set(); dates: expected [], got ['2026-03-11']",
    "gn13_demir_two_switch.eml": "first run at 6aa2f36: confirmed: expected [1021, 1022], got [1021]; needs_staff: expected False, got True",
    "gn16_schulz_connection_lost.eml": "first run at 6aa2f36: categories: expected {'technical', 'reschedule'}, got {'technical'}",
    "gn18_oneill_hung_up.eml": "first run at 6aa2f36: dates: expected [], got ['2026-04-21']",
    "gn19_hoffmann_ill_two.eml": "first run at 6aa2f36: needs_staff: expected False, got True",
    "gn22_popescu_phone.eml": "first run at 6aa2f36: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1046], got []; dates: expected ['2026-06-02'], got []; needs_staff: expected False, got True",
    "gn23_popescu_ill_short.eml": "first run at 6aa2f36: categories: expected {'other'}, got set()",
    "gn27_neumann_stopped.eml": "first run at 6aa2f36: dates: expected [], got ['2026-07-09']",
    "gn30_brandt_unsure.eml": "first run at 6aa2f36: confirmation-intent: expected False, got True; dates: expected [], got ['2026-07-17']",
    "gn31_carter_phone_en.eml": "first run at 6aa2f36: needs_staff: expected False, got True",
    "gn32_carter_ended_en.eml": "first run at 6aa2f36: dates: expected [], got ['2026-08-10']",
    "gn37_lehmann_phone_wlan.eml": "first run at 6aa2f36: confirmed: expected [1087], got []; needs_staff: expected False, got True",
    "gn38_lehmann_one_ended.eml": "first run at 6aa2f36: confirmed: expected [1088], got []; dates: expected ['2026-09-15'], got ['2026-09-15', '2026-09-22']",
    "gn39_schaefer_office_phone.eml": "first run at 6aa2f36: confirmed: expected [1098], got []; needs_staff: expected False, got True",
    "gn40_jansen_ill_and_cut.eml": "first run at 6aa2f36: confirmed: expected [1105], got []; dates: expected ['2026-10-29'], got ['2026-10-29', '2026-11-05']",
    "gn41_nowak_afternoon.eml": "first run at 6aa2f36: needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=33, known_misses=KNOWN_MISSES)
