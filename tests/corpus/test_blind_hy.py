"""Blind corpus HY: one November 2026 inbox, 32 confirmations and 8 look-alikes.

40 mails from the five patients treated in November 2026: short replies under our
confirmation request (a yes, the date, "passt", "alles gut", a thumbs-up), new mails naming
one to three days, October sessions confirmed in November and a November one in December,
relatives writing from the patient's address, English and learners' German, a question or a
wish to move beside the yes, a session cut short, a day that matches no appointment.
Look-alikes: a cancellation for illness, a reschedule, a missed session, a prescription
question, replies to a reminder and to a video-link mail, a thank-you without a yes.

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

BLIND = LabelledSet("blind_hy", received_at=datetime.fromisoformat("2026-12-04T21:33:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "hy12_schaefer_buero_adresse.eml": "first run at 57f2db76: categories: expected {'confirmation', 'other'}, got {'confirmation'}; needs_staff: expected True, got False",
    "hy14_schaefer_danke_abschluss.eml": "first run at 57f2db76: needs_staff: expected False, got True",
    "hy21_jansen_verpasst.eml": "first run at 57f2db76: categories: expected {'other', 'reschedule'}, got set()",
    "hy24_nowak_verschieben.eml": "first run at 57f2db76: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "hy34_hartmann_spaeter_uhrzeit.eml": "first run at 57f2db76: categories: expected {'confirmation', 'reschedule'}, got {'confirmation'}",
    "hy36_hartmann_abgebrochen.eml": "first run at 57f2db76: categories: expected {'technical', 'confirmation'}, got {'confirmation'}",
    "hy38_hartmann_iphone_kurz.eml": "first run at 57f2db76: confirmed: expected [1120], got []; dates: expected ['2026-11-03'], got []; needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=32, known_misses=KNOWN_MISSES)
