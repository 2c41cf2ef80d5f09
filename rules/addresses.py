"""One notion of an e-mail address for the whole program: valid, and its canonical form.

A patient's address is compared in three places - the booking that stores it, the mail
whose sender is matched to it, the config's staff list - and all three must agree, or a
confirmation is matched to nobody (or, worse, the billing path and the matching path
disagree about who a patient is). email-validator does the work: RFC 5321/6531 syntax,
IDNA domains, Unicode NFC; German providers treat the local part case-insensitively, so
the canonical form is in lower case.
"""

from __future__ import annotations

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
