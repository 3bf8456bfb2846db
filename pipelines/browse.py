"""`make browse`: the SQLite database in Datasette, read-only, on 127.0.0.1, for colleagues who do not write SQL.

Datasette opens the file with SQLite's `mode=ro` (it does so for every database not declared immutable, and
opens a writable connection only for write canned queries, of which there are none here), so every statement
that would change the database is refused, by Datasette (only SELECT is accepted) and by SQLite itself. Not
`--immutable`: that skips the write-ahead log, and would show a stale or torn database while `make ui` loads.

    python -m pipelines.browse [--port 8001]     # LEDE_DB_URL says which SQLite database

PostgreSQL users keep their own SQL tools (psql, DBeaver, Metabase, ...): Datasette serves SQLite only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from models import Base
from models.views import VIEWS
from pipelines.settings import database_url

README = Path(__file__).resolve().parents[1] / "README.md"
# A question, a blank line, the query and its output: how the README shows an example.
_EXAMPLE = re.compile(r"(?:^(?P<question>[^\n`|#][^\n]*):\n\n)?```sql\n(?P<sql>.*?)```\n+```text\n(?P<output>.*?)```",
                      re.DOTALL | re.MULTILINE)
DIALECTS = {"-- SQLite": "sqlite", "-- PostgreSQL": "postgresql"}
SEARCHED = {"quotes": "quotes_fts", "paragraphs": "paragraphs_fts"}  # FTS5 tables of migration 0003
FACETS = {  # speaker, kind and date wherever a table or view has them
    "quotes": ["speaker_id", "kind"], "v_quotes": ["speaker", "quote_kind", "published_on"],
    "paragraphs": ["kind"], "v_paragraphs": ["kind", "published_on"], "articles": ["published_on"],
    "speakers": ["kind", "gender", "gender_evidence"], "v_speaker_stats": ["kind", "gender"],
    "v_gender_balance": ["gender", "month"], "v_quality": ["code", "file_status"], "source_files": ["status"],
}


@dataclass(frozen=True)
class Example:
    question: str | None
    sql: str
    output: str
    dialect: str | None  # None: runs on both stores


def readme_examples(text: str) -> list[Example]:
    found = []
    for match in _EXAMPLE.finditer(text):
        sql = match.group("sql").strip()
        dialect = next((d for marker, d in DIALECTS.items() if sql.startswith(marker)), None)
        question = match.group("question")
        if dialect:  # "-- SQLite: search paragraphs for a phrase (FTS5)"
            question = sql.splitlines()[0].split(":", 1)[-1].strip()
        found.append(Example(question, sql, match.group("output").rstrip("\n"), dialect))
    return found


def canned_queries(examples: list[Example]) -> dict[str, dict]:
    """The README's questions for SQLite, each a canned query: its title the question, never writable."""
    queries = {}
    for example in examples:
        if example.dialect in (None, "sqlite") and example.question:
            slug = "-".join(re.findall(r"[a-z0-9]+", example.question.lower()))[:60].strip("-")
            sql = "\n".join(line for line in example.sql.splitlines() if not line.startswith("--"))
            queries[slug] = {"title": example.question, "sql": sql.rstrip(";\n ")}
    return queries


def metadata(database: str, readme: Path = README) -> dict:
    """Datasette's metadata: column descriptions, full-text search wired to its tables, facets, canned queries."""
    tables: dict[str, dict] = {}
    for table in Base.metadata.sorted_tables:
        tables[table.name] = {"columns": {c.name: c.comment for c in table.columns}}
    for view in VIEWS.values():
        tables[view.name] = {"description": view.description, "columns": dict(view.columns)}
    for table, fts in SEARCHED.items():
        tables[table] |= {"fts_table": fts, "fts_pk": "id"}
    # the views that carry the speaker and the article next to the words search the same index
    tables["v_quotes"] |= {"fts_table": "quotes_fts", "fts_pk": "quote_id"}
    tables["v_paragraphs"] |= {"fts_table": "paragraphs_fts", "fts_pk": "paragraph_id"}
    for table, facets in FACETS.items():
        tables[table]["facets"] = facets
    tables["speakers"]["label_column"] = "name"
    tables["alembic_version"] = {"hidden": True}
    return {
        "title": "lede",
        "description": "Articles, paragraphs, quotes and speakers, read-only. Search quotes in v_quotes, "
                       "paragraphs in v_paragraphs; the README's questions are under Queries.",
        "databases": {database: {"tables": tables,
                                 "queries": canned_queries(readme_examples(readme.read_text(encoding="utf-8")))}},
    }


def sqlite_file(url: str) -> Path:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise SystemExit("lede browse: Datasette serves SQLite files only; on PostgreSQL use your own SQL tools "
                         "(psql, DBeaver, Metabase, ...) with the same views.")
    path = Path(parsed.database or "")
    if not path.is_file():
        raise SystemExit(f"lede browse: there is no database at {path}; run `make run` first.")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("LEDE_BROWSE_PORT", "8001")))
    args = parser.parse_args(argv)
    path = sqlite_file(database_url())
    config = Path(tempfile.mkdtemp(prefix="lede-browse-")) / "metadata.json"
    config.write_text(json.dumps(metadata(path.stem), indent=1), encoding="utf-8")
    datasette = shutil.which("datasette", path=str(Path(sys.executable).parent)) or "datasette"
    os.execv(datasette, [datasette, "serve", str(path), "--host", "127.0.0.1", "--port", str(args.port),
                         "--metadata", str(config), "--setting", "sql_time_limit_ms", "5000"])


if __name__ == "__main__":
    main()
