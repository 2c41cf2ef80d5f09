"""One address notion (rules/addresses.py): import, mail parsing, sender matching, the
staff list and the config agree on every input.

Before, the paths differed: the booking import validated without email-validator's
test_environment (refusing "@….test" addresses that mail parsing accepted), the config
kept staff addresses as typed (case, spaces), and decide/staff matching compared with
str.casefold(), which makes "strasse@…" the mailbox "straße@…" although the store (which
finds the patient, and so the billing export) keeps them apart. The table pins the
chosen behaviour on exactly those inputs.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rules.addresses import InvalidAddress, address_or_none, canonical_address, is_among
from rules.bookings import BookingError, build_booking
from rules.models import InboundMail, Insurance, Kind, TelemedicinePolicy, Treatment
from rules.parsing import parse_mail
from rules.staff_commands import is_staff_sender
from worker.config import parse_config

ZONE = ZoneInfo("Europe/Berlin")
START = datetime(2026, 12, 7, 10, 0, tzinfo=ZONE)


def booked(email: str) -> str:
    """The address the booking import stores for the patient (the billing path)."""
    return build_booking(
        name="Anna Schmidt",
        email=email,
        start=START,
        duration_minutes=30,
        kind=Kind.PHONE,
        treatment=Treatment.KG,
        insurance=Insurance.GKV,
        policy=TelemedicinePolicy(),
    ).email


def mail_from(from_header: str) -> InboundMail:
    """The mail as parsing reads it, with this From header."""
    raw = (
        f"From: {from_header}\r\nTo: termine@praxis-impulse.de\r\nSubject: Termin\r\n"
        "Message-ID: <a1@example.org>\r\nDate: Mon, 07 Dec 2026 12:00:00 +0100\r\n\r\n"
        "Ich bestätige den Termin.\r\n"
    ).encode()
    mail = parse_mail(raw, received_at=START)
    assert isinstance(mail, InboundMail)
    return mail


def staff_list(address: str) -> tuple[str, ...]:
    data = {
        "practice": {"address": "termine@praxis-impulse.de", "staff": [address]},
        "mailbox": {"host": "imap.example.de", "username": "termine@praxis-impulse.de"},
        "smtp": {"host": "smtp.example.de"},
    }
    return parse_config(data, base_dir=Path("/nonexistent")).practice.staff


# (booked at import, From of the patient's mail, canonical form of the booking or None
# when the two are different mailboxes). Where the old paths disagreed, the id says how.
CASES = [
    pytest.param("anna@praxis.test", "anna@praxis.test", "anna@praxis.test",
                 id="test-domain-import-used-to-refuse"),
    pytest.param("Anna.Schmidt@Example.ORG", "anna.schmidt@example.org",
                 "anna.schmidt@example.org", id="case-config-kept-it"),
    pytest.param("  anna@example.org ", "anna@example.org", "anna@example.org",
                 id="spaces-config-refused"),
    pytest.param("JÜRGEN@MÜLLER-PRAXIS.DE", "jürgen@müller-praxis.de", "jürgen@müller-praxis.de",
                 id="unicode-case"),
    pytest.param("anna@straße.de", "anna@xn--strae-oqa.de", "anna@straße.de",
                 id="ace-domain-is-the-unicode-domain"),
    pytest.param("straße@example.org", "strasse@example.org", None,
                 id="sharp-s-local-part-casefold-merged-them"),
    pytest.param("anna@straße.de", "anna@strasse.de", None,
                 id="sharp-s-domain-casefold-merged-them"),
]  # fmt: skip


@pytest.mark.parametrize(("at_import", "from_header", "same_as"), CASES)
def test_import_parsing_matching_and_config_agree(
    at_import: str, from_header: str, same_as: str | None
) -> None:
    stored = booked(at_import)
    mail = mail_from(from_header)
    sender = mail.sender
    assert stored == canonical_address(at_import)
    assert sender == address_or_none(from_header)
    assert (stored == sender) is (same_as is not None)
    if same_as is not None:
        assert stored == same_as
    # Sender matching (decide) and staff recognition say what the store says.
    assert is_among(sender, [stored]) is (same_as is not None)
    assert is_among(from_header, [at_import]) is (same_as is not None)
    staff = staff_list(at_import)
    assert staff == (stored,)
    assert is_staff_sender(mail, staff) is (same_as is not None)


INVALID = ["", "anna", "anna@", "@example.org", "a b@example.org", "anna@@example.org", "x@.de",
           "anna@localhost", "anna@praxis.local", "Anna <anna@example.org>", "anna@example.org."]  # fmt: skip


@pytest.mark.parametrize("text", INVALID)
def test_invalid_everywhere(text: str) -> None:
    with pytest.raises(InvalidAddress):
        canonical_address(text)
    assert address_or_none(text) is None
    assert not is_among(text, [text])
    with pytest.raises(BookingError, match="not a valid address"):
        booked(text)
