"""Reading a hostile mail costs linear time (issue 12, point 6; bench/hostile.py measures).

The bounds below are generous (the fixed code needs a few percent of them on the CI
machine); the quadratic code they guard against needed 19 s (classify, 100 KB) and did not
finish within a minute (a fake bounce with a 200 KB line of dashes).
"""

from __future__ import annotations

import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from rules.automation import permanent_bounce_addresses
from rules.classify import classify_intent
from rules.models import Category, InboundMail
from rules.parsing import parse_mail

NOW = datetime(2026, 6, 16, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
BOUND_S = 5.0


@pytest.mark.parametrize(
    "phrase",
    ["hat geklappt ", "Ich bestätige den Termin ", "Die Behandlung hat stattgefunden, "],
)
def test_classify_is_linear_on_repeated_phrases(phrase: str) -> None:
    text = phrase * (100_000 // len(phrase))
    started = time.perf_counter()
    categories = classify_intent(subject="", own_text=text, has_attachments=False)
    assert time.perf_counter() - started < BOUND_S
    assert Category.CONFIRMATION in categories


def bounce(body: str) -> InboundMail:
    raw = (
        "From: MAILER-DAEMON@web.de\r\nTo: termine@praxis-impulse.de\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n\r\n" + body
    ).encode()
    mail = parse_mail(raw, received_at=NOW)
    assert isinstance(mail, InboundMail)
    return mail


def test_a_line_of_dashes_in_a_bounce_is_read_in_linear_time() -> None:
    mail = bounce("550 user unknown: erika@web.de\r\n" + "-" * 200_000 + "\r\n")
    started = time.perf_counter()
    assert permanent_bounce_addresses(mail) == ("erika@web.de",)
    assert time.perf_counter() - started < BOUND_S


def test_the_returned_original_is_still_cut_from_a_bounce() -> None:
    mail = bounce(
        "550 5.1.1 user unknown: erika@web.de\r\n"
        "----- Original message -----\r\nTo: someone.else@gmx.de\r\n"
    )
    assert permanent_bounce_addresses(mail) == ("erika@web.de",)


def test_a_bounce_naming_thousands_of_addresses_reads_only_the_first() -> None:
    mail = bounce("550 user unknown\r\n" + "".join(f"p{i}@web.de\r\n" for i in range(5000)))
    started = time.perf_counter()
    found = permanent_bounce_addresses(mail)
    assert time.perf_counter() - started < BOUND_S
    assert found[:2] == ("p0@web.de", "p1@web.de")
    assert len(found) <= 20
