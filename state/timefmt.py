"""How instants are stored: UTC ISO 8601 text, which sorts like the instants it names."""

from __future__ import annotations

from datetime import UTC, datetime


def to_db(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime reached the store; all times must be aware")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_db(text: str) -> datetime:
    return datetime.fromisoformat(text)


def from_db_opt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)
