"""Blind corpus JG: a list of sessions confirmed, then one of them told of on its own.

40 patient mails: 30 confirm several sessions at once (by dates, "die letzten drei", "alle
im Oktober", "Montag und Mittwoch letzte Woche") and then say of one of them, by its place,
date, weekday or "heute", that it was cut short, held by phone, moved to another day, in
doubt or not held (that one stays unconfirmed and staff must look), or only add a harmless
detail (a substitute, someone present, a full session after an interruption). 10
look-alikes list days too: coming sessions with a wish, an invoice question, a complaint
about one session, sessions confirmed in an earlier mail.

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

BLIND = LabelledSet("blind_jg", received_at=datetime.fromisoformat("2026-11-29T09:14:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "jg17_neumann_di_do_letzte_woche_freitag.eml": "the Thursday said moved to Friday: the doubt reader gives up the whole mail (Tuesday too)",
    "jg06_demir_alle_im_maerz_telefon.eml": "the whole month is confirmed without days (policy: staff) and the 18th was by phone: nothing recorded",
    "jg01_krueger_vertretung_beim_zweiten.eml": "first run at e774177a: confirmed: expected [1003, 1004, 1005], got []; needs_staff: expected False, got True",
    "jg02_krueger_naechste_termine_wunsch.eml": "first run at e774177a: categories: expected {'reschedule'}, got set()",
    "jg03_krueger_letzte_drei_mittlere_kurz.eml": "first run at e774177a: confirmed: expected [1006, 1008], got []; dates: expected ['2026-02-17', '2026-02-24', '2026-03-03'], got []",
    "jg04_becker_mo_do_letzte_woche_spaeter.eml": "first run at e774177a: needs_staff: expected False, got True",
    "jg05_becker_rechnung_februar.eml": "first run at e774177a: dates: expected [], got ['2026-02-02', '2026-02-05', '2026-02-09', '2026-02-12', '2026-02-16', '2026-02-19', '2026-02-23', '2026-02-26']",
    "jg07_wolff_am_23_kein_anruf.eml": "first run at e774177a: dates: expected ['2026-01-16', '2026-01-30'], got ['2026-01-16', '2026-01-23', '2026-01-30']",
    "jg08_wolff_letzte_drei_13_verschoben.eml": "first run at e774177a: confirmed: expected [1031, 1033], got []; dates: expected ['2026-02-06', '2026-02-16', '2026-02-20'], got ['2026-02-13']",
    "jg10_schulz_naechste_zwei_frueher.eml": "first run at e774177a: categories: expected {'reschedule'}, got set()",
    "jg12_hoffmann_rechnung_zweimal_18.eml": "first run at e774177a: dates: expected [], got ['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-26']",
    "jg14_popescu_letzte_zwei_unterbrochen.eml": "first run at e774177a: confirmed: expected [1049], got []; dates: expected ['2026-06-23', '2026-06-30'], got []",
    "jg16_richter_letzte_beiden_zweifel.eml": "first run at e774177a: confirmed: expected [1054], got []",
    "jg19_brandt_juli_17_auf_20.eml": "first run at e774177a: dates: expected ['2026-07-03', '2026-07-10', '2026-07-20'], got ['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-20']",
    "jg20_brandt_letzte_drei_mittlere_ausgefallen.eml": "first run at e774177a: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1066, 1068], got []; dates: expected ['2026-07-24', '2026-08-07'], got []",
    "jg22_carter_upcoming_phone_wish.eml": "first run at e774177a: categories: expected {'question', 'reschedule'}, got {'reschedule'}",
    "jg25_yildiz_september_aufgelegt.eml": "first run at e774177a: needs_staff: expected False, got True",
    "jg27_lehmann_september_zweiter_abgebrochen.eml": "first run at e774177a: confirmed: expected [1087, 1089, 1090], got []; dates: expected ['2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29'], got []",
    "jg29_schaefer_november_geschaeftsreise.eml": "first run at e774177a: categories: expected {'reschedule'}, got set()",
    "jg30_schaefer_oktober_21_abgebrochen.eml": "first run at e774177a: confirmed: expected [1098, 1099, 1101], got []; dates: expected ['2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28'], got []",
    "jg32_koch_schon_bestaetigt.eml": "first run at e774177a: dates: expected ['2026-04-15'], got []",
    "jg33_koch_mo_mi_letzte_woche_tochter.eml": "first run at e774177a: confirmed: expected [1111, 1112], got [1111, 1111, 1112]; dates: expected ['2026-03-30', '2026-04-01'], got ['2026-03-30', '2026-04-01', '2026-04-06']",
    "jg34_nowak_november_20th_skipped.eml": "first run at e774177a: dates: expected ['2026-11-06', '2026-11-13'], got ['2026-11-06', '2026-11-13', '2026-11-20']",
    "jg36_hartmann_beschwerde_verbindung.eml": "first run at e774177a: categories: expected {'other', 'technical'}, got {'technical'}",
    "jg37_wagner_januar_mittlerer_unsicher.eml": "first run at e774177a: confirmed: expected [1124, 1126], got []; dates: expected ['2026-01-12', '2026-01-26'], got []",
    "jg39_oneill_april_21st_wednesday.eml": "first run at e774177a: confirmed: expected [1136, 1138], got []; dates: expected ['2026-04-14', '2026-04-22', '2026-04-28'], got ['2026-04-21']",
    "jg40_oneill_invoice_code.eml": "first run at e774177a: dates: expected [], got ['2026-05-05', '2026-05-12', '2026-05-19']",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=30, known_misses=KNOWN_MISSES)
