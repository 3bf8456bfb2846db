"""Real databases for the tests: a SQLite file per test, and a fresh PostgreSQL database per test.

PostgreSQL runs when LEDE_TEST_PG_URL is set (CI sets it); if it is set and the server cannot be reached the
tests fail rather than skip. Without it they skip with a visible reason.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from models import make_engine
from pipelines.schema import upgrade_to_head

ROOT = Path(__file__).resolve().parents[1]
STOP_GRACE = 15  # seconds `dagster dev` has to stop on SIGTERM after a test before it is killed
WAIT = 120  # seconds for a change to reach the database through the daemon: each run starts its own process
PG_ENV = "LEDE_TEST_PG_URL"
DATA = Path(__file__).parent / "data"
SEED_DIR = DATA / "seed"
SEED_NAME = "000_09dc317511a4a0a5.txt"


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set, so the PostgreSQL tests are skipped (CI sets it)")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        pytest.fail(f"{PG_ENV} is set but PostgreSQL cannot be reached: {exc.orig}", pytrace=False)
    finally:
        engine.dispose()
    return url


@pytest.fixture
def new_postgresql_url(pg_server_url: str):
    """Makes new empty databases on the configured server; all are dropped after the test."""
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    names = []

    def make() -> str:
        names.append(f"lede_test_{uuid.uuid4().hex[:12]}")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{names[-1]}"'))
        return make_url(pg_server_url).set(database=names[-1]).render_as_string(hide_password=False)

    yield make
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def new_sqlite_url(tmp_path: Path):
    """Makes new SQLite database files in the test's folder."""
    return lambda: f"sqlite:///{tmp_path / f'lede_{uuid.uuid4().hex[:8]}.db'}"


@pytest.fixture
def postgresql_url(new_postgresql_url) -> str:
    return new_postgresql_url()


@pytest.fixture
def sqlite_url(new_sqlite_url) -> str:
    return new_sqlite_url()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request) -> str:
    """Each test that takes it runs on SQLite and on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db_url(request):
    """Like db_url, for tests that need several databases of one kind."""
    return request.getfixturevalue(f"new_{request.param}_url")


@pytest.fixture
def engine(db_url: str):
    """An engine on a database brought to the Alembic head."""
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A seeds folder holding the real seed article."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED_DIR / SEED_NAME, folder / SEED_NAME)
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(what: str, check, seconds: float = WAIT, log: Path | None = None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.5)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    pytest.fail(f"{what} did not happen within {seconds} s\n{tail}")


@pytest.fixture
def dagster_dev(tmp_path):
    """`dagster dev` (webserver and daemon) over a temporary folder and database; yields
    (seeds, db_url, log, port)."""
    home, seeds = tmp_path / "dagster_home", tmp_path / "seeds"
    home.mkdir()
    seeds.mkdir()
    shutil.copy(ROOT / "dagster.yaml.template", home / "dagster.yaml")
    db_url = f"sqlite:///{tmp_path / 'lede.db'}"
    env = {**os.environ, "DAGSTER_HOME": str(home), "LEDE_DB_URL": db_url, "LEDE_SEEDS_DIR": str(seeds),
           "LEDE_SENSOR_INTERVAL": "1"}
    log = tmp_path / "dagster.log"
    with running_dagster_dev(env, log) as (_, port):
        yield seeds, db_url, log, port


@contextlib.contextmanager
def running_dagster_dev(env: dict, log: Path):
    """`dagster dev` in a session of its own (as `make ui` runs it); yields (process, port) once the webserver
    answers, and stops the whole session afterwards, also when the test fails."""
    port = free_port()
    with log.open("a") as out:
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "dagster"), "dev", "-m", "pipelines.definitions",
             "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for("the webserver answering", lambda: _answers(f"http://127.0.0.1:{port}/server_info"), log=log)
        yield process, port
    finally:
        stop_dagster_dev(process, grace=STOP_GRACE)  # dagster dev and all it started


def stop_dagster_dev(process: subprocess.Popen, grace: float) -> None:
    """The session and everything in it: SIGTERM, then SIGKILL for whatever has not ended within `grace` seconds
    (a clean stop takes 2 to 4 s here; on this machine a loaded suite has seen `dagster dev` sit out a whole minute
    after SIGTERM, which only delayed the next test: nothing is asserted about the stop)."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False
