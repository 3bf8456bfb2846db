"""Pure normalization: bytes -> text -> Article -> quotes with speakers. No Dagster, no SQL, no files."""

from pipelines.normalize.article import parse_article
from pipelines.normalize.decode import NotText, decode_bytes
from pipelines.normalize.model import Article, Decoded, Issue, Paragraph, Quote
from pipelines.normalize.quotes import find_quotes

# Raise when a change to normalize/ changes what a file loads as: every file is then reloaded (README: Reruns).
PARSER_VERSION = 38

__all__ = [
    "PARSER_VERSION",
    "Article",
    "Decoded",
    "Issue",
    "NotText",
    "Paragraph",
    "Quote",
    "decode_bytes",
    "find_quotes",
    "parse_article",
]
