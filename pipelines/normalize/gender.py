"""Speaker gender and the evidence for it: what one article says, and what all articles together decide.

Within an article (`article_evidence`), only the article's own words count, for persons only:
- an honorific or a gendered title next to the name or in the mention ("Mrs. Okafor", "spokeswoman Ana Ruiz",
  "Ana Ruiz, a spokeswoman for ..."),
- a kinship word for the speaker ("her son, Marcus Webb", "Eva Novak, his widow", a quote by "her husband"),
- a pronoun the article uses for the speaker: a quote whose mention is "she" resolved to the speaker, or "she" /
  "her" after the speaker's name in the writer's own sentence before anyone else is named ("Okafor said she ...").
Evidence for both genders in one article is a conflict: that article says `unknown`.

Across articles (`decide`), each article's verdict is a vote weighed by its kind; a gender wins with at least
twice the weight of the other. Only when no article says anything does the first name decide, through the
gender-guesser name table (a guess about a name, not knowledge of a person). Organisations and speakers of
unknown kind are never gendered.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipelines.normalize.cast import (  # one way to blank quotes
    whole_words,
    writer_text,
)
from pipelines.normalize.lexicon import CAPITAL
from pipelines.normalize.model import Paragraph, Quote
from pipelines.normalize.names import first_name_gender  # one name table
from pipelines.normalize.sentences import sentence_starts

FEMALE, MALE, UNKNOWN = "female", "male", "unknown"
GENDERS = (FEMALE, MALE, UNKNOWN)
# What decided a speaker's gender; `conflict`: the evidence disagreed, `none`: there was none.
EVIDENCE = ("honorific", "kinship", "pronoun", "first_name", "conflict", "none")
ARTICLE_EVIDENCE = ("honorific", "kinship", "pronoun")  # strongest first
# A pronoun is found by resolving or by proximity, either of which can err; a title or kinship word is written
# next to the name itself.
WEIGHT = {"honorific": 2, "kinship": 2, "pronoun": 1}

HONORIFICS = {
    "mr": MALE, "mister": MALE, "sir": MALE, "lord": MALE, "herr": MALE, "monsieur": MALE, "señor": MALE,
    "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE, "dame": FEMALE, "lady": FEMALE, "madam": FEMALE,
    "madame": FEMALE, "mme": FEMALE, "mlle": FEMALE, "frau": FEMALE, "señora": FEMALE,
    # titles that carry a gender; not "spokesman" or "chairman", which many newsrooms use for women too
    "king": MALE, "prince": MALE, "duke": MALE, "baron": MALE, "emperor": MALE, "congressman": MALE,
    "councilman": MALE, "assemblyman": MALE, "businessman": MALE,
    "sportsman": MALE, "policeman": MALE, "fireman": MALE, "headmaster": MALE,
    "queen": FEMALE, "princess": FEMALE, "duchess": FEMALE, "baroness": FEMALE, "countess": FEMALE,
    "empress": FEMALE, "spokeswoman": FEMALE, "chairwoman": FEMALE, "congresswoman": FEMALE,
    "councilwoman": FEMALE, "assemblywoman": FEMALE, "businesswoman": FEMALE, "sportswoman": FEMALE,
    "policewoman": FEMALE, "firewoman": FEMALE, "headmistress": FEMALE, "actress": FEMALE, "waitress": FEMALE,
    "congresswoman-elect": FEMALE, "congressman-elect": MALE,
    "sheikh": MALE, "alhaji": MALE, "alhaja": FEMALE, "hajia": FEMALE,
}
KINSHIP = {
    "wife": FEMALE, "mother": FEMALE, "mum": FEMALE, "mom": FEMALE, "daughter": FEMALE, "sister": FEMALE,
    "widow": FEMALE, "grandmother": FEMALE, "granddaughter": FEMALE, "aunt": FEMALE, "niece": FEMALE,
    "girlfriend": FEMALE, "fiancee": FEMALE, "fiancée": FEMALE, "stepmother": FEMALE, "stepdaughter": FEMALE,
    "husband": MALE, "father": MALE, "dad": MALE, "son": MALE, "brother": MALE, "widower": MALE,
    "grandfather": MALE, "grandson": MALE, "uncle": MALE, "nephew": MALE, "boyfriend": MALE, "fiance": MALE,
    "stepfather": MALE, "stepson": MALE,
}
PRONOUNS = {"he": MALE, "his": MALE, "himself": MALE, "she": FEMALE, "her": FEMALE, "herself": FEMALE}
_SUBJECT_PRONOUNS = {"he", "she"}  # a quote's mention that is a pronoun

_WORD = re.compile(r"[\w’'.-]+")
_ANY_PRONOUN = whole_words(("he", "his", "him", "himself", "she", "her", "hers", "herself", "they", "them",
                            "their", "it", "its", "i", "we", "you"))
PRONOUN_REACH = 3  # words between the name and its pronoun: "Ferris told reporters she"
# After the name: ", a spokeswoman for", ", 34, her son,", ", the victim's mother": an apposition.
_APPOSITION = re.compile(r",\s*(?:\d+,\s*)?(?P<words>[\w’' -]+)")
_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my"}
_OBJECT_AFTER = {"for", "of", "at", "in", "with", "from", "to", "on", "as", "than", "by", "about", "like"}
_PREPOSITIONS = {"for", "of", "at", "in", "with", "from", "to", "on", "who", "whose", "which", "said"}
_GLUED_AFTER = re.compile(r"[’']s\b")  # a possessive after a name (see _glued_after)
_WORD_BEFORE = re.compile(rf"([{CAPITAL}][\w’'.-]+)\s+$")
_CAPITALISED = re.compile(rf"[{CAPITAL}](?<!\w.)[\w’'-]+")  # "\b[A-Z]", faster (see whole_words)
_NEXT_WORD = re.compile(r"\s*(\w+)")
# "her" is the object, not a possessive, before these ("thanked her for", "told her."): someone else.
_AFTER_OBJECT = {"for", "to", "with", "about", "that", "and", "but", "in", "on", "at", "as", "from", "by", "into",
                 "over", "after", "before", "again", "back", "up", "down", "out", "off", "a", "an", "the", "if"}


@dataclass(frozen=True)
class Verdict:
    gender: str  # female, male, unknown
    evidence: str  # one of EVIDENCE


NONE = Verdict(UNKNOWN, "none")


def article_evidence(paragraphs: Sequence[Paragraph], quotes: Sequence[Quote]) -> dict[str, Verdict]:
    """What this article's own words say of the gender of each person it quotes (only those it says something
    about). `quotes` carry their resolved speakers."""
    persons = {q.speaker for q in quotes if q.speaker and q.speaker_kind == "person" and q.kind != "scare"}
    if not persons:
        return {}
    hits: dict[str, list[tuple[str, str]]] = {name: [] for name in persons}
    for quote in quotes:
        if quote.speaker in hits and quote.speaker_mention and quote.kind != "scare":
            hits[quote.speaker] += _mention_hits(quote.speaker_mention, quote.speaker)
    for name in persons:
        hits[name] += _word_hits(w for w in name.lower().split() if w in HONORIFICS)  # "Medix spokeswoman"
    # only the paragraphs that name someone quoted (every form of a name ends in its last word)
    last_words = {name.split()[-1] for name in persons}
    # a pronoun inside a quote is the speaker's own word for someone else
    writer = [text for _, text in writer_text([p for p in paragraphs if any(map(p.text.__contains__, last_words))],
                                              quotes)]
    # Each person's name, and the surname alone ("Mrs. Okafor") when nobody else in the article has it.
    forms = {name: name for name in persons}
    surnames = Counter(name.split()[-1] for name in persons if len(name.split()) > 1)
    shared = _shared_surnames(writer, {name.split()[-1]: name.split()[0] for name in persons
                                       if len(name.split()) > 1 and surnames[name.split()[-1]] == 1})
    for name in persons:
        words = name.split()
        if len(words) > 1 and surnames[words[-1]] == 1 and words[-1] not in shared and words[-1] not in forms:
            forms[words[-1]] = name
    for text in writer:
        # most forms are not in most paragraphs: one search in C says so before any occurrence is walked
        found = sorted((start, -end, form) for form in forms if form in text
                       for start, end in _occurrences(text, form))
        paragraph = _Writer(text)
        taken = -1
        for start, minus_end, form in found:
            end = -minus_end
            if start >= taken:  # the longest form at a place, and "Ana Ruiz" once, not also as "Ruiz"
                hits[forms[form]] += _text_hits(paragraph, start, end)
                taken = end
    return {name: verdict for name, found in hits.items() if (verdict := _article_verdict(found)) is not None}


def _article_verdict(hits: list[tuple[str, str]]) -> Verdict | None:
    if not hits:
        return None
    genders = {gender for gender, _ in hits}
    if len(genders) > 1:
        return Verdict(UNKNOWN, "conflict")
    kinds = {kind for _, kind in hits}
    return Verdict(genders.pop(), next(k for k in ARTICLE_EVIDENCE if k in kinds))


@functools.lru_cache(maxsize=1 << 14)
def _mention_hits(mention: str, speaker: str) -> tuple[tuple[str, str], ...]:
    """Evidence in the words a quote's speaker is introduced with: "she", "Mrs. Okafor", "her son, Marcus Webb",
    "the spokeswoman". Only the words right before the name count, or the head of a mention without the name."""
    lower = mention.strip().lower()
    if lower in _SUBJECT_PRONOUNS:
        return ((PRONOUNS[lower], "pronoun"),)
    name_words = {w.lower() for w in speaker.split()}
    words = [w.lower().strip(".,") for w in _WORD.findall(mention.split(" of ")[0])]
    at = next((i for i, w in enumerate(words) if w in name_words), None)
    return tuple(_word_hits(words[:at][-3:] if at is not None else words[-1:]))


def _word_hits(words: Iterable[str]) -> list[tuple[str, str]]:
    found = []
    for word in words:
        if word in HONORIFICS:
            found.append((HONORIFICS[word], "honorific"))
        elif word in KINSHIP:
            found.append((KINSHIP[word], "kinship"))
    return found


class _Writer:
    """A paragraph of the writer's text, with what is asked of it worked out once, when first asked: its sentences
    only when a he or she follows a name, and the pronoun after an offset reused for the later offsets it is
    also the first after (the names are read in order: linear time)."""

    def __init__(self, text: str):
        self.text = text
        self._starts: tuple[int, ...] | None = None
        self._searched: tuple[int, re.Match | None] = (len(text) + 1, None)

    def sentence_end(self, offset: int) -> int:
        if self._starts is None:
            self._starts = sentence_starts(self.text)
        following = bisect.bisect_right(self._starts, offset)
        return self._starts[following] if following < len(self._starts) else len(self.text)

    def pronoun_after(self, offset: int) -> re.Match | None:
        since, match = self._searched
        if not (since <= offset and (match is None or match.start() >= offset)):
            match = _ANY_PRONOUN.search(self.text, offset)
            self._searched = (offset, match)
        return match


def _text_hits(paragraph: _Writer, start: int, end: int) -> list[tuple[str, str]]:
    """Evidence around one occurrence of the speaker's name in the writer's text."""
    text = paragraph.text
    found = []
    before = [w.lower().strip(".,") for w in _WORD.findall(text[max(0, start - 40):start])[-2:]]  # two are read
    if before and before[-1] in HONORIFICS:
        found.append((HONORIFICS[before[-1]], "honorific"))  # "Mrs. Okafor", "spokeswoman Ana Ruiz"
    if before and before[-1] in KINSHIP and (len(before) == 1 or before[-2] in _DETERMINERS
                                             or before[-2].endswith(("'s", "’s"))):
        found.append((KINSHIP[before[-1]], "kinship"))  # "her son, Marcus Webb", "the victim's mother Ana"
    found += _word_hits(_apposition_head(text, end))
    pronoun = _pronoun_after(paragraph, start, end)
    if pronoun:
        found.append((pronoun, "pronoun"))
    return found


def _apposition_head(text: str, end: int) -> list[str]:
    """The head noun of an apposition after the name: ", a spokeswoman for", ", 34, her son,", ", the victim's
    mother" (the last word before a preposition or punctuation, within four words)."""
    match = _APPOSITION.match(text, end)
    if match is None:
        return []
    words = []
    for word in match.group("words").split():
        if word.lower() in ("and", "or"):
            return []  # a list of people, not a description of this one: "Tom Lee, his wife and ..."
        if word.lower() in _PREPOSITIONS:
            break
        words.append(word.lower())
    return words[-1:] if words and len(words) <= 4 and (len(words) == 1 or words[0] in _DETERMINERS) else []


def _pronoun_after(paragraph: _Writer, start: int, end: int) -> str | None:
    """The gender of a he/she/his/her a few words after the name, in the same sentence, with nobody else named
    or pronouned in between: "Okonkwo said she ...", "Okonkwo won her first title". Further on, a pronoun is as
    likely someone else ("Lambert said the turning point came when she ..."); "thanked him for his" is too, and
    so is a name or a pronoun after a preposition ("the name recognition of Grassley, but she", "chose Tim Kaine
    as her running mate")."""
    text = paragraph.text
    # the first pronoun after the name, if it is in the same sentence (a pronoun word never spans a sentence end,
    # which follows a space); its sentences are read only for a he or she
    match = paragraph.pronoun_after(end)
    if match is None or match.group(0).lower() not in PRONOUNS or match.start() >= paragraph.sentence_end(end) \
            or _CAPITALISED.search(text, end, match.start()):
        return None
    between = text[end:match.start()].split()
    before = text[max(0, start - 20):start].split()
    if len(between) > PRONOUN_REACH or (between and between[-1].lower() in _OBJECT_AFTER) \
            or (before and before[-1].lower() in _OBJECT_AFTER):
        return None
    word = match.group(0).lower()
    if word == "her":
        following = _NEXT_WORD.match(text, match.end())  # not a slice: that copies the rest of the paragraph
        if following is None or following.group(1).lower() in _AFTER_OBJECT:
            return None
    return PRONOUNS[word]


def _occurrences(text: str, form: str):
    """Where a name stands as whole words in the text, not as a possessive ("Okafor's" is someone else's)."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _glued(text[at - 1])) and not _glued_after(text, end):
            yield at, end
        at = text.find(form, end)


def _glued(char: str) -> bool:
    """A character of a word joined to a name before it: `[\\w’'-]` (\\w is what str.isalnum says, and `_`),
    tested without a pattern."""
    return char.isalnum() or char in "_’'-"


def _glued_after(text: str, end: int) -> bool:
    """A word character or a hyphen at `end`, or a possessive's `’s`; the pattern is tried only after an
    apostrophe (most names have none)."""
    char = text[end:end + 1]
    if char in ("’", "'"):
        return _GLUED_AFTER.match(text, end) is not None
    return char.isalnum() or char in ("_", "-")


def _shared_surnames(writer: list[str], first_of: dict[str, str]) -> set[str]:
    """The surnames that another person named in the article also has ("Klaus Hoffmann" besides "Ingrid
    Hoffmann"): a known first name before the surname that is not the speaker's."""
    return {surname for surname, own_first in first_of.items()
            if any(_other_first_name(text, start, own_first) for text in writer if surname in text
                   for start, _ in _occurrences(text, surname))}


def _other_first_name(text: str, start: int, own_first: str) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    first = before.group(1) if before else None
    return bool(first and first != own_first and first.lower().strip(".") not in HONORIFICS
                and first_name_gender(first))


def decide(name: str, kind: str, votes: Iterable[Verdict]) -> Verdict:
    """One speaker's gender from the verdicts of the articles that said something about it (one each)."""
    if kind != "person":
        return NONE
    weight = {FEMALE: Counter(), MALE: Counter()}
    conflicts = 0
    for vote in votes:
        if vote.gender in weight:
            weight[vote.gender][vote.evidence] += WEIGHT[vote.evidence]
        else:
            conflicts += 1
    female, male = weight[FEMALE].total(), weight[MALE].total()
    if female or male:
        if female >= 2 * male or male >= 2 * female:
            gender = FEMALE if female > male else MALE
            strongest = max(ARTICLE_EVIDENCE, key=lambda k: (weight[gender][k], -ARTICLE_EVIDENCE.index(k)))
            return Verdict(gender, strongest)
        return Verdict(UNKNOWN, "conflict")
    if conflicts:
        return Verdict(UNKNOWN, "conflict")
    words = name.split()
    guess = first_name_gender(words[0]) if len(words) > 1 else None
    return Verdict(guess, "first_name") if guess else NONE
