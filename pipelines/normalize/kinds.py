"""What a quoted stretch is: a speaker's words in full (direct), words inside the writer's sentence (partial),
or a name, a title, a term or words as words that nobody says (scare), from the words around it.

Pure functions of the text before and after the quote; `quotes.py` pairs the marks and calls `quote_kind`.
"""

from __future__ import annotations

import re

from pipelines.normalize.attribution import PUT_AT, cue_in, judged_by
from pipelines.normalize.lexicon import (
    DETERMINERS,
    ENGLISH_MONTHS,
    ORG_WORDS,
    PARTIAL_GOVERNORS,
    SPEECH_VERBS,
    TITLE_WORDS,
    WEEKDAYS,
    word_alternation,
)
from pipelines.normalize.names import is_first_name
from pipelines.normalize.phrases import ARTICLES, BE_FORMS, FORWARD_STOPS, SUBORDINATORS, WORD

TERMINAL = set(".!?…")
SCARE_MAX_WORDS = 4
LINKING = {"it", "them", "him", "her", "this", "that", "these", "those", "for", "on", "about", "to", "as", "of",
           "be", "was", "is", "what", "which", "us", "me", "you"}
NICKNAMING = {"so-called", "dubbed", "nicknamed", "christened", "known", "titled", "entitled", "named", "branded",
              "headed", "captioned", "remembered"}
_NAMES_AN_OBJECT = {"dubbed", "nicknamed", "named", "christened"}
_NAMING_STEMS = ("called", "dubbed", "named", "christened", "know", "titled", "branded", "headed", "captioned",
                 "remembered")  # (`know` is also `known`'s, and `what growers know as`)

_TERMINAL_OR_COMMA = TERMINAL | {","}
# words that follow the close of a quote, never a noun it modifies nor one a plural possessive owns
CLOSING_WORDS = FORWARD_STOPS | SUBORDINATORS | BE_FORMS | ARTICLES | {
    "or", "nor", "than", "so", "then", "said", "says", "he", "she", "they", "it", "we", "i", "you", "has", "have",
    "had", "will", "would", "can", "could", "into", "over", "against", "now", "again", "instead"}
_ATTRIBUTED_AFTER = re.compile(r"^\s*,?\s*[—–-]?\s*\S")
# a reporting verb and its subject right after the quote: `"Ask me in March," she said.`
_SAID_AFTER = re.compile(r"\s*(?:(?:he|she|they|we|I|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:[a-z]+ly\s+)?"
                         r"(?:said|says|told|tells|added|adds|asked|asks|replied|replies|wrote|writes|explained"
                         r"|insisted|recalled|laughed|joked|shouted|declared)\b"
                         r"|(?:said|says|added|asked|replied)\s+(?:he\b|she\b|[A-Z]))")
_WORD_AS_WORD = re.compile(r"\b[Tt]he\s+(?:word|term|phrase|expression)\s*$")
_TITLE_NAMED_BEFORE = re.compile(r"\b(?:under|with|bearing|carrying)\s+the\s+title$")
_CALLS_SOMEONE = re.compile(r"\bcall(?:s|ed)?\s+[A-Z][\w'’-]+$")  # `She calls Todacheene "...," my older brother`
_CALL_NAME = re.compile(r"\bcall(?:s|ed|ing)?(?:\s+(?:the\s+|its\s+|this\s+)?[a-z]+)?$")  # calling the dispute


def _calls_by_name(lead: str) -> bool:
    """Does the writer's sentence end in a verb of calling, with perhaps its object (`calls its project`)?"""
    # (str's search first: the pattern is tried at every position of the sentence, and most have no `call`)
    return "call" in lead and _CALL_NAME.search(lead) is not None


_DESCRIPTION_AFTER = re.compile(r"\s+(?:an?|the)\s+[a-z]")
# `, called the`, or a thing's name after `a ... called` (`a WhatsApp group called "Begonya 2.0."`: named, not calling)
# (not `a plan the mayor called`, `a conclusion she called`: a clause with a subject of its own, the subject's words)
_CALLED_AT_END = re.compile(r"(?:,\s*|\b[Aa]n?\s+(?:(?!(?:the|he|she|they|it|we|i|you|his|her|their|its|our|has|have"
                            r"|had|was|were|is|are|who|which|that)\s)[\w'’-]+\s+){0,3}?"
                            r"(?!(?:he|she|they|it|we|i|you)\s)[a-z][\w'’-]*\s+)called\s+(?:the\s+)?$")


def quote_kind(inner: str, before: str, after: str, reported: bool) -> str:
    """direct, partial or scare, from the quote's words and where it stands in its sentence.

    `reported`: a reporting verb with a subject comes before the quote in its sentence (`X said that ...`).
    A short phrase is someone's words (partial) when a reporting verb introduces it; a title, a nickname or a
    phrase with no source is a scare quote.
    """
    letters = inner.lstrip(".…[( ")
    starts_upper = bool(letters) and (letters[0].isupper() or letters[0].isdigit())
    ends_terminal = inner.rstrip()[-1:] in _TERMINAL_OR_COMMA
    lead = before.rstrip()
    attributed_after = bool(_ATTRIBUTED_AFTER.match(after)) and (
        ends_terminal or after.lstrip()[:1] in (",", "—", "–", "-"))
    short = not more_words(inner, SCARE_MAX_WORDS)
    if after[:2] == " (" and not ends_terminal and not more_words(inner, 10) and _TITLE_GLOSS_AFTER.match(after):
        return "scare"  # a title with its translation in title case: `"Kurumi no Ki" (Under the Walnut Tree)`
    if not more_words(inner, 8) and inner.rstrip()[-1:] not in TERMINAL and _GLOSS_MEANING_AFTER.match(after) and (
            _TERM_NOUN_BEFORE.search(lead[-24:]) or lead.endswith(":") and _TERM_NOUN_BEFORE.search(lead[-160:])):
        # a word or a saying and what it means: `a word in Sheng for it: "ngori", meaning dangerous`, `lived by the
        # saying "...," meaning` (not `called the plan "unworkable," meaning it would go`: the caller's words)
        return "scare"
    if short and _is_name(inner) and _VEHICLE_BEFORE.search(lead[-24:]):
        return "scare"  # a boat's or an animal's name: `its inspection boat "Sjøglimt" saw the tear`
    # (with no words before it, no name is apposed and no sign read: nearly half the quotes open their sentence)
    if lead and ((short or not more_words(inner, 8) and is_title(inner)) and _apposed_name(inner, lead, after)
                 or _signed(before)) or _IDENTIFIER.fullmatch(inner):
        return "scare"  # (and a name of a machine's: an account "legacy_support", a folder "kyc-temp-do-not-use")
    if lead and not more_words(inner, 3) and inner.rstrip()[-1:] not in TERMINAL and (
            _inside_a_name(inner, lead, after) or _is_name(inner) and _ALIAS_BEFORE.search(lead[-40:])):
        return "scare"  # a nickname inside a name, `Alberto "el Turco" Nasif`; a pseudonym, `who posts as "..."`
    if short and inner.rstrip()[-1:] not in TERMINAL and lead.endswith(_SLOGAN_NOUNS) and \
            _SLOGAN_NOUN_AT_END.search(lead[-40:]):
        return "scare"  # `raised $38,000 under the slogan "Gardons notre aréna"`: a slogan named by its noun
    if lead.endswith(("refrain", "chorus", "refrain,", "chorus,")) and _REFRAIN_BEFORE.search(lead[-30:]):
        return "scare"  # `took up the boat song's refrain "Thithithara thithai"`: a song's words, no one's speech
    if not lead or lead.endswith((",", ":", "—", "–")) or lead[-1:] in "([":
        if lead.endswith((",", ":")) and _SLOGAN_BEFORE.search(lead[-90:]) and not more_words(inner, 12):
            return "scare"  # `answered with their own slogan, "Sin cobre no hay Calama."`: a slogan after its noun
        if lead.endswith(",") and not ends_terminal and not more_words(inner, 8) and _WORK_BEFORE.search(lead[-24:]):
            return "scare"  # `the school song, "Kumo no Ue no Gakko" (School Above the Clouds), would be sung`
        if short and not (not lead and ends_terminal and _SAID_AFTER.match(after)) and (
                is_title(inner) or _named(before, inner) or (
                not ends_terminal and not (lead.endswith((",", ":")) and cue_in(lead)))):
            return "scare"  # (but `"Ask me in March," she said.` is speech, whatever its capitals)
        if starts_upper or (not lead and attributed_after):
            return "direct"
        return "partial"
    if lead.endswith(" title") and _TITLE_NAMED_BEFORE.search(lead[-20:]) and not more_words(inner, 20):
        # `published under the title "Déneigement et déglaçage ..."`: a title, whatever its case (not `a memo
        # titled "..."`: PolNeAR gives a memo's title to its writer as a quote)
        return "scare"
    if is_title(inner) or lead.endswith(("its", "their")) and _POSSESSED_SLOT.search(lead[-8:]) and is_title(
            inner.rstrip().rstrip(".")):
        return "scare"  # "Politics and the English Language", "The Salt Orchard", its "Zero Landfill Promise."
    if not short:
        if inner.rstrip()[-1:] == "." and not more_words(inner, 8) and _calls_by_name(lead) and _is_name(
                inner.rstrip()[:-1]):
            return "scare"  # `calls its project “Green Metals from the North.”`: a name, the full stop the sentence's
        if starts_upper and inner.rstrip()[-1:] in TERMINAL and (reported or governed(before)):
            return "direct"
        if not more_words(inner, 8) and inner.rstrip()[-1:] not in TERMINAL and (
                _NAME_GIVEN_AT_END.search(lead[-30:]) and (_named(before, inner) or _SOLD_AS.search(lead[-80:]))
                or _is_name(inner) and (_calls_by_name(lead) or _named(before, inner))
                or _habit_of_naming(before)):
            # a longer name after an explicit naming: `known in the club as "the one who turned back"`, `whom
            # residents still call "the Old Lady of the Harbour"`
            return "scare"
        return "partial"
    if _named(before, inner) or _calls_by_name(lead) and _is_name(inner) or _named_around(inner, lead, after) or \
            _LABELLED.search(lead[-40:]) or (" call " in lead[-40:] or lead.endswith((" call", " called"))
                                             or " called " in lead[-40:]) and \
            _GROUP_CALLS.search(lead[-160:]) or lead.endswith((" the", " calling")) and "calling" in lead[-160:] and \
            _GROUP_CALLING.search(lead[-160:]):
        return "scare"  # "The Salt Orchard", known as "the Ghost", the so-called "peace dividend", calls "the Furnace"
    if reported or governed(before) or lead.endswith(" at") and PUT_AT.search(lead[-60:]):
        # called the bill "a disgrace"; she said it had "irrefutable evidence"; put the losses at "not less than ..."
        return "partial"
    return "scare"



# a translation in brackets in title case, two words or more: a title's (`(Under the Walnut Tree)`, `(School Above the
# Clouds)`), not a sentence's (`(I am not leaving)`)
_TITLE_GLOSS_AFTER = re.compile(r"\s\((?:The |A |An )?[A-Z][\w'’-]*(?: (?:of|the|a|an|and|in|on|at|to|for|under|over|by"
                                r"|with|from|no|[A-Z][\w'’-]*))+\)")
# (or a translation in brackets: `"ppalli-ppalli" (hurry-hurry) time`, but not `(sic)`)
_GLOSS_AFTER = re.compile(r"^[\s,]*(?:[(—–-]?\s*(?:meaning|which\s+means|i\.e\.|that\s+is,"
                          r"|which\s+(?:roughly\s+|loosely\s+|literally\s+)?translates|literally|roughly\s+translated"
                          r"|(?:slang|shorthand|short|jargon|argot)\s+for)\s"
                          r"|\((?!sic\))[a-z][\w'’-]*(?:\s[a-z][\w'’-]*){0,3}\)"
                          # (or a title's: `"Kumo no Ue" (School Above the Clouds)`)
                          r"|\s\([A-Z][a-z][\w'’-]*(?:,?\s[\w'’-]+){1,5}\))")  # (`(Take care, children)`)
# what a word means, right after it: `"ngori", meaning dangerous`, `"nhất cận thị, nhị cận giang," meaning ...`
_GLOSS_MEANING_AFTER = re.compile(r"[\s,]*(?:meaning|which\s+means|literally)\s")
_TERM_NOUN_BEFORE = re.compile(r"\b(?:an?|the|their|its|old)\s+(?:[\w-]+\s+)?(?:word|term|phrase|expression|saying"
                               r"|proverb|adage|motto|slogan|greeting|chant|name|nickname)\b(?:\s+in\s+[A-Z]\w+)?")
# a named boat, vehicle or animal: `the trawler "Kestrel"`, `its inspection boat "Sjøglimt"`
_VEHICLE_BEFORE = re.compile(r"\b(?:boat|ship|vessel|trawler|ferry|yacht|tug|tugboat|barge|dinghy|launch|canoe|aircraft"
                             r"|plane|helicopter|locomotive|engine|horse|mare|stallion|dog|bull|cow|robot|drone)$")
# a lower-case explanation in brackets, however long
# (not `(sic)`, a speaker's aside `(he said)`, nor the writer's own clause: `"rapists" (although he allowed that ...)`)
_LONG_GLOSS_AFTER = re.compile(r"\s\((?!sic\)|(?:" + "|".join(sorted(SUBORDINATORS | FORWARD_STOPS | {
    "he", "she", "they", "we", "i", "you", "it", "who", "which", "as", "not", "also", "even", "or", "and"})) + r")\s)"
    r"(?:the\s+|an?\s+)?[a-z][\w'’-]*(?:\s[\w'’,-]+){4,24}\)")
# a term explained by what happens under it, after a comma: `a "managed practice", in which the board employs`
_IN_WHICH_AFTER = re.compile(r"[\s,]*(?:in|under)\s+which\s")
# one token that no one says: an underscore, or three or more lower-case parts joined by hyphens or dots
_IDENTIFIER = re.compile(r"[\w.-]*_[\w.-]*|[a-z0-9]+(?:[-.][a-z0-9]+){2,}|[#@]\w+")  # and a hashtag, a handle
_A_NAME_AFTER = re.compile(r"^[\s,]*(?:[a-z]+,\s+|[a-z]+\s+being\s+)?(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:name|nickname|label|term"
                           r"|phrase"
                           r"|slogan|epithet|"
                           r"moniker|byword|catchphrase|word|expression|category|code|heading)\b")
# a label put on a thing: `coded "administratively closed"`, `have labelled the "red ring"` (not `labelled the plan
# "a disaster"`, where a noun stands between, nor `a box labeled "medical problem"`: PolNeAR counts both as words)
_LABELLED = re.compile(r"\b(?:(?:coded|codes|classed|classified|filed|stamped|tagged|flagged)"
                       r"(?:\s+as)?(?:\s+(?:the|an?))?"
                       # (`listed in federal reviews as "imminently threatened"`, `cases the HSE lists as`)
                       r"|(?:registered|listed|lists|designated|categori[sz]ed)(?:\s+[^,.;:\"“”]{1,40}?)?\s+as"
                       r"|labell?ed\s+(?:as\s+)?the)$")
_SOLD_AS = re.compile(r"\b(?:sold|marketed|branded|billed|bills|markets|brands|advertised|advertises|packaged|promoted"
                      r"|promotes|launched)\b[^,.;:]{0,40}?\bas"
                      r"(?:\s+(?:the|an?))?$")
_MODIFIED_NOUN = re.compile(r"^\s([a-z]{3,})\b")
# a determiner or a possessive, and perhaps one adjective, right before the quote: a slot for a modifier
_MODIFIER_SLOT = re.compile(r"(?:^|\s)(?:its|the|their|his|her|our|a|an|this|new)$", re.IGNORECASE)


def _named_around(inner: str, lead: str, after: str) -> bool:
    """A name or a term by what stands around it: `still called the "lamb-thief," a name ...`, a product `sold to
    organisers as "CrowdSight,"`, a name as a modifier (`its "Glide" range of bikes`)."""
    if _A_NAME_AFTER.match(after) or _GLOSS_AFTER.match(after) or _TERM_AFTER.match(after) or (
            inner.endswith(",") or after[:1] == ",") and _IN_WHICH_AFTER.match(after) or (
            (not more_words(inner, 1) or not more_words(inner, 3) and inner.islower())
            and _OR_GLOSS_AFTER.match(after)):
        # (`will be "taught out", meaning they can finish`: a term the writer explains; `"makorokoza", as illegal
        # gold panners are known`; the `"polluter pays" principle`; `a "Notfahrplan", or emergency timetable,`)
        return True
    if after[:2] == " (" and " " not in inner.strip() and inner[-1:].isalpha() and _LONG_GLOSS_AFTER.match(after):
        return True  # one word and what it means in brackets: `pointed to "Tarifautonomie" (the freedom of unions ...)`
    if (inner.endswith(",") or after[:1] == ",") and not more_words(inner, 3) and (
            inner[:1].islower() or " " not in inner.strip() and _DETERMINER_BEFORE.search(lead[-24:])) and \
            not any(c.isdigit() for c in inner) and \
            (described := _DESCRIBED_AFTER.match(after)) and (described.group("who") or _DETERMINER_BEFORE.search(
                lead[-24:]) or _calls_by_name(lead) or _CALLS_SOMEONE.search(lead[-40:])) and \
            not _CALLED_IT.search(lead) and not _REPORTED_IN.search(
                " ".join(described.group(0).split()[:5])):  # (`, the minister said.`; not `... officers demand.`)
        # a term the writer explains at once: `when the "camanchaca," the thick coastal fog, sits`, `what they called
        # "y safle canol", the middle site,`
        return True
    if inner.endswith(",") and inner[:1].islower() and not more_words(inner, 3) and _calls_by_name(lead) and (
            gloss := _BARE_GLOSS_AFTER.match(after)) and not _REPORTED_IN.search(gloss.group(0)) and not any(
            w.endswith(("ing", "ed")) for w in gloss.group("words").split()):
        return True  # a term and, at once, what it means: `what the city calls "uang kerahiman," compassion money,`
    if not _is_name(inner):
        return False  # (a lower-case word in that slot is mostly someone's: `a "significant" step`, he said)
    if _SOLD_AS.search(lead[-80:]):
        return True
    noun = _MODIFIED_NOUN.match(after) if inner[-1:].isalnum() and _MODIFIER_SLOT.search(lead) else None
    # (a word in -ed or -ing is mostly the verb the name is subject of, but after an owner an adjective: `its
    # "Suvarna" fixed deposit scheme`)
    return noun is not None and noun.group(1) not in CLOSING_WORDS and (
        not noun.group(1).endswith(("ed", "ing")) or lead.endswith(("its", "their"))) \
        and noun.group(1) not in SPEECH_VERBS


# a term's slot and what it is, in apposition: `their own "mama kit", a bag with gloves, ...` (but `called it a "coastal
# gothic," a label ...` is the critics' word)
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:(?:the|a|an|their|its|his|her|our|[a-z]+['’]s|\d[\d,.]*)(?:\s+[a-z]+)?"
                                r"|for|of|on|in|to|from|against|about|with|over|into|under|by|and|or|enough)"
                                r"(?:\s+own|\s+[A-Z][a-z]+)?$")  # (`its October "equitable share"`, `the estate`)
# (not a clause that goes on with a verb: `what Yang called a "bureaucratic paperwork issue," the candidate was`)
# (`the Vélanne bag`, `my older brother`: a name before a noun in it, or whose; not `, the Ceann Comhairle,`)
_DESCRIBED_AFTER = re.compile(r",?\s+(?:(?:the|a|an|my|our)\s+(?:\d{4}\s+)?"
                              r"(?:[a-z][\w'’-]*|[A-ZÀ-Þ][\w'’-]*(?=\s+[a-z]))"
                              r"(?!\s+(?:was|were|is|are|has|have|had|will|would|can|could|did|does|do|may|might"
                              r"|must|should)\b)"
                              r"|(?:[a-z]+s|people|[a-z]*men|children)"
                              r"(?:\s+(?:on|in|of|at|from|with)\s+(?:the\s+)?[a-z]+)?\s+(?P<who>who|that|which)"
                              r"|[a-z]+s['’]\s+[a-z][\w'’-]*)"  # (`"boerenverstand", farmers' common sense,`)
                              r"(?:\s+[\w'’-]+){0,14}[.;,](?:\s|$)")  # (`"pengetap," people who resell diesel`)

# a bare noun of up to three words, closed at once (no clause): `"uang kerahiman," compassion money,`
_BARE_GLOSS_AFTER = re.compile(r"\s+(?P<words>(?!(?:and|or|but|then|so|as|which|who|he|she|they|it|we|i|you|according"
                               r"|not|now|also|even|just)\b)[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2})[,;.](?:\s|$)")
# a reporting clause after the quote, not a gloss: `"unworkable," the minister said on Tuesday.`, `, the union added,`
_REPORTED_IN = re.compile(r"\b(?:" + word_alternation(SPEECH_VERBS)
                          + r")(?:[,.;]|\s+(?:on|in|at|last|this|yesterday|today|after|during|when)\b|$)")
_CALLED_IT = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:it|them|him|her|this|that)\s+(?:a|an|the)$")
# a song's or a hymn's refrain, before its words: `took up the boat song's refrain "..."`, `a hymn whose refrain, "..."`
_REFRAIN_BEFORE = re.compile(r"\b(?:the|its|their|a|whose)\s+(?:[\w'’-]+\s+){0,2}(?:refrain|chorus),?$")
# (perhaps with where it is from or stands: `the slogan from the town's last five-year plan,`, `the district's slogan
# across the top:`)
# (a saying that a people has: `Vendors have a saying for hard times:`, not `his favourite saying:` nor a participle,
# `with a spokesperson saying:`)
_SLOGAN_BEFORE = re.compile(r"\b(?:slogan|motto|catchphrase|rallying\s+cry|battle\s+cry|proverb|adage"
                            r"|(?:have|has|had)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}saying)"
                            r"(?:\s+(?:from|of|across|on|at|above|over|for)\s+[^.;:,\"“”]{1,60}?)?\s*[,:]$")
_SLOGAN_NOUNS = ("slogan", "motto", "catchphrase", "hashtag", "tagline")  # (what the pattern ends in, tested first)
_SLOGAN_NOUN_AT_END = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}(?:"
                                 + "|".join(_SLOGAN_NOUNS) + ")$")
_WORK_BEFORE = re.compile(r"\b(?:song|anthem|hymn|album|single|book|novel|memoir|film|movie|documentary|play|musical"
                          r"|poem|podcast|series|exhibition|motto|slogan)\s*,$")


_TERM_AFTER = re.compile(r"^[\s,]*(?:as\s+[^,.;:\"“”]{1,40}\s+(?:are|is|were|was)\s+(?:known|called)\b"
                         r"|as\s+[^,.;:\"“”]{1,40}\s+call\s+(?:themselves|itself|it|them)\b"
                         r"|\s*(?:principle|doctrine)\b)")
_OR_GLOSS_AFTER = re.compile(r"^[\s,]*or\s+(?!(?:at|even|perhaps|maybe|possibly|rather|more|less|not|so)\s)"
                             r"(?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}[,.]")
# the noun of a term, and whose it is, before a comma: `a harsher term for the owners, "the generator mafia,"`
# (or its language: `The old custom has a name in Spanish, "repartimiento,"`)
_TERM_FOR_BEFORE = re.compile(r"\b(?:term|name|nickname|label|word|phrase|epithet|euphemism)\s+(?:for|in)\s+"
                              r"[^,.;:\"“”]{1,50},$")


# who goes by another name: `who posts as`, `goes by`, `performs under`
_ALIAS_BEFORE = re.compile(r"\b(?:posts|posted|posting|goes\s+by|went\s+by|going\s+by|performs|performed|performing"
                           r"|tweets|tweeted|blogs|blogged|writes|wrote)\s+(?:online\s+)?(?:as|under)$")
_NAME_WORD_AFTER = re.compile(r"^\s[A-Z][a-z]")


_POSSESSED_SLOT = re.compile(r"(?:^|\s)(?:its|their)$")



def _inside_a_name(inner: str, lead: str, after: str) -> bool:
    """A name between a first name and a surname: `Lyndon "Bluey" Treweeke`, `Alberto "el Turco" Nasif` (not
    `Hillary "shunned and lectured" Black Lives Matter`)."""
    before, words = lead.rsplit(None, 2), inner.rstrip(",").split()
    if not words or not before:
        return False  # (an empty quote, `""`)
    first = before[-1]
    # (a first name the table lacks counts after a title: `Sen. Gener "Bong" Macatangay`)
    return words[-1][:1].isupper() and first[:1].isupper() and first.isalpha() and (
        is_first_name(first) or len(before) > 1 and before[-2].lower().rstrip(".") in TITLE_WORDS) and \
        bool(_NAME_WORD_AFTER.match(after)) and after.split(None, 1)[0].lower() not in _CALENDAR_WORDS


_CALENDAR_WORDS = {*WEEKDAYS, *ENGLISH_MONTHS}


def _apposed_name(inner: str, lead: str, after: str) -> bool:
    """A name set off by commas inside the writer's sentence: after a noun (`the operator's app, "TramNow,"
    showed`, no reporting verb near), or before what it is (`passes to "Lantern," an automated assistant`)."""
    if not inner.endswith(","):
        if after[:1] != "," or not inner[-1:].isalnum() or lead.endswith(",") and not is_title(inner):
            return False  # (but a name in title case between commas: `the town's Gaelic primary, "Bun-sgoil ...",`)
        after = after[1:]  # (British: `use ‘Fellslink’, a minibus the council runs`)
    if lead.endswith(","):
        # (after a work's noun, whatever verb is near: `have them sing the school song, "Asahi no Oka," together`)
        # (a term after its noun, `a harsher term for the owners, "the generator mafia,"`, or after `, or`: `a
        # monthly subscription, or "ishtirak,"`)
        return bool(_WORK_BEFORE.search(lead[-20:]) or _TERM_FOR_BEFORE.search(lead[-80:])) or not cue_in(
            lead[:-1].rsplit(",", 1)[-1]) and not cue_in(after)
    if lead.endswith(", or") and not more_words(inner, 2) and inner[:1].islower():
        return True
    return lead[-1:].isalnum() and bool(_DESCRIPTION_AFTER.match(after)) and all(w[:1].isupper() for w in inner.split())


def more_words(text: str, count: int) -> bool:
    """More than `count` words? (Splits off no more than needed: a quote can be long.)"""
    return len(text.split(None, count)) > count


def is_title(inner: str) -> bool:
    """Title Case words (a book, a film, a product): "Politics and the English Language"."""
    if inner.rstrip()[-1:] in ".!?…":
        return False
    big = 0  # the first word and every word of four letters or more: all capitalised
    for i, word in enumerate(inner.split()):
        word = word.strip(",;:")
        if len(word) > 3 or i == 0:
            if not word[:1].isupper():
                return False  # most quotes are not titles: stop at their first small word
            big += 1
    return big >= 2


def _is_name(inner: str) -> bool:
    """A proper name: every word capitalised after an optional article (`the Furnace`, `Flexi-Berth`), but for the
    small words of a title (`Wheels for the Wild`)."""
    words = inner.rstrip(",.").split()
    if words and words[0] in ("the", "a"):
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)


_TITLE_SMALL_WORDS = {"of", "for", "the", "and", "a", "an", "in", "on", "to", "at", "by", "or", "with", "from"}


# `what engineers call a "pinch point"`, `what activists call a "sacrifice zone"`, `communities that researchers
# describe as "genkai shuraku"`: a group's term, no one's words
# (but `what she calls` is her words, and `what some call` a speaker's own judgement at one remove)
_TERM_OF_ART = re.compile(r"\b(?:what\s+|(?P<clause>that|which)\s+)(?:(?P<modifier>[a-z]+|[A-Z][a-z]+)\s+)?"
                          r"(?P<callers>[a-z]+s|[A-Z][a-z]+(?:s|ese)|staff|people|[a-z]*men|children|folk|community|they)\s+"
                          r"(?:(?:in|at|of)\s+[A-Z][\w-]*\s+|in\s+(?:the|her|his|their|our)\s+[a-z]+\s+)?"
                          # (`what politicians in Oslo like to call`, `what people in her ward call`)
                          r"(?:here\s+|there\s+)?"  # (`what farmers here call "the girls"`)
                          r"(?:have\s+(?:been\s+)?|are\s+|were\s+)?(?:(?:long|now|often|sometimes|once|still|already"
                          r"|[a-z]+ly)\s+)?(?:(?:like|came|come|have\s+come|began|started)\s+to\s+)?"
                          r"(?:call(?:s|ed|ing)?|describe[sd]?\s+as)\s+(?:an?\s+|the\s+)?$")
_NO_GROUP = {"others", "some", "many", "those", "these"}
_PRESENT_OR_PAST_CALL = re.compile(r"\s(?:call|calls|called|describe[sd]?\s+as)\s+(?:an?\s+|the\s+)?$")


def _term_of_art(before: str, inner: str = "") -> bool:
    if _SCHEME_NAMED.search(before[-80:]) and (more_words(inner, 1) or _is_name(inner)) and \
            inner.split(None, 1)[0].lower() not in ("a", "an"):
        return True  # `The province calls the scale the "Fair Start Formula."` (not `called the system "rigged"`)
    if " call" in before[-40:] and (named := _BODY_NAMES_IT.search(before[-90:])) is not None and \
            named.group("body") in ORG_WORDS:
        return True  # `a change the company calls "right-sizing"`: a body's name for its own scheme
    if ("call" in before[-30:] or "describe" in before[-40:]) and (
            named := _BODY_STAFF_NAME_IT.search(before[-100:])) is not None and named.group("body") in ORG_WORDS:
        return True  # `an approach the council's own officers describe as 'beneficial use'`
    if "what" not in before and "that" not in before and "which" not in before:
        return False
    # (one plain word is a judgement, `what it called a "provocation"`; a compound is a term, `a "closed-loop" system`)
    body = _BODY_TERM.search(before[-80:]) if "what" in before[-80:] else None
    if body is not None and body.group("body") in _GROUP_NOUNS:
        return True  # `what the repair community calls "bricked"`: a trade's word, even one word
    if body is not None and (more_words(inner, 1) or "-" in inner.strip("-")) and (
            body.group("body") is None or body.group("body") in ORG_WORDS or body.group("body") in _TEXTS
            or body.group("body").endswith("s") and body.group("body")[:-1] in ORG_WORDS):
        return True  # `what it calls a "register of connections"`, `what the department calls a "protection zone"`
    term = _TERM_OF_ART.search(before[-80:])
    if term is not None and term.group("clause") and not _PRESENT_OR_PAST_CALL.search(term.group(0)):
        return False  # (`that more customers are calling 'on the move'`: phoning, no naming)
    if term is None:
        return False
    callers = term.group("callers").lower()
    if (callers == "they" or term.group("callers")[:1].isupper()) and not _CALL_PLURAL.search(term.group(0)):
        return False  # `what Finns call`, `what they call` name; `what Gates called` and `what they describe as` say
    return callers not in _NO_GROUP and callers not in BE_FORMS and callers not in _FINITE_S \
        and (term.group("modifier") not in DETERMINERS or term.group("modifier") == "the" and callers != "they"
             and _CALL_PLURAL.search(term.group(0)) is not None) \
        and (term.group("modifier") or "").lower() not in TITLE_WORDS  # (`what the women now call`: a habit)


# a group's habit of naming a thing, in the present: `Vendors, who say the bank floods, already call the plaza`
# (or a habit of long standing: `Children in the lane had for years called the rear wing "..."`)
_GROUP_CALLS = re.compile(r"\b(?:[A-Za-z]+s|(?i:people|[a-z]*men|children|some|many|others|staff|locals|everyone"
                          r"|everybody))(?:,[^,\"“”]{1,100},|,\s+who|\s+(?:in|on|at|of|from)\s+(?:the\s+)?[a-z]+)?\s+"
                          r"(?:(?:here|now|already|still|often|sometimes|locally|simply|affectionately|jokingly)\s+)?"
                          r"(?:call|(?:have|had)\s+(?:for\s+(?:years|decades|generations)|long|always)\s+called)"
                          r"(?:\s+(?:it|them|him|her|this|that|the\s+[a-z]+(?:\s+[a-z]+)?"
                          r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))?$")
# a group that has taken to calling a thing, named after it: `Residents have started calling a vacant lot on North
# Main Street, where ..., the "scooter graveyard"`
_GROUP_CALLING = re.compile(r"\b(?:[A-Za-z]+s|people|locals|everyone|everybody)\s+(?:[\w'’-]+\s+){0,4}?"
                            r"(?:have\s+|had\s+)?(?:started|begun|began|took\s+to|taken\s+to|come\s+to|been)"
                            r"\s+calling(?:\s+[^\"“”.;]{1,120}\sthe)?$")  # (or `locals took to calling "the X"`)
# (or none: `the containers residents call`; or a place: `residents now call Madragoa`)
# a noun, then a body that names it: `a change the company calls`, `a levy that the council now calls`
_BODY_NAMES_IT = re.compile(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:that\s+|which\s+)?(?:the|its)\s+"
                            r"(?:[a-z]+\s+)?(?P<body>[a-z]+)\s+(?:now\s+)?calls\s+(?:an?\s+|the\s+)?$")
# or a body's people: `an approach the council's own officers describe as`
_BODY_STAFF_NAME_IT = re.compile(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:that\s+|which\s+)?the\s+"
                                 r"(?P<body>[a-z]+)['’]s\s+(?:own\s+)?[a-z]+s\s+(?:now\s+)?(?:call|describe\s+as)\s+"
                                 r"(?:an?\s+|the\s+)?$")
_CALL_PLURAL = re.compile(r"\scall\s+(?:an?\s+|the\s+)?$")  # a group's present habit of naming


# a body naming its scheme: `calls the arrangement "shared landscape management"` (not `called the project a "..."`)
_SCHEME_NAMED = re.compile(r"\bcall(?:s|ed)?\s+the\s+(?:arrangement|scheme|scale|plan|programme|program|system|policy"
                           r"|approach|process|model|formula|rule|charge|fee|levy|project|initiative|zone|area|site"
                           r"|practice|method)\s+(?:the\s+)?$")
# what a body calls its own scheme or term (a short one: `what it calls "sensible gun laws, policy and
# regulations"` is its words)
_BODY_TERM = re.compile(r"\bwhat\s+(?:it|its\s+[a-z]+|(?:the\s+)?(?:[a-z]+\s+)?(?P<body>[a-z]+)"
                        r"(?:\s+(?:in|at|of)\s+(?:the\s+)?[\w-]+)?)\s+(?:now\s+)?(?:call(?:s|ed)?|describes\s+as)\s+"
                        r"(?:an?\s+|the\s+|its\s+|their\s+)?$")  # (`what the company describes as a "..."`)
# a name given right before the quote: `known in the club as`, `dubbed`, `titled`
_NAME_GIVEN_AT_END = re.compile(r"\b(?:as|dubbed|nicknamed|titled|entitled|named|branded|headed|captioned)"
                                r"(?:\s+(?:the|an?))?$")
# groups whose words are a trade's or a field's terms: `what the repair community calls "bricked"`
_GROUP_NOUNS = {"community", "industry", "trade", "profession", "sector"}
# texts whose terms are names, like a body's: `what the law calls "excessive self-defence"`
_TEXTS = {"law", "rules", "code", "constitution", "statute", "regulations", "act", "treaty", "contract", "scheme",
          "policy", "plan", "guidance", "guidelines", "manual", "handbook", "report", "bill"}
# between two quotes of a pair: `"protection zone" of 3km and a wider "surveillance zone"`, `"stand-down" to "delay"`
def paired_with_previous(masked: str, start: int, end: int) -> bool:
    """Is the quote joined to the one before by `and`, `or`, `to` ... (masked[start:end] lies between them)?"""
    return _COORDINATED.match(masked, start, end) is not None


def glosses_previous(masked: str, start: int, end: int) -> bool:
    """Is the quote a gloss of the one before, set off by only a dash, a bracket, a `meaning` or a language's name
    (`a banner reading "Sinema Susmaz" – "Cinema Will Not Be Silent."`, `read "Tumechoka", meaning "we are tired"`,
    `"wedhus gembel," Javanese for "shaggy goat."`: a translation)?"""
    return _GLOSS.fullmatch(masked, start, end) is not None


_GLOSS = re.compile(r"\s*(?:[–—―]|--?|\(|,?\s*(?:meaning|which\s+means|i\.e\.)|,?\s*[A-Z][a-z]+\s+for)\s*")
_COORDINATED = re.compile(r"[^.;:!?\"“”]{0,60}?\b(?:and|or|to|than|nor|versus)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?$")


_FINITE_S = {"is", "was", "has", "does", "its", "his", "this", "thus", "as", "us"}


# Other ways of naming, each ending where the quote opens: a habit of calling (`parents have taken to calling the
# new price`), a common name (`are commonly called`), a label noun (`the unkind label`), what a sign reads, a
# trade's term (`what the trade calls`), the name of a practice (`a practice the NPDC calls`).
# a habit of naming: `have taken to calling the pump at the end of the pier`, `is commonly called the`; in the
# active: `Federal officials increasingly describe such moves as "managed retreat."`
# (what is called, up to ten words: no verb of saying, and `and` only between names, `calling October and November`)
_CALLED_THING = r"(?:(?!(?:and|to|or|but|said|says|told|asked|added)\s)[\w'’-]+\s+|and\s+(?=[A-Z])){0,10}?"
_NAMING_HABIT = (
    rf"\b(?:taken\s+to|started|begun|began)\s+(?:to\s+)?call(?:ing)?\s+{_CALLED_THING}"
    r"(?:[\w'’-]+,\s[^,\"“”]{1,100},\s+)?"  # (the thing in apposition: `the intake, a concrete opening ...,`)
    # (a group's long habit: `Locals have for years called the biggest ships "..."`, `what residents have long
    # called a "..."`; a person's `has long called` is their own words)
    r"|\b(?i:residents|locals|islanders|villagers|fans|regulars|drivers|commuters|traders|parents|pupils|students"
    r"|staff|workers|farmers|fishermen|neighbours|neighbors)\s+(?:have|had)\s+(?:long|always|for\s+(?:years|decades"
    rf"|generations))\s+called\s+{_CALLED_THING}"
    r"|\b(?:increasingly|commonly|usually|widely|routinely|often|sometimes)\s+(?:call|describe\s+[^,.;:\"“”]{1,40}?\s+as"
    r"|refer\s+to\s+[^,.;:\"“”]{1,40}?\s+as)\s+(?:the\s+|an?\s+)?"
    r"|\b(?:is|are|was|were|be|been|being)\s+(?:commonly|often|usually|popularly|sometimes|widely|locally|"
    r"informally|colloquially|also|now)\s+(?:called|referred\s+to\s+as)\s+(?:the\s+|an?\s+)?"
    # (and a passive with no verb before: `the seafaring people often described as "..."`)
    r"|\b(?:commonly|often|usually|widely|popularly|sometimes|locally)\s+(?:described|referred\s+to)\s+as\s+"
    r"(?:the\s+|an?\s+)?"
    # (or with no verb before: `the section popularly called "..."`)
    r"|\b(?:commonly|popularly|locally|informally|colloquially|affectionately)\s+called\s+(?:the\s+|an?\s+)?")
_NAMING_HABIT_AT_END = re.compile(r"(?:" + _NAMING_HABIT + r")$")
_NAMING_CONTEXT = re.compile(
    r"(?:" + _NAMING_HABIT +
    # a thing a document or a group names: `which the unit's leaflets call the "school-entry jab"` (not `which he
    # called`), `a limit it calls the "short-train rule"`
    r"|\b(?:which|that)\s+(?!(?:he|she|they|i|we|what|critics|opponents|supporters|detractors|some|many|others)\s)"
    r"(?:[a-z][\w'’-]*\s+){1,3}(?:(?:call(?:s|ed)?|label(?:s|ed|led)?|dub(?:s|bed)?)\s+(?:the\s+|an?\s+)?"
    r"|describes\s+as\s+(?:the|an?)\s+)"  # (a noun it describes a thing as, not a judgement: `as "encouraging"`)
    r"|\b(?:an?|the)\s+(?:[a-z-]+\s+)?(?:limit|rule|measure|tax|fee|charge|levy|zone|cap|target|threshold|test"
    r"|standard|ban|deal|offer)\s+(?:it|the\s+[a-z]+|[A-Z][\w-]*)\s+call(?:s|ed)\s+(?:the\s+|an?\s+)?"
    # whatever a body names so: `a growing trend it called "..."` (a body's, with `it`; not `a plan he called`)
    r"|\b(?:an?|the)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+it\s+call(?:s|ed)\s+(?:the\s+|an?\s+)?"
    # a thing a group of people names so: `a daily jam residents call "the Haleiwa crawl."`
    r"|\b(?:an?|the)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+(?:residents|locals|islanders|villagers|fans|regulars|drivers"
    r"|commuters|traders|parents|pupils|students|staff|workers|farmers|fishermen)\s+(?:here\s+)?call(?:s|ed)?\s+"
    r"(?:the\s+|an?\s+)?"
    r"|\b(?:an?|the)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+they\s+(?:now\s+)?call\s+(?:the\s+|an?\s+)?"  # `a group they call`
    r"|\b(?:label|nickname|moniker|epithet|sobriquet|brand\s+name|trade\s+name)\s*[,:]?\s*"
    # `had a nickname for the maintenance budget, "..."`, `what the crime maps label a "..."` (to label is to name)
    r"|\b(?:label|nickname|moniker|epithet|sobriquet|name)\s+for\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s*"
    # `crews had their own name for the line of vehicles that snaked out of the bay: "the conga line"`
    r"|\b(?:label|nickname|moniker|epithet|sobriquet|name)\s+for\s+[^.;:!?\"“”‘]{1,120}:\s*"
    r"|\bwhat\s+(?:[\w'’-]+\s+){1,4}?label(?:s|led|ed)?\s+(?:an?\s+|the\s+)?"
    # a rating given: `downgraded the stock to "sell"`, `rated it "poor"`
    r"|\b(?:rate|rates)\s+(?:(?:the|this|that)\s+[\w-]+\s+|it\s+|them\s+)(?:as\s+)?"  # `We rate the claim`
    r"|\b(?:upgraded|downgraded|rated|re-rated)\s+(?:(?:the|its|their)\s+[\w-]+\s+|it\s+|them\s+)?"
    r"(?:to\s+|as\s+)?(?:an?\s+)?"
    # a name used for someone or a term for an idea: `was referred to throughout as` (not `he referred to him as`, a
    # person's words), `the idea of the "universal museum"`
    r"|\b(?:is|are|was|were|been|being)\s+referred\s+to\s+(?:[a-z]+\s+){0,2}?as\s+(?:the\s+|an?\s+)?"
    r"|\b(?:idea|concept|notion|doctrine|principle)\s+of\s+(?:the\s+|an?\s+)?"
    r"|\bwhat\s+the\s+(?:[a-z]+\s+)?(?:trade|industry|profession|military|market)\s+call(?:s|ed)?\s+(?:an?\s+|the\s+)?"
    # (what they call may be a long phrase: `have long called the oldest holding cell, a concrete room with no
    # window near the sally port, "the Freezer."`)
    r"|\b(?:have|has|had)\s+(?:long|always|often|routinely)\s+called\s+(?:[\w'’-]+,?\s+){0,14}?"
    r"|\b(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:practice|policy|process|system|scheme|programme|program|approach|"
    r"technique|method|tactic|strategy|phenomenon|condition|arrangement|exercise)\s+(?:that\s+|which\s+)?(?:the\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){1,2}(?:call(?:s|ed)?|describe[sd]?\s+as)\s+(?:an?\s+|the\s+)?)$")


# what a sign reads, short or long: `signs that read "Bring Them Up."`, `a banner still declares it a "..."`
_SIGN_READS = re.compile(
    r"(?:\b(?i:a|an|the|their|his|her|its|some|many|several|two|three|four|homemade|handwritten|hand-lettered"
    r"|cardboard|large|giant|faded)\s+(?:[\w-]+\s+){0,2}(?:signs?|placards?|banners?|posters?|t-shirts?|billboards?"
    r"|stickers?|hoardings?|flyers?|fliers?|leaflets?|boxes|packets|packaging|labels|bedsheets?|sheets?|murals?"
    r"|graffiti|notices?|plaques?|inscriptions?|tarpaulins?)"
    r"|\b(?:handwritten|hand-written|typed|printed|laminated)\s+(?:notes?|notices?|cards?)"
    r"|\b(?:notice|sandwich|chalk|white|hand-painted|hand-lettered|handwritten|painted|wooden|plywood|makeshift|menu)"
    r"\s*boards?\b|\b(?i:signs|placards|banners|posters|t-shirts|shirts|badges|caps|mugs|boxes|packets|labels"
    r"|billboards|stickers|hoardings|flyers|fliers|leaflets))\b"
    r"(?:[^.;\"“”]{0,80}?|[^.;,\"“”]{81,90}?)"  # (`A sign on the hall, painted by the children, reads`)
    r"(?:\b(?:read|reads|reading|said|saying|says|stating|declaring|declares|declared|declare|proclaiming|proclaims"
    r"|proclaim|bearing"
    r"|promises|promised|promising|announces|announcing|warns|warning|asked|asks|asking"
    r"|(?:carry|carries|carried|carrying)\s+the\s+(?:line|words|slogan|tagline|message)"
    r"|(?:printed|emblazoned|stamped|stencilled|stenciled)\s+with(?:\s+the\s+(?:words|slogan))?)\b"
    r"(?:\s+(?:it|\d{4}))?(?:\s+(?:visitors|drivers|motorists|people|residents|walkers|swimmers|customers|passers-by"
    r"|everyone|anyone))?"  # (whom it warns or asks: `warns visitors "..."`)
    r"(?:\s+[a-z]+ly)?(?:,\s+in\s+[^,\"“”]{1,40},)?(?:\s+(?:a|an|the))?[:,]?\s*|:\s*)$")


_SIGN_WORDS = ("sign", "placard", "banner", "poster", "shirt", "billboard", "sticker", "hoarding", "note", "notice",
               "board", "flyer", "flier", "leaflet", "boxes", "packets", "packaging", "labels", "sheet", "mural",
               "graffiti", "plaque", "inscription", "tarpaulin", "panel", "card", "screen")
# a board, a panel, a card or a screen that reads (never one that says: `the board said` is a body's, `a panel of
# judges said` too)
_BOARD_READS = re.compile(r"\b(?i:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:boards?|panels?|cards?|screens?)\b"
                          r"[^.;\"“”]{0,80}?"
                          r"\b(?:read|reads)\s*$")
_NAMING_WORDS = ("call", "label", "nickname", "moniker", "epithet", "sobriquet", "referred", "idea", "concept",
                 "notion", "doctrine", "principle", "name for", "rate", "graded", "describe", "brand name",
                 "trade name")


# (found by one pattern each, its words letter by letter: faster than str's search for each word)
_SIGN_WORD = re.compile(word_alternation(_SIGN_WORDS))
_NAMING_WORD = re.compile(word_alternation(_NAMING_WORDS))
_NAMING_STEM = re.compile(word_alternation(_NAMING_STEMS))


def _signed(before: str) -> bool:
    """What a sign reads (the words are looked for first: the pattern is slow to try at every position), or what is
    painted or changed to read (`had been changed by noon to read "..."`, `have painted "..." on the wall`)."""
    window = before[-120:]
    lowered = window.lower()
    return _SIGN_WORD.search(lowered) is not None and (
        _SIGN_READS.search(window) is not None or _BOARD_READS.search(window) is not None) or (
        "read" in lowered[-12:] or "ed " in lowered[-14:] or "written" in lowered[-30:]) and \
        _WRITTEN_UP.search(lowered[-40:]) is not None or lowered[-2:] == ": " and \
        _WRITTEN_UP_ON.search(lowered[-110:]) is not None


_WRITTEN_UP = re.compile(r"\b(?:to\s+read|painted|scrawled|sprayed|spray-painted|daubed|chalked|stencill?ed"
                         # (`cardboard on which someone had written`)
                         r"|on\s+which\s+(?:[a-z]+\s+){1,2}(?:had\s+|has\s+)?written"
                         r"|written\s+in\s+(?:chalk|paint|marker|spray\s+paint|crayon|lipstick|(?:block\s+)?capitals"
                         r"|capital\s+letters))\s*:?\s*$")
# ... and after a colon, where it was put: `has painted a slogan on the municipal hall: "..."`
# (the words perhaps in their language: `painted a line in French on the wall of the school:`)
_WRITTEN_UP_ON = re.compile(r"\b(?:painted|scrawled|sprayed|spray-painted|daubed|chalked|stencill?ed)\s+"
                            r"(?:(?:a|the)\s+(?:slogan|message|words?|line)(?:\s+in\s+[a-z]+)?\s+)?"
                            r"(?:on|across|above|over)\s+[^.;:\"“”]{2,70}:\s*$")


# a name introduced by a colon: `On the union's group chat, the boiler has a name: "Old Smoky."`
_HAS_A_NAME = re.compile(r"\b(?:has|have|had|got|gets|was\s+given|were\s+given)\s+(?:a|its|their|his|her)\s+"
                         r"(?:own\s+)?(?:nick)?name\s*:\s*$")


def _named(before: str, inner: str = "") -> bool:
    """The phrase is a name given, not words said: `known as`, `dubbed`, `, called the`, a trade's term."""
    window = before[-120:]
    if window.endswith(": ") and "name" in window[-16:] and _HAS_A_NAME.search(window):
        return True
    if ("call" in window or "describe" in window) and _term_of_art(before, inner) or \
            _NAMING_WORD.search(window) and _NAMING_CONTEXT.search(window):
        return True
    window = before[-60:]
    # (str's search first: most text has none of the words; and no name opens with a lower-case preposition:
    # `would be named "in the coming weeks."` says when)
    if _NAMING_STEM.search(window.lower()) and not (
            inner[:1].islower() and inner.split(None, 1)[0] in FORWARD_STOPS):
        tail = [w.lower() for w in WORD.findall(window)[-9:]]
        # "known as" names, also "known in the industry as", "known to a generation of children as"; "known to be"
        # does not; the others name right before the phrase ("an email headed", not "headed home and said")
        if any(_names_the_quote(word, tail[n + 1:]) for n, word in enumerate(tail)):
            return True
    if "the " in window and _WORD_AS_WORD.search(window):
        return True  # words as words: `heard the word "restructuring"`
    return "called" in before and bool(_CALLED_AT_END.search(before))  # the pattern needs the word


def _habit_of_naming(before: str) -> bool:
    """A name a habit gives (`Skippers have taken to calling the pump ...`, `is commonly called`), whatever its
    length (not a judgement: `the referendum that the mayor had called "the most important decision ..."`)."""
    window = before[-120:]
    return any(map(window.__contains__, ("call", "describe", "refer"))) and \
        _NAMING_HABIT_AT_END.search(window) is not None


_GOVERNING_VERBS = PARTIAL_GOVERNORS - {"as", "of"}
_OBJECT_REACH = 5  # words a verb that names an object may stand before its name: `nicknamed the longest of them "..."`


def _names_the_quote(word: str, rest: list[str]) -> bool:
    """A naming word whose name is the quote, with `rest` the words between them: `known ... as` anywhere before;
    the others within three words, or four for a verb that names an object (`dubbed the missing winner "the Ghost
    of Matipo Road"`, `nicknamed the longest of them "the sunrise run"`)."""
    if word not in NICKNAMING and word not in ("know", "knew"):
        return False
    if word in ("known", "remembered", "know", "knew"):
        return "as" in rest  # (`what growers know as the "calamité agricole" scheme`)
    # (a verb between them governs the quote itself: `who asked not to be named, called the boycott "..."`)
    return len(rest) < (_OBJECT_REACH if word in _NAMES_AN_OBJECT else 3) and _GOVERNING_VERBS.isdisjoint(rest)


_IT_READS = re.compile(r"[Ii]t\s+(?:reads|read|says|said)\s*:?\s*")
_SIGN_NOUN = re.compile(r"\b(?:signs?|placards?|banners?|posters?|plaques?|notices?|signboards?|noticeboards?|graffiti"
                        r"|murals?|stickers?|billboards?)\b", re.IGNORECASE)


# a sign's own words in its sentence: `a second sign underneath it with the words "..."`, `a placard reading "..."`
_SIGN_BEARING = re.compile(r"(?:\s(?:with|bearing|carrying|showing)\s+the\s+words"
                           r"|\s(?:that|which)\s+(?:reads?|said|says)|\sreading)\s*:?\s*$")


def a_signs_words(before: str) -> bool:
    """The quote is what a sign, placard or banner named in its sentence says: no one's speech."""
    return before.endswith((" words ", " read ", " reads ", " reading ", " said ", " says ", ": ")) and \
        _SIGN_BEARING.search(before) is not None and _SIGN_NOUN.search(before) is not None


def reads_a_sign_before(before: str, previous: str) -> bool:
    """`It reads "..."` after a sentence that names a sign: the sign's words, no one's speech (a document's `It
    reads:` stays speech)."""
    return before[:3] in ("It ", "it ") and bool(_IT_READS.fullmatch(before)) and bool(_SIGN_NOUN.search(previous))


def governed(before: str) -> str | None:
    """The reporting word a mid-sentence quote hangs on: `called the new bill "..."`, `warned of "..."`.

    Between the verb and the quote may stand only little words (it, them, of, as, that) and a short noun
    phrase that opens with a determiner; or, after a verb of judging, whom it judges and `as`, `to` or `for`
    (`condemned Friday's test as "..."`). Nicknames hang on nothing: `so-called "peace dividend"`.
    """
    if (judged := judged_by(before, 0, len(before))) is not None:
        return judged[1]  # `condemned Friday's test as "..."`
    tail = [w.lower() for w in WORD.findall(before[-100:]) if w[:1].isalpha()]
    content = 0
    for n in range(len(tail) - 1, max(-1, len(tail) - 9), -1):
        word = tail[n]
        if word in NICKNAMING:
            return None
        if word in PARTIAL_GOVERNORS and word not in LINKING:
            # passive: "we are told that" (but not the progressive, `is describing as "unhinged"`)
            return None if n and tail[n - 1] in BE_FORMS and not word.endswith("ing") else word
        if word in ARTICLES or word in LINKING:
            continue
        content += 1
        # "the new bill": content words only inside a noun phrase that an article opens
        if content > 2 or not any(w in ARTICLES for w in tail[max(0, n - 2):n]):
            return None
    return None



