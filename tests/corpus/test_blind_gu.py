"""Blind corpus GU: partial confirmations in everyday words, 33 confirmations and 10 look-alikes.

The mails in tests/data/blind_gu/ (made by `python -m tools.corpus.blind_gu`, written
without reading the rules, the canonical table or the earlier blind sets' mails) list
several sessions of which one was missed, cancelled, cut short or is doubted: "der davor
leider nicht", "alle außer ...", lists with a "nein" or "fiel aus" line, two days
confirmed and a question about a third, a yes with a complaint beside it; some confirm
several sessions that all plainly took place; two confirm only a cancelled day; the
look-alikes answer our request with a missed, cut-short, doubted or future session.

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

BLIND = LabelledSet("blind_gu", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "gu37_carter_future_day.eml": "first run at 1be08c1 recorded it (BILLING BUG, fixed at the next commit); now: categories: expected {'other'}, got set(); confirmation-intent: expected False, got True",
    "gu22_berger_schmerzen_aufgehoert.eml": "first run at 1be08c1 recorded it (BILLING BUG, fixed at the next commit); now: dates: expected ['2026-05-06', '2026-05-13', '2026-05-27'], got ['2026-05-06', '2026-05-13', '2026-05-20', '2026-05-27']",
    "gu03_demir_der_davor_nicht.eml": "first run at 1be08c1 recorded it (BILLING BUG, fixed at the next commit); now: confirmed: expected [1022], got []",
    "gu02_becker_alle_ausser_dem_neunten.eml": "first run at 1be08c1: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1010, 1011, 1013], got []; dates: expected ['2026-02-02', '2026-02-05', '2026-02-12'], got ['2026-02-02', '2026-02-05', '2026-02-09', '2026-02-12']",
    "gu05_richter_link_kam_nicht.eml": "first run at 1be08c1: dates: expected ['2026-06-17'], got ['2026-06-10', '2026-06-17']",
    "gu10_koch_verhindert_angerufen.eml": "first run at 1be08c1: dates: expected ['2026-03-30', '2026-04-01', '2026-04-13'], got ['2026-03-30', '2026-04-01', '2026-04-08', '2026-04-13']",
    "gu11_nowak_fiel_aus.eml": "first run at 1be08c1: dates: expected ['2026-11-13', '2026-11-27'], got ['2026-11-13', '2026-11-20', '2026-11-27']",
    "gu13_becker_alle_februar_ausser.eml": "first run at 1be08c1: confirmed: expected [1010, 1011, 1012, 1013, 1015, 1016, 1017], got []",
    "gu16_hoffmann_achtzehnter_unklar.eml": "first run at 1be08c1: confirmed: expected [1040, 1041, 1044, 1045], got []; dates: expected ['2026-05-04', '2026-05-11', '2026-05-26', '2026-06-01'], got ['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-26', '2026-06-01']",
    "gu17_brandt_kuerzer_aber_statt.eml": "first run at 1be08c1: needs_staff: expected True, got False",
    "gu18_carter_left_early.eml": "first run at 1be08c1: dates: expected ['2026-08-17'], got ['2026-08-10', '2026-08-17']",
    "gu19_neumann_neunter_weiss_nicht.eml": "first run at 1be08c1: categories: expected {'question', 'confirmation'}, got {'confirmation'}",
    "gu20_zimmermann_akku_leer.eml": "first run at 1be08c1: dates: expected ['2026-11-02'], got ['2026-10-19', '2026-11-02']",
    "gu21_schaefer_oder_war_das.eml": "first run at 1be08c1: confirmed: expected [1103], got []; dates: expected ['2026-11-11'], got ['2026-10-28', '2026-11-04', '2026-11-11']",
    "gu23_lehmann_was_ist_mit_29.eml": "first run at 1be08c1: dates: expected ['2026-10-06', '2026-10-13'], got ['2026-09-29', '2026-10-06', '2026-10-13']",
    "gu24_schulz_zu_spaet_beschwerde.eml": "first run at 1be08c1: categories: expected {'other', 'confirmation'}, got {'confirmation'}; needs_staff: expected True, got False",
    "gu25_oneill_distracted.eml": "first run at 1be08c1: categories: expected {'other', 'confirmation'}, got {'confirmation'}; needs_staff: expected True, got False",
    "gu32_krueger_kam_nicht_rein.eml": "first run at 1be08c1: categories: expected {'technical', 'question'}, got {'question'}",
    "gu33_becker_beide_nicht.eml": "first run at 1be08c1: categories: expected {'reschedule'}, got set()",
    "gu34_demir_abgesagter_tag.eml": "first run at 1be08c1: dates: expected [], got ['2026-04-01']",
    "gu36_neumann_mann_sagt_ja.eml": "first run at 1be08c1: dates: expected [], got ['2026-07-09']",
    "gu38_yildiz_abgesagten_bestaetigt.eml": "first run at 1be08c1: dates: expected [], got ['2026-08-19']",
    "gu40_jansen_stau.eml": "first run at 1be08c1: categories: expected {'reschedule'}, got set()",
    "gu41_hoffmann_nach_zehn_minuten.eml": "first run at 1be08c1: categories: expected {'technical', 'question'}, got {'technical'}; dates: expected [], got ['2026-05-11']",
    "gu42_berger_kein_anruf_gesehen.eml": "first run at 1be08c1: dates: expected [], got ['2026-06-03', '2026-06-10']",
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
