"""Index on source_files.run_id: the asset checks and the run summary look up the files one run loaded, so their
cost follows what the run changed, not the size of the ledger.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_source_files_run_id", "source_files", ["run_id"])


def downgrade() -> None:
    op.drop_index("ix_source_files_run_id", "source_files")
