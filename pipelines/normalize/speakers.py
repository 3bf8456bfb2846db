"""Speaker mentions to canonical names, within one article and across articles.

Within an article, each quote's mention is read against the article's cast (`cast.py`: who and what it names):
- Titles stay in the mention, not the name: "Kremlin spokesman Dmitri Peskov" -> "Dmitri Peskov".
- A surname takes the full name given elsewhere in the article: "Sikorski" -> "Radosław Sikorski".
- A pronoun takes the most recently named person or body it can stand for, in the writer's own text before the
  quote: he/she a person of that gender (from honorifics, kinship words, or the first name), it/they a body.
- "the ministry" takes the body named in full ("Russian Foreign Ministry"); "the judge" the person last given
  that title.
Across articles, `consolidate.py` says which speaker rows are one real speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipelines.normalize.byline import MONTHS
from pipelines.normalize.cast import (
    _BACK_ROLES,
    _GENDERED,
    _MALE_PRONOUNS,
    _NEW_SUBJECT_REPORTED,
    _NOUN_GENDER,
    _TITLE_OF_ROLE,
    _WHO,
    ArticleCast,
    _named_role,
)
from pipelines.normalize.lexicon import (
    ABBREVIATIONS,
    CAPITAL,
    DETERMINERS,
    DOCUMENT_WORDS,
    FIELD_BODY_WORDS,
    NAME_PARTICLES,
    ORG_WORDS,
    PERSONAL_TITLES,
    PRONOUNS,
    QUOTE_OPENING_MARKS,
    ROLE_LABELS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from pipelines.normalize.model import Paragraph, Quote, changed
from pipelines.normalize.names import (
    NAME_RUN,
    NOT_NAMES,
    first_name_is_contested,
    is_first_name,
    name_words,
    orgish,
    split_title,
    strip_possessive,
)
from pipelines.normalize.people import (
    _AGE_AFTER,
    _PERSON_ROLES,
    _PERSON_SUFFIXES,
    _PLACE_BEFORE,
    _ROLE_NOUNS,
    AGE_BEFORE_NAME,
    Entity,
    _agent_noun,
    _given_before,
    _is_person_noun,
    _word_before,
)
from pipelines.normalize.phrases import BRACKET_BEFORE, noun_phrase_back

# nouns for a few people who speak as one: "the Gilvarry family said", not the last person named
_GROUP_HEADS = {"family", "couple", "household", "crew", "management", "administration", "leadership"}
# the places that govern themselves and speak as bodies: "the city said", "the province said in a statement"
_PLACE_BODIES = {"city", "town", "county", "municipality", "province", "district", "borough", "canton", "prefecture",
                 "commune", "shire", "parish", "village"}
# texts, media and what they hold: "the catalogue described them as", "The book says" speak as themselves, where
# "the rapper" or "the Gloucester fly-half" is someone named before
_THING_HEADS = {"catalogue", "catalog", "book", "books", "email", "emails", "message", "messages", "listing", "ad",
                "ads", "advert", "verse", "lyrics", "song", "project", "plan", "proposal", "column", "article",
                "post", "tweet", "video", "film", "documentary", "programme", "program", "show", "episode", "draft",
                "submission", "snippet", "algorithm", "website", "site", "page", "blog", "sign", "banner",
                "poster", "leaflet", "flyer", "brochure", "manual", "guide", "guidebook", "handbook", "textbook",
                "minutes", "transcript", "recording", "tape", "footage", "application", "petition", "motion", "bill",
                "law", "act", "treaty", "agreement", "contract", "deal", "charter", "constitution", "manifesto",
                "platform", "budget", "forecast", "figures", "data", "findings", "paper", "journal", "note", "notes",
                "summary", "abstract", "label", "warning", "notice", "text", "caption", "headline", "story",
                "report", "decision", "judgment", "judgement", "verdict", "sentence", "ruling", "order", "opinion"}
# a text a possessive pronoun owns: `Her post`, `His open letter`, `Their joint report`
_PRONOUN_S_TEXT = re.compile(r"(his|her|its|their)\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(
    _THING_HEADS | {"letter", "statement", "memo", "filing", "affidavit", "complaint", "lawsuit", "review", "study",
                    "survey", "speech", "remarks", "testimony", "diary", "memoir", "essay", "submission"})) + r")",
                             re.IGNORECASE)  # (not every document: `Its guidelines` stay the guidelines)
_OWNER_WANTS = {"his": "male", "her": "female", "its": "thing", "their": "plural"}
# a part of a text, or those who wrote it: `The report's conclusion`, `the study's authors` are the text's words
_TEXT_S_PART = re.compile(r"(?P<text>the\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(_THING_HEADS | DOCUMENT_WORDS))
                          + r"))['’]s\s+"
    r"(?:[a-z-]+\s+)?(?:conclusions?|findings?|summary|wording|language|verdict|authors?|introduction|preface"
    r"|foreword|opening|final\s+line|last\s+line)", re.IGNORECASE)
LOOK_BACK = 60  # mentions searched back for a pronoun's antecedent
_SPOKESPERSON_FOR = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+for\s+(?=\S)",
                               re.IGNORECASE)
# `"...," the statement said.`: the words of whoever a sentence before said made the statement
# a body's or a person's written word, as a statement is (`said in a written response that ...` ... `the response
# said`)
_ISSUED_TEXT = (r"(?:statement|response|reply|press\s+release|update|advisory|comment|e-?mail|notice|announcement"
                r"|letter)")
_THE_STATEMENT = re.compile(r"(?:the|that|this|its|his|her|their)\s+(?:(?:joint|written|short|brief|emailed)\s+)?"
                            + _ISSUED_TEXT, re.IGNORECASE)
# a body by its noun (or its text: `The council's statement`) that opens a sentence and says something: `The ministry
# said in its statement`
_BODY_NOUN_SAYS = re.compile(r"The\s+([a-z]+)(?:['’]s\s+[a-z]+)?\s+([a-z]+)\b")
# a name that opens a sentence and says something: `Deutsche Bahn said it had`
_SAYING_SUBJECT = re.compile(rf"(?:The\s+)?(?P<name>(?:[{CAPITAL}][\w'’&.-]*\s+){{0,5}}[{CAPITAL}][\w'’&.-]*)\s+"
                             r"(?P<verb>[a-z]+)\b")
# a party's letters and a seat after a comma: `Name, D-West Valley City` (not a hyphenated name: `Per-Olof Wiklund`)
_PARTY_AND_SEAT = re.compile(rf",\s*[A-Z]{{1,5}}-[{CAPITAL}][\w'’ .-]*$")
# a sentence that ends with who said it: `..., the regulator said.`
_BODY_SAID_AT_END = re.compile(r",\s+(?P<subject>(?:the|The)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|it"
                               r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})\s+said\.\s*$")
# a text or a stance of someone's: `The union's position was set out in a statement:` is the union's word
_OWNERS_TEXT = re.compile(r"(?P<owner>.{2,80}?)(?:['’]s|(?<=s)['’])\s+(?:(?:written|official|own|formal|joint)\s+)?"
                          r"(?:statement|position|response|reply|letter|submission|announcement|message|memo|filing|view"
                          r"|website|apology|report|notice|order|ruling|judgment|judgement|complaint|lawsuit|release"
                          r"|guidance|email|e-mail|tweet|post)",
                          re.IGNORECASE)
_CAMPAIGN_OF = re.compile(r"(?:the\s+)?(?P<owner>[^,]{2,80}?)['’]s?\s+"
                          r"(?:(?:re-?election|presidential|senate|mayoral)\s+)?campaign", re.IGNORECASE)
# a text and who wrote it: `A report by the Sahel Granary Network`, `the 2024 audit from the ministry`
_TEXT_BY = re.compile(r"(?:an?|the)\s+(?:[a-z]+\s+|\d{4}\s+){0,2}(?:report|study|survey|review|analysis|audit"
                      r"|assessment|paper|petition|letter|statement|submission|brief|briefing|note|memo)\s+(?:by|from)\s+"
                      r"(?P<owner>.{2,80})", re.IGNORECASE)
_ISSUED = re.compile(r"\s+(?:issued|released|sent|put\s+out|provided|gave|posted|published|emailed)\s+$")
# the subject a statement's lead-in goes on with: a name, or a body by its noun, and a verb of saying
_SUBJECT_SAYS = re.compile(rf"(?P<subject>(?:the\s+)?[{CAPITAL}][^,.;:]{{0,60}}?|the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                           r"(?:said|says|argued|stated|wrote|insisted|noted|warned|maintained|contended|claimed"
                           r"|responded|replied|added)\b")
# (and when it was issued: `In its latest update on the outbreak, issued yesterday, the Ministry of Health said`)
_IN_A_STATEMENT = re.compile(r"In\s+(?:an?|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + _ISSUED_TEXT
                             + r"\b[^,.]{0,60},\s+(?:(?:issued|released|published|posted|sent|circulated|dated)\b"
                               r"[^,.]{0,40},\s+)?")
_A_STATEMENT = re.compile(r"\b(?:an?|its|his|her|their|(?P<owner>\w+['’]s))\s+(?:[\w-]+\s+){0,2}?" + _ISSUED_TEXT
                          + r"\b", re.IGNORECASE)
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# a sentence's opening question: who asks, or whom it is about, is not who answers (`Asked by X whether ...,`,
# `Asked whether resting Yashpal Dhankhar had been vindicated, the skipper smiled`)
_ASKED_BY = ("Asked ", "Questioned ", "Pressed ", "Challenged ", "Told ")
_SUBJECT_PRONOUN = {"male": re.compile(r"\b[Hh]e\b"), "female": re.compile(r"\b[Ss]he\b")}
_REPORTS = re.compile(r"\b(?:said|says|told|tells|added|adds|explained|insisted|argued|warned|stated|agreed|disagreed"
                      r"|replied|conceded|admitted|countered)\b")
_COMMA_CAPITAL = re.compile(rf",\s*[{CAPITAL}]")
_APPOSED_NAME = re.compile(rf",\s*(?:the\s+[a-z-]+\s+)?(?=[{CAPITAL}])")  # "Her husband, (the drummer) Jesper Berglund"
_AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+")
# a body's name with its field after `on` or `for`, all in capitals: `the Texas Commission on Jail Standards`
_BODY_ON_FIELD = re.compile(r"(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}(?P<noun>[A-Z][a-z]+)\s+(?:on|for)\s+"
                            r"[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4})")


# a name, then `of` and the body it belongs to: `Dwayne Nighswonger of Osage Ford Bible Church`
_NAME_OF = re.compile(rf"[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*)*\s+of\s+(?:the\s+)?")


class _ArticleContext(ArticleCast):
    """What a quote's mention stands for, read against the cast of the article."""

    def _issuer(self, at: tuple[int, int], speakers: list[tuple[tuple[int, int], Entity]]) -> Entity | None:
        """Who made the statement a sentence before brought in (`a statement`, `its statement`, not `the
        statement`; in this paragraph or the two before it): the speaker quoted in that sentence (`X said in a
        statement that it was "..."`), the name right before `issued a statement`, or the name right after `In a
        statement,`. None when the sentence does not say so plainly (`X's campaign, which ..., released a
        statement`)."""
        if (sentence := self.sentence_of(at)[1]) and (said := _BODY_SAID_AT_END.search(
                self._texts.get(at[0], ""), self.starts(at[0])[sentence - 1], self.starts(at[0])[sentence])) and (
                body := self.resolve(said.group("subject"), (at[0], said.start("subject")), speakers)) and \
                body.kind == "organization":
            # `Any buyer would take on the clean-up, the regulator said. "...," the statement said.`: the body that
            # spoke in the sentence before, though a statement of another's was brought in a paragraph before
            return body
        for pos in range(at[0], max(-1, at[0] - 3), -1):
            text = self._texts.get(pos, "")
            matches = list(_A_STATEMENT.finditer(text, 0, at[1] if pos == at[0] else len(text)))
            if not matches:
                continue
            word = matches[-1]  # the last one before the quote
            sentence = self.sentence_of((pos, word.start()))
            quoted = [entity for position, entity in speakers if self.sentence_of(position) == sentence]
            if quoted:
                return quoted[0]
            issued = _ISSUED.search(text, max(0, word.start() - 16), word.start())
            opens = self.starts(pos)[sentence[1]]
            lead = _IN_A_STATEMENT.match(text, opens)
            # `The Montana Department of Natural Resources said in an update Monday that ...`: the sentence's subject
            said_in = text.endswith(" said in ", 0, word.start())
            for (where, offset), entity in self.mentions:
                if where == pos and (issued and offset < issued.start() and NAME_RUN.fullmatch(
                        text, offset, issued.start()) or lead and offset in (lead.end(), lead.end() + 4)
                        and text[lead.end():offset] in ("", "the ") or said_in and offset in (opens, opens + 4)):
                    return entity
            if said_in and (subject := text[opens:text.rfind(" said in ", 0, word.start())]) and \
                    len(subject) <= 80 and subject[:1].isupper() and NAME_RUN.fullmatch(subject):
                return self.resolve(subject, (pos, opens), speakers)  # (a subject placed nowhere yet)
            if lead and (said := _SUBJECT_SAYS.match(text, lead.end())) is not None:
                # (`In its update, the Ministry of Health and Child Care said`: a body's name with `and`, placed
                # nowhere as one run; `In its response to her petition, the strata corporation argued`)
                return self.resolve(said.group("subject"), (pos, lead.end()), speakers)
            return None
        return None

    def _pronoun_at(self, pronoun: str, at: tuple[int, int]) -> tuple[int, int]:
        """Where a pronoun before its quote stands, when in the quote's sentence: what it stands for comes before
        it ("She told the panel that Chepkwony's sample was "..."": not Chepkwony)."""
        text = self._texts.get(at[0], "")
        found = text.rfind(pronoun, 0, at[1])
        while found > 0 and text[found - 1].isalnum():
            found = text.rfind(pronoun, 0, found)  # a whole word ("she" in "Ashe" is no pronoun)
        if found < 0 or text[found + len(pronoun):found + len(pronoun) + 1].isalnum() or \
                self.sentence_of((at[0], found)) != self.sentence_of(at):
            if at[1] <= 1 and at[0] - 1 in self._texts and (starts := self.starts(at[0] - 1)) and self._texts[
                    at[0] - 1].startswith(pronoun + " ", starts[-1]):
                # `He recalled that Mr Coppleson kept a logbook.` / `"He had boxes of them."`: the pronoun carried
                # from the last sentence of the paragraph before stands there, before the name it reports
                return at[0] - 1, starts[-1]
            return at
        return at[0], found

    def resolve(self, mention: str, at: tuple[int, int], speakers: list[tuple[tuple[int, int], Entity]]
                ) -> Entity | None:
        lower = mention.lower()
        if mention == "I":  # the writer's own: the article's one author, or no one (never a name before it)
            return self.entity(self._writer, "person") if self._writer else None
        if lower in PRONOUNS:
            where = self._pronoun_at(mention, at)
            found = self._antecedent(PRONOUNS[lower], where, speakers)
            # (a pronoun carried from the paragraph before that finds no one there is read where its quote stands)
            return found if found is not None or where[0] == at[0] else self._antecedent(PRONOUNS[lower], at, speakers)
        if lower in _OBJECT_PRONOUNS:  # `According to him, ...`: the object's form of he, she or they
            return self._antecedent(PRONOUNS[_OBJECT_PRONOUNS[lower]], self._pronoun_at(mention, at), speakers)
        if lower == "who":
            return self._relative_antecedent(at)
        if lower in ("which", "whose"):
            return self._which_antecedent(lower, at, speakers)
        if " " in mention and (given := self._name_given_after(mention, at)) is not None:
            return given  # `A mine owner at Degari, who gave his name only as Sherzaman, said`: Sherzaman
        if self._namesakes and " " not in mention and (key := strip_possessive(mention).lower()) in self._namesakes \
                and (person := self._namesake_at(key, mention, at)) is not None:
            return person  # a surname two people share, alone: the one it was placed as where it stands
        if mention.isupper() and len(mention) > 3 and "&" not in mention:  # (`AT&T` is a body)
            if (role := ROLE_LABELS.get(mention.removeprefix("THE "))) is not None and (
                    holder := self.resolve("the " + role, at, speakers)) is not None and (
                    holder.name[:1].isupper() or id(holder) in self._unnamed):
                # a transcript's `THE COURT:` is the judge the article names, `CHAIRPERSON:` its chair, `CALLER:` the
                # caller it did not name
                return holder
            mention = mention.title()  # a transcript's "MR. O'NEILL" is Mr. O'Neill, not an acronym
        elif 2 <= len(mention) <= 3 and mention.isupper() and mention.isalpha() and (
                person := self._by_initials(mention)) is not None:
            return person  # an interview's `BS:` after `Benedita Salgueiro:`
        if _THE_STATEMENT.fullmatch(mention) and (issuer := self._issuer(at, speakers)) is not None:
            if issuer.kind == "person" and issuer.gender is None and " " not in issuer.name and \
                    not is_first_name(issuer.name):
                issuer.kind = "organization"  # `Zesco said in a statement ...` / `the statement said`: a body's
            return issuer
        if ("'" in mention or "’" in mention) and (owner := _OWNERS_TEXT.fullmatch(mention)) is not None and (
                any(w[:1].isupper() for w in owner.group("owner").split() if w.lower() not in ("the", "a", "an"))
                or orgish(owner.group("owner").split())):
            return self.resolve(owner.group("owner"), at, speakers)  # (a name's or a body's; not `the restaurant's`)
        # (str's tests first: few mentions hold either)
        if lower.endswith("campaign") and (campaign := _CAMPAIGN_OF.fullmatch(mention)) is not None and (
                words := name_words(campaign.group("owner"))[1]) and all(w[:1].isupper() for w in words):
            # `Trump’s campaign` is the Trump campaign, `New Hampshire Sen. Kelly Ayotte’s campaign` the Kelly Ayotte
            # campaign: one body, named as the article's `the Trump campaign` names it
            return self.entity(" ".join(words) + " campaign", "organization")
        if (" by " in lower or " from " in lower) and (by := _TEXT_BY.fullmatch(mention)) is not None and (
                any(w[:1].isupper() for w in by.group("owner").split()) or orgish(by.group("owner").split())):
            return self.resolve(by.group("owner"), at, speakers)  # `A report by the Sahel Granary Network`: its body's
        if (text := _PRONOUN_S_TEXT.fullmatch(mention)) is not None and (
                owner := self._antecedent(_OWNER_WANTS[text.group(1).lower()], at, speakers)) is not None:
            return owner  # `Her post says`, `His letter`: whose the pronoun says
        if ("'s " in mention or "’s " in mention) and (text := _TEXT_S_PART.fullmatch(mention)) is not None:
            return self.resolve(text.group("text"), at, speakers)  # `The report's conclusion is blunt:`: the report's
        spokesperson = _SPOKESPERSON_FOR.match(mention)
        if spokesperson:
            mention = mention[spokesperson.end():]  # "A spokesman for the Home Office": the body speaks
        descriptor = self._descriptor(mention, at, speakers)
        if descriptor is not None:
            return descriptor
        if "-" in mention and (label := _PARTY_AND_SEAT.search(mention)) is not None:
            mention = mention[:label.start()]  # `Lesieli Fonua, D-West Valley City`: a party and seat, no one's name
        if "," in mention and _LISTED_NAME.fullmatch(mention):
            # a body's name with a list in it, whole: `the Ministry of Trade, Industry and Fisheries`
            return self.entity(mention.removeprefix("The ").removeprefix("the "), "organization")
        head_phrase = mention.split(",")[0]
        affiliation = _AFFILIATION.search(head_phrase)
        if affiliation:
            titled, person = name_words(head_phrase[:affiliation.start()])
            before_words = head_phrase[:affiliation.start()].split()
            if (len(person) >= 2 or person and titled and all(  # (not a peer's `Lord Nicholls of Birkenhead`)
                    t.lower().rstrip(".") in TITLE_WORDS and t.lower() not in _PEERS for t in titled)) and not orgish(
                    person):
                # "Professor Graham Wills of Coastal University", "Mr. Morgan of the Sierra Club"
                head_phrase = head_phrase[:affiliation.start()]
                if len(person) == 1:
                    mention = head_phrase  # (a surname alone: no run of the body's name is looked at for who)
            elif before_words and before_words[0].lower() in ("a", "an", "one", "another") and \
                    before_words[-1].lower() in _PERSON_ROLES and head_phrase[affiliation.end():].islower():
                # "An official at the trust" (but "a spokesperson from Icstis" says whose)
                head_phrase = mention = head_phrase[:affiliation.start()]
        if (" on " in head_phrase or " for " in head_phrase) and (body := _BODY_ON_FIELD.fullmatch(
                head_phrase)) is not None and body.group("noun").lower() in FIELD_BODY_WORDS:
            return self.entity(body.group("name"), "organization")  # `The Senate Committee on Foreign Relations`
        title, words = split_title(head_phrase)
        apposed = _APPOSED_NAME.search(mention)
        head_words = mention[:apposed.start()].split() if apposed else []
        if apposed and (head_words[0].lower() in DETERMINERS or head_words[0][:1].islower() or any(
                w.endswith(("'s", "’s")) or w.lower() in TITLE_WORDS for w in head_words)
                or mention[apposed.end():].split(None, 1)[0].lower().rstrip(".") in PERSONAL_TITLES):
            # "Her opposition counterpart, Aurelio Frane", "Farrow's barrister, Kieran Brannock": after a role, a
            # person's name in apposition says who, whatever the role reads as ("member of parliament": a body)
            first = NAME_RUN.match(mention, apposed.end())
            entity = self._entity_of_run(first.group(0), mention[max(0, first.start() - 30):first.start()]) \
                if first else None
            if entity is None and first and head_words[0].lower() in DETERMINERS and head_words[1:2] and (
                    head_words[1].islower() or head_words[1].lower() in TITLE_WORDS
                    or not orgish(head_words[1:])) and \
                    2 <= len(name := name_words(first.group(0))[1]) <= 4 + (not NAME_PARTICLES.isdisjoint(name)) and \
                    not orgish(name) and first.end() == len(mention.rstrip(" ,")):
                # "The head of the Church of Alba, Ainslie Torbain", "The Pugli Gup, Pema Wangdi": a role (in capitals
                # too, no body's name), then a name alone, whatever its first name
                entity = self.entity(" ".join(name), "person")
            if entity is not None and (entity.kind == "person" or entity.kind == "organization" and strip_possessive(
                    head_words[-1]).lower() not in _PERSON_ROLES):
                return entity  # (and a body's name after a noun for bodies: "That third party, Vantor Services")
        if words and orgish(words):
            if len(words) > 1 and words[-1].islower() and (_is_person_noun(words[-1]) or words[-1] == "member"):
                return self.entity(" ".join(words), "unknown")  # "FBI director", "board member": no body's name
            return self._organisation(words, at, speakers)
        if title and len(words) >= 2 and not orgish(words):
            # "CBS This Morning co-anchor Ana Ruiz": the name after the title, not the outlet before it
            entity = self._entity_of_words(title, words, head_phrase, max(0, head_phrase.find(words[0])))
            if entity is not None:
                return entity
        runs = _runs(mention)
        for n, (run_start, run) in enumerate(runs):
            between = mention[run_start + len(run):runs[n + 1][0]].split() if n + 1 < len(runs) else []
            if run.endswith(("'s", "’s")) and any(_is_person_noun(word.strip(",")) for word in between):
                continue  # `Ebby's mother Laurie`: the owner is not who speaks (but `Zuckoff’s 13 Hours book` is his)
            if between and all(w.islower() and w.isalpha() for w in between) and (
                    between[-1] in TITLE_WORDS or _is_person_noun(between[-1]) or _agent_noun(between[-1])):
                continue  # `Anlong Vil commune chief Kruy Sarith`: a place's or a body's role, then who holds it
            entity = self._entity_of_run(run, mention[max(0, run_start - 30):run_start], lone_first_name=True)
            if entity is not None:
                return entity
        if not words:
            return None
        capitals = next((n for n, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words))  # at the end
        if 2 <= capitals <= 3 and capitals < len(words) <= capitals + 2 and all(
                w.isalpha() and w.islower() and w not in _NOT_ROLE_WORDS for w in words[:-capitals]) and \
                not orgish(words[-capitals:]) and not any(
                    w.lower().strip(".") in TITLE_WORDS for w in words[-capitals:]):
            # `said fullback Waisea Tuilau`: a role in lower case before a name the tables do not know
            return self.entity(" ".join(words[-capitals:]), "person")
        head = strip_possessive(words[-1]).lower().strip(".,")
        if head in self.by_title and (not words[0][:1].isupper() or len(words) == 1):
            return self._title_holder(head, at)  # "the judge", a transcript's "CHAIR:" -> Judge Eleanor Whitcombe
        if len(words) == 1 and words[0][:1].isupper() and head not in NOT_NAMES:
            # a surname alone ("Sikorski said"): the full name given in the article, or the surname as it stands
            return self.entity(self.full_names.get(head) or self._inner_name(head) or strip_possessive(words[0]),
                               "person")
        first = mention.split()[0].lower()
        role_words = words[1:] if words[0].lower() in ("one", "another") else words
        if first in ("a", "an", "one", "another") and role_words and role_words[0][:1].islower() and \
                len(role_words) <= 4 and (head in _PERSON_ROLES or head in ("man", "woman") or (
                    head.endswith(_PERSON_SUFFIXES) and head.isalpha())):
            # "A woman holding a blanket said", "One woman who works in quality control", "A former line cook at
            # Ostra said": someone new and unnamed, whom the next `she` can find
            return self._unnamed_person(" ".join(role_words), _NOUN_GENDER.get(head))
        return self.entity(" ".join(words), "unknown")

    def _namesake_at(self, key: str, word: str, at: tuple[int, int]) -> Entity | None:
        """Which of the people sharing a surname a quote's mention of it alone means: the one it was placed as
        nearest the quote in its paragraph (`Sperlich said he would ... "...," Sperlich said.`)."""
        people = {id(person) for person in self._namesakes[key]}
        text = self._texts.get(at[0], "")
        first = bisect.bisect_left(self.mentions, (at[0], 0), key=lambda item: item[0])
        last = bisect.bisect_left(self.mentions, (at[0] + 1, 0), key=lambda item: item[0])
        here = [(abs(start - at[1]), entity) for (_, start), entity in self.mentions[first:last]
                if id(entity) in people and text.startswith(word, start)]
        return min(here, key=lambda item: item[0])[1] if here else None

    def _by_initials(self, initials: str) -> Entity | None:
        """The one person named in full whose initials these are."""
        names = {full for full in self.full_names.values() if len(full.split()) == len(initials)
                 and "".join(word[0] for word in full.split()) == initials and not orgish(full.split())}
        return self.entity(names.pop(), "person") if len(names) == 1 else None

    def _descriptor(self, mention: str, at: tuple[int, int],
                    speakers: list[tuple[tuple[int, int], Entity]]) -> Entity | None:
        """"the 22-year-old", "the Russian", "the spokeswoman": someone named before, not a new name."""
        words = mention.split(",")[0].split()
        if len(words) < 2 or words[0].lower() != "the":
            return None
        if orgish(words[1:]) and not (words[-1].islower() and words[-1] in self.by_title
                                      and words[-1] not in ORG_WORDS):
            return None  # (but "the SDLP councillor" is the councillor named before: a party's letters before a role)
        if len(words) >= 4 and words[2] == "of" and words[1].lower() in _PLACE_BODIES and \
                all(word[:1].isupper() for word in words[3:]):
            # `The City of Toronto`, `the province of Flevoland`: the place's government
            return self.entity(" ".join((words[1].capitalize(), *words[2:])), "organization")
        if any(is_first_name(w) and w[:1].isupper() for w in words[1:-1]) or len(words) > 4:
            return None
        head = strip_possessive(words[-1]).lower()
        if len(words) > 2 and all(w[:1].isupper() or w in NAME_PARTICLES for w in words[1:]) and \
                words[-1][:1].isupper() and head not in TITLE_WORDS:
            return None  # "the Teachers' Guild", "the Harbour Trust", "the Metro de Medellín": a name, not a role
        if _COMMA_CAPITAL.search(mention):
            return None  # "the group's lead lawyer, Omar Farouk": the name says who
        role = " ".join(words[1:])
        if (aged := _AGE_DESCRIPTION.fullmatch(role)) is not None and (person := self._one_aged(aged, at)) is not None:
            return person  # "the 16-year-old", "the teenager": the one person named before with such an age
        if (anonymous := self._anonymous_by_head(head, at)) is not None:
            return anonymous  # "the engineer": the PEDCo engineer who just asked not to be named
        if head in self.by_title:
            return self._title_holder(head, at)  # "the judge" -> Judge Eleanor Whitcombe
        if len(words) == 2 and _TITLE_OF_ROLE.get(head) in self.by_title:
            return self._title_holder(_TITLE_OF_ROLE[head], at)  # "the judge" -> Justice Ana Ruiz
        if (named := _named_role(self._named_roles, role)) is not None:
            return named  # "the managing director" -> "The managing director, Dorrett Samuda"
        if role in self.entities:
            return self.entities[role]  # "the prime minister", named as such before
        if role in _BACK_ROLES and (person := self._back_role(role, at, [
                (position, 0, entity) for position, entity in self.mentions])) is not None:
            return person  # "the witness said": the person who gives evidence, named just before
        if head in _ROLE_NOUNS or head in TITLE_WORDS:
            return self.entity(role, "person")
        if head in _GROUP_HEADS or head.endswith("s") and not head.endswith(("ss", "'s", "’s")) and \
                head not in self.full_names and len(words) <= 4:
            return self.entity(role, "unknown")  # "the smugglers": a group, not someone named before
        if head in _THING_HEADS:
            return None  # "the museum's 1904 catalogue", "the book": a text, not someone named before
        if len(words) == 2 and (body := self._body_by_head(head)) is not None:
            return self.entity(body, "organization")  # "the festival": the Körfez International Film Festival
        if len(words) == 2 and words[1][:1].isupper() and not head.endswith(_DEMONYM_ENDS):
            return self.entity(strip_possessive(words[1]), "organization")  # "the Crown", "the Kremlin": a body
        if len(words) > 2 and head in _PLACE_BODIES and all(w[:1].isupper() for w in words[1:-1]):
            return self.entity(" ".join(words[1:]), "organization")  # "the Aveyron prefecture": a named place's
        if len(words) == 2 and head in _PLACE_BODIES:
            # "the city said": the place's own government, as the article names it (`The City of Mostar`), else no
            # one we can name; never the person quoted last
            body = self._place_body(head)
            return self.entity(body, "organization") if body is not None else None
        if len(words) == 3 and words[1] in _PLACE_BODIES and head == "hall":
            # "the town hall said", as "the town said": its government, never the person quoted last
            return self.entity(self._place_body(words[1]) or " ".join(words[1:]), "organization")
        if head == "bench" and len(words) <= 3:
            # `The bench observed:`: a court's judges sitting as one speak as the court the article names (or as
            # the bench), never as the counsel quoted last
            return self.entity(self._body_by_head("court") or self._body_by_head("tribunal") or role, "organization")
        named = self._antecedent("named", at, speakers)  # "the businessman": someone named before, not a role
        if len(words) == 4 and words[2] == "of" and words[1][:1].isupper() and words[1].lower() in TITLE_WORDS and \
                words[3][:1].isupper() and not any(
                    position[0] == at[0] and entity is named for position, entity in self.mentions):
            # `A spokesperson for the Mayor of London said`: an office no one in the paragraph was named to (not `The
            # Bishop of Durham, the Rt Rev Dr Tom Wright, described`)
            return self.entity(" ".join(words[1:]), "person")
        return named

    def _one_aged(self, aged: re.Match, at: tuple[int, int]) -> Entity | None:
        """The one person named before `at` with the age a description gives (`the 16-year-old`), or of an age in
        its range (`the teenager`: 13 to 19), from `Name, 16,`, `Name, a 16-year-old` or `16-year-old ... Name`."""
        if self._ages is None:
            self._ages = {}
            for (pos, start), end, entity in self._placed:
                if entity.kind != "person":
                    continue
                text = self._texts[pos]
                given = (_AGE_AFTER.match(text, end) or _AGED_AFTER.match(text, end)) if text.startswith(", ", end) \
                    else None
                given = given or (AGE_BEFORE_NAME.search(text, max(0, start - 60), start) if "-year-old " in text[
                    max(0, start - 60):start] else None)
                if given is not None:
                    self._ages.setdefault(id(entity), int(given.group(1)))
        low, high = (int(aged.group(1)),) * 2 if aged.group(1) else (13, 19)
        named = {id(entity): entity for position, _, entity in self._placed if position < at
                 and low <= self._ages.get(id(entity), -1) <= high}
        return next(iter(named.values())) if len(named) == 1 else None

    def _place_body(self, head: str) -> str | None:
        """The one `City of Mostar`, `Province of Gelderland` (or a name of several words ending in the noun, `Lone
        Mesa Independent School District`) the article names for a place's government."""
        title = head.title()
        of_place = re.compile(rf"\b{title} of(?: the)? [{CAPITAL}][\w'’-]+(?: [{CAPITAL}][\w'’-]+)*")
        found = {match.group(0) for text in self._texts.values() for match in of_place.finditer(text)}
        if not found:
            place_s = re.compile(rf"(?<![\w'’-])(?:[{CAPITAL}][\w'’-]+ ){{1,5}}{title}\b")
            found = {" ".join(name_words(match.group(0))[1]) for text in self._texts.values()
                     for match in place_s.finditer(text)} - {title}
        return found.pop() if len(found) == 1 else None

    def _anonymous_by_head(self, head: str, at: tuple[int, int]) -> Entity | None:
        """A source kept anonymous in this paragraph or the one before, whose phrase ends in this noun."""
        if not self._anonymous:
            return None
        index = bisect.bisect_left(self.mentions, at, key=lambda item: item[0])
        for position, entity in reversed(self.mentions[max(0, index - LOOK_BACK):index]):
            if position[0] < at[0] - 1:
                break
            if id(entity) in self._anonymous and entity.name.rsplit(None, 1)[-1].lower() == head:
                return entity
        return None

    def _organisation(self, words: list[str], at: tuple[int, int], speakers: list[tuple[tuple[int, int], Entity]]
                      ) -> Entity:
        """"the ministry" -> the ministry named before (in full, or as an earlier speaker); "the group" -> the body
        named before after that noun (`Environmental group Stikstofwacht said`); else as written."""
        head = strip_possessive(words[-1]).lower().strip(".,")
        if len(words) == 1 and words[0].islower():
            earlier = [e for _, e in reversed(speakers) if e.kind == "organization"
                       and e.name.lower().split()[-1] == head]
            if earlier:
                return earlier[0]
            if head in self.full_names:
                return self.entity(self.full_names[head], "organization")
            if (named := self._named_after_noun(head, at)) is not None:
                return self.entity(named, "organization")
        return self.entity(" ".join(words), "organization")

    def _named_after_noun(self, noun: str, at: tuple[int, int]) -> str | None:
        """The last name given right after this lower-case noun before `at` (`group Stikstofwacht`), within the
        paragraphs just before."""
        for pos in range(at[0], max(-1, at[0] - 8), -1):
            text = self._texts.get(pos, "")
            end, names, start = at[1] if pos == at[0] else len(text), [], text.find(noun + " ")
            while 0 <= start < end:  # (str's search for the noun, then the name after it)
                if not text[start - 1:start].isalnum() and (name := _NAME_AFTER.match(text, start + len(noun) + 1)):
                    names.append(name.group(0))
                start = text.find(noun + " ", start + 1)
            names = [name for name in names if not is_first_name(first := name.split()[0]) and not (
                first.lower() in NOT_NAMES or first.lower() in TITLE_WORDS or first.lower() in ABBREVIATIONS
                or first.lower() in MONTHS)]  # (`police Lt. Ana Ruiz`, `a complaint Monday`: no body's name)
            if names:
                return strip_possessive(names[-1])
        return None

    def _relative_antecedent(self, at: tuple[int, int]) -> Entity | None:
        """`Ana Ruiz, who said "..."`: the name given just before the `who` nearest the quote (none when the
        antecedent is no name: `29 others who specified "..."`)."""
        text = self._texts.get(at[0], "")
        who = max((m.start() for m in _WHO.finditer(text, 0, at[1])), default=-1)  # the word, not "whole"
        if who < 0:
            return None
        index = bisect.bisect_left(self.mentions, (at[0], who), key=lambda item: item[0])
        if index and self.mentions[index - 1][0][0] == at[0] and self.mentions[index - 1][0][1] >= who - 60 and \
                self.sentence_of(self.mentions[index - 1][0]) == self.sentence_of((at[0], who)):
            (_, body_at), body = self.mentions[index - 1]
            if body.kind == "organization" and index > 1 and text.endswith((" of ", " of the "), 0, body_at) and (
                    (person_at := self.mentions[index - 2][0])[0] == at[0] and self.mentions[index - 2][1].kind
                    == "person" and _NAME_OF.fullmatch(text, person_at[1], body_at)):
                return self.mentions[index - 2][1]  # `Pastor Ana Ruiz of Osage Ford Bible Church, who`: she, not it
            return self.mentions[index - 1][1]
        return None

    def _which_antecedent(self, word: str, at: tuple[int, int], speakers: list[tuple[tuple[int, int], Entity]]
                          ) -> Entity | None:
        """`the regional land office, which said "..."`, `the Council for Sea Science, whose advice warned "..."`:
        the noun phrase before `, which` or `, whose`, resolved as a mention."""
        text = self._texts.get(at[0], "")
        which = text.rfind(", " + word, 0, at[1])
        if which < 0:
            return None
        if text[which - 1:which] == ")" and (bracket := BRACKET_BEFORE.search(text, max(0, which - 50), which)):
            which = bracket.start()  # `the Lyallpur Textile Mills Owners Association (LTMOA), which said`
        start = noun_phrase_back(text, max(0, which - 120), which)
        phrase = text[start:which].strip() if start is not None else ""
        if not phrase or phrase.lower() == "which":
            return None
        if " of " in phrase and orgish((body := phrase.rsplit(" of ", 1)[1]).split()):
            phrase, start = body, which - len(body)  # `a member of the Owners Association, which said`: the body's
        return self.resolve(phrase, (at[0], start), speakers)

    def _antecedent(self, want: str, at: tuple[int, int],
                    speakers: list[tuple[tuple[int, int], Entity]]) -> Entity | None:
        """Who a pronoun or descriptor stands for: the first fitting entity of the nearest sentence before `at`
        that has one (the subject of the last sentence, more often than the last name in it).

        "it" looks first among bodies already quoted. The look back is bounded, so time stays linear.
        """
        text = self._texts.get(at[0], "")
        if want == "thing" and (at[1] < 40 and text[:3] == "It " or text[:1] in QUOTE_OPENING_MARKS and not text[
                2:at[1]].strip(" ·,.?!\"”’'»")) and (
                document := _DOCUMENT_OPENING.match(self._texts.get(at[0] - 1, ""))) is not None:
            # `The decree divides ...` / `It says ...`, or / `"...," it says.` (the quote all that stands before)
            return self.resolve(document.group(1), at, speakers)
        if want in ("thing", "plural"):
            found = self._nearest(speakers, want, at)
            named = self._nearest(self.mentions, want, at)
            if named and (found is None or named[0] > found[0] and (
                    want == "thing" and named[2].kind == "organization" or id(named[2]) in self._singular_they)):
                # "The Football Authority said ... In its guidance, it said": a body named since (or a source the
                # writer calls `they`, named since)
                found = named
            if want == "thing" and (found is None or found[0][0] < at[0]) and (
                    body := self._saying_subject(at)) is not None:
                return body  # (a body that says something earlier in the paragraph, before one quoted before it)
            if found is None and want == "thing":
                return None
            return found[2] if found else None
        if want in ("male", "female") and (noun := _OPENING_NOUN.match(self._texts[at[0]])) is not None and (
                unnamed := next((entity for where, entity in reversed(speakers) if where < at and entity.name.islower()
                                 and entity.name.rsplit(None, 1)[-1] == noun.group(1) and _fits(entity, want)),
                                None)) is not None:
            # `"...," said a senior backend engineer who ...` ... `The engineer said she did not begrudge ...`: the
            # unnamed speaker the paragraph opens on by that noun
            return unnamed
        candidates = [c for c in (self._nearest(self.mentions, want, at), self._nearest(speakers, want, at)) if c]
        last = next((entry for entry in reversed(speakers) if entry[0] < at), None)
        if last is not None and last[0][0] == at[0] - 2 and at[1] <= 1 and want in ("male", "female") and \
                last[1].kind != "organization" and last[1].gender != want and (
                    last[1].gender is None or id(last[1]) in self._guessed or self._table_disputed(last[1])) and \
                all(c[1] < last[0] for c in candidates) and self._goes_on_as(at[0] - 1, want):
            # `"...," Supt Nandwa said.` / `He said riders ... had nothing to fear.` / `"...," he said.`: the speaker
            # quoted two paragraphs before goes on, through a paragraph of their reported speech
            self._continued.add(at[0])
            return last[1]
        if last is not None and (last[0][0] == at[0] - 1 and at[1] <= 1 or last[0][0] in self._continued) and (
                id(last[1]) in self._guessed or self._table_disputed(last[1])) and want in ("male", "female") and \
                last[1].gender != want and last[0][0] not in self._ends_asking and \
                all(c[1] < last[0] for c in candidates) and not any(
                    where[0] == at[0] - 2 and entity is not last[1] and entity.gender == want
                    for where, entity in speakers):
            # `"...," said Rowan Teasdale, an analyst.` / `"...," she said.`: the speaker quoted in the paragraph
            # before goes on in a paragraph that opens with a quote, whatever the first name's usual gender, when no
            # one else who fits was named since (and on through that paragraph); but not after `"...?" Wambolt
            # asked.` (the one asked answers), nor when one of that gender spoke the turn before, as at a hearing
            self._continued.add(at[0])
            return last[1]
        if want in ("male", "female") and all(c[1][0] < at[0] for c in candidates) and (
                opener := self._paragraph_subject(at)) is not None and opener.gender != want:
            # `Gul Rehmat, 38, a labourer ..., said he earned ... "...," he said.`: the one person a paragraph opens
            # on speaks on in it, whatever gender the first-name table gives (`Gul`, `Nana`), rather than someone
            # of the pronoun's gender from a paragraph before
            self._text_gender(opener, want)
            return opener
        if want in ("male", "female") and self._texts.get(at[0], "")[:1] in QUOTE_OPENING_MARKS and all(
                c[1][0] < at[0] - 1 for c in candidates) and (
                    opener := self._previous_opener(at[0], want)) is not None and opener.gender != want:
            # `Jone Rokodulu, who also scored, was smiling in the tunnel.` / `"...," he said.`: the one person the
            # paragraph before opens on speaks in the quote that opens the next, whatever the table guessed (`Jone`)
            self._text_gender(opener, want)
            return opener
        if not candidates:
            if want in ("male", "female") and last is not None and last[0][0] >= at[0] - 1 and (
                    last[1].kind == "unknown" and " " in last[1].name and last[1].name.istitle()
                    or self._table_disputed(last[1]) and last[1].gender != want):
                # `"...," Dorival Nepomuceno told reporters.` / `He said ...`: no one of the pronoun's kind at all,
                # and the name just quoted, whose first name no table knows (or whose gender the tables dispute), is
                # the one who can be a he or she
                return last[1]
            return None
        nearest = max(sentence for sentence, _, _ in candidates)
        chosen = min((c for c in candidates if c[0] == nearest), key=lambda c: c[1])[2]
        if chosen.gender is None and want in ("male", "female") and chosen.kind == "person" and nearest[0] == at[0] \
                and next((position for position, entity in self.mentions if entity is chosen), (-1,))[0] == at[0]:
            # `Zoilo Barroso, 44, ..., said ... "...," he said.`: the pronoun of the paragraph that introduces them
            # says it, and a she later is someone else
            chosen.gender = want
        return chosen

    def _table_disputed(self, person: Entity) -> bool:
        """Is this person's gender only the first-name table's, for a name the tables give both (`Rafa`, `Rand`)?"""
        return id(person) in self._by_table and first_name_is_contested(person.name.split()[0])

    def _saying_subject(self, at: tuple[int, int]) -> Entity | None:
        """A name no one placed that opens a sentence before `at` in its paragraph and says something (`Deutsche
        Bahn said it had run buses. It called the strike "..."`): the body `it` means, unless it is a person's."""
        text = self._texts.get(at[0], "")
        starts = self.starts(at[0])
        for start in reversed(starts[:self.sentence_of(at)[1] + 1]):
            if (noun := _BODY_NOUN_SAYS.match(text, start, at[1])) is not None and noun.group(1) in ORG_WORDS and \
                    noun.group(2) in SPEECH_VERBS:
                # `The ministry said in its statement that ... It said the old stop did not meet "..."`: the body
                # (`The council's statement said ... It said`: the statement, the council's)
                return self.resolve(noun.group(0).rsplit(None, 1)[0], (at[0], start), [])
            subject = _SAYING_SUBJECT.match(text, start, at[1])
            if subject is None or subject.group("verb") not in SPEECH_VERBS or subject.group("verb").endswith(
                    "ing") or subject.group("name").lower() in PRONOUNS:
                continue  # (`It said it had paved the road.`: the sentence before says who)
            words = subject.group("name").split()
            if words[0].lower() in NOT_NAMES or words[0].lower() in DETERMINERS:
                continue  # (`These figures show`, `A spokesman said`: no body's name)
            if text.startswith(" in a statement", subject.end()) and not is_first_name(words[0]) and (
                    plan := self._plans.get(subject.group("name"))) is not None and plan[0] == "person" and \
                    (issuer := self.entities.get(plan[1])) is not None and issuer.gender is None:
                issuer.kind = "organization"  # `Palmaris Óleos said in a statement ...`: a body, whatever its name
                return issuer
            if self._plans.get(subject.group("name")) is not None or is_first_name(words[0]) or \
                    self._person_name(words, False) is not None:
                return None
            body = self.entity(" ".join(words), "organization")
            if body.kind == "person" and body.gender is None and len(words) == 1:
                body.kind = "organization"  # (`Andesur said in a statement ...` quoted before, as no one knew what)
            return body if body.kind != "person" else None
        return None

    def _goes_on_as(self, pos: int, want: str) -> bool:
        """Paragraph `pos` opens on the pronoun wanted and names no one: `He said riders whose papers were in order
        had nothing to fear.` between a quote of Supt Nandwa's and the next (`Hillary`: a woman's name in the table)."""
        if not self._texts.get(pos, "").startswith("He " if want == "male" else "She "):
            return False
        first = bisect.bisect_left(self.mentions, (pos, 0), key=lambda item: item[0])
        return first == len(self.mentions) or self.mentions[first][0][0] != pos

    def _previous_opener(self, pos: int, want: str) -> Entity | None:
        """The one person named in the paragraph before `pos`, when it opens on them and their gender is only
        guessed from the first name, or only the table's and the paragraph calls them by the pronoun wanted
        (`Hédi Boudhina, 61, has fished since he was 15.`: the table's `Hédi` is a woman's)."""
        first = bisect.bisect_left(self.mentions, (pos - 1, 0), key=lambda item: item[0])
        last = bisect.bisect_left(self.mentions, (pos, 0), key=lambda item: item[0])
        people = {id(entity): (position, entity) for position, entity in self.mentions[first:last]
                  if entity.kind == "person"}
        if len(people) != 1:
            # (others named only after a preposition are no subjects: `Teddy Nansubuga, 52, who farms across the
            # road from Sserunkuuma, lost all 250 of her trees`)
            ordered = sorted(people.values(), key=lambda item: item[0])
            if not ordered or ordered[0][0][1] != 0 or not all(
                    _word_before(self._texts[pos - 1][max(0, at - 20):at]) in _PLACE_BEFORE
                    for (_, at), _ in ordered[1:]):
                return None
            people = {id(ordered[0][1]): ordered[0]}
        position, entity = next(iter(people.values()))
        before = self._texts[pos - 1][:position[1]]
        inverted = before.endswith((" was ", " were ")) and "," not in before and "." not in before
        # (the role may stand in apposition before the name: `The creamery's operations manager, Dewi Parry, said`)
        words = before.removesuffix(", ").split()
        role = max((i for i, word in enumerate(words) if _is_person_noun(word) or _agent_noun(word)), default=-1)
        # (or the name a source gave: `At the hydrant, a driver who gave his name only as Gul Khan said`)
        given = position[1] != 0 and _given_before(before[-40:]) is not None
        if position[1] != 0 and not inverted and not given and not all(
                word[:1].isupper() or word in _OF_A_ROLE or _is_person_noun(word) or _agent_noun(word)
                or word[:1] == "(" and word[1:2].isupper()  # (a rank's initials: `Divisional Officer (DO1)`)
                or i < role and strip_possessive(word).isalpha() and word.islower() and word not in NOT_NAMES
                for i, word in enumerate(words)):
            return None  # (a role may stand before the name: `Bureau of Meteorology forecaster Laurie Bawden`, with
            # its own words: `Rural Producers Federation dairy spokesperson Toni Wrightson`)
            # (or an inverted subject: `Among those waiting outside was Vesa Turunen, 17, who ...`)
        if id(entity) in self._guessed:
            return entity
        pronouns = [p.group(0).lower() in _MALE_PRONOUNS for p in _GENDERED.finditer(self._texts.get(pos - 1, ""))]
        # (a first name the tables give both genders, `Toni`, needs no pronoun of the paragraph before to say so)
        return entity if id(entity) in self._by_table and position not in self._not_acting and (
            pronouns or inverted or self._table_disputed(entity)) and all(
            male == (want == "male") for male in pronouns) else None

    def _paragraph_subject(self, at: tuple[int, int]) -> Entity | None:
        """The one person named in the paragraph before `at`, when a sentence before the pronoun's opens with them
        and reports speech, their gender is only the first-name table's, and no pronoun of that gender follows them
        (`Khan told a news channel on her phone:` holds her gender), nor a subject of their own after the verb
        (`Richards said the complainant was so drunk that she ...`)."""
        first = bisect.bisect_left(self.mentions, (at[0], 0), key=lambda item: item[0])
        last = bisect.bisect_left(self.mentions, at, key=lambda item: item[0])
        people: dict[int, tuple[tuple[int, int], Entity]] = {}
        for position, entity in self.mentions[first:last]:
            if entity.kind == "person":
                # (where they first stand: `The sub-divisional officer of the irrigation department, Rana Shabbir
                # Traggar, said`, the role they are named in apposition to)
                people.setdefault(id(entity), (position, entity))
        if len(people) != 1:
            return None
        position, entity = next(iter(people.values()))
        starts = self.starts(at[0])
        sentence = self.sentence_of(position)[1]
        if id(entity) not in self._by_table or not all(
                word[:1].isupper() or word.lower() in TITLE_WORDS or word[-1:] == "," and _is_person_noun(word[:-1])
                for word in self._texts[at[0]][starts[sentence]:position[1]].split()):
            return None  # (the subject: the sentence opens with the name, or with its title: `UDW national officer`,
            # `Tsang's counsel, Gigi Koo Wing-sze, said`)
        if sentence >= self.sentence_of(at)[1]:
            return None  # `Kavanaugh was a "mean drunk," she stated.`: no subject of a sentence before
        text = self._texts[at[0]]
        end = starts[sentence + 1]
        # (a name whose gender is only guessed, `Jone`, speaks on after any verb: `Jone Rokodulu ... was smiling`)
        if not (_REPORTS.search(text, position[1], end) or id(entity) in self._guessed) or (
                # (`Richards said the complainant was so drunk that she ...`: the pronoun is the new subject's)
                _NEW_SUBJECT_REPORTED.search(text, position[1], end) and _GENDERED.search(text, position[1], end)
        ) or any(
                (word.group(0).lower() in _MALE_PRONOUNS) == (entity.gender == "male")
                for word in _GENDERED.finditer(text, position[1], at[1])):
            return None
        return entity

    def _nearest(self, source: list[tuple[tuple[int, int], Entity]], want: str,
                 at: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int], Entity] | None:
        """(sentence, position, entity): the first fitting entity in the nearest sentence of `source` before `at`."""
        best = named = carried = None
        index = bisect.bisect_left(source, at, key=lambda item: item[0])
        for position, entity in reversed(source[max(0, index - LOOK_BACK):index]):
            sentence = self.sentence_of(position)
            if best is not None and sentence < best[0]:
                if carried is not None or named is not None and named is not best or not self._pronoun_goes_on(
                        best[1], want):
                    break
                # `After the count, he walked across and shook Hanselmann's hand.`: that sentence's own `he` goes
                # on with someone before it, and the possessive is not who acts (nor the name in a clause after
                # `He said ...,`); look one sentence further
                carried, best, named = best, None, None
            if (_fits(entity, want) or want == "plural" and id(entity) in self._singular_they if want != "named"
                    else entity.kind == "person" and id(entity) not in self._unnamed) and \
                    not self._asker(position, sentence, at):
                best = (sentence, position, entity)
                if id(entity) not in self._unnamed and position not in self._not_acting:
                    named = best
        # `A retired captain known as "the Admiral," Gerald Trewin, ...`: the name over the role it gives, and
        # `Farrow's barrister, Kieran Brannock, ...`: the name that acts over the one in a possessive; but a source
        # kept anonymous is no one named later (`A fisherman, who did not give his name, said Ravnanger had ...`)
        if best is not None and id(best[2]) in self._anonymous:
            return best
        return named or (carried if carried is not None else best)

    def _asker(self, position: tuple[int, int], sentence: tuple[int, int], at: tuple[int, int]) -> bool:
        """Is the name in its sentence's opening question, `Asked by X whether ...,` (not who answers)?"""
        text = self._texts.get(position[0], "")
        start = self.starts(position[0])[sentence[1]]
        # (in apposition too, `Asked by counsel for the inquiry, Rónán Daveney SC, what happened next, he replied`,
        # for the answer in that sentence)
        if text.startswith(_ASKED_BY, start):
            return "," not in text[start:position[1]] or self.sentence_of(at) == sentence and _PRONOUN_ANSWERS.match(
                text, position[1], position[1] + 200) is not None
        # (or in the opening phrase of a participle in the pronoun's own sentence: `Speaking in Bajau through
        # Nurhayati, she said:` is not Nurhayati)
        return at[0] == position[0] and self.sentence_of(at) == sentence and _OPENING_PARTICIPLE.match(
            text, start) is not None and "," not in text[start:position[1]] and _PRONOUN_ANSWERS.match(
            text, position[1], position[1] + 200) is not None

    def _pronoun_goes_on(self, named: tuple[int, int], want: str) -> bool:
        """Does a subject pronoun of this gender stand before the name in a possessive or a comparison, in its
        sentence, or open the sentence whose clause after a comma holds the name (`He said the band last played in
        2019, when Okelola insisted on standing.`)?"""
        if want not in ("male", "female"):
            return False
        text = self._texts.get(named[0], "")
        start = self.starts(named[0])[self.sentence_of(named)[1]]
        if named not in self._not_acting:
            return text.startswith(_OPENING_PRONOUN[want], start) and \
                _CLAUSE_AFTER_COMMA.search(text, start, named[1]) is not None
        pronoun = _SUBJECT_PRONOUN[want].search(text, start, named[1])
        return pronoun is not None
_OPENING_PRONOUN = {"male": "He ", "female": "She "}
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:when|while|after|before|because|until|since|as|where|though|although)\s")
_OPENING_PARTICIPLE = re.compile(r"(?!During\b|According\b|Notwithstanding\b)[A-Z][a-z]{2,}ing\s")
_PRONOUN_ANSWERS = re.compile(r"[^.!?]*?,\s+(?:he|she|they|I|we)\s+[a-z]")  # the answer's subject after the question
_OF_A_ROLE = {"of", "the", "and", "for"}  # the small words of a body's name before a role: `Bureau of Meteorology`


_PEERS = {"lord", "lady", "baron", "baroness"}
_NAME_AFTER = re.compile(rf"[{CAPITAL}][\w'’-]*(?: [{CAPITAL}][\w'’-]*){{0,4}}")
_NAME_WORDS = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
_LISTED_NAME = re.compile(rf"(?:[Tt]he )?(?:[A-Z][\w'’-]* )+of (?:{_NAME_WORDS}, )+(?:{_NAME_WORDS},? )?"
                          rf"and {_NAME_WORDS}")
# a paragraph that opens on a document, which the next calls `it`
_DOCUMENT_OPENING = re.compile(r"(The (?:[a-z-]+ )?(?:" + "|".join(sorted(DOCUMENT_WORDS | {
    "judgment", "judgement", "order", "bill", "law", "regulation"})) + r"))\s")
_OPENING_NOUN = re.compile(r"The ([a-z][a-z-]+) (?:said|says|told|added|insisted|agreed|recalled)\b")
_AGE_DESCRIPTION = re.compile(r"(\d{1,3})-year-old|teen(?:ager)?")
_AGED_AFTER = re.compile(r", an? (\d{1,3})-year-old\b")  # `Yekosofati Ssebbowa, a 67-year-old father of eleven,`
_NOT_ROLE_WORDS = DETERMINERS | NOT_NAMES | {"like", "than", "one", "another", "former", "said", "says"}


# the endings of nouns for a people's or a party's members (`the Russian`, `the Dutchman`, `the Israeli`, `the
# Democrat`): someone named before, unlike a body's one-word name after `the` (`the Crown`, `the Times`)
_DEMONYM_ENDS = ("an", "ese", "man", "woman", "i", "er", "ite", "ish", "ine", "ist", "crat")


def _fits(entity: Entity, want: str) -> bool:
    if want in ("male", "female"):
        return entity.kind == "person" and entity.gender in (None, want)
    if want == "person":
        return entity.kind == "person"
    return entity.kind != "person"


def resolve_speakers(paragraphs: Sequence[Paragraph], quotes: Sequence[Quote], writers: Sequence[str] = ()
                     ) -> list[Quote]:
    """Fill `speaker` and `speaker_kind` of each speech quote from its mention. An `I` outside the quotes is the
    writer's: the article's one author, or no one we can name (never a name of the text before it)."""
    if not any(quote.kind != "scare" and quote.speaker_mention for quote in quotes):
        return list(quotes)  # nobody to resolve: the article's names need not be read at all
    context = _ArticleContext(paragraphs, quotes, writers)
    speakers: list[tuple[tuple[int, int], Entity]] = []
    resolved = []
    block: tuple[int, str | None, Entity | None] = (-2, None, None)  # the block quote before: paragraph, mention, who
    for quote in quotes:
        entity = None
        if quote.kind == "block" and block[:2] == (quote.paragraph_position - 1, quote.speaker_mention):
            # a block of several paragraphs after one lead-in (`The letter reads:`) is one speaker's, read where
            # the block starts: its later paragraphs stand further from the sentence that says whose it is
            entity = block[2]
            if entity is not None:
                speakers.append(((quote.paragraph_position, quote.char_start), entity))
        elif quote.kind != "scare" and quote.speaker_mention:
            at = (quote.paragraph_position, quote.char_start)
            entity = context.resolve(quote.speaker_mention, at, speakers)
            if entity is not None:
                speakers.append((at, entity))
        if quote.kind == "block":
            block = (quote.paragraph_position, quote.speaker_mention, entity)
        if entity is None and quote.speaker is None and quote.speaker_kind is None:
            resolved.append(quote)  # unchanged: no copy needed
        else:
            resolved.append(changed(quote, speaker=(entity.label or entity.name) if entity else None,
                                    speaker_kind=entity.kind if entity else None))
    return resolved


def _runs(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in NAME_RUN.finditer(text)]
