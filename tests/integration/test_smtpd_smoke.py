"""Smoke tests of the aiosmtpd fixture itself, driven by the stdlib's smtplib."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable

import pytest

from tests.fixtures.smtpd import TEST_PASSWORD, TEST_USERNAME, SmtpTestServer

pytestmark = pytest.mark.integration

MESSAGE = b"From: praxis@praxis.test\r\nTo: a@example.test\r\nSubject: Test\r\n\r\nHallo\r\n"


def test_plain_send_records_the_envelope(smtp_server: SmtpTestServer) -> None:
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as client:
        refused = client.sendmail(
            "praxis@praxis.test", ["a@example.test", "b@example.test"], MESSAGE
        )

    assert refused == {}
    [received] = smtp_server.messages
    assert received.mail_from == "praxis@praxis.test"
    assert received.rcpt_tos == ("a@example.test", "b@example.test")
    assert received.content == MESSAGE
    assert received.raw_data == MESSAGE + b".\r\n"
    assert received.message["Subject"] == "Test"
    assert (received.connection, received.over_tls, received.authenticated) == (1, False, False)
    assert smtp_server.connections == 1
    assert smtp_server.wire(1).startswith(b"ehlo ")


@pytest.mark.parametrize("smtp_server", [{"security": "starttls", "auth": True}], indirect=True)
def test_starttls_and_auth(smtp_server: SmtpTestServer) -> None:
    context = ssl.create_default_context(cafile=smtp_server.ca_pem_path)
    with smtplib.SMTP("localhost", smtp_server.port, timeout=5) as client:
        client.ehlo()
        assert not client.has_extn("auth")  # AUTH only after TLS
        with pytest.raises(smtplib.SMTPSenderRefused) as refused:
            client.sendmail("praxis@praxis.test", ["a@example.test"], MESSAGE)
        assert refused.value.smtp_code == 530
        client.starttls(context=context)
        client.login(TEST_USERNAME, TEST_PASSWORD)
        client.sendmail("praxis@praxis.test", ["a@example.test"], MESSAGE)

    [received] = smtp_server.messages
    assert (received.over_tls, received.authenticated) == (True, True)
    [attempt] = smtp_server.auth_attempts
    assert (attempt.success, attempt.over_tls, attempt.login) == (True, True, TEST_USERNAME)


@pytest.mark.parametrize("smtp_server", [{"security": "tls", "auth": True}], indirect=True)
def test_implicit_tls_rejects_a_wrong_password(smtp_server: SmtpTestServer) -> None:
    context = ssl.create_default_context(cafile=smtp_server.ca_pem_path)
    with smtplib.SMTP_SSL("localhost", smtp_server.port, timeout=5, context=context) as client:
        with pytest.raises(smtplib.SMTPAuthenticationError) as failed:
            client.login(TEST_USERNAME, "falsch")
        assert failed.value.smtp_code == 535
    assert [a.success for a in smtp_server.auth_attempts] == [False] * len(
        smtp_server.auth_attempts
    )
    assert smtp_server.messages == []


@pytest.mark.parametrize(
    ("command", "code"),
    [("MAIL", 451), ("RCPT", 550), ("DATA", 554)],
    ids=["mail-451", "rcpt-550", "data-554"],
)
def test_injected_reply_answers_the_next_command_once(
    smtp_server: SmtpTestServer, command: str, code: int
) -> None:
    smtp_server.fail_next(command, code)
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as client:
        with pytest.raises(smtplib.SMTPException):
            client.sendmail("praxis@praxis.test", ["a@example.test"], MESSAGE)
        client.rset()
        client.sendmail("praxis@praxis.test", ["a@example.test"], MESSAGE)
    assert len(smtp_server.messages) == 1
    assert smtp_server.pending_injections == []


def test_421_closes_the_connection(smtp_server: SmtpTestServer) -> None:
    smtp_server.fail_next("MAIL", 421)
    client = smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5)
    with pytest.raises(smtplib.SMTPSenderRefused) as refused:
        client.sendmail("praxis@praxis.test", ["a@example.test"], MESSAGE)
    assert refused.value.smtp_code == 421
    with pytest.raises(smtplib.SMTPServerDisconnected):
        client.noop()
    client.close()


def test_drop_after_data_keeps_the_message_but_never_answers(smtp_server: SmtpTestServer) -> None:
    smtp_server.drop_after_data = True
    with (
        smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as client,
        pytest.raises(smtplib.SMTPServerDisconnected),
    ):
        client.sendmail("praxis@praxis.test", ["a@example.test"], MESSAGE)
    assert len(smtp_server.messages) == 1


def test_hidden_starttls_is_not_offered(
    smtp_server_factory: Callable[..., SmtpTestServer],
) -> None:
    server = smtp_server_factory(security="starttls", hide_starttls=True)
    with smtplib.SMTP(server.host, server.port, timeout=5) as client:
        client.ehlo()
        assert not client.has_extn("starttls")


def test_auto_responder_sees_each_message(smtp_server: SmtpTestServer) -> None:
    seen: list[str] = []
    smtp_server.auto_responder = lambda message: seen.append(message.message["Subject"])
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as client:
        client.sendmail("praxis@praxis.test", ["a@example.test"], MESSAGE)
    assert seen == ["Test"]
