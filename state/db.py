"""Opening the store: pragmas, file permissions, migrations, transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from state.errors import StateError
from state.migrations import MIGRATIONS

BUSY_TIMEOUT_MS = 10_000


def connect(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open (creating if needed) the database at `path`, migrated to the newest schema.

    The directory is made 0700 and the file 0600 before SQLite writes anything into it:
    the store holds health data. ":memory:" gives a private in-memory database (tests).
    """
    target = str(path)
    if target != ":memory:":
        _prepare_file(Path(target))
    try:
        conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StateError(f"cannot open the state database {target}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if target != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        for suffix in ("-wal", "-shm"):
            _restrict(Path(target + suffix))
    migrate(conn)
    return conn


def connect_read_only(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open an existing state database for reading only (replay, reports).

    Nothing is created, migrated or written: SQLite refuses every write on this
    connection. A database older than this program is refused (run the worker once).
    """
    target = Path(path)
    if not target.is_file():
        raise StateError(f"no state database at {target}")
    try:
        conn = sqlite3.connect(
            f"{target.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = schema_version(conn)
    except sqlite3.Error as exc:
        raise StateError(f"cannot read the state database {target}: {exc}") from exc
    if version != len(MIGRATIONS):
        conn.close()
        raise StateError(
            f"the state database {target} has schema version {version}, this program "
            f"expects {len(MIGRATIONS)}: run the worker once (or upgrade praxis-worker)"
        )
    return conn


def _prepare_file(path: Path) -> None:
    directory = path.parent
    if not directory.exists():
        directory.mkdir(mode=0o700, parents=True)
    if not path.exists():
        # O_EXCL: a file that appeared meanwhile (or a planted symlink) is not ours to chmod.
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW, 0o600)
        except FileExistsError:
            pass
        else:
            os.close(fd)
    _restrict(path)


def _restrict(path: Path) -> None:
    if path.exists() and not path.is_symlink():
        path.chmod(0o600)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration newer than the database, each in its own transaction."""
    current = schema_version(conn)
    if current > len(MIGRATIONS):
        raise StateError(
            f"the state database has schema version {current}, newer than this program "
            f"knows ({len(MIGRATIONS)}): upgrade praxis-worker"
        )
    for version, statements in enumerate(MIGRATIONS[current:], start=current + 1):
        with transaction(conn):
            for statement in statements:
                if callable(statement):
                    statement(conn)
                else:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
    return schema_version(conn)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic unit of work: BEGIN IMMEDIATE (single writer), COMMIT or ROLLBACK.

    Nested use joins the outer transaction, so a repository method can be called both
    on its own and inside a larger unit of work.
    """
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # SQLite may have rolled back already (SQLITE_FULL, I/O errors): do not mask
        # the original error with "cannot rollback - no transaction is active".
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
