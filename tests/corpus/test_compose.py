"""Mixed mails (issue 17): record the clean days, send the rest to staff.

tests/data/canonical/compose.tsv is a sample of the composition matrix written by
`python -m tools.corpus.compose` (which says how it is built; `--matrix` runs all of it and
prints the figures): a part that plainly confirms one to three days joined to a part about
other business (a question, a future day to move or cancel, another day that did not take
place, a day confirmed in an earlier mail, a remark, a complaint), in both orders, with five
joiners, as a new mail and as a reply to our request (for the confirmed day, or for the day
the other part says did not take place); and its mirror, where the other business touches
the confirmed day itself.

Each row runs through parse_mail + decide_mail like the worker, against one patient with an
open appointment on every day the mail names and decoys one week before each confirmed
day. It must record exactly `expected` and need staff exactly when `needs_staff` says so.
Recording a day outside `expected` (the other part's day, the touched day, a decoy) is a
BILLING BUG and fails even on a row marked `known_failure`.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Any

import pytest

from rules.decide import decide_mail
from rules.models import MailContext, MailDecision, OutboxRef, Quarantine
from rules.parsing import parse_mail
from tests.corpus.harness import PRACTICE
from tests.corpus.test_canonical import BERLIN, PATIENT, appointment
from tools.corpus import compose

ROWS = compose.read()


def _days(field: str) -> list[date]:
    return [date.fromisoformat(d) for d in field.split(",") if d]


_DECIDED: dict[tuple[str, str], tuple[set[int], set[int], bool]] = {}


def decide_row(row: dict[str, str]) -> tuple[set[int], set[int], bool]:
    """The appointments recorded, those expected, and whether staff must look (decided
    once per row: both tests read it)."""
    key = (row["mail"], row["text"])
    if key not in _DECIDED:
        _DECIDED[key] = _decide_row(row)
    return _DECIDED[key]


def _decide_row(row: dict[str, str]) -> tuple[set[int], set[int], bool]:
    decision, ids = decide(row)
    got = {f.appointment_id for f in decision.confirmations}
    wanted = {ids[d] for d in _days(row["expected"])}
    return got, wanted, decision.needs_staff


def decide(row: dict[str, str]) -> tuple[MailDecision, dict[date, int]]:
    """The row as a mail from the patient (new, or a reply to our confirmation request for
    the confirmation part's first day), decided five minutes after it was sent."""
    sent = datetime.strptime(compose.MAIL_DATE, "%Y-%m-%d %H:%M").replace(tzinfo=BERLIN)
    expected, forbidden = _days(row["expected"]), _days(row["forbidden"])
    named = sorted({*expected, *forbidden, date.fromisoformat(compose.OTHER_DAY),
                    date.fromisoformat(compose.FUTURE_DAY)})  # fmt: skip
    decoys = {d - timedelta(days=7) for d in named if d <= sent.date()} - set(named)
    appointments = tuple(
        appointment(i, day, sent, row["kinds"]) for i, day in enumerate(named + sorted(decoys))
    )
    ids = {a.start.date(): a.id for a in appointments}
    token = hashlib.sha256((row["mail"] + row["text"]).encode()).hexdigest()[:20]
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"{PATIENT.name} <{PATIENT.emails[0]}>"
    msg["To"] = PRACTICE.address
    msg["Subject"] = "Rückmeldung"
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{token}@example.de>"
    thread: tuple[OutboxRef, ...] = ()
    if row["mail"] in ("reply", "reply_other"):
        # our request for the confirmation's first day, or (reply_other) for the day the
        # other part speaks of
        asked_day = forbidden[0] if row["mail"] == "reply_other" else (expected or forbidden)[0]
        request = f"<pw-cr-{ids[asked_day]}.{token[:12]}@praxis-impulse.de>"
        msg.replace_header(
            "Subject", f"AW: Bitte bestätigen Sie Ihre Behandlung vom {asked_day:%d.%m.%Y}"
        )
        msg["In-Reply-To"] = request
        msg["References"] = request
        thread = (
            OutboxRef(
                message_id=request,
                kind="confirmation_request",
                patient_id=PATIENT.id,
                appointment_id=ids[asked_day],
            ),
        )
    msg.set_content(f"Guten Tag,\n\n{row['text']}\n\nViele Grüße\nEva Muster\n")
    parsed = parse_mail(msg.as_bytes(), received_at=sent + timedelta(minutes=1))
    assert not isinstance(parsed, Quarantine), parsed
    context = MailContext(
        practice_address=PRACTICE.address,
        patient=PATIENT,
        appointments=appointments,
        thread=thread,
        forms=PRACTICE.forms,
        timezone=PRACTICE.timezone,
        accept_unauthenticated=True,
    )
    return decide_mail(parsed, context, now=parsed.date + timedelta(minutes=5)), ids


def _params() -> list[Any]:
    return [
        pytest.param(
            row,
            id=f"{number:03d}-{row['group']}-{row['kind']}-{row['mail']}",
            marks=(pytest.mark.xfail(strict=True, reason=row["known_failure"]),)
            if row["known_failure"]
            else (),
        )
        for number, row in enumerate(ROWS, start=1)
    ]


@pytest.mark.parametrize("row", _params())
def test_records_the_clean_days_and_sends_the_rest_to_staff(row: dict[str, str]) -> None:
    got, wanted, staff = decide_row(row)
    assert got == wanted, (row["text"], sorted(got), sorted(wanted))
    assert staff == (row["needs_staff"] == "true"), row["text"]


@pytest.mark.parametrize("row", ROWS, ids=[f"{n:03d}" for n in range(1, len(ROWS) + 1)])
def test_never_records_a_day_the_mail_does_not_plainly_confirm(row: dict[str, str]) -> None:
    """Hard, whatever `known_failure` says: the other part's day, the touched day and the
    decoys are never recorded."""
    got, wanted, _ = decide_row(row)
    assert got <= wanted, f"BILLING BUG: {row['text']!r} recorded {sorted(got - wanted)}"


def test_sample_is_the_generated_one_and_covers_every_part() -> None:
    generated = compose.combinations(every=False)
    assert [(r["mail"], r["text"]) for r in generated] == [(r["mail"], r["text"]) for r in ROWS]
    assert {r["kind"] for r in ROWS} >= {
        "question", "reschedule", "cancel", "ill", "practice_cancelled", "holiday", "doctor",
        "nobody_called", "broke_off", "earlier", "remark", "complaint",
    }  # fmt: skip
    assert {r["group"] for r in ROWS} == {"other_day", "same_day"}
    assert len(compose.CONFIRMS) >= 12
    for confirm in compose.CONFIRMS:  # each confirmation part is in the sample
        assert any(confirm.text[:-1] in row["text"] for row in ROWS), confirm.text
    for row in ROWS:
        if row["group"] == "same_day" or row["kind"] != "remark":
            assert row["needs_staff"] == "true", row["text"]
