"""`make backfill`: load the seeds folder as a backfill of all partitions (pipelines/partitions.py), run by the
Dagster daemon through the instance's run queue, then print what `make run` prints and how the runs went.

    LEDE_DB_URL=postgresql+psycopg://postgres@127.0.0.1:5432/lede make backfill

Brings the schema to the head (as `make run` does), starts `dagster-daemon run -m pipelines.partitions` (through
pipelines/daemon.py) unless a daemon already serves this instance (a deployment's), submits the backfill as the
UI's "Materialize" of partitioned assets does (an asset backfill in the instance), waits for it, runs the asset
checks once (backfills run none), and stops the daemon it started. Parallel writers: the `lede_db` pool is raised to
LEDE_WRITERS (default 4) on PostgreSQL for the backfill and put back afterwards; SQLite keeps one writer, so its
partitions run one after another.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

from dagster import AssetKey, DagsterEventType, DagsterInstance, DagsterRunStatus, RunsFilter
from dagster._core.execution.backfill import BULK_ACTION_TERMINAL_STATUSES, BulkActionStatus, PartitionBackfill
from dagster._core.storage.tags import BACKFILL_ID_TAG
from dagster._core.utils import make_new_backfill_id
from sqlalchemy import bindparam, text
from sqlalchemy.engine import make_url

from models import make_engine
from pipelines.assets import POOL
from pipelines.errors import DatabaseProblem, check_connection
from pipelines.partitions import build_partitioned_defs, partition_count
from pipelines.resources import database_resource, seed_folder_resource
from pipelines.run import QUIET, summary
from pipelines.schema import upgrade_to_head
from pipelines.settings import database_url

CODE_LOCATION = "pipelines.partitions"
DAEMON_FRESH_SECONDS = 60  # a daemon heartbeat younger than this: a daemon is serving the instance
POLL_SECONDS = 1.0
IN_FLIGHT = {DagsterRunStatus.STARTING, DagsterRunStatus.STARTED, DagsterRunStatus.CANCELING}


def partitioned_defs():
    """The partitioned code location as the environment configures it now (the daemon reads the same)."""
    return build_partitioned_defs(database_resource(), seed_folder_resource(), partition_count())


@dataclass
class BackfillResult:
    backfill_id: str
    status: BulkActionStatus
    seconds: float
    runs: int
    failed_runs: int
    articles: int  # files loaded by the backfill's runs
    startup_seconds: list[float]  # per run: from launch (RUN_STARTING) to running (RUN_START)

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def daemon_running(instance: DagsterInstance) -> bool:
    heartbeats = instance.get_daemon_heartbeats()
    return any(time.time() - beat.timestamp < DAEMON_FRESH_SECONDS for beat in heartbeats.values())


def start_daemon(log: Path) -> subprocess.Popen:
    """The daemon (run queue, backfills) over the partitioned code location, in its own process group."""
    with log.open("a") as out:
        # (pipelines/daemon.py: dagster-daemon with a backfill tick of seconds, not Dagster's fixed 30 s)
        return subprocess.Popen([sys.executable, "-m", "pipelines.daemon", "run", "-m", CODE_LOCATION],
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def stop_daemon(process: subprocess.Popen) -> None:
    """The daemon and everything it started (its code server, runs still going)."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def launch_backfill(instance: DagsterInstance, title: str = "lede: all partitions") -> str:
    """An asset backfill of every partition: one run per partition, then `speakers` once after all of them.

    `database_schema` is left out: the caller migrates first, which saves the backfill a stage (the daemon looks
    at a backfill once a tick, so each stage of the graph costs up to that much).
    """
    asset_graph = partitioned_defs().resolve_asset_graph()
    selection = [key for key in asset_graph.materializable_asset_keys if key != AssetKey("database_schema")]
    backfill = PartitionBackfill.from_asset_partitions(
        backfill_id=make_new_backfill_id(), asset_graph=asset_graph, partition_names=None,
        asset_selection=sorted(selection, key=AssetKey.to_user_string),
        backfill_timestamp=time.time(), tags={}, dynamic_partitions_store=instance, all_partitions=True,
        title=title, description="launched by `make backfill` (pipelines/backfill.py)", run_config=None)
    instance.add_backfill(backfill)
    return backfill.backfill_id


def wait_for_backfill(instance: DagsterInstance, backfill_id: str, timeout: float,
                      progress=None) -> BulkActionStatus:
    deadline = time.monotonic() + timeout
    while True:
        backfill = instance.get_backfill(backfill_id)
        if backfill is None:
            raise RuntimeError(f"backfill {backfill_id} vanished from the instance")
        runs = instance.get_runs(RunsFilter(tags={BACKFILL_ID_TAG: backfill_id}))
        in_flight = [run for run in runs if run.status in IN_FLIGHT]
        if backfill.status in BULK_ACTION_TERMINAL_STATUSES and not in_flight:
            if backfill.error is not None:
                print(f"lede: the backfill failed: {backfill.error.message.strip().splitlines()[-1]}",
                      file=sys.stderr)
            return backfill.status
        if time.monotonic() > deadline:
            raise TimeoutError(f"backfill {backfill_id} not finished after {timeout:.0f} s (status "
                               f"{backfill.status.value}); it goes on while a daemon runs")
        if progress:
            progress(runs)
        time.sleep(POLL_SECONDS)


def backfill_result(instance: DagsterInstance, url: str, backfill_id: str, status: BulkActionStatus,
                    seconds: float) -> BackfillResult:
    runs = instance.get_runs(RunsFilter(tags={BACKFILL_ID_TAG: backfill_id}))
    startup = []
    for run in runs:
        times = {record.event_log_entry.dagster_event_type: record.event_log_entry.timestamp
                 for record in instance.get_records_for_run(
                     run.run_id, of_type={DagsterEventType.RUN_STARTING, DagsterEventType.RUN_START}).records}
        if len(times) == 2:
            startup.append(times[DagsterEventType.RUN_START] - times[DagsterEventType.RUN_STARTING])
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            articles = conn.execute(text(
                "SELECT count(*) FROM source_files WHERE status = 'loaded' AND run_id IN :ids").bindparams(
                bindparam("ids", expanding=True)), {"ids": [run.run_id for run in runs] or [""]}).scalar_one()
    finally:
        engine.dispose()
    return BackfillResult(backfill_id, status, seconds, len(runs), sum(run.is_failure for run in runs), articles,
                          startup)


def set_writers(instance: DagsterInstance, writers: int | None) -> int | None:
    """Set the lede_db pool's limit (None: back to the instance's default); returns the limit it had."""
    storage = instance.event_log_storage
    before = storage.get_concurrency_info(POOL).slot_count if POOL in storage.get_concurrency_keys() else None
    if writers is None:
        storage.delete_concurrency_limit(POOL)
    else:
        storage.set_concurrency_slots(POOL, writers)
    return before


class Progress:
    """One line on stderr whenever the count of finished runs moves."""

    def __init__(self) -> None:
        self.shown = None

    def __call__(self, runs) -> None:
        done = (sum(run.is_finished for run in runs), len(runs))
        if done != self.shown:
            print(f"lede: runs finished {done[0]} of {done[1]} launched so far", file=sys.stderr)
            self.shown = done


def run_checks(instance: DagsterInstance) -> str:
    """The asset checks, once, over everything loaded (a run of the check_lede job, in this process)."""
    result = partitioned_defs().resolve_job_def("check_lede").execute_in_process(instance=instance, run_config=QUIET,
                                                                   raise_on_error=False)
    evaluations = result.get_asset_check_evaluations()
    failing = sorted(e.check_name for e in evaluations if not e.passed)
    return f"checks: {len(evaluations) - len(failing)} passed" + (f", not passed: {', '.join(failing)}"
                                                                  if failing else "")


def report(result: BackfillResult) -> str:
    startup = (f"; a run's start-up (launched to running) {mean(result.startup_seconds):.1f} s on average"
               if result.startup_seconds else "")
    return (f"backfill {result.backfill_id}: {result.status.value}, {result.runs} runs launched"
            f" ({result.failed_runs} failed), {result.seconds:.1f} s{startup}\n"
            f"articles loaded: {result.articles}, {result.articles_per_second:.1f} articles/s")


def main() -> int:
    url = database_url()
    engine = make_engine(url)
    try:
        check_connection(engine, url)
    except DatabaseProblem as problem:
        print(f"lede: {problem}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    engine = make_engine(url)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    postgres = make_url(url).get_backend_name() == "postgresql"
    writers = int(os.environ.get("LEDE_WRITERS") or 4) if postgres else 1
    if not postgres:
        print("lede: SQLite takes one writer at a time: the partitions will load one after another (set LEDE_DB_URL "
              "to PostgreSQL to load them in parallel; `make run` is faster on SQLite)", file=sys.stderr)
    partitions = partition_count()
    timeout = float(os.environ.get("LEDE_BACKFILL_TIMEOUT") or 24 * 3600)
    with DagsterInstance.get() as instance:
        daemon = None
        if daemon_running(instance):
            print("lede: using the Dagster daemon already serving this instance", file=sys.stderr)
        else:
            daemon = start_daemon(Path(instance.root_directory) / "backfill-daemon.log")
        before = set_writers(instance, writers)
        try:
            started = time.monotonic()
            backfill_id = launch_backfill(instance)
            print(f"lede: backfill {backfill_id} of {partitions} partitions launched, {writers} writer(s)",
                  file=sys.stderr)
            status = wait_for_backfill(instance, backfill_id, timeout, progress=Progress())
            result = backfill_result(instance, url, backfill_id, status, time.monotonic() - started)
            checks = run_checks(instance)
        finally:
            set_writers(instance, before)
            if daemon is not None:
                stop_daemon(daemon)
                instance.wipe_daemon_heartbeats()  # its last heartbeat would pass for a live daemon for a minute
    print(summary(url))
    print(report(result))
    print(checks)
    return 0 if status == BulkActionStatus.COMPLETED_SUCCESS and not result.failed_runs else 1


if __name__ == "__main__":
    sys.exit(main())
