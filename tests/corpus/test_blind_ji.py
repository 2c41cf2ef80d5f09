"""Blind corpus JI: one ordinary October inbox, 40 mails, 31 confirmations.

Mostly short replies under our confirmation request from the October patients, on the day
or a few days later, beside late replies weeks or months after June, July, August and
September sessions; some English and learners' German, a carer, daughters, a grandson and a
secretary writing for a patient, questions and wishes beside some yeses, a session cut
short, a day matching no appointment. Nine look-alikes: a reply to a reminder, a thank-you,
a prescription question, forms sent in, a move, a video problem, a missed session, a
cancellation and a patient doubting a session himself.

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

BLIND = LabelledSet("blind_ji", received_at=datetime.fromisoformat("2026-11-01T14:25:00+01:00"))

# Confirmations recorded that the patient did not give. Every entry is a BILLING BUG, heads
# the report, and is the only kind of xfail the hard test allows.
BILLING_BUGS: dict[str, str] = {}

# A confirmation the patient gave, neither recorded nor handed to staff.
LOST_SILENTLY: dict[str, str] = {}

# Mails decided otherwise than labelled (the lead fills this after the first run).
KNOWN_MISSES: dict[str, str] = {
    "ji02_neumann_juli.eml": "first run at e774177a: confirmed: expected [1056, 1057, 1058, 1059], got []",
    "ji05_neumann_tochter.eml": "first run at e774177a: categories: expected {'confirmation'}, got set(); confirmation-intent: expected True, got False; confirmed: expected [1060, 1061, 1062], got []; needs_staff: expected False, got True",
    "ji10_vogel_1086_rechnung.eml": "first run at e774177a: categories: expected {'confirmation', 'other'}, got {'confirmation'}; needs_staff: expected True, got False",
    "ji15_zimmermann_pflegerin.eml": "first run at e774177a: confirmed: expected [1094], got []; needs_staff: expected False, got True",
    "ji18_zimmermann_tochter.eml": "first run at e774177a: confirmed: expected [1093, 1094], got []; needs_staff: expected False, got True",
    "ji19_lehmann_danke.eml": "first run at e774177a: categories: expected {'thanks'}, got set(); needs_staff: expected False, got True",
    "ji21_zimmermann_rezept.eml": "first run at e774177a: categories: expected {'question'}, got set()",
    "ji24_zimmermann_1095_absage.eml": "first run at e774177a: categories: expected {'confirmation', 'cancellation'}, got {'confirmation'}; needs_staff: expected True, got False",
    "ji36_schaefer_verpasst.eml": "first run at e774177a: categories: expected {'question', 'other'}, got {'question'}",
    "ji40_jansen_beide.eml": "first run at e774177a: confirmed: expected [1104, 1105], got []; needs_staff: expected False, got True",
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
    assert_ordinary_inbox(BLIND, mails=40, confirmations=31, known_misses=KNOWN_MISSES)
