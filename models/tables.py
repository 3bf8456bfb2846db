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
GENDERS = ("female", "male", "unknown")
# What decided a gender (pipelines/normalize/gender.py says how each is found).
GENDER_EVIDENCE = ("honorific", "kinship", "pronoun", "first_name", "conflict", "none")


def _one_of(column: str, values: tuple[str, ...]) -> CheckConstraint:
    listed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({listed})", name=f"{column}_allowed")


class SourceFile(Base):
    """The ledger: one row per file ever seen under the seeds folder."""

    __tablename__ = "source_files"
    __table_args__ = (_one_of("status", FILE_STATUSES),)

    id: Mapped[int] = mapped_column(primary_key=True, comment="Row id")
    path: Mapped[str] = mapped_column(String(1024), unique=True, comment="File path relative to the seeds folder")
    sha256: Mapped[str] = mapped_column(String(64), comment="SHA-256 of the file's bytes as last seen")
    size_bytes: Mapped[int] = mapped_column(BigInteger, comment="File size in bytes as last seen")
    mtime_ns: Mapped[int] = mapped_column(
        BigInteger, comment="File modification time (ns since the epoch) as last seen"
    )
    status: Mapped[str] = mapped_column(String(16), comment="pending, loaded, failed, removed or duplicate")
    error: Mapped[str | None] = mapped_column(Text, comment="Why the file failed, or which loaded file it duplicates")
    encoding: Mapped[str | None] = mapped_column(String(32), comment="Encoding the bytes were decoded from")
    parser_version: Mapped[int | None] = mapped_column(
        comment="Parser version that last loaded the file (a newer one reloads it)"
    )
    loaded_at: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=True), comment="When the file was last loaded or failed (UTC)"
    )
    run_id: Mapped[str | None] = mapped_column(
        String(64), index=True, comment="Dagster run that last loaded the file"
    )
    # The same article under two names is loaded once: the other file points at the one that was loaded.
    text_sha256: Mapped[str | None] = mapped_column(
        String(64), index=True, comment="SHA-256 of the decoded text: the same article in two files is loaded once"
    )
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("source_files.id", ondelete="SET NULL"),
        comment="The loaded file this one duplicates (status duplicate)",
    )


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True, comment="Row id")
    source_file_id: Mapped[int] = mapped_column(
        ForeignKey("source_files.id", ondelete="CASCADE"), unique=True, comment="The file the article was loaded from"
    )
    title: Mapped[str | None] = mapped_column(Text, comment="Headline")
    published_on: Mapped[dt.date | None] = mapped_column(Date, comment="Publication date from the dateline, if any")
    byline: Mapped[str | None] = mapped_column(Text, comment="Byline as written")
    word_count: Mapped[int] = mapped_column(comment="Words in body and blockquote paragraphs")
    standfirst: Mapped[str | None] = mapped_column(
        Text, comment="The sentence between headline and byline that sums the story up, if any (no paragraph)")


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True, comment="Row id")
    name: Mapped[str] = mapped_column(String(300), unique=True, comment="Author name as in bylines (unique)")


class ArticleAuthor(Base):
    __tablename__ = "article_authors"
    __table_args__ = (UniqueConstraint("article_id", "position"),)

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, comment="The article"
    )
    author_id: Mapped[int] = mapped_column(
        ForeignKey("authors.id", ondelete="CASCADE"), primary_key=True, index=True, comment="One of its authors"
    )
    position: Mapped[int] = mapped_column(comment="Place in the byline, from 0")


class Paragraph(Base):
    __tablename__ = "paragraphs"
    __table_args__ = (UniqueConstraint("article_id", "position"), _one_of("kind", PARAGRAPH_KINDS))

    id: Mapped[int] = mapped_column(primary_key=True, comment="Row id")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), comment="The article")
    position: Mapped[int] = mapped_column(comment="Place in the article, from 0")
    kind: Mapped[str] = mapped_column(String(16), comment="body, blockquote or footer")
    text: Mapped[str] = mapped_column(Text, comment="Text with markup removed and whitespace folded")
    char_start: Mapped[int] = mapped_column(comment="Start of the paragraph in the decoded file (characters)")
    char_end: Mapped[int] = mapped_column(comment="End of the paragraph in the decoded file (characters)")


class Speaker(Base):
    __tablename__ = "speakers"
    __table_args__ = (
        _one_of("kind", SPEAKER_KINDS),
        _one_of("gender", GENDERS),
        _one_of("gender_evidence", GENDER_EVIDENCE),
        Index(None, "gender"),
        Index(None, "surname_key"),
        Index(None, "key_length", "name_key"),
        Index(None, "needs_consolidation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Row id")
    name: Mapped[str] = mapped_column(
        String(300), unique=True, comment="Canonical name of the person or body quoted (unique)"
    )
    kind: Mapped[str] = mapped_column(String(16), comment="person, organization or unknown")
    # NULL until the speakers step weighs the evidence: a load sets it back to NULL for every speaker whose
    # quotes it adds or removes, and that is how the step finds the speakers to decide again.
    gender: Mapped[str | None] = mapped_column(
        String(16), comment="female, male or unknown, from the evidence of all articles; persons only"
    )
    gender_evidence: Mapped[str | None] = mapped_column(
        String(16), comment="What decided the gender: honorific, kinship, pronoun, first_name, conflict or none"
    )
    # The speaker clean-up's index (normalize/consolidate.py): the name folded, its last word and its length, so
    # that a run looks up only the names its changes touch; and whether this row came, or lost quotes, since the
    # last clean-up.
    name_key: Mapped[str] = mapped_column(
        String(300), server_default="", comment="The name folded for matching (case, accents, punctuation)"
    )
    surname_key: Mapped[str] = mapped_column(
        String(300), server_default="", comment="Last word of name_key: the surname a lone surname merges on"
    )
    key_length: Mapped[int] = mapped_column(server_default="0", comment="Length of name_key, for lost-letter matches")
    needs_consolidation: Mapped[bool] = mapped_column(
        server_default=true(), comment="True when the speaker came or lost quotes since the last speaker clean-up"
    )


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("article_id", "position"),
        _one_of("kind", QUOTE_KINDS),
        Index(None, "paragraph_id"),
        Index(None, "speaker_id"),
        Index(None, "cluster_key", "article_id"),
        _one_of("article_gender", GENDERS),
        _one_of("article_gender_evidence", GENDER_EVIDENCE),
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Row id")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), comment="The article")
    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("paragraphs.id", ondelete="CASCADE"), comment="The paragraph the quote is in"
    )
    position: Mapped[int] = mapped_column(comment="Place among the article's quotes, from 0")
    kind: Mapped[str] = mapped_column(
        String(16), comment="direct, partial, block or scare (scare quotes are nobody's speech)"
    )
    text: Mapped[str] = mapped_column(Text, comment="The quoted words, without the quote marks")
    # SET NULL, not CASCADE: merging or pruning a speaker must never delete what was said.
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speakers.id", ondelete="SET NULL"), comment="Resolved speaker; NULL when nobody could be named"
    )
    speaker_mention: Mapped[str | None] = mapped_column(
        Text, comment="The speaker as written next to the quote (a name, a pronoun, a role)"
    )
    cue: Mapped[str | None] = mapped_column(
        String(64), comment="The reporting verb or cue (said, told, according to ...)"
    )
    char_start: Mapped[int] = mapped_column(comment="Start of the quoted words in the paragraph text (characters)")
    char_end: Mapped[int] = mapped_column(comment="End of the quoted words in the paragraph text (characters)")
    article_gender: Mapped[str | None] = mapped_column(
        String(16), comment="The speaker's gender as this article's own words give it; NULL when they say nothing"
    )
    article_gender_evidence: Mapped[str | None] = mapped_column(
        String(16), comment="Which words of this article: honorific, kinship, pronoun, or conflict"
    )
    cluster_key: Mapped[str | None] = mapped_column(
        String(32),
        comment="Quote cluster: the same words (folded) share it; NULL for scare quotes and quotes under 6 words",
    )


class QualityIssue(Base):
    __tablename__ = "quality_issues"
    __table_args__ = (Index(None, "source_file_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, comment="Row id")
    source_file_id: Mapped[int] = mapped_column(
        ForeignKey("source_files.id", ondelete="CASCADE"), comment="The file the finding is about"
    )
    code: Mapped[str] = mapped_column(
        String(64), comment="Kind of finding: split_paragraph, lost_character, mojibake_repaired, ..."
    )
    detail: Mapped[str] = mapped_column(Text, comment="What was found, in words")
    paragraph_position: Mapped[int | None] = mapped_column(comment="The paragraph it concerns, if one")
