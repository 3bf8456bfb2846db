"""What a capitalised run says on its own, whatever the article: its title and name words, whether it opens
with a known first name and of which gender, whether it names a body. Computed once per distinct run
(`functools.lru_cache`); `cast.py` places the runs in their article.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from pipelines.normalize.lexicon import (
    ABBREVIATIONS,
    CAPITAL,
    DETERMINERS,
    INITIAL,
    LEGAL_FORMS,
    NAME_PARTICLES,
    NAMEPLATE_WORDS,
    ORG_WORDS,
    PARTY_LABELS,
    PERSONAL_TITLES,
    PLACE_WORDS,
    TITLE_WORDS,
    TWO_LETTER_INITIAL,
    WEEKDAYS,
)
from pipelines.normalize.phrases import TITLE_ABBREVIATIONS

OPENING = re.compile(r"(?:The|An?)(?:\s|$)")


_POSTNOMINALS = {"KC", "QC", "SC", "SAN", "MP", "MSP", "MEP", "MLA", "TD", "MBE", "OBE", "CBE", "KBE", "DBE", "PhD",
                 "FRS"}  # (SC: senior counsel in Kenya, Ireland, Australia; SAN: Senior Advocate of Nigeria)
_COUNSEL = {"KC", "QC", "SC", "SAN"}
# (and initials run together, `K.P.`: read after the first, so that other words pay one failed test)
# (and a father's initial joined to the given name, as Mongolian papers print names: `N.Bolortuya`, `Ts.Altantsetseg`;
# a tail tried only after a full stop, so that other words pay one failed test)
JOINED_INITIAL = re.compile(rf"(?:[{CAPITAL}]|Sh|Ch|Ts|Kh|Zh)\.[{CAPITAL}][a-z][\w'’-]+")
# (and a surname after an elided particle: `Gaétan d’Eon`, `Valéry d'Estaing`)
_NAME_WORD = (rf"(?:[{CAPITAL}][\w'’?\-]*\.?(?:[{CAPITAL}]\.){{0,2}}(?:(?<=\.)[{CAPITAL}][a-z][\w'’-]+)?|[{CAPITAL}]\."
              rf"|(?<![\w'’])d['’][{CAPITAL}][a-z][\w'’-]*)")
# The same word as the run's first, written to open on one character set: the engine then skips to the next capital
# (or `d`) in C instead of trying each alternative at every character, which made this the costliest pattern.
_OPENING_NAME_WORD = (rf"[{CAPITAL}d](?:(?<!d)[\w'’?\-]*\.?(?:[{CAPITAL}]\.){{0,2}}(?:(?<=\.)[{CAPITAL}][a-z][\w'’-]+)?"
                      rf"|(?<=d)(?<![\w'’]d)['’][{CAPITAL}][a-z][\w'’-]*)")
# (and `an` after `Mac` or `Nic`: `Seosamh Mac an Bhaird`)
# (and an Arabic article joined to a later word: `Khaled al-Masri`)
NAME_RUN = re.compile(rf"{_OPENING_NAME_WORD}"
                      rf"(?:\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+|(?<=Mac )an\s+|(?<=Nic )an\s+)*"
                      rf"(?:{_NAME_WORD}|(?:al|el)-[{CAPITAL}][\w'’-]*))*(?:\s+(?:uulu|kyzy)\b)?")  # `Nurlan uulu`
# Capitalised words that open sentences but never names.
NOT_NAMES = {"the", "a", "an", "it", "its", "he", "she", "his", "her", "they", "their", "we", "our", "i", "in",
             "on", "at", "but", "and", "or", "as", "after", "before", "asked", "when", "while", "if", "this",
             "that", "there", "then", "so", "for", "from", "with", "by", "to", "of", "not", "no", "yes", "one",
             "some", "many", "most", "more", "every", "each", "all", "both", "former", "born", "speaking", "since",
             "until", "during", "according", "said", "says", *WEEKDAYS,
             "he’s", "he's", "she’s", "she's", "it’s", "it's", "critics", "residents", "officials", "police",
             "shares", "although", "though", "because", "unless", "whether", "despite", "like", "unlike", "maybe",
             "perhaps", "regarding", "concerning", "neither", "either", "none", "several", "few", "others",
             "nobody", "everyone", "everybody", "somebody", "someone", "anyone", "anybody"}
_SEXES = {"M": "male", "1M": "mostly_male", "?M": "mostly_male", "F": "female", "1F": "mostly_female",
          "?F": "mostly_female", "?": "andy"}


@functools.cache
def _first_names() -> dict[str, dict[str, str]]:
    """gender_guesser's 40,000-name table as its Detector(case_sensitive=False) holds it: lower-case name ->
    {gender: country counts}. Read in one pass here (loaded once, on first use): the Detector reads it line by line
    through codecs, which cost every parse worker 0.9 s; its answers are the same (tests/test_gender.py)."""
    text = (importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt").read_text("utf-8")
    names: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        line = line.strip()
        if line[0] in "#=":
            continue
        sex, name = line.split(None, 2)[:2]
        gender, counts, name = _SEXES[sex], line[30:-1], name.lower()
        # "Ann+e": Anne, Ann e and Ann-e
        for spelling in (name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")) if "+" in name \
                else (name,):
            names.setdefault(spelling, {})[gender] = counts
    return names


def _dataset_gender(name: str) -> str:
    """Detector.get_gender(name) with no country: the gender given in the most countries (ties to the higher
    counts), "andy" when none, "unknown" for a name not in the table."""
    genders = _first_names().get(name.lower())
    if genders is None:
        return "unknown"
    if len(genders) == 1:  # (most names: one gender, no tie to break)
        gender, counts = next(iter(genders.items()))
        return gender if counts.replace(" ", "") else "andy"
    # the first of the most countries; among them, the first of the highest counts (summed only on a tie)
    countries = {gender: len(counts.replace(" ", "")) for gender, counts in genders.items()}
    most = max(countries.values())
    if most == 0:
        return "andy"
    tied = [gender for gender, count in countries.items() if count == most]
    if len(tied) == 1:
        return tied[0]
    sums = [sum(ord(c) - 55 if ord(c) > 64 else ord(c) - 48 for c in genders[gender].replace(" ", ""))
            for gender in tied]
    return tied[sums.index(max(sums))]
_LOST_LETTER_GUESSES = "éíóáúñçãõłśżčšžıeioau"


@functools.cache
def first_name_guess(word: str) -> str:
    """The dataset's answer for a first name; a letter lost to '?' is tried as the usual suspects."""
    word = word.strip(".,")
    if "?" not in word:
        guess = _dataset_gender(word)
        if guess == "unknown" and len(word) > 3 and not word.isascii():
            # `Gaétan`, `Jérôme`: the table writes many names without their accents
            plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
            if plain and plain != word and len(plain) == len(word):
                guess = _dataset_gender(plain)
        if guess == "unknown" and "-" in word.strip("-"):
            # `Aino-Maija`, `Hans-Peter`: a double first name the table lacks, of two it knows, is theirs when
            # they agree
            guesses = {_GUESS_GENDER.get(_dataset_gender(part), "unknown") for part in word.split("-")}
            return guesses.pop() if len(guesses) == 1 and "unknown" not in guesses else guess
        return guess
    for letter in _LOST_LETTER_GUESSES:
        guess = _dataset_gender(word.replace("?", letter))
        if guess != "unknown":
            return guess
    return "unknown"
_GUESS_GENDER = {"female": "female", "mostly_female": "female", "male": "male", "mostly_male": "male"}


# (this and is_first_name cached themselves: asked of the same words thousands of times an article, a cache hit costs
# no Python call, where a call through to first_name_guess's cache costs one)
@functools.cache
def first_name_gender(word: str) -> str | None:
    """'female', 'male', or None when the word is no known first name (or is used for both)."""
    return _GUESS_GENDER.get(first_name_guess(word))


@functools.cache
def first_name_is_rare(word: str) -> bool:
    """A first name the table knows from two countries at most, at its lowest frequency ("Wren": a man's name,
    once; "Winfred": a man's name twice, a woman's in Kenya): too little to hold against what the text says."""
    genders = _first_names().get(word.strip(".,").lower())
    # (its counts' characters other than spaces are "1" or "1" twice: one string, not a list of characters)
    return bool(genders) and "".join(genders.values()).replace(" ", "") in ("1", "11")


@functools.cache
def first_name_is_contested(word: str) -> bool:
    """A first name the table gives as a woman's in some countries and a man's in others (`Rafa`, `Rand`): its
    gender is a weak guess beside a pronoun the text gives."""
    genders = _first_names().get(word.strip(".,").lower(), {})
    return any("female" in gender for gender in genders) and any(gender.endswith("_male") or gender == "male"
                                                                 for gender in genders)


@functools.cache
def is_first_name(word: str) -> bool:
    return first_name_guess(word) != "unknown"


@functools.lru_cache(maxsize=1 << 16)
def name_words(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Title and name of a capitalised run, without the sentence words before it ("In Sofia" -> "Sofia")."""
    return _name_words(run)


# (run_facts reads each run once and its facts are kept: it calls the uncached steps, with no cache's upkeep)
def _name_words(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if " " not in run and len(alone := run.split()) == 1:
        # Half of all runs are one word, read here without the general steps (what they come to for one word:
        # split_title drops a determiner and finds no title, no name follows it; no sentence ends inside the run;
        # a function word is no name)
        lower = alone[0].lower()
        if "." in lower and JOINED_INITIAL.fullmatch(alone[0]):
            return (), _initial_apart(alone[0])
        return (), () if lower in DETERMINERS or lower.strip(".,") in NOT_NAMES else (alone[0],)
    title, words = _split_title(run)
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1][-1] in ".!?" and _ends_sentence(words[i - 1]):  # (most words: no call)
            if all(w.lower().strip(".,") in NOT_NAMES for w in words[i:]):
                words = (*words[:i - 1], words[i - 1].rstrip(".!?"))  # "Aled Pryce-Morgan. She": the name ends it
            else:
                title, words = (), words[i:]  # "Ohio. Ruiz": the name starts after the sentence ends
            break
    while words and words[0].lower().strip(".,") in NOT_NAMES and not (words[0].endswith(".") and len(words) > 1
                                                                          and INITIAL.fullmatch(words[0])) and not (
            len(words) > 1 and title and words[0].lower() in WEEKDAYS
            and title[-1].lower().strip(".") in PERSONAL_TITLES):
        words = words[1:]  # (but `A.` is an initial: `Dr. A. Kalaiselvi`; and after `Mr` a day is a given name, as
        # West Africans name a child for the day of birth: `Mr Friday Ugbede`)
    while words and words[-1].lower().strip(".,") in NOT_NAMES:
        words = words[:-1]  # "Clinton And": no name ends in a function word
    if len(words) > 2 and words[0].lower() in PARTY_LABELS and not orgish(words):
        title, words = (*title, words[0]), words[1:]  # "Democrat Ana Ruiz": a label, not a name
    if len(words) == 1 and "." in words[0] and JOINED_INITIAL.fullmatch(words[0]):
        words = _initial_apart(words[0])  # after a title too: `Provincial Governor L.Purevdorj`
    if len(words) > 2:
        # "Ana J. Ruiz" is Ana Ruiz: a middle initial does not make another person
        # (an initial ends in a full stop: no pattern tried on the other words)
        words = (words[0], *(w for w in words[1:-1] if not (w[-1:] == "." and INITIAL.fullmatch(w))), words[-1])
    return title, words


# a word after `An` that English would not put there, a consonant's: Irish `An Post`, `An Bord Pleanála` are names
# (not `An NHS`)
_IRISH_ARTICLE_NAME = re.compile(r"[B-DF-HJ-NP-TV-Z][a-zà-ÿ]")


def _initial_apart(word: str) -> tuple[str, str]:
    """`N.Bolortuya` is N. Bolortuya, as `Sh. Altangerel` is: the father's initial, then the given name."""
    initial, given = word.split(".", 1)
    return initial + ".", given


def _ends_sentence(word: str) -> bool:
    """"Ohio." ends a sentence; "Gen.", "J." and "St." do not."""
    if not word.endswith((".", "!", "?")):
        return False
    stem = word.rstrip(".!?")
    return len(stem) > 1 and stem.lower() not in ABBREVIATIONS and stem.lower() not in TITLE_ABBREVIATIONS and \
        not INITIAL.fullmatch(word) and not TWO_LETTER_INITIAL.fullmatch(stem)  # (nor "K.P.", nor "Sh.")


@functools.lru_cache(maxsize=1 << 16)
def split_title(mention: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(["Polish", "Foreign", "Minister"], ["Rados?aw", "Sikorski"]) from the words of a mention."""
    return _split_title(mention)


def _split_title(mention: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = mention.split()  # (no empty words: split() drops them)
    while words and words[0].lower() in DETERMINERS and not (
            words[0] == "An" and len(words) > 1 and _IRISH_ARTICLE_NAME.match(words[1])):
        words = words[1:]
    # French "M." before a first name and a surname is Monsieur, no initial ("M. Thierry Archambeau"; before a
    # surname alone the article decides: `M. Archambeau` beside Thierry Archambeau, `M. Saravanan` an initial)
    last_title = 0 if words[:1] == ["M."] and len(words) > 2 and is_first_name(words[1]) else -1
    # (str's search for the hyphen first: few words hold one)
    while last_title + 1 < len(words) - 1 and "-" in words[last_title + 1] and \
            words[last_title + 1].lower().endswith("-year-old"):
        last_title += 1  # "Nine-year-old Kagiso Ramaphala": an age before a name says who it is, a person
    for i, word in enumerate(words):
        lower = word.lower().strip(".,")
        # "Harlow's chief executive X": a possessive before more words ends the title; on the last word it is
        # the name's own ("Emmanuel Macron's proposal")
        if (lower in TITLE_WORDS or "-" in lower and all(part in TITLE_WORDS for part in lower.split("-"))
                or word == "PC" and i + 2 < len(words) and is_first_name(words[i + 1])) and not (
                i and words[i - 1].lower() in _PATRONYMIC) and not (
                i + 1 < len(words) and words[i + 1].lower() in PLACE_WORDS) or (  # (`Regent Street`: a place's)
                lower.endswith(("'s", "’s")) and i + 1 < len(words)):
            # (but `Salmah binti Haji Kamis`: a father's title is part of the name; a compound of titles is one:
            # `Advocate-General`, `Secretary-General`)
            last_title = i
    if last_title < 0 and 3 <= len(words) <= 6:
        # "Postmaster Ebenezer Tawiah", "Guitarist Rosli Bakar", "County Extension Agent Kacey Machacek": a role's
        # noun before a full name (of two or three words), perhaps after its own capitalised words
        for i in range(max(1, len(words) - 3), len(words) - 1):
            role = words[i - 1].lower()
            if (role.endswith(_ROLE_ENDINGS) or role in _ROLES) and words[i - 1].isalpha() and \
                    not is_first_name(words[i - 1]) and is_first_name(words[i]) and \
                    not any(is_first_name(word) for word in words[:i - 1]):
                last_title = i - 1
                break
    while len(words) > 2 and words[-1].strip(".,") in _POSTNOMINALS and (
            is_first_name(words[0]) or words[-1].strip(".,") in _COUNSEL and not orgish(words[:-1])):
        words = words[:-1]  # "Imogen Hartley KC": letters after a name, not a body's initials ("the Salford MP")
        # (a counsel's letters, whatever the first name: `Kimutai Mosbei SC`)
    if last_title >= 0:
        # "Former Kapsoit Marathon champion Winfred Chepkwony": the title goes on to a role's noun before the name
        for i in range(len(words) - 3, last_title, -1):
            if words[i].isalpha() and words[i].islower() and words[i] not in NAME_PARTICLES and \
                    is_first_name(words[i + 1]) and all(w[:1].isupper() for w in words[i + 1:]):
                last_title = i
                break
    if last_title >= 0 and last_title + 1 < len(words) and words[last_title + 1][:1].isupper():
        return tuple(words[: last_title + 1]), tuple(words[last_title + 1:])
    return (), tuple(words)


_ROLE_ENDINGS = ("ist", "er", "or", "ian", "master", "man", "woman", "person")
# (and the roles that end otherwise: `Midwife Lillian Atim`)
_ROLES = {"midwife", "nurse", "chef", "cook", "pilot", "guide", "clerk", "imam", "pastor", "priest", "monk", "nun",
          "vet", "curate", "deacon", "rabbi", "cadet", "constable", "regent", "agent", "assistant", "head"}
_PATRONYMIC = {"bin", "binti", "ibn"}  # (the particles of NAME_PARTICLES that say `son or daughter of`)


class RunFacts(NamedTuple):
    """What a capitalised run says on its own, whatever the article: computed once per distinct run. (A named
    tuple, not a frozen dataclass: made for every new run, and a frozen dataclass sets its nine fields one call
    at a time.)"""
    title: tuple[str, ...]
    words: tuple[str, ...]
    key: str  # its last word, lower case, without a possessive: what a surname alone is looked up by
    lone: bool  # one word: perhaps a surname used alone
    first_name: bool  # one word that is a known first name
    full: str | None  # the full name it gives, when it has two words or more
    length: int  # words in that full name
    vouched: bool  # a full name on its own: an organisation, a known first name, or a title before it
    opening: bool  # has "The", "A" or "An" before a space or at its end: where a role ("The judge") may open


# The facts of the runs met lately: most runs come again in later articles ("Trump", "Monday", "The"). A plain dict,
# emptied when full: a look-up costs a third of an lru_cache hit's, and an article looks up every run it has.
_FACTS: dict[str, RunFacts] = {}
_FACTS_KEPT = 1 << 16


def facts_of_runs(runs: Iterable[str]) -> dict[str, RunFacts]:
    """Each distinct run (in order of first appearance) -> its facts."""
    if len(_FACTS) > _FACTS_KEPT:
        _FACTS.clear()
    known = _FACTS.get
    return {run: known(run) or _FACTS.setdefault(run, run_facts(run)) for run in runs}


def run_facts(run: str) -> RunFacts:
    title, words = _name_words(run)
    # (str's search for the pattern's words first: most runs hold neither)
    opening = ("A" in run or "The" in run) and OPENING.search(run) is not None
    if not words:
        return RunFacts(title, words, "", False, False, None, 0, False, opening)
    last = strip_possessive(words[-1])
    # (a regnal numeral is no surname: `Nana Baafuor Amoafo III` is `Amoafo` alone)
    key = (words[-2] if len(words) > 2 and last in _NUMERALS else last).lower()
    if len(words) == 1:
        # (a lone letter is no surname: the first letter a blanked quote keeps, `"B·····," he said`)
        return RunFacts(title, words, key, len(key) > 1, is_first_name(words[0]), None, 0, False, opening)
    # (the full name's words are the run's: none is empty or holds a space)
    full = " ".join((*words[:-1], last)) if key else None
    # (the cheapest test first: all three are pure)
    return RunFacts(title, words, key, False, False, full, len(words) if full else 0,
                    bool(title) or is_first_name(words[0]) or orgish_words(words), opening)


# a regnal or generational numeral after a name ("Nana Ofori Atuahene III", "King Abdullah II"): capitals, but no
# body's initials
_NUMERALS = {"II", "III", "IV", "VI", "VII", "VIII", "IX"}


# initials that name a country, a city or a union of them, not a person (`P.J. Chacko`)
_BODY_INITIALS = {"u.s", "u.k", "u.n", "e.u", "d.c", "l.a", "n.y", "n.z", "u.a.e", "s.a", "l.l.c"}


@functools.lru_cache(maxsize=1 << 16)
def orgish_words(words: tuple[str, ...]) -> bool:
    # one pass, each word lower-cased once (the three tests are pure: their order does not change the answer)
    for i, w in enumerate(words):
        lower = w.lower().strip(".,")
        if lower in ORG_WORDS or i and (lower.endswith(("works", "eries")) and len(lower) > 6  # `Tlou Earthworks`,
                                        # `Kinangop Creameries`, `Hollin Breweries`: a trade's premises, plural
                                        or lower in LEGAL_FORMS and i == len(words) - 1) or (
                w.isupper() and len(w.strip(".,")) > 1 and lower not in TITLE_WORDS and not (
                    # (a constable's `PC` before a first name and a surname; `PC Pro` is a magazine)
                    w == "PC" and i + 2 < len(words) and is_first_name(words[i + 1]))) and not (
                i > 1 and w.strip(".,") in _NUMERALS) and not (
                INITIAL.fullmatch(w) and lower not in _BODY_INITIALS) or (
                i and w[:1].isupper() and strip_possessive(w).lower() in NAMEPLATE_WORDS) or (
                # `Osage Ford Bible Church`, `the Catholic Church`; but `Church` is a surname after a first name
                lower in ("church", "churches") and (
                    len(words) > 2 or len(words) == 2 and not is_first_name(words[0]))):
            return True
    return False


def orgish(words) -> bool:
    return orgish_words(tuple(words))


@functools.lru_cache(maxsize=1 << 16)
def strip_possessive(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s").rstrip(".,")
