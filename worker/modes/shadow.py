"""Shadow mode, and the clean cut-over from shadow to live.

Shadow mode (`run --shadow`, or `[mailbox] shadow = true`) is the whole worker with
three things taken away: it sends nothing (the outbox rows are marked as if sent, by a
sender that sends nothing), it moves and flags nothing (the mailbox is only read, with
BODY.PEEK: \\Seen stays as staff left it), and it writes only to a state of its own,
`shadow.db` beside `state.path`, with attachments under `shadow-attachments/` there.
The live state file is never opened. Appointments come from `[appointments] sources`,
re-imported every cycle as in live mode.

Cut-over: when a live worker starts on a state that never ran while a shadow state
lies beside it, the switch is now: it records `live_since` (`state.shadow.start_live`).
Mail delivered before that instant is never read: on IMAP the cursor starts above the
highest UID present at the switch, and any older mail that shows up later (a renumbered
folder) is passed over. The shadow state is not used by live at all; it can be kept for
comparison or deleted. A practice that never ran in shadow mode keeps the old behaviour
(the first live run reads the whole inbox).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from rules.models import MailDecision
from state import inbound
from state import shadow as shadow_store
from state.db import transaction
from worker.adapters.mail_source import DEFAULT_BATCH, DEFAULT_MAX_BYTES, FetchedMail, MailSource
from worker.adapters.sender import OutgoingMessage, SendResult
from worker.clock import Clock
from worker.config import Config
from worker.cycle.app import Worker, open_source
from worker.cycle.phases import sync_sources
from worker.cycle.processing import Handled
from worker.errors import ConfigError

log = logging.getLogger(__name__)

SHADOW_STATE_NAME = "shadow.db"
SHADOW_ATTACHMENTS_NAME = "shadow-attachments"


def shadow_config(config: Config) -> Config:
    """The same practice, with a state of its own next to the live one."""
    state = config.state
    if state.path.name == SHADOW_STATE_NAME:
        raise ConfigError(f"state.path: the name {SHADOW_STATE_NAME} is kept for shadow mode")
    folder = state.path.parent
    return replace(
        config,
        mailbox=replace(config.mailbox, shadow=True),
        state=replace(
            state,
            path=folder / SHADOW_STATE_NAME,
            attachments_dir=folder / SHADOW_ATTACHMENTS_NAME,
        ),
    )


def shadow_state_path(config: Config) -> Path:
    return shadow_config(config).state.path


class ReadOnlySource:
    """A mailbox that is only read: moving and flagging are noted, never done."""

    def __init__(self, source: MailSource) -> None:
        self._source = source
        self.moves = 0
        self.flags = 0

    def open(self) -> None:
        self._source.open()

    def close(self) -> None:
        self._source.close()

    def uidvalidity(self) -> int:
        return self._source.uidvalidity()

    def new_messages(
        self, after_uid: int, batch: int = DEFAULT_BATCH, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> Iterator[FetchedMail]:
        return self._source.new_messages(after_uid, batch=batch, max_bytes=max_bytes)

    def move_to_processed(self, ident: int | str) -> bool:
        self.moves += 1
        return True

    def flag(self, ident: int | str) -> bool:
        self.flags += 1
        return True

    def move_many(self, idents: Sequence[int | str]) -> int:
        self.moves += len(idents)
        return len(idents)

    def flag_many(self, idents: Sequence[int | str]) -> int:
        self.flags += len(idents)
        return len(idents)

    def flags_of(self, idents: Sequence[int | str]) -> dict[int | str, frozenset[str]]:
        # Nothing was flagged for real: the shadow state sees its flags as still set, so
        # no review item there is closed by what staff do in the live mailbox.
        return {ident: frozenset({r"\Flagged"}) for ident in idents}

    def find_by_message_id(self, message_id: str) -> list[int] | list[str]:
        return self._source.find_by_message_id(message_id)

    def idle_wait(self, timeout_s: float) -> bool:
        return self._source.idle_wait(timeout_s)

    def noop(self) -> None:
        self._source.noop()


class ShadowSender:
    """Accepts every mail and sends none: the shadow outbox shows what would have gone."""

    async def send_batch(
        self, messages: Sequence[OutgoingMessage], *, on_result: object = None
    ) -> list[SendResult]:
        return [
            SendResult(message_id=m.message_id, outcome="sent", detail="shadow: not sent")
            for m in messages
        ]


class ShadowWorker(Worker):
    """The worker on the shadow state: reads the mailbox, decides, sends nothing."""

    def __init__(self, config: Config, clock: Clock, *, lock: bool = True) -> None:
        super().__init__(
            shadow_config(config),
            clock,
            source_factory=lambda c: ReadOnlySource(open_source(c)),
            sender_factory=lambda c: ShadowSender(),
            lock=lock,
        )

    def reconfigure(self, config: Config) -> None:
        super().reconfigure(shadow_config(config))

    def _after_mail(self, handled: Handled, now: datetime) -> None:
        # Recorded as each mail is handled, not after the cycle: nothing is kept in memory.
        if handled.decision is not None and handled.inbound_id is not None:
            shadow_store.record_decision(
                self.conn, handled.inbound_id, decision_json(handled.decision), now=now
            )


def decision_json(decision: MailDecision) -> dict[str, Any]:
    """What the shadow report needs of a decision (days, not the sentences around them)."""
    return {
        "categories": sorted(c.value for c in decision.categories),
        "patient_id": decision.patient_id,
        "dates": [{"day": m.day.isoformat(), "ambiguous": m.ambiguous} for m in decision.dates],
        "confirmations": [
            {"appointment_id": f.appointment_id, "day": f.day.isoformat()}
            for f in decision.confirmations
        ],
        "forms": [f.form_key for f in decision.forms],
        "bounced": list(decision.bounced_addresses),
        "staff_reasons": list(decision.staff_reasons),
    }


# --- going live ------------------------------------------------------------------------


class MailSince:
    """The live mailbox from the cut-over on: mail delivered before it is passed over."""

    def __init__(
        self,
        source: MailSource,
        since: datetime,
        *,
        on_open: Callable[[MailSource], None] | None = None,
    ) -> None:
        self._source = source
        self._since = since
        self._on_open = on_open
        self.passed_over = 0

    def open(self) -> None:
        self._source.open()
        if self._on_open is not None:
            self._on_open(self._source)

    def close(self) -> None:
        self._source.close()

    def uidvalidity(self) -> int:
        return self._source.uidvalidity()

    def new_messages(
        self, after_uid: int, batch: int = DEFAULT_BATCH, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> Iterator[FetchedMail]:
        for fetched in self._source.new_messages(after_uid, batch=batch, max_bytes=max_bytes):
            if fetched.internal_date is not None and fetched.internal_date < self._since:
                self.passed_over += 1
                continue
            yield fetched
        if self.passed_over:
            log.info("event=mail_before_live count=%d", self.passed_over)

    def move_to_processed(self, ident: int | str) -> bool:
        return self._source.move_to_processed(ident)

    def flag(self, ident: int | str) -> bool:
        return self._source.flag(ident)

    def move_many(self, idents: Sequence[int | str]) -> int:
        return self._source.move_many(idents)

    def flag_many(self, idents: Sequence[int | str]) -> int:
        return self._source.flag_many(idents)

    def flags_of(self, idents: Sequence[int | str]) -> dict[int | str, frozenset[str]]:
        return self._source.flags_of(idents)

    def find_by_message_id(self, message_id: str) -> list[int] | list[str]:
        return self._source.find_by_message_id(message_id)

    def idle_wait(self, timeout_s: float) -> bool:
        return self._source.idle_wait(timeout_s)

    def noop(self) -> None:
        self._source.noop()


class LiveWorker(Worker):
    """The worker on the live state, answering only mail delivered after the cut-over."""

    def __init__(self, config: Config, clock: Clock, *, lock: bool = True) -> None:
        super().__init__(config, clock, source_factory=self._open_source, lock=lock)
        self.live_since = shadow_store.live_since(self.conn)
        if self.live_since is None and shadow_state_path(config).exists():
            # A shadow state beside a live one that never ran: this is the switch. The
            # appointments booked so far are imported at that very instant, so planning
            # can tell them (staff's until now) from later bookings.
            now = clock.now()
            self.live_since = shadow_store.start_live(self.conn, now=now)
            if config.sources:
                sync_sources(
                    self.conn,
                    list(config.sources),
                    zone=config.practice.zone,
                    policy=config.telemedicine,
                    now=self.live_since,
                )
            if config.calendars:
                from worker.cycle.calendar_sources import sync_calendars

                sync_calendars(
                    self.conn,
                    config.calendars,
                    zone=config.practice.zone,
                    policy=config.telemedicine,
                    now=self.live_since,
                )

    def _open_source(self, config: Config) -> MailSource:
        source = open_source(config)
        if self.live_since is None:
            return source  # never in shadow mode: the backlog is read as always
        return MailSince(source, self.live_since, on_open=self._start_above_backlog)

    def _start_above_backlog(self, source: MailSource) -> None:
        """First contact: the IMAP cursor starts above every UID already in the folder."""
        key = self.mail_settings().state_name
        uids = getattr(source, "new_uids", None)
        if not callable(uids) or inbound.cursor(self.conn, key) is not None:
            return
        highest = max(uids(0), default=0)
        _set_cursor(self.conn, key, source.uidvalidity(), highest)
        log.info("event=live_cursor_set uid=%d", highest)


def _set_cursor(conn: sqlite3.Connection, key: str, uidvalidity: int, uid: int) -> None:
    with transaction(conn):
        inbound.set_cursor(conn, key, uidvalidity, uid)


def make_worker(config: Config, clock: Clock, *, shadow: bool = False) -> Worker:
    """The worker `run` starts: shadow when asked (flag or config), else live."""
    if shadow or config.mailbox.shadow:
        return ShadowWorker(config, clock)
    return LiveWorker(config, clock)
