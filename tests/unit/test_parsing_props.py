"""Property: parse_mail returns an InboundMail or a Quarantine for any bytes, never raises."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from rules.models import InboundMail, Quarantine
from rules.parsing import parse_mail

NOW = datetime(2020, 4, 7, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))

SEED = (
    b"From: =?utf-8?q?Erika_M=C3=BCller?= <erika@web.de>\r\nSubject: =?utf-8?b?QmVzdMOkdGlndW5n?=\r\n"
    b"Date: Tue, 07 Apr 2020 08:15:00 +0200\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
    b"--B\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"
    b"\r\nDie Behandlung am 6.4. hat stattgefunden.=0A> Am 06.04.2020 schrieb X:\r\n"
    b"--B\r\nContent-Type: application/pdf; name*=utf-8''a%2Fb.pdf\r\n"
    b"Content-Disposition: attachment; filename=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    b"JVBERi0xLjcK\r\n--B--\r\n"
)

# pieces that make the parser take unusual paths
TOKENS = [
    b"\r\n",
    b"\n",
    b"\r\n\r\n",
    b":",
    b";",
    b"=?",
    b"?=",
    b"=?utf-8?q?",
    b"=?x-unknown?b?",
    b"<",
    b">",
    b"(",
    b")",
    b'"',
    b"\\",
    b"@",
    b",",
    b"--B",
    b"--B--",
    b"boundary=",
    b"Content-Type: multipart/report; report-type=delivery-status; boundary=R\r\n",
    b"Content-Type: message/rfc822\r\n\r\n",
    b"Content-Type: message/delivery-status\r\n\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"charset=rot13",
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\xe2\x80\xae",
    b"From: ",
    b"Date: ",
    b"filename*0*=",
    b"%00",
    b"\x78\x9f\x3e\x22",
]


def mutated_seed() -> st.SearchStrategy[bytes]:
    edits = st.lists(
        st.tuples(
            st.integers(0, len(SEED)), st.one_of(st.sampled_from(TOKENS), st.binary(max_size=8))
        ),
        max_size=12,
    )

    def apply(changes: list[tuple[int, bytes]]) -> bytes:
        raw = SEED
        for position, piece in sorted(changes, reverse=True):
            raw = raw[:position] + piece + raw[position:]
        return raw

    return edits.map(apply)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=3000), mutated_seed()))
def test_parse_mail_never_raises(raw: bytes) -> None:
    result = parse_mail(raw, received_at=NOW)
    assert isinstance(result, InboundMail | Quarantine)
    if isinstance(result, InboundMail):
        assert result.date.tzinfo is not None
        assert "\r" not in result.subject
        assert "\n" not in result.subject
        assert all("/" not in a.filename and "\x00" not in a.filename for a in result.attachments)
