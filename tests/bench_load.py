"""The load benchmark: a deterministic corpus through the whole Dagster graph, on SQLite and PostgreSQL, against
the raw driver inserting exactly the rows the cold load wrote."""

import multiprocessing
import os
import resource
import sqlite3
import subprocess
import tempfile
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import dagster as dg
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from models import make_engine
from pipelines.checks import checks
from pipelines.definitions import assets
from pipelines.load import BATCH_FILES, SQLITE_FULL_TEXT
from pipelines.resources import Database, SeedFolder
from pipelines.schema import upgrade_to_head
from tests.corpus import write_copies, write_corpus
from tests.processes import children, rss_mb

TABLES = ["source_files", "articles", "authors", "article_authors", "paragraphs", "speakers", "quotes",
          "quality_issues"]


def materialize(url: str, folder: Path, instance) -> tuple[float, dict]:
    started = time.perf_counter()
    result = dg.materialize([*assets, *checks], instance=instance,
                            resources={"db": Database(url=url), "seeds": SeedFolder(path=str(folder))})
    seconds = time.perf_counter() - started
    assert result.success
    events = [e.event_specific_data.materialization for e in result.get_asset_materialization_events()]
    metadata = {}
    for key in ("seed_files", "articles"):
        found = next(m for m in events if m.asset_key.path == [key])
        metadata |= {k: v.value for k, v in found.metadata.items() if not isinstance(v.value, str)}
    return seconds, metadata


def dump(url: str) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row the load wrote, table by table (columns the database computes itself left out)."""
    engine = make_engine(url)
    rows = {}
    with engine.connect() as conn:
        for table in TABLES:
            result = conn.execute(text(f"SELECT * FROM {table}"))
            columns = [c for c in result.keys() if c != "search"]
            rows[table] = (columns, [tuple(r._mapping[c] for c in columns) for r in result])
    engine.dispose()
    return rows


def raw_insert(url: str, rows: dict, staged: bool = True) -> float:
    """The physical reference: the raw driver alone (sqlite3 executemany, psycopg COPY) into the same schema, in
    one transaction.

    SQLite's full-text triggers index rows five times slower when each row is its own statement, so the reference
    does what lede does, at its best: the rows of a full-text table go through a temporary table and into the
    table in one INSERT ... SELECT per batch of BATCH_FILES articles. `staged=False` is the plain executemany.
    """
    engine = make_engine(url)
    upgrade_to_head(engine)  # same tables, indexes, constraints and full-text triggers as the load had
    engine.dispose()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        conn = sqlite3.connect(parsed.database, isolation_level=None)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        batches = max(1, -(-len(rows["articles"][1]) // BATCH_FILES))
        started = time.perf_counter()
        conn.execute("BEGIN")
        for table in TABLES:
            columns, values = rows[table]
            names, marks = ", ".join(columns), ", ".join("?" * len(columns))
            if not staged or table not in SQLITE_FULL_TEXT:
                conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", values)
                continue
            conn.execute(f"CREATE TEMP TABLE stage AS SELECT {names} FROM {table} WHERE 0")
            step = -(-len(values) // batches)
            for start in range(0, len(values), step):
                conn.executemany(f"INSERT INTO temp.stage VALUES ({marks})", values[start:start + step])
                conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM temp.stage")
                conn.execute("DELETE FROM temp.stage")
            conn.execute("DROP TABLE temp.stage")
        conn.execute("COMMIT")
        seconds = time.perf_counter() - started
        written = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
        conn.close()
        assert written == {table: len(rows[table][1]) for table in TABLES}, "the reference lost rows"
        return seconds
    import psycopg

    with psycopg.connect(parsed.set(drivername="postgresql").render_as_string(hide_password=False)) as conn:
        started = time.perf_counter()
        with conn.cursor() as cursor:
            for table in TABLES:
                columns, values = rows[table]
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for value in values:
                        copy.write_row(value)
        conn.commit()
        seconds = time.perf_counter() - started
        written = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
        assert written == {table: len(rows[table][1]) for table in TABLES}, "the reference lost rows"
        return seconds


def change_and_remove(folder: Path, share: float) -> int:
    files = sorted(folder.rglob("*.txt"))
    step = max(1, int(1 / share))
    for path in files[::step]:
        path.write_text(path.read_text() + "\nA correction was added to this article.\n")
    for path in files[step // 2::step]:
        path.unlink()
    return len(files[::step])


class Store:
    """A fresh database to load into and another for the raw reference, dropped afterwards."""

    def __init__(self, kind: str, tmp: Path, pg_url: str | None):
        self.kind, self.tmp, self.pg_url, self.made = kind, tmp, pg_url, []

    def new(self) -> str:
        if self.kind == "sqlite":
            return f"sqlite:///{self.tmp / f'{uuid.uuid4().hex[:8]}.db'}"
        name = f"lede_bench_{uuid.uuid4().hex[:10]}"
        admin = create_engine(self.pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        self.made.append(name)
        return make_url(self.pg_url).set(database=name).render_as_string(hide_password=False)

    def drop(self) -> None:
        if self.made:
            admin = create_engine(self.pg_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                for name in self.made:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def cpu_seconds() -> float:
    """CPU time of this process and of its parse workers (children, counted once they have exited)."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


class MemorySampler:
    """Peak memory of this process, of each parse worker and of all of them together, sampled every 0.1 s."""

    def __init__(self):
        self.workers = self.total = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            workers = [rss_mb(pid) for pid in children(os.getpid())]
            self.workers = max([self.workers, *workers])
            self.total = max(self.total, rss_mb() + sum(workers))

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *_):
        self._stop.set()
        self._thread.join()

    def figures(self) -> dict:
        return {"peak_rss_mb": round(rss_mb(field="VmHWM")), "peak_rss_workers_mb": round(self.workers),
                "peak_rss_all_processes_mb": round(self.total)}


def load_figures_in_own_process(articles: int, seed: int, kind: str = "sqlite", pg_url: str | None = None) -> dict:
    """load_figures in a fresh process, so that its peak memory is its own and not an earlier store's."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(load_figures, articles, seed, kind, pg_url).result()


def load_figures(articles: int, seed: int, kind: str = "sqlite", pg_url: str | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp, dg.instance_for_test() as instance:
        tmp = Path(tmp)
        folder = tmp / "seeds"
        corpus_bytes = write_corpus(folder, articles, seed)
        store = Store(kind, tmp, pg_url)
        try:
            url = store.new()
            cpu_before = cpu_seconds()
            with MemorySampler() as memory:
                cold, metadata = materialize(url, folder, instance)
            cores_busy = (cpu_seconds() - cpu_before) / cold
            peaks = memory.figures()  # the load's own: before this process holds every row for the reference
            rows = dump(url)
            row_count = sum(len(values) for _, values in rows.values())
            raw = raw_insert(store.new(), rows)
            plain = raw_insert(store.new(), rows, staged=False) if kind == "sqlite" else None
            unchanged, unchanged_meta = materialize(url, folder, instance)
            changed = change_and_remove(folder, 0.01)
            after_change, change_meta = materialize(url, folder, instance)
        finally:
            store.drop()
    load = metadata["write_seconds"]
    return {"store": kind, "articles": articles, "corpus_mb": round(corpus_bytes / 1e6, 1), "rows": row_count,
            "cold_load_s": round(cold, 2), "cold_articles_per_s": round(articles / cold),
            "cold_mb_per_s": round(corpus_bytes / 1e6 / cold, 2), "cold_cores_busy": round(cores_busy, 2),
            "parse_wait_s": metadata["parse_seconds"],
            "load_stage_s": load, "load_rows_per_s": round(row_count / load) if load else None,
            "raw_driver_s": round(raw, 2), "load_to_raw_ratio": round(load / raw, 2),
            "raw_plain_executemany_s": round(plain, 2) if plain else None,
            "load_to_plain_executemany_ratio": round(load / plain, 2) if plain else None,
            "rerun_unchanged_s": round(unchanged, 2), "rerun_unchanged_work_s": round(
                unchanged_meta["scan_seconds"] + unchanged_meta["parse_seconds"] + unchanged_meta["write_seconds"], 3),
            "rerun_1pct_changed_1pct_removed_s": round(after_change, 2), "files_changed": changed,
            "files_loaded_after_change": change_meta["files_loaded"], **peaks}


REPO = Path(__file__).resolve().parents[1]


def process_tree(pid: int) -> list[int]:
    """The process and all its descendants (make, the run, its parse workers)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
        parents.setdefault(parent, []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo += parents.get(current, [])
    return tree


def make_run(url: str, folder: Path, dagster_home: Path) -> dict:
    """`make run` as a user runs it, in its own processes: wall time, and peak memory of the whole process tree
    (summed, sampled every 0.1 s) and of its largest process (its own high-water mark)."""
    env = {**os.environ, "LEDE_DB_URL": url, "LEDE_SEEDS_DIR": str(folder)}
    started = time.perf_counter()
    process = subprocess.Popen(["make", "-s", "run", f"DAGSTER_HOME={dagster_home}"], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    total = largest = 0.0
    output = []
    reader = threading.Thread(target=lambda: output.extend(process.stdout), daemon=True)
    reader.start()
    while process.poll() is None:
        tree = process_tree(process.pid)
        total = max(total, sum(rss_mb(pid) for pid in tree))
        largest = max([largest, *(rss_mb(pid, field="VmHWM") for pid in tree)])
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    reader.join()
    if process.returncode:
        raise RuntimeError(f"make run failed ({process.returncode}):\n{''.join(output)[-2000:]}")
    return {"s": round(seconds, 2), "peak_tree_mb": round(total), "peak_process_mb": round(largest)}


def make_run_figures(folder: Path, kind: str = "sqlite", pg_url: str | None = None, scale: int = 4) -> dict:
    """Whole-process `make run` on a folder: cold into an empty database, again with nothing changed, and the
    same for `scale` copies of the folder (each copy its own articles)."""
    files = len(list(folder.glob("*.txt")))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = Store(kind, tmp, pg_url)
        scaled = tmp / "scaled"
        scaled_bytes = write_copies(folder, scaled, scale)
        try:
            url, scaled_url = store.new(), store.new()
            cold = make_run(url, folder, tmp / "home")
            noop = make_run(url, folder, tmp / "home")
            cold_scaled = make_run(scaled_url, scaled, tmp / "home_scaled")
            noop_scaled = make_run(scaled_url, scaled, tmp / "home_scaled")
        finally:
            store.drop()
    return {"store": kind, "files": files, "corpus_mb": round(scaled_bytes / scale / 1e6, 1),
            "cold_s": cold["s"], "cold_files_per_s": round(files / cold["s"]),
            "cold_peak_tree_mb": cold["peak_tree_mb"], "cold_peak_process_mb": cold["peak_process_mb"],
            "noop_s": noop["s"],
            f"x{scale}_files": files * scale, f"x{scale}_cold_s": cold_scaled["s"],
            f"x{scale}_cold_files_per_s": round(files * scale / cold_scaled["s"]),
            f"x{scale}_time_ratio": round(cold_scaled["s"] / cold["s"], 2),
            f"x{scale}_peak_tree_mb": cold_scaled["peak_tree_mb"],
            f"x{scale}_peak_process_mb": cold_scaled["peak_process_mb"],
            f"x{scale}_memory_ratio": round(cold_scaled["peak_tree_mb"] / cold["peak_tree_mb"], 2),
            f"x{scale}_noop_s": noop_scaled["s"]}
