"""The one place that reads the clock (or the fixed time given by --now)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from rules.bookings import BookingError, localize
from worker.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Clock:
    zone: ZoneInfo
    fixed: datetime | None = None

    def now(self) -> datetime:
        if self.fixed is not None:
            return self.fixed
        return datetime.now(self.zone)


def parse_now(text: str, zone: ZoneInfo) -> datetime:
    """--now / PRAXIS_WORKER_NOW: ISO 8601, with or without offset (naive = practice time)."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(
            f'--now: expected an ISO date-time like "2026-04-06T10:00", got "{text}"'
        ) from None
    if parsed.tzinfo is None:
        try:
            return localize(parsed, zone)
        except BookingError as exc:
            raise ConfigError(f"--now: {exc}") from None
    return parsed.astimezone(zone)
