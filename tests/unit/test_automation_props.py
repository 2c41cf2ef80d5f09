"""Property: any automation header added to a human mail makes it automated (L1-L7, L14)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from rules.automation import detect_automation
from rules.models import AUTOMATED, InboundMail
from rules.parsing import parse_mail

NOW = datetime(2020, 4, 7, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
PRACTICE = "termine@praxis-impulse.de"

HUMAN = (
    "From: Erika Beispiel <erika.beispiel@web.de>\r\nTo: termine@praxis-impulse.de\r\n"
    "Subject: {subject}\r\nDate: Tue, 07 Apr 2020 08:15:00 +0200\r\n"
    "Message-ID: <a1b2c3@web.de>\r\n{extra}\r\n{body}\r\n"
)

AUTOMATION_HEADERS = st.one_of(
    st.tuples(
        st.just("Auto-Submitted"),
        st.sampled_from(
            ["auto-replied", "auto-generated", "auto-notified", "vacation", "auto-replied (zimbra)"]
        ),
    ),
    st.tuples(
        st.sampled_from(["X-Autoreply", "X-Autorespond", "X-Amazon-Auto-Reply"]),
        st.sampled_from(["yes", "true", "1", "Urlaub"]),
    ),
    st.tuples(st.just("Precedence"), st.sampled_from(["bulk", "junk", "list", "auto_reply"])),
    st.tuples(
        st.sampled_from(
            ["List-Id", "List-Unsubscribe", "List-Post", "List-Help", "X-Mailing-List", "X-Loop"]
        ),
        st.sampled_from(["<news.example.org>", "<mailto:x@example.org>", "yes"]),
    ),
    st.tuples(st.sampled_from(["Mailing-List", "X-ML-Name"]), st.just("therapie")),
    st.tuples(st.just("X-Ack"), st.just("no")),
    st.tuples(st.just("Return-Path"), st.just("<>")),
    st.tuples(st.just("Thread-Topic"), st.just("AutoResponse")),
)


def random_case(text: str, flips: list[bool]) -> str:
    return "".join(
        c.upper() if flip else c.lower()
        for c, flip in zip(text, flips + [False] * 99, strict=False)
    )


@settings(max_examples=200, deadline=None)
@given(
    header=AUTOMATION_HEADERS,
    flips=st.lists(st.booleans(), max_size=30),
    subject=st.sampled_from(["Re: Ihr Termin", "Bestätigung", "Frage", ""]),
    body=st.sampled_from(
        ["Die Behandlung am 6.4. hat stattgefunden.", "Ich bin nicht abwesend.", "Ja"]
    ),
)
def test_automation_header_never_gives_a_human_verdict(
    header: tuple[str, str], flips: list[bool], subject: str, body: str
) -> None:
    name, value = header
    extra = f"{random_case(name, flips)}: {random_case(value, flips[::-1])}\r\n"
    raw = HUMAN.format(subject=subject, extra=extra, body=body).encode()
    mail = parse_mail(raw, received_at=NOW)
    assert isinstance(mail, InboundMail)
    assert detect_automation(mail, practice_address=PRACTICE) in AUTOMATED
