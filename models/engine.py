"""One way to open a database, used by the pipeline, Alembic and the tests alike."""

from __future__ import annotations

import contextlib
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
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection):
        # Take the write lock at BEGIN: a transaction that reads and then writes could otherwise not wait for
        # another writer (SQLite answers "database is locked" at once), and racing runs would fail.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
