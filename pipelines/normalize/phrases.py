"""English noun phrases for attribution: where the subject before a verb starts, what follows an inverted verb
(`said the ministry`), the subject that opens a clause, and whether a phrase can speak at all (a person, a group or
a document; not a weekday, a possessive, a clause or a fragment).

Pure functions over text whose quoted words are blanked (`masked`), token by token, bounded in length.
"""

from __future__ import annotations

import itertools
import re

from pipelines.normalize.lexicon import (
    ABBREVIATIONS,
    AUXILIARIES,
    CAPITAL,
    DETERMINERS,
    FIELD_BODY_WORDS,
    NAME_PARTICLES,
    ORG_WORDS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    WEEKDAYS,
    initials,
)

FORWARD_STOPS = {"in", "on", "at", "of", "from", "with", "for", "to", "after", "before", "during", "while", "as",
                 "because", "when", "outside", "inside", "by", "via", "about", "and", "but"}

SUBORDINATORS = {"although", "though", "if", "since", "until", "unless", "where", "whereas", "who", "which", "that",
                 "whether"}

ARTICLES = {"the", "a", "an", "its", "his", "her", "their", "our", "your", "my"}

BE_FORMS = {"am", "is", "are", "was", "were", "be", "been", "being"}

# (a number's commas are no clause's, `60,000`: tried only where a word ends in a digit)
# (an ampersand between capitals joins one body's name: `AT&T`, `KW&SC`)
WORD = re.compile(r"[\w'’?\-]+(?:(?<=[A-Z])&[A-Z]+(?![a-z]))*(?:(?<=\d),\d{3}(?!\w))*|[^\w\s]")

# a gloss or an acronym in brackets that closes a noun phrase: `Jedność (Unity)`, `the Owners Association (LTMOA)`
BRACKET_BEFORE = re.compile(r"\s+\([^()]{1,40}\)$")

TITLE_ABBREVIATIONS = {"lt", "gen", "col", "sgt", "capt", "adm", "maj", "cmdr", "gov", "sen", "rep", "pres"}

_COUNTING = {"one", "another", "two", "three", "four", "five", "several", "some", "many", "other"}

_CLAUSE_STOP = re.compile(r"([\w.]*)[.;!?]")
_INITIALS = initials(2, letters="A-Z", last_stop=False)  # `K.P` of `K.P. Raveendran`, before the clause's stop


def _tokens(text: str, start: int, end: int) -> list[re.Match]:
    return list(WORD.finditer(text, start, end))


_LABEL_AT_END = re.compile(r"\s\([^()]{1,24}\)\s*,?\s*$")  # "Ana Ruiz (D-Ohio)," said


# "it’s", "that's": a verb contracted onto a pronoun, no possessive
_CONTRACTION = re.compile(r"(?i:it|that|there|here|what|who|where|he|she|let)['’]s$")

_CONTRACTED_PRONOUN = re.compile(r"((?i:he|she|they|we|i))['’](?:s|re|ve|m|ll|d)$")


def subject_before(masked: str, floor: int, end: int) -> tuple[int, int | None]:
    """Where the subject of the verb at `end` ends and starts (`skip_auxiliaries`, then `noun_phrase_back`),
    the words read once for both."""
    subject_end, tokens = skip_auxiliaries(masked, floor, end)
    start = noun_phrase_back(masked, floor, subject_end, tokens)
    if start is not None and (reduced := _reduced_relative(masked, floor, start)) is not None:
        return reduced
    return subject_end, start


# `Protesters marching through the streets chanted`, `Residents living near the plant said`: a present participle
# and its place between the subject and its verb; the place is no one who speaks
_PARTICIPLE_PLACE = re.compile(r"([A-Za-z][\w'’-]*)\s+([a-z]{2,}ing)\s+(?:in|at|on|near|outside|inside|through"
                               r"|across|along|around|behind|beside|under|into|over|from)\s+$")
_NOT_PARTICIPLES = frozenset({  # (and nouns in -ing: `a mass shooting in Las Vegas told`)
    "during", "according", "including", "following", "regarding", "concerning", "nothing", "something", "anything",
    "everything", "morning", "evening", "building", "meeting", "wedding", "ceiling", "shooting", "bombing", "killing",
    "hearing", "briefing", "funding", "spending", "housing", "training", "rating", "ruling", "finding", "polling",
    "voting", "warming", "crossing", "landing", "opening", "setting", "beginning", "ending", "feeling", "being",
    "saying", "thing", "king", "spring", "ring", "wing", "string", "clothing", "parking", "fighting", "dealing",
    "uprising", "gathering", "offering", "booking", "filing", "listing", "posting", "reading", "recording", "timing"})


def _reduced_relative(masked: str, floor: int, start: int) -> tuple[int, int] | None:
    """(end, start) of the subject before a participle's phrase that ends where the found phrase starts."""
    # (str's search first: the pattern is tried at every position, and most subjects have no `ing` before them)
    match = _PARTICIPLE_PLACE.search(masked, max(floor, start - 60), start) if masked.find(
        "ing", max(floor, start - 60), start) >= 0 else None
    if match is None or match.group(2) in _NOT_PARTICIPLES or match.group(1).lower() in PRONOUNS:
        return None
    head = noun_phrase_back(masked, floor, match.end(1))
    return (match.end(1), head) if head is not None else None


def skip_auxiliaries(masked: str, floor: int, end: int) -> tuple[int, list[re.Match] | None]:
    """Back over what stands between a subject and its verb: `has also`, `repeatedly`, `on Monday`, `at the time`,
    a party label in brackets (`Ana Ruiz (D-Ohio) said`). Returns the new end, and the tokens of masked[floor:end]
    for it (None when it cut a word: the contracted pronoun), for `noun_phrase_back` to read them again."""
    # the label needs its closing bracket: str's search first, most ends have none
    label = _LABEL_AT_END.search(masked, max(floor, end - 30), end) if masked.find(
        ")", max(floor, end - 30), end) >= 0 else None
    if label:
        end = label.start()
    tokens = _tokens(masked, floor, end)
    last_word = tokens[-1].group(0) if tokens else ""
    contracted = _CONTRACTED_PRONOUN.match(last_word) if "'" in last_word or "’" in last_word else None
    if contracted:
        return tokens[-1].start() + contracted.end(1), None  # "He’s predicting", "They're saying": the pronoun
    # the tokens before the one popped are those of masked[floor:end] for the new end: a token ends at a
    # boundary the regex found without looking past it
    while tokens:
        last = tokens[-1].group(0).lower()
        # "repeatedly" is an adverb, "Kelly" a name
        if last in AUXILIARIES or last.endswith("ly") and tokens[-1].group(0).islower() and last not in _LY_NOUNS \
                and not (last in _PERIODICALS and len(tokens) > 1 and (  # `a São Paulo daily called it`
                    before := tokens[-2].group(0).lower()) not in PRONOUNS and before not in AUXILIARIES) \
                or last in _DISCOURSE:
            end = tokens.pop().start()
        elif (last in _WEEKDAYS or last in _TIME_WORDS) and len(tokens) > 2 and (
                tokens[-2].group(0).lower() in _TIME_LEAD_OR_THE):
            lead = 3 if tokens[-2].group(0).lower() == "the" and tokens[-3].group(0).lower() in {"at", "by"} else 2
            if lead == 2 and tokens[-2].group(0).lower() == "the":
                break
            end = tokens[-lead].start()
            del tokens[-lead:]
        else:
            break
    return end, tokens


# nouns that end like adverbs: "The Gilvarry family said" is the family's
# a paper (`the city's main weekly said`); an adverb after a pronoun or an auxiliary (`she daily said`)
_PERIODICALS = frozenset({"daily", "weekly", "monthly", "quarterly", "fortnightly", "biweekly"})
_LY_NOUNS = frozenset({"family", "ally", "assembly", "supply", "monopoly", "bully", "tally", "rally", "anomaly"})


def _is_name_word(word: str) -> bool:
    # (a surname after an elided particle too: `d’Eon said`)
    return bool(word) and (word[0].isupper() or word[0].isdigit() or word[:2] in ("d'", "d’") and word[2:3].isupper()
                           ) and word not in {"I"}


def _modifiers_joined(tokens: list[re.Match], and_token: re.Match) -> bool:
    """Does this `and` join two lower-case words before a noun, after a determiner (`the relief and rehabilitation
    office`), not two people (`the mayor and the councillor`, `the minister and officials`)?"""
    at = next(i for i, token in enumerate(tokens) if token is and_token)
    if at == 0 or at + 2 >= len(tokens):
        return False  # (the word after `and` must not be the head itself)
    before, after = tokens[at - 1].group(0), tokens[at + 1].group(0)
    return before.isalpha() and before.islower() and after.isalpha() and after.islower() and \
        before not in _FUNCTION_WORDS and after not in _FUNCTION_WORDS and after not in DETERMINERS and \
        _determiner_ahead(tokens, tokens[at - 1])


def noun_phrase_back(masked: str, floor: int, end: int, tokens: list[re.Match] | None = None) -> int | None:
    """Where the subject before a verb starts: `Polish Foreign Minister Rados?aw Sikorski`, `the ministry`, `he`.

    Appositions are stepped over: `Maria Lopez, a nurse at St. Luke's, said` starts at Maria.
    `tokens`: those of masked[floor:end] when the caller has them.
    """
    if tokens is None:
        tokens = _tokens(masked, floor, end)
    if not tokens:
        return None
    last = tokens[-1].group(0)
    if last.lower() in PRONOUNS or last.lower() in _INDEFINITES:
        return tokens[-1].start()  # "she said", "someone whispered"
    if last == ",":
        apposition_start = _apposition_start(masked, floor, tokens)
        return apposition_start
    start = None
    seen_name = seen_noun = False
    count = 0
    opening_bracket = None  # while stepping back through a bracket inside a title
    for token in reversed(tokens):
        word = token.group(0)
        lower = word.lower()
        if opening_bracket is not None:
            if token is opening_bracket:
                opening_bracket = None
            continue
        if word == ")" and start is not None and (opening_bracket := _bracket_in_title(tokens, token)) is not None:
            continue  # `Deputy Commissioner of Police (Law and Order) Thiru K. Jeyaraman`: part of the title
        if lower == "an" and start is not None and masked[token.start() - 4:token.start()] in ("Mac ", "Nic "):
            start = token.start()  # `Mac an Bhaird`: a particle, no article
            continue
        if lower in DETERMINERS or lower in _COUNTING and (seen_name or seen_noun):
            if (seen_name or seen_noun) and lower not in _DEMONSTRATIVES:
                start = token.start()  # "the ministry"; but "so heated that Ana Ruiz said" starts at Ana
                head = _head_of(tokens, token)
                if head is not None:
                    start = head  # "The head of the board", "a spokesman for the ministry": the first noun's
            break
        if lower in _FUNCTION_WORDS and word[:1].isupper():
            break  # "When Ames said", "Later, Ames said": a capital that opens the sentence, not the name
        if _is_name_word(word) or lower in TITLE_WORDS or lower in ORG_WORDS:
            seen_name = seen_name or _is_name_word(word)
            seen_noun = True
        elif word == "." and start is not None and _abbreviated(masked, floor, token.start()):
            pass  # "St. Luke's", "Gen. Milley", "Ana J. Ruiz" (but "in Ohio. Ruiz said" starts at Ruiz)
        elif (lower in NAME_PARTICLES or lower == "of" or lower == "for" and _body_before(tokens, token)
              or lower == "on" and _body_before(tokens, token, FIELD_BODY_WORDS)) and start is not None:
            pass  # "Ursula von der Leyen", "Graham Wills of Coastal University", "Council for Sea Science",
            # "Committee on Foreign Relations"
        elif lower in ("uulu", "kyzy") and start is None:
            pass  # `Nurlan uulu said`: `son of`, a surname's last word
        elif lower == "and" and start is not None and (_body_of_before(tokens, token) or _and_inside_body(
                masked, tokens, token, start, end)):
            pass  # "the Department of Health and Mental Hygiene", "the Minibus Owners and Operators Association":
            # one body's name, not two speakers
        elif lower == "and" and start is not None and _modifiers_joined(tokens, token):
            pass  # "the district relief and rehabilitation office": two words of one noun's, not two speakers
        elif word[:1].islower() and word.removesuffix("'s").removesuffix("’s").isalpha() and count < 5 and \
                lower not in _FUNCTION_WORDS and (_determiner_ahead(tokens, token) or (
                    at := tokens.index(token)) > 1 and tokens[at - 1].group(0) == "and" and _modifiers_joined(
                    tokens, tokens[at - 1])):
            seen_noun = True  # "the foreign ministry", "a senior official", "the authority's director general"
        else:
            break
        start = token.start()
        count += word != "."  # "Assistant U.S. Attorney Maya D. Song": the stops are no words
        if count > 9:
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


def _and_inside_body(masked: str, tokens: list[re.Match], joiner: re.Match, start: int, end: int) -> bool:
    """`and` between two capitalised words of one body's name: the words after it end in a body's noun (`Owners
    and Operators Association`), and a capitalised word stands right before it."""
    words = masked[start:end].split()
    if not words or not words[-1][:1].isupper() or words[-1].lower().strip(",") not in ORG_WORDS:
        return False
    index = tokens.index(joiner)
    return index > 0 and tokens[index - 1].group(0)[:1].isupper() and tokens[index - 1].group(0).isalpha()


def _head_of(tokens: list[re.Match], determiner: re.Match) -> int | None:
    """Where `the head of` starts when `the board` follows it: a determiner, one to three words ending in a person's
    or a title noun, then `of` or `for` right before this determiner ("The Primus of the Church", "a spokesman for
    the ministry"); None otherwise."""
    index = tokens.index(determiner)
    if index < 3 or tokens[index - 1].group(0).lower() not in ("of", "for"):
        return None
    noun = tokens[index - 2].group(0)
    if not noun.isalpha() or noun.lower() in _FUNCTION_WORDS or noun.lower() in ORG_WORDS:
        return None
    for back in range(index - 3, max(-1, index - 6), -1):
        word = tokens[back].group(0).lower()
        if word in _OPENING_DETERMINERS:
            return tokens[back].start()
        if not tokens[back].group(0).isalpha() or word in _FUNCTION_WORDS:
            return None
    return None


def _bracket_in_title(tokens: list[re.Match], closing: re.Match) -> re.Match | None:
    """The `(` of a bracket of capitalised words between two capitalised words, `Police (Law and Order) Thiru`."""
    index = tokens.index(closing)
    for back in range(index - 1, max(0, index - 7), -1):
        word = tokens[back].group(0)
        if word == "(":
            return tokens[back] if back < index - 1 and back and _is_name_word(tokens[back - 1].group(0)) else None
        if not (_is_name_word(word) or word in ("and", "of", "&")):
            return None
    return None


def _body_of_before(tokens: list[re.Match], token: re.Match) -> bool:
    """A body's `Noun of Name` right before this `and`, and capitalised words after it that name no person (not
    `the Secretary of State and Senator Ruiz`)."""
    index = tokens.index(token)
    after = [t.group(0) for t in tokens[index + 1:]]
    if not after or any(w.lower() in TITLE_WORDS for w in after):
        return False
    for back in range(index - 1, max(0, index - 4), -1):
        word = tokens[back].group(0)
        if word == "of":
            return back > 0 and tokens[back - 1].group(0)[:1].isupper() \
                and tokens[back - 1].group(0).lower() in ORG_WORDS
        if not word[:1].isupper():
            return False
    return False


def _body_before(tokens: list[re.Match], token: re.Match, nouns: set[str] = ORG_WORDS) -> bool:
    """A capitalised noun for a body right before this word: "Council" in "Council for Northern Sea Science"."""
    index = tokens.index(token)
    word = tokens[index - 1].group(0) if index else ""
    return word[:1].isupper() and word.lower() in nouns


def _determiner_ahead(tokens: list[re.Match], token: re.Match) -> bool:
    """Is there a determiner within three words before this lower-case word ("the", "one", "Ames's")?"""
    index = tokens.index(token)
    return any(t.group(0).lower() in DETERMINERS or t.group(0).lower() in _COUNTING
               or t.group(0).endswith(("'s", "’s")) and not _CONTRACTION.match(t.group(0))
               for t in tokens[max(0, index - 3):index])


def _apposition_start(masked: str, floor: int, tokens: list[re.Match]) -> int | None:
    """`Maria Lopez, a nurse at St. Luke's, said` / `Its chairman, Piet Vos, said` -> where the subject starts."""
    commas = [i for i, t in enumerate(tokens) if t.group(0) == ","]
    if len(commas) < 2 or commas[-1] - commas[-2] - 1 > 24 or commas[-1] - commas[-2] < 2:
        return None
    opening = _opening_phrase(tokens, commas)
    if opening is not None:
        return opening
    running_on = _apposition_running_on(masked, floor, tokens, commas)
    if running_on is not None:
        return running_on
    # "Bram Kettle, 34, of Lowmoor, said": step back over each part until one is a name or a noun phrase;
    # the one that opens the clause wins ("Ames, at a meeting in Dayton, Ohio, said" is Ames, not Dayton)
    found = None
    for k in range(2, min(len(commas), 4) + 1):
        start = noun_phrase_back(masked, floor, tokens[commas[-k]].start())
        if start is not None and not masked[start].isdigit():
            if not masked[floor:start].strip(" \"“”‘’'—–-(") or masked[floor:start].rstrip().endswith((",", ";")) and (
                    k == len(commas)):
                return start
            found = found if found is not None else start
        if k < len(commas) and (commas[-k] - commas[-k - 1] - 1 > 6 or any(
                t.group(0).lower() in _CLAUSE_WORDS for t in tokens[commas[-k - 1] + 1:commas[-k]])):
            break  # a long part, or one with `that` or `was`: a clause ("set a rate that her coach, X, said")
    if found is None or masked[floor:found].strip(" \"“”‘’'—–-("):  # (or what was found does not open the clause)
        # a head this grammar cannot read, then a name in apposition: `TDB's board member for human resources,
        # Dr. Irmgard von Raitenbach, called`, `counsel assisting the inquiry, Keelan Dewhirst SC, asked`: the name
        name = tokens[commas[-2] + 1:commas[-1]]
        words = [t.group(0) for t in name if t.group(0) != "."]
        if 2 <= len(words) <= 6 and words[0][:1].isupper() and all(
                _is_name_word(w) or w in NAME_PARTICLES for w in words) and words[-1][:1].isupper():
            return name[0].start()
    return found


def _apposition_running_on(masked: str, floor: int, tokens: list[re.Match], commas: list[int]) -> int | None:
    """`Rep. Ana Ruiz, a Democrat who chairs the House Committee on Commerce, spent two summers in Barre and has been
    its sponsor since 2024, said`, `Hajji Twaha Ssekabembe, the chairman of the association, which says it represents
    4,000 riders in the northern suburbs, and a rider since 2009, said`, `Cr Hone Reid, who represents the ward, a
    former principal who chaired the local board, and whose grandchildren ride it, said`: the name's apposition goes
    on past commas (its who clause with a verb of its own, or a second apposition or who clause after `and`), so the
    subject is the name that opens the sentence, not a noun inside the apposition."""
    if len(commas) < 3:
        return None
    apposition = [t.group(0) for t in tokens[commas[0] + 1:commas[1]]]
    last_part = tokens[commas[-2] + 1:commas[-1]]
    if apposition[:1] not in (["a"], ["an"], ["the"], ["who"], ["whose"]) or not last_part or any(
            tokens[n].group(0) in SPEECH_VERBS and tokens[n - 1].group(0) not in ("which", "who")
            for n in range(commas[0], len(tokens))) or any(
            not tokens[comma + 1].group(0).islower() for comma in commas[1:-1]):
        # (a verb of saying among them may have a subject of its own, `..., said the boy, a pupil,`, but not a
        # relative's, `which says it represents`; a part that opens on a capital may be another subject: `Ana Ruiz,
        # the mayor, Tom Hale, and the police chief said`)
        return None
    first = last_part[0].group(0)
    if not ("who" in apposition and verbish(first) or first == "and" and len(last_part) > 1 and last_part[1].group(
            0) in ("a", "an", "the", "who", "whose")):
        return None
    start = noun_phrase_back(masked, floor, tokens[commas[0]].start())
    if start is None or masked[floor:start].strip(" \"“”‘’'—–-(") or not any(
            _is_name_word(t.group(0)) for t in tokens if start <= t.start() < tokens[commas[0]].start()):
        return None
    return start


_OPENING_DETERMINERS = {"a", "an", "the", "its", "his", "her", "their"}
_NOUN_PREPOSITIONS = {"of", "by", "from", "for", "on", "at", "in"}


def _opening_phrase(tokens: list[re.Match], commas: list[int]) -> int | None:
    """`An interim report by Dunmoor Fire and Rescue Service, published in January, found`, `A 2022 review of the
    collection's history, commissioned by ..., and written by ..., found`: a noun phrase with a phrase of its own
    opens the clause and participles in commas describe it; it is the subject (the step back from the comma would
    stop at `and` or `the` inside it)."""
    opening = tokens[:commas[0]]
    if not 3 <= len(opening) <= 12 or opening[0].group(0).lower() not in _OPENING_DETERMINERS:
        return None
    words = [t.group(0).lower() for t in opening]
    if _NOUN_PREPOSITIONS.isdisjoint(words) or any(
            w in SUBORDINATORS or w in BE_FORMS or w in _QUESTION_WORDS or verbish(w) and w not in ORG_WORDS
            for w in words):  # ("report" is a verb too)
        return None
    for k in range(len(commas) - 1):
        part = [t.group(0).lower() for t in tokens[commas[k] + 1:commas[k + 1]]]
        if part[:1] == ["and"]:
            part = part[1:]
        if not part or not (part[0].endswith(("ed", "en", "ing")) or part[0] in _IRREGULAR or part[0] in ("a", "an")):
            # only participles describe it, or a body's apposition (`A report by the Sahel Granary Network, a
            # coalition of farmers' groups, published on Tuesday, called`): "The head of the board, Ana Ruiz, said"
            # is Ana Ruiz
            return None
    return opening[0].start()


def head_with_name(text: str, start: int, end: int) -> str:
    """The subject as a mention: its head, plus an apposition that is a name (`Its chairman, Piet Vos`),
    without one that describes (`Tomas Berg, who voted against it` -> `Tomas Berg`)."""
    parts = text[start:end].split(",")
    head = _LABEL_AT_END.sub("", parts[0]) if ")" in parts[0] else parts[0]  # "Ana Ruiz (D-Ohio), a member of"
    if len(parts) > 1:
        apposition = parts[1].strip()
        first = apposition.split()[0] if apposition else ""
        if first[:1].isupper() and first.lower() not in DETERMINERS and first.lower() not in {"who", "which"} or \
                _ROLE_THEN_NAME.match(apposition):
            # "Its chairman, Piet Vos", "Her former husband, the drummer Jesper Berglund"
            head = f"{head}, {apposition}"
    return tidy(head)


_ROLE_THEN_NAME = re.compile(rf"the\s+[a-z-]+\s+[{CAPITAL}][\w'’-]+\s+[{CAPITAL}][\w'’-]+$")


def noun_phrase_forward(text: str, start: int, end: int, strict: bool = True) -> str | None:
    """The subject after an inverted verb, as a mention: `said Kremlin spokesman Dmitri Peskov`,
    `said the ministry in a statement` -> `the ministry`, `said a shopkeeper who gave only his first name, Paulo`.

    It ends at a preposition once it has a noun, at the sentence's end, or at a comma (taking a name after it).
    """
    segment = text[start:end]
    first = WORD.search(segment)
    if first and first.group(0).lower() in PRONOUNS:
        return first.group(0)
    if first and first.group(0).lower() == "her" and segment[first.end():first.end() + 1] in (",", ".", ";"):
        return first.group(0)  # `According to her, ...`: her alone, no possessive before a noun
    if first and first.group(0).lower() in ("that", "which", "who"):
        following = WORD.search(segment, first.end())
        if following and (following.group(0).lower() in _NOT_NOUNS or verbish(following.group(0))):
            return None  # "comments that could put her": a relative clause, not an inverted subject
    if not first or strict and not (first.group(0).lower() in _PHRASE_OPENERS
                                    or _is_name_word(first.group(0)) or first.group(0).lower() not in _CLAUSE_WORDS
                                    and _name_follows(segment, first.end())):  # but "said on Sunday" is no name
        return None  # "warned about exactly this kind of language": no subject follows the verb
    words: list[str] = []
    clause = segment[:_clause_end(segment)]
    if "(" in clause:
        clause = _BRACKETED_LABEL.sub("", clause)  # `Sen. Thurston Mahaffey (R., 30th District), who`: a label
        # (and one whose full stop closed the clause inside it: `said Sen. Boone Ledbetter (R-Ala.).`)
        clause = _OPEN_LABEL_AT_END.sub("", clause)
    parts = clause.split(",")
    names_after = _NAME_NOUN.search(parts[0]) is not None  # `who gave only his first name, Paulo` (not `named`)
    all_words = parts[0].split()
    body_of = False  # within a body's `Noun of Name` ("said the Ministry of Culture and Tourism")
    for n, word in enumerate(all_words):
        bare = word.strip("()").lower()
        following = all_words[n + 1] if n + 1 < len(all_words) else ""
        if words and words[-1][:1].isupper() and following[:1].isupper() and (
                bare == "of" and words[-1].lower() in ORG_WORDS
                or bare in ("on", "for") and words[-1].lower() in FIELD_BODY_WORDS):  # (`Commission on Jail Standards`)
            body_of = True
        elif bare == "and" and body_of and following[:1].isupper() and following.lower() not in TITLE_WORDS:
            pass
        elif (bare in FORWARD_STOPS or bare in ("who", "whose", "which", "that") and not names_after) and any(
                w.lower() not in DETERMINERS for w in words):
            break  # (`said a first-year student who did not wish to be identified`: the clause is no part of the
            # name; but `who gave only his first name, Paulo` leads to one)
        if (bare.endswith("ed") or bare in _IRREGULAR or bare in _PARTICIPLES) and word.islower() and words and \
                words[-1].islower() and words[-1].lower() not in DETERMINERS and not words[-1].endswith(("'s", "’s")) \
                and words[-1].lower() not in ("who", "that", "which"):
            break  # "a police statement issued on Tuesday", "a receipt found behind the frame": a participle
            # after the noun ends the phrase
        words.append(word)
        if len(words) >= 12:
            break
    if not words or all(w.lower() in DETERMINERS for w in words):
        return None
    mention = " ".join(words)
    rest = parts[0].split()[len(words):]
    if rest and rest[0].lower() in ("of", "for", "at") and len(rest) <= 5 and len(parts) > 1 and \
            words[-1].lower().strip(".,") in TITLE_WORDS:
        # "said PGB's director of conservation, Ms Rozana Ilyas": the title's own phrase, then the name
        words = parts[0].split()
        mention = " ".join(words)
    elif rest and rest[0].lower() in ("of", "for") and 4 <= len(rest) <= 7 and words[-1].lower() in TITLE_WORDS \
            and all(w[:1].isupper() or w in ("and", "&") for w in rest[1:]) \
            and not any(w.lower().strip(".,") in ORG_WORDS for w in rest[-2:]):
        # "said the County Director of Education Wakio Mwaluma": the title's own field, then the name (two
        # capitalised words at least after the field's one: "the Minister of Foreign Affairs" is a title alone)
        words = parts[0].split()
        mention = " ".join(words)
    if len(words) == len(parts[0].split()) and len(parts) > 1:
        apposition = _LABEL_AT_END.sub("", parts[1]).strip() if ")" in parts[1] else parts[1].strip()
        # a name after the comma ("its chairman, Piet Vos"), not a clause ("the forecast, Elsby will have")
        if apposition[:1].isupper() and apposition.split()[0].lower() not in DETERMINERS and all(
                w[:1].isupper() or w in NAME_PARTICLES for w in apposition.split()):
            mention = f"{mention}, {apposition}"
    return tidy(mention)


_NAME_NOUN = re.compile(r"\bname\b")
_BRACKETED_LABEL = re.compile(r"\s\([^()]{1,30}\)")
_OPEN_LABEL_AT_END = re.compile(r"\s\([^()]{1,30}$")


def tidy(mention: str) -> str:
    words = mention.split()  # str.split's white space is re's \s
    if len(words) > 1 and words[-1].lower().rstrip(",;:") in _REFLEXIVES:
        words = words[:-1]  # "The paper itself", "the president himself": the noun phrase before
    return " ".join(words).strip(" ,;:—–-")


_REFLEXIVES = {"itself", "himself", "herself", "themselves"}

# Words that open a sentence before its subject: "In Ohio, ...", "Asked about it, ...", "But she ..."
_LEADING = {"but", "and", "so", "still", "yet", "now", "then", "instead", "meanwhile", "also", "later", "earlier",
            "indeed", "however", "moreover", "thus"}

INTRODUCING = FORWARD_STOPS | SUBORDINATORS | {"asked", "told", "questioned", "challenged", "reminded", "shown",
                                                "speaking", "writing", "addressing", "responding",
                                                "referring", "pressed", "like", "unlike", "despite", "amid",
                                                "under", "over", "last", "on", "this", "since", "following",
                                                "at", "in", "during", "without", "against", "here",
                                                # a place that opens the sentence: `Back at the yard, Kapasa was`
                                                "back", "across", "along", "near", "beside", "behind", "around",
                                                "among", "nearby", "elsewhere", "upstairs", "downstairs"}

_WEEKDAYS = {*WEEKDAYS, "today", "tonight", "yesterday"}

_NOT_SUBJECTS = {"it’s", "it's", "that’s", "that's", "there’s", "there's", "there", "here", "it",
                 "this", "that", "what", "which", "who", "whose", "such", "as", "than",
                 "many", "some", "each", "every", "all", "much", "more", "most", "none", "no", "not"}


def opening_subject(text: str, masked: str, start: int, end: int) -> tuple[int | None, str | None, int]:
    """The subject that opens the sentence masked[start:end], after `But` and after an opening phrase that ends in
    a comma: where it starts, and `subject_at` there (None, None, 0 when nothing follows the introduction)."""
    tokens = _introduction_skipped(masked, start, end)
    if not tokens:
        return None, None, 0
    return tokens[0].start(), *subject_at(text, masked, tokens[0].start(), end, tokens)


_NOT_A_ROLE_NOUN = {"why", "what", "how", "when", "where", "who", "me", "him", "her", "us", "them", "it", "you", "up",
                    "out", "down", "off", "into", "earlier", "twice", "again", "yesterday", "today", "himself",
                    "herself", "themselves", "not", "and", "or", "but", "so", "too", "also"}


def _describes_a_role(tokens: list[re.Match]) -> bool:
    """A participle that describes the subject's role, then the role and a name: `Retired teacher Ernest Matanhire
    said` (no opening phrase, as `Asked about Okafor, she said` is)."""
    if len(tokens) < 3 or not tokens[2].group(0)[:1].isupper():
        return False
    noun = tokens[1].group(0)
    return noun.isalpha() and noun.islower() and noun not in INTRODUCING and noun not in DETERMINERS and \
        noun not in _NOT_A_ROLE_NOUN and not noun.endswith(("ly", "ing", "ed"))


def _introduction_skipped(masked: str, start: int, end: int) -> list[re.Match]:
    """The tokens of masked[start:end] from where the subject starts (none: no subject), as `_tokens` gives them
    from there (every list here is the tail of a tokenization that ends at `end`)."""
    tokens = _tokens(masked, start, end)
    dash = next((n for n, t in enumerate(tokens[:12]) if t.group(0) in "—–-"), None)
    if dash is not None and (len(tokens[0].group(0)) > 2 and tokens[0].group(0).isupper() or (
            dash > 2 and [t.group(0) for t in tokens[dash - 3:dash:2]] == ["(", ")"]
            and tokens[dash - 2].group(0).isalpha() and tokens[0].group(0)[:1].isupper())):
        tokens = tokens[dash + 1:]  # a dateline: "OSLO, May 2 (Agency) — Ames said", "Oslo (Agency) – Ames said"
    while tokens and tokens[0].group(0).lower() in _LEADING_OR_MARK:
        tokens = tokens[1:]
    for phrase in range(3):  # "On Thursday, after remaining neutral, Warren endorsed": two opening phrases
        if not tokens:
            return []
        first = tokens[0].group(0)
        # an adverb in -ly opens a phrase ("Clearly, ..."), but a capital after it makes it a name ("Carly Fiorina")
        # or a verb of its own right after it ("Stokely wasn't so sure.", "Stokely laughed.")
        adverb = first.lower().endswith("ly") and len(first) > 4 and not (
            len(tokens) > 1 and tokens[1].group(0)[:1].isupper()) and not (
            len(tokens) > 1 and tokens[1].group(0) in _VERB_AFTER_A_LY_NAME
            or len(tokens) > 2 and tokens[1].group(0).endswith("ed") and tokens[2].group(0) == ".")
        # (after an opening phrase, a relative clause goes on with it: `Asked about her rival, whom the party ...,`)
        if not (first.lower() in INTRODUCING or first.lower() in _WEEKDAYS or first.lower().endswith(("ing", "ed"))
                and not _describes_a_role(tokens) or adverb or _time_phrase(tokens) or phrase and
                first.lower() in _RELATIVES):
            return tokens
        commas = [t for t in tokens[:25] if t.group(0) == ","]  # (`40,000` is one token: WORD)
        if not commas:
            if phrase == 0 and len(tokens) > 3 and first.lower() in ("on", "last", "this", "by", "that") and \
                    tokens[1].group(0).lower() in _DAY_WORDS and tokens[2].group(0).lower() in ("she", "he"):
                return tokens[2:]  # `On Tuesday she set the stack on the counter.`: no comma after a day
            return [] if phrase == 0 else tokens
        phrase_tokens = tokens[:tokens.index(commas[0])]
        tokens = _tokens(masked, commas[0].end(), end)
        tokens = _after_region(phrase_tokens, tokens)
        while tokens and tokens[0].group(0).lower() in _LEADING:
            tokens = tokens[1:]
    return tokens


_VERB_AFTER_A_LY_NAME = {"was", "is", "wasn't", "wasn’t", "isn't", "isn’t", "did", "didn't", "didn’t", "said", "says",
                         "told"}


def _time_phrase(tokens: list[re.Match]) -> bool:
    """"Hours later,", "Moments afterwards,": a short phrase of time that opens the sentence, ending in a comma."""
    for n, token in enumerate(tokens[1:5], start=1):
        if token.group(0) == ",":
            return tokens[n - 1].group(0).lower() in _TIME_AFTERWORDS
    return False


_TIME_AFTERWORDS = {"later", "earlier", "ago", "afterwards", "afterward", "beforehand"}
_RELATIVES = {"who", "whom", "whose", "which", "where", "when"}
_DAY_WORDS = {*_WEEKDAYS, "morning", "afternoon", "evening", "night", "week", "month", "year", "time"}
_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "from"}


def _after_region(phrase: list[re.Match], tokens: list[re.Match]) -> list[re.Match]:
    """The tokens after a place's region: "in Salem, New Hampshire, Trump went", "in Aspen, Colo., the
    graduate ended" (a phrase that ends in a place, then one to three capitalised words and a comma)."""
    names = list(itertools.takewhile(lambda t: t.group(0)[:1].isupper(), reversed(phrase)))
    if not names or len(names) == len(phrase) or phrase[-len(names) - 1].group(0).lower() not in _PLACE_PREPOSITIONS:
        return tokens
    comma = next((n for n, t in enumerate(tokens[:6]) if t.group(0) == ","), None)
    region = [t.group(0) for t in tokens[:comma]] if comma else []
    if not region or not all(w[:1].isupper() or w == "." for w in region) or len(region) > 4:
        return tokens
    rest = tokens[comma + 1:]
    if not rest:
        return tokens
    following = rest[0].group(0)
    # "in Ohio, Ruiz, a nurse, said": after a name the apposition opens with a determiner; after a region the
    # subject opens with a capital, a pronoun or another opening phrase (an abbreviated region allows "the")
    if following[:1].isupper() or following.lower() in PRONOUNS or following.lower() in INTRODUCING or (
            region[-1] == "." and following.lower() in DETERMINERS):
        return rest
    return tokens


def _role_word(word: str) -> bool:
    """A lower-case noun that may end a role before a name: not a function word, not a verb."""
    return word.isalpha() and word.islower() and word not in _FUNCTION_CLASSES and not verbish(word)


def _after_owner(tokens: list[re.Match], n: int) -> bool:
    """`The factory's managing director`: a word in -ing after a possessive, before a noun, is an adjective."""
    return tokens[n - 1].group(0).endswith(("'s", "’s")) and tokens[n].group(0).endswith("ing") and n + 1 < len(
        tokens) and tokens[n + 1].group(0).isalpha() and tokens[n + 1].group(0).islower()


def subject_at(text: str, masked: str, start: int, end: int,
               tokens: list[re.Match] | None = None) -> tuple[str | None, int]:
    """The noun phrase that starts at `start` and where it ends: a pronoun, a name with its titles (`Sen. Ana
    Ruiz`, `the Ohio Democrat`), or a determiner with up to three nouns (`the protesters`, `one person`).
    `tokens`: those of masked[start:end] when the caller has them."""
    if tokens is None:
        tokens = _tokens(masked, start, end)
    if not tokens:
        return None, start
    first = tokens[0].group(0)
    lower = first.lower()
    if lower in PRONOUNS and lower != "it" or lower in {"you", "one"}:
        if lower == "one" and len(tokens) > 1 and tokens[1].group(0)[:1].islower() and tokens[1].group(0).lower() \
                not in SPEECH_VERBS and not verbish(tokens[1].group(0)):
            pass  # "one person tweeted": a determiner here
        else:
            return text[tokens[0].start():tokens[0].end()], tokens[0].end()
    if lower in _NOT_SUBJECTS or lower in _WEEKDAYS or lower in INTRODUCING:
        return None, start
    taken = 0
    lowercase = 0
    determined = lower in DETERMINERS or lower in {"one", "two", "three", "several", "some", "many", "both", "another"}
    for n, token in enumerate(tokens):
        word = token.group(0)
        low = word.lower()
        if n == 0 and determined:
            pass
        elif _is_name_word(word) and low not in _WEEKDAYS and low not in SPEECH_VERBS:
            if word.endswith(("'s", "’s")):
                determined = True  # "Ames's deputy", "Hillary Clinton's right-hand woman"
        elif low in TITLE_WORDS or low in ORG_WORDS:
            pass
        elif word == "." and n and len(tokens[n - 1].group(0)) <= 4:
            pass  # "Sen. Ruiz", "J. Smith"
        elif low in _NAME_JOINERS and n + 1 < len(tokens) and (
                _is_name_word(tokens[n + 1].group(0)) or tokens[n + 1].group(0).lower() in TITLE_WORDS):
            pass  # "Secretary of State Kerry", "Jose de la Cruz", "Cruz and Trump"
        elif (word[:1].islower() and taken == n and word.isalpha() and low not in _FUNCTION_CLASSES
              and not verbish(word) and n + 1 < len(tokens) and (
                  _is_name_word(tokens[n + 1].group(0)) or n + 2 < len(tokens)
                  and _is_name_word(tokens[n + 2].group(0)) and _role_word(tokens[n + 1].group(0)))):
            pass  # "Harbour master Idris Vale", "union leader Aiko Brandt", "Test fast bowler Nusrat Chattha" (and
            # after an opening phrase, `Asked about it, café owner Cathie MacColl shrugged`)
        elif (determined and word[:1].islower() and word.replace("-", "").removesuffix("’s").removesuffix("'s"
                                                                                          ).isalpha() and lowercase < 3
              and (not verbish(word) or n == 1 and _adjective_in_ed(word, tokens[2:3]) or _after_owner(tokens, n))
              and low not in _NOT_NOUNS and low not in DETERMINERS
              and not (n >= 2 and low.endswith("ing") and not _after_owner(tokens, n))):
            # "the protesters", "a senior official", "the retired neurosurgeon" (but "A woman holding a blanket"
            # is a woman: a participle after the noun, or another determiner, ends the phrase)
            lowercase += 1
        else:
            break
        taken = n + 1
    if not taken or (taken == 1 and determined and lower != "another"):
        return None, start  # (but `Another said` is someone: one more of those before)
    last = tokens[taken - 1]
    if last.group(0).endswith(("'s", "’s")):
        return None, start  # "Trump's" opens a possessive phrase, not a subject
    mention = tidy(text[tokens[0].start():last.end()])
    if not mention or mention.lower() in _NOT_SUBJECTS:
        return None, start
    named = _NAMED_APPOSITION.match(masked, last.end(), end)
    if named and not mention[:1].isupper() or named and mention.split()[0].lower() in _APPOSITION_OPENERS:
        # "The housing minister, Nicholas Grant, resigned": the name in the apposition says who
        mention = f"{mention}, {tidy(text[named.start(1):named.end(1)])}"
    elif named is None and mention.split()[0].lower() in _APPOSITION_OPENERS and masked.startswith(" of ", last.end()) \
            and (body := _OF_BODY_BEFORE_A_NAME.match(masked, last.end(), end)) is not None and (
            named := _NAMED_APPOSITION.match(masked, body.end(), end)) is not None and " " in named.group(1):
        # `The chairman of the union, Mr Kwaku Agyemang-Duah, condemned`: the name after the role's body says who
        return f"{mention}, {tidy(text[named.start(1):named.end(1)])}", body.end()
    return mention, last.end()


_APPOSITION_OPENERS = DETERMINERS | {"another", "one"}  # `Another regular, Jhonny Cabral,`


def _adjective_in_ed(word: str, following: list[re.Match]) -> bool:
    """`retired` in "the retired neurosurgeon": right after a determiner and before a noun, an -ed form is an
    adjective (in "the accused said" the next word is the verb)."""
    if not word.lower().endswith("ed") or not following:
        return False
    noun = following[0].group(0)
    return noun.isalpha() and noun.islower() and not verbish(noun) and noun not in _FUNCTION_CLASSES


def verbish(word: str) -> bool:
    low = word.lower()
    return low in SPEECH_VERBS or low in AUXILIARIES or low in BE_FORMS or low.endswith("ed") or low in _IRREGULAR


def looks_like_verb(masked: str, start: int, end: int) -> bool:
    """A finite verb follows the subject: `snapped`, `has long argued`, `on Monday called`, `thanked`; or follows
    an apposition between commas (`Ana Ruiz, 41, of Dayton, said`) or a party label (`Ana Ruiz (D-Ohio) said`)."""
    tokens = _tokens(masked, start, min(end, start + 300))
    if tokens and tokens[0].group(0) == "(" and ")" in [t.group(0) for t in tokens[:8]]:
        tokens = tokens[[t.group(0) for t in tokens].index(")") + 1:]
    if tokens and tokens[0].group(0) == ",":
        commas = [n for n, t in enumerate(tokens[:40]) if t.group(0) == ","]
        if len(commas) == 1:  # "Sam Lau, the director of the party said": an apposition left open
            return any(t.group(0).lower() in SPEECH_VERBS and t.group(0)[:1].islower() for t in tokens[1:16])
        return any(_verb_at(tokens[n + 1:]) for n in commas[1:])
    return _verb_at(tokens)


PHRASE_PREPOSITIONS = {"of", "on", "at", "for", "from", "in", "with", "inside", "outside", "near", "within", "behind"}


def verb_after_phrase(masked: str, start: int, end: int) -> bool:
    """A finite verb after a short prepositional phrase that ends the subject: `Attorneys for Ana Ruiz appeared`,
    `Republicans on the council seized`. Only a clear verb form counts (-ed, an auxiliary, a reporting verb)."""
    tokens = _tokens(masked, start, min(end, start + 80))
    if not tokens or tokens[0].group(0).lower() not in PHRASE_PREPOSITIONS:
        return False
    for token in tokens[1:8]:
        word = token.group(0)
        if not word.replace("-", "").replace("’", "").replace("'", "").isalnum():
            return False  # a comma or a quote: no longer the subject
        if word[:1].islower() and verbish(word) and word.lower() not in BE_FORMS:
            return True
    return False


def _verb_at(tokens: list[re.Match]) -> bool:
    while len(tokens) > 1 and tokens[0].group(0).lower() in _TIME_LEAD and (
            tokens[1].group(0).lower() in _WHEN_WORDS):
        tokens = tokens[2:]  # "on Monday", "earlier Tuesday", "last week"
    if not tokens:
        return False
    word = tokens[0].group(0)
    low = word.lower()
    if not word.isalpha() and not word.replace("-", "").replace("’", "").replace("'", "").isalpha():
        return False
    if word[:1].isupper() and low not in SPEECH_VERBS:
        return False
    return low not in _NOT_VERBS


_NAME_AFTER_WORDS = re.compile(rf"((?:[a-z][\w-]*\s+){{0,3}})[{CAPITAL}]")


def _name_follows(segment: str, at: int) -> bool:
    """A capitalised name within three lower-case words: `said election lawyer Ana Ruiz`."""
    words = _NAME_AFTER_WORDS.match(segment[at:].lstrip())
    return bool(words) and _CLAUSE_WORDS.isdisjoint(words.group(1).split())


def _clause_end(segment: str) -> int:
    """Where the clause ends: the first . ; ! ? that is not an abbreviation's or an initial's (`Lt. Gen. Ruiz`)."""
    for stop in _CLAUSE_STOP.finditer(segment):
        word = stop.group(1)
        if segment[stop.end() - 1] == "." and (word.lower() in _STOP_ABBREVIATIONS
                                               or (len(word) == 1 and word.isupper()) or _INITIALS.fullmatch(word)):
            continue
        return stop.start() + len(word)
    return len(segment)


def _abbreviated(text: str, floor: int, dot: int) -> bool:
    """Is the full stop at `dot` an abbreviation's or an initial's rather than a sentence's end?"""
    word = re.search(r"(\w+)$", text[max(floor, dot - 12):dot])
    return bool(word) and (word.group(1).lower() in _STOP_ABBREVIATIONS
                           or (len(word.group(1)) == 1 and word.group(1).isupper()))

_CANNOT_OPEN = {"why", "how", "where", "when", "what", "that", "than", "of", "to", "including", "would", "this",
                "these", "those", "his", "her", "their",
                "its", "my", "our", "your", "on", "in", "at", "for", "by", "with", "from", "into", "whether", "if",
                "it’s", "it's", "maybe", "but", "and", "or", "so", "then", "perhaps", "likewise", "alongside",
                "between", "is", "was", "are", "were"}

# Words that open a noun phrase but are none alone: `Another said` is someone, `Another` no mention
_NOT_ALONE = {"another", "any", "first", "finally", "no", "yes", "do", "does", "did", "also", "meanwhile", "instead",
              "however", "still", "indeed", "here", "there", "now", "again", "even", "only", "just"}

_TIME_LEAD = {"on", "earlier", "later", "last", "this", "late", "early", "next"}

_POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your"}
# what someone writes or says at length, which speaks for them: `Her post says`
_WRITINGS = {"post", "blog", "tweet", "email", "message", "note", "letter", "memo", "statement", "book", "memoir",
             "column", "essay", "article", "speech", "testimony", "affidavit", "diary", "report", "submission",
             "filing", "complaint", "lawsuit", "review", "study", "survey", "website"}

_INDEFINITES = {"someone", "somebody", "everyone", "everybody", "nobody", "anyone", "others", "many", "most", "some",
                "few"}

_QUESTION_WORDS = {"why", "how", "where", "when", "what", "who", "whom", "whose", "which"}

_FUNCTION_WORDS = _QUESTION_WORDS | SUBORDINATORS | {
    "later", "earlier", "then", "but", "and", "so", "yet", "still", "asked", "after", "before", "while", "as",
    "in", "on", "at", "for", "with", "from", "by", "to", "of", "if", "since", "because", "meanwhile", "instead"}

# Past forms that do not end in -ed: a determiner's noun phrase stops before them ("the governor went").
_PARTICIPLES = {"written", "seen", "taken", "given", "shown", "known", "sold", "built", "drawn", "done", "spoken"}
_IRREGULAR = {"went", "took", "made", "gave", "got", "came", "saw", "put", "kept", "left", "felt", "brought",
              "began", "ran", "won", "lost", "held", "led", "met", "paid", "stood", "sought", "drew", "threw",
              "chose", "fought", "knew", "grew", "heard", "found", "thought", "spoke", "sent", "struck", "hit",
              "set", "let", "cut", "meant", "taught", "sat", "rose", "fell", "broke", "wore", "became", "shook",
              "caught", "bought", "swore", "sang", "wept", "slept", "hung", "understood", "forgot", "froze", "sank",
              "swung", "fled", "woke", "rode", "drove", "flew", "ate", "drank", "dug", "stuck", "spent"}

# (a body's name, or two lower-case words: `of the GPRTU`, `of the union`; not `of events in the massacre in X`)
_OF_BODY_BEFORE_A_NAME = re.compile(rf" of (?:the )?(?:[{CAPITAL}][\w'’&-]*"
                                    rf"(?: (?:of |and |for |the )*[{CAPITAL}][\w'’&-]*)*|[a-z]+(?: [a-z]+)?)(?=,)")
_NAMED_APPOSITION = re.compile(rf",\s*((?:[{CAPITAL}][\w'’.-]*\s+){{0,3}}[{CAPITAL}][\w'’.-]*)\s*,")

_DISCOURSE = {"however", "though", "too", "instead", "meanwhile", "therefore", "nonetheless", "nevertheless",
              "thus", "in turn", "reportedly", "allegedly", "apparently"}

_DEMONSTRATIVES = {"that", "this", "these", "those"}

_TIME_WORDS = {"past", "week", "morning", "night", "evening", "afternoon", "month", "year", "day", "weekend", "time",
               "times", "ago"}


def can_speak(mention: str) -> bool:
    """A noun phrase for a person, a group or a document: not a weekday, a possessive, a clause or a fragment
    (`Tuesday`, `Ames's`, `that it was`, `his remarks and`, `this week`)."""
    words = [w.lower() for w in WORD.findall(mention) if w not in ",()"]
    if not words:
        return False
    if len(words) == 1 and words[0] in PRONOUNS:
        return True
    if len(words) == 1 and words[0] in _NOT_ALONE or all(w.replace(",", "").isdigit() for w in words):
        return False  # (nor a number alone: `89,000 said`)
    if words[0] in _POSSESSIVES and len(words) > 1 and (words[1] in TITLE_WORDS or "," in mention):
        return can_speak(" ".join(words[1:]))  # "its chairman, Piet Vos", "her lawyer"
    if words[0] in _POSSESSIVES and 1 < len(words) <= 4 and words[-1] in _WRITINGS:
        return True  # "Her post", "His open letter": a text of someone's
    return not (words[0] in _CANNOT_OPEN or words[-1] in _DANGLING
                or words[-1] in _WEEKDAYS or words[-1] in _TIME_WORDS or words[-1].endswith(("'s", "’s"))
                or words[0] in _WEEKDAYS)


# Unions of the word lists above, built once (not on every call)
CLAUSE_OPENERS = frozenset(FORWARD_STOPS | SUBORDINATORS)
_TIME_LEAD_OR_THE = frozenset(_TIME_LEAD | {"the"})
_PHRASE_OPENERS = frozenset(DETERMINERS | TITLE_WORDS | ORG_WORDS | _COUNTING)
_LEADING_OR_MARK = frozenset(_LEADING | {",", "—", "–", "-", "(", "\"", "“", "‘"})
_NAME_JOINERS = frozenset(NAME_PARTICLES | {"of", "and"})
_NOT_NOUNS = frozenset(FORWARD_STOPS | SUBORDINATORS | AUXILIARIES | BE_FORMS)
_FUNCTION_CLASSES = frozenset(_NOT_NOUNS | DETERMINERS)
_WHEN_WORDS = frozenset(_WEEKDAYS | _TIME_WORDS)
_NOT_VERBS = frozenset(FORWARD_STOPS | SUBORDINATORS | DETERMINERS | {"and", "or", "nor", "who", "whose"})
_CLAUSE_WORDS = frozenset(FORWARD_STOPS | SUBORDINATORS | BE_FORMS)
_STOP_ABBREVIATIONS = frozenset(ABBREVIATIONS | TITLE_ABBREVIATIONS)
_DANGLING = frozenset(FORWARD_STOPS | {"and", "or", "to", "by", "he", "she"})
