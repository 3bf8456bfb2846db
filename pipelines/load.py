"""Article values to rows: pending files are parsed (on every core when there are many) and written in batches.

A batch is one transaction, so a file is loaded whole or not at all, and a crash leaves its files pending. Rows of
a batch go in with one bulk insert per table. If the database refuses a batch (a value it will not store), the
batch is written again file by file, so that only the bad file fails, with the reason.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, bindparam, case, delete, func, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import aliased

from models import Article, ArticleAuthor, Author, Paragraph, QualityIssue, Quote, SourceFile, Speaker
from pipelines.buckets import Bucket
from pipelines.normalize import PARSER_VERSION
from pipelines.normalize.consolidate import name_key, plan_for_changes, surname_key, takes_part
from pipelines.parse import Normalized, read_and_normalize, start_worker
from pipelines.speaker_rollup import decide_speakers, mark_speakers, mark_undecided

_SPEAKER_LOCK = 7_102_025  # any constant: Postgres advisory lock between loads and the speaker clean-up
DEFAULT_MAX_BYTES = 20_000_000
DEADLOCK_ATTEMPTS = 5  # writes of a batch the server ended as one side of a deadlock
_DEADLOCK = "40P01"  # PostgreSQL's SQLSTATE for deadlock_detected
BATCH_FILES = 500  # files per transaction: bounded memory, few statements
PARALLEL_FROM = 400  # pending files from which parsing on every core pays for starting the workers
SQLITE_FULL_TEXT = ("paragraphs", "quotes")  # tables whose triggers keep an FTS5 index (migration 0003)


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    duplicates: list[str] = field(default_factory=list)
    parse_seconds: float = 0.0  # reading and normalizing (wall clock; on several cores when parallel)
    write_seconds: float = 0.0  # the database work: the load stage


def to_load():
    """The ledger rows a load takes: new or changed files, and those an older parser version loaded or failed."""
    stale = (SourceFile.status.in_(("loaded", "failed"))) & (
        (SourceFile.parser_version != PARSER_VERSION) | SourceFile.parser_version.is_(None))
    return or_(SourceFile.status == "pending", stale)


def pending_files(conn: Connection, bucket: Bucket | None = None) -> list[tuple[int, str]]:
    """Files to (re)load (of one bucket, or all)."""
    query = select(SourceFile.id, SourceFile.path).where(to_load())
    if bucket is not None:
        query = query.where(bucket.where(conn, SourceFile.path))
    return [(row.id, row.path) for row in conn.execute(query.order_by(SourceFile.path))]


def load_pending(engine: Engine, folder: Path, run_id: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, bucket: Bucket | None = None) -> LoadReport:
    """Load every pending file (of the bucket, for a partition run); a bad file is recorded with its reason and
    the others go on.

    Files freed by this run (duplicates of a file that changed or went) are taken in a second pass; those of
    another bucket are left to the step after all partitions.
    """
    report = LoadReport()
    attempted: set[int] = set()
    with engine.connect() as conn:
        todo = pending_files(conn, bucket)
    with _parsers(len(todo)) as pool:
        for _ in range(2):
            todo = [(file_id, path) for file_id, path in todo if file_id not in attempted]
            batches = [todo[start:start + BATCH_FILES] for start in range(0, len(todo), BATCH_FILES)]
            ahead = _parse(pool, folder, batches[0], max_bytes) if batches else None
            for n, batch in enumerate(batches):
                began = time.perf_counter()
                values = list(ahead)
                report.parse_seconds += time.perf_counter() - began
                # the workers parse the next batch while this one is written
                ahead = _parse(pool, folder, batches[n + 1], max_bytes) if n + 1 < len(batches) else None
                attempted.update(file_id for file_id, _ in batch)
                began = time.perf_counter()
                with _stops_after_the_write():
                    _write(engine, list(zip(batch, values, strict=True)), run_id, report)
                report.write_seconds += time.perf_counter() - began
            with engine.connect() as conn:
                todo = pending_files(conn, bucket)
    if report.loaded or report.failed or report.duplicates:
        with engine.begin() as conn:
            delete_orphan_authors(conn)
    return report


def _parse(pool: Executor | None, folder: Path, batch: list[tuple[int, str]], max_bytes: int):
    """The batch's values: submitted to the workers at once (collected later), or parsed here and now."""
    paths = [path for _, path in batch]
    if pool is None:
        return [read_and_normalize(folder, path, max_bytes) for path in paths]
    # a few files per round trip to a worker: fewer messages, and still work for every core
    return pool.map(read_and_normalize, [folder] * len(paths), paths, [max_bytes] * len(paths),
                    chunksize=max(1, len(paths) // 8))


@contextmanager
def _parsers(files: int) -> Iterator[Executor | None]:
    """Worker processes for parsing when there is enough work for them, else None (parse in this process)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if files < PARALLEL_FROM or cores < 2:
        yield None
        return
    # spawn: clean workers, safe in a threaded host such as Dagster, and children of this process, so that their
    # CPU time and memory show in its resource usage (the benchmark reports them)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=cores, mp_context=context, initializer=start_worker) as pool:
        yield pool


@contextmanager
def _stops_after_the_write() -> Iterator[None]:
    """Ctrl-C or SIGTERM during a batch's write takes effect once the batch is committed (a second or so).

    Dagster raises the stop wherever the step is; inside a driver call that leaves the connection mid-protocol
    (a PostgreSQL COPY cannot even be rolled back then), and the pool reports a traceback on the way out.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # signals only reach the main thread; nothing to hold back here
        return
    received: list[int] = []
    stops = (signal.SIGINT, signal.SIGTERM)
    handlers = {stop: signal.getsignal(stop) for stop in stops}
    for stop in stops:
        signal.signal(stop, lambda signum, _frame: received.append(signum))
    try:
        yield
    finally:
        for stop, handler in handlers.items():
            signal.signal(stop, handler)
    if received:  # now the stop happens, as it would have between two batches
        handler = handlers[received[0]]
        if callable(handler):
            handler(received[0], None)
        elif handler == signal.SIG_DFL:
            signal.raise_signal(received[0])


def _write(engine: Engine, batch: list[tuple[tuple[int, str], Normalized | str]], run_id: str | None,
           report: LoadReport) -> None:
    """Write a batch in one transaction; if the database refuses it, file by file, so only the bad one fails."""
    failed = [(file, reason) for file, reason in batch if isinstance(reason, str)]
    good = [(file, value) for file, value in batch if not isinstance(value, str)]
    try:
        outcomes = _store_in_transaction(engine, good, run_id)
    except (DataError, IntegrityError):
        outcomes = {}
        for file, value in good:
            try:
                outcomes |= _store_in_transaction(engine, [(file, value)], run_id)
            except (DataError, IntegrityError) as exc:
                failed.append((file, f"the database refused its rows: {str(exc.orig).strip()}"))
    for (_, path), outcome in sorted(outcomes.items()):
        {"loaded": report.loaded, "duplicate": report.duplicates}.get(outcome, []).append(path)
    for (file_id, path), reason in failed:
        _mark_failed(engine, file_id, reason, run_id)
        report.failed.append((path, reason))


def _store_in_transaction(engine: Engine, batch: list[tuple[tuple[int, str], Normalized]], run_id: str | None
                          ) -> dict[tuple[int, str], str]:
    """`_store` in a transaction of its own. Two loads in parallel (PostgreSQL partitions) can wait on each other's
    speaker rows; the server then ends one of them (a deadlock), which is rolled back and written again."""
    attempt = 1
    while True:
        try:
            with engine.begin() as conn:
                return _store(conn, batch, run_id)
        except Exception as exc:
            if getattr(getattr(exc, "orig", exc), "sqlstate", None) != _DEADLOCK or attempt == DEADLOCK_ATTEMPTS:
                raise
            attempt += 1


def _store(conn: Connection, batch: list[tuple[tuple[int, str], Normalized]], run_id: str | None
           ) -> dict[tuple[int, str], str]:
    """Replace the rows of the batch's files (or record them as duplicates) in the caller's transaction.

    Returns each file's outcome: loaded, duplicate, or unchanged (another run loaded this very content).
    """
    if not batch:
        return {}
    _speaker_lock(conn, shared=True)
    _text_locks(conn, {value.text_sha256 for _, value in batch})
    ids = [file_id for (file_id, _), _ in batch]
    # Lock the ledger rows (Postgres): two runs never load one file at once; skip what another run just did.
    current = {row.id: row for row in conn.execute(
        select(SourceFile.id, SourceFile.status, SourceFile.sha256, SourceFile.parser_version)
        .where(SourceFile.id.in_(ids)).with_for_update())}
    outcomes: dict[tuple[int, str], str] = {}
    todo = []
    for file, value in batch:
        row = current[file[0]]
        if row.status == "loaded" and row.sha256 == value.sha256 and row.parser_version == PARSER_VERSION:
            outcomes[file] = "unchanged"
        else:
            todo.append((file, value))
    if not todo:
        return outcomes

    # One text, one loaded file: the first name in path order, whichever arrived first, so that partitions loaded
    # in any order, and reloads, end as one fresh load of the folder would.
    hashes = {value.text_sha256 for _, value in todo}
    loaded = {}
    for row in conn.execute(select(SourceFile.id, SourceFile.path, SourceFile.text_sha256).where(
            SourceFile.text_sha256.in_(hashes), SourceFile.status == "loaded", SourceFile.id.not_in(ids))
            .order_by(SourceFile.path)):
        loaded.setdefault(row.text_sha256, (row.id, row.path))
    winners: dict[str, tuple[int, str]] = {}
    for file, value in todo:
        contenders = [file, winners.get(value.text_sha256) or loaded.get(value.text_sha256)]
        winners[value.text_sha256] = min((f for f in contenders if f), key=lambda f: f[1])
    loads = [(file, value) for file, value in todo if winners[value.text_sha256] == file]
    duplicates = [(file, value, winners[value.text_sha256]) for file, value in todo
                  if winners[value.text_sha256] != file]
    for text_sha256, old in loaded.items():
        if winners.get(text_sha256, old) != old:
            _displace(conn, old, winners[text_sha256], text_sha256)

    now = _now()
    todo_ids = [file_id for (file_id, _), _ in todo]
    flag_speakers_of(conn, todo_ids)
    conn.execute(delete(Article).where(Article.source_file_id.in_(todo_ids)))  # cascades to paragraphs, quotes
    conn.execute(delete(QualityIssue).where(QualityIssue.source_file_id.in_(todo_ids)))
    _insert_rows(conn, loads)
    mark_undecided(conn, [file_id for (file_id, _), _ in loads])  # and those gaining their new ones

    def ledger(file, value, **values):
        return {"b_id": file[0], "sha256": value.sha256, "size_bytes": value.size_bytes, "encoding": value.encoding,
                "text_sha256": value.text_sha256, "parser_version": PARSER_VERSION, "loaded_at": now,
                "run_id": run_id, **values}

    rows = [ledger(file, value, status="loaded", error=None, duplicate_of_id=None) for file, value in loads]
    rows += [ledger(file, value, status="duplicate", error=f"same text as {original[1]}, which is loaded",
                    duplicate_of_id=original[0]) for file, value, original in duplicates]
    conn.execute(update(SourceFile).where(SourceFile.id == bindparam("b_id")), rows)
    # Files that duplicated one of these files' old text are free to load as themselves (next pass).
    original = aliased(SourceFile)
    twin = select(original.text_sha256).where(original.id == SourceFile.duplicate_of_id).scalar_subquery()
    conn.execute(update(SourceFile).where(
        SourceFile.duplicate_of_id.in_([file_id for (file_id, _), _ in loads]), SourceFile.status == "duplicate",
        SourceFile.text_sha256 != twin).values(status="pending", duplicate_of_id=None, error=None))
    outcomes |= {file: "loaded" for file, _ in loads}
    outcomes |= {file: "duplicate" for file, _, _ in duplicates}
    return outcomes


def _displace(conn: Connection, old: tuple[int, str], new: tuple[int, str], text_sha256: str) -> None:
    """The loaded file `old` becomes a duplicate of `new` (same text, earlier name), and so do its duplicates."""
    error = f"same text as {new[1]}, which is loaded"
    demoted = conn.execute(update(SourceFile).where(  # unless a run in flight has just changed or removed it
        SourceFile.id == old[0], SourceFile.status == "loaded", SourceFile.text_sha256 == text_sha256)
        .values(status="duplicate", duplicate_of_id=new[0], error=error))
    if demoted.rowcount:
        delete_rows(conn, old[0])
        conn.execute(update(SourceFile).where(SourceFile.duplicate_of_id == old[0], SourceFile.status == "duplicate")
                     .values(duplicate_of_id=new[0], error=error))


def _text_locks(conn: Connection, hashes: set[str]) -> None:
    """Postgres: runs holding the same text (copies of one article, in different partitions) take turns, so that
    the rule of the first name is applied to what the other has committed. (SQLite has one writer anyway.)"""
    if conn.dialect.name == "postgresql" and hashes:
        keys = sorted(int(h[:15], 16) for h in hashes)  # sorted: two runs lock in the same order, no deadlock
        conn.execute(text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[])) AS k"),
                     {"keys": keys})


def _insert_rows(conn: Connection, loads: list[tuple[tuple[int, str], Normalized]]) -> None:
    """Articles, authors, paragraphs, speakers, quotes and issues of many files, each table in one bulk insert
    through the driver itself (executemany on SQLite, COPY on Postgres): the same path as the raw reference."""
    if not loads:
        return
    article_ids = _reserve_ids(conn, "articles", len(loads))
    _bulk_insert(conn, "articles",
                 ("id", "source_file_id", "title", "published_on", "byline", "word_count", "standfirst"), [
        (article_id, file_id, *n.article) for article_id, ((file_id, _), n) in zip(article_ids, loads, strict=True)])

    author_ids = _ids_by_name(conn, Author, {name: {} for _, n in loads for name in n.authors})
    _bulk_insert(conn, "article_authors", ("article_id", "author_id", "position"), [
        (article_id, author_ids[name], i) for article_id, (_, n) in zip(article_ids, loads, strict=True)
        for i, name in enumerate(n.authors)])

    kinds: dict[str, str] = {}
    for _, n in loads:
        for name, kind in n.speakers.items():
            kinds[name] = max(kinds.get(name, kind), kind, key=KIND_RANK.__getitem__)
    speaker_ids = _ids_by_name(conn, Speaker, {name: speaker_columns(name, kind) for name, kind in kinds.items()},
                               _stronger_kind)
    paragraph_ids = _reserve_ids(conn, "paragraphs", sum(len(n.paragraphs) for _, n in loads))
    paragraphs, quotes, first = [], [], 0
    for article_id, (_, n) in zip(article_ids, loads, strict=True):
        # the paragraph at position i (positions count from 0) gets ids[i]
        ids = paragraph_ids[first:first + len(n.paragraphs)]
        first += len(ids)
        paragraphs += [(row_id, article_id, *p) for row_id, p in zip(ids, n.paragraphs, strict=True)]
        quotes += [(article_id, ids[at], position, kind, text, speaker_ids.get(speaker), *rest)
                   for at, position, kind, text, speaker, *rest in n.quotes]
    _bulk_insert(conn, "paragraphs", ("id", "article_id", "position", "kind", "text", "char_start", "char_end"),
                 paragraphs)
    _bulk_insert(conn, "quotes", ("article_id", "paragraph_id", "position", "kind", "text", "speaker_id",
                                  "speaker_mention", "cue", "char_start", "char_end", "article_gender",
                                  "article_gender_evidence", "cluster_key"), quotes)
    _bulk_insert(conn, "quality_issues", ("source_file_id", "code", "detail", "paragraph_position"), [
        (file_id, *issue) for (file_id, _), n in loads for issue in n.issues])


def _reserve_ids(conn: Connection, table: str, count: int) -> list[int]:
    """Ids for rows about to be inserted, so that rows referring to them go in the same bulk insert.

    Postgres hands them out from the table's sequence (safe with parallel writers); SQLite writers hold the write
    lock from BEGIN (IMMEDIATE), so the ids after the largest one are this transaction's alone.
    """
    if count == 0:
        return []
    if conn.dialect.name == "postgresql":
        return list(conn.execute(text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
                                      "FROM generate_series(1, :n)"), {"n": count}).scalars())
    first = conn.execute(text(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")).scalar_one()
    return list(range(first, first + count))


def _bulk_insert(conn: Connection, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        import psycopg

        statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        try:
            with conn.connection.driver_connection.cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
        except (psycopg.errors.DataError, psycopg.errors.IntegrityError) as exc:
            # as SQLAlchemy would have raised it, so that the batch is retried file by file
            kind = IntegrityError if isinstance(exc, psycopg.errors.IntegrityError) else DataError
            raise kind(statement, None, exc) from exc
        return
    names, marks = ", ".join(columns), ", ".join("?" * len(columns))
    if table not in SQLITE_FULL_TEXT:
        conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
        return
    # The full-text triggers index a row five times slower when each row is its own statement (FTS5 flushes its
    # pending terms per statement): stage the rows, then insert them in one statement, triggers and all.
    stage = f"temp.staged_{table}"
    conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS staged_{table} AS SELECT {names} FROM {table} WHERE 0")
    conn.exec_driver_sql(f"INSERT INTO {stage} ({names}) VALUES ({marks})", rows)
    conn.exec_driver_sql(f"INSERT INTO {table} ({names}) SELECT {names} FROM {stage}")
    conn.exec_driver_sql(f"DELETE FROM {stage}")


def delete_orphan_authors(conn: Connection) -> None:
    """Authors of no article any more (their files changed or went away). Postgres: alone, as the speaker clean-up,
    so that it never deletes an author that a load in flight (a parallel partition) is just linking to."""
    _speaker_lock(conn, shared=False)
    conn.execute(delete(Author).where(~Author.id.in_(select(ArticleAuthor.author_id))))


def _mark_failed(engine: Engine, file_id: int, reason: str, run_id: str | None) -> None:
    with engine.begin() as conn:
        conn.execute(select(SourceFile.id).where(SourceFile.id == file_id).with_for_update())
        delete_rows(conn, file_id)
        conn.execute(update(SourceFile).where(SourceFile.id == file_id).values(
            status="failed", error=reason, parser_version=PARSER_VERSION, loaded_at=_now(), run_id=run_id,
            duplicate_of_id=None))
        release_duplicates(conn, [file_id])


def delete_rows(conn: Connection, file_id: int) -> None:
    """Everything a file loaded (its article cascades to paragraphs and quotes) and its quality issues."""
    flag_speakers_of(conn, [file_id])
    conn.execute(delete(Article).where(Article.source_file_id == file_id))
    conn.execute(delete(QualityIssue).where(QualityIssue.source_file_id == file_id))


def release_duplicates(conn: Connection, file_ids: list[int]) -> None:
    """Files that were duplicates of these (now failed or gone) load again as themselves."""
    conn.execute(update(SourceFile).where(SourceFile.duplicate_of_id.in_(file_ids), SourceFile.status ==
                                          "duplicate").values(status="pending", duplicate_of_id=None, error=None))


def insert_ignoring_duplicates(conn: Connection, model, key: str):
    """INSERT ... ON CONFLICT (key) DO NOTHING, in the connection's dialect: racing runs never fail on it."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(model.__table__).on_conflict_do_nothing(index_elements=[key])


def _ids_by_name(conn: Connection, model, rows: dict[str, dict], on_conflict=None) -> dict[str, int]:
    """Insert the names that are missing (racing runs may both try: the unique name decides), then look all up.
    `on_conflict(statement)`: what an existing row takes from the new one, instead of nothing."""
    if not rows:
        return {}
    # sorted, so that two transactions adding the same names lock them in the same order (no deadlock)
    rows_to_add = [{"name": name, **rows[name]} for name in sorted(rows)]
    statement = insert_ignoring_duplicates(conn, model, "name") if on_conflict is None else on_conflict(conn)
    conn.execute(statement, rows_to_add)
    found = conn.execute(select(model.id, model.name).where(model.name.in_(list(rows))))
    return {row.name: row.id for row in found}


ESTIMATED_FROM = 1_000_000  # rows: from here PostgreSQL's statistics count a table


def table_counts(conn: Connection, models: Sequence = (Article, Paragraph, Quote, Speaker, QualityIssue),
                 estimated_from: int = ESTIMATED_FROM) -> dict[str, int]:
    """Rows per table. Exact, except that on PostgreSQL a table of `estimated_from` rows or more is counted from
    the planner's statistics (`pg_class.reltuples`, which autovacuum keeps current): count(*) there reads the whole
    table, and the summary of a run that changed nothing must cost the same at any size."""
    counts = {}
    for model in models:
        name = model.__tablename__
        if conn.dialect.name == "postgresql":
            estimate = conn.execute(text("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(:name)"),
                                    {"name": name}).scalar()
            if estimate is not None and estimate >= estimated_from:
                counts[name] = estimate
                continue
        counts[name] = conn.execute(select(func.count()).select_from(model)).scalar_one()
    return counts


def _speaker_lock(conn: Connection, shared: bool) -> None:
    """Postgres: loads share this lock, the speaker clean-up takes it alone, so it never drops a speaker that a
    load in flight has just looked up. (SQLite runs one writer at a time anyway.)"""
    if conn.dialect.name == "postgresql":
        function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
        conn.execute(text(f"SELECT {function}(:key)"), {"key": _SPEAKER_LOCK})


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def speakers_waiting(conn: Connection) -> bool:
    """Some speaker waits for the speakers step: flagged for the clean-up, or its gender undecided. Two indexed
    lookups, whatever the number of speakers."""
    return any(conn.execute(select(Speaker.id).where(waiting).limit(1)).first() is not None
               for waiting in (Speaker.needs_consolidation.is_(True), Speaker.gender.is_(None)))


def refresh_speakers(engine: Engine) -> tuple[int, int]:
    """The speakers step: merge and drop speakers after the loads, then decide again the gender and quote clusters
    of those whose quotes changed; returns (merged, decided)."""
    return consolidate_speakers(engine), decide_speakers(engine)


def consolidate_speakers(engine: Engine) -> int:
    """Merge speakers that are one real speaker across articles, drop speakers nobody quotes; returns merges.

    Only the speakers that came, or lost quotes, since the last clean-up are looked at (the loads flag them), and
    the names they may merge with are found through the indexed key columns: the cost follows the change. With
    nothing flagged it is one indexed query.
    """
    merged = 0
    with engine.begin() as conn:
        _speaker_lock(conn, shared=False)
        flagged = Speaker.needs_consolidation.is_(True)
        if conn.execute(select(Speaker.id).where(flagged).limit(1)).first() is None:
            return 0
        unquoted = ~select(Quote.id).where(Quote.speaker_id == Speaker.id).exists()
        changed = {key for name, key in conn.execute(select(Speaker.name, Speaker.name_key).where(
            flagged, Speaker.kind == "person")) if takes_part(name)}
        conn.execute(delete(Speaker).where(flagged, unquoted))
        index = _SpeakerTable(conn)
        while plan := plan_for_changes(changed, index):
            for source, target in plan.items():
                conn.execute(update(Quote).where(Quote.speaker_id == source).values(speaker_id=target))
            # the merged rows are gone: the names they stood in the way of may merge now
            changed = set(conn.execute(select(Speaker.name_key).where(Speaker.id.in_(list(plan)))).scalars())
            conn.execute(delete(Speaker).where(Speaker.id.in_(list(plan))))
            mark_speakers(conn, sorted(set(plan.values())))  # their gender and clusters now weigh more quotes
            merged += len(plan)
        conn.execute(update(Speaker).where(flagged).values(needs_consolidation=False))
    return merged


class _SpeakerTable:
    """The speakers table as the `SpeakerIndex` of consolidate.py: lookups through its indexed key columns."""

    CHUNK = 500  # values in one IN list

    def __init__(self, conn: Connection):
        self.conn = conn
        self.person = Speaker.kind == "person"

    def _rows(self, *where) -> list[tuple[int, str]]:
        return [(row_id, key) for row_id, name, key in self.conn.execute(
            select(Speaker.id, Speaker.name, Speaker.name_key).where(self.person, *where)) if takes_part(name)]

    def same_surname(self, surnames):
        values = sorted(surnames)
        return [row for start in range(0, len(values), self.CHUNK)
                for row in self._rows(Speaker.surname_key.in_(values[start:start + self.CHUNK]))]

    def damaged_of_length(self, lengths):
        return self._rows(Speaker.key_length.in_(sorted(lengths)), Speaker.name_key.contains("?"))

    def lost_letter_matches(self, key):
        pattern = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("?", "_")
        return self._rows(Speaker.key_length == len(key), Speaker.name_key.like(pattern, escape="\\"))


# When files disagree on what a name is ("Manchester United" a body in one article, a person in another where its
# name stood like one), the speaker row takes the strongest kind any file gives it, whatever the order the files
# load in (partitions, batches, reruns): a body over a person (names of bodies are the ones mistaken for people far
# more often than the reverse), and either over unknown.
KIND_RANK = {"unknown": 0, "person": 1, "organization": 2}


def _stronger_kind(conn: Connection):
    """INSERT ... ON CONFLICT (name) DO UPDATE SET kind = the new kind, only where it ranks higher."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(Speaker.__table__)

    def rank(column):
        return case(*((column == kind, value) for kind, value in KIND_RANK.items()), else_=0)

    return statement.on_conflict_do_update(index_elements=["name"], set_={"kind": statement.excluded.kind},
                                           where=rank(statement.excluded.kind) > rank(Speaker.__table__.c.kind))


def speaker_columns(name: str, kind: str) -> dict:
    """A new speaker row: its kind and the keys the clean-up looks it up by."""
    key = name_key(name)
    return {"kind": kind, "name_key": key, "surname_key": surname_key(key), "key_length": len(key)}


def flag_speakers_of(conn: Connection, file_ids: list[int]) -> None:
    """The speakers quoted in these files' articles, about to be replaced or dropped: the next speakers step looks
    at them (a speaker nobody quotes any more goes; a name gone may let others merge; the gender is decided
    again)."""
    _speaker_lock(conn, shared=True)
    quoted = (select(Quote.speaker_id).join(Article, Article.id == Quote.article_id)
              .where(Article.source_file_id.in_(file_ids), Quote.speaker_id.is_not(None)))
    # locked in id order first (Postgres): two loads flagging the same speakers take turns. FOR NO KEY UPDATE, the
    # lock the update below takes anyway: FOR UPDATE would also block the key-share lock that another load's new
    # quotes take on these speakers (their foreign key), and the two loads would deadlock.
    ids = list(conn.execute(select(Speaker.id).where(Speaker.id.in_(quoted))
                            .order_by(Speaker.id).with_for_update(key_share=True)).scalars())
    if ids:
        conn.execute(update(Speaker).where(Speaker.id.in_(ids), Speaker.needs_consolidation.is_(False))
                     .values(needs_consolidation=True))
    mark_speakers(conn, ids)  # and their gender and quote clusters are decided again
