"""Kills, stops and races through the door people use: `python -m pipelines.run` (what `make run` runs) in a
process of its own, with its own DAGSTER_HOME, on SQLite and PostgreSQL.

Kill points are found by watching what the run leaves behind (rows in the database, step events in the Dagster
instance), not by sleeping. After each kill the next run must finish (a hang is what a killed run used to cause:
its `lede_db` pool slot stayed claimed) and the database must equal a clean load of the same folder.
"""

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from dagster import DagsterEventType, DagsterInstance, DagsterRun, DagsterRunStatus, RunsFilter
from dagster._core.instance.ref import InstanceRef
from dagster._core.utils import make_new_run_id
from sqlalchemy import text
from sqlalchemy.engine import make_url

from models import make_engine
from pipelines.load import _SPEAKER_LOCK as SPEAKER_LOCK
from pipelines.load import BATCH_FILES
from tests.conftest import ROOT, wait_for
from tests.test_reruns import content, make_corpus, make_files, scalar
from tests.worker import refresh

FILES = 2 * BATCH_FILES  # 1,000 files: two load batches, so a kill can land between two commits
BOUND = 240  # seconds a run may take here; a run blocked by a dead one never ends, so any bound tells them apart
STOPPED = "lede: stopped on request; files loaded so far are kept, the next run loads the rest."


def lede_env(tmp_path: Path, db_url: str, seeds: Path) -> dict:
    home = tmp_path / "dagster_home"
    if not home.exists():
        home.mkdir(parents=True)
        shutil.copy(ROOT / "dagster.yaml.template", home / "dagster.yaml")
        # the instance's storages made here, once: a test that opens the instance while `make run` first creates
        # them would race it (two processes stamping the new schedule database: "more than one head present")
        with DagsterInstance.from_ref(InstanceRef.from_dir(str(home))):
            pass
    return {**os.environ, "DAGSTER_HOME": str(home), "LEDE_DB_URL": db_url, "LEDE_SEEDS_DIR": str(seeds)}


def start(env: dict) -> subprocess.Popen:
    # a session of its own, as a terminal gives `make run`: Ctrl-C reaches the whole group
    return subprocess.Popen([sys.executable, "-m", "pipelines.run"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def finish(process: subprocess.Popen, seconds: float = BOUND) -> tuple[int, str, str]:
    try:
        stdout, stderr = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        pytest.fail(f"the run did not end within {seconds} s (blocked by the killed run?)\n{stderr[-2000:]}")
    return process.returncode, stdout, stderr


def instance(env: dict) -> DagsterInstance:
    return DagsterInstance.from_ref(InstanceRef.from_dir(env["DAGSTER_HOME"]))


def step_started(env: dict, step: str) -> bool:
    with instance(env) as dagster:
        return any(event.step_key == step for run in dagster.get_runs()
                   for event in dagster.all_logs(run.run_id, of_type=DagsterEventType.STEP_START))


def files_with(url: str, status: str) -> int:
    try:
        return scalar(url, f"SELECT count(*) FROM source_files WHERE status = '{status}'") or 0
    except Exception:  # noqa: BLE001 - the schema is not there yet
        return 0


def kill_when(process: subprocess.Popen, what: str, condition) -> None:
    wait_for(what, lambda: condition() or process.poll() is not None, seconds=BOUND)
    assert process.poll() is None, f"the run ended before {what}: {process.communicate()[1][-2000:]}"
    os.killpg(process.pid, signal.SIGKILL)  # the run and its parse workers, as an out-of-memory kill would
    process.wait()


def store_content(url: str) -> dict:
    return {**content(url), "speakers": scalar(url, "SELECT count(*) FROM speakers")}


_CLEAN_LOADS: dict[tuple[str, str], dict] = {}  # (kind of store, digest of the folder): content of a clean load


def clean_load_content(clean_url: str, folder: Path) -> dict:
    """store_content of a clean load of `folder` into the empty database `clean_url`. The same folder (the same
    names and bytes) loads into the same rows on the same kind of store, so the clean load is made once per kind
    and folder in a session and its content reused by the tests that compare with it."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    key = (make_url(clean_url).get_backend_name(), digest.hexdigest())
    if key not in _CLEAN_LOADS:
        refresh(clean_url, folder, "clean")
        _CLEAN_LOADS[key] = store_content(clean_url)
    return _CLEAN_LOADS[key]


@pytest.fixture
def corpus(tmp_path) -> tuple[Path, int]:
    folder = tmp_path / "seeds"
    return folder, make_files(folder, FILES)


KILL_POINTS = {
    "schema step": lambda env, url: step_started(env, "database_schema"),
    "mid-load": lambda env, url: 0 < files_with(url, "loaded") and files_with(url, "pending") > 0,
}


def pause_in_speakers_step(env: dict, url: str, process: subprocess.Popen) -> None:
    """Leave the run frozen (SIGSTOP) inside its speakers step, holding the lede_db slot.

    A stand-in run takes the slot while the load runs, so the speakers step queues behind it; the test then holds
    the database lock the step needs, hands the slot over, waits for the step to start (it is then stuck in its
    first statement), freezes the run's processes and lets the database lock go."""
    with instance(env) as dagster:
        holder = DagsterRun(job_name="test_slot_holder", run_id=make_new_run_id(), status=DagsterRunStatus.STARTED)
        dagster.add_run(holder)
        storage = dagster.event_log_storage
        wait_for("the load starting", lambda: files_with(url, "loaded") > 0, seconds=BOUND)
        wait_for("the stand-in taking the slot", lambda: storage.claim_concurrency_slot(
            "lede_db", holder.run_id, "hold").is_claimed, seconds=BOUND)
        wait_for("the speakers step queueing", lambda: any(
            step.step_key == "speakers" for step in storage.get_concurrency_info("lede_db").pending_steps))
        database = make_engine(url)
        with database.connect() as conn:
            if conn.dialect.name == "postgresql":  # the lock the speaker clean-up takes
                conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SPEAKER_LOCK})
            else:
                conn.execute(text("SELECT 1"))  # in BEGIN IMMEDIATE: the write lock
            storage.free_concurrency_slots_for_run(holder.run_id)
            wait_for("the speakers step starting", lambda: step_started(env, "speakers") or process.poll() is not None,
                     seconds=BOUND)
            assert process.poll() is None, process.communicate()[1][-2000:]
            # the stand-in is done with before the freeze: a run frozen mid-write would hold the instance's SQLite
            # lock, and these writes would then fail as `database is locked`
            storage.free_concurrency_slots_for_run(holder.run_id)
            dagster.report_run_canceled(holder)
            os.killpg(process.pid, signal.SIGSTOP)
        database.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("point", [*KILL_POINTS, "speakers step"])
def test_after_sigkill_the_next_run_finishes_and_equals_a_clean_load(point, new_db_url, corpus, tmp_path):
    folder, files = corpus
    url, clean = new_db_url(), new_db_url()
    env = lede_env(tmp_path, url, folder)
    process = start(env)
    if point == "speakers step":
        pause_in_speakers_step(env, url, process)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    else:
        kill_when(process, f"the {point}", lambda: KILL_POINTS[point](env, url))
    with instance(env) as dagster:
        (killed,) = dagster.get_runs(RunsFilter(job_name="refresh_lede"))
        assert not killed.is_finished

    code, stdout, stderr = finish(start(env))
    assert code == 0, stderr[-2000:]
    assert f"run {killed.run_id} had died" in stderr
    assert store_content(url) == clean_load_content(clean, folder)
    assert len(store_content(url)["articles"]) == files
    with instance(env) as dagster:
        after = dagster.get_run_by_id(killed.run_id)
        assert after.status == DagsterRunStatus.FAILURE
        (failure,) = dagster.all_logs(killed.run_id, of_type=DagsterEventType.RUN_FAILURE)
        assert "process is gone" in failure.message
        assert not dagster.event_log_storage.get_concurrency_run_ids()  # no slot left behind


@pytest.mark.slow
@pytest.mark.parametrize("how", ["Ctrl-C", "SIGTERM"])
def test_a_stop_request_ends_the_run_in_seconds_with_one_line_and_the_next_run_finishes(how, new_db_url, corpus,
                                                                                        tmp_path):
    folder, files = corpus
    url, clean = new_db_url(), new_db_url()
    env = lede_env(tmp_path, url, folder)
    process = start(env)
    wait_for("the first batch loading", lambda: files_with(url, "loaded") > 0 or process.poll() is not None,
             seconds=BOUND)
    assert process.poll() is None, process.communicate()[1][-2000:]
    if how == "Ctrl-C":
        os.killpg(process.pid, signal.SIGINT)  # a terminal sends it to the whole group
    else:
        process.terminate()
    stopped = time.monotonic()
    code, stdout, stderr = finish(process, seconds=30)
    assert time.monotonic() - stopped < 15, "the stop took too long"
    assert code == 130
    assert stderr.strip() == STOPPED and not stdout
    # nothing half-loaded: every file is loaded whole or still pending
    assert files_with(url, "loaded") + files_with(url, "pending") + files_with(url, "duplicate") == files
    assert scalar(url, "SELECT count(*) FROM articles a JOIN source_files sf ON sf.id = a.source_file_id "
                       "WHERE sf.status <> 'loaded'") == 0

    code, _, stderr = finish(start(env))
    assert code == 0, stderr[-2000:]
    assert store_content(url) == clean_load_content(clean, folder)


@pytest.mark.slow
def test_ctrl_c_stops_a_run_that_waits_for_another(new_sqlite_url, corpus, tmp_path):
    folder, _ = corpus
    url = new_sqlite_url()
    env = lede_env(tmp_path, url, folder)
    first = start(env)
    pause_in_speakers_step(env, url, first)
    second = start(env)  # waits for the lede_db slot the first run holds
    wait_for("the second run waiting for the slot", lambda: _waiting(env), seconds=BOUND)
    os.killpg(second.pid, signal.SIGINT)
    code, _, stderr = finish(second, seconds=30)
    assert (code, stderr.strip()) == (130, STOPPED)
    os.killpg(first.pid, signal.SIGCONT)
    code, _, stderr = finish(first)
    assert code == 0, stderr[-2000:]


def _waiting(env: dict) -> bool:
    with instance(env) as dagster:
        info = dagster.event_log_storage.get_concurrency_info("lede_db")
        return any(step.assigned_timestamp is None for step in info.pending_steps)


@pytest.mark.slow
def test_two_runs_at_once_never_hang_or_duplicate_rows(new_db_url, corpus, tmp_path):
    folder, files = corpus
    url, clean = new_db_url(), new_db_url()
    env = lede_env(tmp_path, url, folder)
    first, second = start(env), start(env)
    for process in (first, second):
        code, _, stderr = finish(process)
        assert code == 0, stderr[-2000:]
    assert store_content(url) == clean_load_content(clean, folder)
    assert scalar(url, "SELECT count(*) FROM articles") == files - files_with(url, "duplicate")


@pytest.mark.slow
def test_a_run_killed_while_another_waits_hands_over_its_slot(new_db_url, corpus, tmp_path):
    folder, _ = corpus
    url, clean = new_db_url(), new_db_url()
    env = lede_env(tmp_path, url, folder)
    first = start(env)
    pause_in_speakers_step(env, url, first)
    second = start(env)
    wait_for("the second run waiting for the slot", lambda: _waiting(env), seconds=BOUND)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    code, _, stderr = finish(second)
    assert code == 0, stderr[-2000:]
    assert store_content(url) == clean_load_content(clean, folder)


@pytest.mark.slow
def test_a_slot_freed_just_as_a_step_queues_still_reaches_it(new_sqlite_url, corpus, tmp_path):
    # Two runs starting together can interleave so: one run's step queues (unassigned) a moment after the other
    # run freed the slot and Dagster looked for a step to hand it to. Here a stand-in run plays the other run.
    folder, files = corpus
    url = new_sqlite_url()
    env = lede_env(tmp_path, url, folder)
    with instance(env) as dagster:
        holder = DagsterRun(job_name="test_slot_holder", run_id=make_new_run_id(), status=DagsterRunStatus.STARTED)
        dagster.add_run(holder)
        storage = dagster.event_log_storage
        storage.initialize_concurrency_limit_to_default("lede_db")
        assert storage.claim_concurrency_slot("lede_db", holder.run_id, "hold").is_claimed
        process = start(env)
        wait_for("the run queueing for the slot", lambda: _waiting(env), seconds=BOUND)
        storage._free_concurrency_slots(holder.run_id)  # freed, and nobody told: the race's outcome
        storage._remove_pending_steps(holder.run_id)
        dagster.report_run_canceled(holder)
    code, _, stderr = finish(process)
    assert code == 0, stderr[-2000:]
    assert files_with(url, "loaded") == files


@pytest.mark.slow
def test_runs_started_together_on_a_new_dagster_home_all_finish(new_sqlite_url, tmp_path):
    # The first runs on a new DAGSTER_HOME create its tables; three at once, a few times over, as a race test can.
    folder = tmp_path / "seeds"
    files = make_corpus(folder, 2)
    for round_ in range(3):
        url = new_sqlite_url()
        env = lede_env(tmp_path / f"round{round_}", url, folder)
        for process in [start(env) for _ in range(3)]:
            code, _, stderr = finish(process)
            assert code == 0, stderr[-2000:]
        assert files_with(url, "loaded") == files
