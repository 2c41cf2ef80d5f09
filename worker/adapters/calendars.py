"""Fetching a live calendar: one GET of an .ics URL (urllib: the redirect and TLS
rules are ours) or one calendar-query REPORT of a CalDAV collection (`caldav`).
What is done with it is worker/cycle/calendar_sources.py."""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.error
import urllib.request
from base64 import b64encode
from typing import Any
from urllib.parse import urlsplit

from worker.adapters.booking_files import MAX_IMPORT_BYTES
from worker.config import CalendarSource
from worker.errors import ConfigError
from worker.net import is_private_transport


class CalendarError(ConfigError):
    """The calendar could not be read; the message names it."""


def fetch(source: CalendarSource) -> bytes:
    """The calendar as one iCalendar text; CalendarError naming the source otherwise."""
    where = source.shown
    try:
        url = source.address()
        password = source.password.read() if source.username else None
    except ConfigError as exc:
        raise CalendarError(f"{where}: {exc}") from None
    try:
        if source.type == "caldav":
            data = _fetch_caldav(source, url, password)
        else:
            data = _fetch_ics(source, url, password)
    except CalendarError as exc:
        raise CalendarError(f"{where}: {exc}") from None
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"BEGIN:VCALENDAR"):
        raise CalendarError(f"{where}: the answer is not an iCalendar (BEGIN:VCALENDAR missing)")
    return data


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if is_private_transport(parts.scheme, parts.hostname or ""):
        return
    raise CalendarError(f"refused to follow the server to {parts.scheme}://{parts.hostname}"
                        " (only https, or http on this machine)")  # fmt: skip


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects only to https (or loopback http); credentials never to another host."""

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> Any:
        _check_url(newurl)
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and urlsplit(newurl).netloc != urlsplit(req.full_url).netloc:
            new.remove_header("Authorization")
        return new


def _fetch_ics(source: CalendarSource, url: str, password: str | None) -> bytes:
    _check_url(url)
    context = ssl.create_default_context(
        cafile=str(source.ca_file) if source.ca_file is not None else None
    )
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _Redirects)
    # the scheme was checked above (https, or http on loopback): S310 does not apply
    request = urllib.request.Request(url, headers={"Accept": "text/calendar"})  # noqa: S310
    if source.username:
        token = b64encode(f"{source.username}:{password}".encode()).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with opener.open(request, timeout=source.timeout_seconds) as response:
            data: bytes = response.read(MAX_IMPORT_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise CalendarError(_http_problem(exc.code)) from None
    except urllib.error.URLError as exc:
        raise CalendarError(_network_problem(exc.reason, source)) from None
    except TimeoutError as exc:
        raise CalendarError(_network_problem(exc, source)) from None
    except OSError as exc:
        raise CalendarError(_network_problem(exc, source)) from None
    except (http.client.HTTPException, ValueError) as exc:
        problem = f"the answer broke off or is not HTTP ({type(exc).__name__})"
        raise CalendarError(problem) from None
    if len(data) > MAX_IMPORT_BYTES:
        raise CalendarError(f"larger than {MAX_IMPORT_BYTES // 2**20} MiB, not read")
    return data


def _http_problem(status: int) -> str:
    if status in (401, 403):
        return f"the server refused the login (HTTP {status}); check username and password"
    if status == 404:
        return "no calendar at this address (HTTP 404)"
    return f"the server answered HTTP {status}"


def _network_problem(reason: object, source: CalendarSource) -> str:
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"no answer within {source.timeout_seconds} s"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"TLS certificate not trusted ({reason.verify_message}); see ca_file"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the calendar server running?)"
    if isinstance(reason, socket.gaierror):
        return "host name not found"
    detail = getattr(reason, "strerror", None)  # not str(reason): it may quote the URL
    return f"cannot connect ({type(reason).__name__}{f': {detail}' if detail else ''})"


def _fetch_caldav(source: CalendarSource, url: str, password: str | None) -> bytes:
    """One calendar-query REPORT for every event of the collection at `url`; the events
    are joined into one VCALENDAR (time zones once each)."""
    import icalendar
    from caldav.davclient import DAVClient
    from caldav.elements import dav
    from caldav.lib import error as dav_error

    _check_url(url)
    client = DAVClient(
        url=url,
        username=source.username or None,
        password=password,
        timeout=source.timeout_seconds,
        ssl_verify_cert=str(source.ca_file) if source.ca_file is not None else True,
        enable_rfc6764=False,  # the URL is the calendar: no DNS discovery
        require_tls=urlsplit(url).scheme == "https",
    )
    try:
        with client:
            calendar = client.calendar(url=url)  # type: ignore[no-untyped-call]
            kinds = calendar.get_properties([dav.ResourceType()]).get("{DAV:}resourcetype")
            if _CALDAV_CALENDAR not in (kinds or []):
                # a principal or home URL answers a calendar query with nothing at all:
                # that must not read as an empty calendar
                raise CalendarError(
                    "this address is not a CalDAV calendar" + _calendars_found(client)
                )
            objects = calendar.events()
            texts = [str(obj.data) for obj in objects]
    except CalendarError:
        raise
    except dav_error.AuthorizationError:
        raise CalendarError(_http_problem(401)) from None
    except dav_error.NotFoundError:
        raise CalendarError(_http_problem(404)) from None
    except dav_error.DAVError as exc:
        raise CalendarError(f"the CalDAV server refused ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - niquests/urllib3 errors: a network fault
        raise CalendarError(_network_problem(_root_cause(exc), source)) from None
    joined = icalendar.Calendar()
    joined.add("PRODID", "-//praxis-worker//calendar source//DE")
    joined.add("VERSION", "2.0")
    zones: set[str] = set()
    for position, text in enumerate(texts, start=1):
        try:
            part = icalendar.Calendar.from_ical(text)
        except ValueError:
            raise CalendarError(f"calendar object {position} is not valid iCalendar") from None
        for component in part.subcomponents:
            if component.name == "VTIMEZONE":
                tzid = str(component.get("TZID", ""))
                if tzid in zones:
                    continue
                zones.add(tzid)
            joined.add_component(component)
    data: bytes = joined.to_ical()
    return data


_CALDAV_CALENDAR = "{urn:ietf:params:xml:ns:caldav}calendar"


def _calendars_found(client: Any) -> str:
    """The calendars the account has (RFC 4791 discovery), for the error message."""
    try:
        found = [str(c.url) for c in client.principal().calendars()]
    except Exception:  # noqa: BLE001 - only a hint in a message
        return ""
    if not found:
        return "; the account has no calendars"
    return "; calendars of this account: " + ", ".join(found[:10])


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost cause (a refused connection under the HTTP library's own errors)."""
    seen = 0
    while seen < 10:
        inner = exc.__cause__ or exc.__context__
        if inner is None:
            break
        exc, seen = inner, seen + 1
    text = str(exc).lower()
    if "timed out" in text or "timeout" in type(exc).__name__.lower():
        return TimeoutError()
    if "refused" in text:
        return ConnectionRefusedError()
    return exc
