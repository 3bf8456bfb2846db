"""Partitions of the seed files: any number of them, loaded in any order, in parallel, racing, killed and retried,
end with exactly the rows of one plain load of the same folder (every view compared). The slow tests go through
`make backfill`: the real daemon, the run queue and runs in processes of their own, into PostgreSQL, with the
Dagster instance itself in PostgreSQL (dagster-postgres)."""

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest
from dagster._core.execution.backfill import BulkActionStatus
from sqlalchemy import column, inspect, select, table, text
from sqlalchemy.engine import make_url

from models import make_engine
from pipelines.backfill import launch_backfill, set_writers, start_daemon, stop_daemon, wait_for_backfill
from pipelines.buckets import Bucket, all_buckets, path_bucket
from pipelines.partitions import build_partitioned_defs, path_partitions
from pipelines.resources import Database, SeedFolder
from pipelines.schema import upgrade_to_head
from tests.conftest import ROOT, wait_for
from tests.partition_worker import load_partition
from tests.test_reruns import COPY_FILES, make_corpus, make_files
from tests.worker import refresh

TABLES = {  # what the views do not show: the ledger, and the speakers and authors as rows of their own
    "source_files": "SELECT f.path, f.status, f.sha256, f.error, d.path FROM source_files f "
                    "LEFT JOIN source_files d ON d.id = f.duplicate_of_id WHERE f.status <> 'removed'",
    "speakers": "SELECT name, kind FROM speakers",
    "authors": "SELECT name FROM authors",
}


def every_view(url: str) -> dict[str, list[tuple]]:
    """Every view of the database (and the tables the views leave out), without row ids, in a stable order."""
    engine = make_engine(url)
    try:
        views = inspect(engine).get_view_names()
        with engine.connect() as conn:
            queries = dict(TABLES)
            for view in views:
                columns = [c["name"] for c in inspect(conn).get_columns(view)]
                kept = [c for c in columns if c != "id" and not c.endswith("_id")]
                queries[view] = f"SELECT {', '.join(kept)} FROM {view}"
            return {name: sorted(tuple(str(v) for v in row) for row in conn.execute(text(sql)))
                    for name, sql in queries.items()}
    finally:
        engine.dispose()


def assert_same_rows(url: str, expected_url: str) -> None:
    got, expected = every_view(url), every_view(expected_url)
    assert {"v_articles", "v_quotes"} <= set(got)
    for name in expected:
        assert got[name] == expected[name], f"{name} differs from the plain load"
    assert expected["v_articles"] and expected["v_quotes"]


def copy_in_other_bucket(folder: Path, source: Path, count: int, prefix: str, encoding: str = "utf-8") -> Path:
    """The same text under a new name (`prefix`...) in another bucket than the source, if there is another."""
    original = path_bucket(source.relative_to(folder).as_posix(), count)
    for n in range(1000):
        name = f"{prefix}{n}.txt"
        if count == 1 or path_bucket(name, count) != original:
            target = folder / name
            target.write_bytes(source.read_text(encoding="utf-8").encode(encoding))
            return target
    raise AssertionError("no name in another bucket")


def corpus_with_twins(folder: Path, count: int, copies: int = 1) -> list[Path]:
    """The labelled articles, plus copies of some of them in other buckets, named before and after them."""
    make_corpus(folder, copies)
    sources = sorted(folder.glob("*.txt"))[:3]
    twins = [copy_in_other_bucket(folder, sources[0], count, "000 first copy "),  # wins: the first name
             copy_in_other_bucket(folder, sources[1], count, "zz last copy "),
             copy_in_other_bucket(folder, sources[2], count, "000 utf16 copy ", encoding="utf-16")]
    assert count == 1 or len({path_bucket(p.name, count) for p in [*sources, *twins]}) > 1
    return sources


def edit_folder(folder: Path, sources: list[Path], count: int) -> None:
    """Edits that cross partitions: a loaded original goes (its twin in another bucket takes its place), an
    earlier name with a loaded text arrives, files change, go and come."""
    (folder / sources[1].name).unlink()  # its `zz last copy` twin, elsewhere, must load instead
    copy_in_other_bucket(folder, sources[2], count, "0 even earlier copy ")
    victims = sorted(folder.glob("0*_*.txt"))
    victims[-1].write_text(victims[-1].read_text() + "\n\"We changed it,\" said Kim Lee.\n")
    victims[-2].unlink()
    (folder / "sub").mkdir(exist_ok=True)
    (folder / "sub" / "new.txt").write_text("## New\n\nKim Lee 1 June 2020\n\n\"Hello,\" she said.\n")


def load_in_order(url: str, folder: Path, buckets: list[Bucket], run_id: str) -> None:
    for bucket in buckets:
        load_partition(url, folder, f"{run_id}-{bucket.key}", bucket.key)
    load_partition(url, folder, f"{run_id}-after", "after")


def test_a_path_falls_in_the_same_bucket_in_python_and_in_sql(db_url):
    engine = make_engine(db_url)
    probe = table("probe", column("path"))
    paths = [f"{n:03d}/article {n}.txt" for n in range(200)] + ["é/ü ß.txt", "a'b\"c.txt", "日本/記事.txt"]
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TEMPORARY TABLE probe (path VARCHAR(200))"))
            conn.execute(text("INSERT INTO probe (path) VALUES (:p)"), [{"p": p} for p in paths])
            for count in (1, 7, 16):
                for bucket in all_buckets(count):
                    found = conn.execute(select(probe.c.path).where(bucket.where(conn, probe.c.path))).scalars()
                    assert sorted(found) == sorted(p for p in paths if bucket.holds(p))
    finally:
        engine.dispose()


def test_partition_keys_name_their_bucket_and_count():
    keys = path_partitions(16).get_partition_keys()
    assert keys[0] == "000-of-016" and keys[-1] == "015-of-016" and len(set(keys)) == 16
    assert Bucket.from_key("003-of-016") == Bucket(3, 16)
    with pytest.raises(ValueError, match="partition key"):
        Bucket.from_key("3")
    assert sum(Bucket(i, 16).holds("a/b.txt") for i in range(16)) == 1


def test_the_partitioned_location_validates(tmp_path):
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path), "LEDE_PARTITIONS": "7"}
    out = subprocess.run([str(Path(sys.executable).parent / "dagster"), "definitions", "validate", "-m",
                          "pipelines.partitions"], capture_output=True, text=True, cwd=ROOT, timeout=180, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "Validation successful" in out.stdout + out.stderr


def test_a_wrong_partition_count_is_one_clear_sentence(tmp_path):
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path), "LEDE_PARTITIONS": "many"}
    out = subprocess.run([sys.executable, "-c", "import pipelines.partitions"], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, env=env)
    assert out.returncode != 0
    assert "LEDE_PARTITIONS='many': give the number of partitions, from 1 to 10000" in out.stderr


@pytest.mark.parametrize("count", [1, 5])
def test_partitions_in_any_order_and_reloads_after_edits_end_as_one_plain_load(new_db_url, tmp_path, count):
    folder = tmp_path / "seeds"
    sources = corpus_with_twins(folder, count)
    partitioned, plain = new_db_url(), new_db_url()
    order = all_buckets(count)
    random.Random(count).shuffle(order)
    load_in_order(partitioned, folder, order, "first")
    refresh(plain, folder, "plain")
    assert_same_rows(partitioned, plain)

    edit_folder(folder, sources, count)
    order.reverse()
    load_in_order(partitioned, folder, order, "second")
    fresh = new_db_url()
    refresh(fresh, folder, "fresh")
    assert_same_rows(partitioned, fresh)


def test_the_partitioned_assets_load_by_partition_through_dagster(sqlite_url, tmp_path):
    """SQLite: partitions work, one writer at a time (the lede_db pool), and end as one plain load."""
    folder = tmp_path / "seeds"
    corpus_with_twins(folder, 3)
    defs = build_partitioned_defs(Database(url=sqlite_url), SeedFolder(path=str(folder)), 3)
    job = defs.resolve_implicit_global_asset_job_def()
    keys = ["002-of-003", "000-of-003", "001-of-003"]
    with dg.instance_for_test() as instance:
        job.execute_in_process(instance=instance, asset_selection=[dg.AssetKey("database_schema")])
        for key in keys:
            result = job.execute_in_process(instance=instance, partition_key=key, asset_selection=[
                dg.AssetKey(name) for name in ("seed_files", "articles", "paragraphs", "quotes")])
            assert result.success
            loaded = [e for e in result.get_asset_materialization_events() if e.asset_key.path[-1] == "articles"]
            assert loaded[0].partition == key
        assert job.execute_in_process(instance=instance, asset_selection=[dg.AssetKey("speakers")]).success
    plain = f"sqlite:///{tmp_path / 'plain.db'}"
    refresh(plain, folder, "plain")
    assert_same_rows(sqlite_url, plain)


def partition_processes(url: str, folder: Path, count: int, run_id: str) -> list[subprocess.Popen]:
    return [subprocess.Popen([sys.executable, "-m", "tests.partition_worker", url, str(folder),
                              f"{run_id}-{bucket.key}", bucket.key], cwd=ROOT, stderr=subprocess.PIPE, text=True)
            for bucket in all_buckets(count)]


def finish(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        _, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr[-2000:]


def test_partitions_in_parallel_and_two_racing_sets_leave_no_duplicates_and_no_gaps(new_postgresql_url, tmp_path):
    """Every partition in a process of its own, twice over at the same time (two backfills racing), into one
    PostgreSQL database; twins of one text sit in different partitions."""
    folder = tmp_path / "seeds"
    sources = corpus_with_twins(folder, 4, copies=2)
    raced, plain = new_postgresql_url(), new_postgresql_url()
    finish(partition_processes(raced, folder, 4, "one") + partition_processes(raced, folder, 4, "two"))
    finish([subprocess.Popen([sys.executable, "-m", "tests.partition_worker", raced, str(folder), run, "after"],
                             cwd=ROOT, stderr=subprocess.PIPE, text=True) for run in ("one-after", "two-after")])
    refresh(plain, folder, "plain")
    assert_same_rows(raced, plain)

    edit_folder(folder, sources, 4)
    finish(partition_processes(raced, folder, 4, "three") + partition_processes(raced, folder, 4, "four"))
    load_partition(raced, folder, "after", "after")
    fresh = new_postgresql_url()
    refresh(fresh, folder, "fresh")
    assert_same_rows(raced, fresh)


# --- through `make backfill`: the daemon, the run queue, runs in processes of their own ---

def backfill_env(tmp_path: Path, db_url: str, dagster_pg_url: str, partitions: int) -> dict:
    home = tmp_path / "dagster_home"
    return {**os.environ, "LEDE_DB_URL": db_url, "LEDE_SEEDS_DIR": str(tmp_path / "seeds"),
            "LEDE_PARTITIONS": str(partitions), "LEDE_DAGSTER_PG_URL": dagster_pg_url, "DAGSTER_HOME": str(home),
            "LEDE_BACKFILL_TIMEOUT": "600"}


def make_backfill(env: dict) -> subprocess.CompletedProcess:
    """`make backfill`, with the instance home of the test (a command-line variable overrides the Makefile's)."""
    return subprocess.run(["make", "-s", "backfill", f"DAGSTER_HOME={env['DAGSTER_HOME']}"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)


def dagster_url(postgresql_url: str) -> str:
    """The same server with the psycopg2 driver, the one dagster-postgres works with."""
    return make_url(postgresql_url).set(drivername="postgresql+psycopg2").render_as_string(hide_password=False)


@pytest.mark.slow
def test_make_backfill_loads_every_partition_in_parallel_runs_with_the_instance_in_postgresql(
        new_postgresql_url, tmp_path, monkeypatch):
    folder = tmp_path / "seeds"
    corpus_with_twins(folder, 4, copies=2)
    lede, instance_db, plain = new_postgresql_url(), new_postgresql_url(), new_postgresql_url()
    env = backfill_env(tmp_path, lede, dagster_url(instance_db), 4)

    done = make_backfill(env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "COMPLETED_SUCCESS, 5 runs launched (0 failed)" in done.stdout  # 4 partitions, then speakers once
    loaded = 2 * COPY_FILES  # two copies of the corpus; the twins duplicate
    assert f"files: duplicate 3, loaded {loaded}" in done.stdout and f"articles loaded: {loaded}, " in done.stdout
    assert "articles/s" in done.stdout and "checks: " in done.stdout
    refresh(plain, folder, "plain")
    assert_same_rows(lede, plain)

    # The instance lives in PostgreSQL: the runs, their queue events and the partition runs that overlapped.
    engine = make_engine(instance_db)
    try:
        with engine.connect() as conn:
            runs = conn.execute(text("SELECT run_id, status FROM runs")).all()
            queued = conn.execute(text("SELECT count(DISTINCT run_id) FROM event_logs "
                                       "WHERE dagster_event_type = 'PIPELINE_ENQUEUED'")).scalar_one()
    finally:
        engine.dispose()
    assert len(runs) == 6 and {status for _, status in runs} == {"SUCCESS"}  # and the checks' run
    assert queued == 5  # every backfill run went through the run queue
    for name in ("DAGSTER_HOME", "LEDE_DAGSTER_PG_URL"):
        monkeypatch.setenv(name, env[name])
    with dg.DagsterInstance.get() as instance:
        spans = sorted((r.start_time, r.end_time) for r in instance.get_run_records()
                       if r.dagster_run.tags.get("dagster/partition"))
        assert len(spans) == 4
        assert any(later[0] < earlier[1] for earlier, later in zip(spans, spans[1:], strict=False)), \
            f"no two partition runs overlapped: {spans}"




def write_instance_yaml(home: Path) -> None:
    """The instance configuration as the Makefile makes it with LEDE_DAGSTER_PG_URL set."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text((ROOT / "dagster.yaml.template").read_text()
                                       + (ROOT / "dagster-postgres.yaml.template").read_text())


def loading_partition_run(instance: dg.DagsterInstance) -> tuple[dg.DagsterRun, int] | None:
    """A partition run that is loading articles right now (its load step began and has not finished), with the
    pid of its process."""
    for run in instance.get_runs(dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED])):
        if "dagster/partition" not in run.tags:
            continue
        events = instance.all_logs(run.run_id)
        began = any(e.dagster_event_type == dg.DagsterEventType.STEP_START and e.step_key == "article_tables"
                    for e in events)
        ended = any(e.dagster_event_type == dg.DagsterEventType.ASSET_MATERIALIZATION for e in events
                    if e.step_key == "article_tables")
        pids = [int(e.dagster_event.event_specific_data.metadata["pid"].value) for e in events
                if e.dagster_event_type == dg.DagsterEventType.ENGINE_EVENT and "Started process for run" in e.message]
        if began and not ended and pids:
            return run, pids[0]
    return None


@pytest.mark.slow
def test_two_racing_backfills_and_a_partition_run_killed_hard_then_retried_end_as_one_plain_load(
        new_postgresql_url, tmp_path, monkeypatch):
    folder = tmp_path / "seeds"
    make_files(folder, 900)  # 900 files in 2 partitions: each run parses with worker processes, for seconds
    lede, plain = new_postgresql_url(), new_postgresql_url()
    env = backfill_env(tmp_path, lede, dagster_url(new_postgresql_url()), 2)
    write_instance_yaml(Path(env["DAGSTER_HOME"]))
    for name in ("DAGSTER_HOME", "LEDE_DAGSTER_PG_URL", "LEDE_DB_URL", "LEDE_SEEDS_DIR", "LEDE_PARTITIONS"):
        monkeypatch.setenv(name, env[name])
    engine = make_engine(lede)
    upgrade_to_head(engine)
    engine.dispose()
    with dg.DagsterInstance.get() as instance:
        set_writers(instance, 4)
        daemon = start_daemon(tmp_path / "daemon.log")
        try:
            backfills = [launch_backfill(instance, "racing one"), launch_backfill(instance, "racing two")]
            run, pid = wait_for("a partition run loading", lambda: loading_partition_run(instance), seconds=300,
                                log=tmp_path / "daemon.log")
            os.kill(pid, signal.SIGKILL)
            # What run monitoring does once a run's process is gone: the run fails and its pool slot is freed.
            instance.report_run_failed(run, "its process was killed (SIGKILL) by the test")
            instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
            statuses = [wait_for_backfill(instance, backfill, timeout=600) for backfill in backfills]
            assert BulkActionStatus.COMPLETED_FAILED in statuses, statuses  # the killed run's backfill
        finally:
            stop_daemon(daemon)
            instance.wipe_daemon_heartbeats()

    retry = make_backfill(env)  # what an operator does: run the backfill again
    assert retry.returncode == 0, retry.stdout[-2000:] + retry.stderr[-3000:]
    refresh(plain, folder, "plain")
    assert_same_rows(lede, plain)
