"""One address notion: booking, sender matching and config agree on every input."""

from __future__ import annotations

import pytest

from rules.addresses import InvalidAddress, address_or_none, canonical_address
from rules.bookings import BookingError
from rules.bookings import normalise_address as booking_address
from rules.parsing import normalise_address as sender_address

SAME = [
    ("Anna.Schmidt@Example.ORG", "anna.schmidt@example.org"),
    ("  anna@example.org ", "anna@example.org"),
    ("jürgen@müller-praxis.de", "jürgen@müller-praxis.de"),
    ("patient@praxis.test", "patient@praxis.test"),
]
INVALID = ["", "anna", "anna@", "@example.org", "a b@example.org", "anna@@example.org", "x@.de"]


@pytest.mark.parametrize(("text", "canonical"), SAME)
def test_booking_and_sender_agree(text: str, canonical: str) -> None:
    assert canonical_address(text) == canonical
    assert booking_address(text) == canonical
    assert sender_address(text) == canonical


@pytest.mark.parametrize("text", INVALID)
def test_invalid_everywhere(text: str) -> None:
    with pytest.raises(InvalidAddress):
        canonical_address(text)
    assert address_or_none(text) is None
    assert sender_address(text) is None
    with pytest.raises(BookingError, match="not a valid address"):
        booking_address(text)
