"""v_quote_reuse: among the articles that ran a cluster first on one day, the first is the one whose file path sorts
first, not the lowest row id. Row ids follow load order, which partition runs, backfills and reruns change; the path
does not, so every load order gives the same row.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the view as revision 0004 made it (its speakers' aggregate per store, its column comments), read from that file
_SPEC = importlib.util.spec_from_file_location("revision_0004",
                                               Path(__file__).with_name("0004_gender_reuse_comments.py"))
_0004 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_0004)

_BY_ID = "ORDER BY a.published_on IS NULL, a.published_on, q.article_id LIMIT 1"
_BY_PATH = "ORDER BY a.published_on IS NULL, a.published_on, {path}, q.article_id LIMIT 1"
# paths in byte order on both stores, so that both give the same rows
PATH = {"sqlite": "sf.path", "postgresql": 'sf.path COLLATE "C"'}
_JOIN = "FROM quotes q JOIN articles a ON a.id = q.article_id\n            WHERE q.cluster_key = t.cluster_key\n"
V_QUOTE_REUSE = _0004.V_QUOTE_REUSE.replace(
    f"{_JOIN}            {_BY_ID}",
    _JOIN.replace("q.article_id\n", "q.article_id JOIN source_files sf ON sf.id = a.source_file_id\n")
    + f"            {_BY_PATH}")
assert V_QUOTE_REUSE != _0004.V_QUOTE_REUSE, "revision 0004's view text changed"
FIRST_ARTICLE = "The article that ran it first (earliest date, then first file path)"


def _create(sql: str, first_article_comment: str) -> None:
    dialect = op.get_bind().dialect.name
    op.execute("DROP VIEW IF EXISTS v_quote_reuse")
    op.execute(sql.format(speakers=_0004.SPEAKERS[dialect], path=PATH[dialect]))
    if dialect == "postgresql":
        for column, comment in _0004.VIEW_COMMENTS["v_quote_reuse"].items():
            if column == "first_article_id":
                comment = first_article_comment
            op.execute(f"COMMENT ON COLUMN v_quote_reuse.{column} IS {_0004._literal(comment)}")


def upgrade() -> None:
    _create(V_QUOTE_REUSE, FIRST_ARTICLE)


def downgrade() -> None:
    _create(_0004.V_QUOTE_REUSE, _0004.VIEW_COMMENTS["v_quote_reuse"]["first_article_id"])
