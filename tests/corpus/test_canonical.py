"""Canonical phrasings (issue 17): sentences that must confirm their day, and near-misses.

tests/data/canonical/confirm.tsv holds sentences a patient writes to confirm a treatment
(the practice's own "Ich bestätige den Erhalt der Leistung am ..." and its variants in word
order, tense, person, formality, dialect and English, each with several forms of the day
around a month end, the year end and both DST switches); near_miss.tsv the same words
negated, asked, conditional, about someone else, another provider, an invoice, a
cancellation or a future day. Both are written by `python -m tools.corpus.canonical`,
without reading rules/.

Each row is one new mail (no thread) from a single patient whose open appointments lie on
the days the row names (and, for confirm rows, decoys one week before and earlier on the
mail's own day), run through
parse_mail + decide_mail like the worker. A confirm row must record exactly its day's
appointment and need nobody; a near-miss row must record nothing. Rows failing today carry
`known_failure` and run as strict xfails; a near-miss row that confirms is a BILLING BUG.
Every confirm row and every past near-miss row also runs written below our quoted request
for its day (bottom-posting; `known_failure_bottom`), and past near-miss rows above it
(`known_failure_reply`).
"""

from __future__ import annotations

import csv
import hashlib
import re
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from mail_templates.render import render
from rules.decide import decide_mail
from rules.models import (
    Appointment,
    AppointmentStatus,
    Insurance,
    Kind,
    MailContext,
    MailDecision,
    OutboxRef,
    Patient,
    Quarantine,
    Treatment,
)
from rules.parsing import parse_mail
from tests.corpus.harness import PRACTICE

DATA = Path(__file__).resolve().parents[1] / "data" / "canonical"
BERLIN = ZoneInfo("Europe/Berlin")
PATIENT = Patient(
    id=901,
    name="Eva Muster",
    emails=("eva.muster@example.de",),
    new_patient=False,
    insurance=Insurance("private"),
)


def load(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


CONFIRM = load("confirm.tsv")
NEAR_MISS = load("near_miss.tsv")


def mail_time(row: dict[str, str]) -> datetime:
    return datetime.strptime(row["mail_date"], "%Y-%m-%d %H:%M").replace(tzinfo=BERLIN)


def appointment(number: int, day: date, sent: datetime, kind: str) -> Appointment:
    """An open appointment on `day`, early enough to lie before a same-day mail."""
    start = datetime(day.year, day.month, day.day, 8 if day == sent.date() else 10, tzinfo=BERLIN)
    return Appointment(
        id=5000 + number,
        external_id=f"CAN-{number}",
        patient_id=PATIENT.id,
        start=start,
        end=start + timedelta(minutes=30),
        kind=Kind(kind),
        treatment=Treatment("KG"),
        status=AppointmentStatus("scheduled"),
        video_link="https://video.redmedical.de/#/CANONICAL" if kind == "video" else None,
        confirmed_at=None,
        confirmed_by_message_id=None,
    )


def quoted_request(asked: Appointment, layout: int) -> str:
    """Our confirmation request for `asked` (the real template), quoted the way three mail
    programs quote it when the patient writes below it: web.de's header block, Outlook's
    "Ursprüngliche Nachricht" block, Yahoo's indented quote under an attribution."""
    request = render(
        "confirmation_request",
        {
            "practice": {
                "name": "Praxis Impulse",
                "address": PRACTICE.address,
                "phone": "030 2345 6780",
                "postal_address": "Musterstraße 1, 10115 Berlin",
            },
            "patient_name": PATIENT.name,
            "appointments": [{"start": asked.start, "end": asked.end, "kind": asked.kind.value}],
            "follow_up": False,
        },
    )
    when = asked.end + timedelta(hours=1)
    fields = (
        f'Von: "Praxis Impulse" <{PRACTICE.address}>',
        f"Gesendet: {when:%d.%m.%Y %H:%M}",
        f"An: {PATIENT.emails[0]}",
        f"Betreff: {request.subject}",
    )
    text = request.text.strip("\n")
    if layout == 0:
        return "\n".join((fields[1], fields[0], *fields[2:], "", text))
    if layout == 1:
        return "\n".join(("-----Ursprüngliche Nachricht-----", *fields, "", text))
    indented = "\n".join(f"   {line}" if line else line for line in text.split("\n"))
    attribution = (
        f"Am {when:%d.%m.%Y} um {when:%H:%M} hat Praxis Impulse <{PRACTICE.address}>"
        " Folgendes geschrieben:"
    )
    return f"{attribution}\n\n{indented}"


def decide(
    row: dict[str, str],
    days: list[date],
    reply_to: date | None = None,
    *,
    bottom_layout: int | None = None,
) -> tuple[MailDecision, dict[date, int]]:
    """One row as a new mail, or (reply_to) as a reply to our confirmation request for the
    appointment on that day: above the quoted request, or (bottom_layout) below it."""
    sent = mail_time(row)
    # the kind the sentence names: 'Das Telefonat am ...' is a phone appointment
    kind = "phone" if re.search(r"telefon|phone|anruf", row["sentence"], re.I) else "video"
    appointments = tuple(appointment(i, day, sent, kind) for i, day in enumerate(days))
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"{PATIENT.name} <{PATIENT.emails[0]}>"
    msg["To"] = PRACTICE.address
    msg["Subject"] = "Rückmeldung"
    msg["Date"] = format_datetime(sent)
    token = hashlib.sha256((row["mail_date"] + row["sentence"]).encode()).hexdigest()[:20]
    msg["Message-ID"] = f"<{token}@example.de>"
    thread: tuple[OutboxRef, ...] = ()
    if reply_to is not None:
        asked = next(a for a in appointments if a.start.date() == reply_to)
        request = f"<pw-cr-{asked.id}.{token[:12]}@praxis-impulse.de>"
        msg.replace_header(
            "Subject", f"AW: Bitte bestätigen Sie Ihre Behandlung vom {reply_to:%d.%m.%Y}"
        )
        msg["In-Reply-To"] = request
        msg["References"] = request
        thread = (
            OutboxRef(
                message_id=request,
                kind="confirmation_request",
                patient_id=PATIENT.id,
                appointment_id=asked.id,
            ),
        )
    body = f"Guten Tag,\n\n{row['sentence']}\n\nViele Grüße\nEva Muster\n"
    if reply_to is not None and bottom_layout is not None:
        asked = next(a for a in appointments if a.start.date() == reply_to)
        body = f"{quoted_request(asked, bottom_layout)}\n\n{body}"
    msg.set_content(body)
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
    decision = decide_mail(parsed, context, now=parsed.date + timedelta(minutes=5))
    return decision, {a.start.date(): a.id for a in appointments}


def params(rows: list[dict[str, str]], column: str = "known_failure") -> list[Any]:
    return [
        pytest.param(
            row,
            id=f"{number:03d}",
            marks=(pytest.mark.xfail(strict=True, reason=row[column]),) if row.get(column) else (),
        )
        for number, row in enumerate(rows, start=1)
    ]


def is_past(row: dict[str, str]) -> bool:
    return max(date.fromisoformat(d) for d in row["days"].split(",")) <= mail_time(row).date()


def confirm_days(row: dict[str, str]) -> tuple[list[date], list[date]]:
    """The days a confirm row names, and the decoys beside them: one week before each,
    and the mail's own day (a session earlier that day), so a misread day shows."""
    expected = [date.fromisoformat(d) for d in row["expected"].split(",")]
    decoys = {d - timedelta(days=7) for d in expected} | {mail_time(row).date()}
    return expected, sorted(decoys - set(expected))


@pytest.mark.parametrize("row", params(CONFIRM))
def test_confirms_the_stated_day(row: dict[str, str]) -> None:
    expected, decoys = confirm_days(row)
    decision, ids = decide(row, expected + decoys)
    got = sorted(f.appointment_id for f in decision.confirmations)
    wanted = sorted(ids[d] for d in expected)
    assert set(got) <= set(wanted), f"BILLING BUG: {row['sentence']!r} recorded a wrong day"
    assert got == wanted, (row["sentence"], got)
    assert not decision.needs_staff, (row["sentence"], decision.staff_reasons)


@pytest.mark.parametrize("row", params(NEAR_MISS))
def test_near_miss_never_confirms(row: dict[str, str]) -> None:
    days = [date.fromisoformat(d) for d in row["days"].split(",")]
    decision, _ = decide(row, days)
    assert not decision.confirmations, (
        f"BILLING BUG: {row['sentence']!r} recorded"
        f" {[f.appointment_id for f in decision.confirmations]}"
    )


@pytest.mark.parametrize(
    "row", params([r for r in NEAR_MISS if is_past(r)], column="known_failure_reply")
)
def test_near_miss_never_confirms_as_reply(row: dict[str, str]) -> None:
    """The same sentence under our request 'Bitte bestätigen Sie Ihre Behandlung vom ...'
    for that day: the thread names the appointment, the words still say no."""
    days = [date.fromisoformat(d) for d in row["days"].split(",")]
    decision, _ = decide(row, days, reply_to=days[0])
    assert not decision.confirmations, (
        f"BILLING BUG: {row['sentence']!r} as a reply recorded"
        f" {[f.appointment_id for f in decision.confirmations]}"
    )


def test_tables_are_big_enough_and_billing_bugs_say_so() -> None:
    assert len(CONFIRM) >= 200
    assert len(NEAR_MISS) >= 200
    for row in NEAR_MISS:
        for column in ("known_failure", "known_failure_reply"):
            assert not row[column] or row[column].startswith("BILLING BUG"), row


@pytest.mark.parametrize("row", params(CONFIRM, column="known_failure_bottom"))
def test_confirms_below_our_quoted_request(row: dict[str, str]) -> None:
    """Bottom-posting: the sentence below our quoted request for its (first) day, quoted
    in one of three layouts by row; it confirms exactly its day, like the same sentence
    as a new mail, and the quoted request (whose example sentence names the day) adds
    nothing."""
    expected, decoys = confirm_days(row)
    layout = CONFIRM.index(row) % 3
    decision, ids = decide(row, expected + decoys, reply_to=expected[0], bottom_layout=layout)
    got = sorted(f.appointment_id for f in decision.confirmations)
    wanted = sorted(ids[d] for d in expected)
    assert set(got) <= set(wanted), f"BILLING BUG: {row['sentence']!r} recorded a wrong day"
    assert got == wanted, (row["sentence"], got)
    assert not decision.needs_staff, (row["sentence"], decision.staff_reasons)


@pytest.mark.parametrize(
    "row", params([r for r in NEAR_MISS if is_past(r)], column="known_failure_bottom")
)
def test_near_miss_never_confirms_below_our_quoted_request(row: dict[str, str]) -> None:
    """The near-miss sentence below our quoted request for its day: the quote says
    "Die Behandlung am ... hat stattgefunden" as an example; only the words below count."""
    days = [date.fromisoformat(d) for d in row["days"].split(",")]
    layout = NEAR_MISS.index(row) % 3
    decision, _ = decide(row, days, reply_to=days[0], bottom_layout=layout)
    assert not decision.confirmations, (
        f"BILLING BUG: {row['sentence']!r} below our quoted request recorded"
        f" {[f.appointment_id for f in decision.confirmations]}"
    )
