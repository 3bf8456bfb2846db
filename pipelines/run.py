"""`make run`: materialize every asset through Dagster (the same job the schedule runs), then print a summary.

When nothing changed (the schema at its head, every seed file loaded as last seen, no speaker waiting for the
speakers step) a run would write nothing, so none is started: the summary comes in about a second, as the sensor
starts no run for a folder that did not change. Dagster is imported only when there is work to do.

Ctrl-C or SIGTERM stops it within seconds with one line: the file being written is rolled back (each batch is one
transaction), the run is marked canceled and gives back its pool slot, and the next run loads what is left.
"""

from __future__ import annotations

import fcntl
import os
import signal
import socket
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines.settings import SEED_PATTERN, database_url, seeds_dir

if TYPE_CHECKING:
    from dagster import DagsterInstance
    from sqlalchemy import Engine

# The parse workers of a load start by importing this module (the main module, as `spawn` does): its imports of
# SQLAlchemy, Alembic and the loader are in the functions that use them, so a worker does not pay for them.

SAMPLE_QUOTES = 5
# Dagster's console log stays quiet (the full log is in the UI): this prints what a person needs, in lede's words.
QUIET = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
SHOWN_FAILURES = 10
STOPPED = "lede: stopped on request; files loaded so far are kept, the next run loads the rest."
GRACE = 3.0  # seconds a stop request may wait for Dagster to act on it before this process ends the run itself


def summary(url: str, run_id: str | None = None, failures: bool = True) -> str:
    """What the database holds, and the files that failed in this run (every failed file when no run is named:
    a backfill is many runs; none when there was no run)."""
    from sqlalchemy import text

    from models import make_engine
    from pipelines.load import ESTIMATED_FROM, table_counts

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            in_run = "AND run_id = :run" if run_id else ""
            failed = conn.execute(text(f"SELECT path, error FROM source_files WHERE status = 'failed' {in_run} "
                                       "ORDER BY path"), {"run": run_id}).all() if failures else []
            counts = table_counts(conn)
            files = dict(conn.execute(text("SELECT status, count(*) FROM source_files GROUP BY status")).all())
            sample = conn.execute(text(
                "SELECT speaker, quote_kind, quote_text FROM v_quotes WHERE quote_kind <> 'scare' "
                f"ORDER BY quote_id LIMIT {SAMPLE_QUOTES}")).all()  # the primary key: no sort of the view
    finally:
        engine.dispose()
    about = "about " if engine.dialect.name == "postgresql" else ""  # large tables: table_counts estimates
    lines = [", ".join(f"{name.replace('_', ' ')}: {about if n >= ESTIMATED_FROM else ''}{n}"
                       for name, n in counts.items()),
             "files: " + (", ".join(f"{status} {n}" for status, n in sorted(files.items())) or "none")]
    for speaker, kind, quote in sample:
        shown = quote if len(quote) <= 70 else quote[:67] + "..."
        lines.append(f"  {speaker or '(unknown)'} [{kind}]: \u201c{shown}\u201d")
    for path, error in failed[:SHOWN_FAILURES]:
        lines.append(f"failed: {path}: {error}")
    if len(failed) > SHOWN_FAILURES:
        lines.append(f"... and {len(failed) - SHOWN_FAILURES} more (source_files.error says why)")
    return "\n".join(lines)


class StopRequests:
    """Turns Ctrl-C and SIGTERM into a canceled run, also where Dagster would not act on them.

    During a run Dagster's own handler only notes the signal, and acts on it when a step starts or runs; a run
    waiting for a pool slot would never see it. Python writes every signal it catches to the wakeup socket, so
    this thread hears it whoever handles it: it marks the run canceling (the step then stops and the run ends
    canceled) and, if Dagster has not acted within GRACE seconds, cancels the run and ends the process itself.
    """

    def __init__(self, instance: DagsterInstance, run_id: str):
        self.instance, self.run_id, self.requested = instance, run_id, False
        self._reader, writer = socket.socketpair()
        writer.setblocking(False)
        self._writer = writer
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        threading.Thread(target=self._listen, name="lede-stop-requests", daemon=True).start()

    def _listen(self) -> None:
        while signals := self._reader.recv(64):
            if self.requested or not {signal.SIGINT, signal.SIGTERM} & set(signals):
                continue
            self.requested = True
            run = self.instance.get_run_by_id(self.run_id)
            if run is not None and not run.is_finished:
                self.instance.report_run_canceling(run, message="Stop requested (Ctrl-C or SIGTERM).")
            time.sleep(GRACE)
            from dagster._utils.interrupts import check_captured_interrupt

            if check_captured_interrupt():  # still only noted: nothing in the run will look at it
                self._end_run_here()

    def _end_run_here(self) -> None:
        """The run is stuck where Dagster does not look at signals (waiting for a slot): end it here. No step is
        writing then (a step stops on the signal at once, its transaction rolled back), so nothing is half-done."""
        run = self.instance.get_run_by_id(self.run_id)
        if run is not None and not run.is_finished:
            self.instance.report_run_canceled(run, "Stopped on request (Ctrl-C or SIGTERM) before it could write.")
        from pipelines.recovery import let_go

        self.instance.event_log_storage.free_concurrency_slots_for_run(self.run_id)
        let_go(self.instance, self.run_id)
        print(STOPPED, file=sys.stderr, flush=True)
        os._exit(130)

    def close(self) -> None:
        signal.set_wakeup_fd(-1)
        self._writer.close()


class NoDagsterHome(RuntimeError):
    """DAGSTER_HOME is missing; the message is the sentence to show."""


def project_instance() -> DagsterInstance:
    """The instance in DAGSTER_HOME, as `DagsterInstance.get()` gives it, but without capturing the run's raw
    stdout and stderr into files: they are on the terminal already, and the helper processes that capture starts
    (and that Ctrl-C reaches too) would each answer it with a traceback. The run's event log is in the UI as ever."""
    from dagster import DagsterInstance
    from dagster._core.instance.ref import InstanceRef

    home = os.environ.get("DAGSTER_HOME")
    if not home or not os.path.isdir(home):
        raise NoDagsterHome(f"DAGSTER_HOME ({home or 'not set'}) is not a folder: start lede with `make run`, "
                            "which makes it.")
    no_capture = {"module": "dagster._core.storage.noop_compute_log_manager", "class": "NoOpComputeLogManager"}
    # Two runs opening a new DAGSTER_HOME at once would both create its SQLite tables, and one would fail.
    with open(os.path.join(home, ".lede-instance.lock"), "w") as opening:
        fcntl.flock(opening, fcntl.LOCK_EX)
        return DagsterInstance.from_ref(InstanceRef.from_dir(home, overrides={"compute_logs": no_capture}))


def up_to_date(engine: Engine) -> bool:
    """A run would change nothing: the schema at its head, every seed file loaded as last seen, and no speaker
    waiting for the speakers step. Anything unusual (no schema yet, no seeds folder) is the run's to report."""
    from pipelines.ledger import folder_as_loaded
    from pipelines.load import speakers_waiting
    from pipelines.schema import current_revision, head_revision

    try:
        if current_revision(engine) != head_revision():
            return False
        with engine.connect() as conn:
            if speakers_waiting(conn):
                return False
        return folder_as_loaded(engine, Path(seeds_dir()), SEED_PATTERN)
    except Exception:  # noqa: BLE001 - the run itself says what is wrong, in its words
        return False


def _stop(signum, frame):
    raise KeyboardInterrupt


def main() -> int:
    signal.signal(signal.SIGTERM, _stop)  # SIGTERM stops as Ctrl-C does, outside the run too
    try:
        return _run()
    except KeyboardInterrupt:
        print(STOPPED, file=sys.stderr)
        return 130


def _run() -> int:
    from models import make_engine
    from pipelines.errors import DatabaseProblem, check_connection

    engine = make_engine(database_url())
    try:
        check_connection(engine, database_url())
        if up_to_date(engine):
            print("lede: nothing changed since the last run; no run started.")
            print(summary(database_url(), failures=False))
            return 0
    except DatabaseProblem as problem:
        print(f"lede: {problem}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    # Dagster and the asset graph load only for a run (a second or two of imports)
    from dagster import DagsterRunStatus
    from dagster._core.utils import make_new_run_id

    from pipelines.definitions import defs
    from pipelines.recovery import hold, let_go, release_dead_runs

    job = defs.resolve_job_def("refresh_lede")
    try:
        instance = project_instance()
    except NoDagsterHome as problem:
        print(f"lede: {problem}", file=sys.stderr)
        return 1
    with instance:
        for run_id in release_dead_runs(instance):
            print(f"lede: run {run_id} had died (its process is gone); it is marked failed and this run finishes "
                  "its work.",
                  file=sys.stderr)
        run_id = make_new_run_id()
        hold(instance, run_id)  # from before the run exists: there is no moment when it could be taken for dead
        stops = StopRequests(instance, run_id)
        try:
            result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=QUIET,
                                            run_id=run_id)
        finally:
            stops.close()
            let_go(instance, run_id)
        if stops.requested or result.dagster_run.status == DagsterRunStatus.CANCELED:
            print(STOPPED, file=sys.stderr)
            return 130
    if not result.success:
        failure = next((e for e in result.all_events if e.is_failure), None)
        error = getattr(getattr(failure, "event_specific_data", None), "error", None)
        while error is not None and error.cause is not None:
            error = error.cause  # the root cause says what is wrong; the wrappers say where
        reason = error.message.strip().splitlines()[-1] if error else "see the Dagster UI"
        print(f"lede: the run failed: {reason}", file=sys.stderr)
        return 1
    print(summary(database_url(), run_id))
    return 0


if __name__ == "__main__":
    sys.exit(main())
