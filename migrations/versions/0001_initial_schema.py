"""Initial schema: the ledger, articles, authors, paragraphs, speakers, quotes, quality issues, and the two views.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _one_of(column: str, values: tuple[str, ...]) -> sa.CheckConstraint:
    listed = ", ".join(f"'{v}'" for v in values)
    return sa.CheckConstraint(f"{column} IN ({listed})", name=f"{column}_allowed")


# The authors of an article in byline order, joined with '; ' (one expression per dialect).
AUTHORS_PG = """(SELECT string_agg(au.name, '; ' ORDER BY aa.position)
        FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id)"""
AUTHORS_SQLITE = """(SELECT group_concat(name, '; ') FROM (
        SELECT au.name AS name FROM article_authors aa JOIN authors au ON au.id = aa.author_id
        WHERE aa.article_id = a.id ORDER BY aa.position))"""

V_ARTICLES = """
CREATE VIEW v_articles AS
SELECT sf.path AS source_path,
       a.id AS article_id,
       a.title AS title,
       {authors} AS authors,
       a.published_on AS published_on,
       (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id AND p.kind IN ('body', 'blockquote'))
           AS paragraph_count,
       (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id AND p.kind = 'blockquote') AS blockquote_count,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.kind <> 'scare') AS quote_count
FROM articles a JOIN source_files sf ON sf.id = a.source_file_id
"""

V_QUOTES = """
CREATE VIEW v_quotes AS
SELECT sf.path AS source_path,
       a.id AS article_id,
       a.title AS article_title,
       a.published_on AS published_on,
       p.position AS paragraph_position,
       q.kind AS quote_kind,
       q.text AS quote_text,
       s.name AS speaker,
       q.speaker_mention AS speaker_mention,
       q.cue AS cue,
       s.kind AS speaker_kind,
       q.id AS quote_id
FROM quotes q
JOIN articles a ON a.id = q.article_id
JOIN source_files sf ON sf.id = a.source_file_id
JOIN paragraphs p ON p.id = q.paragraph_id
LEFT JOIN speakers s ON s.id = q.speaker_id
"""


def upgrade() -> None:
    op.create_table(
        "source_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(length=1024), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("mtime_ns", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("encoding", sa.String(length=32), nullable=True),
        sa.Column("parser_version", sa.Integer(), nullable=True),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("run_id", sa.String(length=64), nullable=True),
        _one_of("status", ("pending", "loaded", "failed", "removed")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_files")),
        sa.UniqueConstraint("path", name=op.f("uq_source_files_path")),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_file_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("byline", sa.Text(), nullable=True),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["source_file_id"], ["source_files.id"],
                                name=op.f("fk_articles_source_file_id_source_files"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("source_file_id", name=op.f("uq_articles_source_file_id")),
    )
    op.create_table(
        "authors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authors")),
        sa.UniqueConstraint("name", name=op.f("uq_authors_name")),
    )
    op.create_table(
        "article_authors",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"],
                                name=op.f("fk_article_authors_article_id_articles"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["author_id"], ["authors.id"],
                                name=op.f("fk_article_authors_author_id_authors"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "author_id", name=op.f("pk_article_authors")),
        sa.UniqueConstraint("article_id", "position", name=op.f("uq_article_authors_article_id_position")),
    )
    op.create_index(op.f("ix_article_authors_author_id"), "article_authors", ["author_id"])
    op.create_table(
        "paragraphs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        _one_of("kind", ("body", "blockquote", "footer")),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"],
                                name=op.f("fk_paragraphs_article_id_articles"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paragraphs")),
        sa.UniqueConstraint("article_id", "position", name=op.f("uq_paragraphs_article_id_position")),
    )
    op.create_table(
        "speakers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        _one_of("kind", ("person", "organization", "unknown")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speakers")),
        sa.UniqueConstraint("name", name=op.f("uq_speakers_name")),
    )
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("speaker_mention", sa.Text(), nullable=True),
        sa.Column("cue", sa.String(length=64), nullable=True),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        _one_of("kind", ("direct", "partial", "block", "scare")),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"],
                                name=op.f("fk_quotes_article_id_articles"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraphs.id"],
                                name=op.f("fk_quotes_paragraph_id_paragraphs"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["speaker_id"], ["speakers.id"],
                                name=op.f("fk_quotes_speaker_id_speakers"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
        sa.UniqueConstraint("article_id", "position", name=op.f("uq_quotes_article_id_position")),
    )
    op.create_index(op.f("ix_quotes_paragraph_id"), "quotes", ["paragraph_id"])
    op.create_index(op.f("ix_quotes_speaker_id"), "quotes", ["speaker_id"])
    op.create_table(
        "quality_issues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_file_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("paragraph_position", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["source_file_id"], ["source_files.id"],
                                name=op.f("fk_quality_issues_source_file_id_source_files"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_issues")),
    )
    op.create_index(op.f("ix_quality_issues_source_file_id"), "quality_issues", ["source_file_id"])

    authors = AUTHORS_PG if op.get_bind().dialect.name == "postgresql" else AUTHORS_SQLITE
    op.execute(V_ARTICLES.format(authors=authors))
    op.execute(V_QUOTES)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS v_quotes")
    op.execute("DROP VIEW IF EXISTS v_articles")
    op.drop_table("quality_issues")
    op.drop_table("quotes")
    op.drop_table("speakers")
    op.drop_table("paragraphs")
    op.drop_table("article_authors")
    op.drop_table("authors")
    op.drop_table("articles")
    op.drop_table("source_files")
