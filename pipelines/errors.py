"""Database faults as one plain sentence that says what is wrong and what to do, never with a password."""

from __future__ import annotations

import time

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from pipelines.schema import current_revision, head_revision

RETRIES = 3  # attempts for faults that waiting can cure: a server starting up, a lock held by another run


class DatabaseProblem(RuntimeError):
    """The database cannot be used; the message is the sentence to show the user."""


def explain(exc: Exception, url: str) -> str:
    parsed = make_url(url)
    message = str(getattr(exc, "orig", exc)).strip()
    lowered = message.lower()
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    if parsed.get_backend_name() == "sqlite":
        if "locked" in lowered:
            return (f"The SQLite file {parsed.database} is locked by another program or run: wait for it to finish "
                    "(or close the program holding it) and run again.")
        if "unable to open" in lowered:
            return f"Cannot open the SQLite file {parsed.database}: check that its folder exists and is writable."
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return (f"PostgreSQL at {where} refused the login for user {parsed.username!r}: check the user and password "
                "in LEDE_DB_URL.")
    if "does not exist" in lowered and "database" in lowered:
        return (f"The database {parsed.database!r} does not exist on the PostgreSQL server at {where}: create it "
                f"(createdb -h {parsed.host or 'localhost'} {parsed.database}) or fix LEDE_DB_URL.")
    if any(word in lowered for word in ("connection refused", "could not connect", "timeout expired",
                                        "could not translate host", "name or service not known")):
        return (f"Cannot reach PostgreSQL at {where}: start the server, or fix the host and port in LEDE_DB_URL.")
    first_line = message.splitlines()[0] if message else type(exc).__name__
    return f"Cannot use the database {parsed.render_as_string(hide_password=True)}: {first_line}"


def _worth_retrying(exc: OperationalError) -> bool:
    lowered = str(exc.orig).lower()
    return any(word in lowered for word in ("locked", "connection refused", "could not connect", "timeout",
                                            "starting up", "too many clients"))


def check_connection(engine: Engine, url: str, wait: float = 1.0) -> None:
    """Connect once, retrying faults that waiting can cure; raise DatabaseProblem with the sentence if it fails."""
    for attempt in range(RETRIES):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return
        except OperationalError as exc:
            if attempt + 1 == RETRIES or not _worth_retrying(exc):
                raise DatabaseProblem(explain(exc, url)) from None
            time.sleep(wait * 2**attempt)


def require_current_schema(engine: Engine) -> None:
    """Refuse to load into a database whose schema is behind (or ahead of) this code's migrations."""
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise DatabaseProblem(
            f"The database schema is at revision {current or 'none'} but this code needs {head}: run "
            "`make migrate` (or materialize the database_schema asset) first.")
