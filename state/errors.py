"""Errors raised by the store."""


class StateError(Exception):
    """The state database cannot be opened, migrated or written."""
