"""Where the speaker of a quote is named in its paragraph: the cue (a reporting verb, `according to`, a dash or a
colon) and the mention as written next to it.

Pure text functions over one paragraph, given the paragraph with quoted words blanked (`masked`), so that verbs and
full stops inside quotes are never taken for the writer's.
"""

from __future__ import annotations

import itertools
import re

from pipelines.normalize.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    NAME_PARTICLES,
    ORG_WORDS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)

FORWARD_STOPS = {"in", "on", "at", "of", "from", "with", "for", "to", "after", "before", "during", "while", "as",
                 "because", "when", "outside", "inside", "by", "via", "about", "and", "but"}
SUBORDINATORS = {"although", "though", "if", "since", "until", "unless", "where", "whereas", "who", "which", "that"}
ARTICLES = {"the", "a", "an", "its", "his", "her", "their", "our", "your", "my"}
BE_FORMS = {"am", "is", "are", "was", "were", "be", "been", "being"}

WORD = re.compile(r"[\w'’?\-]+|[^\w\s]")
CUE_MULTI = sorted((v for v in SPEECH_VERBS if " " in v), key=len, reverse=True)
_CUE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(v) for v in CUE_MULTI) + r"|[a-z]+)(?![\w-])"
)
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)


def cue_in(text: str) -> bool:
    return any(m.group(0).lower() in SPEECH_VERBS for m in _CUE.finditer(text))


def attribution(text: str, masked: str, sent_start: int, open_at: int, after_start: int,
                 after_end: int) -> tuple[str | None, str | None, str | None]:
    """The speaker as written, the cue, and where they were found: after the quote, before it (a reporting
    verb with its subject), a dash line, a colon, or `according to`."""
    after = masked[after_start:after_end]
    lead = re.match(r"^[\s,]*(?:[—–-]+\s*)?", after)
    offset = after_start + (lead.end() if lead else 0)
    rest = masked[offset:after_end]

    # "...," Kremlin spokesman Dmitri Peskov said.  /  "...," said Peskov.
    cue = _first_cue(rest)
    if cue is not None:
        cue_start, cue_end, cue_word = cue
        if cue_start == 0:
            mention = _noun_phrase_forward(text, offset + cue_end, after_end)
            if mention:
                return mention, cue_word, "after"
        else:
            mention = _subject_after_quote(text, masked, offset, offset + cue_start)
            if mention:
                return mention, cue_word, "after"
            # "...what it called a "provocation" after a drone crashed, the foreign ministry said."
            subject_end = _skip_auxiliaries_back(masked, offset, offset + cue_start)
            subject_start = _noun_phrase_back(masked, offset, subject_end)
            if (subject_start is not None and masked[offset:subject_start].rstrip().endswith(",")
                    and masked[offset + cue_end:after_end].strip() in ("", ".")):
                return _head_with_name(text, subject_start, subject_end), cue_word, "after"
    # A dash attribution that closes the paragraph: "..." — Jane Smith, mayor
    if lead and "—" in after[:lead.end()] or (lead and after[:lead.end()].strip() in ("-", "–")):
        mention = _noun_phrase_forward(text, offset, after_end)
        if mention and after_end == len(text):
            return mention, None, "dash"

    before = masked[sent_start:open_at]
    # Macron said, "..."  /  The Sofia communiqué called for "..."
    words = list(_CUE.finditer(before))
    for n, match in enumerate(words):
        word = match.group(0).lower()
        if word not in SPEECH_VERBS:
            continue
        if n and words[n - 1].group(0).lower() in BE_FORMS:
            continue  # passive, no speaker: "we are told that"
        following = WORD.search(before, match.end())
        if following and following.group(0).lower() in BE_FORMS | AUXILIARIES - {"also", "later", "then"}:
            continue  # a noun, not a verb: "the Baltic states are fortifying"
        start = sent_start + match.start()
        subject_end = _skip_auxiliaries_back(masked, sent_start, start)
        subject_start = _noun_phrase_back(masked, sent_start, subject_end)
        if subject_start is not None:
            return _head_with_name(text, subject_start, subject_end), word, "before"

    # Asked what she would change, she did not hesitate: "..."
    if before.rstrip().endswith(":"):
        clause = re.split(r"[,;]", before.rstrip()[:-1])[-1]
        subject = WORD.search(clause)
        if subject and subject.group(0).lower() in PRONOUNS:
            offset = sent_start + len(before.rstrip()[:-1]) - len(clause) + subject.start()
            return text[offset:offset + len(subject.group(0))], None, "colon"

    for region_start, region_end in ((after_start, after_end), (sent_start, open_at)):
        match = _ACCORDING.search(masked, region_start, region_end)
        if match:
            # whatever follows "according to" is the source: "according to hydrologist Petra Lind"
            mention = _noun_phrase_forward(text, match.end(), region_end, strict=False)
            if mention:
                return mention, "according to", "according"
    return None, None, None


def _subject_after_quote(text: str, masked: str, start: int, end: int) -> str | None:
    """`"...," central bank governor Ana Ruiz, 54, said`: what stands between quote and verb is the subject.

    Bounded to a dozen words; an apposition after the first comma is left out of the mention.
    """
    end = _skip_auxiliaries_back(masked, start, end)
    head_end = masked.find(",", start, end)
    head_end = end if head_end < 0 else head_end
    segment = masked[start:head_end]
    if not segment.strip() or len(segment.split()) > 12 or re.search(r"[\"“”«»]", segment):
        return None
    if segment.split()[0].lower() in FORWARD_STOPS | SUBORDINATORS:
        return None  # "... after a drone crashed near the border, the ministry said": a clause, not a subject
    if _noun_phrase_back(masked, start, head_end) is None:
        return None
    return _head_with_name(text, start, end)


def _first_cue(text: str) -> tuple[int, int, str] | None:
    """The first reporting verb among the first dozen words."""
    candidates = list(itertools.islice(_CUE.finditer(text), 16))
    for n, match in enumerate(candidates):
        word = match.group(0).lower()
        following = candidates[n + 1].group(0).lower() if n + 1 < len(candidates) else ""
        # "the report said": a noun that looks like a cue, followed by the real verb
        if word in SPEECH_VERBS and following not in SPEECH_VERBS:
            return match.start(), match.end(), word
    return None


def _tokens(text: str, start: int, end: int) -> list[re.Match]:
    return list(WORD.finditer(text, start, end))


def _skip_auxiliaries_back(masked: str, floor: int, end: int) -> int:
    tokens = _tokens(masked, floor, end)
    while tokens and (tokens[-1].group(0).lower() in AUXILIARIES or tokens[-1].group(0).lower().endswith("ly")):
        end = tokens.pop().start()
    return end


def _is_name_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit()) and word not in {"I"}


def _noun_phrase_back(masked: str, floor: int, end: int) -> int | None:
    """Where the subject before a verb starts: `Polish Foreign Minister Rados?aw Sikorski`, `the ministry`, `he`.

    Appositions are stepped over: `Maria Lopez, a nurse at St. Luke's, said` starts at Maria.
    """
    tokens = _tokens(masked, floor, end)
    if not tokens:
        return None
    last = tokens[-1].group(0)
    if last.lower() in PRONOUNS:
        return tokens[-1].start()
    if last == ",":
        apposition_start = _apposition_start(masked, floor, tokens)
        return apposition_start
    start = None
    seen_name = seen_noun = False
    count = 0
    for token in reversed(tokens):
        word = token.group(0)
        lower = word.lower()
        if lower in DETERMINERS:
            if seen_name or seen_noun:
                start = token.start()
            break
        if _is_name_word(word) or lower in TITLE_WORDS or lower in ORG_WORDS:
            seen_name = seen_name or _is_name_word(word)
            seen_noun = True
        elif word == "." and start is not None:
            pass  # "St. Luke's", "Gen. Milley"
        elif (lower in NAME_PARTICLES or lower == "of") and start is not None:
            pass  # "Ursula von der Leyen", "Graham Wills of Coastal University", "Secretary of State"
        elif word[:1].islower() and word.isalpha() and count < 3 and _determiner_ahead(tokens, token):
            seen_noun = True  # "the foreign ministry", "a senior official"
        else:
            break
        start = token.start()
        count += 1
        if count > 8:
            return None
    if start is None or not (seen_name or seen_noun):
        return None
    phrase = masked[start:end].strip()
    first = phrase.split()[0] if phrase else ""
    if first.lower() in DETERMINERS and len(phrase.split()) == 1:
        return None
    if phrase.lower() in {"this", "that", "there", "it", "what"}:
        return None
    return start


def _determiner_ahead(tokens: list[re.Match], token: re.Match) -> bool:
    """Is there a determiner within three words before this lower-case word?"""
    index = tokens.index(token)
    return any(t.group(0).lower() in DETERMINERS for t in tokens[max(0, index - 3):index])


def _apposition_start(masked: str, floor: int, tokens: list[re.Match]) -> int | None:
    """`Maria Lopez, a nurse at St. Luke's, said` / `Its chairman, Piet Vos, said` -> where the subject starts."""
    commas = [i for i, t in enumerate(tokens) if t.group(0) == ","]
    if len(commas) < 2 or commas[-1] - commas[-2] - 1 > 14 or commas[-1] - commas[-2] < 2:
        return None
    return _noun_phrase_back(masked, floor, tokens[commas[-2]].start())


def _head_with_name(text: str, start: int, end: int) -> str:
    """The subject as a mention: its head, plus an apposition that is a name (`Its chairman, Piet Vos`),
    without one that describes (`Tomas Berg, who voted against it` -> `Tomas Berg`)."""
    parts = text[start:end].split(",")
    head = parts[0]
    if len(parts) > 1:
        apposition = parts[1].strip()
        first = apposition.split()[0] if apposition else ""
        if first[:1].isupper() and first.lower() not in DETERMINERS and first.lower() not in {"who", "which"}:
            head = f"{head}, {apposition}"
    return _tidy(head)


def _noun_phrase_forward(text: str, start: int, end: int, strict: bool = True) -> str | None:
    """The subject after an inverted verb, as a mention: `said Kremlin spokesman Dmitri Peskov`,
    `said the ministry in a statement` -> `the ministry`, `said a shopkeeper who gave only his first name, Paulo`.

    It ends at a preposition once it has a noun, at the sentence's end, or at a comma (taking a name after it).
    """
    segment = text[start:end]
    first = WORD.search(segment)
    if first and first.group(0).lower() in PRONOUNS:
        return first.group(0)
    if not first or strict and not (first.group(0).lower() in DETERMINERS | TITLE_WORDS | ORG_WORDS
                                    or _is_name_word(first.group(0))):
        return None  # "warned about exactly this kind of language": no subject follows the verb
    words: list[str] = []
    clause = re.split(r"(?<!\b[A-Z])(?<!\b(?:St|Mr|Dr|Ms))[.;!?]", segment, maxsplit=1)[0]
    parts = clause.split(",")
    for word in parts[0].split():
        bare = word.strip("()").lower()
        if bare in FORWARD_STOPS and any(w.lower() not in DETERMINERS for w in words):
            break
        words.append(word)
        if len(words) >= 12:
            break
    if not words or all(w.lower() in DETERMINERS for w in words):
        return None
    mention = " ".join(words)
    if len(words) == len(parts[0].split()) and len(parts) > 1:
        apposition = parts[1].strip()
        if apposition[:1].isupper() and apposition.split()[0].lower() not in DETERMINERS:
            mention = f"{mention}, {apposition}"
    return _tidy(mention)


def _tidy(mention: str) -> str:
    return re.sub(r"\s+", " ", mention).strip(" ,;:—–-")
