"""Blind corpus GM: sessions named in words or half in words, 37 confirmations and 7
look-alikes.

The mails in tests/data/blind_gm/ (made by `python -m tools.corpus.blind_gm`, written
without reading the rules, the canonical table or the earlier blind sets' mails), 44
everyday patient mails whose session days are given as 'gestern', 'vorgestern', 'heute
früh', 'am Montag', 'letzten Freitag', 'Freitag vor einer Woche', 'Mittwoch, den 11.',
'the Tuesday before last', two weekdays at once, or plainly with dates. 32 confirm at
least one session; 12 look like confirmations and are not: replies to a reminder naming
the coming session, a weekday written the day before that weekday's next session, a
cancelled or empty day, a day already confirmed, a session that did not take place, a
reschedule wish. Five of those twelve are meant as confirmations and so carry the
confirmation category with nothing to record.

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

BLIND = LabelledSet("blind_gm", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gm04_krueger_erinnerung_morgen.eml": "first run at 6aa2f36: needs_staff: expected False, got True",
    "gm08_becker_erinnerung_donnerstag.eml": "first run at 6aa2f36: needs_staff: expected False, got True",
    "gm09_becker_sonntag_montag.eml": "first run at 6aa2f36: dates: expected [], got ['2026-02-23']",
    "gm10_wagner_gestern_vorige_woche_abgesagt.eml": "first run at 6aa2f36: needs_staff: expected False, got True",
    "gm13_demir_heute_abgesagt.eml": "first run at 6aa2f36: dates: expected [], got ['2026-04-01']",
    "gm15_yildiz_gestern_abgesagt.eml": "first run at 6aa2f36: dates: expected [], got ['2026-08-19']",
    "gm23_brandt_letzten_freitag_und_davor.eml": "first run at 6aa2f36: confirmed: expected [1066, 1067], got [1066]; needs_staff: expected False, got True",
    "gm27_vogel_schon_bestaetigt.eml": "first run at 6aa2f36: needs_staff: expected True, got False",
    "gm28_jansen_vorletzte_woche.eml": "first run at 6aa2f36: confirmed: expected [1106, 1107], got [1107]; dates: expected ['2026-11-05', '2026-11-12'], got ['2026-11-12']; needs_staff: expected False, got True",
    "gm30_aydin_donnerstag_kann_nicht.eml": "first run at 6aa2f36: categories: expected {'cancellation'}, got set()",
    "gm34_popescu_erinnerung_verschieben.eml": "first run at 6aa2f36: categories: expected {'reschedule'}, got set()",
    "gm38_neumann_dienstag_9_uhr.eml": "first run at 6aa2f36: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; dates: expected [], got ['2026-07-14']",
    "gm41_koch_erinnerung_morgen.eml": "first run at 6aa2f36: needs_staff: expected False, got True",
    "gm42_oneill_tuesday_before_last.eml": "first run at 6aa2f36: confirmed: expected [1137, 1138], got [1138]; dates: expected ['2026-04-21', '2026-04-28'], got ['2026-04-28']; needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=44, confirmations=37, known_misses=KNOWN_MISSES)
