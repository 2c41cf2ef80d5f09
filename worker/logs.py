"""Logging: one line per event on stderr, key=value, ids and counts only (journald reads it).

Third-party loggers stay at WARNING whatever our level: imapclient logs every protocol
line at DEBUG (usernames and mail bodies included).
"""

from __future__ import annotations

import logging
import sys

_QUIET = ("imapclient", "imapclient.imaplib", "aiosmtplib", "apscheduler", "asyncio",
          "mail-parser-reply", "dateparser", "tzlocal", "icalendar",
          # caldav logs whole server answers (events: patient names) at DEBUG
          "caldav", "niquests", "urllib3")  # fmt: skip


class _KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        line = f"level={record.levelname.lower()} logger={record.name} {message}"
        if record.exc_info and record.exc_info[0] is not None:
            # The exception type only: messages of mail-handling errors may quote content.
            line += f" exc={record.exc_info[0].__name__}"
        return line


def setup_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_KeyValueFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
