"""Staff commands by mail: the parser (a table, hostile lines included) and whole
Maildir cycles in which staff resolve, assign forms, confirm and cancel by mail."""

from __future__ import annotations

import csv
import io
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rules.staff_commands import (
    MAX_COMMANDS,
    NotUnderstood,
    StaffCommand,
    Verb,
    parse_staff_commands,
)
from state import appointments as appointment_store
from state import confirmations as confirmation_store
from state import forms as form_store
from state import outbox as outbox_store
from state import review
from tests.unit.maildir_practice import AUTHSERV_ID, NOW, STAFF, Practice, days
from worker.config import load_config
from worker.cycle import staff as staff_mail
from worker.cycle.staff_commands import NOT_AUTHENTICATED


def cmd(verb: Verb, number: int, line: str, **extra: object) -> StaffCommand:
    return StaffCommand(verb=verb, number=number, line=line, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("erledigt 12", cmd(Verb.RESOLVE, 12, "erledigt 12")),
        ("Erledigt 12.", cmd(Verb.RESOLVE, 12, "Erledigt 12.")),
        ("  ERLEDIGT   #12 ", cmd(Verb.RESOLVE, 12, "ERLEDIGT   #12")),
        (
            "formular 12 anamnese",
            cmd(Verb.ASSIGN_FORM, 12, "formular 12 anamnese", form_key="anamnese"),
        ),
        (
            "Formular 3 Datenschutz_Video",
            cmd(Verb.ASSIGN_FORM, 3, "Formular 3 Datenschutz_Video", form_key="datenschutz_video"),
        ),
        (
            "bestätigt 12 am 16.03.",
            cmd(Verb.CONFIRM, 12, "bestätigt 12 am 16.03.", day=16, month=3),
        ),
        ("bestaetigt 5 am 1.2", cmd(Verb.CONFIRM, 5, "bestaetigt 5 am 1.2", day=1, month=2)),
        (
            "Bestätigt 5 am 01.02.2026",
            cmd(Verb.CONFIRM, 5, "Bestätigt 5 am 01.02.2026", day=1, month=2, year=2026),
        ),
        (
            "bestätigt 5 am 1.2.26",
            cmd(Verb.CONFIRM, 5, "bestätigt 5 am 1.2.26", day=1, month=2, year=2026),
        ),
        ("abgesagt 7", cmd(Verb.CANCEL, 7, "abgesagt 7")),
        ("abgesagt 7!", cmd(Verb.CANCEL, 7, "abgesagt 7!")),
        ("erl\u200bedigt 4", cmd(Verb.RESOLVE, 4, "erl\u200bedigt 4")),  # zero-width space
        ("erledigt １２", cmd(Verb.RESOLVE, 12, "erledigt １２")),  # full-width digits (NFKC)
        # --- not understood: nothing of these runs -----------------------------------------
        ("Hallo Team,", NotUnderstood(line="Hallo Team,")),
        ("erledigt", NotUnderstood(line="erledigt", hint="so: erledigt 12")),
        ("erledigt zwölf", NotUnderstood(line="erledigt zwölf", hint="so: erledigt 12")),
        ("erledigt 12 13", NotUnderstood(line="erledigt 12 13", hint="so: erledigt 12")),
        ("erledigt -1", NotUnderstood(line="erledigt -1", hint="so: erledigt 12")),
        ("erledigt 1234567890", NotUnderstood(line="erledigt 1234567890", hint="so: erledigt 12")),
        ("erledigt ١٢", NotUnderstood(line="erledigt ١٢", hint="so: erledigt 12")),  # Arabic
        (
            "erledigt 12; abgesagt 7",
            NotUnderstood(line="erledigt 12; abgesagt 7", hint="so: erledigt 12"),
        ),
        ("abgesagt 7 und 8", NotUnderstood(line="abgesagt 7 und 8", hint="so: abgesagt 7")),
        (
            "bestätigt 12",
            NotUnderstood(line="bestätigt 12", hint="so: bestätigt 12 am 16.03."),
        ),
        (
            "bestätigt 12 am 31.02.",
            NotUnderstood(line="bestätigt 12 am 31.02.", hint="kein gültiges Datum"),
        ),
        (
            "bestätigt 12 am 16.13.",
            NotUnderstood(line="bestätigt 12 am 16.13.", hint="kein gültiges Datum"),
        ),
        (
            "bestätigt 12 am gestern",
            NotUnderstood(line="bestätigt 12 am gestern", hint="so: bestätigt 12 am 16.03."),
        ),
        (
            "formular 12 ../../etc/passwd",
            NotUnderstood(line="formular 12 ../../etc/passwd", hint="so: formular 12 anamnese"),
        ),
        (
            "formular 12 anamnese; rm -rf /",
            NotUnderstood(line="formular 12 anamnese; rm -rf /", hint="so: formular 12 anamnese"),
        ),
        ("nicht erledigt 12", NotUnderstood(line="nicht erledigt 12")),
        ("> erledigt 12", NotUnderstood(line="> erledigt 12")),  # a quote is no command
        ("=cmd|' /C calc'!A0", NotUnderstood(line="=cmd|' /C calc'!A0")),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_one_line(line: str, expected: StaffCommand | NotUnderstood) -> None:
    parsed = parse_staff_commands(line)
    found = parsed.commands[0] if parsed.commands else parsed.not_understood[0]
    assert found == expected


def test_one_command_per_line_blank_lines_ignored_and_help_when_needed() -> None:
    parsed = parse_staff_commands("Hallo,\nerledigt 1\n\n  \nabgesagt 2\r\nViele Grüße\n")
    assert [c.verb for c in parsed.commands] == [Verb.RESOLVE, Verb.CANCEL]
    assert not parsed.needs_help
    assert parse_staff_commands("").needs_help
    assert parse_staff_commands("Danke!").needs_help  # nothing to do: help
    assert parse_staff_commands("Hallo, erledigt 1").not_understood


def test_a_flood_of_lines_is_cut_and_counted() -> None:
    parsed = parse_staff_commands("erledigt 1\n" * (MAX_COMMANDS + 30))
    assert len(parsed.commands) == MAX_COMMANDS
    assert parsed.skipped_lines == 30


def test_an_overlong_line_is_no_command_and_is_shortened_in_the_reply() -> None:
    parsed = parse_staff_commands("erledigt 1" + " " * 500 + "x")
    [odd] = parsed.not_understood
    assert len(odd.line) <= 81


# --- whole cycles on a Maildir practice --------------------------------------------------


def mail_from(
    sender: str, body: str, *, message_id: str, authenticated: bool = True, **headers: str
) -> bytes:
    message = EmailMessage()
    if authenticated:
        domain = sender.rpartition("@")[2].rstrip(">")
        message["Authentication-Results"] = (
            f"{AUTHSERV_ID}; dkim=pass header.d={domain}; dmarc=pass header.from={domain}"
        )
    message["From"] = sender
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Re: praxis-worker: 1 Hinweis"
    message["Date"] = "Tue, 16 Jun 2026 09:30:00 +0200"
    message["Message-ID"] = message_id
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return bytes(message)


def stranger() -> bytes:
    return mail_from(
        "Fremde Person <fremd@example.org>",
        "Guten Tag, kann ich einen Termin bekommen?",
        message_id="<fremd-1@example.org>",
        authenticated=False,
    )


def replies(practice: Practice) -> list[outbox_store.OutboxRow]:
    return [row for row in practice.outbox() if row.kind == "staff_reply"]


def reply_text(row: outbox_store.OutboxRow) -> str:
    message = message_from_bytes(row.raw, policy=policy.default)
    assert message["In-Reply-To"]  # answers the staff mail, in its thread
    assert message["Auto-Submitted"] == "auto-replied"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


@pytest.fixture
def practice(tmp_path: Path) -> Practice:
    practice = Practice.build(tmp_path / "p", authserv_id=AUTHSERV_ID)
    practice.deliver(stranger())
    assert practice.run() == 0
    return practice


def open_item_id(practice: Practice) -> int:
    [item] = [i for i in practice.review_items() if not i.resolved]
    return item.id


def test_staff_resolve_confirm_cancel_by_mail_once_with_one_reply(practice: Practice) -> None:
    item = open_item_id(practice)
    with practice.state() as conn:
        erika, jonas = sorted(appointment_store.between(conn, NOW - days(30), NOW + days(30)),
                              key=lambda a: a.start)  # fmt: skip
    body = (
        f"erledigt {item}\n"
        f"bestätigt {erika.id} am 15.06.\n"
        f"abgesagt {jonas.id}\n"
        "abgesagt 999\n"
        "Danke!\n"
        "heute alles fertig\n"
    )
    key = practice.deliver(mail_from(f"Team <{STAFF}>", body, message_id="<cmd-1@praxis>"))
    assert practice.run(NOW + days(0.01)) == 0

    with practice.state() as conn:
        resolved = review.get(conn, item)
        assert resolved is not None
        assert resolved.resolved_by == review.RESOLVED_BY_STAFF_MAIL
        confirmation = confirmation_store.for_appointment(conn, erika.id)
        assert confirmation is not None
        assert confirmation.source == confirmation_store.SOURCE_STAFF_NOTE
        assert confirmation.message_id == "<cmd-1@praxis>"
        assert "Notiz des Praxisteams" in confirmation.evidence
        cancelled = appointment_store.get(conn, jonas.id)
        assert cancelled is not None
        assert not cancelled.is_held
        config = load_config(practice.root / "praxis-worker.toml")
        composed = staff_mail.compose_digest(conn, config, now=NOW + days(0.02))
    assert composed.csv is not None
    rows = list(csv.reader(io.StringIO(composed.csv.decode("utf-8-sig")), delimiter=";"))
    evidence = rows[0].index("Nachweis")  # columns are appended after it since issue 15
    assert rows[1][evidence] == "Notiz des Praxisteams (telefonisch bestätigt)"

    # A staff mail is never a patient's mail and never needs a person: moved, no item.
    record = practice.inbound(key)
    assert record is not None
    assert record.status.value == "processed"
    assert [i.id for i in practice.review_items()] == [item]

    [reply] = replies(practice)
    assert reply.recipient == STAFF
    assert reply.status.value == "sent"  # went out in the same cycle
    text = reply_text(reply)
    assert f"✓ erledigt {item}" in text
    assert "Erika Beispiel" in text
    assert "✗ abgesagt 999" in text
    assert "Termin 999 gibt es nicht." in text
    assert "Danke!" not in text  # a closing is neither run nor reported
    assert "? heute alles fertig" in text
    assert "formular 12 anamnese" in text  # the short help
    assert "praxis-worker " not in text.replace("praxis-worker, ", "")  # no shell commands

    # Never twice: the next cycles run nothing again and send no second reply.
    assert practice.run(NOW + days(0.03)) == 0
    assert practice.run(NOW + days(0.04)) == 0
    assert len(replies(practice)) == 1
    with practice.state() as conn:
        assert len(confirmation_store.for_patient(conn, erika.patient_id)) == 1


def test_unauthenticated_staff_mail_runs_nothing_and_goes_to_a_person(
    practice: Practice,
) -> None:
    item = open_item_id(practice)
    forged = mail_from(
        f"Team <{STAFF}>", f"erledigt {item}\n", message_id="<forged@x>", authenticated=False
    )
    key = practice.deliver(forged)
    assert practice.run(NOW + days(0.01)) == 0
    items = {i.id: i for i in practice.review_items()}
    assert not items[item].resolved
    [flagged] = [i for i in items.values() if i.id != item]
    assert flagged.reason == NOT_AUTHENTICATED
    assert replies(practice) == []
    path = next(p for sub in ("new", "cur") for p in (practice.inbox / sub).glob(f"{key}*"))
    assert path.name.endswith("F")


def test_an_out_of_office_note_from_a_staff_address_is_not_answered(
    practice: Practice,
) -> None:
    item = open_item_id(practice)
    note = mail_from(
        f"Team <{STAFF}>",
        f"Ich bin bis Montag nicht im Büro.\nerledigt {item}\n",
        message_id="<ooo@praxis>",
        Auto_Submitted="auto-replied",
    )
    practice.deliver(note)
    assert practice.run(NOW + days(0.01)) == 0
    assert replies(practice) == []
    items = {i.id: i for i in practice.review_items()}
    assert not items[item].resolved


def test_formular_assigns_the_unclassified_attachment_of_the_item(practice: Practice) -> None:
    message = EmailMessage()
    message["Authentication-Results"] = f"{AUTHSERV_ID}; dmarc=pass header.from=gmx.de"
    message["From"] = "Jonas Neu <jonas.neu@gmx.de>"
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Unterlagen"
    message["Date"] = "Tue, 16 Jun 2026 08:45:00 +0200"
    message["Message-ID"] = "<jonas-1@gmx.de>"
    message.set_content("Hallo, anbei der Scan.")
    message.add_attachment(
        b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n",
        maintype="application",
        subtype="pdf",
        filename="scan_0815.pdf",
    )
    practice.deliver(bytes(message))
    assert practice.run(NOW + days(0.01)) == 0
    with practice.state() as conn:
        [jonas_item] = [
            i for i in review.list_items(conn, include_resolved=False) if i.subject == "Unterlagen"
        ]
        assert jonas_item.inbound_id is not None
        [document] = form_store.unclassified_of_mail(conn, jonas_item.inbound_id)
        patient_id = document.patient_id
        assert "anamnese" not in form_store.keys_by_patient(conn, [patient_id])[patient_id]
    body = f"formular {jonas_item.id} anamnese\nformular {jonas_item.id} steuererklaerung\n"
    practice.deliver(mail_from(f"Team <{STAFF}>", body, message_id="<cmd-2@praxis>"))
    assert practice.run(NOW + days(0.02)) == 0
    with practice.state() as conn:
        assert "anamnese" in form_store.keys_by_patient(conn, [patient_id])[patient_id]
        assert form_store.unclassified_of_mail(conn, jonas_item.inbound_id) == []
    text = reply_text(replies(practice)[0])
    assert "1 Anhang von Jonas Neu als „Anamnesebogen“ abgelegt" in text
    assert "Formular „steuererklaerung“ ist unbekannt" in text


def test_a_reply_to_the_alert_runs_only_the_own_lines_not_the_quoted_help(
    practice: Practice,
) -> None:
    item = open_item_id(practice)
    body = (
        f"erledigt {item}\n"
        "\n"
        "Viele Grüße\n"
        "-- \n"
        "Praxisteam\n"
        "\n"
        "Am 16.06.2026 um 09:00 schrieb Praxis Impulse <termine@praxis-impulse.de>:\n"
        "> Diese Punkte brauchen Ihre Aufmerksamkeit:\n"
        ">   abgesagt 7                 – Termin 7 ist abgesagt\n"
        ">   bestätigt 7 am 16.03.\n"
    )
    practice.deliver(mail_from(f"Team <{STAFF}>", body, message_id="<cmd-3@praxis>"))
    assert practice.run(NOW + days(0.01)) == 0
    [reply] = replies(practice)
    text = reply_text(reply)
    assert f"✓ erledigt {item}" in text
    assert "abgesagt 7" not in text.split("Befehle (einer pro Zeile")[0]
    assert "bestätigt 7" not in text


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_parsing_never_raises_and_never_runs_more_than_it_reads(text: str) -> None:
    parsed = parse_staff_commands(text)
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(parsed.commands) + len(parsed.not_understood) <= min(len(lines), MAX_COMMANDS)
    for command in parsed.commands:
        assert 0 <= command.number < 10**9
