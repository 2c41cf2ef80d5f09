"""Blind corpus IE: patients who confirm many sessions in one mail, late or collected.

Forty mails from patients who answer late or gather their answers: lists of dates, ranges,
whole months, "die letzten vier", "die drei Termine letzte Woche", counts that do or do not
fit, a range with a day left out or over a cancelled or future session, dates in several
forms, calendar tables, under our request for one day or as new mails, weeks late; thirty
confirm, ten only look like it (coming sessions, cancellations, open-session and bill
questions, an answer to our reminder, a thank-you).

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

BLIND = LabelledSet("blind_ie", received_at=datetime.fromisoformat("2026-12-04T18:22:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ie03_demir_range_storniert.eml": "first run at 5c64d628: needs_staff: expected True, got False",
    "ie04_hoffmann_kalendertabelle.eml": "first run at 5c64d628: confirmed: expected [1040, 1041, 1042, 1043, 1044], got [1040, 1041, 1044]; needs_staff: expected False, got True",
    "ie06_richter_fuenf_im_juni.eml": "first run at 5c64d628: confirmed: expected [1051, 1052, 1053, 1054], got []; dates: expected ['2026-06-03', '2026-06-10', '2026-06-17', '2026-06-24'], got []",
    "ie08_wolff_letzte_vier.eml": "first run at 5c64d628: confirmed: expected [1030, 1031, 1032, 1033], got []; dates: expected ['2026-01-30', '2026-02-06', '2026-02-13', '2026-02-20'], got []; needs_staff: expected False, got True",
    "ie09_schulz_mai.eml": "first run at 5c64d628: confirmed: expected [1037, 1038, 1039], got []; dates: expected ['2026-05-07', '2026-05-21', '2026-05-28'], got ['2026-05-14']; needs_staff: expected False, got True",
    "ie10_brandt_seit_rueckmeldung.eml": "first run at 5c64d628: needs_staff: expected True, got False",
    "ie11_koch_drei_letzte_woche.eml": "first run at 5c64d628: confirmed: expected [1111, 1112], got []; dates: expected ['2026-03-30', '2026-04-01'], got ['2026-03-23', '2026-03-29']",
    "ie14_neumann_juli.eml": "first run at 5c64d628: confirmed: expected [1056, 1057, 1058, 1059, 1060, 1061, 1062], got [1062]; dates: expected ['2026-07-07', '2026-07-09', '2026-07-14', '2026-07-16', '2026-07-21', '2026-07-23', '2026-07-28'], got ['2026-07-28']; needs_staff: expected False, got True",
    "ie20_nowak_abgebrochen.eml": "first run at 5c64d628: dates: expected ['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27'], got ['2026-11-13', '2026-11-20', '2026-11-27']",
    "ie22_wagner_vorab.eml": "first run at 5c64d628: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1124, 1125, 1126, 1128], got []; dates: expected ['2026-01-12', '2026-01-19', '2026-01-26', '2026-02-09'], got []",
    "ie24_oneill_range.eml": "first run at 5c64d628: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1136, 1137, 1138, 1139, 1140, 1141], got []; dates: expected ['2026-04-14', '2026-04-21', '2026-04-28', '2026-05-05', '2026-05-12', '2026-05-19'], got ['2026-04-14', '2026-05-19']; needs_staff: expected False, got True",
    "ie26_krueger_alte_anfrage.eml": "first run at 5c64d628: confirmed: expected [1003, 1004, 1005, 1006, 1007, 1008, 1009], got [1003]; dates: expected ['2026-01-27', '2026-02-03', '2026-02-10', '2026-02-17', '2026-02-24', '2026-03-03', '2026-03-10'], got ['2026-01-27']; needs_staff: expected False, got True",
    "ie28_hoffmann_halbe_stunde.eml": "first run at 5c64d628: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1041, 1042, 1043], got []",
    "ie34_hoffmann_rechnung.eml": "first run at 5c64d628: dates: expected [], got ['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-26', '2026-06-01']",
    "ie38_brandt_urlaub.eml": "first run at 5c64d628: categories: expected {'cancellation'}, got set()",
    "ie39_wagner_danke.eml": "first run at 5c64d628: needs_staff: expected False, got True",
    "ie40_zimmermann_ich_komme.eml": "first run at 5c64d628: needs_staff: expected False, got True",
    **BILLING_BUGS,
    **LOST_SILENTLY,
    "ie12_zimmermann_oktober.eml": "lost silently on its first run at 5c64d628 (the October sessions beside a day read); since round 38 a month named as a whole reaches staff, nothing of it recorded (DESIGN: bill on named days)",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=30, known_misses=KNOWN_MISSES)
