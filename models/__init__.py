"""SQLAlchemy models of lede's schema; Alembic (migrations/) owns how they reach a database."""

from models.base import Base
from models.engine import make_engine
from models.tables import (
    Article,
    ArticleAuthor,
    Author,
    Paragraph,
    QualityIssue,
    Quote,
    SourceFile,
    Speaker,
)

__all__ = [
    "Article",
    "ArticleAuthor",
    "Author",
    "Base",
    "Paragraph",
    "QualityIssue",
    "Quote",
    "SourceFile",
    "Speaker",
    "make_engine",
]
