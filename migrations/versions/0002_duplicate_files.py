"""Duplicate files: the hash of each file's decoded text, the file it duplicates, and the 'duplicate' status.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = "status IN ('pending', 'loaded', 'failed', 'removed')"
NEW = "status IN ('pending', 'loaded', 'failed', 'removed', 'duplicate')"


@contextmanager
def _views_set_aside():
    """SQLite rebuilds a table to alter it, and cannot rename the copy while views name the table: drop the views
    for the duration and create them again, as they were, afterwards. Other databases alter in place."""
    bind = op.get_bind()
    views = bind.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'view'").all() \
        if bind.dialect.name == "sqlite" else []
    for name, _ in views:
        op.execute(f"DROP VIEW {name}")
    yield
    for _, sql in views:
        op.execute(sql)


def upgrade() -> None:
    with _views_set_aside(), op.batch_alter_table("source_files") as batch:
        batch.add_column(sa.Column("text_sha256", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("duplicate_of_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_source_files_text_sha256"), ["text_sha256"])
        batch.create_foreign_key(batch.f("fk_source_files_duplicate_of_id_source_files"), "source_files",
                                 ["duplicate_of_id"], ["id"], ondelete="SET NULL")
        batch.drop_constraint(batch.f("ck_source_files_status_allowed"), type_="check")
        batch.create_check_constraint("status_allowed", NEW)


def downgrade() -> None:
    op.execute("UPDATE source_files SET status = 'pending' WHERE status = 'duplicate'")
    with _views_set_aside(), op.batch_alter_table("source_files") as batch:
        batch.drop_constraint(batch.f("ck_source_files_status_allowed"), type_="check")
        batch.create_check_constraint("status_allowed", OLD)
        batch.drop_constraint(batch.f("fk_source_files_duplicate_of_id_source_files"), type_="foreignkey")
        batch.drop_index(batch.f("ix_source_files_text_sha256"))
        batch.drop_column("duplicate_of_id")
        batch.drop_column("text_sha256")
