"""The `praxis-worker` command line.

Exit codes: 0 ok, 2 usage or config error (one line naming the key or argument),
1 anything else. `main()` is callable from tests without a subprocess. This module
stays light: commands and their handlers load only what they use (worker/cli/commands.py).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from worker.cli.commands import build_parser
from worker.errors import ConfigError
from worker.errors import UsageError as UsageError
from worker.logs import setup_logging

if TYPE_CHECKING:
    import sqlite3
    from zoneinfo import ZoneInfo

    from worker.clock import Clock
    from worker.config import Config

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Context:
    """What a command gets: the parsed arguments, and config/state/clock on demand."""

    args: argparse.Namespace
    _config: Config | None = None
    _conn: sqlite3.Connection | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            from worker.config import find_config_path, load_config

            self._config = load_config(find_config_path(self.args.config))
        return self._config

    @property
    def zone(self) -> ZoneInfo:
        return self.config.practice.zone

    @property
    def clock(self) -> Clock:
        from worker.clock import Clock, parse_now

        text = self.args.now or os.environ.get("PRAXIS_WORKER_NOW")
        return Clock(self.zone, parse_now(text, self.zone) if text else None)

    def now(self) -> datetime:
        return self.clock.now()

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            from state.db import connect

            self._conn = connect(self.config.state.path)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()


Handler = Callable[[Context], int]


def resolve_handler(target: str) -> Handler:
    """ "module:function" -> the function, imported now."""
    module_name, _, name = target.partition(":")
    handler: Handler = getattr(importlib.import_module(module_name), name)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return int(exc.code or 0)
    setup_logging(args.log_level or os.environ.get("PRAXIS_WORKER_LOG_LEVEL", "INFO"))
    target: str | None = getattr(args, "handler", None)
    if target is None:
        parser.print_help(sys.stderr)
        return 2
    context = Context(args)
    from state.errors import StateError

    try:
        return resolve_handler(target)(context)
    except (ConfigError, UsageError) as exc:
        print(f"praxis-worker: {exc}", file=sys.stderr)
        return 2
    except StateError as exc:
        print(f"praxis-worker: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head`: not a failure
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        return 0
    except Exception as exc:  # the top of main(): say what failed, never mail content
        log.exception("event=command_failed command=%s", args.command)
        print(f"praxis-worker: failed ({type(exc).__name__}); see the log above", file=sys.stderr)
        return 1
    finally:
        context.close()


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
