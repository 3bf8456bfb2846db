"""A run whose process died (kill -9, out of memory, a closed laptop) never blocks the next one.

Every run holds an exclusive lock on a file named after it (`DAGSTER_HOME/run_locks/RUN_ID.lock`) for as long as
its process lives. The operating system lets go of that lock when the process ends, however it ends, so a lock
file that nobody holds names a run whose process is gone: that run is marked failed, with that reason, and the
`lede_db` pool slots it held are given back. Unlike a pid, the lock cannot be mistaken for a new process that got
the same number, and it needs no clock or timeout.

Who looks: every run when it starts and every few seconds while it lives (so a run waiting for a slot gets it as
soon as its holder is found dead), and under `make ui` the daemon's run monitoring (`RunLauncher` below), so a
killed run shows as failed in the UI even when no other run starts. Runs of another machine, and runs that have
not yet taken their lock, are left alone: only the process that holds a lock can vouch for it.
"""

from __future__ import annotations

import fcntl
import os
import threading
import uuid
from pathlib import Path

from dagster import DagsterInstance, DagsterRun, DefaultRunLauncher
from dagster._core.launcher import CheckRunHealthResult, WorkerStatus

GONE = ("Its process is gone (killed, out of memory, or the machine stopped) before the run finished: lede "
        "marked it failed and gave back its database slot. Files it had not finished are still pending; the next "
        "run loads them.")
CHECK_EVERY = 2.0  # seconds between looks while a run lives: a waiting run gets a dead run's slot this soon

_held: dict[str, int] = {}  # run id -> file descriptor of the lock this process holds for it
_held_lock = threading.Lock()


def _folder(instance: DagsterInstance) -> Path | None:
    """Where the lock files live; None for a throwaway instance, whose runs no other process can see."""
    if not instance.is_persistent:
        return None
    return Path(instance.root_directory) / "run_locks"


def hold(instance: DagsterInstance, run_id: str) -> None:
    """Take this run's lock for the life of this process (or until `let_go`). Taking it twice is a no-op."""
    folder = _folder(instance)
    with _held_lock:
        if folder is None or run_id in _held:
            return
        folder.mkdir(parents=True, exist_ok=True)
        # Locked under a private name, then renamed: nobody can find the file unlocked and think its run dead.
        private = folder / f".{run_id}.{uuid.uuid4().hex}"
        fd = os.open(private, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.replace(private, folder / f"{run_id}.lock")
        _held[run_id] = fd


def let_go(instance: DagsterInstance, run_id: str) -> None:
    """The run ended normally: remove its lock file, then release the lock."""
    folder = _folder(instance)
    with _held_lock:
        fd = _held.pop(run_id, None)
        if fd is None or folder is None:
            return
        (folder / f"{run_id}.lock").unlink(missing_ok=True)
        os.close(fd)


def release_if_gone(instance: DagsterInstance, run_id: str) -> bool:
    """If the run's process is gone: mark the run failed and free its pool slots. True if it was gone."""
    folder = _folder(instance)
    if folder is None or run_id in _held:
        return False
    path = folder / f"{run_id}.lock"
    try:
        fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
    except FileNotFoundError:
        return False  # not started yet, ended normally, or already released
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # its process holds the lock: alive
        try:
            if os.stat(path).st_ino != os.fstat(fd).st_ino:
                return False  # the run ended normally and removed the file just now
        except FileNotFoundError:
            return False
        run = instance.get_run_by_id(run_id)
        if run is not None and not run.is_finished:
            instance.report_run_failed(run, GONE)
        instance.event_log_storage.free_concurrency_slots_for_run(run_id)
        path.unlink(missing_ok=True)
        return True
    finally:
        os.close(fd)


def release_dead_runs(instance: DagsterInstance) -> list[str]:
    """Release every run whose process is gone, and the pool slots of runs that ended without giving theirs back
    (marked failed or canceled from outside). Returns the ids of the runs found dead."""
    folder = _folder(instance)
    if folder is None or not instance.event_log_storage.supports_global_concurrency_limits:
        return []
    storage = instance.event_log_storage
    dead = [path.stem for path in folder.glob("*.lock") if release_if_gone(instance, path.stem)]
    run_ids = storage.get_concurrency_run_ids()
    for run_id in run_ids:
        run = instance.get_run_by_id(run_id)
        if (run is None or run.is_finished) and run_id not in _held:
            storage.free_concurrency_slots_for_run(run_id)
    if run_ids:
        hand_out_free_slots(storage)
    return dead


def hand_out_free_slots(storage) -> None:
    """Give free pool slots to steps that wait for one. Dagster hands a slot to the next waiting step only at the
    moment it is freed, so a step that queued just as it was freed (two runs starting together) would wait
    forever beside a free slot."""
    for key, info in storage.get_concurrency_infos(list(storage.get_concurrency_keys())).items():
        waiting = sum(step.assigned_timestamp is None for step in info.pending_steps)
        assigned = len(info.pending_steps) - waiting  # claimed or about to be: each holds a slot
        for _ in range(min(waiting, info.slot_count - assigned)):
            storage.assign_pending_steps([key])


class Watch:
    """For the life of a run: hold its lock and, every few seconds, release runs whose process is gone."""

    def __init__(self, instance: DagsterInstance, run_id: str):
        self.instance, self.run_id = instance, run_id
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="lede-run-watch", daemon=True)

    def start(self) -> Watch:
        hold(self.instance, self.run_id)
        release_dead_runs(self.instance)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        let_go(self.instance, self.run_id)

    def _loop(self) -> None:
        while not self._stop.wait(CHECK_EVERY):
            try:
                release_dead_runs(self.instance)
            except Exception:  # noqa: BLE001 - a failed look is retried next time; it must never end the run
                continue


class RunLauncher(DefaultRunLauncher):
    """Dagster's local run launcher, plus the health check run monitoring asks for: a run whose process is gone
    is marked failed and its slots freed (dagster.yaml turns monitoring on for `make ui`)."""

    @property
    def supports_check_run_worker_health(self) -> bool:
        return True

    def check_run_worker_health(self, run: DagsterRun) -> CheckRunHealthResult:
        if release_if_gone(self._instance, run.run_id):
            return CheckRunHealthResult(WorkerStatus.FAILED, GONE)
        return CheckRunHealthResult(WorkerStatus.RUNNING)
