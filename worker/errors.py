"""Errors raised at the worker's boundaries (config, mailbox, delivery)."""


class ConfigError(Exception):
    """The configuration is invalid; the message names the key and the problem."""


class MailboxError(Exception):
    """The mailbox (IMAP server or local Maildir) cannot be reached or used."""


class MailboxAuthError(MailboxError):
    """The mailbox refused our credentials: back off long, do not retry like a network blip."""


class DeliveryError(Exception):
    """An outgoing mail could not be handed to the SMTP server or the outbox."""


class UsageError(Exception):
    """A command-line argument that cannot be used; exit code 2."""
