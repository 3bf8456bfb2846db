"""Where sentences start, in text whose quoted words are blanked (so a full stop inside a quote is not seen)."""

import re

from pipelines.normalize.lexicon import ABBREVIATIONS

_BOUNDARY = re.compile(r"[.!?…][\"”’'»)\]]*\s+(?=[\"“‘'«(\[]?[A-Z0-9])")
_WORD_BEFORE_STOP = re.compile(r"([\w.]+)[.!?…][\"”’'»)\]]*$")


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start; a full stop after "Mr", "St" or an initial ends none."""
    starts = [0]
    for match in _BOUNDARY.finditer(text):
        word = _WORD_BEFORE_STOP.search(text, max(0, match.start() - 12), match.start() + 1)
        if word and text[match.start()] == "." and (word.group(1).lower() in ABBREVIATIONS
                                                    or (len(word.group(1)) == 1 and word.group(1).isupper())):
            continue
        starts.append(match.end())
    return starts
