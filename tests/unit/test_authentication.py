"""rules/authentication.py: RFC 8601 Authentication-Results and the trust rule (issue 12.1-2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rules.authentication import (
    NO_TRUST_CONFIGURED,
    NOT_AUTHENTICATED,
    AuthenticationResults,
    MethodResult,
    is_authenticated,
    parse_authentication_results,
    read_authserv_id,
    untrusted_reason,
)
from rules.models import InboundMail, MailContext
from rules.parsing import parse_mail
from tests.unit.authentication_table import ALL, FORGERIES, OURS, REAL_WORLD, AuthCase, mail


@pytest.mark.parametrize("case", ALL.values(), ids=ALL.keys())
def test_is_authenticated(case: AuthCase) -> None:
    assert (
        is_authenticated(mail(case.sender, *case.headers), case.authserv_id) is case.authenticated
    )


def test_the_table_holds_every_forgery_of_the_attack_run_and_five_real_servers() -> None:
    assert {
        "encoded-word-in-mailfrom",
        "quoted-mailfrom",
        "nested-comment",
        "unquoted-helo",
    } <= set(FORGERIES)
    assert all(not c.authenticated for c in FORGERIES.values())
    assert sum(c.authenticated for c in REAL_WORLD.values()) >= 5


TURNABLE = [
    n
    for n, c in FORGERIES.items()
    if c.forged and " dmarc=fail header.from=web.de" in "".join(c.headers)
]


@pytest.mark.parametrize("name", TURNABLE)
def test_forgery_fails_only_for_the_servers_own_verdict(name: str) -> None:
    """The same header with the server's own "dmarc=fail" turned to pass does pass: each
    forgery is readable and fails because of that verdict, not by accident."""
    case = FORGERIES[name]
    honest = [
        h.replace(" dmarc=fail header.from=web.de", " dmarc=pass header.from=web.de")
        for h in case.headers
    ]
    assert is_authenticated(mail(case.sender, *honest), OURS)


def test_only_the_topmost_header_of_our_server_counts() -> None:
    fail, ok = f"{OURS}; dmarc=fail header.from=web.de", f"{OURS}; dmarc=pass header.from=web.de"
    assert not is_authenticated(mail("a@web.de", fail, ok), OURS)
    assert is_authenticated(mail("a@web.de", ok, fail), OURS)


def test_other_headers_never_count() -> None:
    arc = (("arc-authentication-results", f"i=1; {OURS}; dmarc=pass header.from=web.de"),)
    assert not is_authenticated(mail("a@web.de", other=arc), OURS)


def test_no_sender_is_never_authenticated() -> None:
    assert not is_authenticated(mail(None, f"{OURS}; dmarc=pass"), OURS)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f"{OURS}; none", AuthenticationResults(authserv_id=OURS)),
        (
            f'{OURS} 1; dkim/1=pass (ok (really)) reason="a;b" header.d=web.de header.b="x/+y=";dmarc=fail',
            AuthenticationResults(
                authserv_id=OURS,
                results=(
                    MethodResult(method="dkim", result="pass", properties=(("header.d", "web.de"), ("header.b", "x/+y="))),
                    MethodResult(method="dmarc", result="fail"),
                ),
            ),
        ),
        (
            f'{OURS}; spf=pass smtp.mailfrom="x;dmarc=pass"@evil.io',
            AuthenticationResults(
                authserv_id=OURS,
                results=(MethodResult(method="spf", result="pass", properties=(("smtp.mailfrom", "x;dmarc=pass@evil.io"),)),),
            ),
        ),
        (f"{OURS}; dmarc=pass action=none header.from=web.de;compauth=pass reason=100", AuthenticationResults(
            authserv_id=OURS,
            results=(
                MethodResult(method="dmarc", result="pass", properties=(("header.from", "web.de"),)),
                MethodResult(method="compauth", result="pass"),
            ),
        )),
    ],
    ids=["none", "comments-quotes-versions", "quoted-local-part", "microsoft-extras"],
)  # fmt: skip
def test_parse(value: str, expected: AuthenticationResults) -> None:
    assert parse_authentication_results(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        f"{OURS}",
        f"{OURS};",
        f"{OURS}; none; dmarc=pass",
        f"{OURS}; dmarc=pass (open",
        f'{OURS}; dmarc=pass reason="open',
        f"{OURS}; dmarc=pass@evil.io",
        f"{OURS}; =pass",
        f"{OURS}; dmarc=",
        f"{OURS}; dmarc=pass header.from=",
        f"{OURS} 2; dmarc=pass",
        f"{OURS} x; dmarc=pass",
    ],
)
def test_unreadable_headers_are_none(value: str) -> None:
    assert parse_authentication_results(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f"{OURS}; dmarc=pass", OURS),
        ("  (comment) MX.Praxis-Impulse.de (x); dmarc=pass", OURS),
        ("spf=pass smtp.mailfrom=web.de", None),
        ("", None),
    ],
)
def test_read_authserv_id(value: str, expected: str | None) -> None:
    assert read_authserv_id(value) == expected


PASSING = mail("a@web.de", f"{OURS}; dmarc=pass header.from=web.de")
FAILING = mail("a@web.de", f"{OURS}; dmarc=fail header.from=web.de")


def trust(**changes: object) -> MailContext:
    return replace(MailContext(practice_address="t@p.de", patient=None), **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("checked", "context", "reason"),
    [
        (PASSING, trust(trusted_authserv_id=OURS), None),
        (FAILING, trust(trusted_authserv_id=OURS), NOT_AUTHENTICATED),
        (PASSING, trust(), NO_TRUST_CONFIGURED),
        (FAILING, trust(accept_unauthenticated=True), None),
    ],
    ids=[
        "trusted-pass",
        "trusted-fail",
        "default-nothing-configured",
        "deliberately-unauthenticated",
    ],
)
def test_untrusted_reason(checked: InboundMail, context: MailContext, reason: str | None) -> None:
    assert untrusted_reason(checked, context) == reason


def test_default_context_trusts_no_sender() -> None:
    assert MailContext(practice_address="t@p.de", patient=None).accept_unauthenticated is False


def raw_mail(*values: str) -> bytes:
    head = "".join(f"Authentication-Results: {v}\r\n" for v in values)
    return (
        f"{head}From: Erika <erika.beispiel@web.de>\r\nTo: t@p.de\r\nSubject: x\r\n"
        "Date: Tue, 07 Apr 2026 09:00:00 +0200\r\nMessage-ID: <r@web.de>\r\n\r\nHallo\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("value", "authenticated"),
    [
        (f"{OURS}; spf=pass smtp.mailfrom==?utf-8?q?x=3Bdmarc=3Dpass?=@evil.io; dmarc=fail header.from=web.de", False),
        (f"{OURS}; dmarc=fail (=?utf-8?q?=29=3B_dmarc=3Dpass_=28?=) header.from=web.de", False),
        # a server that writes no DMARC verdict: decoded, the comment would close and a pass follow
        (f"{OURS}; spf=none (helo =?utf-8?q?x=29=3B_dmarc=3Dpass_header=2Efrom=3Dweb=2Ede_=28?=) smtp.helo=x", False),
        (f"{OURS};\r\n\tspf=pass smtp.mailfrom=web.de;\r\n\tdmarc=pass (p=none) header.from=web.de", True),
    ],
    ids=["encoded-word-property", "encoded-word-comment", "encoded-word-only-verdict", "folded-honest"],
)  # fmt: skip
def test_parsed_mail_keeps_authentication_results_undecoded(
    value: str, authenticated: bool
) -> None:
    """The parser hands the header over raw (folded lines joined, no RFC 2047 decoding)."""
    parsed = parse_mail(raw_mail(value), received_at=datetime(2026, 4, 7, 10, 0, tzinfo=UTC))
    assert isinstance(parsed, InboundMail)
    assert "=?utf-8?q?" in dict(parsed.headers)["authentication-results"] or authenticated
    assert is_authenticated(parsed, OURS) is authenticated


# --- properties ----------------------------------------------------------------------------

SMUGGLED = st.sampled_from(
    [
        ";dmarc=pass",
        "; dmarc=pass header.from=web.de",
        ";dkim=pass header.d=web.de",
        ")",
        "(",
        '"',
        "\\",
    ]
)
TEXT = st.text(alphabet=st.characters(codec="ascii", exclude_categories=("Cc",)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(value=st.text(max_size=200))
def test_the_reader_never_raises(value: str) -> None:
    parsed = parse_authentication_results(value)
    assert parsed is None or isinstance(parsed, AuthenticationResults)
    read_authserv_id(value)


@settings(max_examples=300, deadline=None)
@given(
    before=TEXT,
    smuggled=SMUGGLED,
    after=TEXT,
    where=st.sampled_from(["quoted", "comment", "nested"]),
)
def test_nothing_inside_quotes_or_comments_turns_a_fail_into_a_pass(
    before: str, smuggled: str, after: str, where: str
) -> None:
    """Whatever a sender gets into a quoted value or a comment of our server's header,
    our server's own dmarc=fail stays a fail."""
    inner = (before + smuggled + after).replace("\\", "\\\\")
    if where == "quoted":
        inner = inner.replace('"', '\\"')
        planted = f'smtp.mailfrom="{inner}"@evil.io'
    else:
        inner = inner.replace("(", "\\(").replace(")", "\\)")
        planted = f"({inner})" if where == "comment" else f"(a ({inner}) b)"
        planted += " smtp.mailfrom=evil.io"
    header = f"{OURS}; spf=pass {planted}; dmarc=fail header.from=web.de"
    assert not is_authenticated(mail("a@web.de", header), OURS)
    # readable all the same: with the server's own pass the header passes
    honest = f"{OURS}; spf=pass {planted}; dmarc=pass header.from=web.de"
    assert is_authenticated(mail("a@web.de", honest), OURS)
