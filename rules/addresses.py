"""One notion of an e-mail address for the whole program: valid, and its canonical form.

A patient's address is compared in three places - the booking that stores it, the mail
whose sender is matched to it, the config's staff list - and all three must agree, or a
confirmation is matched to nobody (or, worse, the billing path and the matching path
disagree about who a patient is). email-validator does the work: RFC 5321/6531 syntax,
IDNA domains, Unicode NFC; German providers treat the local part case-insensitively, so
the canonical form is in lower case.
"""

from __future__ import annotations

from collections.abc import Iterable

from email_validator import EmailNotValidError, validate_email


class InvalidAddress(ValueError):
    """The text is not one valid addr-spec; the message says why."""


def canonical_address(text: str) -> str:
    """The canonical form (lower case, IDNA domain) of one addr-spec, or InvalidAddress."""
    try:
        # test_environment: the special-use domain "test" is accepted (deliverability is
        # the mail server's to judge; nothing here looks up DNS).
        valid = validate_email(text.strip(), check_deliverability=False, test_environment=True)
    except EmailNotValidError as exc:
        raise InvalidAddress(str(exc)) from exc
    except (ValueError, TypeError, UnicodeError) as exc:  # hostile input past the validator
        raise InvalidAddress(type(exc).__name__) from exc
    return valid.normalized.lower()


def address_or_none(text: str) -> str | None:
    """The canonical form, or None when the text is not a valid address."""
    try:
        return canonical_address(text)
    except InvalidAddress:
        return None


def is_among(address: str | None, addresses: Iterable[str]) -> bool:
    """Whether `address` is the same mailbox as one of `addresses`: equal canonical forms.

    Never a looser comparison (casefold would make "strasse@..." the patient
    "straße@..."): the store finds a patient by the canonical form, and a sender that the
    store would not match must not be taken for the patient here. Invalid text matches
    nothing.
    """
    wanted = None if address is None else address_or_none(address)
    return wanted is not None and any(address_or_none(a) == wanted for a in addresses)
