"""SmtpSender against the real aiosmtpd fixture: security, faults and the bytes on the wire."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import trustme

from tests.fixtures.smtpd import TEST_PASSWORD, TEST_USERNAME, SmtpTestServer
from worker.adapters.sender import OutgoingMessage, SendResult
from worker.adapters.smtp import DeliveryAuthError, DeliveryTlsError, SmtpSender, SmtpSettings
from worker.errors import ConfigError, DeliveryError

pytestmark = pytest.mark.integration

ServerFactory = Callable[..., SmtpTestServer]
PATIENT = "patient@example.test"
OTHER = "angehoerige@example.test"
PRACTICE = "termine@praxis.test"


def make_message(
    number: int = 1, recipients: tuple[str, ...] = (PATIENT,), body: bytes = b"Hallo.\r\n"
) -> OutgoingMessage:
    message_id = f"<{number}.token@praxis.test>"
    raw = (
        f"From: Praxis <{PRACTICE}>\r\nTo: {', '.join(recipients)}\r\n"
        f"Subject: Termin {number}\r\nMessage-ID: {message_id}\r\n\r\n"
    ).encode() + body
    return OutgoingMessage(message_id=message_id, sender=PRACTICE, recipients=recipients, raw=raw)


def settings_for(server: SmtpTestServer, **overrides: object) -> SmtpSettings:
    values: dict[str, object] = {
        "host": server.host,
        "port": server.port,
        "security": server.security,
        "ca_file": server.ca_pem_path,
        "username": TEST_USERNAME if server.auth else None,
        "password": TEST_PASSWORD if server.auth else None,
        "timeout": 5.0,
        "message_timeout": 10.0,
        "local_hostname": "praxis.test",
    }
    values.update(overrides)
    return SmtpSettings(**values)  # type: ignore[arg-type]


def send(
    server: SmtpTestServer, messages: Sequence[OutgoingMessage], **overrides: object
) -> list[SendResult]:
    return asyncio.run(SmtpSender(settings_for(server, **overrides)).send_batch(messages))


# -- security ----------------------------------------------------------------------------


@pytest.mark.parametrize("security", ["starttls", "tls"], ids=["starttls-587", "implicit-tls-465"])
def test_tls_and_auth_deliver(smtp_server_factory: ServerFactory, security: str) -> None:
    server = smtp_server_factory(security=security, auth=True)

    [result] = send(server, [make_message()])

    assert (result.outcome, result.code, result.refused) == ("sent", 250, {})
    [received] = server.messages
    assert (received.over_tls, received.authenticated) == (True, True)
    assert received.rcpt_tos == (PATIENT,)
    assert [(a.success, a.over_tls) for a in server.auth_attempts] == [(True, True)]


@pytest.mark.parametrize("security", ["starttls", "tls"], ids=["starttls", "implicit-tls"])
def test_a_certificate_from_an_unknown_ca_is_refused(
    smtp_server_factory: ServerFactory, security: str, tmp_path: Path
) -> None:
    server = smtp_server_factory(security=security, auth=True)
    stranger = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(stranger))

    with pytest.raises(DeliveryTlsError, match="TLS failed"):
        send(server, [make_message()], ca_file=str(stranger))

    assert server.messages == []
    assert server.auth_attempts == []


def test_hidden_starttls_fails_closed_without_plaintext_auth(
    smtp_server_factory: ServerFactory,
) -> None:
    # The server would even accept AUTH in plaintext: the client must not try.
    server = smtp_server_factory(
        security="starttls", auth=True, auth_require_tls=False, hide_starttls=True
    )

    with pytest.raises(DeliveryTlsError, match="does not offer STARTTLS"):
        send(server, [make_message()])

    assert server.messages == []
    assert server.auth_attempts == []
    wire = server.wire(1)
    assert b"AUTH" not in wire
    assert b"MAIL FROM" not in wire


@pytest.mark.parametrize(
    ("password", "inject"),
    [("falsch", False), (TEST_PASSWORD, True)],
    ids=["wrong-password", "server-says-535"],
)
def test_refused_login_raises_auth_error_after_one_attempt(
    smtp_server_factory: ServerFactory, password: str, inject: bool
) -> None:
    server = smtp_server_factory(security="starttls", auth=True)
    if inject:
        server.fail_next("AUTH", 535)

    with pytest.raises(DeliveryAuthError, match="535") as raised:
        send(server, [make_message(1), make_message(2)], password=password)

    assert isinstance(raised.value, DeliveryError)
    assert server.messages == []
    assert len(server.auth_attempts) == (0 if inject else 1)
    assert server.wire(1).count(b"AUTH ") == 1  # no burst through every mechanism


def test_plaintext_is_refused_for_a_remote_host() -> None:
    with pytest.raises(ConfigError, match=r"^smtp\.security: "):
        SmtpSender(SmtpSettings(host="smtp.example.de", port=25, security="none"))


def test_check_reports_each_step(smtp_server_factory: ServerFactory) -> None:
    server = smtp_server_factory(security="starttls", auth=True)

    findings = asyncio.run(SmtpSender(settings_for(server)).check())

    assert findings[0].startswith(f"connected to {server.host}:{server.port}")
    assert any(line.startswith("STARTTLS (TLSv1.") for line in findings)
    assert "AUTH PLAIN accepted for the configured user" in findings
    assert findings[-1] == "QUIT accepted"
    assert TEST_PASSWORD not in " ".join(findings)


# -- server replies ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "code", "outcome"),
    [
        ("MAIL", 451, "retry"),
        ("MAIL", 452, "retry"),
        ("MAIL", 553, "failed"),
        ("RCPT", 450, "retry"),
        ("RCPT", 550, "failed"),
        ("DATA", 451, "retry"),
        ("DATA", 554, "failed"),
    ],
    ids=lambda value: str(value),
)
def test_reply_codes_decide_the_outcome_and_the_batch_goes_on(
    smtp_server: SmtpTestServer, command: str, code: int, outcome: str
) -> None:
    smtp_server.fail_next(command, code, f"{code} for <{PATIENT}> in the text")

    first, second = send(smtp_server, [make_message(1), make_message(2)])

    assert (first.outcome, first.code) == (outcome, code)
    assert PATIENT not in first.detail
    assert (second.outcome, second.code) == ("sent", 250)
    assert [m.message["Subject"] for m in smtp_server.messages] == ["Termin 2"]
    assert smtp_server.connections == 1


def test_451_is_retried_and_delivered_by_the_next_batch(smtp_server: SmtpTestServer) -> None:
    smtp_server.fail_next("MAIL", 451)
    message = make_message()

    [first] = send(smtp_server, [message])
    [second] = send(smtp_server, [message])

    assert (first.outcome, second.outcome) == ("retry", "sent")
    assert len(smtp_server.messages) == 1
    assert smtp_server.connections == 2  # a fresh connection per batch


def test_421_ends_the_batch_and_the_rest_waits(smtp_server: SmtpTestServer) -> None:
    smtp_server.fail_next("MAIL", 421)

    first, second = send(smtp_server, [make_message(1), make_message(2)])

    assert (first.outcome, first.code, first.attempted) == ("retry", 421, True)
    assert (second.outcome, second.attempted) == ("retry", False)
    assert smtp_server.messages == []
    assert [r.outcome for r in send(smtp_server, [make_message(1), make_message(2)])] == [
        "sent",
        "sent",
    ]


def test_every_recipient_refused_permanently_fails(smtp_server: SmtpTestServer) -> None:
    smtp_server.refuse_recipient(PATIENT, 550)
    smtp_server.refuse_recipient(OTHER, 553)

    [result] = send(smtp_server, [make_message(recipients=(PATIENT, OTHER))])

    assert (result.outcome, result.code) == ("failed", 550)
    assert {rcpt: code for rcpt, (code, _text) in result.refused.items()} == {
        PATIENT: 550,
        OTHER: 553,
    }
    assert smtp_server.messages == []


def test_every_recipient_refused_with_one_transient_is_retried(
    smtp_server: SmtpTestServer,
) -> None:
    smtp_server.refuse_recipient(PATIENT, 550)
    smtp_server.refuse_recipient(OTHER, 450)

    [result] = send(smtp_server, [make_message(recipients=(PATIENT, OTHER))])

    assert result.outcome == "retry"


def test_one_of_two_recipients_refused_is_sent_with_the_refusal_recorded(
    smtp_server: SmtpTestServer,
) -> None:
    smtp_server.refuse_recipient(OTHER, 550)

    [result] = send(smtp_server, [make_message(recipients=(PATIENT, OTHER))])

    assert (result.outcome, result.code) == ("sent", 250)
    assert list(result.refused) == [OTHER]
    assert result.refused[OTHER][0] == 550
    [received] = smtp_server.messages
    assert received.rcpt_tos == (PATIENT,)


# -- lost connections and timeouts -----------------------------------------------------------


def test_lost_reply_after_the_final_dot_is_ambiguous(smtp_server: SmtpTestServer) -> None:
    smtp_server.drop_after_data = True
    message = make_message()

    first, second = send(smtp_server, [message, make_message(2)])

    assert (first.outcome, first.code) == ("ambiguous", None)
    assert (second.outcome, second.attempted) == ("retry", False)
    smtp_server.drop_after_data = False
    [again] = send(smtp_server, [message])
    assert again.outcome == "sent"
    # At most one duplicate, both with the same Message-ID: a receiver can fold them.
    assert [m.message["Message-ID"] for m in smtp_server.messages] == [message.message_id] * 2


def test_stalled_data_is_retried_within_the_timeout(smtp_server: SmtpTestServer) -> None:
    smtp_server.stall_data_seconds = 5.0
    started = time.monotonic()

    [result] = send(smtp_server, [make_message()], timeout=0.5)

    assert time.monotonic() - started < 3.0
    assert (result.outcome, result.code) == ("retry", None)
    assert "DATA" in result.detail
    assert smtp_server.messages == []


def test_total_message_timeout_caps_a_slow_server(smtp_server: SmtpTestServer) -> None:
    smtp_server.stall_data_seconds = 5.0
    started = time.monotonic()

    [result] = send(smtp_server, [make_message()], timeout=4.0, message_timeout=0.5)

    assert time.monotonic() - started < 3.0
    assert result.outcome == "retry"


def test_unreachable_server_raises_delivery_error(smtp_server: SmtpTestServer) -> None:
    port = smtp_server.port
    smtp_server.stop()

    with pytest.raises(DeliveryError, match="connect"):
        asyncio.run(
            SmtpSender(SmtpSettings(host="127.0.0.1", port=port, security="none")).send_batch(
                [make_message()]
            )
        )


# -- bytes on the wire -------------------------------------------------------------------


def test_line_endings_and_leading_dots_arrive_intact(smtp_server: SmtpTestServer) -> None:
    body = b".Punkt am Anfang\nnur LF\rnur CR\r\n..zwei Punkte\n.\nEnde"
    message = make_message(body=body)

    [result] = send(smtp_server, [message])

    assert result.outcome == "sent"
    [received] = smtp_server.messages
    expected = message.raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").replace(b"\n", b"\r\n")
    assert received.content == expected + b"\r\n"
    assert received.raw_data.endswith(
        b"\r\n..Punkt am Anfang\r\nnur LF\r\nnur CR\r\n...zwei Punkte\r\n..\r\nEnde\r\n.\r\n"
    )


def test_a_control_character_in_an_address_fails_before_the_server(
    smtp_server: SmtpTestServer,
) -> None:
    bad = OutgoingMessage(
        message_id="<x@praxis.test>",
        sender=PRACTICE,
        recipients=("patient@example.test\r\nRCPT TO:<evil@example.test>",),
        raw=b"Subject: x\r\n\r\nx\r\n",
    )

    bad_result, good_result = send(smtp_server, [bad, make_message()])

    assert (bad_result.outcome, good_result.outcome) == ("failed", "sent")
    assert b"evil" not in smtp_server.wire(1)


def test_a_batch_of_twenty_uses_one_connection(smtp_server_factory: ServerFactory) -> None:
    server = smtp_server_factory(security="starttls", auth=True)
    messages = [make_message(number) for number in range(20)]

    results = send(server, messages)

    assert [r.outcome for r in results] == ["sent"] * 20
    assert [r.message_id for r in results] == [m.message_id for m in messages]
    assert server.connections == 1
    assert {m.connection for m in server.messages} == {1}
    assert len(server.auth_attempts) == 1


def test_logs_and_details_name_no_address(
    smtp_server: SmtpTestServer, caplog: pytest.LogCaptureFixture
) -> None:
    smtp_server.refuse_recipient(OTHER, 550, f"5.1.1 <{OTHER}>: unknown")
    smtp_server.fail_next("MAIL", 451, f"4.7.1 <{PRACTICE}> greylisted")
    caplog.set_level("DEBUG")

    results = send(smtp_server, [make_message(1), make_message(2, recipients=(PATIENT, OTHER))])

    assert [r.outcome for r in results] == ["retry", "sent"]
    # The test server (logger "mail.log") logs addresses; our side must not.
    client_log = [r.getMessage() for r in caplog.records if r.name.split(".")[0] != "mail"]
    text = " ".join(client_log + [r.detail for r in results])
    for address in (PATIENT, OTHER, PRACTICE):
        assert address not in text
    assert "<1.token@praxis.test>" in text  # ids are what the log is for
    assert TEST_PASSWORD not in repr(settings_for(smtp_server))
