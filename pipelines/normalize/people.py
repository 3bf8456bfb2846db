"""Who an article's capitalised runs are: which are people whatever their first names, which hold a field cut from
a title before the name, and which surnames stand alone for a full name or are shared by two people. `cast.py`
places the runs with what is decided here, and `speakers.py` resolves each quote's mention against them."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipelines.normalize.lexicon import (
    CAPITAL,
    DETERMINERS,
    INITIAL,
    NAME_PARTICLES,
    ORG_WORDS,
    PLACE_OPENERS,
    PLACE_WORDS,
    QUOTE_OPENING_MARKS,
    TITLE_WORDS,
    multi_word_places,
    places,
)
from pipelines.normalize.names import RunFacts, is_first_name, orgish, strip_possessive
from pipelines.normalize.phrases import CLAUSE_OPENERS

_KIN_WORDS = {"wife", "mother", "daughter", "sister", "widow", "grandmother", "granddaughter", "aunt", "aunty",
              "auntie", "niece", "girlfriend", "husband", "father", "son", "brother", "widower", "grandfather",
              "grandson", "uncle", "nephew", "boyfriend"}
_KIN_LAST_TWO_LETTERS = {word[-2:] for word in _KIN_WORDS}  # (`the`, `of`, `in` end none)
_ROLE_NOUNS = {
    "spokeswoman", "spokesman", "spokesperson", "official", "lawyer", "attorney", "judge", "coach", "captain",
    "minister", "president", "chancellor", "senator", "mayor", "governor", "chairman", "chairwoman", "executive",
    "director", "manager", "founder", "analyst", "economist", "prosecutor", "detective", "officer", "witness",
    "doctor", "nurse", "teacher", "resident", "owner", "shopkeeper", "farmer", "worker", "student", "activist",
    "organiser", "organizer", "researcher", "scientist", "professor", "source", "neighbour", "neighbor", "player",
    "striker", "goalkeeper", "driver", "pilot", "passenger", "survivor", "victim", "mother", "father", "wife",
    "husband", "daughter", "son", "sister", "brother", "secretary", "ambassador", "diplomat", "adviser", "aide",
    "commander", "commissioner", "superintendent", "inspector", "sheriff", "coroner", "principal", "headteacher",
    "headmaster", "headmistress", "rector", "dean", "registrar", "treasurer", "convener", "convenor", "auditor",
    "administrator", "supervisor", "chairperson", "pastor", "priest", "imam", "bishop", "magistrate", "steward",
    "selector", "accused", "defendant",
}
# A full name the sentence shows to be a person's, whatever its first name: after a role and a comma (`her
# deputy, Osric Thallberg`), or before an age (`Dariusz Kowal, a 41-year-old driver`, `Ana Ruiz, 54,`) or a who
# (`Thandiwe Mokoena, who lived`: bodies take "which"). The roles: the unnamed-role nouns above and more
# occupations, and the endings of people's nouns (historian, fisherman).
_PERSON_ROLES = _ROLE_NOUNS | _KIN_WORDS | {
    "deputy", "chair", "coroner", "counterpart", "challenger", "rival", "colleague", "partner", "friend",
    "predecessor", "successor", "caretaker", "churchwarden", "warden", "midwife", "firefighter", "paramedic",
    "engineer", "lecturer", "chef", "priest", "vicar", "pastor", "curator", "ranger", "volunteer", "councillor",
    "councilor", "candidate", "mechanic", "surgeon", "pharmacist", "therapist", "consultant", "reporter",
    "journalist", "editor", "photographer", "artist", "singer", "actor", "actress", "author", "novelist", "poet",
    "designer", "architect", "accountant", "banker", "trader", "investor", "landlord", "tenant", "shepherd",
    "labourer", "laborer", "miner", "soldier", "veteran", "pensioner", "parent", "campaigner", "fan", "supporter",
    "voter", "champion", "winner", "runner-up", "cook", "waiter", "waitress", "cleaner", "guard", "clerk",
    "porter", "baker", "butcher", "fisher", "dancer", "pupil", "learner", "teenager", "retiree", "commuter",
    "shopper", "customer", "patient", "mourner", "protester", "neighbor", "relative", "cousin", "grandson", "agent",
    "supervisor", "employee", "staffer", "cashier", "vendor", "hawker", "technician", "inspector", "rider", "courier",
    "instructor", "coordinator", "administrator", "dispatcher", "member", "trustee", "elder", "controller", "marshal",
    "guide", "advocate", "solicitor", "counsel", "publican", "landlady", "vintner", "grazier", "nun", "monk", "rabbi",
    "chief"}
_PERSON_SUFFIXES = ("ist", "ian", "man", "woman", "person")


# a party's letters and a seat, after a name: `Tham Yun Xi (PMK-Luyang) said`, `Lesieli Fonua, D-West Valley City`
_PARTY_SEAT = rf"[{CAPITAL}][\w.]*-[{CAPITAL}][\w'’ .-]*"
_SEAT_LABEL = re.compile(rf" \({_PARTY_SEAT}\)")
_SPEECH_VERB = r"\s+(?:said|says|told|tells|added|adds)\b"
_SPEAKS_AFTER = re.compile(_SPEECH_VERB)  # after a run
_SPEAKS = re.compile(r"\S+" + _SPEECH_VERB)  # a run, then a verb of speech
# or an apposition between them: `Zarak Tarakai, talking to journalists at the Civil Secretariat, said`
_SPEAKS_SOON = re.compile(r"\S+(?:, [^,;:.!?\"“”]{2,120},)?" + _SPEECH_VERB)


@dataclass
class Entity:
    name: str
    kind: str  # person, organization, unknown
    gender: str | None = None
    label: str | None = None  # what the speaker column shows when more than the name (an anonymous source's phrase)


def _word_before(before: str) -> str:
    """The word right before a name, or before it and a comma, in lower case: a kinship word ("His wife, Eva
    Novakova" -> "wife") or a title ("area coroner Ana Ruiz", "The committee's chair, Ana Ruiz")."""
    words = before.rstrip(" ,").rsplit(None, 1)
    return words[-1].lower() if words else ""


_GIVEN_BEFORE = re.compile(r"\b(?:name(?:\s+only)?\s+as|first\s+name(?:\s+only)?,|identified(?:\s+only)?\s+as"
                           r"|known\s+only\s+as|surnamed)\s+$")  # (`a co-worker surnamed Yook`)


def _given_before(before: str) -> re.Match | None:
    # (str's search for the pattern's words first: few stretches before a name hold one)
    return _GIVEN_BEFORE.search(before) if "name" in before or "identified" in before or "known" in before else None


# an age, a who, or an apposition and then a who (`Rāwiri Rangitukia, a kaumātua of the local hapū, who said`)
# (or a rank's initials after the rank: `Divisional Officer Grade One (DO1) Yakubu Tia Mahamadu`)
_BRACKETED_TITLE = re.compile(r"\((?:Mrs|Mr|Ms|Miss|Dr|Dame|Sir)\.?\) $|[A-Z][a-z]+ \([A-Z]{2,5}\d?\) $")
_AGE_AFTER = re.compile(r", (\d{1,3}), ")


def _age_after(text: str, at: int) -> bool:
    """`, 34, ` at `at` (str's test for the comma first: most names have none after them)."""
    return text.startswith(", ", at) and _AGE_AFTER.match(text, at) is not None


_AGE_NOUN = re.compile(r"\d{1,3}-year-old,")
_AGE_TITLE = re.compile(r"(?:\d{1,3}|[A-Z][a-z]+(?:-[a-z]+)?)-year-old")  # `Eight-year-old`, `Twenty-two-year-old`
# an age and up to three words before a name: `16-year-old opening bowler Alira McInerney`
AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old ((?:[a-z-]+ ){0,3})$")
_NOT_IN_A_ROLE = {"told", "tells", "said", "says", "or", "was", "is", "has", "had", "will", "whose", "the", "a", "an"}
_APPOSITION_THEN_VERB = re.compile(r", an? [^,;:.!?\"“”]{2,200}, (?:(?:now|also|still|then|later|often|already) )?"
                                   r"(?:[a-z]{2,}(?:s|ed)|said|told)\b")
_AGE_OR_WHO_AFTER = re.compile(r",\s+(?:(?:an?\s+)?\d{1,3}(?:-year-old\b|,)|who(?:se)?\s"
                               r"|(?:an?|the)\s+[^,;:.\"“”]{1,60},\s+who\s)"
                               # (or an age in brackets: `Mandlenkosi Ngulube (71)`, `V. Sathiyaseelan (24), who`)
                               r"|\s\((?:[1-9]|[1-9]\d|1[01]\d)\)[\s,]"
                               # (or one age for two: `Banchong Hemmin and Samart Tohlong, both 52,`)
                               r"|(?: and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,2})?, both (?:aged )?\d{1,3},"
                               # (or a student's class year and a comma: `Dusan Vukasinovic '27, a computer science`)
                               r"|\s['’]\d\d,\s")
_ROLE_AFTER_COMMA = re.compile(r",\s+(?:the\s+|an?\s+|its\s+|their\s+)?")
_IS_A = re.compile(r"\s+is\s+(?:an?|the)\s+")
# before a place, or after `for`, `of`, `on` a field (`Commissioner for Education`): no surname used alone there
_PLACE_PREPOSITIONS = {"at", "in", "near", "into", "outside", "around", "across", "for", "of", "on"}
_IN_A_PLACE = _PLACE_PREPOSITIONS - {"for", "of", "on"}  # before a place, never a person
_PLACE_BEFORE = {"in", "at", "on", "from", "near", "outside", "to", "of", "into", "across", "around", "by", "with",
                 "for", "about", "against", "under", "over", "through"}


def _agent_noun(word: str) -> bool:
    """A lower-case noun of one who does (`producer`, `grower`, `counsellor`; not `former`, `other`, `older`)."""
    return len(word) > 4 and word.endswith(("er", "or")) and word.isalpha() and word.islower() and \
        word not in _NOT_AGENTS


_NOT_AGENTS = {"former", "latter", "other", "further", "earlier", "later", "older", "younger", "bigger", "smaller",
               "larger", "higher", "lower", "greater", "better", "proper", "under", "after", "never", "rather",
               "together", "whether", "either", "neither", "another"}


def _is_person_noun(word: str) -> bool:
    word = word.lower()
    if "-" in word and word.endswith(("-general", "-elect", "-designate", "-in-chief", "-at-large")):
        word = word.split("-", 1)[0]  # `director-general`, `president-elect`: the person's noun before the hyphen
    return word in _PERSON_ROLES or word.endswith(_PERSON_SUFFIXES) and word.isalpha()


def _role_before_a_name(word: str) -> bool:
    return _is_person_noun(word) or word in ("head", "regent")  # (`Village head Kasmuri`)


_HYPHENATED_GIVEN = re.compile(rf"[{CAPITAL}][a-zö]+-[a-zö]+")


def _family_name_first(words: list[str]) -> bool:
    """`Noh Seung-gi` (a Korean given name of two syllables), `Halmos Tibor` (a known first name last, after a word
    that is none)."""
    return len(words) == 2 and not is_first_name(words[0]) and (
        _HYPHENATED_GIVEN.fullmatch(words[1]) is not None or is_first_name(words[1]))


def _surnames_of(name: str) -> list[str]:
    """The words of a person's full name after the first that may stand alone for it (`Clotilde Botello Zambrano` is
    Botello and Zambrano; no particle, `de`), lower case."""
    return [strip_possessive(word).lower() for word in name.split()[1:] if word not in NAME_PARTICLES]


# `Botello said she had`, `Sperlich told reporters he would`, `Kelsall himself called`: the pronoun a name says of
# itself
_SAYS_OF_SELF = re.compile(r"(?:'s|’s)?,? (?:(?:said|says|added|told (?:the |a |an )?[a-z]+(?: [a-z]+)?)(?: that)? "
                           r"(he|she)\b|(him|her)self\b)")


def _share_surnames(entities: Iterable[Entity], found: list[tuple[tuple[int, int], int, Entity]],
                    texts: dict[int, str], by_table: set[int]) -> dict[str, list[Entity]]:
    """A surname alone that two people named in full share (`Heidrun Sperlich` and `Ronny Sperlich`, no relation;
    `Clotilde Botello Zambrano` and her son `Evodio Botello`) is the article's first or longest of them, unless its
    sentence says it is a he or a she and only one of them can be that (`Botello said she had stopped`): each such
    place in `found` is set to that person. A relative introduced as one (`Her son, Evodio Botello,`, `Skye Kelsall,
    the chef's sister,`) is named by first name after, so a surname alone is never theirs. Returns each shared
    surname's people, for the mentions resolved later."""
    people: dict[str, list[Entity]] = {}
    for entity in entities:  # (each once: the article's entities, not its many mentions)
        if entity.kind == "person" and " " in entity.name:
            for key in _surnames_of(entity.name):
                people.setdefault(key, []).append(entity)
    shared = {key: named for key, named in people.items() if len(named) > 1}
    if not shared:
        return shared  # (nearly every article)
    first_place: dict[int, tuple[tuple[int, int], int, Entity]] = {}  # each of them, where named first
    pending = {id(person) for named in shared.values() for person in named}
    for place in found:
        if id(place[2]) in pending:
            first_place[id(place[2])] = place
            pending.discard(id(place[2]))
            if not pending:
                break
    shared = {key: [person for person in named if id(person) in first_place] for key, named in shared.items()}
    shared = {key: named for key, named in shared.items() if len(named) > 1}
    if not shared:
        return shared
    kin: set[int] = set()
    own_pronoun: dict[int, str] = {}  # the gender a he, she, his or her later in the sentence gives
    age: dict[int, int] = {}  # the age given where each is named first: `Dominga Ortubia, 58,`
    for (pos, start), end, entity in (first_place[id(person)] for named in shared.values() for person in named):
        text = texts[pos]
        if (aged := _AGE_AFTER.match(text, end)) is not None:
            age[id(entity)] = int(aged.group(1))
        if _word_before(text[max(0, start - 30):start]) in _KIN_WORDS or _KIN_APPOSITION.match(text, end):
            kin.add(id(entity))
        if (pronoun := _OWN_PRONOUN.match(text, end)) is not None:
            own_pronoun[id(entity)] = "male" if pronoun.group(1).lower() in ("he", "his") else "female"
    last: dict[str, Entity] = {}  # the one of them named last, by either name
    sharing = {id(person) for named in shared.values() for person in named}
    for n, ((pos, start), end, entity) in enumerate(found):
        if id(entity) not in sharing:
            continue  # (a surname alone was placed as one of them: their default)
        run = texts[pos][start:end]
        key = strip_possessive(run).lower()
        if " " in run or key not in shared:
            for key in _surnames_of(entity.name):
                last[key] = entity
            continue
        if texts[pos].endswith(("elder ", "older ", "younger "), max(0, start - 8), start) and (len(
                aged := [person for person in shared[key] if id(person) in age]) > 1 or len(aged := [
                    person for person in shared[key] if person.name.rsplit(None, 1)[-1] in _GENERATIONS]) > 1):
            # `The younger Ortubia` / `the elder Seonwoo`: the one of them the ages given make so, or `Senior`
            by_age = sorted(aged, key=lambda person: age.get(id(person)) or _GENERATIONS[person.name.split()[-1]])
            found[n] = ((pos, start), end, by_age[0] if texts[pos][start - 8:start].endswith("younger ") else
                        by_age[-1])
        elif (said := _SAYS_OF_SELF.match(texts[pos], end)) is not None:
            gender = "male" if (said.group(1) or said.group(2)).lower() in ("he", "him") else "female"
            namesakes = [person for person in shared[key] if id(person) not in kin]
            fitting = [person for person in namesakes if person.gender == gender]
            if len(fitting) != 1:  # (or the one whose gender no table knows: `Jonjo`)
                fitting = [person for person in namesakes if person.gender in (gender, None)]
            if not fitting:
                # one whose gender only the first-name table gave, and whose own sentence says otherwise: `Hédi
                # Boudhina, 61, has fished ... since he was 15` (the table's Hédi is a woman's)
                fitting = [person for person in namesakes if id(person) in by_table and own_pronoun.get(
                    id(person)) == gender]
            if not fitting and key in last and last[key].gender == gender:
                fitting = [last[key]]  # `Her son, Dinesh Arumugam, 34, drives ...` / `Arumugam said he had asked`
            elif len(fitting) > 1 and key in last and any(person is last[key] for person in fitting):
                fitting = [last[key]]  # (of two whose genders no table knows, the one named last)
            if len(fitting) == 1:
                found[n] = ((pos, start), end, fitting[0])
        last[key] = found[n][2]
    return shared


# a generation's word after a name, as an age would order them: `Bartle Mernagh Senior`, `Junior`
_GENERATIONS = {"Junior": 1, "Jr.": 1, "Jr": 1, "Jnr": 1, "Senior": 2, "Sr.": 2, "Sr": 2, "Snr": 2}
# a he, she, his or her later in the sentence that names someone in full
_OWN_PRONOUN = re.compile(r"[^.!?\"“”]*?\b(he|she|his|her)\b", re.IGNORECASE)
# `, the chef's sister`, `, 34, her son,`: a relative's noun in the apposition after a name
_KIN_APPOSITION = re.compile(r",\s+(?:\d+,\s+)?(?:the|his|her|their)\s+(?:[\w-]+['’]s\s+)?(?:" + "|".join(
    sorted(_KIN_WORDS)) + r")\b")


def _inner_names(full_names: dict[str, str]) -> dict[str, str]:
    """A surname that is not the last word of a full name of three words or more: "Mr Gan" for Vincent Gan Kwang
    Meng (a family name first, as in Chinese names), "Mr Yeo" for Kenneth Yeo Boon Kiat. Only a word one name holds,
    never a known first name, never another name's last word."""
    found: dict[str, str | None] = {}
    for full in set(full_names.values()):
        words = full.split()
        if len(words) == 2 and _family_name_first(words) and (key := words[0].lower()) not in full_names:
            # `Noh Seung-gi`, `Halmos Tibor`: the family name first (Korean, Hungarian), used alone
            found[key] = full if found.get(key, full) == full else None
            continue
        if not 3 <= len(words) <= 4 or orgish(words) or any(
                not (w[:1].isupper() or w in NAME_PARTICLES) or w.isupper() or "-" in w or w.lower() in TITLE_WORDS
                for w in words):
            continue  # a person's plain name only: no body, no title, no heading (`Norliza binti Hassan` is one)
        for word in words[1 if is_first_name(words[0]) else 0:-1]:
            key = word.lower()
            if key not in full_names and not INITIAL.fullmatch(word) and word not in NAME_PARTICLES:
                found[key] = full if found.get(key, full) == full else None
    return {key: full for key, full in found.items() if full}


def _alone_as_a_name(runs: list[str], texts: list[tuple[int, str]]) -> bool:
    """Does one of these one-word runs stand alone somewhere other than after a preposition of place or field
    (`standards at Bodwenni` name a place, `Commissioner for Education` a field, `Okonkwo smiled` a person)? Time
    in proportion to where the words stand."""
    # (`The Ittehad’s secretary`: a body's word after `The` is no surname standing alone)
    runs = [run for run in runs if not run.startswith(("The ", "the "))]
    for _, text in texts:
        for run in runs:
            at = text.find(run)
            while at >= 0:
                before = text[max(0, at - 12):at].split()
                word = before[-1] if before and text[at - 1:at] == " " else ""
                # (not inside a longer run, `Ysgol Bodwenni`, nor part of a longer word)
                if not (word[:1].isupper() and word[-1:].isalpha()) and word not in _PLACE_PREPOSITIONS and \
                        not text[at - 1:at].isalpha():
                    return True
                at = text.find(run, at + len(run))
    return False



# (cached: asked of every full name an article vouches for, and of the same names in article after article)
@functools.lru_cache(maxsize=1 << 16)
def _place_name(words: tuple[str, ...]) -> bool:
    """`Henry Street`, `Kampung Manjor`, `San Diego`, `Hong Kong`: a place, though a first name opens it or its last
    word stands alone."""
    return len(words) > 1 and (strip_possessive(words[-1]).lower() in PLACE_WORDS or words[0].lower() in PLACE_OPENERS
                               or words[0].lower() in _PLACE_BEFORE_A_PARTICLE and words[1] in NAME_PARTICLES
                               or " ".join((*words[:-1], strip_possessive(words[-1]))) in multi_word_places())


# a place's first word before a particle: `Bay de Verde`, `Rio de Janeiro`, `Puerto de la Cruz`, `Villa de Leyva`
_PLACE_BEFORE_A_PARTICLE = {"bay", "port", "puerto", "porto", "rio", "río", "isla", "ilha", "cabo", "villa", "vila",
                            "ciudad", "cidade", "fort", "playa", "praia", "lago", "valle"}


_HE_OR_SHE = re.compile(r"\b(?:he|she)\b")
# a title, then the field it holds, then the holder's name: `Vice Minister of Mines Gisella Mendívil`
_FIELD_RUN = re.compile(rf"[{CAPITAL}][\w'’.-]*(?: [{CAPITAL}][\w'’.-]*){{2,6}}")
# the first half of a field of two, its `for` or `of` and all, before the `and`: ` for Energy` (`and Power ...`)
_FIELD_OF_TWO = re.compile(rf" (?:for|of) [{CAPITAL}][\w'’-]*(?: [{CAPITAL}][\w'’-]*){{0,3}}$")
_TITLE_RUN_BEFORE = re.compile(rf"[{CAPITAL}][\w'’.-]*(?: [{CAPITAL}][\w'’.-]*)*$")  # the title's own run


def _cut_fields(runs: list[tuple[int, str, list[str]]], facts_of: dict[str, RunFacts],
                lone_runs: dict[str, list[str]]) -> None:
    """`State Minister for Works Hadijah Mulindwa`: the run after a title's `for` holds the field, then the name;
    the name is its last two words when the first of them is a first name, the article uses the surname alone, or
    the name speaks and the paragraph, or the next, says he or she (`... Hadijah Mulindwa told journalists ... she
    said`)."""
    long_runs = {run for run in facts_of if " " in run and run.count(" ") > 1}  # (one word: no count)
    if not long_runs:
        return  # (most articles: a field and a full name take three words or more)
    for n, (_, text, found) in enumerate(runs):
        if long_runs.isdisjoint(found):
            continue  # (most paragraphs: told in C)
        for run in found:  # (in the text's order: a set's would vary)
            if run not in long_runs:
                continue
            start = text.find(run)
            joint = 4 if text.endswith(" of ", 0, start) else 5 if text.endswith(" for ", 0, start) else 0
            if not joint and text.endswith(" and ", 0, start) and (
                    two := _FIELD_OF_TWO.search(text, max(0, start - 60), start - 5)) is not None:
                joint = start - two.start()  # `Minister for Energy and Power Zarak Tarakai`: a field of two
            if joint and text[text.rfind(" ", 0, start - joint) + 1:start - joint].lower() in TITLE_WORDS and (
                    field := _FIELD_RUN.match(text, start)) is not None:
                _cut_field(text, start - joint, field, facts_of, lone_runs, runs[n + 1][1] if n + 1 < len(runs) else "")


def _cut_field(text: str, at: int, field: re.Match, facts_of: dict[str, RunFacts], lone_runs: dict[str, list[str]],
               following: str) -> None:
    facts = facts_of.get(field.group(0))
    if facts is None or len(facts.words) < 2 or orgish(facts.words[-2:]) or not (
            is_first_name(facts.words[-2]) or facts.key in lone_runs
            or _SPEAKS_SOON.match(text, field.end() - len(facts.words[-1]))
            and (_HE_OR_SHE.search(text) or _HE_OR_SHE.search(following))):  # (or the next paragraph's `he said`)
        return
    if len(facts.words) > 2:
        words = facts.words[-2:]
        facts_of[field.group(0)] = facts._replace(title=(*facts.title, *facts.words[:-2]), words=words,
                                                  full=" ".join((words[0], strip_possessive(words[1]))),
                                                  length=2, vouched=True)
    if (title := _TITLE_RUN_BEFORE.search(text, max(0, at - 80), at)) and title.group(0) in facts_of:
        facts_of[title.group(0)] = facts_of[title.group(0)]._replace(words=(), full=None, length=0,
                                                                   vouched=False)  # (no one of its own)


def _described_people(runs: list[tuple[int, str, list[str]]], facts_of: dict[str, RunFacts]) -> set[str]:
    """The runs that the words around them show to be people, whatever their first names: a role before (`her
    deputy, Osric Thallberg`, `the former champion Ngozi Ekwueme`), an age, a who or a role after (`Dariusz Kowal, a
    41-year-old driver`, `Thandiwe Mokoena, who`, `Zola Ntuli, president of the congress,`), a given name (`gave his
    name only as Idris`), a kinship word before a lone name (`His daughter, Chiamaka,`). Only the runs that no first
    name, title or lone surname vouches for are looked at, where they first stand: time in proportion to them."""
    unknown = {run for run, facts in facts_of.items() if facts.words and not facts.vouched and not facts.first_name}
    found: set[str] = set()
    for n, (_, text, found_runs) in enumerate(runs):
        for run in unknown.intersection(found_runs):
            if run in found:
                continue
            at = text.find(run)
            facts, end = facts_of[run], at + len(run)
            if ". " in run and (cut := run.rfind(". ") + 2) <= run.find(facts.words[0]):
                at += cut  # `rents in Tartu. Tendai Musarurwa, a 27-year-old`: the name opens the next sentence
            single = len(facts.words) == 1
            if single and facts.title and _AGE_TITLE.fullmatch(facts.title[-1]):
                found.add(run)  # `Eight-year-old Yarynka, who rang the bell`: an age before one name
                continue
            # (the word before is read only when its last two letters may end a kinship word: most end otherwise)
            # (str's endswith up to the run: no slice made of the words before it)
            if single and not text.endswith((", ", "as ", "surnamed "), 0, at) \
                    and not text.startswith((", a ", ", an "), end) and not (
                    text[at - 1:at] == " " and text[at - 3:at - 1].lower() in _KIN_LAST_TWO_LETTERS
                    and text[text.rfind(" ", max(0, at - 14), at - 1) + 1:at - 1].lower() in _KIN_WORDS
            ) and not _age_after(text, end) and not (
                # (what follows first, by str's tests: a comma or a verb of speech after the name, a verb in the past)
                text.startswith(_AFTER_A_ROLED_NAME, end) and text[at - 1:at] == " "
                and text[at - 2:at - 1].islower() and _role_before_a_name(_word_before(text[max(0, at - 20):at]))
            ) and not ((at == 0 or text.endswith(". ", 0, at)) and (_PAST_VERB.match(text, end)
                       and _QUOTE_AND_PRONOUN_NEXT.match(text, end)
                       or _WHO_THEN_SAYS.match(text, end))):
                # most capitalised words: no kinship word, role or given name before them, no age after them
                # (`Yuliani, 34, a mother of two, said`: one name alone, as Indonesians write it), and no she or he
                # said after a quote next
                continue
            before, after = text[max(0, at - 40):at], text[end:end + 80]
            if before.endswith(") ") and (bracket := _QUALIFIER_BEFORE.search(before)) is not None and \
                    not _BRACKETED_TITLE.search(before):
                before = before[:bracket.start() + 1]  # `executive engineer (East) Sharada Kudligi`: the role's area
            if after[:2] == " (" and (native := _NATIVE_SCRIPT.match(after)):
                after = after[native.end():]  # `Kao Mei-ling (高美玲), whose constituency`: the name as written at home
            words_before = before.split()
            if _given_before(before) or before.endswith(") ") and _BRACKETED_TITLE.search(before) or before.endswith(
                    ("W/ro ", "W/t ")):
                found.add(run)  # (or a title in brackets: `Barr. (Mrs) Folasade Odukoya`; Amharic `W/ro` for Mrs)
            elif single and _age_after(text, end):
                found.add(run)
            elif not single and len(facts.words) <= 3 and (at == 0 or text[at - 2:at] == ". ") and text.startswith(
                    (" said ", " says "), end) and n + 1 < len(runs) and _PRONOUN_QUOTE_OPENS.match(runs[n + 1][1]) \
                    and not orgish(facts.words) and not _place_name(facts.words):
                # `Mereana Tapuwae said the marae ...` / `"...," she said.`: reported, then quoted as she or he, though
                # no table knows the first name
                found.add(run)
            elif single and (at == 0 or text[at - 2:at] == ". ") and _WHO_THEN_SAYS.match(text, end):
                found.add(run)  # `Mulyadi, who heads the commuter group ..., said`: one name, a who, and speech
            elif single and (at == 0 or text[at - 2:at] == ". ") and after.startswith((", a ", ", an ")) and \
                    _role_follows(after[2:].split()[1:5]) and _APPOSITION_THEN_VERB.match(text, end):
                # `Wacuka, a mother of three who keeps four cows ..., now sells`: the subject of a sentence, a person's
                # noun in apposition (not `Nearby, a driver who ... said`: the noun is the subject there)
                found.add(run)
            elif single:
                # a lone name after a kinship word (and a comma), closed by a comma or a full stop
                # (or after an age used as a noun: `whose 15-year-old, Ailig, sits`)
                # (or after a role and a comma: `The village head, Suparmin, said`)
                if words_before and not before.endswith(", ") and _role_before_a_name(words_before[-1]) and (
                        after[:1] == "," and _role_follows(after[1:].split()[:4]) or _SPEAKS_AFTER.match(after)
                        or after.startswith(", who ") and _WHO_THEN_SAYS.match(text, end)):
                    # `Village head Kasmuri said`, `Her neighbour Ramkali, a vegetable seller,`, `Auto driver Murugan,
                    # who has parked at the stand for 22 years, said`
                    found.add(run)
                elif (at == 0 or text[at - 2:at] == ". ") and run == facts.words[0] and _PAST_VERB.match(
                        after) and not _place_name(
                        facts.words) and not _common_words(facts.words, runs) and \
                        _QUOTE_AND_PRONOUN_NEXT.match(text, end):
                    found.add(run)  # `Tamrin was less sure. "The cherries are almost red," he said`
                elif words_before and (words_before[-1].rstrip(",").lower() in _KIN_WORDS
                                     or _AGE_NOUN.fullmatch(words_before[-1]) or words_before[-1].endswith(",")
                                     and _role_before_a_name(words_before[-1][:-1])) and after[:1] in (",", "."):
                    found.add(run)
                elif before.endswith(", ") and _SPEAKS_AFTER.match(after[1:] if after[:1] == "," else "") and (
                        office := _OFFICE_OF_BEFORE.search(text, max(0, at - 90), at)) is not None and (
                        office.group(1).lower() in TITLE_WORDS or _is_person_noun(office.group(1))) and \
                        strip_possessive(facts.words[0]) not in places():
                    # `Head of the Sleman BPBD, Haryadi, said`: one name after an office (not the office's state:
                    # `Bishop of Worcester, Massachusetts, said`)
                    found.add(run)
            elif words_before and (before.endswith(" ") and (_is_person_noun(words_before[-1]) or words_before[-1] in (
                    "head", "regent") and _SPEAKS_AFTER.match(after) or _agent_noun(
                    words_before[-1]) and (_SPEAKS_AFTER.match(after) or len(words_before) > 1 and (
                        words_before[-2].endswith(",") or words_before[-2].lower() in DETERMINERS
                        # (one word of the role between: `His lawyer, public defender Mertie Cantrell,`)
                        or len(words_before) > 2 and words_before[-2].isalpha() and words_before[-2].islower() and (
                            words_before[-3].endswith(",") or words_before[-3].lower() in DETERMINERS)
                        and words_before[-1] not in ORG_WORDS)))  # (not `the network operator Huon Grid`)
                                   or before.endswith(", ") and (_is_person_noun(words_before[-1].rstrip(","))
                                                                 or words_before[-1] == "head,"
                                                                 or _agent_noun(words_before[-1][:-1]))):
                # a role right before the name, or a role and a comma (an agent's noun right before the name of
                # someone who speaks: `Cattle producer Narelle Cudmore said`)
                found.add(run)
            elif len(words_before) > 1 and before.endswith(", ") and words_before[-2].lower() in _ONE_OF_A_KIND \
                    and words_before[-1][:-1].isalpha() and words_before[-1].islower() and _AFTER_APPOSED.match(after):
                found.add(run)  # `Another regular, Jhonny Cabral, said`: one of some kind, named in apposition
            elif not single and before.endswith(", ") and (office := _OFFICE_OF_BEFORE.search(
                    text, max(0, at - 90), at)) is not None and (office.group(1).lower() in TITLE_WORDS
                                                           or _is_person_noun(office.group(1))):
                found.add(run)  # `The Minister of Livestock and Fisheries Development, Jama Guleid Fooley,`
            elif not single and "-year-old " in before and (aged := AGE_BEFORE_NAME.search(before)) and not any(
                    word in CLAUSE_OPENERS or word in _NOT_IN_A_ROLE or word.endswith("ed")
                    for word in aged.group(2).split()):
                found.add(run)  # `16-year-old opening bowler Alira McInerney`: an age and a role's words before (not
                # `the 46-year-old member for Ballinacoyle West`, `the 21-year-old told radio station Cadena Cope`)
            elif not single and len(facts.words) <= 3 and _SAID_OF_SELF.match(after) and not _place_name(
                    facts.words) and not any(w.lower() in TITLE_WORDS for w in facts.words):
                found.add(run)  # `Shontay Tisdale said her kitchen tap ran brown`: who says she or he of themselves
            elif (_AGE_OR_WHO_AFTER.match(after) or after[:2] == " (" and _SEAT_LABEL.match(after)) and not (
                    words_before and words_before[-1] in _IN_A_PLACE):
                found.add(run)  # (or a party's and seat's label: `Tham Yun Xi (PMK-Luyang) said`)
                # (but not a place: `a boarding school in Tarogong Kaler, whose 600 students`)
            elif len(words_before) > 1 and words_before[-1] == "like" and words_before[-2].endswith("s") and \
                    _is_person_noun(words_before[-2][:-1]):
                found.add(run)  # `For guides like Mingma Tenzing`: one of a kind of people
            elif not single and len(facts.words) <= 3 and (
                    at == 0 or text[at - 2:at] == ". " or text[at - 2:at] == ", " and (_PLACE_OPENING.search(
                        text, max(0, at - 60), at) or text.find("Asked ", max(0, at - 90), at) >= 0
                        and _ASKED_OPENING.search(text, max(0, at - 90), at))) and (
                    _HE_OR_SHE_GOES_ON.match(text, end) or n + 1 < len(runs)
                    and runs[n + 1][1][:1] in QUOTE_OPENING_MARKS or _QUOTE_AND_PRONOUN_NEXT.match(
                        text, end)) and _FINITE_VERB.match(after) and not _place_name(
                    facts.words) and not _common_words(facts.words, runs):
                # the subject of a sentence whom the next sentence calls she or he (`Akossiwa Dogbe sold kpayo for 11
                # years. She put her bottles away`), or who does something before a paragraph of quotation (`Marhabo
                # Jurayeva runs a workshop ...` / `"...," she said.`): a person, whatever the first name
                found.add(run)
            elif not single and before.endswith(" by ") and len(facts.words) <= 3 and _HELD_BY.search(
                    before) and (
                    _HE_OR_SHE_NEXT.match(after) or run.endswith((". She", ". He")) and after[:1] == " "
                    and after[1:2].islower()) and not _place_name(facts.words) and \
                    not _common_words(facts.words, runs):  # (a run may go on past its full stop)
                found.add(run)  # `The firm is owned by Divinagracia Tampus. She said by phone`: who runs it, a person
            elif (opening := _ROLE_AFTER_COMMA.match(after) or _IS_A.match(after)) and not (
                    words_before and words_before[-1].lower() in _PLACE_BEFORE
                    and not before.lower().endswith("according to ")) and _role_follows(
                    after[opening.end():].split()[:5]):  # (a fifth word: `a former World Cup jumper who`)
                found.add(run)  # (not a place: "At City Hall, the mayor said"; and `Treena Kitchell is a
                # meteorologist with`)
    return found


def _common_words(words: tuple[str, ...], runs: list[tuple[int, str, list[str]]]) -> bool:
    """Does a word of the run stand in lower case elsewhere in the article, or is it a title or an abbreviation? Then
    it opens the sentence as a word (`Yet Ellison`, `Boss Steve Bruce`, `St. Louis`), not as a name."""
    if words[0].lower() in _OPENING_WORDS or words[0].isascii() and any(is_first_name(word) for word in words[1:]):
        return True  # (`Boss Steve Bruce had`: an English word before the name; but `Từ Thiện Được` is one name)
    return any(word.lower() in TITLE_WORDS or not word.replace("-", "").replace("'", "").isalpha() or any(
        re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text) for _, text, _ in runs) for word in words)


# words that open a sentence before its subject, or count it: never the first word of a name
_OPENING_WORDS = {"yet", "still", "also", "even", "only", "just", "now", "two", "three", "four", "five", "six", "seven",
                  "eight", "nine", "ten", "twelve", "twenty", "dozens", "hundreds", "thousands"}
# (the office in capitals or not: `The councillor for Nyegezi ward, Mussa Kabendera,`)
_OFFICE_OF_BEFORE = re.compile(r"\b([A-Za-z][a-z]+)\s+(?:in\s+charge\s+)?(?:of|for)\s+(?:the\s+)?"
                               r"[A-Za-z][^,;:.\"“”]{1,70},\s+$")
# a verb right after a subject: `runs`, `chaired`, or a common irregular past (`sold`, `led`)
_FINITE_VERB = re.compile(r" (?:[a-z]{2,}(?:s|ed)|sold|ran|led|brought|took|got|made|left|came|went|gave|kept|began"
                          r"|grew|spent|found|built|paid|lost|won|became|had|was|sat|stood|held|drove|wrote|taught|fought"
                          r"|bought|sent|met|knew|saw|put|set|cut|spoke|told|heard|felt|thought)\b")
# a place that opens the sentence before its subject: `In Cohuna's main street, Nerissa Kitto runs`
_PLACE_OPENING = re.compile(r"(?:^|[.!?] )(?:In|At|On|Outside|Inside|Near|Across|Along|Back in|Down|Up"
                            r"|Further (?:down|up|along|back)|Farther (?:down|up|along|back)|Behind|Beside|Next to)"
                            r" [^,.;:!?\"“”]{2,50}, $")
# a who clause after a lone name that opens its sentence, then a verb of speech
# a role's area or branch in brackets before the name: `executive engineer (East)`, `inspector (traffic)`
_QUALIFIER_BEFORE = re.compile(r" \([A-Za-z][\w .&'’-]{0,30}\) $")
_WHO_THEN_SAYS = re.compile(r", who [^.;:\"“”]{3,150}?, (?:said|says|told|added|argued|insisted|denied|explained"
                            r"|admitted|warned|recalled|complained|conceded|replied)\b")
# a question put to the subject, opening the sentence: `Asked how long that might take, Labhaoise Cahalane laughed.`
_ASKED_OPENING = re.compile(r"(?:^|[.!?] )Asked [^.!?\"“”]{2,80}, $")
# what follows one name after a role: `Village head Kasmuri said`, `Her neighbour Ramkali, a vegetable seller,`
_AFTER_A_ROLED_NAME = (",", " said", " says", " told", " tells", " added", " adds")
# a verb in the past right after a one-word subject: `Misnah laughed`, `Tamrin was` (not `Other witnesses`)
# (after a who clause too: `Macsen, who walked it with his mother, was not impressed.`)
_PAST_VERB = re.compile(r"(?:, who [^.;:\"“”‘’]{3,120}?,)? (?:was|had|[a-z]{2,}ed)\b")
# the rest of the sentence, then a quote that she or he said: `Misnah laughed, then stopped. "...," she said`
# a paragraph that opens on a quote she or he said
_PRONOUN_QUOTE_OPENS = re.compile(r"[\"“‘][^\"“”‘’]{2,600}[\"”’],? (?:she|he) (?:said|says|added|told)\b")
_QUOTE_AND_PRONOUN_NEXT = re.compile(r"[^.!?\"“”‘]{0,80}[.!?] [\"“‘][^\"“”‘’]{2,300}[\"”’],? (?:she|he) [a-z]")
# the next sentence's subject is she or he, perhaps after an opening phrase (`Asked how much was left, he laughed.`)
_HE_OR_SHE_GOES_ON = re.compile(r"[^.!?]*[.!?] (?:[A-Z][^.!?,]{0,80}, (?:she|he)|She|He) [a-z]")
# who owns, runs or leads something, named last in a sentence whose next opens on she or he
_HELD_BY = re.compile(r"\b(?:owned|co-owned|run|led|headed|founded|managed|chaired|operated) by $")
_HE_OR_SHE_NEXT = re.compile(r"\. (?:She|He) [a-z]")
_SAID_OF_SELF = re.compile(r"\s+(?:said|says|told\s+[a-z]+)\s+(?:that\s+)?(?:she|he|her|his)\s")
_NATIVE_SCRIPT = re.compile(r" \([^\x00-\u024f()]{1,16}\)")  # a name in its own script, in brackets


def _role_follows(words: list[str]) -> bool:
    """A person's noun within the first three words (`president of`, `a retired nurse`, `a Pharmacy student`), no
    function word before it and no name right after it (`chief operating officer Desmond Vale` is a title, not an
    apposition)."""
    if len(words) > 1 and words[0].endswith(("'s", "’s")) and words[1].strip(",.;:") in _KIN_WORDS:
        return True  # someone's relative: `Celinda Jopia, Veliz's mother, said` (a place has no mother)
    for i, word in enumerate(words[:4]):
        bare = word.strip(",.;:")
        if bare in CLAUSE_OPENERS or not bare.islower() and not ((bare.istitle() or bare.isupper()) and word == bare):
            return False  # (a capitalised modifier, not one that ends a phrase: "Ruiz, Madrid's mayor"; or a body's
            # initials, `the JR Hokkaido executive officer`)
        if not bare.islower():
            if bare.isupper() and bare.lower() in TITLE_WORDS and (i + 1 >= len(words) or words[i + 1].islower()):
                return True  # an office's initials: `Rodah Koros, a nominated MCA who`, `Ana Ruiz, the MP for`
            if bare.istitle() and _is_person_noun(bare.lower()) and (
                    i + 1 >= len(words) or words[i + 1].islower()) and i > 0:
                return True  # a role in capitals after its modifier: `S. Lathika, Executive Engineer of the ...`
            continue  # a modifier, never the noun: "German" and "Russian" end like people's nouns
        if _is_person_noun(bare):
            return i + 1 >= len(words) or not words[i + 1][:1].isupper()
        if bare == "head" and i + 1 < len(words) and words[i + 1] == "of":
            return True  # `Rudianto Siregar, head of the plantation office, said`: who heads it
        if _agent_noun(bare) and (word.endswith(",") or i + 1 < len(words) and words[i + 1] in ("who", "whose")):
            return True  # one who does, closing the apposition: `Djibo Hamma, a Fulani herder, brought`, `Robinson
            # Venegas, a trucker who has hauled containers`
    return False


_ONE_OF_A_KIND = {"another", "a", "an", "one"}
_AFTER_APPOSED = re.compile(r", (?:\d+, )?[a-z]")  # the apposition closes and a verb goes on: `, said`, `, 41, added`
