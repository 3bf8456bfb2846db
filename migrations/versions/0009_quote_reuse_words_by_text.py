"""v_quote_reuse: among the longest wordings of a cluster, `words` is the first in byte order, not the one of the
lowest row id. Two wordings of one length (`... an answer.` and `... an answer,`) had been picked by load order,
which partition runs, racing backfills and reruns change; the text does not, so every load order gives the same row.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the view as revision 0007 made it (and its way of creating it, with the column comments), read from that file
_SPEC = importlib.util.spec_from_file_location("revision_0007",
                                               Path(__file__).with_name("0007_quote_reuse_first_by_path.py"))
_0007 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_0007)

_BY_LENGTH_THEN_ID = "ORDER BY length(q.text) DESC, q.article_id, q.position LIMIT 1"
# texts in byte order on both stores, so that both give the same rows
_BY_LENGTH_THEN_TEXT = "ORDER BY length(q.text) DESC, {text} LIMIT 1"
TEXT = {"sqlite": "q.text", "postgresql": 'q.text COLLATE "C"'}
assert _BY_LENGTH_THEN_ID in _0007.V_QUOTE_REUSE, "revision 0007's view text changed"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    sql = _0007.V_QUOTE_REUSE.replace(_BY_LENGTH_THEN_ID, _BY_LENGTH_THEN_TEXT.format(text=TEXT[dialect]))
    _0007._create(sql, _0007.FIRST_ARTICLE)


def downgrade() -> None:
    _0007._create(_0007.V_QUOTE_REUSE, _0007.FIRST_ARTICLE)
