"""Blind corpus K: one ordinary month of the inbox, 46 confirmations and 25 look-alikes.

The mails in tests/data/blind_k/ (made by `python -m tools.corpus.blind_k`, written without reading the
rules, the canonical table or the earlier blind sets' mails): dates that are not treatment
days next to real confirmations (an invoice or Zuzahlung bill, a day the patient was ill,
a call that broke off, a doctor's appointment, the day a prescription was issued or forms
were signed, a school trip, a birth date); short answers to our request that only say yes
("Ja.", "jo passt", "Jawohl", "Stimmt so.", "Bestätigt.", "Yes, it did.", a lone 👍🏽);
two, three or four sessions confirmed in one sentence; answers a week late; a day already
confirmed earlier or cancelled; a year typo in January; KW and weekdays; patients unsure
whether a bad call counted; replies that quote, forward or bottom-post our whole mail with
its date; and 25 look-alikes (questions, cancellations, reschedules, complaints, yes to a
reminder or a video link, receipt of an invoice, forms, an out-of-office reply).

`test_no_invented_confirmation` is hard: a confirmation the label does not have is a
BILLING BUG and may only be xfailed through BILLING_BUGS, whose reasons say so.
"""

from __future__ import annotations

from datetime import datetime

from rules.models import AppointmentStatus
from tests.corpus.harness import (
    PRACTICE,
    LabelledSet,
    blind_tests,
)

BLIND = LabelledSet("blind_k", received_at=datetime.fromisoformat("2026-12-31T12:00:00+01:00"))
LABELS = BLIND.labels

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Everything else the rules decide differently from a careful practice employee.
KNOWN_MISSES: dict[str, str] = {
    "c30_anna_schon_bestaetigt.eml": (
        "the three days are recorded now; 22.9. ('hatte ich ja schon per Mail bestätigt') has"
        " no confirmation on record, so staff are asked to look (the label wants no staff)"
    ),
    "c33_birgit_ton_abgebrochen.eml": (
        "4.11. and 11.11. are recorded and staff look at the broken-off 28.10.; the dates"
        " field still lists 28.10. as a day named"
    ),
    "c25_emily_yes_invoice.eml": (
        "first run at e3793e6: categories: expected {'confirmation'}, got set(); "
        "confirmation-intent: expected True, got False; confirmed: expected [1073], got"
        " []; needs_staff: expected False, got True"
    ),
    "n01_thomas_abgebrochen.eml": (
        "first run at e3793e6: categories: expected {'technical'}, got set()"
    ),
    "n02_sabine_zuzahlung.eml": ("first run at e3793e6: dates: expected [], got ['2026-03-02']"),
    "n03_hj_krank.eml": ("first run at e3793e6: dates: expected [], got ['2026-02-13']"),
    "n08_ursula_termin_bestaetigt.eml": (
        "first run at e3793e6: needs_staff: expected False, got True"
    ),
    "n11_elena_unterlagen.eml": ("first run at e3793e6: dates: expected [], got ['2026-05-28']"),
    "n14_anna_niemand_kam.eml": ("first run at e3793e6: dates: expected [], got ['2026-09-15']"),
    "n15_david_rechnung_erhalten.eml": (
        "first run at e3793e6: needs_staff: expected False, got True"
    ),
    "n16_ole_post.eml": ("first run at e3793e6: dates: expected [], got ['2026-10-16']"),
    "n19_mehmet_zahnarzt.eml": (
        "first run at e3793e6: categories: expected {'cancellation'}, got set()"
    ),
    "n22_peter_ruckeln.eml": (
        "first run at e3793e6: categories: expected {'technical', 'question'}, got "
        "set(); dates: expected [], got ['2026-05-26']"
    ),
    **BILLING_BUGS,
    **LOST_SILENTLY,
}


(
    test_no_invented_confirmation,
    test_no_confirmation_lost_silently,
    test_decision,
    test_billing_bugs_are_declared_as_such,
) = blind_tests(
    BLIND, billing_bugs=BILLING_BUGS, lost_silently=LOST_SILENTLY, known_misses=KNOWN_MISSES
)


def test_blind_set_is_an_ordinary_inbox() -> None:
    by_id = {a.id: a for a in PRACTICE.appointments}
    registered = {address for p in PRACTICE.patients for address in p.emails}
    assert len(LABELS) == 71
    assert sum("confirmation" in label["categories"] for label in LABELS) == 46
    assert set(KNOWN_MISSES) <= {label["file"] for label in LABELS}
    for label in LABELS:
        raw = (BLIND.folder / label["file"]).read_bytes()
        assert any(address.encode() in raw for address in registered), label["file"]
        assert label["patient"] != 0, label["file"]
        for appointment_id in label["confirmed"]:
            appointment = by_id[appointment_id]
            assert appointment.patient_id == label["patient"], label["file"]
            assert appointment.confirmed_at is None, label["file"]
            assert appointment.status is AppointmentStatus.SCHEDULED, label["file"]
