"""Assets: thin wiring around the plain functions in schema.py, ledger.py and load.py."""


import time
from collections.abc import Iterator

import dagster as dg
from sqlalchemy import Connection, func, select, text

from models import Article, Paragraph, Quote, SourceFile, Speaker
from models.views import VIEWS
from pipelines.buckets import Bucket
from pipelines.errors import require_current_schema
from pipelines.ledger import sync_ledger
from pipelines.load import load_pending, refresh_speakers, table_counts
from pipelines.resources import Database, SeedFolder
from pipelines.schema import upgrade_to_head

POOL = "lede_db"  # one writer at a time for SQLite (dagster.yaml sets the limit)
GROUP = "lede"
OWNERS = ["team:newsroom-data"]
PREVIEW_ROWS = 5


def column_schema(model, asset: str) -> dict:
    """The table's columns as the UI shows them, read from the SQLAlchemy model (the one place they are defined),
    and the columns of the views built on it (models/views.py), each under its view's name."""
    columns = [dg.TableColumn(name=c.name, type=str(c.type).lower(), description=c.comment or "")
               for c in model.__table__.columns]
    views = {f"view {v.name}": dg.TableSchema(columns=[dg.TableColumn(name=name, description=description)
                                                       for name, description in v.columns.items()])
             for v in VIEWS.values() if v.asset == asset}
    return {"dagster/column_schema": dg.TableSchema(columns=columns), "dagster/table_name": model.__tablename__,
            **views}


def markdown_table(conn: Connection, sql: str, limit: int = PREVIEW_ROWS) -> dg.MetadataValue:
    """A few rows of a query as a Markdown table, for the UI's preview."""
    result = conn.execute(text(f"{sql} LIMIT {int(limit)}"))
    columns = list(result.keys())
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in result:
        cells = [("" if v is None else str(v)).replace("|", "\\|").replace("\n", " ") for v in row]
        lines.append("| " + " | ".join(c if len(c) <= 80 else c[:77] + "..." for c in cells) + " |")
    return dg.MetadataValue.md("\n".join(lines))


@dg.asset(group_name=GROUP, pool=POOL, kinds={"alembic"}, owners=OWNERS,
          description="The database schema at the Alembic head (`alembic upgrade head`; a no-op when at head).")
def database_schema(db: Database) -> dg.MaterializeResult:
    revision = upgrade_to_head(db.engine)
    return dg.MaterializeResult(metadata={"revision": revision, "database": db.display_url})


def run_bucket(context: dg.AssetExecutionContext) -> Bucket | None:
    """The share of the files this run handles: its partition's bucket (pipelines/partitions.py), or all (None)."""
    return Bucket.from_key(context.partition_key) if context.has_partition_key else None


@dg.asset(group_name=GROUP, pool=POOL, deps=[database_schema], kinds={"sql"}, owners=OWNERS,
          metadata=column_schema(SourceFile, "seed_files"),
          description="The ledger `source_files`: every seed file with its hash and status. New and changed "
                      "files are marked pending; removed files lose their rows.")
def seed_files(context: dg.AssetExecutionContext, db: Database, seeds: SeedFolder) -> dg.MaterializeResult:
    require_current_schema(db.engine)
    started = time.perf_counter()
    report = sync_ledger(db.engine, seeds.folder, seeds.pattern, run_bucket(context))
    scan_seconds = time.perf_counter() - started
    with db.engine.connect() as conn:
        rows = conn.execute(select(func.count()).select_from(SourceFile)).scalar_one()
        preview = markdown_table(conn, "SELECT path, status, size_bytes, loaded_at, error FROM source_files "
                                       "ORDER BY id DESC")  # the newest rows, by the primary key: no sort
    return dg.MaterializeResult(metadata={
        "dagster/row_count": rows,
        "files_new": len(report.new), "files_changed": len(report.changed), "files_unchanged": report.unchanged,
        "files_removed": len(report.removed), "files_stale_parser": report.stale,
        "scan_seconds": round(scan_seconds, 3),
        "nothing_to_do": not (report.new or report.changed or report.removed or report.stale),
        "preview": preview,
    })


@dg.multi_asset(
    specs=[
        dg.AssetSpec("articles", deps=[seed_files], group_name=GROUP, kinds={"sql"}, owners=OWNERS,
                     metadata=column_schema(Article, "articles"),
                     description="One row per loaded article: title, date, byline, word count (view v_articles)."),
        dg.AssetSpec("paragraphs", deps=[seed_files], group_name=GROUP, kinds={"sql"}, owners=OWNERS,
                     metadata=column_schema(Paragraph, "paragraphs"),
                     description="Paragraphs with kind (body, blockquote, footer) and span in the decoded file."),
        dg.AssetSpec("quotes", deps=[seed_files], group_name=GROUP, kinds={"sql"}, owners=OWNERS,
                     metadata=column_schema(Quote, "quotes"),
                     description="Quoted stretches with kind, cue, speaker as written and resolved speaker "
                                 "(view v_quotes)."),
    ],
    pool=POOL,
)
def article_tables(context: dg.AssetExecutionContext, db: Database,
                   seeds: SeedFolder) -> Iterator[dg.MaterializeResult]:
    """Parse and load every pending file, each in one transaction; a bad file is recorded and skipped."""
    require_current_schema(db.engine)
    report = load_pending(db.engine, seeds.folder, context.run.run_id, seeds.max_bytes, run_bucket(context))
    for path, reason in report.failed:
        context.log.warning(f"{path}: {reason}")
    files = {"files_loaded": len(report.loaded), "files_failed": len(report.failed),
             "files_duplicate": len(report.duplicates),
             "nothing_to_do": not (report.loaded or report.failed or report.duplicates),
             "parse_seconds": round(report.parse_seconds, 3), "write_seconds": round(report.write_seconds, 3)}
    with db.engine.connect() as conn:
        counts = table_counts(conn)
        # Each preview walks a primary key or a unique index and stops after PREVIEW_ROWS rows: its cost does not
        # grow with the tables (ordering a whole view, as by date, would).
        previews = {
            "articles": "SELECT title, authors, published_on, paragraph_count, quote_count FROM v_articles "
                        "WHERE article_id IN (SELECT id FROM articles ORDER BY id DESC "
                        f"LIMIT {PREVIEW_ROWS}) ORDER BY article_id DESC",
            "paragraphs": "SELECT article_id, position, kind, text FROM paragraphs ORDER BY article_id, position",
            "quotes": "SELECT speaker, quote_kind, quote_text, article_title FROM v_quotes "
                      "WHERE quote_kind <> 'scare' ORDER BY quote_id",
        }
        for asset, sql in previews.items():
            yield dg.MaterializeResult(asset_key=asset, metadata={
                "dagster/row_count": counts[asset], **files, "preview": markdown_table(conn, sql)})


@dg.asset(group_name=GROUP, pool=POOL, deps=["quotes"], kinds={"sql"}, owners=OWNERS,
          metadata=column_schema(Speaker, "speakers"),
          description="People and bodies quoted, one row per real speaker: surname-only and damaged names are "
                      "merged into the one full name they stand for; speakers nobody quotes any more are dropped. "
                      "The gender of each speaker whose quotes changed is decided again from all its evidence, "
                      "and fragments of its longer quotes join their clusters (v_gender_balance, v_quote_reuse).")
def speakers(context: dg.AssetExecutionContext, db: Database, seeds: SeedFolder) -> dg.MaterializeResult:
    require_current_schema(db.engine)
    if context.job_def.asset_layer.asset_graph.get(dg.AssetKey("quotes")).partitions_def is not None:
        # after all partitions: load what one partition freed in another's bucket after that one had run (the
        # duplicate of a file that changed or went); nothing, as a rule
        leftovers = load_pending(db.engine, seeds.folder, context.run.run_id, seeds.max_bytes)
        context.log.info(f"after the partitions: {len(leftovers.loaded)} files loaded, {len(leftovers.failed)} failed")
    merged, decided = refresh_speakers(db.engine)
    with db.engine.connect() as conn:
        rows = table_counts(conn, [Speaker])["speakers"]
        # the newest speakers, each counted on the quotes' speaker index (v_speaker_stats ranks them all)
        preview = markdown_table(conn, "SELECT s.name, s.kind, (SELECT count(*) FROM quotes q WHERE q.speaker_id "
                                       "= s.id) AS quotes FROM speakers s ORDER BY s.id DESC")
    return dg.MaterializeResult(metadata={"dagster/row_count": rows, "speakers_merged": merged,
                                          "speakers_decided": decided, "preview": preview})
