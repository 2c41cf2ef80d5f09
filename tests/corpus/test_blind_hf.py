"""Blind corpus HF: sessions that went differently from the booking, told in the confirmation.

42 patient mails, 32 of them confirmations: the therapist called late or early, a missed
call was returned the same day, video gave way to phone, a stand-in colleague called, the
session ran long or took two bookings in one call (all held in full on the booked day:
confirmed), or it was held on another day, cut short, or was a spouse's or child's session
confirmed from the other's address (not confirmed, staff); some name the day twice. Ten
look-alikes tell of sessions that did not take place, one broken off, and plans.

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

BLIND = LabelledSet("blind_hf", received_at=datetime.fromisoformat("2026-11-19T19:05:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hf06_krueger_mittwoch_statt_dienstag.eml": "first run at 06009e47: dates: expected ['2026-02-04'], got ['2026-02-03', '2026-02-04']",
    "hf08_becker_fuer_uns_beide.eml": "first run at 06009e47: confirmed: expected [1012], got []",
    "hf09_becker_nicht_erreicht.eml": "first run at 06009e47: categories: expected {'other', 'reschedule'}, got set()",
    "hf10_krueger_kein_anruf.eml": "first run at 06009e47: categories: expected {'reschedule'}, got set()",
    "hf13_demir_video_abgebrochen.eml": "first run at 06009e47: needs_staff: expected False, got True",
    "hf18_berger_frueher.eml": "first run at 06009e47: needs_staff: expected False, got True",
    "hf19_berger_schlechte_leitung.eml": "first run at 06009e47: categories: expected {'technical'}, got set()",
    "hf20_hoffmann_zwei_in_einem.eml": "first run at 06009e47: needs_staff: expected True, got False",
    "hf21_hoffmann_nichts_ging.eml": "first run at 06009e47: dates: expected [], got ['2026-05-26']",
    "hf27_neumann_doppelstunde.eml": "first run at 06009e47: categories: expected {'confirmation', 'question'}, got {'confirmation'}",
    "hf29_carter_phone_instead.eml": "first run at 06009e47: confirmed: expected [1069], got []",
    "hf31_carter_vertretung.eml": "first run at 06009e47: needs_staff: expected False, got True",
    "hf32_yildiz_freitag.eml": "first run at 06009e47: categories: expected {'reschedule'}, got set()",
    "hf34_vogel_spaeter_beginn.eml": "first run at 06009e47: needs_staff: expected False, got True",
    "hf37_jansen_nur_viertelstunde.eml": "first run at 06009e47: dates: expected ['2026-10-22'], got []",
    "hf38_hartmann_spaeter_am_tag.eml": "first run at 06009e47: needs_staff: expected False, got True",
    "hf41_nowak_telefon_statt_video.eml": "first run at 06009e47: dates: expected ['2026-11-13'], got ['2026-11-12', '2026-11-13']; needs_staff: expected False, got True",
    "hf42_hartmann_mittwoch.eml": "first run at 06009e47: dates: expected ['2026-11-18'], got ['2026-11-17', '2026-11-18']",
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
