"""The tables users query. Names are the DESIGN's contract; see README for what each column means."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.expression import true

from models.base import Base

FILE_STATUSES = ("pending", "loaded", "failed", "removed", "duplicate")
PARAGRAPH_KINDS = ("body", "blockquote", "footer")
QUOTE_KINDS = ("direct", "partial", "block", "scare")
SPEAKER_KINDS = ("person", "organization", "unknown")


def _one_of(column: str, values: tuple[str, ...]) -> CheckConstraint:
    listed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({listed})", name=f"{column}_allowed")


class SourceFile(Base):
    """The ledger: one row per file ever seen under the seeds folder."""

    __tablename__ = "source_files"
    __table_args__ = (_one_of("status", FILE_STATUSES),)

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(1024), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    encoding: Mapped[str | None] = mapped_column(String(32))
    parser_version: Mapped[int | None]
    loaded_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    run_id: Mapped[str | None] = mapped_column(String(64))
    # The same article under two names is loaded once: the other file points at the one that was loaded.
    text_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("source_files.id", ondelete="SET NULL"))


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_file_id: Mapped[int] = mapped_column(ForeignKey("source_files.id", ondelete="CASCADE"), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    byline: Mapped[str | None] = mapped_column(Text)
    word_count: Mapped[int]


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)


class ArticleAuthor(Base):
    __tablename__ = "article_authors"
    __table_args__ = (UniqueConstraint("article_id", "position"),)

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id", ondelete="CASCADE"), primary_key=True, index=True)
    position: Mapped[int]


class Paragraph(Base):
    __tablename__ = "paragraphs"
    __table_args__ = (UniqueConstraint("article_id", "position"), _one_of("kind", PARAGRAPH_KINDS))

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    char_start: Mapped[int]
    char_end: Mapped[int]


class Speaker(Base):
    __tablename__ = "speakers"
    __table_args__ = (
        _one_of("kind", SPEAKER_KINDS),
        Index(None, "surname_key"),
        Index(None, "key_length", "name_key"),
        Index(None, "needs_consolidation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    # The speaker clean-up's index (normalize/consolidate.py): the name folded, its last word and its length, so
    # that a run looks up only the names its changes touch; and whether this row came, or lost quotes, since the
    # last clean-up.
    name_key: Mapped[str] = mapped_column(String(300), server_default="")
    surname_key: Mapped[str] = mapped_column(String(300), server_default="")
    key_length: Mapped[int] = mapped_column(server_default="0")
    needs_consolidation: Mapped[bool] = mapped_column(server_default=true())


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("article_id", "position"),
        _one_of("kind", QUOTE_KINDS),
        Index(None, "paragraph_id"),
        Index(None, "speaker_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraphs.id", ondelete="CASCADE"))
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    # SET NULL, not CASCADE: merging or pruning a speaker must never delete what was said.
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    speaker_mention: Mapped[str | None] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(String(64))
    char_start: Mapped[int]
    char_end: Mapped[int]


class QualityIssue(Base):
    __tablename__ = "quality_issues"
    __table_args__ = (Index(None, "source_file_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_file_id: Mapped[int] = mapped_column(ForeignKey("source_files.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)
    paragraph_position: Mapped[int | None]
