"""Live calendars as appointment sources (issue 13): a CalDAV calendar on a real Radicale
and a plain .ics URL on a local HTTP server, read by `run --once` and `appointments
import`, against the real Dovecot and aiosmtpd.

What a deleted event does (cancel, tell once) and what an unreachable, refusing or
suddenly empty calendar must not do (cancel anything) are the points of these tests.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.radicale import RadicaleServer
from tests.fixtures.smtpd import SmtpTestServer
from tests.integration.helpers import BERLIN, Practice, write_config

pytestmark = pytest.mark.integration

NOW = datetime(2026, 10, 20, 10, 0, tzinfo=BERLIN)  # a Tuesday
JONAS = "jonas.wolf@example.org"
MARIA = "maria.klein@example.org"
OTTO = "otto.berg@example.org"


def at(month: int, day: int, hour: int, minute: int = 0) -> str:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN).isoformat()


def event(uid: str, start: str, *, name: str, address: str, rrule: str = "") -> str:
    """One VEVENT of 30 minutes as a calendar program writes it; `start` on the full
    hour, like 20261027T100000."""
    end = start[:-4] + "3000"
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{name} - Telefon KG Privat\r\n"
        f"ATTENDEE;CN={name}:mailto:{address}\r\n"
        f"DTSTART;TZID=Europe/Berlin:{start}\r\nDTEND;TZID=Europe/Berlin:{end}\r\n"
        + (f"RRULE:{rrule}\r\n" if rrule else "")
        + "END:VEVENT\r\n"
    )


def calendar(*events: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Praxis//DE\r\n"
        + "".join(events)
        + ("END:VCALENDAR\r\n")
    )


def practice_with_calendar(
    root: Path,
    dovecot: DovecotServer,
    smtp: SmtpTestServer,
    *,
    name: str,
    url: str,
    kind: str,
    user: str,
    password: str,
    files: tuple[Path, ...] = (),
    url_in_file: bool = False,
) -> Practice:
    folder = dovecot.fresh_folder()
    dovecot.create_folder(folder)
    config = write_config(root, dovecot=dovecot, folder=folder, smtp=smtp, sources=files)
    secret = root / "secrets" / "calendar.pass"
    secret.write_text(password + "\n", encoding="utf-8")
    secret.chmod(0o600)
    address = f'url = "{url}"'
    if url_in_file:
        (root / "secrets" / "calendar.url").write_text(url + "\n", encoding="utf-8")
        address = f'url_file = "{root / "secrets" / "calendar.url"}"'
    text = config.read_text(encoding="utf-8") + (
        "\n[[appointments.calendars]]\n"
        f'name = "{name}"\ntype = "{kind}"\n{address}\n'
        f'username = "{user}"\npassword_file = "{secret}"\n'
        "timeout_seconds = 5\ninterval_minutes = 0\n"
    )
    config.write_text(text, encoding="utf-8")
    return Practice(
        root=root,
        config=config,
        dovecot=dovecot,
        folder=folder,
        processed_folder=f"{folder}_Verarbeitet",
        smtp=smtp,
        state_path=root / "state" / "state.db",
        attachments_dir=root / "state" / "attachments",
        default_now=NOW.isoformat(),
    )


def subjects_to(practice: Practice, address: str, *, since: int = 0) -> list[str]:
    from email import message_from_bytes, policy

    return [
        str(message_from_bytes(m.content, policy=policy.default)["Subject"]).strip()
        for m in practice.smtp.messages[since:]
        if address in m.rcpt_tos
    ]


def appointments(practice: Practice, now: str) -> dict[str, tuple[str, str]]:
    return {
        str(r["external_id"]): (str(r["start"]), str(r["status"]))
        for r in practice.json("appointments", "list", now=now)
    }


def alerts(practice: Practice, now: str) -> list[str]:
    return [str(i["reason"]) for i in practice.json("review", "list", now=now)]


# --- CalDAV (Radicale) ---------------------------------------------------------------------


def test_a_caldav_calendar_books_moves_and_cancels_and_an_unreachable_one_cancels_nothing(
    tmp_path: Path,
    running_dovecot: DovecotServer,
    smtp: SmtpTestServer,
    radicale: RadicaleServer,
) -> None:
    cal = radicale.new_calendar()
    single = cal.save_event(
        calendar(event("einzel-1@praxis", "20261027T100000", name="Jonas Wolf", address=JONAS))
    )
    cal.save_event(
        calendar(
            event(
                "serie-2@praxis",
                "20261028T090000",
                name="Maria Klein",
                address=MARIA,
                rrule="FREQ=WEEKLY;COUNT=3",
            )
        )
    )
    practice = practice_with_calendar(
        tmp_path,
        running_dovecot,
        smtp,
        name="praxis",
        url=str(cal.url),
        kind="caldav",
        user=radicale.user,
        password=radicale.password,
    )
    checked = practice.cli("check")
    assert 'ok    calendar "praxis": read, 4 appointments' in checked.out
    practice.run_once()
    booked = appointments(practice, at(10, 20, 10))
    assert booked == {
        "einzel-1@praxis": ("2026-10-27T10:00:00+01:00", "scheduled"),
        "serie-2@praxis": ("2026-10-28T09:00:00+01:00", "scheduled"),
        "serie-2@praxis#20261104T080000Z": ("2026-11-04T09:00:00+01:00", "scheduled"),
        "serie-2@praxis#20261111T080000Z": ("2026-11-11T09:00:00+01:00", "scheduled"),
    }
    assert len(subjects_to(practice, JONAS)) == 1  # the booking mail
    assert len(subjects_to(practice, MARIA)) == 3

    # The practice moves Jonas's appointment in its calendar program: told once.
    single.data = calendar(
        event("einzel-1@praxis", "20261029T140000", name="Jonas Wolf", address=JONAS)
    )
    single.save()
    mark = len(practice.smtp.messages)
    practice.run_once(now=at(10, 20, 11))
    practice.run_once(now=at(10, 20, 12))
    assert subjects_to(practice, JONAS, since=mark) == [
        "Termin verlegt: jetzt am Donnerstag, 29. Oktober 2026, 14:00 Uhr"
    ]
    assert subjects_to(practice, MARIA, since=mark) == []

    # ... and deletes it: cancelled, told once.
    single.delete()
    mark = len(practice.smtp.messages)
    practice.run_once(now=at(10, 21, 10))
    practice.run_once(now=at(10, 21, 11))
    assert subjects_to(practice, JONAS, since=mark) == [
        "Termin abgesagt: Donnerstag, 29. Oktober 2026, 14:00 Uhr"
    ]
    assert appointments(practice, at(10, 21, 11))["einzel-1@praxis"][1] == "cancelled"

    # The calendar server goes away: an error naming the calendar, Maria's sessions stay.
    radicale.stop()
    mark = len(practice.smtp.messages)
    practice.run_once(now=at(10, 22, 10))
    failed = practice.cli("appointments", "import", "--source", "praxis", now=at(10, 22, 10))
    assert failed.code == 1
    assert 'calendar "praxis"' in failed.err
    assert "connection refused" in failed.err
    assert "unchanged" in failed.err
    checked = practice.cli("check")
    assert checked.code == 1
    assert 'FAIL  calendar "praxis"' in checked.out
    after = appointments(practice, at(10, 22, 10))
    assert [after[k][1] for k in sorted(after) if k.startswith("serie-2")] == ["scheduled"] * 3
    assert subjects_to(practice, MARIA, since=mark) == []
    assert subjects_to(practice, JONAS, since=mark) == []
    [alert] = [a for a in alerts(practice, at(10, 22, 10)) if "Kalender" in a]
    assert "bisherige Termine bleiben unverändert" in alert
    assert 'calendar "praxis"' in alert


def test_wrong_caldav_password_is_named_and_cancels_nothing(
    tmp_path: Path,
    running_dovecot: DovecotServer,
    smtp: SmtpTestServer,
    radicale: RadicaleServer,
) -> None:
    cal = radicale.new_calendar()
    cal.save_event(
        calendar(event("einzel-1@praxis", "20261027T100000", name="Jonas Wolf", address=JONAS))
    )
    practice = practice_with_calendar(
        tmp_path,
        running_dovecot,
        smtp,
        name="praxis",
        url=str(cal.url),
        kind="caldav",
        user=radicale.user,
        password="wrong",
    )
    result = practice.cli("appointments", "import")
    assert result.code == 1
    assert "refused the login (HTTP 401)" in result.err
    assert practice.json("appointments", "list") == []


# --- a plain .ics URL ----------------------------------------------------------------------


class IcsServer:
    """A tiny HTTP server on 127.0.0.1 serving one calendar behind basic auth."""

    def __init__(self, user: str, password: str) -> None:
        self.body = b""
        self.status = 200
        self.requests = 0
        expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests += 1
                if self.headers.get("Authorization") != expected:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="kalender"')
                    self.end_headers()
                    return
                self.send_response(outer.status)
                self.send_header("Content-Type", "text/calendar; charset=utf-8")
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/praxis/termine.ics"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def ics_server() -> Iterator[IcsServer]:
    server = IcsServer("praxis", "geheim-123")
    yield server
    server.close()


def test_an_ics_url_is_imported_and_a_broken_or_empty_answer_cancels_nothing(
    tmp_path: Path,
    running_dovecot: DovecotServer,
    smtp: SmtpTestServer,
    ics_server: IcsServer,
) -> None:
    jonas = event("web-1@praxis", "20261027T100000", name="Jonas Wolf", address=JONAS)
    maria = event("web-2@praxis", "20261028T090000", name="Maria Klein", address=MARIA)
    otto = event("web-3@praxis", "20261029T080000", name="Otto Berg", address=OTTO)
    ics_server.body = calendar(jonas, maria, otto).encode()
    practice = practice_with_calendar(
        tmp_path,
        running_dovecot,
        smtp,
        name="web",
        url=ics_server.url,
        kind="ics",
        user="praxis",
        password="geheim-123",
    )
    out = practice.ok("appointments", "import", "--source", "web")
    assert 'calendar "web": 3 added' in out
    assert set(appointments(practice, NOW.isoformat())) == {
        "web-1@praxis",
        "web-2@praxis",
        "web-3@praxis",
    }
    practice.run_once()
    assert len(subjects_to(practice, JONAS)) == 1

    # Staff cancel Otto's here; the calendar still has it unchanged: the cancel stands.
    [otto_id] = [
        r["id"] for r in practice.json("appointments", "list") if r["external_id"] == "web-3@praxis"
    ]
    practice.ok("appointments", "cancel", str(otto_id))
    practice.run_once(now=at(10, 20, 10, 30))
    practice.run_once(now=at(10, 20, 10, 40))
    assert subjects_to(practice, OTTO)[1:] == [
        "Termin abgesagt: Donnerstag, 29. Oktober 2026, 08:00 Uhr"
    ]
    assert appointments(practice, at(10, 20, 10, 40))["web-3@praxis"][1] == "cancelled"

    # A server error, then a login page instead of a calendar: named, nothing cancelled.
    ics_server.status = 500
    result = practice.cli("appointments", "import", now=at(10, 20, 11))
    assert result.code == 1
    assert 'calendar "web"' in result.err
    assert "HTTP 500" in result.err
    ics_server.status = 200
    ics_server.body = b"<html><body>Bitte anmelden</body></html>"
    result = practice.cli("appointments", "import", now=at(10, 20, 11))
    assert result.code == 1
    assert "not an iCalendar" in result.err

    # An empty calendar is not believed either: staff are asked, nothing is cancelled.
    ics_server.body = calendar().encode()
    mark = len(practice.smtp.messages)
    practice.run_once(now=at(10, 20, 12))
    statuses = {k: v[1] for k, v in appointments(practice, at(10, 20, 12)).items()}
    assert statuses == {
        "web-1@praxis": "scheduled",
        "web-2@praxis": "scheduled",
        "web-3@praxis": "cancelled",
    }
    assert any('Kalender "web" ist leer' in a for a in alerts(practice, at(10, 20, 12)))
    assert subjects_to(practice, JONAS, since=mark) == []

    # One event really deleted: that appointment is cancelled and told once.
    ics_server.body = calendar(maria).encode()
    mark = len(practice.smtp.messages)
    practice.run_once(now=at(10, 20, 13))
    practice.run_once(now=at(10, 20, 14))
    assert subjects_to(practice, JONAS, since=mark) == [
        "Termin abgesagt: Dienstag, 27. Oktober 2026, 10:00 Uhr"
    ]
    assert subjects_to(practice, MARIA, since=mark) == []
    statuses = {k: v[1] for k, v in appointments(practice, at(10, 20, 14)).items()}
    assert statuses == {
        "web-1@praxis": "cancelled",
        "web-2@praxis": "scheduled",
        "web-3@praxis": "cancelled",
    }
    assert len(subjects_to(practice, OTTO)) == 2  # booked, cancelled by staff: nothing more


def test_a_live_calendar_under_the_2022_rules_in_person_and_prescriptions(
    tmp_path: Path,
    running_dovecot: DovecotServer,
    smtp: SmtpTestServer,
    ics_server: IcsServer,
) -> None:
    """Issue 15 through `run --once` on an .ics URL: a GKV phone event is refused into one
    review item naming the rule; a session in the practice (SUMMARY "Praxis") is booked on
    the prescription its DESCRIPTION names, gets no mail and opens the way to the video
    session booked on it with X-PRAXIS-PRESCRIPTION."""

    def vevent(uid: str, start: str, summary: str, extra: str = "") -> str:
        return (
            f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:Jonas Wolf - {summary}\r\n"
            f"ATTENDEE;CN=Jonas Wolf:mailto:{JONAS}\r\n{extra}"
            f"DTSTART;TZID=Europe/Berlin:{start}\r\nDTEND;TZID=Europe/Berlin:"
            f"{start[:-4]}3000\r\nEND:VEVENT\r\n"
        )

    in_person = vevent(
        "vor-ort-1@praxis", "20261022T100000", "Praxis KG GKV", "DESCRIPTION:Verordnung: 1\r\n"
    )
    video = vevent(
        "video-1@praxis",
        "20261027T100000",
        "Video KG GKV",
        "X-PRAXIS-PRESCRIPTION:1\r\nURL:https://video.redmedical.de/#/join?code=K7Q2-9XDA\r\n",
    )
    phone = vevent("tel-1@praxis", "20261029T100000", "Telefon KG GKV")
    ics_server.body = calendar(in_person.replace("DESCRIPTION:Verordnung: 1\r\n", "")).encode()
    practice = practice_with_calendar(
        tmp_path,
        running_dovecot,
        smtp,
        name="web",
        url=ics_server.url,
        kind="ics",
        user="praxis",
        password="geheim-123",
    )
    # The patient exists from a first booking; the prescription is recorded for him.
    practice.ok("appointments", "import", "--source", "web")
    (booked,) = practice.json("appointments", "list")
    practice.ok("prescriptions", "add", "--patient", str(booked["patient_id"]), "--treatment",
                "KG", "--units", "6", "--issued", "2026-10-01")  # fmt: skip
    practice.ok("prescriptions", "consent", str(booked["patient_id"]), "2026-10-01")
    ics_server.body = calendar(in_person, video, phone).encode()
    practice.run_once()
    practice.run_once(now=at(10, 20, 11))
    listed = {a["external_id"]: a for a in practice.json("appointments", "list")}
    assert set(listed) == {"vor-ort-1@praxis", "video-1@praxis"}
    assert listed["video-1@praxis"]["prescription_id"] == 1
    assert listed["vor-ort-1@praxis"]["kind"] == "praxis"
    # booked first without a prescription, now on the one its DESCRIPTION names
    assert listed["vor-ort-1@praxis"]["prescription_id"] == 1
    (rx,) = practice.json("prescriptions", "list")
    assert rx["in_person"] == ["2026-10-22"]
    assert rx["booked_video"] == 1
    refused = [a for a in alerts(practice, at(10, 20, 11)) if "tel-1@praxis" in a]
    assert len(refused) == 1
    assert "seit 1. April 2022 nur per Video, nicht per Telefon" in refused[0]
    # Days go by past the session in the practice: Jonas hears only about his video one.
    for moment in (at(10, 21, 10), at(10, 22, 12), at(10, 23, 10)):
        practice.run_once(now=moment)
    about_in_person = [
        r
        for r in practice.json("outbox", "list")
        if r["appointment_id"] == listed["vor-ort-1@praxis"]["id"]
    ]
    assert about_in_person == []
    assert subjects_to(practice, JONAS)  # the video session's mail did go


def test_a_caldav_address_that_is_not_a_calendar_is_refused_naming_the_calendars(
    tmp_path: Path,
    running_dovecot: DovecotServer,
    smtp: SmtpTestServer,
    radicale: RadicaleServer,
) -> None:
    cal = radicale.new_calendar()
    cal.save_event(
        calendar(event("einzel-1@praxis", "20261027T100000", name="Jonas Wolf", address=JONAS))
    )
    # The account's home instead of the calendar: the server answers a calendar query
    # there with no events at all, which must not pass for an empty calendar.
    practice = practice_with_calendar(
        tmp_path,
        running_dovecot,
        smtp,
        name="praxis",
        url=f"{radicale.base_url}{radicale.user}/",
        kind="caldav",
        user=radicale.user,
        password=radicale.password,
    )
    result = practice.cli("appointments", "import", "--source", "praxis")
    assert result.code == 1
    assert "is not a CalDAV calendar" in result.err
    assert str(cal.url) in result.err  # where the calendar really is


# --- fetching rules, without the practice --------------------------------------------------


def _source(url: str, **keys: Any) -> Any:
    from worker.config import CalendarSource

    return CalendarSource(name="web", url=url, **keys)


def test_a_calendar_that_does_not_answer_fails_after_its_timeout() -> None:
    import socket
    import time

    from worker.adapters.calendars import CalendarError, fetch

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts, never answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/termine.ics"
        started = time.monotonic()
        with pytest.raises(CalendarError, match=r'calendar "web" .*no answer within 1 s'):
            fetch(_source(url, timeout_seconds=1))
        assert time.monotonic() - started < 10


def test_a_redirect_to_plain_http_elsewhere_is_not_followed() -> None:
    from worker.adapters.calendars import CalendarError, fetch

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", "http://kalender.example.org/termine.ics")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/termine.ics"
        with pytest.raises(CalendarError, match="refused to follow the server to http://"):
            fetch(_source(url, timeout_seconds=5))
    finally:
        server.shutdown()
        server.server_close()


def test_import_without_a_file_reads_every_source_and_names_the_one_that_failed(
    tmp_path: Path,
    running_dovecot: DovecotServer,
    smtp: SmtpTestServer,
    ics_server: IcsServer,
) -> None:
    ics_server.body = calendar(
        event("web-1@praxis", "20261027T100000", name="Jonas Wolf", address=JONAS)
    ).encode()
    practice = practice_with_calendar(
        tmp_path,
        running_dovecot,
        smtp,
        name="web",
        url=ics_server.url,
        kind="ics",
        user="praxis",
        password="geheim-123",
        files=(tmp_path / "fehlt.csv",),
        url_in_file=True,  # the address is the secret (a token in its path)
    )
    result = practice.cli("appointments", "import")
    assert result.code == 1
    assert "fehlt.csv: cannot read" in result.err
    assert 'calendar "web": 1 added' in result.out  # the calendar is read all the same
    ics_server.status = 500
    result = practice.cli("appointments", "import", "--source", "web")
    assert result.code == 1
    assert 'calendar "web": the server answered HTTP 500' in result.err
    assert "termine.ics" not in result.err + result.out
    assert not any("termine.ics" in a for a in alerts(practice, NOW.isoformat()))
    unknown = practice.cli("appointments", "import", "--source", "praxis")
    assert unknown.code == 2
    assert 'no calendar named "praxis" (known: web)' in unknown.err


def test_no_patient_data_in_the_log_even_at_debug(
    tmp_path: Path,
    running_dovecot: DovecotServer,
    smtp: SmtpTestServer,
    radicale: RadicaleServer,
) -> None:
    import subprocess

    cal = radicale.new_calendar()
    cal.save_event(
        calendar(event("einzel-1@praxis", "20261027T100000", name="Jonas Wolf", address=JONAS))
    )
    practice = practice_with_calendar(
        tmp_path,
        running_dovecot,
        smtp,
        name="praxis",
        url=str(cal.url),
        kind="caldav",
        user=radicale.user,
        password=radicale.password,
    )
    done = subprocess.run(
        practice.argv("appointments", "import", now=NOW.isoformat(), log_level="DEBUG"),
        env=practice.subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert 'calendar "praxis": 1 added' in done.stdout
    assert "event=calendar_read source=praxis" in done.stderr  # the log is on
    for secret in ("Jonas", "Wolf", JONAS, radicale.password):
        assert secret not in done.stderr
