"""The README's example queries and their outputs, so the suite can hold the README to the schema.

    .venv/bin/python -m tests.readme_queries DB_URL   # prints each query's output as the README shows it
"""

import re
import sys
from pathlib import Path

from sqlalchemy import Connection, text

from pipelines.browse import readme_examples

README = Path(__file__).resolve().parents[1] / "README.md"
# "-- with tests/data/travel too": the query runs on the seeds and that folder's articles (quotes that travel
# need more than the one seed article)
_ALSO = re.compile(r"^-- with (\S+) too$", re.MULTILINE)


def examples() -> list[tuple[str, str, str | None]]:
    """(sql, expected output, dialect or None for both) for every query the README shows with its output (read
    as `make browse` reads them for its canned queries)."""
    return [(e.sql, e.output, e.dialect) for e in readme_examples(README.read_text(encoding="utf-8"))]


def also_loads(sql: str) -> Path | None:
    """The folder a README query needs besides the seeds, if any."""
    match = _ALSO.search(sql)
    return README.parent / match.group(1) if match else None


def render(conn: Connection, sql: str) -> str:
    result = conn.execute(text(sql))
    rows = [" | ".join("" if v is None else str(v) for v in row) for row in result]
    return "\n".join([" | ".join(result.keys()), *rows]) if rows else "(no rows)"


def main() -> None:
    from models import make_engine

    engine = make_engine(sys.argv[1])
    with engine.connect() as conn:
        for sql, _, dialect in examples():
            if dialect in (None, engine.dialect.name):
                print(sql, "\n---\n" + render(conn, sql) + "\n")


if __name__ == "__main__":
    main()
