"""Database faults stop the run with one plain sentence that names the problem and the fix, never a password."""

import multiprocessing
import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from models import make_engine
from pipelines.errors import DatabaseProblem, check_connection, explain, require_current_schema
from pipelines.schema import alembic_config

SECRET = "s3cret-pw"
ROOT = Path(__file__).resolve().parents[1]


def problem(url: str, **engine_options) -> str:
    engine = make_engine(url, **engine_options)
    try:
        with pytest.raises(DatabaseProblem) as raised:
            check_connection(engine, url, wait=0.01)
        return str(raised.value)
    finally:
        engine.dispose()


def test_unreachable_postgres_is_named_with_host_and_port():
    message = problem(f"postgresql+psycopg://postgres:{SECRET}@127.0.0.1:1/lede")
    assert message == ("Cannot reach PostgreSQL at 127.0.0.1:1: start the server, or fix the host and port in "
                       "LEDE_DB_URL.")


def test_missing_database_says_how_to_create_it(pg_server_url):
    url = make_url(pg_server_url).set(database="lede_no_such_db", password=SECRET).render_as_string(False)
    message = problem(url)
    assert "does not exist" in message and "createdb" in message and SECRET not in message


def test_wrong_password_names_the_user_not_the_password():
    refusal = OperationalError("connect", {}, Exception('FATAL:  password authentication failed for user "lede"'))
    message = explain(refusal, f"postgresql+psycopg://lede:{SECRET}@db.example:5432/news")
    assert message == ("PostgreSQL at db.example:5432 refused the login for user 'lede': check the user and "
                       "password in LEDE_DB_URL.")


def test_locked_sqlite_file_says_to_wait(tmp_path):
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        message = problem(f"sqlite:///{path}", busy_timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert message.startswith(f"The SQLite file {path} is locked")


def _open_and_write(url: str, barrier) -> None:
    engine = make_engine(url, busy_timeout=10)
    barrier.wait()
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS hits (n INTEGER)")
        connection.exec_driver_sql("INSERT INTO hits VALUES (1)")


def test_processes_opening_a_new_sqlite_file_together_all_succeed(tmp_path):
    # Switching a new file to WAL can be refused at once when another process holds a lock (CI saw it in the
    # race test); each connection must wait its turn instead.
    spawn = multiprocessing.get_context("spawn")
    for attempt in range(5):
        url = f"sqlite:///{tmp_path / f'new{attempt}.db'}"
        barrier = spawn.Barrier(6)
        processes = [spawn.Process(target=_open_and_write, args=(url, barrier)) for _ in range(6)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(60)
        assert [process.exitcode for process in processes] == [0] * 6
        with sqlite3.connect(tmp_path / f"new{attempt}.db") as check:
            assert check.execute("SELECT count(*) FROM hits").fetchone() == (6,)
            assert check.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_unopenable_sqlite_file(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    message = problem(f"sqlite:///{blocker}/lede.db")
    assert message == (f"Cannot open the SQLite file {blocker}/lede.db: check that its folder exists and is "
                       "writable.")


def test_schema_behind_the_code_is_refused_with_the_fix(db_url):
    from alembic import command

    engine = make_engine(db_url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    with pytest.raises(DatabaseProblem, match=r"revision 0001 but this code needs .*make migrate"):
        require_current_schema(engine)
    engine.dispose()


MAKE_FAILED = re.compile(r"^make: \*\*\* \[.*\] Error \d+$")  # make's own last word on any failed command


def make(target: str, tmp_path, db_url: str) -> tuple[int, list[str]]:
    """`make TARGET` as a person types it, with its own DAGSTER_HOME; returns the exit code and what it printed
    on stderr, less make's own closing line."""
    # as typed in a shell: not a sub-make of `make test` (which would say `make[1]:` and enter directories)
    shell = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    result = subprocess.run(["make", target, f"DAGSTER_HOME={tmp_path / 'dagster_home'}"], cwd=ROOT,
                            env={**shell, "LEDE_DB_URL": db_url}, capture_output=True, text=True, timeout=300)
    return result.returncode, [line for line in result.stderr.splitlines() if not MAKE_FAILED.match(line)]


@pytest.mark.parametrize("target", ["run", "migrate"])
def test_make_says_unreachable_postgres_in_one_sentence(target, tmp_path):
    code, said = make(target, tmp_path, f"postgresql+psycopg://lede:{SECRET}@127.0.0.1:1/lede")
    assert code != 0
    assert said == ["lede: Cannot reach PostgreSQL at 127.0.0.1:1: start the server, or fix the host and port in "
                    "LEDE_DB_URL."]


@pytest.mark.parametrize("target", ["run", "migrate"])
def test_make_says_missing_database_in_one_sentence(target, tmp_path, pg_server_url):
    url = make_url(pg_server_url).set(database="lede_no_such_db", password=SECRET).render_as_string(False)
    code, said = make(target, tmp_path, url)
    assert code != 0
    assert len(said) == 1 and "'lede_no_such_db' does not exist" in said[0] and "createdb" in said[0]
    assert SECRET not in said[0]
