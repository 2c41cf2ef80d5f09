"""When patient mail may go out: quiet hours, Sundays and public holidays, wall-clock targets.

All functions are pure. Moments are aware datetimes; the practice's wall clock is a
`ZoneInfo` passed in. Wall-clock targets ("07:00 on the next working day") are built from
a local date and a local time and only then given the zone, so a DST switch between
"now" and the target never shifts them by an hour.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

_SUNDAY = 6  # date.weekday()


def wall_clock(day: date, at: time, tz: ZoneInfo) -> datetime:
    """The instant (in UTC) at which the practice's clock shows `at` on `day`.

    A wall time that does not exist (the spring-forward gap) resolves to the instant
    one hour later on the clock; an ambiguous one (autumn) to its first occurrence.
    """
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def local_date(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


@functools.lru_cache(maxsize=64)
def _public_holidays(region: str, year: int) -> frozenset[date]:
    # holidays objects are mutable dicts that grow lazily; freeze one year at a time.
    return frozenset(holidays.country_holidays("DE", subdiv=region or None, years=year))


def is_public_holiday(day: date, region: str) -> bool:
    """German public holiday in the Bundesland `region` ("BE", "BY", ...; "" = national)."""
    return day in _public_holidays(region, day.year)


def is_working_day(day: date, region: str) -> bool:
    """Monday to Saturday, unless a public holiday in the practice's Bundesland."""
    return day.weekday() != _SUNDAY and not is_public_holiday(day, region)


def is_quiet(moment: datetime, quiet_hours: tuple[time, time], tz: ZoneInfo) -> bool:
    """Whether the practice clock at `moment` lies in [start, end) of the quiet window.

    The window may wrap midnight (21:00-07:00); start == end means no quiet hours.
    """
    start, end = quiet_hours
    if start == end:
        return False
    clock = moment.astimezone(tz).time().replace(tzinfo=None)
    if start < end:
        return start <= clock < end
    return clock >= start or clock < end


def quiet_window_start(moment: datetime, quiet_hours: tuple[time, time], tz: ZoneInfo) -> datetime:
    """For a `moment` inside quiet hours: the instant that quiet window began."""
    start, _ = quiet_hours
    local = moment.astimezone(tz)
    day = local.date()
    if local.time().replace(tzinfo=None) < start:
        day -= timedelta(days=1)
    return wall_clock(day, start, tz)


def next_allowed(
    moment: datetime,
    *,
    quiet_hours: tuple[time, time],
    tz: ZoneInfo,
    working_days_only: bool,
    region: str,
) -> datetime:
    """The first instant at or after `moment` outside quiet hours (and, if asked, on a
    working day, starting at the end of the quiet window) — `moment` itself if allowed."""
    _, end = quiet_hours
    candidate = moment
    for _ in range(400):  # a year of holidays cannot block more than a few days
        if is_quiet(candidate, quiet_hours, tz):
            local = candidate.astimezone(tz)
            day = local.date()
            if local.time().replace(tzinfo=None) >= end:
                day += timedelta(days=1)
            candidate = wall_clock(day, end, tz)
            continue
        day = local_date(candidate, tz)
        if working_days_only and not is_working_day(day, region):
            candidate = wall_clock(day + timedelta(days=1), end, tz)
            continue
        return candidate
    raise ValueError("no allowed sending time within a year: check quiet_hours and region")


def is_allowed(
    moment: datetime,
    *,
    quiet_hours: tuple[time, time],
    tz: ZoneInfo,
    working_days_only: bool,
    region: str,
) -> bool:
    """Whether patient mail of this sort may go out at `moment`."""
    if is_quiet(moment, quiet_hours, tz):
        return False
    return not working_days_only or is_working_day(local_date(moment, tz), region)
