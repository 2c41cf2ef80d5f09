"""Live calendar sources: their config, and what a read may cancel (worker/cycle/calendar_sources).

The servers are in tests/integration/test_calendar_sources.py; here the storing rules
are checked on a state database with calendar texts handed in directly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rules.models import TelemedicinePolicy, Treatment
from state import appointments, review
from state.db import connect, migrate
from worker.config import CalendarSource, parse_config
from worker.cycle.calendar_sources import CalendarReport, store_calendar
from worker.errors import ConfigError

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 10, 20, 10, 0, tzinfo=BERLIN)
POLICY = TelemedicinePolicy(gkv=(Treatment.KG,), private=(Treatment.KG,))
SOURCE = CalendarSource(name="praxis", url="https://kalender.example.de/praxis.ics")

MINIMAL = {
    "practice": {"address": "termine@praxis-impulse.de"},
    "mailbox": {"host": "imap.example.de", "username": "termine@praxis-impulse.de"},
    "smtp": {"host": "smtp.example.de"},
}


def _with_calendars(*calendars: dict[str, object]) -> dict[str, object]:
    data: dict[str, object] = {k: dict(v) for k, v in MINIMAL.items()}
    data["appointments"] = {"calendars": list(calendars)}
    return data


# --- config ------------------------------------------------------------------------------


def test_a_calendar_is_configured_with_its_defaults(tmp_path: Path) -> None:
    config = parse_config(
        _with_calendars(
            {"name": "praxis", "url": "https://dav.example.de/praxis/termine/", "type": "caldav",
             "username": "worker", "password_file": "caldav.pass"},
            {"name": "web", "url": "http://localhost:8080/termine.ics"},
        ),
        base_dir=tmp_path,
    )  # fmt: skip
    praxis, web = config.calendars
    assert (praxis.type, praxis.username, praxis.timeout_seconds, praxis.interval_minutes) == (
        "caldav",
        "worker",
        30,
        5,
    )
    assert praxis.password.file == tmp_path / "caldav.pass"
    assert praxis.password.credential == "calendar-praxis"
    assert web.type == "ics"
    assert not web.password.configured


@pytest.mark.parametrize(
    ("calendar", "message"),
    [
        ({"name": "a", "url": "http://kalender.example.de/a.ics"}, "unencrypted; use https://"),
        ({"name": "a", "url": "ftp://kalender.example.de/a.ics"}, "expected an https:// URL"),
        ({"name": "a"}, "url: required"),
        ({"url": "https://k.example.de/a.ics"}, "name: required"),
        ({"name": "a", "url": "https://k.example.de/", "type": "webcal"}, 'one of "ics"'),
        ({"name": "a", "url": "https://k.example.de/", "password": "x"}, "never read from"),
        ({"name": "a", "url": "https://k.example.de/", "intervall_minutes": 1}, "unknown key"),
        ({"name": "a", "url": "https://k.example.de/", "interval_minutes": -1}, "0-1440"),
    ],
)
def test_calendar_config_errors_name_the_calendar_and_key(
    tmp_path: Path, calendar: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigError, match=r"appointments\.calendars\[0\]") as caught:
        parse_config(_with_calendars(calendar), base_dir=tmp_path)
    assert message in str(caught.value)


def test_a_password_in_the_url_is_refused_and_not_shown(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(
            _with_calendars({"name": "a", "url": "https://worker:Geheim99@k.example.de/a.ics"}),
            base_dir=tmp_path,
        )
    assert "no user name or password in the URL" in str(caught.value)
    assert "Geheim99" not in str(caught.value)


def test_two_calendars_of_one_name_are_refused(tmp_path: Path) -> None:
    same = {"name": "a", "url": "https://k.example.de/a.ics"}
    with pytest.raises(ConfigError, match=r'calendars\[1\]\.name: "a" names two calendars'):
        parse_config(_with_calendars(same, same), base_dir=tmp_path)


# --- what a read may cancel ----------------------------------------------------------------


def _event(uid: str, day: int, summary: str = "Telefon KG Privat") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:Patient {uid} - {summary}\r\n"
        f"ATTENDEE;CN=Patient {uid}:mailto:p-{uid}@example.org\r\n"
        f"DTSTART;TZID=Europe/Berlin:202610{day:02d}T100000\r\n"
        f"DTEND;TZID=Europe/Berlin:202610{day:02d}T103000\r\nEND:VEVENT\r\n"
    )


def _calendar(*events: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + "".join(events) + "END:VCALENDAR\r\n").encode()  # fmt: skip


def _status(conn: sqlite3.Connection, uid: str) -> str:
    found = appointments.by_external_id(conn, uid)
    assert found is not None
    return found.status.value


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    c = connect(":memory:")
    migrate(c)
    yield c
    c.close()


def _store(conn: sqlite3.Connection, data: bytes, now: datetime = NOW) -> CalendarReport:
    return store_calendar(
        conn,
        SOURCE,
        data,
        zone=BERLIN,
        policy=POLICY,
        now=now,
        outgoing=None,
    )


def test_a_deleted_event_is_cancelled_an_unreadable_one_is_not(conn: sqlite3.Connection) -> None:
    _store(conn, _calendar(_event("a", 27), _event("b", 28), _event("c", 29)))
    # "b" now lacks its kind (refused, still in the calendar); "c" is deleted
    report = _store(conn, _calendar(_event("a", 27), _event("b", 28, "KG GKV")))
    assert report.removed == 1
    assert report.imported is not None
    assert len(report.imported.refused) == 1
    assert [_status(conn, u) for u in "abc"] == ["scheduled", "scheduled", "cancelled"]
    # b deleted later is still known as this calendar's: cancelled then
    report = _store(conn, _calendar(_event("a", 27)))
    assert report.removed == 1
    assert _status(conn, "b") == "cancelled"


def test_an_event_of_the_past_deleted_is_left_alone(conn: sqlite3.Connection) -> None:
    _store(conn, _calendar(_event("a", 21), _event("b", 28)))
    later = datetime(2026, 10, 22, 10, 0, tzinfo=BERLIN)  # "a" took place yesterday
    report = _store(conn, _calendar(_event("b", 28)), now=later)
    assert report.removed == 0
    assert _status(conn, "a") == "scheduled"


def test_most_of_the_calendar_gone_at_once_is_asked_not_cancelled(conn: sqlite3.Connection) -> None:
    uids = [f"u{day}" for day in range(21, 29)]  # eight appointments ahead
    _store(conn, _calendar(*(_event(u, 21 + i) for i, u in enumerate(uids))))
    report = _store(conn, _calendar(_event(uids[0], 21)), now=NOW)
    assert (report.removed, report.held_back) == (0, 7)
    assert all(_status(conn, u) == "scheduled" for u in uids)
    [item] = review.list_items(conn)
    assert 'Kalender "praxis" enthält 7 von 8 kommenden Terminen nicht mehr' in item.reason
    # the calendar is whole again: nothing happened, nothing to undo
    report = _store(conn, _calendar(*(_event(u, 21 + i) for i, u in enumerate(uids))))
    assert (report.removed, report.held_back) == (0, 0)
    assert report.imported is not None
    assert report.imported.unchanged == 8


def test_a_few_deleted_at_once_are_cancelled(conn: sqlite3.Connection) -> None:
    uids = [f"u{day}" for day in range(21, 29)]
    _store(conn, _calendar(*(_event(u, 21 + i) for i, u in enumerate(uids))))
    report = _store(conn, _calendar(*(_event(u, 21 + i) for i, u in enumerate(uids) if i >= 4)))
    assert (report.removed, report.held_back) == (4, 0)
    assert [_status(conn, u) for u in uids[:4]] == ["cancelled"] * 4


def test_run_reads_a_calendar_at_most_every_interval() -> None:
    from dataclasses import replace
    from datetime import timedelta

    from worker.cycle.calendar_sources import calendars_due

    every_5 = SOURCE
    every_cycle = replace(SOURCE, name="b", interval_minutes=0)
    sources = (every_5, every_cycle)
    assert calendars_due(sources, {}, NOW) == [every_5, every_cycle]
    read = {"praxis": NOW, "b": NOW}
    assert calendars_due(sources, read, NOW + timedelta(minutes=4)) == [every_cycle]
    assert calendars_due(sources, read, NOW + timedelta(minutes=5)) == [every_5, every_cycle]


def test_a_secret_address_comes_from_a_file_and_is_never_shown(tmp_path: Path) -> None:
    secret = tmp_path / "kalender.url"
    secret.write_text("https://calendar.example.com/ical/private-8f3a9c/basic.ics\n")
    [calendar] = parse_config(
        _with_calendars({"name": "google", "url_file": "kalender.url"}), base_dir=tmp_path
    ).calendars
    assert calendar.url == ""
    assert calendar.address() == "https://calendar.example.com/ical/private-8f3a9c/basic.ics"
    assert calendar.shown == 'calendar "google"'
    secret.write_text("http://calendar.example.com/ical/private-8f3a9c/basic.ics\n")
    with pytest.raises(ConfigError, match="unencrypted") as caught:
        calendar.address()
    assert "private-8f3a9c" not in str(caught.value)
    with pytest.raises(ConfigError, match="either url or url_file"):
        parse_config(
            _with_calendars(
                {"name": "g", "url": "https://k.example.de/a.ics", "url_file": "kalender.url"}
            ),
            base_dir=tmp_path,
        )


def test_messages_name_the_host_not_the_path() -> None:
    source = CalendarSource(name="web", url="https://k.example.de/private-8f3a9c/a.ics")
    assert source.shown == 'calendar "web" (k.example.de)'
