"""articles.standfirst: the sentence some outlets print between the headline and the byline to sum the story up.
It is no paragraph of the article (counting it would make paragraph counts differ by outlet layout), and it is kept
rather than dropped. Articles loaded before have none until their files are parsed again (the parser's version
changed with this revision, so the next run does that).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Added in place (no table rebuild on SQLite): the views refer to articles.
    op.add_column("articles", sa.Column("standfirst", sa.Text(), nullable=True,
                                        comment="The sentence between headline and byline that sums the story up, "
                                        "if any (no paragraph)"))


def downgrade() -> None:
    op.execute("ALTER TABLE articles DROP COLUMN standfirst")  # in place: the views refer to articles
