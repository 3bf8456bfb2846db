"""How a backfill of partitions scales on this machine: articles a second with one run at a time and with
several in parallel, and what a run costs to start, through the real daemon, run queue and run processes, into a
fresh PostgreSQL database.

    LEDE_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test \\
        .venv/bin/python -m tests.bench_partitions [--corpus ../shared/data/corpus] [--partitions 8] [--runs 1 2]

For each number of parallel runs: a cold backfill of every partition (the instance's run queue and the lede_db
pool both set to that number), then the same backfill again with nothing changed (each run then costs only its
start-up and the ledger scan). The corpus defaults to ../shared/data/corpus (never copied into the repo), or the
generated one (tests/corpus.py) with --generate N.
"""

import argparse
import json
import os
import tempfile
import time
import uuid
from pathlib import Path
from statistics import mean

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]


def measure(server_url: str, corpus: Path, partitions: int, runs: int, work: Path) -> dict:
    name = f"lede_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    home = work / f"home_{runs}"
    home.mkdir()
    template = (ROOT / "dagster.yaml.template").read_text()
    (home / "dagster.yaml").write_text(template.replace("max_concurrent_runs: 4", f"max_concurrent_runs: {runs}"))
    os.environ.update({"DAGSTER_HOME": str(home), "LEDE_DB_URL": url, "LEDE_SEEDS_DIR": str(corpus),
                       "LEDE_PARTITIONS": str(partitions)})
    from dagster import DagsterEventType, DagsterInstance, RunsFilter
    from dagster._core.storage.tags import BACKFILL_ID_TAG

    from models import make_engine
    from pipelines.backfill import launch_backfill, set_writers, start_daemon, stop_daemon, wait_for_backfill
    from pipelines.schema import upgrade_to_head

    engine = make_engine(url)
    upgrade_to_head(engine)
    result = {"runs_in_parallel": runs, "partitions": partitions}
    try:
        with DagsterInstance.get() as instance:
            set_writers(instance, runs)
            daemon = start_daemon(home / "daemon.log")
            try:
                for phase in ("cold", "unchanged"):
                    started = time.monotonic()
                    backfill = launch_backfill(instance, f"bench {phase}")
                    status = wait_for_backfill(instance, backfill, timeout=7200)
                    wall = time.monotonic() - started
                    records = instance.get_run_records(RunsFilter(tags={BACKFILL_ID_TAG: backfill}))
                    loads = [r for r in records if r.dagster_run.tags.get("dagster/partition")]
                    startup = []
                    for record in records:
                        events = {e.event_log_entry.dagster_event_type: e.event_log_entry.timestamp
                                  for e in instance.get_records_for_run(record.dagster_run.run_id, of_type={
                                      DagsterEventType.RUN_STARTING, DagsterEventType.RUN_START}).records}
                        if len(events) == 2:
                            startup.append(events[DagsterEventType.RUN_START] - events[DagsterEventType.RUN_STARTING])
                    load_span = max(r.end_time for r in loads) - min(r.create_timestamp.timestamp() for r in loads)
                    with engine.connect() as conn:
                        articles = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
                    result[phase] = {
                        "status": status.value, "runs": len(records), "wall_seconds": round(wall, 1),
                        "partition_runs_span_seconds": round(load_span, 1),
                        "articles": articles,
                        "articles_per_second_partition_span": round(articles / load_span, 1),
                        "articles_per_second_wall": round(articles / wall, 1),
                        "run_startup_seconds_mean": round(mean(startup), 2) if startup else None,
                        "partition_run_seconds_mean": round(mean(r.end_time - r.start_time for r in loads), 2),
                    }
                    print(json.dumps({phase: result[phase], "runs_in_parallel": runs}), flush=True)
            finally:
                stop_daemon(daemon)
                instance.wipe_daemon_heartbeats()
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "data" / "corpus")
    parser.add_argument("--generate", type=int, default=0, help="use N generated articles instead")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--runs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    server = os.environ.get("LEDE_TEST_PG_URL")
    if not server:
        raise SystemExit("set LEDE_TEST_PG_URL to a PostgreSQL server (the benchmark makes its own database)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = args.corpus
        if args.generate:
            from tests.corpus import write_corpus

            corpus = work / "corpus"
            write_corpus(corpus, args.generate)
        elif not corpus.is_dir():
            raise SystemExit(f"{corpus} not found: pass --corpus or --generate N")
        results = [measure(server, corpus, args.partitions, runs, work) for runs in args.runs]
    print(f"uptime: {Path('/proc/loadavg').read_text().split()[:3]} (load average 1/5/15 min)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
