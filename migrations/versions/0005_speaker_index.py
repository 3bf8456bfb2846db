"""Speaker index: each speaker's name key, surname key and key length (indexed), and whether it changed since the
last speaker clean-up, so that the clean-up looks only at what a run changed instead of at every speaker.

Existing speakers get their keys here and are all marked changed: the next run's clean-up looks at each once.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pipelines.normalize.consolidate import name_key, surname_key

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Added in place (no table rebuild on SQLite): quotes and the views refer to speakers.
    op.add_column("speakers", sa.Column("name_key", sa.String(300), server_default="", nullable=False,
                                        comment="The name folded for matching (case, accents, punctuation)"))
    op.add_column("speakers", sa.Column("surname_key", sa.String(300), server_default="", nullable=False,
                                        comment="Last word of name_key: the surname a lone surname merges on"))
    op.add_column("speakers", sa.Column("key_length", sa.Integer(), server_default="0", nullable=False,
                                        comment="Length of name_key, for lost-letter matches"))
    op.add_column("speakers", sa.Column("needs_consolidation", sa.Boolean(), server_default=sa.true(),
                                        nullable=False, comment="True when the speaker came or lost quotes since the "
                                        "last speaker clean-up"))
    bind = op.get_bind()
    rows = []
    for speaker_id, name in bind.execute(sa.text("SELECT id, name FROM speakers")):
        key = name_key(name)
        rows.append({"b_id": speaker_id, "name_key": key, "surname_key": surname_key(key), "key_length": len(key)})
    if rows:
        bind.execute(sa.text("UPDATE speakers SET name_key = :name_key, surname_key = :surname_key, "
                             "key_length = :key_length WHERE id = :b_id"), rows)
    op.create_index("ix_speakers_surname_key", "speakers", ["surname_key"])
    op.create_index("ix_speakers_key_length_speakers_name_key", "speakers", ["key_length", "name_key"])
    op.create_index("ix_speakers_needs_consolidation", "speakers", ["needs_consolidation"])


def downgrade() -> None:
    op.drop_index("ix_speakers_needs_consolidation", "speakers")
    op.drop_index("ix_speakers_key_length_speakers_name_key", "speakers")
    op.drop_index("ix_speakers_surname_key", "speakers")
    for column in ("needs_consolidation", "key_length", "surname_key", "name_key"):
        op.execute(f"ALTER TABLE speakers DROP COLUMN {column}")  # in place: the views refer to speakers
