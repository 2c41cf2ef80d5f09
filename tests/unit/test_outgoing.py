"""Outgoing message bytes: headers, header injection, threading, retry schedule."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules.due import MissedReminder, ScheduleSettings, held_note, missed_reminder_note
from rules.models import DueMail, MailKind, ReviewNote
from rules.outgoing import (
    build_message,
    clean_message_id,
    expired_note,
    make_message_id,
    next_attempt,
    next_send_attempt,
    refused_note,
    strip_controls,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 4, 6, 10, 0, tzinfo=BERLIN)
MESSAGE_ID = "<pw-0123456789abcdef@praxis-impulse.de>"


def build(**overrides: object) -> bytes:
    arguments: dict[str, object] = {
        "from_name": "Praxis Impulse",
        "from_address": "termine@praxis-impulse.de",
        "to_name": "Erika Muster",
        "to_address": "erika@example.org",
        "subject": "Ihr Termin am Montag",
        "text": "Guten Tag,\nbis bald.\n",
        "message_id": MESSAGE_ID,
        "date": NOW,
    }
    arguments.update(overrides)
    return build_message(**arguments)  # type: ignore[arg-type]


def parse(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_headers_of_a_plain_mail() -> None:
    raw = build()
    message = parse(raw)
    assert message["From"] == "Praxis Impulse <termine@praxis-impulse.de>"
    assert message["To"] == "Erika Muster <erika@example.org>"
    assert message["Subject"] == "Ihr Termin am Montag"
    assert message["Date"] == "Mon, 06 Apr 2026 10:00:00 +0200"
    assert message["Message-ID"] == MESSAGE_ID
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["X-Auto-Response-Suppress"] == "OOF, AutoReply"
    assert message["MIME-Version"] == "1.0"
    assert message["In-Reply-To"] is None
    assert message["References"] is None
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert b"\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF everywhere, no bare LF


def test_umlauts_survive_in_name_subject_and_body() -> None:
    message = parse(build(to_name="Jörg Müller", subject="Bestätigung Ihres Termins",
                          text="Grüße aus der Praxis\n"))  # fmt: skip
    assert message["To"].addresses[0].display_name == "Jörg Müller"
    assert str(message["Subject"]) == "Bestätigung Ihres Termins"
    body = message.get_body(("plain",))
    assert body is not None
    assert body.get_content().splitlines() == ["Grüße aus der Praxis"]
    assert all(b < 128 for b in build(to_name="Jörg Müller", text="Grüße\n"))  # 7-bit safe


INJECTIONS = [
    pytest.param("Erika\r\nBcc: victim@evil.example", id="crlf-bcc"),
    pytest.param("Erika\nBcc: victim@evil.example", id="lf-bcc"),
    pytest.param("Erika\rBcc: victim@evil.example", id="cr-bcc"),
    pytest.param("Erika\x00\r\nBcc: victim@evil.example", id="nul-crlf"),
    pytest.param("Erika\u2028Bcc: victim@evil.example", id="unicode-line-separator"),
    pytest.param("Erika\x85Bcc: victim@evil.example", id="nel"),
]


@pytest.mark.parametrize("name", INJECTIONS)
def test_a_name_can_never_inject_a_header(name: str) -> None:
    raw = build(to_name=name, subject=f"Termin für {name}")
    message = parse(raw)
    assert message["Bcc"] is None
    assert message.get_all("To") is not None
    assert len(message.get_all("To")) == 1
    (address,) = message["To"].addresses
    assert address.addr_spec == "erika@example.org"
    assert "\n" not in address.display_name
    assert "\r" not in address.display_name
    assert "\n" not in str(message["Subject"])
    assert not message.defects


@given(st.text(max_size=80))
def test_any_name_yields_exactly_one_recipient(name: str) -> None:
    message = parse(build(to_name=name, subject=name))
    assert [a.addr_spec for a in message["To"].addresses] == ["erika@example.org"]
    assert message["Bcc"] is None
    assert message["Cc"] is None


@pytest.mark.parametrize(
    "address",
    [
        pytest.param("erika@example.org\r\nBcc: x@evil.example", id="crlf"),
        pytest.param("erika@example.org, x@evil.example", id="two-addresses"),
        pytest.param("Erika <erika@example.org>", id="name-addr"),
        pytest.param("", id="empty"),
    ],
)
def test_a_poisoned_address_is_refused(address: str) -> None:
    with pytest.raises(ValueError, match="address"):
        build(to_address=address)


def test_threading_headers() -> None:
    root = "<pw-root@praxis-impulse.de>"
    reply = "<CAF+patient@mail.example>"
    message = parse(build(in_reply_to=reply, references=(root, "not a message id\r\n")))
    assert message["In-Reply-To"] == reply
    assert message["References"] == f"{root} {reply}"


def test_receipt_is_auto_replied() -> None:
    assert parse(build(auto_submitted="auto-replied"))["Auto-Submitted"] == "auto-replied"
    with pytest.raises(ValueError, match="Auto-Submitted"):
        build(auto_submitted="no")


def test_html_alternative() -> None:
    message = parse(build(html="<p>Guten Tag</p>"))
    assert message.get_content_type() == "multipart/alternative"
    html = message.get_body(("html",))
    assert html is not None
    assert "Guten Tag" in html.get_content()


def test_message_id_uses_the_practice_domain_and_the_given_token() -> None:
    assert make_message_id(domain="praxis-impulse.de", token="00ff" * 4) == (
        "<pw-00ff00ff00ff00ff@praxis-impulse.de>"
    )
    with pytest.raises(ValueError, match="token"):
        make_message_id(domain="praxis-impulse.de", token="not-hex>\r\n")
    with pytest.raises(ValueError, match="domain"):
        make_message_id(domain="evil>\r\nBcc: x", token="00ff" * 4)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("<a@b>", "<a@b>", id="bracketed"),
        pytest.param(" a@b ", "<a@b>", id="bare"),
        pytest.param("<a@b>\r\n", "<a@b>", id="trailing-crlf"),
        pytest.param("<a b@c>", None, id="space"),
        pytest.param("nonsense", None, id="no-at"),
        pytest.param(None, None, id="none"),
    ],
)
def test_clean_message_id(value: str | None, expected: str | None) -> None:
    assert clean_message_id(value) == expected


def test_strip_controls() -> None:
    assert strip_controls("  Erika\t\r\n Muster\u200b\x00 ") == "Erika Muster"


RETRIES = [
    pytest.param(1, timedelta(minutes=1), id="1st-failure-1min"),
    pytest.param(2, timedelta(minutes=5), id="2nd-failure-5min"),
    pytest.param(3, timedelta(minutes=15), id="3rd-failure-15min"),
    pytest.param(4, timedelta(minutes=60), id="4th-failure-60min"),
    pytest.param(5, timedelta(hours=1), id="then-hourly"),
    pytest.param(30, timedelta(hours=1), id="still-hourly"),
]


@pytest.mark.parametrize(("attempts", "delay"), RETRIES)
def test_retry_schedule(attempts: int, delay: timedelta) -> None:
    assert next_attempt(attempts=attempts, now=NOW, expires_at=None) == NOW + delay


def test_no_retry_at_or_after_expiry() -> None:
    assert next_attempt(attempts=4, now=NOW, expires_at=NOW + timedelta(minutes=60)) is None
    assert next_attempt(attempts=4, now=NOW, expires_at=NOW + timedelta(minutes=61)) == (
        NOW + timedelta(minutes=60)
    )


# Default schedule: quiet hours 21:00-07:00 Europe/Berlin. (kind, failures so far, now,
# expires_at, the next attempt or None = expires). 2026-04-08 is a Wednesday; 2026-04-05
# is Easter Sunday (a holiday in Berlin).
WED = datetime(2026, 4, 8, 10, 0, tzinfo=BERLIN)
LATE = datetime(2026, 4, 8, 20, 59, 30, tzinfo=BERLIN)
NEXT_MORNING = datetime(2026, 4, 9, 7, 0, tzinfo=BERLIN)
EASTER_NOON = datetime(2026, 4, 5, 12, 0, tzinfo=BERLIN)
SEND_RETRIES = [
    pytest.param("reminder", 1, WED, None, WED + timedelta(minutes=1), id="patient-daytime-1min"),
    pytest.param("reminder", 5, WED, None, WED + timedelta(hours=1), id="patient-daytime-hourly"),
    pytest.param("reminder", 1, LATE, None, NEXT_MORNING, id="patient-into-quiet-hours-waits"),
    pytest.param("video_link", 4, datetime(2026, 4, 8, 20, 30, tzinfo=BERLIN), None,
                 NEXT_MORNING, id="patient-hour-later-is-quiet"),
    pytest.param("reminder", 1, LATE, datetime(2026, 4, 9, 7, 0, tzinfo=BERLIN), None,
                 id="patient-quiet-end-at-expiry-expires"),
    pytest.param("reminder", 1, LATE, datetime(2026, 4, 9, 6, 0, tzinfo=BERLIN), None,
                 id="patient-expires-inside-quiet-hours"),
    pytest.param("reminder", 1, LATE, datetime(2026, 4, 9, 7, 1, tzinfo=BERLIN), NEXT_MORNING,
                 id="patient-quiet-end-before-expiry"),
    pytest.param("reminder", 4, WED, WED + timedelta(minutes=60), None,
                 id="patient-retry-at-expiry-expires"),
    pytest.param("confirmation_request", 1, EASTER_NOON, None,
                 EASTER_NOON + timedelta(minutes=1), id="holiday-does-not-hold-a-retry"),
    pytest.param("staff_digest", 1, LATE, None, LATE + timedelta(minutes=1),
                 id="staff-ignores-quiet-hours"),
    pytest.param("staff_alert", 2, datetime(2026, 4, 8, 23, 0, tzinfo=BERLIN), None,
                 datetime(2026, 4, 8, 23, 5, tzinfo=BERLIN), id="staff-at-night"),
    pytest.param("appointment_moved", 1, LATE, None, LATE + timedelta(minutes=1),
                 id="moved-notice-goes-at-once-as-planned"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "attempts", "now", "expires_at", "expected"), SEND_RETRIES)
def test_next_send_attempt(
    kind: str, attempts: int, now: datetime, expires_at: datetime | None, expected: datetime | None
) -> None:
    when = next_send_attempt(
        kind=kind, attempts=attempts, now=now, expires_at=expires_at, schedule=ScheduleSettings()
    )
    assert when == expected


def test_next_send_attempt_without_quiet_hours() -> None:
    """quiet_hours = "" in the config: (00:00, 00:00), nothing is held back."""
    schedule = ScheduleSettings(quiet_hours=(time(0, 0), time(0, 0)))
    when = next_send_attempt(
        kind="reminder", attempts=1, now=LATE, expires_at=None, schedule=schedule
    )
    assert when == LATE + timedelta(minutes=1)


NOTES = [
    pytest.param(refused_note(outbox_id=7, kind="reminder", patient_id=3),
                 ReviewNote(kind="delivery", dedup_key="delivery:7", patient_id=3,
                            reason="Mail 'reminder' wurde vom Mailserver endgültig abgelehnt."),
                 id="refused"),
    pytest.param(expired_note(outbox_id=8, kind="staff_digest", patient_id=None),
                 ReviewNote(kind="delivery", dedup_key="expired:8", patient_id=None,
                            reason="Mail 'staff_digest' konnte nicht rechtzeitig zugestellt werden."),
                 id="expired"),
    pytest.param(missed_reminder_note(MissedReminder(dedup_key="reminder_missed:5",
                                                     appointment_id=5, patient_id=2)),
                 ReviewNote(kind="missed_reminder", dedup_key="reminder_missed:5", patient_id=2,
                            reason="Erinnerung für Termin 5 konnte nicht rechtzeitig versendet "
                            "werden."),
                 id="missed-reminder"),
    pytest.param(held_note(DueMail(dedup_key="forms_request:4:5d", kind=MailKind.FORMS_REQUEST,
                                   template="forms_request", recipient="max@example.org",
                                   recipient_name="Max", patient_id=2, appointment_id=4,
                                   not_before=NOW, expires_at=None)),
                 ReviewNote(kind="held", dedup_key="held:forms_request:4:5d", patient_id=2,
                            reason="Tageslimit für Mails an diese Adresse erreicht; "
                            "'forms_request' wurde zurückgehalten."),
                 id="held-by-cap"),
]  # fmt: skip


@pytest.mark.parametrize(("note", "expected"), NOTES)
def test_review_notes_of_planning_and_sending(note: ReviewNote, expected: ReviewNote) -> None:
    """What staff read, and the key that opens each item once; no address or name."""
    assert note == expected
    assert "@" not in note.reason
