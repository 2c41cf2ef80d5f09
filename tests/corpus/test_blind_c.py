"""Blind corpus C: answers that look like service confirmations but are not.

The mails in tests/data/blind_c/ (made by `python -m tools.corpus.blind_c`) come from registered
patients, most of them answer our confirmation request or name the day of one of their
open appointments, and none of the adversarial ones confirms a treatment: hypotheticals
("falls ... stattgefunden hat"), wishes, reported speech, doubts, negations in many forms,
partial sessions, the wrong person, questions without a question mark, future tense,
confirmations of something else (an invoice, a postponement, our mail), sarcasm, and short
"Nein." / "?" answers above our quoted request. Fifteen clean confirmations are the
controls that prove the rules still record real ones. Written without reading the rules
or the labelled corpus mails; run exactly like tests/corpus/harness.py.

`test_billing_safety` is the hard test: a confirmation the label does not have is a
BILLING BUG. Today's are listed in BILLING_BUGS (strict xfails whose reason starts with
"BILLING BUG", repeated in the terminal summary) so the suite stays green and the debt is
visible. `test_decision` compares every field; its other known misses name the module.
"""

from __future__ import annotations

from datetime import datetime

from rules.models import AppointmentStatus
from tests.corpus.harness import (
    PRACTICE,
    LabelledSet,
    blind_tests,
)

BLIND = LabelledSet("blind_c", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give: the worst error there is. Listed
# only so the suite stays green while they are fixed; every one heads the report.
BILLING_BUGS: dict[str, str] = {}


# Everything else the rules decide differently from the label: "module: what goes wrong".
OTHER_MISSES: dict[str, str] = {
    "bc44_terminverschiebung.eml": (
        "nothing wrongly recorded any more (rules/doubt.py, rules/classify.py); still differs in: dates"
    ),
    "bc46_datenschutz_erhalten.eml": (
        "nothing wrongly recorded any more (rules/doubt.py, rules/classify.py); still differs in: dates"
    ),
    "bc66_bitte_bestaetigen_sie_mir.eml": (
        "nothing wrongly recorded any more (rules/doubt.py, rules/classify.py); still differs in: categories, confirmation-intent, dates"
    ),
    "bc67_3_ja_10_nein.eml": (
        "nothing wrongly recorded any more (rules/doubt.py, rules/classify.py); still differs in: confirmed, dates"
    ),
    "bc03_sollte_stattgefunden_haben.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc04_wuerde_gerne_bestaetigen.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc08_tochter_meint.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc10_sohn_sagt_krankenhaus.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc11_nicht_sicher_welcher.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc36_wollte_fragen_ob.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc48_super_stattgefunden.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc49_stattgefunden_in_anfuehrung.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc56_stattgefunden_hat_nichts.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc58_wenn_sie_mir_sagen.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc62_happily_confirm_if.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc65_gar_keinen_termin.eml": (
        "no longer recorded (rules/doubt.py sends it to staff); still differs in: categories"
    ),
    "bc05_if_marked_done.eml": (
        "rules/dates.py: 'if the session on August 3 is marked as done ..., that's a mistake'"
        " returns 3.8. as a treatment day (nothing recorded, staff)"
    ),
    "bc09_frau_sagt_angerufen.eml": (
        "rules/dates.py: 'Sie hätten am 23.1. angerufen, während ich beim Hausarzt war'"
        " returns 23.1. as a treatment day (nothing recorded, staff)"
    ),
    "bc13_keine_ahnung_ob_zaehlt.eml": (
        "rules/dates.py: 'keine Ahnung, ob das heute als Termin zählt' returns today as a"
        " treatment day (nothing recorded, staff)"
    ),
    "bc19_fehlanzeige.eml": (
        "rules/dates.py: 'Die Behandlung am 12.8. – Fehlanzeige' returns 12.8. as a treatment"
        " day (nothing recorded, staff)"
    ),
    "bc20_nope_didnt_happen.eml": (
        "rules/classify.py: 'can we sort out a new slot?' is a reschedule request, read as a"
        " question only (staff either way)"
    ),
    "bc25_link_nicht_bekommen.eml": (
        "rules/classify.py: 'Ich hatte den Link nicht bekommen' is a technical problem, read as"
        " other (staff either way)"
    ),
    "bc27_bitte_nicht_abrechnen.eml": (
        "rules/classify.py: 'ich hatte telefonisch abgesagt' (a late cancellation) read as"
        " other (staff either way)"
    ),
    "bc34_mann_am_apparat.eml": (
        "rules/dates.py: 'Sie haben am 16.7. angerufen, aber mein Mann war am Apparat ... Eine"
        " Behandlung hatte ich ... nicht' returns 16.7. (nothing recorded, staff)"
    ),
    "bc35_mein_mann_nicht_ich.eml": (
        "rules/dates.py: 'Die Behandlung am 13.5. hatte mein Mann, nicht ich' returns 13.5."
        " (nothing recorded, staff)"
    ),
    "bc37_eingetragen_obwohl_abgesagt.eml": (
        "rules/classify.py: 'Wollte nur wissen ob Sie das mit dem 30.1. schon eingetragen"
        " haben' (no '?') is not read as a question; other (staff either way)"
    ),
    "bc38_nachholen.eml": (
        "rules/classify.py + rules/dates.py: 'ob wir den Termin vom 17.7. nachholen können'"
        " is a reschedule read as question; the missed 17.7. returned as a treatment day"
    ),
    "bc40_bestaetige_termin_morgen.eml": (
        "rules/classify.py + rules/dates.py: 'Hiermit bestätige ich den Termin am 25.03.2026'"
        " the day before is read as a confirmation with that day (nothing recorded, staff)"
    ),
    "bc42_beide_termine_heute.eml": (
        "rules/classify.py + rules/dates.py: 'ich bestätige hiermit beide Termine heute' at"
        " 06:10, before both, read as a confirmation of today (nothing recorded, staff)"
    ),
    "bc50_went_brilliantly.eml": (
        "rules/dates.py: sarcastic 'the session on 28 April went brilliantly' returns 28.4."
        " (classified other, nothing recorded, staff)"
    ),
    "bc52_bitte_anrufen.eml": (
        "rules/classify.py: 'Bitte rufen Sie mich an.' is a request to us, read as other"
        " (staff either way)"
    ),
    "bc57_21_nichts_22_angerufen.eml": (
        "rules/dates.py: 'Am 21.7. war nichts. Dafür hat die Therapeutin heute am 22.7."
        " angerufen, aber da hatte ich keine Zeit' returns both days (nothing recorded, staff)"
    ),
    "bc59_bestaetigung_folgt.eml": (
        "rules/dates.py: 'Bestätigung für den 29.9. folgt' returns 29.9. (nothing recorded, staff)"
    ),
    "bc61_verschlafen.eml": (
        "rules/classify.py: 'Kann ich leider nicht bestätigen, weil ich den Termin ... verpasst"
        " habe' read as question (staff either way)"
    ),
    "bc64_eigentlich_sollte.eml": (
        "rules/dates.py: 'Eigentlich sollte die Behandlung am 24.7. stattfinden, aber ..."
        " abgesagt' returns 24.7. (nothing recorded, staff)"
    ),
    "bc84_ja_mail_bekommen_aber.eml": (
        "rules/dates.py: 'Die Behandlung am 16.6. war aber nicht' returns 16.6.; classified"
        " cancellation (the therapist cancelled; label other; staff either way)"
    ),
    "bc85_vorgespraech_oder_behandlung.eml": (
        "rules/dates.py: 'nicht sicher, ob die halbe Stunde heute am 24.11. schon die"
        " Behandlung war' returns 24.11. (nothing recorded, staff)"
    ),
}


KNOWN_MISSES: dict[str, str] = {**BILLING_BUGS, **OTHER_MISSES}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}


(
    test_no_invented_confirmation,
    test_no_confirmation_lost_silently,
    test_decision,
    test_billing_bugs_are_declared_as_such,
) = blind_tests(
    BLIND, billing_bugs=BILLING_BUGS, lost_silently=LOST_SILENTLY, known_misses=KNOWN_MISSES
)


def test_blind_corpus_shape() -> None:
    by_id = {a.id: a for a in PRACTICE.appointments}
    patients = {p.id for p in PRACTICE.patients}
    adversarial = [label for label in LABELS if not label["confirmed"]]
    controls = [label for label in LABELS if label["confirmed"] and not label["needs_staff"]]
    assert len(adversarial) >= 65
    assert len(controls) >= 15
    assert set(KNOWN_MISSES) <= {label["file"] for label in LABELS}
    for label in LABELS:
        assert (BLIND.folder / label["file"]).is_file(), label["file"]
        assert label["patient"] in patients, label["file"]  # every sender is registered
        assert label["confirmation"] == ("confirmation" in label["categories"]), label["file"]
        if not label["confirmed"]:
            assert label["needs_staff"], label["file"]
            assert not label["dates"], label["file"]
        for appointment_id in label["confirmed"]:
            appointment = by_id[appointment_id]
            assert appointment.patient_id == label["patient"], label["file"]
            assert appointment.confirmed_at is None, label["file"]
            assert appointment.status is AppointmentStatus.SCHEDULED, label["file"]
