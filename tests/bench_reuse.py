"""Quotes that travel at scale: a generated load (tests/corpus.py) of about a million quotes, then what the
speakers step and the new views cost there: timings and SQLite's query plan.

    .venv/bin/python -m tests.bench_reuse [--articles 50000] [--pg POSTGRES_URL]

The generated corpus is the hard case for `v_quote_reuse`: its quotes repeat a few sentences, so nearly every
quote is in a cluster that several articles carry, and the view must read them all. On real news most clusters
are one article's and the view reads only the (cluster_key, article_id) index for them.
"""

import argparse
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from models import make_engine
from pipelines.ledger import sync_ledger
from pipelines.load import consolidate_speakers, load_pending
from pipelines.schema import upgrade_to_head
from pipelines.speaker_rollup import decide_speakers
from tests.corpus import write_corpus

QUERIES = {
    "clusters in 2+ articles": "SELECT count(*) FROM v_quote_reuse",
    "top 10 clusters": "SELECT words, articles, first_published FROM v_quote_reuse ORDER BY articles DESC LIMIT 10",
    "one cluster": "SELECT * FROM v_quote_reuse WHERE cluster_key = (SELECT max(cluster_key) FROM quotes)",
    "gender balance": "SELECT * FROM v_gender_balance",
}


def timed(conn, sql: str) -> tuple[float, list]:
    started = time.perf_counter()
    rows = conn.execute(text(sql)).all()
    return time.perf_counter() - started, rows


def run(url: str, folder: Path) -> None:
    engine = make_engine(url)
    upgrade_to_head(engine)
    started = time.perf_counter()
    sync_ledger(engine, folder, "*.txt")
    load_pending(engine, folder, "bench")
    loaded = time.perf_counter()
    consolidate_speakers(engine)
    merged = time.perf_counter()
    decided = decide_speakers(engine)
    done = time.perf_counter()
    print(f"{engine.dialect.name}: load {loaded - started:.1f} s, speaker merge {merged - loaded:.1f} s, "
          f"gender and fragments for {decided} speakers {done - merged:.1f} s")
    with engine.connect() as conn:
        counts = conn.execute(text("SELECT count(*), count(cluster_key), count(DISTINCT cluster_key) "
                                   "FROM quotes")).one()
        print(f"  quotes {counts[0]:,}, with a cluster key {counts[1]:,}, clusters {counts[2]:,}")
        for name, sql in QUERIES.items():
            seconds, rows = timed(conn, sql)
            print(f"  {name}: {seconds:.2f} s ({len(rows)} rows)")
        explain = ("EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN ") + \
            "SELECT * FROM v_quote_reuse"
        print("  plan of SELECT * FROM v_quote_reuse:")
        for row in conn.execute(text(explain)):
            print("    " + " | ".join(str(v) for v in row))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--pg", help="also load into this (empty) PostgreSQL database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "seeds"
        megabytes = write_corpus(folder, args.articles) / 1e6
        print(f"{args.articles} generated articles, {megabytes:.0f} MB")
        run(f"sqlite:///{tmp}/reuse.db", folder)
        if args.pg:
            run(args.pg, folder)


if __name__ == "__main__":
    main()
