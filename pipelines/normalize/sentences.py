"""Where sentences start, in text whose quoted words are blanked (so a full stop inside a quote is not seen)."""

import functools
import re

from pipelines.normalize.lexicon import ABBREVIATIONS, TWO_LETTER_INITIAL, initials

_STOPS = ".!?…"
_CLOSERS = "\"”’'»)]"  # what may stand between a stop and the white space after it
_BOUNDARY = re.compile(rf"[{_STOPS}][{re.escape(_CLOSERS)}]*\s+(?=[\"“‘'«(\[]?[A-Z0-9])")
_WORD_BEFORE_STOP = re.compile(r"([\w.]+)[.!?…][\"”’'»)\]]*$")


_PRONOUN_NEXT = re.compile(r"(?:He|She|They|We|I|It|A|An|The)\b")  # (`at 2 p.m. A ministry official`)
# `K.P. Raveendran`: two initials run together end no sentence (but three do, as they have: `the U.A.E.`)
_INITIALS = initials(2, 2, letters="A-Z", last_stop=False)
# A word longer than every abbreviation ends a sentence, so the word before a stop is read no further back than
# one more character than the longest (a longer one then reads as too long whatever its start)
_WORD_REACH = max(map(len, ABBREVIATIONS)) + 1

_CACHED_LENGTH = 5_000  # paragraphs longer than this are rare and would make the cache large


def sentence_starts(text: str, cache: bool = True) -> tuple[int, ...]:
    """Offsets where sentences start; a full stop after "Mr", "St" or an initial ends none.

    Cached for paragraphs of ordinary length (hence a tuple): the speaker resolver and the gender evidence both
    ask it of the same paragraphs. `cache=False` for a text no one else asks about (the quote finder's blanking).
    """
    return _cached_starts(text) if cache and len(text) <= _CACHED_LENGTH else _starts(text)


@functools.lru_cache(maxsize=512)
def _cached_starts(text: str) -> tuple[int, ...]:
    return _starts(text)


# a live blog's time stamp opening a paragraph (`14:32 – The mayor opens ...`): a sentence of its own
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*[–—-]\s+")


def positions_of(text: str, chars: str) -> list[int]:
    """Where any of these characters stands in the text, in order: str's search finds a character many times
    faster than a pattern that opens with a set of characters scans for it (the regex engine tests every
    character against the set)."""
    found = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def _starts(text: str) -> tuple[int, ...]:
    starts = [0]
    if text[:1].isdigit() and (stamp := _TIME_STAMP.match(text)):
        starts.append(stamp.end())
    # _BOUNDARY's matches, tried only at the stops: each match holds one stop, at its start, so these are the
    # matches a scan of the paragraph finds
    for stop in positions_of(text, _STOPS):
        # a stop with neither white space nor a closing mark after it (inside `3.5` or `U.S.`, in `...`, at the
        # paragraph's end) is no boundary: told by a look at one character, no pattern tried
        after = text[stop + 1:stop + 2]
        if not after.isspace() and (not after or after not in _CLOSERS):
            continue
        match = _BOUNDARY.match(text, stop)
        if match is None:
            continue
        if text[stop] == ".":
            before = _word_before(text, stop)
            # (a word as long as the reach is longer than every abbreviation: no test can hold)
            if before and len(before) < _WORD_REACH and (
                    before.lower() in ABBREVIATIONS or len(before) == 1 and before.isupper()
                    or _INITIALS.fullmatch(before) or TWO_LETTER_INITIAL.fullmatch(before)) and not (
                    "." in before and _PRONOUN_NEXT.match(text, match.end())):
                continue  # but "in the U.S. He says" and "at 7 p.m. She left" end a sentence
        starts.append(match.end())
    return tuple(starts)


def _word_before(text: str, stop: int) -> str:
    """The word (letters, digits and stops: `Mr`, `U.S`) that ends at this stop, read back no further than
    _WORD_REACH; empty when none does."""
    reach = text[max(0, stop - _WORD_REACH):stop]
    # str's tests first: most such words are letters after a space (or fill the reach), and need no pattern
    last = reach.rpartition(" ")[2]
    if not last or last.isalnum():
        return last
    word = _WORD_BEFORE_STOP.search(text, max(0, stop - _WORD_REACH), stop + 1)
    return word.group(1) if word else ""
