"""Blind corpus GP: confirmations beside other dates, 32 confirmations and 10 look-alikes.

The mails in tests/data/blind_gp/ (made by `python -m tools.corpus.blind_gp`, written
without reading the rules, the canonical table or the earlier blind sets' mails) are
everyday confirmations, one or several sessions, that name beside the sessions other dates
that are no sessions: the prescription's date, a doctor's or specialist's appointment, a
sick-note period, a holiday, a birthday or birth date, an invoice date and number, the date
of an earlier mail, a wish for the next appointment, a session still to come, the closing
days in a signature; some name only sessions. One confirms a cancelled day. The look-alikes
answer our request or reminder without confirming a session that took place.

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

BLIND = LabelledSet("blind_gp", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gp08_vogel_rechnung_kanzlei.eml": "first run at f0b2306: categories: expected {'confirmation', 'other'}, got {'confirmation'}; dates: expected ['2026-09-10'], got ['2026-09-03', '2026-09-10']; needs_staff: expected True, got False",
    "gp10_schulz_urlaub_ohne_termin.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gp12_carter_holiday.eml": "first run at f0b2306: dates: expected ['2026-08-03'], got ['2026-07-17', '2026-08-03']",
    "gp13_yildiz_krankmeldung.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gp15_zimmermann_kur.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gp17_demir_1_4_abgesagt.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gp25_oneill_invoice.eml": "first run at f0b2306: dates: expected ['2026-04-21'], got ['2026-04-14', '2026-04-21']; needs_staff: expected False, got True",
    "gp27_becker_bis_montag.eml": "first run at f0b2306: confirmed: expected [1014, 1015], got [1014]; needs_staff: expected False, got True",
    "gp30_lehmann_pruefung.eml": "first run at f0b2306: categories: expected {'reschedule', 'confirmation'}, got {'confirmation'}",
    "gp32_demir_abgesagter_tag.eml": "first run at f0b2306: dates: expected [], got ['2026-04-01']",
    "gp33_krueger_krank_17_02.eml": "first run at f0b2306: categories: expected {'other'}, got set()",
    "gp34_becker_erinnerung_ja.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gp38_koch_erinnerung_morgen.eml": "first run at f0b2306: needs_staff: expected False, got True",
    "gp40_wagner_ausfall_02_02.eml": "first run at f0b2306: dates: expected [], got ['2026-01-29', '2026-02-02']",
    "gp41_aydin_anruf_verpasst.eml": "first run at f0b2306: categories: expected {'reschedule'}, got set(); dates: expected [], got ['2026-03-19']",
    "gp42_oneill_cut_short.eml": "first run at f0b2306: categories: expected {'question'}, got set()",
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
    assert_ordinary_inbox(BLIND, mails=42, confirmations=32, known_misses=KNOWN_MISSES)
