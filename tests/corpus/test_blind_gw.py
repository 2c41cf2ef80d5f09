"""Blind corpus GW: partial confirmations in everyday words, 32 confirmations and 11 look-alikes.

The mails in tests/data/blind_gw/ (made by `python -m tools.corpus.blind_gw`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
mostly partial confirmations as patients write them: a yes for the day asked about
beside "last week I was ill" or "the Wednesday before I'm not sure anymore"; lists of
days with one missed, cut short, cancelled or doubted; "alle außer ..."; a yes with a
complaint or beside a question about another day; some where every session named took
place; and look-alikes where the session did not happen, was broken off or moved, or
the yes answers a reminder for tomorrow.

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

BLIND = LabelledSet("blind_gw", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gw06_jansen_niemand_da.eml": "first run at ccbfdd8: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "gw07_koch_mittwoch_unsicher.eml": "first run at ccbfdd8: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1113], got []",
    "gw08_richter_letzten_mittwoch.eml": "first run at ccbfdd8: categories: expected {'question', 'confirmation'}, got {'confirmation'}; confirmed: expected [1053], got []",
    "gw13_vogel_op.eml": "first run at ccbfdd8: dates: expected ['2026-09-10', '2026-09-17'], got ['2026-09-10', '2026-09-17', '2026-09-24']",
    "gw14_schaefer_nur_haelfte.eml": "first run at ccbfdd8: categories: expected {'other', 'confirmation'}, got {'confirmation'}",
    "gw17_carter_not_sure_31st.eml": "first run at ccbfdd8: confirmed: expected [1072, 1074], got []",
    "gw18_brandt_alle_ausser_urlaub.eml": "first run at ccbfdd8: confirmed: expected [1063, 1064, 1066, 1067], got []",
    "gw19_becker_alle_bis_auf.eml": "first run at ccbfdd8: confirmed: expected [1014, 1016, 1017], got [1017]",
    "gw20_wagner_alle_ausser_abgesagt.eml": "first run at ccbfdd8: confirmed: expected [1124, 1125, 1126, 1128, 1129], got []; needs_staff: expected False, got True",
    "gw21_schulz_kamera.eml": "first run at ccbfdd8: categories: expected {'other', 'confirmation'}, got {'confirmation'}; dates: expected ['2026-04-23'], got []; needs_staff: expected True, got False",
    "gw22_wolff_knie.eml": "first run at ccbfdd8: categories: expected {'other', 'confirmation'}, got {'confirmation'}; needs_staff: expected True, got False",
    "gw25_neumann_schon_bestaetigt.eml": "first run at ccbfdd8: dates: expected ['2026-07-28'], got ['2026-07-21', '2026-07-23', '2026-07-28']",
    "gw29_aydin_heute.eml": "first run at ccbfdd8: dates: expected ['2026-02-26'], got []",
    "gw30_oneill_three.eml": "first run at ccbfdd8: confirmed: expected [1136, 1137, 1138], got [1138]; needs_staff: expected False, got True",
    "gw33_schulz_code_falsch.eml": "first run at ccbfdd8: categories: expected {'technical'}, got set()",
    "gw34_hoffmann_stau.eml": "first run at ccbfdd8: categories: expected {'reschedule'}, got set()",
    "gw35_richter_nach_5_min.eml": "first run at ccbfdd8: categories: expected {'technical'}, got set()",
    "gw38_oneill_travelling.eml": "first run at ccbfdd8: categories: expected {'question'}, got set()",
    "gw41_hartmann_falsche_zeit.eml": "first run at ccbfdd8: categories: expected {'technical', 'question'}, got {'question'}",
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
    assert_ordinary_inbox(BLIND, mails=43, confirmations=32, known_misses=KNOWN_MISSES)
