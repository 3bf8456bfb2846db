"""Kills and races under `make ui`: the real daemon, webserver and run workers (`dagster dev`).

A run worker killed hard must show as failed, with the reason, and never block the next run; killing the whole
`dagster dev` and starting it again must recover the same way; a `make run` beside the daemon's runs must neither
hang nor duplicate rows.
"""

import os
import shutil
import signal

import pytest
from dagster import DagsterEventType, DagsterRunStatus, RunsFilter

from pipelines.load import BATCH_FILES
from tests.conftest import ROOT, running_dagster_dev, wait_for
from tests.test_kills import BOUND, clean_load_content, files_with, finish, instance, lede_env, start, store_content
from tests.test_reruns import make_files
from tests.test_ui import FINISHED, LAUNCH, LOCATION, REPOSITORY, RUN, graphql

FILES = 5 * BATCH_FILES  # 2,500 files: five batches, so a run is seen loading with files still pending


def launch(port: int) -> str:
    launched = graphql(port, LAUNCH, {"location": LOCATION, "repository": REPOSITORY, "job": "refresh_lede"})
    assert launched["launchRun"]["__typename"] == "LaunchRunSuccess", launched
    return launched["launchRun"]["run"]["runId"]


def status(port: int, run_id: str) -> str:
    return graphql(port, RUN, {"id": run_id})["runOrError"]["status"]


def loading_run(env: dict, url: str):
    """The run that is loading files right now, once one batch is in and more are pending."""
    wait_for("a run loading", lambda: files_with(url, "loaded") > 0 and files_with(url, "pending") > 0,
             seconds=BOUND)
    with instance(env) as dagster:
        (run,) = dagster.get_runs(RunsFilter(statuses=[DagsterRunStatus.STARTED]))
        (started,) = dagster.all_logs(run.run_id, of_type=DagsterEventType.RUN_START)
        return run.run_id, started.dagster_event.pid  # the run worker: the process that started the run


def failure_message(env: dict, run_id: str) -> str:
    """What the run's page says about its end: the failure, and the engine events that explain it."""
    with instance(env) as dagster:
        return " ".join(e.message for e in dagster.all_logs(
            run_id, of_type={DagsterEventType.RUN_FAILURE, DagsterEventType.ENGINE_EVENT}))


@pytest.fixture
def setting(tmp_path):
    """A seeds folder of 1,000 articles, a SQLite database and a DAGSTER_HOME, and the environment for
    `dagster dev` (its sensor looking every second: it starts the first run) and `python -m pipelines.run`."""
    seeds = tmp_path / "seeds"
    files = make_files(seeds, FILES)
    url = f"sqlite:///{tmp_path / 'lede.db'}"
    env = {**lede_env(tmp_path, url, seeds), "LEDE_SENSOR_INTERVAL": "1"}
    return env, url, seeds, files


def equals_clean_load(url: str, seeds, tmp_path) -> None:
    assert store_content(url) == clean_load_content(f"sqlite:///{tmp_path / 'clean.db'}", seeds)


@pytest.mark.slow
def test_a_killed_run_worker_shows_failed_and_the_next_run_finishes(setting, tmp_path):
    env, url, seeds, _ = setting
    log = tmp_path / "dagster.log"
    with running_dagster_dev(env, log) as (_, port):
        run_id, worker = loading_run(env, url)  # the sensor saw the folder and started it
        os.kill(worker, signal.SIGKILL)
        wait_for("the killed run showing as failed", lambda: status(port, run_id) == "FAILURE", seconds=60,
                 log=log)
        # lede's look, or the code server that started the worker and saw it die, whichever comes first
        reason = failure_message(env, run_id)
        assert "process is gone" in reason or "was terminated by signal 9 (SIGKILL)" in reason, reason
        second = launch(port)  # Materialize all, as a person would after seeing the failure
        wait_for("the next run finishing", lambda: status(port, second) in FINISHED, seconds=BOUND, log=log)
        assert status(port, second) == "SUCCESS"
    equals_clean_load(url, seeds, tmp_path)


TERMINATE = "mutation($id: String!) { terminateRun(runId: $id) { __typename } }"


@pytest.mark.slow
def test_terminate_in_the_ui_cancels_the_run_without_a_half_loaded_file(setting, tmp_path):
    env, url, seeds, files = setting
    log = tmp_path / "dagster.log"
    with running_dagster_dev(env, log) as (_, port):
        run_id, _ = loading_run(env, url)
        terminated = graphql(port, TERMINATE, {"id": run_id})["terminateRun"]["__typename"]
        assert terminated == "TerminateRunSuccess", terminated
        wait_for("the run ending canceled", lambda: status(port, run_id) in FINISHED, seconds=30, log=log)
        assert status(port, run_id) == "CANCELED"
        assert files_with(url, "loaded") + files_with(url, "pending") == files
        second = launch(port)
        wait_for("the next run finishing", lambda: status(port, second) in FINISHED, seconds=BOUND, log=log)
        assert status(port, second) == "SUCCESS"
    equals_clean_load(url, seeds, tmp_path)


@pytest.mark.slow
def test_killing_the_whole_ui_and_starting_it_again_recovers(setting, tmp_path):
    env, url, seeds, _ = setting
    log = tmp_path / "dagster.log"
    with running_dagster_dev(env, log) as (process, _):
        run_id, _ = loading_run(env, url)
        os.killpg(process.pid, signal.SIGKILL)  # webserver, daemon, code server and the run worker at once
        process.wait()
    with running_dagster_dev(env, log) as (_, port):
        wait_for("the killed run showing as failed", lambda: status(port, run_id) == "FAILURE", seconds=60,
                 log=log)
        assert "process is gone" in failure_message(env, run_id)
        second = launch(port)
        wait_for("the next run finishing", lambda: status(port, second) in FINISHED, seconds=BOUND, log=log)
        assert status(port, second) == "SUCCESS"
    equals_clean_load(url, seeds, tmp_path)


@pytest.mark.slow
def test_make_run_beside_the_daemons_run_neither_hangs_nor_duplicates(setting, tmp_path):
    env, url, seeds, files = setting
    log = tmp_path / "dagster.log"
    with running_dagster_dev(env, log) as (_, port):
        wait_for("the sensor's run starting", lambda: files_with(url, "loaded") > 0, seconds=BOUND, log=log)
        code, _, stderr = finish(start(env))
        assert code == 0, stderr[-2000:]
        with instance(env) as dagster:
            runs = dagster.get_runs()
        wait_for("every run finishing", lambda: all(status(port, run.run_id) in FINISHED for run in runs),
                 seconds=BOUND, log=log)
        assert {status(port, run.run_id) for run in runs} == {"SUCCESS"}
    equals_clean_load(url, seeds, tmp_path)
    assert files_with(url, "loaded") == files


@pytest.mark.slow
def test_the_ui_starts_with_the_database_unreachable_and_the_run_says_why(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "seed" / "000_09dc317511a4a0a5.txt", seeds)
    env = {**lede_env(tmp_path, "postgresql+psycopg://lede:secret@127.0.0.1:1/lede", seeds),
           "LEDE_SENSOR_INTERVAL": "1"}
    log = tmp_path / "dagster.log"
    with running_dagster_dev(env, log) as (_, port):
        run_id = launch(port)
        wait_for("the run failing", lambda: status(port, run_id) in FINISHED, seconds=BOUND, log=log)
        assert status(port, run_id) == "FAILURE"
        with instance(env) as dagster:
            # what the run's page shows: the failure and its cause
            errors = [getattr(e.dagster_event.event_specific_data, "error", None) for e in dagster.all_logs(run_id)
                      if e.dagster_event and e.dagster_event.is_failure]
            messages = " ".join(error.message + (error.cause.message if error.cause else "") for error in errors
                                if error)
        assert "Cannot reach PostgreSQL at 127.0.0.1:1: start the server" in messages
        assert "secret" not in messages
