"""The plain values that flow through normalization."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

_Record = TypeVar("_Record")


@dataclass(frozen=True)
class Issue:
    """A data-quality finding about one file: what was repaired, lost or doubtful."""

    code: str
    detail: str
    paragraph_position: int | None = None


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    issues: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    position: int
    kind: str  # body, blockquote, footer
    text: str  # markup removed, whitespace folded
    char_start: int  # span of the paragraph in the decoded file
    char_end: int


@dataclass(frozen=True)
class Article:
    title: str | None
    byline: str | None
    authors: tuple[str, ...]
    published_on: dt.date | None
    paragraphs: tuple[Paragraph, ...]
    issues: tuple[Issue, ...] = ()
    standfirst: str | None = None  # the sentence between title and byline that sums the story up

    @property
    def word_count(self) -> int:
        return sum(_words(p.text) for p in self.paragraphs if p.kind != "footer")


def _words(text: str) -> int:
    """len(text.split()). A paragraph's text is folded (one ASCII space between words, none at its ends; the only
    printable white space is that space): its spaces are counted in C, with no string made per word."""
    if text and text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        return text.count(" ") + 1
    return len(text.split())


@dataclass(frozen=True)
class Quote:
    paragraph_position: int
    kind: str  # direct, partial, block, scare
    text: str
    char_start: int  # span of the quoted words in the paragraph text
    char_end: int
    cue: str | None = None
    speaker_mention: str | None = None  # as written next to the quote
    speaker: str | None = None  # canonical name, resolved within the article
    speaker_kind: str | None = None  # person, organization, unknown


def changed(record: _Record, **changes) -> _Record:
    """dataclasses.replace for the frozen records above, at a fraction of its cost: their fields are copied as they
    stand and the changed ones set, with no __init__ (which sets a frozen record's fields one call at a time). None
    of them has an __init__ that does more, nor a __post_init__."""
    if not changes.keys() <= record.__dict__.keys():
        raise TypeError(f"{type(record).__name__} has no field {sorted(changes.keys() - record.__dict__.keys())}")
    new = object.__new__(type(record))
    fields = new.__dict__
    fields.update(record.__dict__)
    fields.update(changes)
    return new


def made(record_type: type[_Record], **fields) -> _Record:
    """record_type(**fields) for the frozen records above with every field given, at a fraction of its cost: the
    fields set in one update, with no __init__ (which sets a frozen record's fields one call at a time). For the
    records an article makes by the dozen (its paragraphs, its quotes)."""
    if fields.keys() != record_type.__dataclass_fields__.keys():
        raise TypeError(f"{record_type.__name__} takes every one of {list(record_type.__dataclass_fields__)}")
    new = object.__new__(record_type)
    new.__dict__.update(fields)
    return new
