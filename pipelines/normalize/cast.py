"""Who and what an article names, where, and what is known of each: its cast.

Every capitalised run and role is placed once per article (a person, a body, an unnamed source), with the full name
a surname stands for, the titles given, and the gender the text tells; `speakers.py` reads a quote's mention against
this cast.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from itertools import chain, takewhile
from typing import NamedTuple

from pipelines.normalize.lexicon import (
    AUXILIARIES,
    CAPITAL,
    DETERMINERS,
    GENDERED_TITLES,
    INITIAL,
    NAME_PARTICLES,
    ONE_NAME_HONORIFICS,
    TITLE_WORDS,
    TWO_LETTER_INITIAL,
)
from pipelines.normalize.model import Paragraph, Quote
from pipelines.normalize.names import (
    NAME_RUN,
    NOT_NAMES,
    facts_of_runs,
    first_name_gender,
    first_name_guess,
    first_name_is_rare,
    is_first_name,
    name_words,
    orgish,
    orgish_words,
    strip_possessive,
)
from pipelines.normalize.people import (
    _KIN_WORDS,
    _PERSON_ROLES,
    _ROLE_NOUNS,
    _SPEAKS,
    Entity,
    _age_after,
    _agent_noun,
    _alone_as_a_name,
    _cut_fields,
    _described_people,
    _family_name_first,
    _given_before,
    _inner_names,
    _is_person_noun,
    _place_name,
    _role_follows,
    _share_surnames,
    _word_before,
)
from pipelines.normalize.phrases import CLAUSE_OPENERS, PHRASE_PREPOSITIONS, verbish
from pipelines.normalize.sentences import sentence_starts

_DATELINE = re.compile(r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+)*(?:,[^—–(]{0,40})?\s*(?:\([^)]{1,30}\)\s*)?[—–-]")
# (and French `M.`, Monsieur, before a name: no title word, for `M.` is as often an initial; names.split_title
# decides which it is)
_HONORIFIC_GENDER = {**GENDERED_TITLES, "m": "male"}
_SPOUSES = {"wife", "husband", "widow", "widower"}


# people's nouns by their endings, for the pattern of someone new (`A former soloist who left`, `A librarian`)
_SUFFIXED_ROLES = {r"[a-z]{3,}(?<!l)ist", r"[a-z]{3,}ian", r"[a-z]{2,}(?:wo)?man", r"[a-z]{2,}person"}


def _role_after(roles: set[str]) -> str:
    """After `The`/`A`: up to a capitalised word or a number and two lower-case words, then one of the roles, and
    no name right after it (`the prime minister`, `A 19-year-old survivor`)."""
    # (no verb among the words: `The Taoiseach was accused` is no role; nor a possessive, `The house his father built`)
    return (rf"\s+(?P<words>(?:[{CAPITAL}][\w'’-]*\s+|\d[\w-]*\s+)?"
            r"(?:(?!(?:was|is|were|are|has|had|have|been|be|his|her|their|its|my|our|your)\s)[a-z][\w-]*(?:['’]s)?\s+)"
            r"{0,3}"
            r"(?P<role>" + "|".join(sorted(roles, key=len, reverse=True)) + rf"))\b(?!\s*,?\s*[{CAPITAL}])")


# "A Medix spokeswoman said", "The prime minister thanked him": a person the article never names.
_ROLE_AFTER = _role_after(_ROLE_NOUNS)
_ROLE = re.compile(r"\b(?:[Tt]he|[Aa]n?)" + _ROLE_AFTER)
# a capitalised title after `The`, no name after it (from `he `, the literal the engine skips to)
_TITLE_ROLE = re.compile(rf"he ((?:[{CAPITAL}][a-z]+ ){{0,3}}[{CAPITAL}][a-z]+)(?= (?!of |for |at |to |and )[a-z])")
_NOUN_BEFORE_WHO = re.compile(r"[Tt](?<!\w.)he\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*),\s+who\s")
# (found from the literal " and ", which the regex engine skips to: a pattern that opens with a capital is tried at
# every capital of the article)
_COUPLE = re.compile(rf" and ([{CAPITAL}][\w'’-]+) ([{CAPITAL}][\w'’-]+)\b(?! [{CAPITAL}])")
_FIRST_BEFORE_AND = re.compile(rf"(?<![\w'’-])[{CAPITAL}][\w'’-]+$")
_KIN_NOUN = re.compile(r"\b(?:" + "|".join(sorted(_KIN_WORDS)) + r")\b", re.IGNORECASE)
# one of a group someone has, opening a sentence: `One of Dr Elmswood’s colleagues, a consultant, said`
_ONE_OF_ROLE = re.compile(rf"One\s+of\s+(?:his|her|their|its|the"
                          rf"|[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’-]*)?['’]s)\s+"
                          r"(?P<words>(?:[a-z][\w-]*\s+){0,2}(?P<role>" + "|".join(sorted(
                              _PERSON_ROLES, key=len, reverse=True)) + r"))s\b")
# (its words a noun's, no phrase after it but `of`: `One labor and delivery nurse, who`, `A mother of three who`, not
# `A fisherman in his sixties, who`)
_WHO_ROLE = re.compile(r"\b(?:One|An?)\s+(?P<words>(?:(?!(?:at|in|on|for|from|with|by|to|the|his|her|their|its)\s)"
                       r"[a-z\d][\w-]*\s+){0,3}(?P<role>[a-z][\w-]*)),?\s+who\s")
# (an owner of two words and a plural's possessive too: `Nireas Seaways’ commercial director`)
_OWNED_ROLE = re.compile(rf"(?:[{CAPITAL}][\w-]*(?:['’]s|s['’])|[{CAPITAL}][\w-]* [{CAPITAL}][\w-]*s['’])"
                         + _ROLE_AFTER)
# someone new by any person's noun: "A ranger who asked that his name not be used says"
_NEW_ROLE_CAPITAL = re.compile(r"A(?<!\w.)n?" + _role_after(_PERSON_ROLES | _SUFFIXED_ROLES))
# Only a role opening a sentence counts, and after the first a sentence opens with a capital: scanning for "The"
# and "A" alone finds the same (no role phrase can hold a sentence start) without trying every "the" and "a".
# The word boundary is checked after the capital ("T(?<!\w.)" is "\bT"): a pattern that opens with a letter lets
# the regex engine skip to the next T or A, where one opening with \b is tried at every character (twice slower).
_ROLE_CAPITAL = re.compile(r"(?:T(?<!\w.)he|A(?<!\w.)n?)" + _ROLE_AFTER)
# The first letters of whole_words, in every case IGNORECASE matches ("İt" and "ſhe" too).
_CASES = {"h": "hH", "s": "sSſ", "t": "tT", "i": "iIİı", "w": "wW", "y": "yY"}


def whole_words(words: Sequence[str]) -> re.Pattern:
    """`\\b(?:he|she|...)\\b` with IGNORECASE, the same matches three times faster: a pattern that opens with a
    set of letters lets the regex engine skip to the next candidate letter, where one opening with \\b is tried
    at every character. The word boundary is checked after the first letter ("h(?<!\\w.)" is "\\bh")."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    first = "".join(_CASES[letter] for letter in rests)
    alternatives = "|".join(f"(?<={letter})(?:{'|'.join(sorted(rest, key=len, reverse=True))})"
                            for letter, rest in rests.items())
    return re.compile(rf"[{first}](?<!\w.)(?i:{alternatives})\b")


# What every match of _ROLE_CAPITAL starts with (its capital is inside a name run, as every capital is)
_GAVE_NAME = re.compile(rf",\s+who\s+(?:gave|would\s+give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+"
                        rf"(?:only\s+)?as\s+([{CAPITAL}][\w'’-]+)[,.]")
_THEY = re.compile(r"\b(?:they|their|them|themselves)\b")
_GENDERED = whole_words(("he", "his", "him", "himself", "she", "her", "hers", "herself"))
# `who asked not to be named`, `who did not want his name used`, `who was not authorised to speak`, `who spoke on
# condition of anonymity`: the writer's promise not to name a source
_UNNAMED_CLAUSE = re.compile(r"(?<![\w'’])(?:speaking|talking)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity"
                             r"|(?<![\w'’])who\s+(?:[\w'’-]+\s+){0,8}?(?:asked|declined|did\s+not\s+(?:want|wish|give)|spoke"
                             r"|requested|pleaded|begged|sought|craved"  # (`who pleaded anonymity`, `craved anonymity`)
                             r"|would\s+not|was\s+not|were\s+not|is\s+not|are\s+not|cannot|can\s+not|could\s+not)"
                             r"\b[^.;:\"“”]{0,40}?"
                             r"\b(?:named|identified|names?|anonymity|authori[sz]ed|permitted|allowed)\b")
_UNNAMED_WORDS = ("name", "identif", "anonym", "authori", "permitted", "allowed")
# the source's phrase before it: `One owner-operator, `, `a nurse at Merriford General Hospital, `, `one
# season-ticket holder of 40 years, a retired postman `, `One of the harbour staff who wave cars on, `, `The second
# operator, `, `her dental nurse, ` (the first noun is the name the article gives them)
_UNNAMED_HEAD = re.compile(r"(?<![\w'’])(?:[Oo]ne\s+of\s+(?:the|its|their)|[Aa]n?|[Oo]ne|[Aa]nother"
                           r"|[Tt]he\s+(?:other|second|third)|[Hh]is|[Hh]er)\s+(?P<words>"
                           # (a body's long name first, its initials in brackets too: `A Kampala Capital City
                           # Authority (KCCA) enforcement officer, who asked`)
                           r"(?:[A-Z][\w'’-]*\s+(?:\([A-Z][A-Za-z.]{1,9}\)\s+)?){0,5}?(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)"
                           # (and what the noun means: `A section sardar, or field supervisor, who asked`)
                           r"(?:,\s+or\s+(?:an?\s+|the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})?"
                           r"(?P<phrase>\s+(?:at|of|from|in|with|for|on)\s+[^,;:.\"“”]{1,90}?)?"
                           # (or what they were doing: `a carpenter nailing down new sheets`, `A retired teacher
                           # sitting beside her`)
                           r"(?P<doing>\s+[a-z]{3,}ing\s+[^,;:.\"“”]{1,60}?)?"
                           # (or where they are posted: `One conductor based at Preston, who asked`)
                           r"(?P<posted>\s+(?:based|stationed|posted|employed)\s+(?:at|in|on|near)\s+[^,;:.\"“”]{1,60}?)?"
                           r"(?:,\s+an?\s+(?:[a-z0-9][\w'’-]*\s+){0,2}[a-z0-9][\w'’-]*)?"  # (`, a 26-year-old`)
                           # (and a clause of what they do: `A Metro engineer who worked on the route studies, who
                           # asked not to be named`, or whose: `One parent whose children attend the school, who`)
                           r"(?:\s+who(?:se)?\s+[a-z][^,;:.\"“”]{1,60}?,)?,?\s*$")
# someone unnamed who opens a sentence and says something of themselves: `One woman in the queue, who had brought
# her granddaughter ..., said she had first been taken ...`
_ONE_OF_THEM_OPENINGS = ("One ", "A ", "An ", "Another ")
_UNNAMED_SAYER = re.compile(r"(?:^|(?<=[.!?] ))(?:One|An?|Another)\s+(?P<words>(?:[a-z][\w'’-]*\s+){0,2}?"
                            r"(?P<head>[a-z][\w'’-]*))(?=,|\s(?:in|at|from|of|on|with|who|whose|[a-z]+ing)\s)"
                            r"(?:(?!,\s(?:he|she)\s)[^.;:\"“”]){0,200}?\s(?:said|says)\s+(?:(?P<pronoun>he|she|his|her)\b"
                            # (or what they said, then their quote under she or he: `One tourist from Bengaluru, whose
                            # boat was stopped, said the passengers had waited. "...," she said.`)
                            r"|[^.;:\"“”]{1,200}\.\s[\"“][^\"“”]{1,400}[\"”],?\s(?P<after>he|she)\s(?:said|says|added)\b)")
_NOT_UNNAMED_HEADS = {"of", "in", "at", "on", "for", "from", "with", "by", "to", "and", "or", "who", "which", "that",
                      "spokesman", "spokeswoman", "spokesperson", "statement", "report", "study", "letter", "few",
                      "number", "lot", "group", "couple", "day", "week", "month", "year", "time", "way"}
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|added|insisted|argued|that)\s+$")
_FOLLOWS_OBJECT = {"for", "to", "with", "about", "that", "and", "but", "in", "on", "at", "as", "from", "by",
                   "into", "over", "after", "before", "again", "back", "up", "down", "out", "off", "since", "when",
                   "while", "because", "until", "if", "than", "so", "or", "through", "during", "throughout",
                   # (`asked her what happens`, `told her the news`: no possessive stands before these)
                   "what", "whether", "how", "why", "where", "who", "which", "the", "a", "an", "it"}
_MALE_PRONOUNS = {"he", "his", "him", "himself"}
_OBJECT_OF = {"he": re.compile(r"\bhim\b"), "she": re.compile(r"\bher\b")}
_THE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he\s+$")
_WHO = re.compile(r"(?<![\w'’])who(?![\w'’])")
_NEXT_WORD = re.compile(r"\s*(\w+)")
# a sentence's lead-in before its subject: `Speaking to this correspondent, `; with a preposition (`In a video
# message to staff, `) only for a role the article names later in apposition
_LEAD_IN_VERB_WORDS = ("Speaking", "Asked", "Writing", "Talking", "Responding", "Replying", "Contacted", "Reached",
                       "Addressing", "Briefing", "When contacted", "When reached", "When asked", "When approached")
_LEAD_IN_VERBS = "(?:" + "|".join(_LEAD_IN_VERB_WORDS) + r")\b"
_LEAD_IN = re.compile(_LEAD_IN_VERBS + r"[^,.;:\"“”]{0,80},\s+")
# the verbs alone: a paragraph without them has no lead-in (one search for the words, no scan of what follows them)
_LEAD_IN_VERB = re.compile(_LEAD_IN_VERBS)
_LEAD_IN_WORDS = (r"(?:Speaking|Asked|Writing|Talking|Responding|Replying|Contacted|Reached|Addressing|Briefing|In|At"
                  r"|On|During|After|Before|Later|Earlier|Outside|When (?:contacted|reached|asked|approached))\b")
_ANY_LEAD_IN_WORD = re.compile(_LEAD_IN_WORDS)
_APPOSED_SEGMENT = re.compile(r"(?:the|a|an|one) [^,.;:\"“”]{0,80},\s+")  # an apposition after a lead-in
_ANY_LEAD_IN = re.compile(_LEAD_IN_WORDS + r"[^,.;:\"“”]{0,80},\s+")
# nouns of one sex: of a kinship word (`His wife, Eva`), a role (`A Medix spokeswoman`), an apposition (`, a mother
# of two`)
_NOUN_GENDER = dict.fromkeys(("wife", "mother", "daughter", "sister", "widow", "grandmother", "granddaughter", "aunt",
                              "aunty", "auntie", "niece", "girlfriend", "woman", "spokeswoman", "chairwoman",
                              "businesswoman", "congresswoman", "policewoman", "councilwoman", "sportswoman", "actress",
                              "waitress", "mum", "mom", "girl"), "female") | dict.fromkeys((
    "husband", "father", "son", "brother", "widower", "grandfather", "grandson", "uncle", "nephew", "boyfriend", "man",
    "spokesman", "chairman", "businessman", "congressman", "policeman", "councilman", "sportsman", "fisherman", "dad",
    "boy"), "male")
# a who clause after the name whose verb's object is `his` something: whose it is (a `her` may be another's object,
# `who took her in`; a later `his` another's, `who was estranged from her father during his presidency`)
_WHO_WITH_HIS = re.compile(r",(?: \d{1,3},)? who (?:(?!(?:he|she|her|him|they|them)\b)[a-z]+ ){1,3}his\b")
# `, a mother of two`, `, the former chairman of`, `, a 40-year-old father`: a noun of one sex in the apposition
_GENDERED_APPOSITION = re.compile(r",\s+(?:an?|the|his|her)\s+(?:[\w'’-]+\s+){0,2}?(" + "|".join(
    sorted(_NOUN_GENDER, key=len, reverse=True)) + r")\b(?![-'’])", re.IGNORECASE)


def _label_by_phrase(source: Entity, head: re.Match) -> None:
    """A source kept anonymous is shown with the phrase after their noun (`mother of three from Heartease`, `woman in
    her thirties`, `employee of the municipal engineering office`): the noun alone says little of who it was. Found
    later by the noun, as before."""
    # (what they were doing says where they stood, not who they are: `A retired teacher sitting beside her`; but
    # `engineering office` is a noun's)
    after_doing = (head.group("doing") or "").split()[1:2]  # (the word after the -ing word, if any)
    groups = ("phrase", "doing", "posted") if after_doing and after_doing[0] not in _NOT_A_NOUN_AFTER else (
        "phrase", "posted")
    end = max(head.end(group) for group in groups)  # (-1 for a group that took nothing)
    label = head.string[head.start("words"):end].split() if end > head.end("words") else []
    if 0 < len(label) <= _LABEL_WORDS and source.label is None:
        source.label = " ".join(label)


_LABEL_WORDS = 7  # a longer phrase reads as a clause (`technician on one of the service vessels that sail ...`)
_NOT_A_NOUN_AFTER = PHRASE_PREPOSITIONS | DETERMINERS | {"beside", "by", "to", "into", "down", "up", "out", "over",
                                                         "under", "his", "her", "their", "its", "my"}


# a role's noun and the title its holder is named with, when the two differ
_TITLE_OF_ROLE = {"judge": "justice"}


def _owns_a_role(text: str, end: int) -> bool:
    """Does the name that ends at `end` own the role of the name after it: only a role's lower-case words between
    them, the last a person's noun (`Te Puni Kōkiri regional director Oriwa Tahuri`)?"""
    role = _ROLE_THEN_NAME.match(text, end)
    # (no verb among them: in `Clooney accused O'Reilly` Clooney acts)
    return role is not None and (_is_person_noun(role.group(1)) or _agent_noun(role.group(1))) and not any(
        map(verbish, role.group(0).split()[:-1]))


_ROLE_THEN_NAME = re.compile(rf" (?:[a-z]+ ){{0,2}}([a-z]+) [{CAPITAL}]")


class ArticleCast:
    """Who and what the article names, where, and what is known of each."""

    def __init__(self, paragraphs: Sequence[Paragraph], quotes: Sequence[Quote], writers: Sequence[str] = ()):
        self._writer = writers[0] if len(writers) == 1 else None  # whom the writer's own `I` stands for
        masked = writer_text(paragraphs, quotes)
        last_quoted: dict[int, Quote] = {}  # each paragraph's last quote
        for quote in quotes:
            if quote.paragraph_position not in last_quoted or quote.char_start > last_quoted[
                    quote.paragraph_position].char_start:
                last_quoted[quote.paragraph_position] = quote
        self._ends_asking = {pos for pos, quote in last_quoted.items() if quote.text.rstrip(" ,").endswith("?")}
        texts = dict(masked)
        self._texts = texts
        self._expansions = _acronym_expansions(texts.values())
        self._sentence_starts: dict[int, list[int]] = {}  # computed for the paragraphs that need them
        self.full_names: dict[str, str] = {}  # last word (lower case) -> longest full name
        # every capitalised run, as strings (one regex pass in C); its facts once per distinct run, in order of
        # first appearance (the first of two full names of one length keeps the surname)
        runs = [(pos, text, NAME_RUN.findall(text)) for pos, text in masked]
        # (a run without words passes none of the tests below)
        facts_of = facts_of_runs(chain.from_iterable(found for *_, found in runs))
        self._facts_of = facts_of
        self._bodies: dict[str, str] | None = None  # see _body_by_head: few articles ask
        alone: dict[str, bool] = {}  # key -> does a one-word run of it stand as a name (asked once per key)
        lone_runs: dict[str, list[str]] = {}  # key -> the one-word runs of it
        for run, facts in facts_of.items():
            if facts.lone:
                lone_runs.setdefault(facts.key, []).append(run)
        _cut_fields(runs, facts_of, lone_runs)
        described = self._described = _described_people(runs, facts_of)
        self._described_full_names: set[str | None] | None = None  # see _described_fulls
        lengths: dict[str, int] = {}  # words in each full name kept
        # a surname of several words used alone (`Van der Wal`, `Mac an Bhaird`) is a surname used on its own too
        particled = {" " + facts.full.lower() for facts in facts_of.values()
                     if facts.full and (facts.words[0].lower() in NAME_PARTICLES and facts.words[0][:1].isupper()
                                        or facts.words[1] in NAME_PARTICLES or facts.words[1] == "an")}
        for run, facts in facts_of.items():
            # A person's full name: a known first name, a title that vouches for it ("Minister Rados?aw X"),
            # or a surname the article uses again on its own ("Adaeze Okonkwo" ... "Okonkwo smiled").
            if facts.full and (
                    facts.vouched or run in described or facts.key in lone_runs and (
                        alone[facts.key] if facts.key in alone else alone.setdefault(
                            facts.key, _alone_as_a_name(lone_runs[facts.key], masked)))
                    or particled and any(facts.full.lower().endswith(surname) for surname in particled)) and (
                    facts.key not in lengths or facts.length > lengths[facts.key]) and not _place_name(facts.words):
                self.full_names[facts.key], lengths[facts.key] = facts.full, facts.length
        self._inner: dict[str, str] | None = None  # see _inner_name: most articles never ask
        self._by_first_name: dict[str, str] | None = None  # see _full_name_of: nor this
        self._couple_names: dict[tuple[int, int], str] | None = None  # see _couples
        self._titled_firsts: set[str] | None = None  # see _lone_inner
        self._inner_words: set[str] | None = None  # see _lone_inner
        self._naming: set[int] | None = None  # see _name_given_after
        self._defendant: Entity | bool | None = None  # see _back_role
        self._kin: list[_KinNamed] | None = None  # see _kin_named: few articles ask
        # capitalised words that name nobody the article knows are the common case: only the others are placed
        named = {run: plan for run, facts in facts_of.items()
                 if facts.words and (facts.first_name or facts.vouched or facts.key in self.full_names
                                     or run in described or facts.lone and (
                                         facts.title or self._lone_inner(facts.key)))  # (the cheap test first)
                 and (plan := self._plan(facts.title, facts.words, run in described))[0] is not None}
        self._plans = named  # (a run's plan is the same wherever it is asked: _entity_of_run looks it up here)
        self.entities: dict[str, Entity] = {}
        self._unnamed: set[int] = set()  # ids of the roles that name nobody ("A Medix spokeswoman")
        self._anonymous: set[int] = set()  # of them, the sources the writer promises not to name
        self._singular_they: set[int] = set()  # of those, the ones the writer calls `they`
        # where a name stands in a possessive or a comparison: named, but not who acts
        self._not_acting: set[tuple[int, int]] = set()
        self._guessed: set[int] = set()  # ids of the people whose gender is only their first name's usual one
        self._by_table: set[int] = set()  # ids of all whose gender is only the first-name table's, guessed or firm
        self._rare: set[int] = set()  # of them, those whose first name the table has seen once
        self._continued: set[int] = set()  # paragraphs whose pronoun went on with such a person quoted just before
        self.by_title: dict[str, Entity] = {}  # the last person given each title
        self._titled: dict[str, list[Entity]] = {}  # every person given it, when more than one is
        found: list[tuple[tuple[int, int], int, Entity]] = []  # (position, end offset, entity)
        name_offsets: dict[int, set[int]] = {}  # paragraph -> where the names placed here stand
        for pos, text, found_runs in runs:
            if named.keys().isdisjoint(found_runs):
                continue
            end = 0
            for run in found_runs:
                # runs do not overlap and no match starts between them: the next one is the first at or after
                # the end of the last
                start = text.find(run, end)
                end = start + len(run)
                plan = named.get(run)
                if plan is None or start == 0 and run.isupper() and _DATELINE.match(text):
                    continue  # "SANTA ROSALÍA DEL VALLE, Costa Vela (AP) —": a dateline's place, no one who speaks
                # (what stands before the name is read where it starts: `left the Malieveld. Lammert van der Wal`)
                cut = run.rfind(". ") + 2 if ". " in run else 0
                if cut and cut > run.find(facts_of[run].words[0]):
                    cut = 0
                if (entity := self._entity_of_plan(plan, text, start + cut)) is not None:
                    found.append(((pos, start), end, entity))
                    name_offsets.setdefault(pos, set()).add(start)
                    if run.endswith(("'s", "’s")) or text.endswith("than ", 0, start + cut) and \
                            text[end:end + 1] != "," or text[end:end + 1] == " " and _owns_a_role(text, end):
                        # "Farrow's barrister", "she was more nervous than Rose-Lynn Harlan", "Te Puni Kōkiri
                        # regional director Oriwa Tahuri": not who acts (but in `None more so than Henson, who` he is)
                        self._not_acting.add((pos, start))
        self._namesakes = _share_surnames(self.entities.values(), found, texts, self._by_table)
        self._named_roles = _named_roles(found, texts)
        openings = {run for run, facts in facts_of.items() if facts.opening}
        about_nouns: set[str] | None = None  # the roles the article gave one person each, read once
        for pos, text, found_runs in runs:
            own = len(found)  # what this paragraph places from here on (its names were placed above)
            opening = _ROLE.match(text) if text[:1] in ("t", "a") else None  # "the judge" opening the paragraph
            matches = [opening] if opening else []
            # a role after a sentence's lead-in (`Speaking to this correspondent, the president of ... warned`)
            # (the verbs are looked for first, many times faster than the whole pattern's scan, and half the cost of a
            # str search per verb; its sentence starts are computed only for the few paragraphs where it matches)
            lead_ins = [role for lead in _LEAD_IN.finditer(text) if lead.start() in self.starts(pos)
                        and (role := _ROLE.match(text, lead.end()))] \
                if _LEAD_IN_VERB.search(text) else []
            matches += lead_ins
            # The patterns below count only where a sentence starts, and are tried only there: a sentence starts
            # after a stop (.!?…), which none of them matches, so no match holds a start and a search of the whole
            # paragraph finds the same ones at the starts.
            # a role a place or body owns, opening a sentence: `Verdun's borough mayor was more cautious`
            owned = [role for start in self.starts(pos) if (role := _OWNED_ROLE.match(text, start))] \
                if "'s " in text or "’s " in text or "s' " in text or "s’ " in text else []
            matches += owned
            # someone new by any noun, when a who says it is a person: `One bass, who has sung with the company
            # since 2004, says`
            matches += (role for start in self.starts(pos) if (role := _WHO_ROLE.match(text, start))) \
                if " who " in text else ()
            matches += (role for start in self.starts(pos) if (role := _ONE_OF_ROLE.match(text, start))) \
                if "One of " in text else ()
            if not openings.isdisjoint(found_runs):  # most paragraphs have no "The", "A" or "An": not scanned
                opening_starts = [start for start in self.starts(pos) if text[start] in "TA"]
                matches += (role for start in opening_starts if (role := _ROLE_CAPITAL.match(text, start)))
                # someone new by any person's noun: "A ranger who asked that his name not be used says"
                # (but `A founding member of the guild, he is ...` says who he is: no one new)
                matches += (m for start in opening_starts if (m := _NEW_ROLE_CAPITAL.match(text, start))
                            and m.group("role").lower() not in _ROLE_NOUNS
                            and not _APPOSITION_OF_PRONOUN.match(text, m.end()))
            for match in matches:
                if match.start() not in self.starts(pos) and match not in lead_ins:
                    continue  # a role opening a sentence is someone; "she became a teacher" is no one new
                if (match.group(0)[:1] in "Tt" or match in owned) and self._named_roles and (
                        named := (field := _OF_FIELD.match(text, match.end())) and _named_role(
                            self._named_roles, match.group("words") + field.group(0))
                        or _named_role(self._named_roles, match.group("words"))):
                    # "The company's managing director said" ... "The managing director, Dorrett Samuda,": the
                    # role the article names in apposition is that person
                    found.append(((pos, match.start()), match.end(), named))
                    continue
                if match.group(0)[:1] in "Tt" and match.start() == 0 and (
                        apposed := _NAME_APPOSED_TO_ROLE.match(text, match.end())) is not None and (
                        person := next((entity for (p, start), _, entity in found if p == pos and
                                        start == apposed.end() and entity.kind == "person"), None)) is not None:
                    # `The general secretary of the Mehran Nagar Residents' Welfare Association, Rana Iftikhar Ahmed,
                    # said`: the role the paragraph opens on is the person named in apposition to it
                    found.append(((pos, match.start()), match.end(), person))
                    continue
                if match.group(0)[:1] in "Tt" and (holder := self._holder_before(match, pos, found)) is not None:
                    # `Chief selector Tanveer Lodhi named the squad.` ... `The chief selector defended it`: the one
                    # person the article gave that title before
                    found.append(((pos, match.start()), match.end(), holder))
                    continue
                if match.group(0)[:1] in "Tt" and match.group("words").lower() in _BACK_ROLES and (
                        person := self._back_role(match.group("words").lower(), (pos, match.start()), found)):
                    found.append(((pos, match.start()), match.end(), person))  # `the accused was asked`
                    continue
                # "A Medix spokeswoman", "the prime minister"
                role = self._unnamed_person(match.group("words"), _NOUN_GENDER.get(match.group("role").lower()))
                found.append(((pos, match.start()), match.end(), role))
            if self._named_roles:
                # (what stands placed in this paragraph: its names and what it has placed since)
                placed = name_offsets.get(pos, set()).union(start for (_, start), _, _ in found[own:])
                self._place_named_roles(pos, text, found, placed)
            if about_nouns is None:
                about_nouns = {title for title in self.by_title if title not in self._titled} | {
                    role.rsplit(None, 1)[-1] for role in self._named_roles}
            if about_nouns and ("For the " in text or ", the " in text or text.startswith(("The ", "His ", "Her "))
                                or ". The " in text or ". His " in text or ". Her " in text
                                ) and any(noun in text for noun in about_nouns):
                # (str's tests first: most paragraphs name no role the article gave one person)
                self._place_about(pos, text, found, name_offsets.get(pos, set()).union(
                    start for (_, start), _, _ in found[own:]), about_nouns)
            if self.by_title and _TITLE_ROLE.search(text):
                self._place_title_holders(pos, text, found)
            if "he accused" in text or "he defendant" in text or "he witness" in text:
                self._place_back_roles(pos, text, found)
        self._place_unnamed_sources(runs, found)
        for (pos, start), name in self._couples().items():
            # `Grégoire and Anaïs Serrurier`: the first of two first names before one surname is a person too
            person = self.entity(name, "person")
            person.gender = person.gender or first_name_gender(name.split()[0])
            found.append(((pos, start), start + len(name.split()[0]), person))
        found.sort(key=lambda item: item[0])
        for n, ((pos, start), _, kin) in enumerate(found):
            # (str's search for `and h` first: few names have it before them)
            if n and kin.kind == "person" and texts[pos].find("and h", max(0, start - 30), start) >= 0 and (
                    owner := _KIN_OWNER.search(texts[pos], max(0, start - 30), start)):
                # "Mattie Gilhooly, 83, who came from Co. Mayo, and his granddaughter, Caoimhe Gilhooly": the person
                # named last before is whose kin
                before = next((entity for (p, at), _, entity in reversed(found[:n])
                               if p == pos and entity.kind == "person" and start - at < 200), None)
                if before is not None and before is not kin:
                    self._text_gender(before, "male" if owner.group(1).lower() == "his" else "female")
        for (pos, start), end, entity in found:
            # "Jess Kerehoma, a mother of two": the apposition's noun says more than the first name's table
            if entity.kind == "person" and "," == texts[pos][end:end + 1] and (
                    noun := _GENDERED_APPOSITION.match(texts[pos], end)):
                self._text_gender(entity, _NOUN_GENDER[noun.group(1).lower()])
            elif entity.kind == "person" and "," == texts[pos][end:end + 1] and id(entity) in self._by_table and \
                    " " in texts[pos][start:end] and _WHO_WITH_HIS.match(texts[pos], end):
                # `Ánde Aikio, 34, who took over his father's herd`: the text says more than the table (of a full
                # name: a surname alone may be a namesake's)
                self._text_gender(entity, "male")
        kin_named: dict[str, list[Entity]] | None = None  # surname -> people whose gender a kinship noun gave
        for n, ((pos, start), end, entity) in enumerate(found):
            if entity.kind == "person" and (entity.gender is None or id(entity) in self._guessed):
                # "Adaeze Okonkwo won her first title": a pronoun before the next name tells the gender
                # (for a rare first name, past a body's name: "Winfred X told the Appeals Panel that she")
                rare = id(entity) in self._rare
                stop = next((at if p == pos else len(texts[pos]) for (p, at), _, other in found[n + 1:]
                             if p != pos or not rare or other.kind != "organization"), len(texts[pos]))
                # and in the same sentence, whose end is found only then (a word never spans it: a space is before)
                pronoun = _GENDERED.search(texts[pos], end, stop)
                if pronoun and rare:
                    # against a rare first name's gender only a subject (in "Vallauri called her play" the play is
                    # another's), and not one a verb reports ("Imogen Castellow KC said he would appeal": the
                    # client); a later one may be ("told the panel that she had ..., as she began her appeal")
                    pronoun = next((p for p in _GENDERED.finditer(texts[pos], pronoun.start(), stop)
                                    if p.group(0).lower() in ("he", "she") and not _REPORTED_BEFORE.search(
                                        texts[pos], max(0, p.start() - 12), p.start())), None)
                    if pronoun and _OBJECT_OF[pronoun.group(0).lower()].search(texts[pos], end, pronoun.start()):
                        pronoun = None  # `pressed her on what rule she wanted`: she is the one he pressed
                sentence_end = self._sentence_end(pos, start) if pronoun else 0
                if pronoun and pronoun.group(0) in ("He", "She") and pronoun.start() == sentence_end and \
                        start in self.starts(pos) and entity.gender is None:
                    # `Yakobus Kopong, 52, grows cashew above Hokeng. He left with his wife`: the next sentence's
                    # subject is the one this one opened on
                    entity.gender = "male" if pronoun.group(0) == "He" else "female"
                    continue
                if pronoun and end - start < len(entity.name) and " " not in texts[pos][start:end]:
                    if kin_named is None:
                        kin_named = {}
                        for _, _, other in found:
                            if other.kind == "person" and other.gender and id(other) not in self._by_table:
                                kin_named.setdefault(other.name.rsplit(None, 1)[-1], []).append(other)
                    gender = "male" if pronoun.group(0).lower() in _MALE_PRONOUNS else "female"
                    if any(other is not entity and other.gender == gender
                           for other in kin_named.get(entity.name.rsplit(None, 1)[-1], ())):
                        # `Ogletree said he was voting for Ritchey`, beside Loretha Ogletree and `Her son, Jarrett
                        # Ogletree`: the surname alone may be the son's, and its pronoun tells nothing of hers
                        continue
                if pronoun and texts[pos][end:pronoun.start()].strip() == "," and _OBJECT_OF_AN_OPENING.search(
                        texts[pos], max([0, *(s for s in self.starts(pos) if s <= start)]), start):
                    continue  # `Under questioning from senator Sharelle Corrigall, he acknowledged`: his, not hers
                if pronoun and pronoun.start() < sentence_end and not _is_object(pronoun) and \
                        not (pronoun.group(0).lower() in ("her", "his")
                             and _NEW_SUBJECT_REPORTED.search(texts[pos], end, pronoun.start())) and \
                        not _kin_of_pronoun(texts[pos], end, pronoun) and not (
                        pronoun.group(0).lower() in ("his", "her")
                        and not texts[pos][end:pronoun.start()].strip(" ,0123456789")):
                    # (nor `Thandekile Mkhwanazi, whose son Lwandle was admitted, said he had cramps`: the son's; nor
                    # `Ayabulela Mgcina, 26, her neighbour,`: the one whose neighbour he is)
                    # (not "thanked him": someone else)
                    entity.gender = "male" if pronoun.group(0).lower() in _MALE_PRONOUNS else "female"
                    self._guessed.discard(id(entity))
        if self._defendant is None and any("accused" in text or "defendant" in text for text in texts.values()):
            self._back_role("accused", (len(texts), 0), found)  # (the ends of the names are known only here)
        _place_possessed_kin(texts, found)
        self.mentions = [(position, entity) for position, _, entity in found]
        self._placed = found  # (with where each name ends: the ages after them are read only if a description asks)
        self._ages: dict[int, int] | None = None

    def _described_fulls(self) -> set[str]:
        if self._described_full_names is None:
            self._described_full_names = {self._facts_of[run].full for run in self._described}
        return self._described_full_names

    def _given_after_kin(self, first_name: str) -> bool:
        """Does the article give this first name right after a kinship word somewhere (`whose son Bence`)?"""
        return any(self._texts[kin.pos].startswith(first_name, kin.at) for kin in self._kin_named())

    def _kin_named(self) -> list[_KinNamed]:
        """Every kinship noun right before a capitalised word in the writer's text (`whose son Bence`, `His wife,
        Nametso Kgwatalala,`): the one table the kin look-ups read, made when first asked."""
        if self._kin is None:
            # (str's search for the nouns first: the pattern is slow to try at every character, and most articles
            # and paragraphs hold none of them)
            joined = "\n".join(self._texts.values())
            nouns = [noun for noun in _KIN_WORDS if noun in joined]
            self._kin = [_KinNamed(pos, owner.start() if owner else m.start(), m.end(), owner is not None,
                                   m.group("kin"), m.group("comma") is not None,
                                   m.start() == 0 or not text[m.start() - 1].isalpha())
                         for pos, text in self._texts.items() if any(noun in text for noun in nouns)
                         for m in _KIN_THEN_NAME.finditer(text)
                         for owner in (_OWNER_BEFORE.search(text, max(0, m.start() - 8), m.start()),)] if nouns else []
        return self._kin

    def _back_role(self, role: str, at: tuple[int, int], found: list[tuple[tuple[int, int], int, Entity]]
                   ) -> Entity | None:
        """A court report's `the accused` (the one person named as denying or facing the charges) or `the witness`
        (the person named last before)."""
        if role in ("accused", "defendant"):
            if self._defendant is None:
                accused = {entity.name: entity for (pos, _), end, entity in found if entity.kind == "person"
                           and _DEFENDANT_AFTER.match(self._texts[pos], end)}
                self._defendant = next(iter(accused.values())) if len(accused) == 1 else False
            return self._defendant or None
        return next((entity for placed, _, entity in reversed(found) if placed < at and entity.kind == "person"
                     and id(entity) not in self._unnamed), None)

    def _holder_before(self, role: re.Match, pos: int, found: list[tuple[tuple[int, int], int, Entity]]
                       ) -> Entity | None:
        """The one person given this role's title before it, when no rank sets the role apart (`the prime minister`
        is not the minister named before)."""
        words = role.group("words").lower().split()
        title = role.group("role").lower()
        holder = self.by_title.get(title)
        if holder is None and title in _TITLE_OF_ROLE:  # `Justice Ana Ruiz` ... `the judge held`
            title = _TITLE_OF_ROLE[title]
            holder = self.by_title.get(title)
        if holder is None or title in self._titled or any(word in _RANKS for word in words[:-1]):
            return None
        return holder if any(entity is holder and at < (pos, role.start()) for at, _, entity in found) else None

    def _place_named_roles(self, pos: int, text: str, found: list[tuple[tuple[int, int], int, Entity]],
                           placed: set[int]) -> None:
        """A sentence that opens with a role or a kin the article names in apposition, whatever its noun: "The
        school's board presiding member told the meeting" ... "The presiding member, Lowanna Strettell,"; "His
        granddaughter was more practical" after "his granddaughter, Caoimhe Gilhooly,"; "Its chief operating
        officer", "The CFB's incident controller". `placed`: where something already stands placed in the
        paragraph."""
        lead_ins = _ANY_LEAD_IN_WORD.search(text) is not None
        openings = []
        for start in self.starts(pos):
            # (or after the sentence's lead-in: `In a video message to staff, the company's chief executive said`,
            # and after an apposition to it: `At Båtsfjord Fersk, the largest of the plants, the manager was`)
            if lead_ins and (lead := _ANY_LEAD_IN.match(text, start)):
                openings.append(lead.end())
                if apposed := _APPOSED_SEGMENT.match(text, lead.end()):
                    openings.append(apposed.end())
            else:
                openings.append(start)
        for start in openings:
            opening = _OWNER_OPENING.match(text, start)
            if opening is not None and opening.group(0)[:1].islower() and start in self.starts(pos):
                continue  # a sentence opens with a capital
            if opening is None or start in placed:
                continue
            words = _ROLE_WORDS.match(text, opening.end())
            words = words.group(0).split() if words else []
            # the role ends where the clause goes on: `The video was posted by his daughter` is no daughter
            words = list(takewhile(lambda word: word not in AUXILIARIES and word not in _CLAUSE_GOES_ON, words))
            for n in range(len(words), 0, -1):  # the longest run of the role's words
                if (named := _named_role(self._named_roles, " ".join(words[:n]))) is not None:
                    found.append(((pos, start), opening.end() + len(" ".join(words[:n])), named))
                    break

    def _place_about(self, pos: int, text: str, found: list[tuple[tuple[int, int], int, Entity]], placed: set[int],
                     nouns: set[str]) -> None:
        """A role in lower case that the article gave one person as a title or in apposition, where a sentence is
        about its holder: after `For` (`For the chief, the vote ends one fight.` after `Chief Lavina Sewap`) or as
        its subject, after a lead-in or not (`Asked about it, the exco member agreed.` after `exco member Datuk
        Kamaludin Shamsuri`, `The reeve said` after `Reeve Stepan Holowaychuk`); no one new. `placed`: where
        something already stands placed in the paragraph; `nouns`: the last words of those roles."""
        lead_ins = _ANY_LEAD_IN_WORD.search(text) is not None
        for start in self.starts(pos):
            about = _ABOUT_ROLE.match(text, start) if text.startswith("For the ", start) else None
            if about is not None:
                at, roles = start + 4, [about.group(1)]
            elif text.startswith(("The ", "His ", "Her "), start) or (
                    lead := _ANY_LEAD_IN.match(text, start) if lead_ins else None
            ) and text.startswith("the ", lead.end()):
                # (or the holder's own: `His chief deputy was blunter.` after `Chief Deputy Lanier Gaddy`)
                at = start if text.startswith(("The ", "His ", "Her "), start) else lead.end()
                words = _ROLE_WORDS.match(text, at + 4)
                words = words.group(0).split()[:3] if words else []
                if nouns.isdisjoint(words) and not (len(words) == 3 and "".join(w[0] for w in words) in nouns):
                    continue  # (a set's test first: most sentences that open with `The` name no such role)
                roles = ["the " + " ".join(words[:n]) for n in range(len(words), 0, -1)]
            else:
                continue
            if at in placed:
                continue  # (placed already, by its noun: `The spokeswoman`)
            for role in roles:
                title = role.rsplit(None, 1)[-1]
                holder = _named_role(self._named_roles, role) or (
                    self.by_title.get(title) if title not in self._titled else None)
                if holder is not None and (about or (verb := _VERB_AFTER_ROLE.match(text, at + len(role))) and (
                        verbish(verb.group(1)) or verb.group(1).endswith("s"))) and any(
                        entity is holder and where < (pos, start) for where, _, entity in found):
                    found.append(((pos, at), at + len(role), holder))
                    break

    def _place_back_roles(self, pos: int, text: str, found: list[tuple[tuple[int, int], int, Entity]]) -> None:
        """`At the end of his evidence, the accused was asked`: a court report's role after a sentence's lead-in."""
        starts = self.starts(pos)
        placed = {at for at, _, _ in found}
        for lead in _ANY_LEAD_IN.finditer(text):
            role = _BACK_ROLE.match(text, lead.end())
            if lead.start() in starts and role and (pos, role.start()) not in placed and (
                    person := self._back_role(role.group(1), (pos, role.start()), found)) is not None:
                found.append(((pos, role.start()), role.end(), person))

    def _place_title_holders(self, pos: int, text: str, found: list[tuple[tuple[int, int], int, Entity]]) -> None:
        """A sentence that opens (perhaps after a lead-in) with a capitalised title the article gave one person
        before: `Before adjourning, the Deputy State Coroner thanked` after `Deputy State Coroner Kerrie Ashburn`."""
        for title in _TITLE_ROLE.finditer(text):
            at = title.start() - 1
            word = title.group(1).rsplit(None, 1)[-1].lower()
            holder = self.by_title.get(word)
            if holder is None or word in self._titled or text[at:at + 1] not in ("T", "t") or at and \
                    text[at - 1].isalnum():
                continue  # (most capitals after `the` are no title given before: the sentence starts only then)
            starts = self.starts(pos)
            if at not in starts and not any(lead.end() == at for lead in _ANY_LEAD_IN.finditer(text)
                                            if lead.start() in starts):
                continue
            if any(entity is holder and placed < (pos, at) for placed, _, entity in found):
                found.append(((pos, at), title.end(), holder))

    def _give_title(self, word: str, person: Entity) -> None:
        holder = self.by_title.get(word)
        if holder is not None and holder is not person:
            holders = self._titled.setdefault(word, [holder])
            if person not in holders:
                holders.append(person)
        self.by_title[word] = person

    def _title_holder(self, word: str, at: tuple[int, int]) -> Entity:
        """Who "the coach" is at this point: of the people given the title, the one named last before it (the
        first, if none is yet): "basketball coach Virgil Pettaway" until "associate head coach Rowland Brisco"."""
        holders = self._titled.get(word)
        if not holders:
            return self.by_title[word]
        index = bisect.bisect_left(self.mentions, at, key=lambda item: item[0])
        return next((entity for _, entity in reversed(self.mentions[:index]) if any(entity is h for h in holders)),
                    holders[0])

    def _text_gender(self, person: Entity, gender: str) -> None:
        """A gender the text gives (a title, a kinship word, an apposition's noun): no first-name guess any more."""
        person.gender = gender
        self._guessed.discard(id(person))
        self._rare.discard(id(person))
        self._by_table.discard(id(person))

    def _place_unnamed_sources(self, runs: list[tuple[int, str, list[str]]],
                               found: list[tuple[tuple[int, int], int, Entity]]) -> None:
        """Someone the article will not name, wherever the phrase stands (`from a nurse at the hospital, who asked
        not to be named because she ...`): the words that follow are often theirs, under a pronoun alone."""
        placed = {position: entity for position, _, entity in found}
        sources: list[tuple[int, Entity]] = []  # (where first, who)
        for pos, text, _ in runs:
            if "who" not in text and "anonymity" not in text or not any(map(text.__contains__, _UNNAMED_WORDS)):
                continue  # (str's search first: most paragraphs have no such clause)
            for clause in _UNNAMED_CLAUSE.finditer(text):
                start = clause.start()
                if text[max(0, start - 4):start] == "and ":
                    # `One man, who was abused ... and who cannot be named`: the phrase before the first who
                    # (the nearest who before it in its sentence, not one of a sentence before)
                    sentence = max(text.rfind(". ", 0, start), 0)
                    whos = list(_WHO.finditer(text, max(sentence, start - 200), start - 4))
                    start = whos[-1].start() if whos else start
                head = _UNNAMED_HEAD.search(text, max(0, start - 120), start)
                while head is not None and (words := text[max(0, head.start() - 12):head.start()].split()) and \
                        words[-1].lower() in PHRASE_PREPOSITIONS and (
                        nearer := _UNNAMED_HEAD.search(text, head.start() + 1, start)) is not None:
                    head = nearer  # `At the centre in a primary school hall, an officer who`: the hall is a place
                if head is None or not CLAUSE_OPENERS.isdisjoint(head.group("words").split()):
                    continue  # (`One woman who works in sales, and who asked`: the phrase holds a clause)
                pronoun = _GENDERED.search(clause.group(0))
                # (`because they were not authorized`: a `they` that says something later is theirs)
                # (in the clause, or in its reason up to the comma or the verb: `who asked not to be named because
                # they were not authorized, said`)
                ends = [at for at in (text.find(",", clause.end()), text.find(" said", clause.end()))
                        if 0 <= at - clause.end() <= 100]
                they = pronoun is None and _THEY.search(
                    text, clause.start(), min(ends, default=clause.end())) is not None
                if (pos, head.start()) in placed and placed[pos, head.start()].kind != "organization":
                    self._anonymous.add(id(placed[pos, head.start()]))  # "A PEDCo engineer": placed as a role
                    if they:
                        self._singular_they.add(id(placed[pos, head.start()]))
                    _label_by_phrase(placed[pos, head.start()], head)
                    continue  # (but `A JR Hokkaido employee` opens with the body, placed as itself: the role is new)
                role = self._unnamed_person(head.group("words"), None if pronoun is None else "male" if pronoun.group(
                    0).lower() in _MALE_PRONOUNS else "female")
                _label_by_phrase(role, head)
                self._anonymous.add(id(role))
                if they:
                    self._singular_they.add(id(role))
                found.append(((pos, head.start()), head.end(), role))
                sources.append((pos, role))
        for pos, text, _ in runs:
            if "said " not in text and "says " not in text or not any(map(text.__contains__, _ONE_OF_THEM_OPENINGS)):
                continue  # (str's search first)
            for sayer in _UNNAMED_SAYER.finditer(text):
                if (pos, sayer.start("words")) in placed or sayer.group("head") in _NOT_UNNAMED_HEADS:
                    continue
                # `One mother in line at the school, holding a baby on her hip, said she boils water ...`: someone
                # the article does not name, whose words may follow under a pronoun alone
                role = self._unnamed_person(sayer.group("words"), "male" if (
                    sayer.group("pronoun") or sayer.group("after")) in ("he", "his") else "female")
                found.append(((pos, sayer.start("words")), sayer.end("words"), role))
                sources.append((pos, role))
        for first, entity in sources:
            if entity.name in TITLE_WORDS:
                continue  # (`the chancellor` later is whoever holds the title)
            # the same source again, by the same noun: `A stock agent in Orroroo, who asked not to be named ...`
            # ... `The stock agent said the sales would keep coming.`
            again = re.compile(rf"\b[Tt]he {re.escape(entity.name)}\b")
            found.extend(((pos, m.start()), m.end(), entity) for pos, text, _ in runs if pos > first
                         and entity.name in text for m in again.finditer(text))

    def _unnamed_person(self, words: str, gender: str | None) -> Entity:
        """Someone the article describes but does not name, by the words it gives them (`A Medix spokeswoman`, `One
        mother in line at the school`, a source who asked not to be named): the one place such a person is made,
        found later by the same noun or by a he or she, never as a name of its own."""
        person = self.entity(words, "person")
        self._unnamed.add(id(person))
        person.gender = person.gender or gender
        return person

    def starts(self, pos: int) -> list[int]:
        """Where the sentences of a paragraph start (in the writer's text), computed once, when first asked."""
        if pos not in self._sentence_starts:
            text = self._texts.get(pos)
            self._sentence_starts[pos] = sentence_starts(text) if text is not None else [0]
        return self._sentence_starts[pos]

    def sentence_of(self, at: tuple[int, int]) -> tuple[int, int]:
        starts = self.starts(at[0])
        return at[0], bisect.bisect_right(starts, at[1]) - 1

    def _sentence_end(self, pos: int, offset: int) -> int:
        starts = self.starts(pos)
        index = bisect.bisect_right(starts, offset)
        return starts[index] if index < len(starts) else 10**9

    def entity(self, name: str, kind: str) -> Entity:
        if kind == "organization" and name in self._expansions:
            name = self._expansions[name]  # `the EPA`, after `the Environmental Protection Agency (EPA)`
        if name not in self.entities:
            self.entities[name] = Entity(name, kind)
        return self.entities[name]

    def _entity_of_run(self, run: str, before: str, lone_first_name: bool = False) -> Entity | None:
        plan = self._plans.get(run)  # (most runs of a mention are runs of the writer's text, planned already)
        if plan is None:
            title, words = name_words(run)
            if not words:
                return None
            plan = self._plan(title, words, run in self._described)
        return self._entity_of_plan(plan, before, len(before), lone_first_name)

    def _entity_of_words(self, title: tuple[str, ...], words: tuple[str, ...], text: str, start: int,
                         lone_first_name: bool = False) -> Entity | None:
        """The entity a capitalised run at `start` of `text` names, if any."""
        return self._entity_of_plan(self._plan(title, words), text, start, lone_first_name) if words else None

    def _entity_of_plan(self, plan: tuple, text: str, start: int, lone_first_name: bool = False) -> Entity | None:
        kind, name, first_name, title_gender, titles, name_gender = plan
        if kind is None:
            return None
        before = text[max(0, start - 30):start]
        word_before = _word_before(before)
        if kind == "organization":
            if word_before in _KIN_WORDS and len(name.split()) <= 3:
                # `Mrs McGivney's son, PJ McGivney,`: a relative, whatever initials in capitals make of the name
                person = self.entity(name, "person")
                person.kind = "person"
                self._text_gender(person, _NOUN_GENDER[word_before])
                return person
            return self.entity(name, kind)
        kin = word_before if word_before in _KIN_WORDS else None
        if name is None:
            given = kin or _given_before(before)
            if not given and (lone_first_name or _SPEAKS.match(text, start)):
                # a speaker named by first name alone ("Birkir said", as Icelandic papers write on second
                # reference) is the one person of that first name the article names in full
                name = self._full_name_of(first_name)
            if name is None and not (lone_first_name or given):
                # (but a first name the article gave after a kinship word is that person wherever it stands:
                # `whose son Bence` ... `Bence had his own view`)
                if not (start == 0 or text[start - 2:start] == ". " or text[start - 2:start] == ", " and (
                        _VERB_AFTER_NAME.match(text, start + len(first_name)))
                        or _age_after(text, start + len(first_name))):
                    return None  # (after a sentence's opening phrase too: `Back at the centre, Aminah was folding`)
                    # (or anywhere with an age: `Among those waiting was Kalyani, 82, who`)
                # (a subject that opens its sentence: the look for the kinship word comes last)
                # (and a first name that opens a sentence and speaks, `Christy said he would`, is someone, and so
                # is the one person the article names in full with it: `Bridie was born on a small farm`)
                name = self._full_name_of(first_name)
                if name is None and not (_SPEAKS.match(text, start) or self._given_after_kin(first_name)
                                         or _age_after(text, start + len(first_name))
                                         or text.startswith((", a ", ", an "), start + len(first_name))
                                         and _role_follows(text[start + len(first_name) + 2:].split()[1:5])):
                    return None  # (`Karna, 58, grows potatoes`: one name alone, with an age, is someone; and so is
                    # `Bérengère, a nurse driving home to Rodez, who gave only her first name,`)
            if name is None and kin:
                name = self._full_name_of(first_name)  # `her husband Christy` ... `said Christy Hehir`
            if name is None:
                name = first_name  # "a shopkeeper who gave only his first name, Paulo", "Their daughter, Lena,"
        # (str's test first: `the` ends few of the stretches before a name)
        if not titles and not title_gender and before.rstrip().endswith(("the", "The")) and _THE_BEFORE.search(before):
            if name_gender or (first_name and is_first_name(first_name)) or name in self._described and any(
                    text.startswith(part, start) for part in name.split()) or " " in name and \
                    _FAMILY_AFTER.match(text, start + len(surname := name.rsplit(None, 1)[-1])) and \
                    text.startswith(surname, start):
                # "the Saltvik line", "the Obama administration", "the Painemal house" (the surname alone of
                # `Elcira Painemal, 63,`, or of any full name, `the Bacarisas family`; or the family name first,
                # "the Soeung family" of `Soeung Vanna, 61,`): a person's name as a modifier
                return None
            group = self.entity(name, "organization")  # "the Lions", "the Harbour Lions": a team, not a person
            if group.gender is None:
                group.kind = "organization"
            return group
        person = self.entity(name, "person")
        # gender from an honorific or title, a kinship word before the name, or the first name
        if title_gender:
            self._text_gender(person, title_gender)  # "Ms Tolmach": the title says more than the first name Morven
        for word in titles:
            self._give_title(word, person)
        # a title word in lower case right before the name, or before it and a comma (a capitalised title is part
        # of the name's run)
        lower_title = word_before if word_before in TITLE_WORDS and not (
            before.rstrip().endswith(",") and _ends_opening_phrase(text, text.rfind(",", 0, start))) else None
        if lower_title:
            self._give_title(lower_title, person)  # "area coroner Ana Ruiz", "The committee's chair, Ana Ruiz"
        if kin:
            self._text_gender(person, _NOUN_GENDER[kin])
        if person.gender is None and name_gender:
            person.gender = name_gender
            self._by_table.add(id(person))
            if first_name_guess(name.split()[0]).startswith("mostly"):
                self._guessed.add(id(person))  # "Hollis": mostly a man's name; what the text says wins
            elif first_name_is_rare(name.split()[0]):
                self._guessed.add(id(person))
                self._rare.add(id(person))
        return person

    def _initials_follow(self, words: tuple[str, ...]) -> bool:
        """`Indonesian Sustainable Palm Oil (ISPO)`: a name the article abbreviates to its initials, a body's or a
        scheme's, no person's."""
        named = f"{' '.join(words)} ({''.join(word[0] for word in words if word[:1].isupper())})"
        return any(named in text for text in self._texts.values())

    def _plan(self, title: tuple[str, ...], words: tuple[str, ...], described: bool = False) -> tuple:
        """What a run's words tell of the entity wherever they stand in the article (the full names are known
        by then): (kind or None, name, a lone first name that needs a kinship word before it, the gender its
        title gives, its title words, the gender of its first name). Worked out once per distinct run of the article."""
        # (its words a tuple already: orgish_words' cache is asked with no call of orgish between)
        if orgish_words(words) or len(words) >= 3 and self._initials_follow(words):
            if len(words) == 1:
                return None, None, None, None, (), None
            # a shorter form of a body named in full ("Fire Services" for "Vantor Fire Services"), never another
            # body that shares the last word ("Acme Legal Services")
            name = " ".join(words)
            full = self.full_names.get(strip_possessive(words[-1]).lower(), name)
            shorter = " ".join((*words[:-1], strip_possessive(words[-1])))
            return "organization", full if full == shorter or full.endswith(" " + shorter) else name, None, None, (), \
                None
        if _place_name(words):
            return None, None, None, None, (), None
        if len(words) == 2 and words[0] == "M." and strip_possessive(words[1]).lower() in self.full_names and not any(
                word.lower().strip(".,") in _HONORIFIC_GENDER for word in title):
            # `M. Archambeau` beside Thierry Archambeau: Monsieur (but `Ms. M. Vasanthamalar`: an initial)
            title, words = (*title, "M."), words[1:]
        name = self._person_name(words, bool(title) or described, title)
        if name is None and len(words) == 1 and title and title[-1].lower().strip(".,") in _GIVEN_NAME_HONORIFICS and \
                not is_first_name(words[0]) and (full := self._full_name_of(strip_possessive(words[0]))) is not None:
            name = full  # `Mr Anuwat` after `Anuwat Thongphet`: a given name after Mr, as Thais and others are called
        if name is not None and not title and len(words) == 1 and not words[0].isupper() and orgish(name.split()):
            # the last word of a body's name, alone (`in Hokkaido` beside `JR Hokkaido`): the body's, no person's
            return "organization", name, None, None, (), None
        # (a lone name the text shows to be a person's, `His daughter, Chiamaka,`, is a first name too)
        # (`her sister Kitty.`: the full stop ends the sentence, not the name)
        first_name = strip_possessive(words[0]) if name is None and len(words) == 1 and (
            described or is_first_name(words[0])) else None
        if first_name and described and not is_first_name(first_name):
            # a lone name no table knows, which the text shows to be a person's (`whose 15-year-old, Ailig,`), is
            # that person wherever it stands (`Ailig was blunter.`): no one else bears it
            name, first_name = first_name, None
        title_gender, titles = None, []
        for word in title:
            word = word.lower().strip(".,")
            if word in _HONORIFIC_GENDER:
                title_gender = _HONORIFIC_GENDER[word]  # the last one counts
            if word in TITLE_WORDS:
                titles.append(word)
        name_gender = first_name_gender(name.split()[0]) if name and len(name.split()) > 1 else None
        if title_gender and len(words) == 1 and (name is None or name_gender != title_gender) and (
                namesake := self._namesake(words[0], title_gender)) is not None:
            # `M. Serrurier` beside `Anaïs Serrurier`: the husband the article names with her, `Grégoire and Anaïs
            # Serrurier`; `Madam Ho` beside her son Ho Zhi Hao: Ho Ah Lian
            name, name_gender, first_name = namesake, title_gender, None
        if name is None and first_name is None:
            return None, None, None, None, (), None
        return "person", name, first_name, title_gender, tuple(titles), name_gender

    def _couples(self) -> dict[tuple[int, int], str]:
        """`Grégoire and Anaïs Serrurier`, two known first names before one surname: where the first stands ->
        its full name."""
        if self._couple_names is None:
            self._couple_names = {}
            for pos, text in self._texts.items():
                if " and " not in text:
                    continue
                for couple in _COUPLE.finditer(text):
                    if (before := _FIRST_BEFORE_AND.search(text, max(0, couple.start() - 40), couple.start())) is None:
                        continue
                    first, (second, surname) = before.group(0), couple.groups()
                    # (a second first name the table lacks, when the article calls two people of that surname by
                    # honorifics of two genders: `Layton and Sharee Zadow`, then `Mr Zadow` and `Mrs Zadow`)
                    # (or a first first name the table lacks, by the same sign: `Thurstan and Sheelagh Pickavance`)
                    if (is_first_name(first) and (is_first_name(second) or self._man_and_woman(surname))
                            or self._man_and_woman(surname) and is_first_name(second)) and \
                            not orgish([second, surname]) and \
                            first.lower() not in NOT_NAMES and surname.lower() not in NOT_NAMES and \
                            first.lower() not in self.full_names and not any(  # (not `Clinton and Bernie Sanders`)
                                facts.full and facts.words[0] == first for facts in self._facts_of.values()):
                        # (nor `Reza and Mike Shouhed` when the article names Reza Farahan)
                        self._couple_names[(pos, before.start())] = f"{first} {surname}"
        return self._couple_names

    def _man_and_woman(self, surname: str) -> bool:
        """Does the article give this surname honorifics of two genders (`Mr Zadow`, `Mrs Zadow`)?"""
        if not any("Mr " + surname in text or "Mr. " + surname in text for text in self._texts.values()):
            return False  # (no man's honorific before it, str's test: the pattern below is compiled per surname)
        honorifics = {_HONORIFIC_GENDER[m.group(1).lower()] for text in self._texts.values() if surname in text
                      for m in re.finditer(rf"\b(Mr|Mrs|Ms|Miss)\.? {re.escape(surname)}\b", text)}
        return len(honorifics) == 2

    def _namesake(self, surname: str, gender: str) -> str | None:
        """The one person of this surname and gender the article names in full (couples too; a family name first,
        `Ho Ah Lian`, too)."""
        key = strip_possessive(surname).lower()
        names = {facts.full for facts in self._facts_of.values() if facts.full and (
            facts.key == key and len(facts.words) == 2 or facts.words[0].lower() == key and len(facts.words) == 3)
            and not orgish(facts.words)} | {
            name for name in self._couples().values() if name.split()[-1].lower() == key}
        # (an honorific before the full name first: a family name that opens it, `Ho`, is no first name)
        fitting = [name for name in names if (self._title_gender_of(name) or first_name_gender(name.split()[0]))
                   == gender]
        if not fitting:  # (the weaker evidence of a spouse's noun only when no title or first name fits)
            fitting = [name for name in names if self._kin_gender_of(name) == gender]
        if not fitting and len(names) == 2 and not names.isdisjoint(self._couples().values()):
            # (or of a couple, `Layton and Sharee Zadow`, the one whom nothing says is of the other gender)
            fitting = [name for name in names if first_name_gender(name.split()[0]) is None]
            fitting = fitting if len(fitting) == 1 and first_name_gender(
                next(iter(names - set(fitting))).split()[0]) not in (None, gender) else []
        if not fitting and len(names) == 1:
            return self._spouse_named_alone(next(iter(names)), gender)
        return fitting[0] if len(fitting) == 1 else None

    def _spouse_named_alone(self, name: str, gender: str) -> str | None:
        """`Eòghainn Kerracher, 68, ...` then `His wife, Sileas, ...`: the spouse given by first name alone, where
        `Mrs Kerracher` (the gender the full name does not have) is asked for."""
        texts = list(self._texts.items())
        order = {pos: n for n, (pos, _) in enumerate(texts)}
        for kin in self._kin_named():
            text = self._texts[kin.pos]
            given = _GIVEN_THEN_COMMA.match(text, kin.at)
            if kin.owner and kin.comma and kin.kin in ("wife", "husband") and _NOUN_GENDER[kin.kin] == gender and \
                    given and (
                    name in text[:kin.start] or any(before >= kin.pos - 3 and name in earlier for before, earlier
                                                    in texts[max(0, order[kin.pos] - 3):order[kin.pos]])):
                return given.group(1)  # (the full name in the paragraph or one of the three before it)
        return None

    def _kin_gender_of(self, name: str) -> str | None:
        """The gender a spouse's noun right before this full name gives (`His wife, Nametso Kgwatalala,`): asked
        only for namesakes whose first names the table does not know."""
        first_at = {pos: text.find(name) for pos, text in self._texts.items()}
        # (a son or daughter often shares a parent's names: only a spouse's say)
        return next((_NOUN_GENDER[kin.kin] for kin in self._kin_named() if kin.whole and kin.kin in _SPOUSES
                     and first_at[kin.pos] == kin.at), None)

    def _title_gender_of(self, name: str) -> str | None:
        """The gender an honorific before this full name gives (`Madam Ho Ah Lian`)."""
        return next((_HONORIFIC_GENDER[word] for facts in self._facts_of.values() if facts.full == name
                     for word in (w.lower().strip(".,") for w in facts.title) if word in _HONORIFIC_GENDER), None)

    def _full_name_of(self, first_name: str) -> str | None:
        """The full name of the one person the article names with this first name ("Birkir" -> "Birkir
        Hallgrímsson"), if there is exactly one."""
        if self._by_first_name is None:
            people: dict[str, set[str]] = {}
            # every person's full name, not only the longest of each surname (`Russell Kettleson` beside `Velma
            # Jean Kettleson`)
            names = {facts.full for run, facts in self._facts_of.items() if facts.full and (
                facts.vouched or run in self._described or facts.key in self.full_names)}
            for name in names | set(self._couples().values()):
                words = name.split()
                if not orgish(words):
                    people.setdefault(words[0], set()).add(name)
            self._by_first_name = {first: names.pop() for first, names in people.items() if len(names) == 1}
        return self._by_first_name.get(first_name)

    def _body_by_head(self, head: str) -> str | None:
        """The one name of several words the article gives that ends in this noun and is no person's: "the
        festival" -> "Körfez International Film Festival", "the forum" -> "Char Jibika Forum"."""
        if self._bodies is None:
            found: dict[str, set[str]] = {}
            for facts in self._facts_of.values():
                words = facts.words
                if facts.full and len(words) >= 2 and words[-1][:1].isupper() and not facts.title and \
                        not is_first_name(words[0]) and not INITIAL.fullmatch(words[0]):
                    found.setdefault(facts.key, set()).add(facts.full)
            self._bodies = {key: names.pop() for key, names in found.items() if len(names) == 1}
        return self._bodies.get(head)

    def _inner_name(self, key: str) -> str | None:
        if self._inner is None:
            self._inner = _inner_names(self.full_names)
        return self._inner.get(key)

    def _lone_inner(self, key: str) -> str | None:
        """A word of a full name that is not its last, used alone: "Choque said" for Rosendo Choque Saire (a
        father's surname before a mother's), or a first name the table lacks. Never a common word."""
        if self._inner_words is None:
            # every answer below is a full name of the article that holds the word before its last: the others are
            # turned away by one look-up (most lone words), not by building the tables below
            self._inner_words = {word.lower() for facts in self._facts_of.values() if facts.full
                                 for word in facts.words[:-1]}
        if key not in self._inner_words or is_first_name(key.title()) or key in NOT_NAMES:
            return None
        full = self._inner_name(key)
        if full is not None and (is_first_name(full.split()[0]) or _family_name_first(full.split()) or (
                full in self._described_fulls())):
            # a person's, not "Axa Sun Life" (or a Korean name, `Noh Seung-gi`)
            return full  # (or a name the text shows to be a person's; or a title's, below: `Encik Jumadil bin Hassan`)
        if full is None and self._described and (full := self._full_name_of(key.title())) is not None and \
                full in self._described_fulls():
            return full  # `Ardhi said` for `PVMBG head Ardhi Kusumawardana`: a first name the table lacks
        # a first name the table lacks, used alone for the one person of it whose full name a title vouches for:
        # "Zulkarnain said" for Datuk Zulkarnain Mokhtar
        if self._titled_firsts is None:
            self._titled_firsts = {facts.words[0].lower() for facts in self._facts_of.values()
                                   if facts.full and any(w.lower().strip(".,") in TITLE_WORDS for w in facts.title)}
        if key not in self._titled_firsts:
            return None  # (most lone words: no titled full name opens with them)
        full = self._full_name_of(key.title())
        return full if full is not None and any(
            facts.full == full and any(w.lower().strip(".,") in TITLE_WORDS for w in facts.title)
            for facts in self._facts_of.values()) else None

    def _person_name(self, words: list[str], titled: bool, title: tuple[str, ...] = ()) -> str | None:
        last = strip_possessive(words[-1]).lower()
        if len(words) == 1:
            # (a title before a first name alone, `Sr. Concepta`, `Sir John`: the one person of that first name)
            # (and a name alone after an honorific is that person's, whatever the article names in full: `Pak
            # Suparjo`, `Bu Warsiti`, as Indonesians are named)
            return self.full_names.get(last) or (
                self._inner_name(last) or self._full_name_of(words[0]) or _honorific_name(title, words[0]) if titled
                else self._lone_inner(last))
        full = self.full_names.get(last)
        if full and (full.split()[0] == words[0] or (words[0].lower() in NAME_PARTICLES or words[1] in NAME_PARTICLES
                                                      or words[1] == "an" or words[-1] in _PATRONYMIC_ENDS
                                                      or not is_first_name(words[0]) and full.count(" ") == len(words)
                                                      and is_first_name(full.split()[0]))
                     and full.lower().endswith(" " + " ".join(words).lower())):
            # (`Van der Wal`, `De Ruiter`, `Mac an Bhaird`: a surname with its particle, alone; `Condori Ticona`:
            # two surnames of Eliana Condori Ticona)
            return full
        if is_first_name(words[0]) or titled or INITIAL.fullmatch(words[0]) or (  # "R. Gangadharappa": an initial
                words[0][-1:] == "." and TWO_LETTER_INITIAL.fullmatch(words[0][:-1])):  # (`Sh. Altangerel`)
            return " ".join((*words[:-1], strip_possessive(words[-1])))
        return None

    def _name_given_after(self, mention: str, at: tuple[int, int]) -> Entity | None:
        """The one name a source gives in the clause after the words that describe them, if they give one."""
        if self._naming is None:
            # (str's search first, once per paragraph: most give no name, and the mention need not be looked for;
            # once per quote, a paragraph of thousands of quotes took time growing with the square of its length)
            self._naming = {pos for pos, text in self._texts.items() if " name " in text}
        if at[0] not in self._naming:
            return None
        text = self._texts[at[0]]
        where = text.find(mention)
        given = _GAVE_NAME.match(text, where + len(mention)) if where >= 0 else None
        return self.entity(given.group(1), "person") if given is not None else None


# a name that closes a sentence's opening phrase as the object of its preposition (`Under questioning from ...`)
_OBJECT_OF_AN_OPENING = re.compile(r"\b(?:from|with|by|to|through|of|for|about|against|beside|behind|like)\s+"
                                   r"(?:[\w'’.-]+\s+){0,6}$")


# `the Bacarisas family`: a person's surname before a household's noun names the family, not a body
_FAMILY_AFTER = re.compile(r"\s+(?:family|families|household|clan|home|house|farm|brothers|sisters|siblings|children"
                           r"|kids|estate)\b")


# a clause with a subject of its own after a reporting verb: `Bongani Sekhukhuni said the star remained focused on her
# music` (her is the star's; but `said the effect held ..., which she called` is hers: a possessive only)
_NEW_SUBJECT_REPORTED = re.compile(r"\b(?:said|says|added|adds|explained|insisted|argued|noted|told\s+\w+|saying"
                                   r"|noting|arguing|warning|warned|stressed|pointing\s+out|pointed\s+out)\s+"
                                   r"(?:that\s+)?(?:the|a|an|his|her|their|its)\s+[a-z]")


_VERB_AFTER_NAME = re.compile(r" (?:was|is|has|had|said|says|told|added|[a-z]+ed)\b")


def _honorific_name(title: tuple[str, ...], word: str) -> str | None:
    """A name alone after an honorific of a people who often go by one name (`Pak Suparjo`, `Bu Warsiti`), or after
    a peer's title before the name of the peerage when the article names no one in full by it (`Lord Fotuhala`,
    `Lady Hale`): the person's name, as far as the article gives it. (Not `Mr Brown`: tried, it lets `Mr Brown's
    Budget` and `Miss Pennsylvania` take the pronouns of the people around them.)"""
    return strip_possessive(word) if any(t.lower().strip(".,") in _LONE_NAME_TITLES for t in title) else None
_GIVEN_NAME_HONORIFICS = {"mr", "mrs", "ms", "miss", "khun"}
_LONE_NAME_TITLES = ONE_NAME_HONORIFICS.keys() | {"lord", "lady"}  # (and a peer's: `Lord Fotuhala`)


def _named_roles(found: list[tuple[tuple[int, int], int, Entity]], texts: dict[int, str]) -> dict[str, Entity]:
    """Roles the article names in apposition, `The managing director, Dorrett Samuda,` or `The hospital's
    president and chief executive, Gerald Stroud,`: each role -> that person, when the article names one person
    so (two people under one role say nothing)."""
    named: dict[str, Entity | None] = {}
    who_nouns: set[str] | None = None  # read only when a role's noun is no known person's
    for (pos, start), end, entity in found:
        if entity.kind != "person" or " " not in entity.name or texts[pos][end:end + 1] != ",":
            continue  # (an apposition closes with a comma: "In a letter to the minister, Mr Grant wrote" is none)
        if (after := _ROLE_AFTER_NAME.match(texts[pos], end)) is not None and (
                role := _role_key(after.group("words"))) not in _NOT_ROLES_AFTER:
            # `said Hmad Oubrahim, 74, the amghar, ...`: the role after the name is that person's, whatever its noun
            named[role] = entity if named.get(role, entity) is entity else None
        # (str's search first: the apposition's comma stands in the last 33 characters before the name, after it
        # at most `the ` and three titles, and most names have none there)
        if texts[pos].find(", ", max(0, start - 40), start) < 0:
            continue
        apposition = _ROLE_APPOSITION.search(texts[pos], max(0, start - 80), start)
        if apposition is None or _ends_opening_phrase(texts[pos], apposition.start()):
            continue
        for role in map(_role_key, apposition.group("words").split(" and ")):
            noun = role.partition(" of ")[0].rpartition(" ")[2]  # (`head of wildlife management`: a head)
            if not _is_person_noun(noun) and who_nouns is None:
                # nouns a who shows to be people's, whatever the word: `The kaiako, who has tutored the group`
                who_nouns = {noun for text in texts.values() if ", who " in text
                             for noun in _NOUN_BEFORE_WHO.findall(text)}
            if _is_person_noun(noun) or noun in who_nouns or _CHIEF_OFFICER.fullmatch(noun) or noun == "head":
                # (not `the book, Mitchell Zuckoff`: its author; `The COO, Mr Zeeshan Paracha`: a chief officer)
                named[role] = entity if named.get(role, entity) is entity else None
    return {role: entity for role, entity in named.items() if entity is not None}


_PHRASE_OPENERS = {"alongside", "beside", "with", "after", "before", "like", "unlike", "behind", "against", "facing"}


def _ends_opening_phrase(text: str, at: int) -> bool:
    """Does the role at `at` end its sentence's opening phrase (`Giving evidence alongside the minister, Baroness
    Cheverton said`: she is no minister)?"""
    start = text.rfind(". ", 0, at) + 2 if text.rfind(". ", 0, at) >= 0 else 0
    opening = text[start:at].split(None, 1)
    return bool(opening) and "," not in text[start:at] and (
        opening[0].endswith("ing") and opening[0][:1].isupper() or opening[0].lower() in _PHRASE_OPENERS)


def _named_role(named_roles: dict[str, Entity], words: str) -> Entity | None:
    """The person named in apposition under this role, or under its last words: "The provincial administrator"
    ... "The administrator, Dionisio Pagulayan," (but a rank makes another role: "the prime minister" is not "the
    minister, X")."""
    if not named_roles:
        return None
    key = _role_key(words).split()
    if len(key) == 3 and key[0] == "chief" and (named := named_roles.get("".join(word[0] for word in key))):
        return named  # `the chief operating officer` ... `The COO, Mr Zeeshan Paracha`
    if "of" in key[1:-1] and not (key.index("of") > 1 and key[key.index("of") - 2] in _RANKS):
        # `the head of wildlife management` ... `The wildlife head, Gunnel Öhrvall,`: the same role, the other way
        # round (`director of communications`, `communications director`; not the `deputy head of ...`)
        at = key.index("of")
        field = [word for word in key[at + 1:] if word not in DETERMINERS]
        for words in (field, *([word] for word in field)):
            if (named := named_roles.get(" ".join((*words, key[at - 1])))) is not None:
                return named
    for n in range(len(key)):
        if n and key[n - 1] in _RANKS:
            return None
        if (named := named_roles.get(" ".join(key[n:]))) is not None:
            return named
    if len(key) == 1:
        # the noun alone of the one role named with a word before it: `the councillor` ... `The ward councillor,
        # Sello Masilela,` (not of a rank's: `the minister` is not `the prime minister, X`)
        fitting = {id(entity): entity for role, entity in named_roles.items()
                   if (words := role.split())[-1] == key[0] and len(words) > 1 and words[-2] not in _RANKS
                   and words[-2] != "of"}  # (`the stewards` are not `The chairman of stewards, X`)
        if len(fitting) == 1:
            return next(iter(fitting.values()))
    return None


# what a role is of, after it: `director` `of communications`
# the rest of a role that opens a paragraph, up to the name in apposition to it: ` of the Welfare Association, `
_NAME_APPOSED_TO_ROLE = re.compile(rf"(?: of (?:the )?[^,;:.\"“”]{{1,80}})?, (?=[{CAPITAL}])")
_OF_FIELD = re.compile(r" of (?:the )?[a-z]+(?: (?!and\b|or\b)[a-z]+)?\b")
# roles a court report gives people it has named: the accused, the witness giving evidence
_BACK_ROLES = {"accused", "defendant", "witness"}
_DEFENDANT_AFTER = re.compile(r"(?:,[^.;]{0,80},)?\s+(?:denies|denied|pleaded|pleads|has\s+pleaded|is\s+charged|was"
                              r"\s+charged|is\s+accused|stands\s+accused|is\s+on\s+trial|admits|admitted)\b")
# a kinship noun, a comma perhaps, then a capitalised word (`whose son Bence`, `His wife, Sileas,`); and whose, read
# before it (the pattern opens on the nouns' letters, which the engine looks for first)
_KIN_THEN_NAME = re.compile(r"(?P<kin>" + "|".join(sorted(_KIN_WORDS)) + rf")(?P<comma>,)? (?=[{CAPITAL}])")
_OWNER_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+$")


_GIVEN_THEN_COMMA = re.compile(rf"([{CAPITAL}][\w'’-]+),")  # `His wife, Sileas,`: a given name alone


class _KinNamed(NamedTuple):
    pos: int
    start: int  # where the match starts (at `His` when the owner is written)
    at: int  # where the name starts
    owner: bool  # `His wife, ...`, `her husband, ...`
    kin: str  # the noun, as written (lower case)
    comma: bool  # a comma between the noun and the name
    whole: bool  # the noun is a whole word (not `midwife`)
_BACK_ROLE = re.compile(r"the (accused|defendant|witness)\b")
_ABOUT_ROLE = re.compile(r"For (the (?:[a-z-]+ ){0,2}[a-z-]+),")
# the word after a role: its verb, where the role ends (not `The head of the agency, Tarjo Hadinoto,`, `The former`)
_VERB_AFTER_ROLE = re.compile(r" ([a-z]+)\b")
_CHIEF_OFFICER = re.compile(r"c[a-z]o")  # `coo`, `cfo`: a chief officer's letters
_PATRONYMIC_ENDS = {"uulu", "kyzy"}  # `Nurlan uulu`: a father's name and `son of`, used as a surname
_CLAUSE_GOES_ON = {"by", "his", "her", "their", "its", "who", "which", "that", "said", "says", "told", "to"}
_RANKS = {"prime", "deputy", "vice", "assistant", "former", "junior", "shadow", "acting", "interim", "chief",
          "associate", "general", "first", "second", "lord", "co", "executive", "managing", "head", "under"}


_APPOSITION_OF_PRONOUN = re.compile(r"[^.;:\"“”]{0,120}?,\s+(?:he|she|they)\s")
_KIN_OWNER = re.compile(r"\band (his|her) (?:" + "|".join(sorted(_KIN_WORDS)) + r"),? $")
# `with her son, Sasidharan`, `Luyen's daughter, Name,`: the relative a possessive names just before a name
_KIN_NAMED = re.compile(r"\b(?:his|her|[A-Z][\w-]*['’]s) (" + "|".join(sorted(_KIN_WORDS)) + r"),? $",
                        re.IGNORECASE)
_OWNER_OPENING = re.compile(rf"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:[{CAPITAL}][\w-]*['’]s )?")
# up to six lower-case words after "The", possessives among them
_ROLE_WORDS = re.compile(r"[a-z][\w-]*(?:['’]s)?(?: [a-z][\w-]*(?:['’]s)?){0,5}")


def _role_key(words: str) -> str:
    """A role's words less whose it is: "company's managing director" -> "managing director" (but "prime
    minister" and "housing minister" are two roles)."""
    return " ".join(word for word in words.lower().split() if not word.endswith(("'s", "’s")))


# `, 74, the amghar,` right after a name: one to three lower-case words after "the", an age perhaps before
_ROLE_AFTER_NAME = re.compile(r",(?: \d{1,3},)? the (?P<words>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}),")
_NOT_ROLES_AFTER = {"same", "other", "first", "last", "next", "day", "night", "week", "year", "time", "one"}
# `the managing director, ` right before a name: up to six lower-case words after "the"
_ROLE_APPOSITION = re.compile(r"(?<![\w'’])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) "
                              r"(?P<words>(?:(?!(?:the|his|her|their|its) )[a-z][\w-]*(?:['’]s)? ){0,5}[a-z][\w-]*"
                              r"|C[A-Z]O), "
                              rf"(?:the )?(?:(?:[{CAPITAL}][a-z]{{1,5}}\.|\([{CAPITAL}][a-z]{{1,4}}\.?\)) ){{0,3}}$")


# A relative as a sentence's subject: `His wife did not hesitate.`, `Her son was blunter.`
_POSSESSED_KIN = re.compile(r"(His|Her) (" + "|".join(sorted(_KIN_WORDS)) + r") (?=[a-z])")
_SENTENCE_ENDS_BEFORE = re.compile(r"[.!?][\"”’]? $")
_QUOTE_NEXT = re.compile(r"[^.!?\"“”]{0,80}[.!?] [\"“]")  # the sentence ends and a quote opens


def _place_possessed_kin(texts: dict[int, str], found: list[tuple[tuple[int, int], int, Entity]]) -> None:
    """`His wife did not hesitate. "...," she said.`: the relative is the one person of the relative's sex who
    was named after the same words before (`with her son, Sasidharan`, `Luyen's daughter, Khieu Truc Nhai,`) or, of
    the other sex, who shares the surname of the last person of the possessive's sex named (`Rasmie and Williamina
    Hughson`); when there is one such, the sentence is theirs. A relative of the possessive's own sex only when the
    quote follows the sentence and the article named them so: after `His grandfather built it in 1921.`, a he is
    the grandson's."""
    placed = []
    for pos, text, match in _possessed_kin_openings(texts):
        owner_gender = "male" if match.group(1) == "His" else "female"
        kin = match.group(2)
        same_sex = _NOUN_GENDER[kin] == owner_gender
        if same_sex and not _QUOTE_NEXT.match(text, match.end()):
            continue
        at = (pos, match.start())
        before = [(start, end, entity) for start, end, entity in found if start < at and entity.kind == "person"]
        candidates = {id(entity): entity for (p, start), _, entity in before
                      if (named := _KIN_NAMED.search(texts[p], max(0, start - 40), start)) is not None
                      and named.group(1).lower() == kin}
        if not same_sex:
            owner = next((entity for _, _, entity in reversed(before) if entity.gender == owner_gender), None)
            surname = owner.name.rsplit(None, 1)[-1] if owner is not None and " " in owner.name else None
            candidates.update((id(entity), entity) for _, _, entity in before if surname and entity is not owner
                              and entity.gender == _NOUN_GENDER[kin]
                              and entity.name.rsplit(None, 1)[-1] == surname)
        if len(candidates) == 1:
            placed.append((at, match.end(), next(iter(candidates.values()))))
    if placed:
        found.extend(placed)
        found.sort(key=lambda item: item[0])


def _possessed_kin_openings(texts: dict[int, str]):
    """Each sentence that opens on a possessive and a relative: `His ` and `Her ` looked for by str's search first
    (a pattern tried at every character costs more than the rest of the pass)."""
    for pos, text in texts.items():
        for word in ("His ", "Her "):
            at = text.find(word)
            while at >= 0:
                if (at == 0 or _SENTENCE_ENDS_BEFORE.search(text, max(0, at - 3), at)) and (
                        match := _POSSESSED_KIN.match(text, at)):
                    yield pos, text, match
                at = text.find(word, at + 4)




def _kin_of_pronoun(text: str, start: int, pronoun: re.Match) -> bool:
    """Does a kin noun of the pronoun's gender stand between the name and the pronoun (`whose son Lwandle ...,
    said he`)?"""
    gender = "male" if pronoun.group(0).lower() in _MALE_PRONOUNS else "female"
    return any(_NOUN_GENDER[kin.group(0).lower()] == gender
               for kin in _KIN_NOUN.finditer(text, start, pronoun.start()))


def _is_object(pronoun: re.Match) -> bool:
    """"him", or "her" not followed by a noun ("thanked her for", "told her."): the object, not the subject."""
    word = pronoun.group(0).lower()
    if word in ("him", "himself", "herself", "hers"):
        return True
    if word != "her":
        return False
    following = _NEXT_WORD.match(pronoun.string, pronoun.end())  # not a slice: that copies the paragraph's rest
    return following is None or following.group(1).lower() in _FOLLOWS_OBJECT


# a body's initials in brackets after its name: `the Karachi Water and Sewerage Corporation (KW&SC)` (the pattern
# opens on the bracket, which the engine skips to)
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,9})\)")
_ACRONYM_NAME_WORD = re.compile(r"[A-Z][\w'’.&-]*|of|and|for|on|in|the|de|du|des|la|le|el|y|&")


def _acronym_expansions(texts: Iterable[str]) -> dict[str, str]:
    """Initials -> the name the article spells them out from (`EPA` -> `Environmental Protection Agency`): the
    words before the brackets whose capitals (and an `and` as `&`) spell the initials. An acronym spelled out two
    ways is left as it is."""
    found: dict[str, set[str]] = {}
    for text in texts:
        if " (" not in text:
            continue
        for bracket in _BRACKETED_ACRONYM.finditer(text):
            if text[bracket.start() - 1:bracket.start()] != " ":
                continue
            acronym, words = bracket.group(1), []
            for word in reversed(text[max(0, bracket.start() - 160):bracket.start()].split()[-12:]):
                if not _ACRONYM_NAME_WORD.fullmatch(word):
                    break
                words.insert(0, word)
            for start in range(len(words) - 1, -1, -1):  # the shortest run of words that spells it, from its end
                if not words[start][:1].isupper() or words[start] in ("The", "A", "An"):
                    continue
                spelled = "".join("&" if w in ("and", "&") else w[0] for w in words[start:]
                                  if w[:1].isupper() or w in ("and", "&") and "&" in acronym)
                if spelled == acronym and words[-1][:1].isupper():
                    found.setdefault(acronym, set()).add(" ".join(words[start:]))
                    break
    return {acronym: names.pop() for acronym, names in found.items() if len(names) == 1}


def writer_text(paragraphs: Sequence[Paragraph], quotes: Sequence[Quote]) -> list[tuple[int, str]]:
    """Each paragraph's text with the quoted words blanked: names inside quotes are not the writer's."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for quote in quotes:
        spans.setdefault(quote.paragraph_position, []).append((quote.char_start, quote.char_end))
    result = []
    for paragraph in paragraphs:
        if paragraph.kind == "footer":
            continue
        own = spans.get(paragraph.position)
        text = paragraph.text
        if "(" in text and ("d) " in text or "t.) " in text):  # (`(retd) `, `(retired) `, `(ret.) `)
            # `Brigadier (retd) Taimur Saleem`: the rank and the name are one run, as if the note were not there
            text = _RETIRED.sub(lambda note: " " * len(note.group(0)), text)
        result.append((paragraph.position, text if own is None else _blanked(text, tuple(own))))
    return result


_RETIRED = re.compile(r"(?<=[a-z.]) \((?:retd|rtd|ret|retired)\.?\)(?= [A-Z])", re.IGNORECASE)


_NICKNAME_AROUND = re.compile(rf"[\"“‘'][{CAPITAL}]\w*(?:\s[{CAPITAL}]\w*)?[\"”’']\s[{CAPITAL}]")
_NAME_BEFORE = re.compile(rf"\b[{CAPITAL}][\w'’-]+\s$")
_GLOSS_AFTER_QUOTE = re.compile(r"[,.]?[\"”’'»]\s\([^()]{1,40}(?=\))")


@functools.lru_cache(maxsize=256)
def _blanked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """A paragraph with its quotes' spans blanked. Cached: the speaker resolver and then the gender evidence ask
    it of the same paragraphs with the same quotes (a few hundred: the paragraphs of one article)."""
    pieces, done = [], 0
    # one pass over the paragraph (slicing the whole text per quote grows with the square of its quotes)
    for char_start, char_end in sorted(spans, key=lambda span: span[0]):
        # blanked, but its first letter kept: a capital there still tells where a sentence starts; blanked
        # with no letter, so that the letter and a closing ' after it are no name word ("'I ...,' Marlowe
        # said" is Marlowe, not "Ixxx' Marlowe")
        start, end = max(char_start + 1, done), char_end
        if _NICKNAME_AROUND.match(text, char_start - 1, char_end + 3) and _NAME_BEFORE.search(
                text, max(0, char_start - 40), char_start - 1):
            # `Lyndon “Bluey” Treweeke`: a nickname inside a name; blanked with its marks, the name is one run
            pieces += [text[done:char_start - 1], " " * (char_end + 1 - char_start + 1)]
            done = char_end + 1
            continue
        if (gloss := _GLOSS_AFTER_QUOTE.match(text, end)) is not None:
            end = gloss.end()  # a translation in brackets after it, `"Toso Sabeto" (Go Sabeto)`, names no one either
        if end > start:
            pieces += [text[done:start], "·" * (end - start)]
            done = end
    return "".join(pieces) + text[done:]
