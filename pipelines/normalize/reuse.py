"""Quotes that travel: the same words in several articles share a cluster key.

The key is a hash of the words with case, quote marks, punctuation and spacing folded, computed for each quote
of at least FRAGMENT_WORDS words when its file loads. A fragment of a longer quote by the same speaker joins the
longer quote's cluster (in the speakers step, which knows every quote of a speaker) when it has at least
FRAGMENT_WORDS words too. Shorter stretches are stock phrases that many people say: on real news, 91% of the
3-word sequences found in two different quotes are in quotes of different speakers, 67% at 5 words, and from 6
words on the share stays at 58-60%, the level left by the same quote attributed to different speakers
(tests/fragment_length.py measures it).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

FRAGMENT_WORDS = 6
_APOSTROPHES = "’'`´ʼ"  # dropped by str's replace, each in a fast pass (a pattern tests every character)
_WORDS = re.compile(r"\w+")  # the words that remain when every run of other characters is a space


def folded_words(text: str) -> tuple[str, ...]:
    """The words of a quote with case, quote marks and punctuation folded: "Don’t — stop!" -> ("dont", "stop")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    for apostrophe in _APOSTROPHES:
        text = text.replace(apostrophe, "")
    return tuple(_WORDS.findall(text))


def key_of(words: Sequence[str]) -> str:
    return hashlib.blake2b(" ".join(words).encode(), digest_size=16).hexdigest()


def cluster_key(text: str) -> str | None:
    """The key a quote gets when its file loads: its own folded words; None when it is too short to be
    distinctive ("No," or "unacceptable" in two articles is not one quote travelling)."""
    words = folded_words(text)
    return key_of(words) if len(words) >= FRAGMENT_WORDS else None


def fragment_clusters(texts: Sequence[str]) -> list[str | None]:
    """Cluster keys of one speaker's quotes: a quote that is a fragment (of at least FRAGMENT_WORDS words) of
    longer quotes takes the key of the longest of them; any other quote keeps its own (None when short).

    A wording said again is worked out once; every window of FRAGMENT_WORDS words is indexed once, and a
    wording is compared only with the wordings that contain its first window.
    """
    words = [folded_words(text) for text in texts]
    distinct = [w for w in dict.fromkeys(words) if len(w) >= FRAGMENT_WORDS]  # a quote said again is one
    windows: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for quote in distinct:
        for start in range(len(quote) - FRAGMENT_WORDS + 1):
            windows.setdefault(quote[start:start + FRAGMENT_WORDS], []).append(quote)
    key_of_words = {}
    for quote in distinct:
        container = quote
        padded = f" {' '.join(quote)} "
        for longer in windows[quote[:FRAGMENT_WORDS]]:
            if (len(longer), longer) > (len(container), container) and padded in f" {' '.join(longer)} ":
                container = longer
        key_of_words[quote] = key_of(container)
    return [key_of_words.get(quote) for quote in words]
