"""One way to open a database, used by the pipeline, Alembic and the tests alike."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url


def make_engine(url: str, busy_timeout: float = 60) -> Engine:
    """Engine for a lede database; SQLite gets foreign keys, WAL and a busy timeout on every connection."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        with contextlib.suppress(OSError):  # if the folder cannot be made, connecting says so in one sentence
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": busy_timeout})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # SQLAlchemy, not the driver, says when a transaction begins
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        _switch_to_wal(cursor, busy_timeout)
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Checkpoint (copy the WAL into the file, with an fsync) every ~40 MB of WAL, not every 4 MB: a load's
        # batch writes more than 4 MB, and the default would checkpoint after each one.
        cursor.execute("PRAGMA wal_autocheckpoint=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection):
        # Take the write lock at BEGIN: a transaction that reads and then writes could otherwise not wait for
        # another writer (SQLite answers "database is locked" at once), and racing runs would fail.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _switch_to_wal(cursor: sqlite3.Cursor, busy_timeout: float) -> None:
    """Put the database in WAL mode, waiting out another connection that is doing the same.

    The switch upgrades a read lock to an exclusive one, and SQLite answers "database is locked" at once instead
    of calling the busy handler when another connection holds a lock (to avoid deadlock), so two processes that
    open a new database together need this retry; once the file is in WAL mode the pragma is a no-op.
    """
    deadline = time.monotonic() + busy_timeout
    pause = 0.01
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)
