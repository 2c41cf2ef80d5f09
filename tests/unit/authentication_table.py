"""Authentication-Results headers and what they must mean (issue 12, point 1).

Shared by tests/unit/test_authentication.py and bench/measure_authres.py (which runs the
`authres` package over the same table). Each case: the headers of one mail in order
(topmost first, raw as received: nothing RFC 2047-decoded), the From address, the
authserv-id the practice trusts, and whether the mail counts as authenticated.

The real-world headers follow the formats these servers write (Gmail, Microsoft 365,
GMX/web.de, Postfix with OpenDKIM and OpenDMARC, rspamd), with the example practice's
and patients' domains put in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from rules.models import InboundMail

OURS = "mx.praxis-impulse.de"
ERIKA = "erika.beispiel@web.de"


@dataclass(frozen=True, slots=True)
class AuthCase:
    headers: tuple[str, ...]  # Authentication-Results values, topmost first
    authenticated: bool
    sender: str = ERIKA
    authserv_id: str = OURS
    forged: bool = False  # an attack: a wrong True here records a forged confirmation


FORGERIES: dict[str, AuthCase] = {
    # The four inputs of the attack run (issue 12): our server says dmarc=fail, and a
    # "dmarc=pass" the sender smuggled in must not count.
    "encoded-word-in-mailfrom": AuthCase(
        (
            f"{OURS}; spf=pass smtp.mailfrom==?utf-8?q?x=3Bdmarc=3Dpass?=@evil.io; dkim=none; dmarc=fail (p=none dis=none) header.from=web.de",
        ),
        False,
        forged=True,
    ),
    "encoded-word-in-comment": AuthCase(
        (
            f"{OURS}; spf=pass (helo =?utf-8?q?x=29=3B_dmarc=3Dpass_=28?=) smtp.mailfrom=evil.io; dmarc=fail header.from=web.de",
        ),
        False,
        forged=True,
    ),
    "quoted-mailfrom": AuthCase(
        (f'{OURS}; spf=pass smtp.mailfrom="x;dmarc=pass"@evil.io; dmarc=fail header.from=web.de',),
        False,
        forged=True,
    ),
    "quoted-mailfrom-with-from": AuthCase(
        (
            f'{OURS}; spf=pass smtp.mailfrom="x; dmarc=pass header.from=web.de"@evil.io; dmarc=none header.from=web.de',
        ),
        False,
        forged=True,
    ),
    "nested-comment": AuthCase(
        (
            f"{OURS}; spf=pass (sender (evil.io) ;dmarc=pass (x)) smtp.mailfrom=evil.io; dmarc=fail header.from=web.de",
        ),
        False,
        forged=True,
    ),
    "nested-comment-deep": AuthCase(
        (
            f"{OURS}; iprev=pass (((x));dmarc=pass (y)) policy.iprev=192.0.2.1; dmarc=fail header.from=web.de",
        ),
        False,
        forged=True,
    ),
    "unquoted-helo": AuthCase(
        (f"{OURS}; spf=none smtp.helo=x;dmarc=pass; dmarc=fail header.from=web.de",),
        False,
        forged=True,
    ),
    "unquoted-helo-after-fail": AuthCase(
        (f"{OURS}; dmarc=fail header.from=web.de; spf=none smtp.helo=x;dmarc=pass",),
        False,
        forged=True,
    ),
    # A HELO "x(" opens a comment that never closes: a lenient reader (authres 1.2.0)
    # drops the rest of the header, the server's dmarc=fail with it, and the relaxed
    # DKIM fallback then accepts a subdomain signature the domain's strict policy refused.
    "unbalanced-paren-in-helo-hides-dmarc-fail": AuthCase(
        (
            f"{OURS}; dkim=pass header.d=mail.web.de; spf=none smtp.helo=x(y; dmarc=fail (p=reject adkim=s) header.from=web.de",
        ),
        False,
        forged=True,
    ),
    # Other ways to make a pass out of nothing.
    "quoted-reason": AuthCase(
        (
            f'{OURS}; spf=fail reason="x; dmarc=pass" smtp.mailfrom=evil.io; dmarc=fail header.from=web.de',
        ),
        False,
        forged=True,
    ),
    "pass-inside-authserv-comment": AuthCase(
        (f"{OURS} (dmarc=pass); dkim=pass header.d=evil.io; dmarc=none",), False, forged=True
    ),
    "dmarc-pass-for-another-domain": AuthCase(
        (f"{OURS}; dmarc=pass (p=reject) header.from=evil.io",), False, forged=True
    ),
    "dmarc-pass-for-a-parent-domain": AuthCase(
        (f"{OURS}; dmarc=pass header.from=de",), False, forged=True
    ),
    "dkim-for-another-domain": AuthCase(
        (f"{OURS}; dkim=pass header.d=evil.io; dmarc=none",), False, forged=True
    ),
    "dkim-for-a-lookalike-domain": AuthCase(
        (f"{OURS}; dkim=pass header.d=web.de.evil.io",), False, forged=True
    ),
    "dkim-for-a-top-level-domain": AuthCase(
        (f"{OURS}; dkim=pass header.d=de",), False, forged=True
    ),
    "dkim-pass-but-dmarc-fail": AuthCase(
        (f"{OURS}; dkim=pass header.d=web.de; dmarc=fail header.from=web.de",), False, forged=True
    ),
    "pass-glued-to-garbage": AuthCase(
        (f"{OURS}; spf=pass smtp.mailfrom=x;dmarc=pass@evil.io",), False, forged=True
    ),
    "forged-header-below-ours": AuthCase(
        (f"{OURS}; dmarc=fail header.from=web.de", f"{OURS}; dmarc=pass header.from=web.de"),
        False,
        forged=True,
    ),
    "foreign-authserv-says-pass": AuthCase(
        ("mx.evil.io; dmarc=pass header.from=web.de",), False, forged=True
    ),
    "lookalike-authserv-says-pass": AuthCase(
        (f"{OURS}.evil.io; dmarc=pass header.from=web.de",), False, forged=True
    ),
    "authserv-prefix-says-pass": AuthCase(
        ("mx.praxis-impulse.de.; dmarc=pass header.from=web.de",), False, forged=True
    ),
    "unbalanced-comment": AuthCase(
        (f"{OURS}; dmarc=pass (p=none header.from=web.de",), False, forged=True
    ),
    "unterminated-quote": AuthCase(
        (f'{OURS}; spf=pass smtp.mailfrom="x@evil.io; dmarc=pass header.from=web.de',),
        False,
        forged=True,
    ),
    "dmarc-pass-then-none": AuthCase(
        (f"{OURS}; dmarc=none; spf=pass smtp.helo=x;dmarc=pass",), False, forged=True
    ),
    "no-result-none": AuthCase((f"{OURS}; none",), False),
    "no-header": AuthCase((), False),
    "dmarc-temperror": AuthCase((f"{OURS}; dmarc=temperror header.from=web.de",), False),
    "spf-pass-only": AuthCase((f"{OURS}; spf=pass smtp.mailfrom=web.de",), False),
    "version-2-unknown": AuthCase((f"{OURS} 2; dmarc=pass header.from=web.de",), False),
    "empty-authserv-configured": AuthCase(
        ("; dmarc=pass header.from=web.de",), False, authserv_id=""
    ),
}

REAL_WORLD: dict[str, AuthCase] = {
    "gmail": AuthCase(
        (
            "mx.google.com; dkim=pass header.i=@web.de header.s=s29768273 header.b=Ab1+cD/e;"
            " arc=pass (i=1 spf=pass spfdomain=web.de dkim=pass dkdomain=web.de dmarc=pass fromdomain=web.de);"
            " spf=pass (google.com: domain of erika.beispiel@web.de designates 212.227.15.3 as permitted sender) smtp.mailfrom=erika.beispiel@web.de;"
            " dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=web.de",
        ),
        True,
        authserv_id="mx.google.com",
    ),
    "gmail-dmarc-fail": AuthCase(
        (
            "mx.google.com; spf=pass (google.com: domain of x@evil.io designates 192.0.2.9 as permitted sender) smtp.mailfrom=x@evil.io;"
            " dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=web.de",
        ),
        False,
        authserv_id="mx.google.com",
    ),
    "microsoft-365-names-no-server": AuthCase(
        (
            "spf=pass (sender IP is 212.227.15.3) smtp.mailfrom=web.de; dkim=pass (signature was verified)"
            " header.d=web.de;dmarc=pass action=none header.from=web.de;compauth=pass reason=100",
        ),
        False,
        authserv_id="outlook.com",
    ),
    "microsoft-arc-style-with-id": AuthCase(
        (
            "mx.microsoft.com 1; spf=pass smtp.mailfrom=web.de; dmarc=pass action=none"
            " header.from=web.de; dkim=pass header.d=web.de; arc=none",
        ),
        True,
        authserv_id="mx.microsoft.com",
    ),
    "microsoft-bestguesspass-with-aligned-dkim": AuthCase(
        (
            "mx.microsoft.com 1; spf=pass smtp.mailfrom=praxis-kunde.de; dkim=pass"
            " (signature was verified) header.d=praxis-kunde.de;dmarc=bestguesspass action=none"
            " header.from=praxis-kunde.de;compauth=pass reason=109",
        ),
        True,
        sender="anna@praxis-kunde.de",
        authserv_id="mx.microsoft.com",
    ),
    "gmx-web-de": AuthCase(
        (
            "mx.gmx.net; dkim=pass header.d=web.de header.i=@web.de header.s=s29768273"
            ' header.b="Xy9/k+Lm"; spf=pass (mx.gmx.net: domain of erika.beispiel@web.de designates 212.227.15.3 as permitted sender)'
            " smtp.mailfrom=erika.beispiel@web.de; dmarc=pass (p=quarantine dis=none) header.from=web.de",
        ),
        True,
        authserv_id="mx.gmx.net",
    ),
    "postfix-opendmarc-on-top": AuthCase(
        (
            "mail.praxis-impulse.de; dmarc=pass (p=quarantine dis=none) header.from=web.de",
            "mail.praxis-impulse.de;\tdkim=pass (2048-bit key; unprotected) header.d=web.de"
            ' header.i=@web.de header.a=rsa-sha256 header.s=s29768273 header.b="AbCdEf/+"',
            "mail.praxis-impulse.de; spf=pass (sender IP is 212.227.15.3) smtp.mailfrom=erika.beispiel@web.de smtp.helo=mout.web.de",
        ),
        True,
        authserv_id="mail.praxis-impulse.de",
    ),
    "postfix-opendmarc-fail": AuthCase(
        ("mail.praxis-impulse.de; dmarc=fail (p=reject dis=none) header.from=web.de",),
        False,
        authserv_id="mail.praxis-impulse.de",
    ),
    "postfix-opendkim-only": AuthCase(
        (
            "mail.praxis-impulse.de;\tdkim=pass (1024-bit key; secure) header.d=web.de"
            ' header.i=@web.de header.b="pQ3+/rS="',
        ),
        True,
        authserv_id="mail.praxis-impulse.de",
    ),
    "rspamd": AuthCase(
        (
            f"{OURS};\tdkim=pass header.d=web.de header.s=s29768273 header.b=LmN0pQ;"
            "\tarc=none;\tdmarc=pass (policy=quarantine) header.from=web.de;"
            f"\tspf=pass ({OURS}: domain of erika.beispiel@web.de designates 212.227.15.3 as permitted sender) smtp.mailfrom=erika.beispiel@web.de",
        ),
        True,
    ),
    "rspamd-fail-with-reason": AuthCase(
        (
            f'{OURS};\tdkim=none;\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=web.de (policy=quarantine);'
            f"\tspf=fail ({OURS}: domain of x@evil.io does not designate 192.0.2.9 as permitted sender) smtp.mailfrom=x@evil.io",
        ),
        False,
    ),
    "rspamd-subdomain-signature": AuthCase(
        (f"{OURS}; dkim=pass header.d=mail.praxis-kunde.de; dmarc=none",),
        True,
        sender="anna@praxis-kunde.de",
    ),
    "case-and-version-and-spaces": AuthCase(
        ("MX.Praxis-Impulse.DE 1 ; DMARC / 1 = PASS header . from = WEB.DE",), True
    ),
    "trailing-semicolon": AuthCase((f"{OURS}; dmarc=pass header.from=web.de;",), True),
    "dmarc-without-header-from": AuthCase((f"{OURS}; dmarc=pass",), True),
    "ours-below-a-foreign-one": AuthCase(
        ("mx.web.de; dmarc=fail header.from=web.de", f"{OURS}; dmarc=pass header.from=web.de"),
        True,
    ),
    "quoted-authserv-id": AuthCase((f'"{OURS}"; dmarc=pass header.from=web.de',), True),
    "idn-domain": AuthCase(
        (f"{OURS}; dmarc=pass header.from=xn--mller-kva.de",), True, sender="anna@müller.de"
    ),
}

ALL: dict[str, AuthCase] = {**FORGERIES, **REAL_WORLD}


def mail(sender: str | None, *values: str, other: tuple[tuple[str, str], ...] = ()) -> InboundMail:
    return InboundMail(
        sha256="0" * 64,
        message_id="<a@web.de>",
        sender=sender,
        sender_name="",
        reply_to=(),
        in_reply_to=None,
        references=(),
        date=datetime(2026, 4, 7, 9, 0, tzinfo=UTC),
        subject="",
        text="",
        own_text="",
        cut_text="",
        headers=(*other, *(("authentication-results", v) for v in values)),
    )
