"""Where the speaker of a quote is named in its paragraph: the cue (a reporting verb, `according to`, a dash or a
colon) and the mention as written next to it; with no cue, the subject of the quote's clause or of the sentence
before it.

Pure text functions over one paragraph, given the paragraph with quoted words blanked (`masked`), so that verbs and
full stops inside quotes are never taken for the writer's. What a noun phrase is, and whether it can speak, is in
`phrases`.
"""

from __future__ import annotations

import itertools
import re

from pipelines.normalize.lexicon import (
    ABBREVIATIONS,
    CAPITAL,
    DETERMINERS,
    DOCUMENT_WORDS,
    DOUBLE_CLOSE,
    DOUBLE_EITHER,
    DOUBLE_OPEN,
    ORG_WORDS,
    PRONOUNS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    SPEECH_VERBS,
    TITLE_WORDS,
    inflect,
)
from pipelines.normalize.people import _is_person_noun
from pipelines.normalize.phrases import (
    BE_FORMS,
    BRACKET_BEFORE,
    CLAUSE_OPENERS,
    INTRODUCING,
    PHRASE_PREPOSITIONS,
    SUBORDINATORS,
    WORD,
    can_speak,
    head_with_name,
    looks_like_verb,
    noun_phrase_back,
    noun_phrase_forward,
    opening_subject,
    skip_auxiliaries,
    subject_at,
    subject_before,
    tidy,
    verb_after_phrase,
)

# `Ames: "..."`, and in a digest after a headline and a dash: `... TRUMP - Ana Ruiz and Ivo Brandt: "..."`
_COLON_NAME = re.compile(r"(?:^|[.!?”\"]\s+|\s[-–—]\s*)((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?"
                         rf"[{CAPITAL}][\w'’.-]*(?:\s+(?:and\s+)?[{CAPITAL}][\w'’.-]*){{0,4}}):\s*$")

# `what the minister had described as`, `what Rimuwell called`, right before the quote
# ... and `, a response Prichard called "..."`: a thing, then who called it so, at the sentence's end
_THING_NAME_CALLED = re.compile(rf",\s+(?:a|an|the|one)\s+(?:[a-z][\w-]*\s+){{1,2}}"
                                rf"([{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,3}})\s+"
                                r"(called|calls|described\s+as|termed|dubbed)\s*$")
_WHAT_CALLED = re.compile(
    rf"\bwhat\s+((?:(?:the|an?|his|her|its|their)\s+)?(?:(?!ha[sdv]e?\b)[a-z][\w-]*(?<!ly)\s+)?"
    rf"(?!ha[sdv]e?\b)[a-z][\w-]*(?<!ly)"
    rf"|(?:the\s+)?[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,3}})\s+(?:has\s+|had\s+|have\s+)?"
    r"(called|calls|call|described\s+as|describes\s+as|describe\s+as|termed|terms|dubbed)"
    r"\s+(?:an?\s+|the\s+|it\s+|them\s+|this\s+)?$")
# a subject that names its person or body: capitalised words to its head, after a title or `The` (`Secretary General
# Ban Ki-moon`, `The United Nations Security Council`; not `His family`, `The campaign`)
_NAMED_SUBJECT = re.compile(rf"(?:The\s+)?[{CAPITAL}][\w'’.-]*(?:\s+(?:[{CAPITAL}][\w'’.-]*|of|de|van|von|al))*"
                            rf"\s+[{CAPITAL}][\w'’.-]*")
# words that make `what ... called` no noun phrase and a verb (`what has been called`, `what farmers once called`)
_NOT_WHAT_SUBJECTS = {"some", "many", "others", "one", "has", "is", "was", "can", "could", "will", "would", "be",
                      "been", "once", "still", "often", "also", "now", "then", "later", "first", "long", "might"}
_VERB_ONLY = {"said", "says", "told", "tells", "wrote", "writes", "written", "read", "reads", "went on", "goes on"}

CUE_MULTI = sorted((v for v in SPEECH_VERBS if " " in v), key=len, reverse=True)

# `(?<![\w-])(?:pointed out|...|[a-z]+|[A-Z][a-z]+ed|Said|Says)(?![\w-])`, with its first letter matched before the
# rest: a pattern that opens with a set of letters lets the regex engine skip to the next letter, where one that
# opens with a look-behind is tried at every character (five times slower). Every alternative opens with an ASCII
# letter; `(?<![\w-].)` after it is `(?<![\w-])` before it, and `(?<=x)` checks the letter each alternative opens with.
_CUE = re.compile(
    r"[a-zA-Z](?<![\w-].)(?:" + "|".join(f"(?<={re.escape(v[0])}){re.escape(v[1:])}" for v in CUE_MULTI)
    + r"|(?<=[a-z])[a-z]*|(?<=[A-Z])[a-z]+ed|(?<=S)aid|(?<=S)ays)(?![\w-])"
)

_FINITE_AUXILIARIES = {"has", "had", "have", "would", "will", "did", "does", "do", "should", "could", "can", "may",
                       "might", "must", "shall"}
_BE_OR_AUXILIARY = frozenset(BE_FORMS | _FINITE_AUXILIARIES)

_PROGRESSIVE = re.compile(r"(?:\b(?:is|was|are|were)|\w['’](?:s|re))\s+$")
_PROGRESSIVE_ENDS = ("is", "was", "are", "were", "'s", "’s", "'re", "’re")  # (what its words end in, tested first)

_AS_PUT_IT_AFTER = re.compile(r"[Aa]s\s+([^;:\"“”]{1,100}?),?\s+(?:has\s+|had\s+|once\s+)?puts?\s+it\b")
# an estimate someone gives: `put the losses at "..."`, `puts the cost of the repairs at "..."`
PUT_AT = re.compile(r"\bput(?:s|ting)?\s+(?:the|its|his|her|their)\s+(?:[a-z][\w-]*\s+){1,4}at\s*$")
# a verb of judging, whom or what it judges, and `as` (`condemned Friday's test as "..."`, `defended his manager
# as a "..."`), or `to` for a comparison (`likened the rules to "..."`), or `for` and what is blamed (`blasted
# Disney for its "..."`, `mocked Rubio for "..."`): the judge's words
_JUDGING: dict[str, tuple[str, ...]] = {}
for _link, _verbs in (
        ("as", ("condemn", "criticize", "criticise", "denounce", "describe", "characterize", "characterise", "portray",
                "depict", "dismiss", "deride", "ridicule", "mock", "blast", "slam", "lambast", "assail", "attack",
                "castigate", "excoriate", "praise", "hail", "laud", "decry", "herald", "defend", "reject", "welcome")),
        ("to", ("liken", "compare")),
        ("for", ("condemn", "criticize", "criticise", "denounce", "mock", "ridicule", "blast", "slam", "lambast",
                 "attack", "assail", "castigate", "fault", "blame", "chide", "scold", "rebuke", "praise", "hail",
                 "laud", "thank"))):
    for _form in inflect(*_verbs):
        _JUDGING[_form] = (*_JUDGING.get(_form, ()), _link)
# what stands between the verb and the quote: whom it judges, then the link
_OBJECT = r"\s+(?:[^.;:!?\"“”‘’(]{1,60}?\s)?"
_JUDGED_LINK = {"as": re.compile(_OBJECT + r"(?<!such\s)(?<!well\s)as\s+(?:an?\s+|the\s+)?$"),
                "to": re.compile(_OBJECT + r"to\s+(?:an?\s+|the\s+)?$"),
                "for": re.compile(r"\s+[^.;:!?\"“”‘’(]{1,60}?\sfor\s+"
                                  r"(?:(?:its|his|her|their|being|having|[a-z]+ing)\s+)?$")}
_JUDGED_END = re.compile(r"(?:^|\s)(?:as|to|for)\s+(?:an?\s+|the\s+|[a-z]+\s+)?$", re.IGNORECASE)
_BE_BEFORE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_LETTERS = re.compile(r"[A-Za-z]+")


def judged_by(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the verb of judging stands that a quote opening at `end` hangs on, after `as`, `to` or `for`, read in
    text[start:end], and the verb; where it has a judge (not in a passive: `would be described officially as "..."`)."""
    if not _JUDGED_END.search(text, max(start, end - 12), end):
        return None  # (most quotes: the cheap test first)
    for word in reversed(list(_LETTERS.finditer(text, max(start, end - 100), end))):
        verb = word.group(0).lower()
        if verb in _JUDGING and text[word.start() - 1:word.start()] != "-" and any(
                _JUDGED_LINK[link].match(text, word.end(), end) for link in _JUDGING[verb]):
            if not verb.endswith("ing") and _BE_BEFORE_VERB.search(text, start, word.start()):
                return None  # (but a progressive has its judge: `Clinton is describing as "..."`)
            return word.start(), verb
    return None
_AS_PUT_IT = re.compile(r"\b[Aa]s\s+([^,;:\"“”]{1,80}?)\s+(?:has\s+|had\s+|once\s+)?puts?\s+it[\s,:—–-]*$")

_PARTICIPLE_AFTER = re.compile(r",\s+(?:[a-z]+ly\s+)?(?!including\b|according\b)[a-z]+ing\b")

# `Jo Sims — a teacher from Lowmoor — says`, `Ana Ruiz -- who lost in 2008 -- said`: an apposition between dashes
_DASHED_APPOSITION = re.compile(r"\s+(?:—|--|–)\s*[^—–\"“”]{3,160}?\s*(?:—|--|–)\s*$")

# (not Irish `An` before a name that opens with a consonant: `An Post said`, `An Bord Pleanála said`)
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?<!Mac )(?<!Nic )(?:[Aa]n(?!\s+[B-DF-HJ-NP-TV-Z][a-zà-ÿ])|[Aa]|[Aa]nother)"
                             r"\s+(?:[\w'’-]+\s+)?$")
# a singular noun of two or three words: `a hand tally counter`, where a verb's bare form cannot follow `a`
_SINGULAR_NOUNS_BEFORE = re.compile(r"(?<![\w'’])(?:[Aa]n|[Aa]|[Aa]nother)\s+[\w'’-]+\s+"
                                    r"(?!(?:i|we|you|they|to|did|do|will|would|can|could|shall|should|may|might|must)\s)"
                                    r"[a-z][\w'’-]*(?<!s)\s+$")  # (a modal's verb is bare: `a priest could admit`)
# right after a possessive, a verb's form is a noun: `Her post says`, `His reply was` (but `Her critics claim`)
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y)\s+$")

# (not a passive's `was asked:`, whose subject is who was asked; nor `was thinking:`, `is this:`)
# what a pronoun's owner said, by its noun: `His message to both sides was blunt: "..."`
_OWNED_MESSAGE = re.compile(r"(?:His|Her|Their)\s+(?:[a-z-]+\s+)?(?:message|reply|answer|response|advice|verdict"
                            r"|warning|words|conclusion|argument)\b")
_BE_HOW_COLON = re.compile(r"\s(?:was|were|is|are|remained|sounded|seemed)\s+(?:(?:more|less|even|very|rather|most|"
                           r"still|also|equally|just|as|blunter|far)\s+)*(?!this\b|that\b|these\b|those\b)"
                           r"[a-z]+(?<!ed)(?<!ing)(?:\s+about\s+[^:;\"“”]{1,40})?:\s*$")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d(?:[\d,.]*\d)?\s+$")  # (`600 calls`, not `in 1997, told`)
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:in|at|near|outside|from)\s+$")

_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_PLAIN_SAYING = {"said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "wrote", "writes"}
_OPENING_ACCORDING = re.compile(r"\s*According to\s+([^,;:\"“”]+),")  # a sentence's opening phrase, to its comma

# `who` and up to four lower-case words (`has in the past`) right before the verb: a relative clause speaks
# (`which` only after a comma: `the land office, which said in a statement that "..."`; or its second verb after
# `and`: `a report by Groupe Tessier, which found corrosion in the roof trusses and said`; not `which prompted her to
# frown and say`)
_RELATIVE_WHO = re.compile(r"(?:,\s*)?(?<![\w'’])(who)\s+(?:[a-z]+\s+){0,4}$"
                           r"|,\s*(which)\s+(?:(?:[a-z]+\s+){0,4}|[a-z]+(?:(?!\sto\s)[^,;:\"“”]){3,150}\sand\s+)$"
                           r"|,\s*(whose)\s+(?:[\w'’-]+\s+){1,5}$")

# `, who ` and a clause without commas up to a comma before the verb (`Ana Ruiz, who ran the school, said`; or a
# which clause in the subject's apposition: `Rafa Bonet, president of the association, which collected ..., called`)
# the document the subject speaks through, and who signed it, between the subject and its verb: `Mr X, in a
# statement signed by Y, Director of Public Affairs, said`
_SIGNED_DOCUMENT = re.compile(r",\s*in\s+an?\s+(?:[\w-]+\s+)?(?:statement|release|letter|circular)\s+(?:signed|issued)"
                              r"\s+by\s+[^;:\"“”]{3,160},\s*$")
# the subject of a relative clause whose `which` is the object: ` the union has ` (rejected ...)
_RELATIVE_OBJECT_OF = re.compile(r"\s+((?:the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
                                 r"(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?$")
_NONRESTRICTIVE_CLAUSE = re.compile(r",\s*(?:who|whose|which|(?!(?:including|according|during|following|regarding"
                                    r"|concerning|excluding|notwithstanding)\s)[a-z]{3,}ing)"  # (or a participle's
                                    # phrase: `an official of the relief office, preferring anonymity, said`)
                                    r"\s+(?:[^,;:\"“”]|(?<=\d),(?=\d)){3,160},\s*$")  # (`3,000`)

# ` who ` and a clause without commas or quotes up to the verb (`an aide who spoke on condition of anonymity`)
# (and a participle's phrase after it between commas: `A fisherman who did not want to be named, fearing that his boat
# would be targeted, said`)
_RESTRICTIVE_WHO = re.compile(r"(?<=[\w.])\s+who\s+[^,;:\"“”]{3,150}(?:,\s+[a-z]{2,}ing\s[^,;:\"“”]{3,150},\s*)?$")

# a place or company phrase, `was`, then the subject: `Among them was Ana Ruiz`, `Also present were the Kells`
# `One woman who works in quality control, and who asked not to be named, said`: two who clauses joined by `and`
_WHO_CHAIN = re.compile(r"(?<=[\w.])\s+who\s+[^;:\"“”]{3,200}?,\s+and\s+who\s+[^;:\"“”]{3,200},\s*$")

_INVERTED_BE = re.compile(r"\s*(?:Among|Amongst|Behind|Beside|Alongside|Also)\b[^,.;:\"“”]{0,60}?"
                          rf"\s(?:was|were|is|are)\s+(?=[{CAPITAL}])")

# `, with the minister for trade, Torgrim Nyegaard, saying`: a participle with a subject of its own after `with`
_WITH_PARTICIPLE = re.compile(r",\s*with\s+[^,;:\"“”]{2,80}?(?:,[^,;:\"“”]{2,60},)?\s+(?:[a-z]+ly\s+)?(?:saying|"
                              r"telling|calling|describing|adding|warning|arguing|insisting|noting|claiming)\b")
_WITH_SUBJECT = re.compile(r",\s*with\s+([^,;:\"“”]{2,80}?(?:,[^,;:\"“”]{2,60})?),?\s+(?:[a-z]+ly\s+)?$")
# a participle's phrase after a subject, up to a preposition: ` presented to council in `, ` published last year by `
_PARTICIPLE = re.compile(r"[a-z]+ed|written|given|seen|shown|sent|held|drawn|taken|made")
_PARTICIPLE_PHRASE = re.compile(r"\s+(?:" + _PARTICIPLE.pattern + r")\s+[^,;:\"“”.]{0,60}$")
_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i"})
# a later clause with a subject of its own: `Ruiz said it would work, but the union called it "..."`, `..., a claim
# the union dismissed as "..."` (not `, and called it`: the same subject; nor `, but he said`, most often the same
# person, whom the sentence's subject names)
_OWN_SUBJECT = rf"(?:the|a|an|his|her|its|their|(?!(?:He|She|They|We|I|It)\s)[{CAPITAL}][\w'’-]*)\s"
_LATER_CLAUSE = re.compile(
    rf"[,;]\s+(?:(?:but|and|while|whereas|though|although|yet|when|after|before|because|since|until)\s+"
    rf"(?={_OWN_SUBJECT})"
    r"|(?:an?|the)\s+(?:[a-z-]+\s+)?(?:claim|charge|suggestion|assertion|accusation|allegation|characterization"
    rf"|characterisation|description|idea|proposal|remark|comment|notion|figure)\s+(?:that\s+|which\s+)?(?={_OWN_SUBJECT}))")
# (an irregular participle too: `residents were sent a voice note by their councillor, Ana Ruiz:`; the agent may
# have a relative clause after it: `by Assistant Chief Ana Ruiz, who oversees patrol:`)
_BY_AGENT = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|sent|given|made|written|shown"
                       r"|put|set|taken)\b[^:;\"“”]{0,120}?\bby\s+"
                       r"((?:the\s+|an?\s+)?(?:(?!,?\s+(?:and|who|which)\s|\s+(?:is|are|was|were|has|have|had)\s)"
                       r"[^:;\"“”]){2,100}?)"
                       r"(?:,\s+(?:who|which)\s[^:;\"“”]{1,100})?\s*:\s*$")
# `which Treweeke said was`, `what he called`: a wh-word, then the subject of the verb that follows
_WH_SUBJECT_BEFORE = re.compile(r"(?<![\w'’])(?:which|what|who|whom)\s+(?:[\w'’.-]+\s+){1,4}$")
_NAME_AND_WHO = re.compile(rf"(?:and|but)\s+[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)*,\s+who\s")  # a new subject
_AND_BEFORE = re.compile(r"(?:^|\W)(?:and|but)\s*$")  # a verb after `and` shares the sentence's subject
_LEAD = re.compile(r"^[\s,]*(?:[—―–-]+\s*)?")
_LEAD_NO_BAR = re.compile(r"^[\s,]*(?:[—–-]+\s*)?")
_CLAUSE_BREAK = re.compile(r"[,;]")
_QUOTE_MARK = re.compile(r"[\"“”«»]")
_BY = re.compile(r"\s*,?\s*by\s+")
_PASSIVE_BEFORE = re.compile(r"\b\w+ed\s+(?:\w+\s+){0,3}(?:as\s+)?(?:an?\s+|the\s+)?\S?$")
_COMMA = re.compile(r"\s*,\s*")
_LOCATING = frozenset(PHRASE_PREPOSITIONS | {"near", "outside"})
_SPACE = re.compile(r"\s*")


def _lowered(matches: list[str]) -> list[str]:
    """The cue candidates in lower case, in one call (they are ASCII words: no lengths change)."""
    return "\0".join(matches).lower().split("\0")


def cue_in(text: str) -> bool:
    words = _lowered(_CUE.findall(text))
    if SPEECH_VERBS.isdisjoint(words):
        return False
    # (`it was found that` is no one's finding)
    return any(w in SPEECH_VERBS and not (w in _FINDING and n and words[n - 1] in BE_FORMS)
               for n, w in enumerate(words))


# verbs whose passive names the speaker after `by`: `told by the judge that`, `was warned by police that`
_TOLD_BY = {"told", "warned", "reminded", "advised", "ordered", "urged", "informed", "assured", "instructed"}


def attribution(text: str, masked: str, sent_start: int, open_at: int, after_start: int,
                 after_end: int) -> tuple[str | None, str | None, str | None]:
    """The speaker as written, the cue, and where they were found: after the quote, before it (a reporting
    verb with its subject), a dash line, a colon, or `according to`."""
    after = masked[after_start:after_end]
    lead = _LEAD.match(after)
    offset = after_start + (lead.end() if lead else 0)
    rest = masked[offset:after_end]

    # `Clinton is describing as "unhinged" a Trump tweet`: a judge before the quote, whatever cue or dash follows
    judged = judged_by(masked, sent_start, open_at)
    # "...," Kremlin spokesman Dmitri Peskov said.  /  "...," said Peskov.
    cue = _first_cue(rest) if judged is None else None
    participle = None  # `"...," saying ...`: the quote is reported, by the subject of the sentence
    if cue is not None:
        cue_start, cue_end, cue_word = cue
        if cue_start == 0 and cue_word.endswith("ing"):
            participle = cue_word  # not inverted: in `"...," saying the city` the participle's object follows
        elif cue_start == 0:
            mention = noun_phrase_forward(text, offset + cue_end, after_end)  # inverted: `"...," said Peskov`
            if mention:
                return mention, cue_word, "after"
        elif _AND_BEFORE.search(rest, 0, cue_start):
            pass  # `would cost Vandeloo "..." a year, and said investors ...`: the sentence's subject said it
        elif not cue_word.endswith(("s", "ed", "ing", "told", "wrote", "said")) and _ARTICLE_BEFORE.search(
                rest, 0, cue_start):
            pass  # `"an interim outreach solution", a mobile counter that will visit`: after an article, a noun
        else:
            mention = _subject_after_quote(text, masked, offset, offset + cue_start)
            if mention:
                return mention, cue_word, "after"
            # "...what it called a "provocation" after a drone crashed, the foreign ministry said."
            if masked[offset:offset + cue_start].rstrip().endswith(",") and not cue_word.endswith("ing") and not (
                    rest[:4] in ("and ", "but ") and _NAME_AND_WHO.match(rest)):  # (`"...," and Hatchell, who, said`)
                # "...," in sharp contrast to other years, says Dana Cole, a pollster. (Not `, claiming some had
                # been ...`: a participle's object is no speaker.)
                mention = noun_phrase_forward(text, offset + cue_end, after_end)
                if mention:
                    return mention, cue_word, "after"
            subject_end, subject_start = subject_before(masked, offset, offset + cue_start)
            if (subject_start is not None and masked[offset:subject_start].rstrip().endswith(",")
                    and masked[offset + cue_end:after_end].strip() in ("", ".")):
                return head_with_name(text, subject_start, subject_end), cue_word, "after"
    # `"...," as the committee's chairman, Senator Waylon Gallimore, put it.`: who put it so
    put = _AS_PUT_IT_AFTER.match(rest) if rest[:3] in ("as ", "As ") else None
    if put:
        mention = noun_phrase_forward(text, offset + put.start(1), offset + put.end(1), strict=False)
        if mention and can_speak(mention):
            return mention, "put", "after"
    # A dash attribution that closes the paragraph: "..." — Jane Smith, mayor
    # (or the next quote, in a list of testimonies: "..." ― Jane Smith "..." ― Ana Ruiz); `―` is a dash too
    dash = after[:lead.end()] if lead else ""  # what leads from the quote to the words after it
    if dash and judged is None and ("—" in dash or "―" in dash or dash.strip() in ("-", "–")):
        mention = noun_phrase_forward(text, offset, after_end)
        rest = masked[offset:after_end].strip(" .").replace(mention or "", "", 1).strip()
        if mention and can_speak(mention) and (after_end == len(text) or not rest):
            return mention, None, "dash"

    # `He said ...; she said most were "..."`: a clause after a semicolon has its own speaker
    semicolon = masked.rfind(";", sent_start, open_at)
    if semicolon >= 0:
        sent_start = semicolon + 1
    before = masked[sent_start:open_at]
    # `As one analyst put it, "..."`: the subject of the comment clause that leads straight into the quote
    put = _AS_PUT_IT.search(before) if "put" in before else None
    if put:
        mention = tidy(text[sent_start + put.start(1):sent_start + put.end(1)])
        if can_speak(mention):
            return mention, "put", "before"
    # `X put the losses at "..."`: the estimate is the subject's
    estimate = PUT_AT.search(before) if before.endswith("at ") else None
    if estimate:
        subject_end, subject_start = subject_before(masked, sent_start, sent_start + estimate.start())
        if subject_start is not None and can_speak(mention := tidy(text[subject_start:subject_end])):
            return mention, "put", "before"
    # `blaming what Rimuwell called "..."`: what someone called it is theirs, whoever the sentence's subject
    what = _WHAT_CALLED.search(before) if "what " in before else \
        _THING_NAME_CALLED.search(before) if "call" in before[-12:] or "d as" in before[-8:] else None
    if what:
        mention = tidy(text[sent_start + what.start(1):sent_start + what.end(1)])
        if mention.lower() not in PRONOUNS and _NOT_WHAT_SUBJECTS.isdisjoint(mention.lower().split()) and \
                can_speak(mention):
            return mention, what.group(2).split()[0].lower(), "before"
        if mention.lower() in _CLAUSE_SUBJECTS and (subject := sentence_subject(
                text, masked, sent_start, sent_start + what.start())) and _NAMED_SUBJECT.fullmatch(subject):
            # `Ban Ki-moon condemned what he called a "..."`: the pronoun is the sentence's subject, named there
            return subject, what.group(2).split()[0].lower(), "before"
    # `The cut was denounced on Thursday by the member for Bonavista, Bernadine Quinlan: "..."`: a passive's agent
    agent = _BY_AGENT.search(before) if "by " in before and before.rstrip().endswith(":") else None
    if agent and any(w[:1].isupper() for w in agent.group(1).split()[1:]):  # a name in it: no `a single thought`
        mention = tidy(text[sent_start + agent.start(1):sent_start + agent.end(1)])
        if can_speak(mention):
            return mention, None, "colon"
    # `The imam of the mosque, Saliou Ndao, was more fatalistic: "..."`: how a named subject was, then a colon
    be = _BE_HOW_COLON.search(before) if before[-3:].rstrip().endswith(":") else None
    if be is not None:
        subject_start = opening_subject(text, masked, sent_start, sent_start + be.start())[0]
        if subject_start is not None:
            mention = head_with_name(text, subject_start, sent_start + be.start())
            if can_speak(mention) and any(w[:1].isupper() and w.lower() not in DETERMINERS for w in mention.split()):
                return mention, None, "colon"  # (a name in it: not `The message was clear:`)
            if (owned := _OWNED_MESSAGE.match(mention)) is not None:
                return owned.group(0), None, "colon"  # `His message to both sides was blunt:`: his words
    # Macron said, "..."  /  The Sofia communiqué called for "..."
    words = list(_CUE.finditer(before)) if before else []  # nearly half the quotes open their sentence
    lows = _lowered([match[0] for match in words])  # (indexing a match: faster than its group method)
    # `Obama condemned the test as "..."`, `Fox likened the two men to "..."`: a verb of judging is the cue too
    # (the clause after a semicolon may not hold it)
    judge_at = judged[0] - sent_start if judged is not None and judged[0] >= sent_start else -1
    # most quotes have no reporting verb before them in their sentence: one set test, no loop over the words
    if SPEECH_VERBS.isdisjoint(lows) and judge_at < 0:
        words = []
    unclaimed = None
    nouns: set[int] = set()  # where the reporting words read as nouns stand (`in real terms`)
    # the verb nearest the quote governs it: `Bush says he will wait. He says "..."`
    for n, match in enumerate(words):
        word = lows[n]
        if word not in SPEECH_VERBS and match.start() != judge_at or word == "asked" and match.group(0) == "Asked":
            continue  # "Asked about it, she said": the question is put to the speaker
        # "He’s predicting", "she is saying": a progressive is the finite verb, not a participle or a passive
        # (str's test first: the pattern, anchored at the verb, is tried at every position of the sentence)
        progressive = word.endswith("ing") and masked[sent_start:sent_start + match.start()].rstrip().endswith(
            _PROGRESSIVE_ENDS) and _PROGRESSIVE.search(masked, sent_start, sent_start + match.start())
        if word.endswith("ing") and n and not progressive:
            # "..., saying": the participle's subject is the sentence's; but "with Ana Ruiz calling it" is hers
            start = sent_start + match.start()
            subject_end, subject_start = subject_before(masked, sent_start, start)  # "Ana Ruiz reportedly yelling"
            with_subject = _WITH_SUBJECT.search(masked, sent_start, start)
            if with_subject and _BE_OR_AUXILIARY.isdisjoint(words := with_subject.group(1).lower().split()) and \
                    SUBORDINATORS.isdisjoint(words) and "whom" not in words and not words[-1].endswith("ing"):
                # `, with the minister for trade, Torgrim Nyegaard, saying`: the phrase after `with` is who says it
                mention = head_with_name(text, with_subject.start(1), with_subject.end(1))
                if can_speak(mention):
                    return mention, word, "before"
            if subject_start is not None and text[subject_start].isupper() and masked[subject_start:start].strip(
                    ) and not masked[sent_start:subject_start].strip() == "" and masked[:start].rstrip()[-1:] != ",":
                mention = tidy(text[subject_start:subject_end])
                if can_speak(mention):
                    return mention, word, "before"
            unclaimed = unclaimed or word
            continue
        if word in _TOLD_BY and before.startswith(" by ", match.end()) and (agent := noun_phrase_forward(
                text, sent_start + match.end() + 4, open_at, strict=False)) and can_speak(agent):
            return agent, word, "before"  # a passive's agent: `(was) told by the judge that the family should "..."`
        if n and lows[n - 1] in BE_FORMS and not progressive:
            continue  # passive, no speaker: "we are told that"
        if before[max(0, match.start() - 8):match.start()].rstrip().endswith(("wanted", "wants", "want", "needed")):
            continue  # `the question everybody wanted answered:` a participle after `wanted`, no verb of its own
        following = WORD.search(before, match.end())
        if following and following.group(0).lower() in _BE_OR_AUXILIARY and not (
                (word.endswith("ed") or word in ("said", "says", "told", "wrote"))
                and _WH_SUBJECT_BEFORE.search(before, max(0, match.start() - 60), match.start())):
            # a noun, not a verb: "the Baltic states are fortifying" (but "said repeatedly", "said both"; and
            # `which Treweeke said was "..."` leaves out its `that`)
            continue
        if not word.endswith(("s", "ed", "ing", "told", "wrote")) and (_ARTICLE_BEFORE.search(
                before, 0, match.start()) or _POSSESSIVE_BEFORE.search(before, 0, match.start()) or word != "said" and
                _SINGULAR_NOUNS_BEFORE.search(before, 0, match.start())):
            unclaimed = unclaimed or word  # "a snappy retort", "another comment": after an article, a noun
            continue
        if _NUMBER_BEFORE.search(before, max(0, match.start() - 16), match.start()):
            unclaimed = unclaimed or word  # "has taken more than 600 calls since January, said": a count, a noun
            continue
        if word in _NOUNISH_CUES and not (before[match.end():].lstrip().startswith("that") or before[
                match.end():].lstrip().startswith(":") and before[max(0, match.start() - 6):match.start()] != "which "):
            unclaimed = unclaimed or word  # "a neighbouring state", "a fourth term": nouns, unless "states that" (or
            # "The report states:" over a block; not `a health alert to its staff in China, which states:`)
            nouns.add(match.start())
            continue
        start = sent_start + match.start()
        if not SPEECH_VERBS.isdisjoint(lows[n + 1:]) and _WITH_PARTICIPLE.search(before, match.end()):
            continue  # `The government promised a review, with the minister, Ana Ruiz, saying that "..."`: hers
        if not SPEECH_VERBS.isdisjoint(lows[n + 1:]) and _in_opening_phrase(before, match.start(), match.end()):
            continue  # `In a statement posted on its website, Skyward said`: the later verb governs the quote
        if (later := _LATER_CLAUSE.search(before, match.end())) and any(
                lows[m] in SPEECH_VERBS and not lows[m].endswith("ing") and words[m].start() > later.end()
                for m in range(n + 1, len(words))):
            continue  # the later clause's verb, with its own subject, governs the quote
        # (str's search first: the pattern is tried at every position of the sentence, and most have no `wh`)
        relative = _RELATIVE_WHO.search(masked, sent_start, start) if masked.find(
            "wh", sent_start, start) >= 0 else None
        if relative and not SPEECH_VERBS.isdisjoint(lows[n + 1:]):
            continue  # `Ruiz, who says little, told them "..."`: the later verb governs the quote
        if relative and (unclaimed is None or unclaimed in _NOUNISH_CUES or relative.group(0).startswith(",")):
            # `..., Ana Ruiz, who has long argued that "..."`: the relative pronoun is the mention as written (but
            # in `saying anyone who complains is "..."` the earlier verb governs the quote)
            pronoun = next(group for group in (1, 2, 3) if relative.group(group))
            subject = WORD.search(masked, relative.end(pronoun), start)
            if pronoun in (1, 2) and subject and subject.group(0).lower() in _CLAUSE_SUBJECTS:
                # `the reserve fund, which she described as "..."`, `Obama, who he noted was "..."`: the relative is
                # the object; she speaks
                return text[subject.start():subject.end()], word, "before"
            if pronoun == 2 and (noun := _RELATIVE_OBJECT_OF.match(masked, relative.end(pronoun), start)):
                # `a hike, which the union has rejected as "..."`: the relative is the object; the union speaks
                return text[noun.start(1):noun.end(1)], word, "before"
            return text[relative.start(pronoun):relative.end(pronoun)], word, "before"
        subject_end, subject_start = subject_before(masked, sent_start, start)
        clause = _NONRESTRICTIVE_CLAUSE.search(masked, max(sent_start, subject_end - 200), subject_end) or (
            _SIGNED_DOCUMENT.search(masked, max(sent_start, subject_end - 200), subject_end)
            if " by " in masked[max(sent_start, subject_end - 200):subject_end] else None)
        if clause:
            # `Tomas Wirz, the chairman, who ran a school for 22 years, said`: the subject before the clause
            # (and before its appositions: the subject that opens the sentence, when a comma follows it)
            # (and before a gloss in brackets: `The miners’ union Jedność (Unity), which represents ...`)
            bracket = BRACKET_BEFORE.search(masked, sent_start, clause.start())
            clause_start = bracket.start() if bracket else clause.start()
            opening, head, head_end = opening_subject(text, masked, sent_start, clause_start)
            if _comma_follows(masked, head, head_end, clause_start):
                subject_start, subject_end = opening, clause_start  # with a name in apposition
            elif head and head[:1].isupper() and head.split()[0].lower() in ("a", "an", "one", "another") and \
                    (phrase := _PHRASE_AFTER_HEAD.match(masked, head_end, clause_start)):
                # `One sales agent with two titles still in the lineup, who asked not to be named, called`; what
                # they were doing is not who: `One mother waiting at the gate, who ..., asked` is One mother
                subject_start, subject_end = opening, head_end if phrase.group(1) or phrase.group(2) else clause_start
            elif (before_clause := noun_phrase_back(masked, sent_start, clause_start)) is not None:
                subject_start, subject_end = before_clause, clause_start
        elif ", and who " in masked[max(sent_start, subject_end - 300):subject_end] and (
                chain := _WHO_CHAIN.search(masked, max(sent_start, subject_end - 300), subject_end)) and (
                opening := _opening_before_clause(text, masked, sent_start, chain.start())) is not None:
            # `A structural engineer who worked on the 2023 inspection, and who asked not to be named, said`: the
            # subject opens the sentence, not the noun inside the first clause
            subject_start, subject_end = opening, chain.start()
        elif subject_start is not None and masked[subject_start:subject_start + 4] in ("the ", "a ", "an ") and (
                clause := _RESTRICTIVE_WHO.search(masked, max(sent_start, subject_end - 160), subject_end)) and \
                clause.start() < subject_start and " that " not in clause.group(0) and (
                opening := _opening_before_clause(text, masked, sent_start, clause.start())) is not None:
            # `A port worker who was not allowed to speak to the media said`: the media is in the clause; the
            # subject opens the sentence before it
            subject_start, subject_end = opening, clause.start()
        if subject_start is None:
            # `a Senate aide who spoke on condition of anonymity said`: the subject before a restrictive clause
            clause = _RESTRICTIVE_WHO.search(masked, max(sent_start, subject_end - 160), subject_end) or \
                _WHO_CHAIN.search(masked, max(sent_start, subject_end - 300), subject_end) or \
                _DASHED_APPOSITION.search(masked, max(sent_start, subject_end - 200), subject_end)
            if clause:
                subject_start = noun_phrase_back(masked, sent_start, clause.start())
                subject_end = clause.start() if subject_start is not None else subject_end
        if subject_start is None and masked[sent_start:subject_end].rstrip().endswith((" and", " but")):
            unclaimed = unclaimed or word  # "criticized the plan and said": the sentence's subject speaks
        if word in _FINDING and (subject_start is None or any(
                lows[m] in SPEECH_VERBS and not _AND_BEFORE.search(before, 0, words[m].start())
                for m in range(n + 1, len(words))) or ORG_WORDS.isdisjoint(
                    w.lower().strip(".,") for w in masked[subject_start:subject_end].split())):
            # `the review found that`, not `she found that` or `it was found that`; and a later verb in what was
            # found governs the quote (`found that the catalogue, which described them as "..."`), unless `and`
            # gives it the same subject (`found that ..., and called it "..."`)
            continue
        if subject_start is not None:
            mention = head_with_name(text, subject_start, subject_end)
            if _PREPOSITION_BEFORE.search(masked, sent_start, subject_start):
                # `Ruiz, during a meeting in Dayton, Ohio, said`: a preposition's object; the subject opens the
                # sentence and the phrase between commas interrupts it
                opening, head, head_end = opening_subject(text, masked, sent_start, subject_start)
                if _comma_follows(masked, head, head_end, subject_start):
                    mention = head
                elif head and masked[head_end:subject_start].strip() in _LOCATING:
                    mention = tidy(text[opening:subject_end])  # `Officials in Dayton said`: one noun phrase
                elif head and head.split()[0].lower() in ("a", "an", "the") and _PARTICIPLE_PHRASE.match(
                        masked, head_end, subject_start):
                    mention = head  # `A staff report presented to council in April warned`: the report warned
            elif masked.endswith(("before ", "after ", "during "), sent_start, subject_start):
                # `A district presentation shown before the vote said`: a time's noun after a participle, no speaker
                head = opening_subject(text, masked, sent_start, subject_start)[1]
                if head and head.split()[0].lower() in ("a", "an", "the") and len(words_of := head.split()) > 2 and \
                        _PARTICIPLE.fullmatch(words_of[-1]):
                    mention = head.rsplit(None, 1)[0]
            if word not in _PLAIN_SAYING and (opening := _opening_source(text, before, sent_start)) and \
                    subject_start >= sent_start + opening[0] and _no_one(text, masked, subject_start, subject_end + 1) \
                    and (source := opening[1]):
                # `According to Mukucha, the company ... promised them "..."`: a body's or a thing's words as the
                # source the sentence opens with tells them
                return source, "according to", "according"
            if can_speak(mention):
                return mention, word, "before"
            # "his remarks", "on Friday", "that Ames": a noun or a clause, not the speaker; the quote is still
            # someone's words, whose subject the clause fallback looks for
            unclaimed = unclaimed or word
            continue
        between = before[match.end():].rstrip()
        opens = masked[sent_start:sent_start + match.start()].rstrip()
        if between.endswith((",", ":")) and len(between.split(None, 24)) <= 24 and (
                not opens.strip(" \"“”‘’'") or opens.endswith((",", "\"", "”", "’"))):
            # inverted: `Said Ames, "..."`, `explained the moderator, Ana Ruiz: "..."`
            mention = noun_phrase_forward(text, sent_start + match.end(), sent_start + match.end() + len(between) - 1)
            if mention:
                return mention, word, "before"
        participle = _PARTICIPLE_AFTER.search(between)
        if participle and opens.endswith(("\"", "”", "’")):
            # `"...," said Ana Ruiz, adding that "..."`: the inverted subject speaks on through the participle
            mention = noun_phrase_forward(text, sent_start + match.end(), sent_start + match.end() + participle.start())
            if mention:
                return mention, word, "before"
        # a subject this grammar cannot read ("The GOP front-runner complained that ..."): the verb still
        # governs the quote, and the clause fallback looks for who speaks
        unclaimed = unclaimed or word

    if unclaimed:
        # `According to the NDMA's report, floodwater still covers "..."`: the only reporting word is the noun of
        # the phrase the sentence opens with; or the clause after it is a body's or a thing's (`According to
        # Spurgeon, the county has asked the state for money and expects "..."`): its source reports it
        opening = _opening_source(text, before, sent_start)
        if opening and opening[1] and (all(match.start() < opening[0] for n, match in enumerate(words)
                                           if lows[n] in SPEECH_VERBS and match.start() not in nouns)
                                       or _no_one(text, masked, sent_start + opening[0], open_at)):
            return opening[1], "according to", "according"
        return None, unclaimed, "before"

    # A name and a colon: `Ames: "..."`, `MR. OKAFOR: "..."` (a transcript or a side-by-side comparison)
    ends_in_colon = before.rstrip().endswith(":")
    named = _COLON_NAME.search(before) if ends_in_colon else None  # the pattern ends in a colon
    if named:
        return tidy(text[sent_start + named.start(1):sent_start + named.end(1)]), None, "colon"

    # Asked what she would change, she did not hesitate: "..."
    if ends_in_colon:
        clause = _CLAUSE_BREAK.split(before.rstrip()[:-1])[-1]
        subject = WORD.search(clause)
        if subject and subject.group(0).lower() in PRONOUNS:
            offset = sent_start + len(before.rstrip()[:-1]) - len(clause) + subject.start()
            return text[offset:offset + len(subject.group(0))], None, "colon"

    for region_start, region_end in ((after_start, after_end), (sent_start, open_at)):
        match = _ACCORDING.search(masked, region_start, region_end)
        if match:
            # whatever follows "according to" is the source: "according to hydrologist Petra Lind"
            mention = noun_phrase_forward(text, match.end(), region_end, strict=False)
            if mention:
                return mention, "according to", "according"
    return (None, participle, "after") if participle else (None, None, None)


def _opening_source(text: str, before: str, sent_start: int) -> tuple[int, str | None] | None:
    """A sentence that opens `According to X,`: where that phrase ends in `before`, and X as written."""
    opening = _OPENING_ACCORDING.match(before) if "According to " in before[:16] else None
    if opening is None:
        return None
    return opening.end(), noun_phrase_forward(text, sent_start + opening.start(1), sent_start + opening.end(1),
                                              strict=False)


def _no_one(text: str, masked: str, start: int, end: int) -> bool:
    """Is the subject of the clause at `start` a body or a thing (`the county`, `the shelter`, `the Board's spraying
    programme`), no person? Or a group no one names (`six drivers`, `managers`, `more than 300 businesses`), whose
    words the source of `According to X,` reports?"""
    if _UNNAMED_GROUP_SAYS.match(masked, start, end):
        return True
    subject = subject_at(text, masked, start, end)[0]
    words = subject.split() if subject else []
    return len(words) >= 2 and words[0].lower() in ("the", "its", "their") and words[-1].islower() and \
        not any(word[:1].isupper() and not word.endswith(("'s", "’s")) for word in words[1:]) and \
        not _is_person_noun(words[-1])


_UNNAMED_GROUP_SAYS = re.compile(r"\s*(?:(?:more|fewer|less)\s+than\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight"
                                 r"|nine|ten|several|many|some|most|dozens|hundreds|thousands)?\s*"
                                 r"(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s\s+(?:have\s+|had\s+|has\s+)?"
                                 r"(?:told|said|agreed|warned|admitted|reported|claimed)\b")


def _opening_before_clause(text: str, masked: str, sent_start: int, clause_start: int) -> int | None:
    """Where the noun phrase that opens the sentence and runs to a who clause starts: `A port worker who`, `An
    official at the trust who` (a phrase of place after the head), or None."""
    opening = noun_phrase_back(masked, sent_start, clause_start)
    if opening is not None and not masked[sent_start:opening].strip(" \"“”‘’'"):
        return opening
    start, head, head_end = opening_subject(text, masked, sent_start, clause_start)
    if head and start is not None and (_PHRASE_AFTER_HEAD.match(masked, head_end, clause_start) or head[:1].isupper()
                                       and _APPOSITION_AFTER_HEAD.match(masked, head_end, clause_start)) and \
            not masked[sent_start:start].strip(" \"“”‘’'"):
        return start  # (or a name and its apposition: `Yekosofati Ssebbowa, a 67-year-old father of eleven who`)
    return None


# a phrase of its own after a subject's head: ` at the trust `, ` with two titles still in the lineup `, or what
# they were doing: ` waiting at the gate `
# (a participle has its own object or place: not `planning` in `A former county planning officer`)
# (or a past participle and its place: `One conductor based at Preston, who ..., said`)
_PHRASE_AFTER_HEAD = re.compile(r"\s+(?:at|of|from|for|with|in|on|([a-z]{2,}ing)(?=\s+(?:at|in|on|by|near|beside"
                                r"|outside|inside|behind|with|for|from|to|into|a|an|the|her|his|their|its)\s)"
                                r"|((?:based|stationed|posted|employed|living|working)\s+(?:at|in|on|near|by)))"
                                r"\s+[^,;:\"“”]{1,60}$")
_APPOSITION_AFTER_HEAD = re.compile(r",\s+(?:an?|the)\s+[^,;:\"“”]{1,80}$")


def _in_opening_phrase(before: str, start: int, end: int) -> bool:
    """The word at before[start:end] is inside the phrase or clause that opens the sentence (`In a statement
    posted on its website,`, `After Trump argued that ...,`), which a later reporting verb is not."""
    first = WORD.search(before)
    return bool(first) and first.group(0).lower() in INTRODUCING and "," not in before[:start] and \
        "," in before[end:]


def _comma_follows(masked: str, head: str | None, head_end: int, end: int) -> bool:
    """The sentence's opening subject is followed by a comma before `end`: what stands between interrupts it."""
    return bool(head) and masked[head_end:end].lstrip().startswith(",")


def _subject_after_quote(text: str, masked: str, start: int, end: int) -> str | None:
    """`"...," central bank governor Ana Ruiz, 54, said`: what stands between quote and verb is the subject.

    Bounded to a dozen words; an apposition after the first comma is left out of the mention.
    """
    end, tokens = skip_auxiliaries(masked, start, end)
    head_end = masked.find(",", start, end)
    if head_end < 0:
        head_end = end
    else:
        # "..., Rep. Ana Ruiz (D-Ohio), a member of the panel, said": the label before the apposition too
        head_end, tokens = skip_auxiliaries(masked, start, head_end)
    segment = masked[start:head_end]
    if not segment.strip() or len(segment.split(None, 12)) > 12 or _QUOTE_MARK.search(segment):
        return None
    words = segment.split()
    if words[0].lower() in CLAUSE_OPENERS:
        return None  # "... after a drone crashed near the border, the ministry said": a clause, not a subject
    if len(words) > 1 and words[-1].lower() in _SUBJECT_PRONOUNS:
        return None  # `"...", a fact he conceded was ...`: a clause about the quote, whose speaker is named before
    if head_end < end and (tail := masked[head_end:end].split()) and tail[-1].lower() in _SUBJECT_PRONOUNS:
        return None  # `"...", a reference, he said, to ...`: the pronoun says it; the phrase glosses the quote
    subject_start = noun_phrase_back(masked, start, head_end, tokens)
    if subject_start is None:
        return None
    leftover = masked[start:subject_start].split()  # "central bank", "CBS This Morning co-anchor"
    if 2 <= len(leftover) <= 4 and leftover[-1] == "and" and leftover[-2] in TITLE_WORDS and all(
            w.islower() and w.isalpha() and w not in PHRASE_PREPOSITIONS and w not in _FUNCTION_WORDS
            for w in leftover):
        leftover = []  # "managing director and chief executive Ana Ruiz told": two titles, one subject
    if 3 <= len(leftover) <= 4 and leftover[0].lower() in ("a", "an", "the", "one") and \
            leftover[-1].lower() in PHRASE_PREPOSITIONS and all(
                w.replace("-", "").isalpha() and w.lower() not in CLAUSE_OPENERS for w in leftover[1:-1]):
        return head_with_name(text, start, end)  # "a staffer in the room wondered": the phrase is the subject's
    if len(leftover) > 1 and leftover[-1] == "of" and all(w[:1].isupper() for w in leftover[:-1]):
        leftover = leftover[:-1]  # `"...," Mr. Morgan of the Sierra Club said`: a name, and the body it is of
    if len(leftover) > 5 or any(not w.replace("-", "").isalpha() and not (  # (or a title's abbreviation: `Mr.`)
                                    w[-1] == "." and w[:-1].lower() in ABBREVIATIONS and w[:1].isupper())
                                or w.lower() in CLAUSE_OPENERS or w.endswith("ing") and w.islower() for w in leftover):
        return None  # "..., referencing its donations on Wednesday, but reports reveal": a clause, no subject
    return head_with_name(text, start, end)


_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "it"}
_FUNCTION_WORDS = DETERMINERS | _SUBJECT_PRONOUNS | {"her", "his", "him", "them"}


_NOUN_AFTER_THE = {"accused"}


def _first_cue(text: str) -> tuple[int, int, str] | None:
    """The first reporting verb among the first dozen words."""
    if not text:
        return None  # a third of the quotes end their sentence
    candidates = list(itertools.islice(_CUE.finditer(text), 16))
    lows = _lowered([match[0] for match in candidates])
    if SPEECH_VERBS.isdisjoint(lows):
        return None
    for n, match in enumerate(candidates):
        word = lows[n]
        following = lows[n + 1] if n + 1 < len(candidates) else ""
        # "the report said": a noun that looks like a cue, followed by the real verb (but "said, mentioning"
        # is two verbs: a past or -ing form is never the noun)
        if word in SPEECH_VERBS and (following not in SPEECH_VERBS or word in _VERB_ONLY
                                     or word.endswith(("ed", "ing"))) and not (
                word in _NOUN_AFTER_THE and following in SPEECH_VERBS and text[:match.start()].endswith("the ")):
            # (`the accused replied`: after `the`, a participle that names a person, then the verb)
            return match.start(), match.end(), word
    return None


# `The inquiry was told: "..."`: the subject hears the quote; whoever speaks was named before
_TOLD_COLON = re.compile(r"\s*[^.;:\"“”]{2,80}?\s(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?"
                         r"(?:told|informed|reminded)\s*:\s*")


def told_colon(masked: str, start: int, end: int) -> bool:
    """Is masked[start:end] a passive `... was told:` whose subject hears the quote after it?"""
    return masked[start:end].rstrip().endswith(":") and _TOLD_COLON.fullmatch(masked, start, end) is not None


def clause_subject(text: str, masked: str, sent_start: int, open_at: int, after_start: int,
                   after_end: int) -> str | None:
    """Who speaks when no reporting verb says so: the subject of the quote's clause.

    `"Go home," the mayor snapped.` -> `the mayor` (a subject and any verb right after the quote);
    `The senator thanked them for "standing firm."` -> `The senator` (the subject that opens the sentence,
    after an introductory phrase: `Speaking in Ohio, she called it "..."`).
    """
    if not masked[sent_start:open_at].strip(" \"“‘'«(—–-"):
        after = masked[after_start:after_end]
        lead = _LEAD_NO_BAR.match(after)
        start = after_start + lead.end()
        mention, end = subject_at(text, masked, start, after_end)
        if mention and looks_like_verb(masked, end, after_end):
            return mention
        return None
    if masked[sent_start:open_at].lstrip()[:1] in _QUOTE_OPENERS:
        # `"...," said Cunliffe, who has pitched himself as the one to deny Labour "a free pass".`: the sentence
        # opens with a quote (no subject inside it); whoever said that one speaks
        return _speaker_after_opening_quote(text, masked, sent_start, open_at)
    by = _BY.match(masked, after_start, after_end)
    if by and _PASSIVE_BEFORE.search(masked[sent_start:open_at]):
        # passive: `the inquiry, labelled "a witch hunt" by Democrats`
        mention = noun_phrase_forward(text, by.end(), after_end)
        if mention and can_speak(mention):
            return mention
    if told_colon(masked, sent_start, open_at):
        return None  # (the subject heard it)
    _, mention, end = opening_subject(text, masked, sent_start, open_at)
    end = _past_authors(masked, mention, end, open_at)
    if mention and end < open_at and (looks_like_verb(masked, end, open_at)
                                      or verb_after_phrase(masked, end, open_at)):
        return mention
    # the comma that ends the opening phrase, after the quote or inside it ("a farce," the mayor ...)
    comma = (_COMMA if text[max(0, after_start - 2)] != "," else _SPACE).match(masked[after_start:after_end])
    if comma and masked[sent_start:open_at].strip().split()[0].lower() in INTRODUCING:  # (in, by, after among them)
        # `In calling the plan "a farce," the mayor went further`: the subject follows the opening phrase
        mention, end = subject_at(text, masked, after_start + comma.end(), after_end)
        if mention and looks_like_verb(masked, end, after_end):
            return mention
    return None


# (a straight single mark is left out: a sentence that opens `'It’s ...` is no quote)
_QUOTE_OPENERS = frozenset(DOUBLE_OPEN + DOUBLE_EITHER + SINGLE_OPEN)
_QUOTE_CLOSERS = re.compile(f"[{DOUBLE_CLOSE}{DOUBLE_EITHER}{SINGLE_CLOSE}]")
_AFTER_CLOSING = re.compile(r"[\s,]*(?:[—―–-]+\s*)?")


def _speaker_after_opening_quote(text: str, masked: str, sent_start: int, open_at: int) -> str | None:
    """Who said the quote that opens the sentence: `"...," said Ana Ruiz, who ...` or `"...," Ana Ruiz said`."""
    opening = masked.index(masked[sent_start:open_at].lstrip()[0], sent_start)
    closing = _QUOTE_CLOSERS.search(masked, opening + 1, open_at)
    if closing is None:
        return None
    offset = _AFTER_CLOSING.match(masked, closing.end(), open_at).end()
    cue = _first_cue(masked[offset:open_at])
    if cue is None:
        return None
    if cue[0] == 0:
        return noun_phrase_forward(text, offset + cue[1], open_at)
    return _subject_after_quote(text, masked, offset, offset + cue[0])


def sentence_subject(text: str, masked: str, start: int, end: int) -> str | None:
    """The subject of a whole sentence, when a verb follows it: `Iowa's Ana Ruiz agreed.` -> `Iowa's Ana Ruiz`;
    after `was` in an inverted sentence: `Among them was Ana Ruiz, a nurse.` -> `Ana Ruiz`."""
    inverted = _INVERTED_BE.match(masked, start, end)
    if inverted:
        mention = noun_phrase_forward(text, inverted.end(), end)
        return mention if mention and can_speak(mention) else None
    subject_start, mention, stop = opening_subject(text, masked, start, end)
    stop = _past_authors(masked, mention, stop, end)
    if mention and stop < end and (looks_like_verb(masked, stop, end) or masked[start:subject_start].rstrip().endswith(
            ",") and verb_after_phrase(masked, stop, end)):
        return mention  # (after an opening phrase, a phrase of its own: `Asked about it, a packer in a mask shrugged.`)
    return None


def _past_authors(masked: str, subject: str | None, by_at: int, end: int) -> int:
    """Where a document's `by` phrase after its subject ends: at the first of its next five words a verb follows
    (`by council officers` in `A report by council officers found`: the report, then its verb); `by_at` itself when
    none does, or no such phrase follows."""
    if not subject or not masked.startswith(" by ", by_at) or subject.rsplit(None, 1)[-1].lower() not in \
            DOCUMENT_WORDS:
        return by_at
    at = by_at + 3
    for _ in range(5):
        word = _NEXT_WORD.match(masked, at, end)
        if word is None:
            break
        at = word.end()
        if looks_like_verb(masked, at, end):
            return at
    return by_at


_NEXT_WORD = re.compile(r"\s+[\w'’-]+")
_FINDING = {"found that"}  # what a document or a body concludes; a person's finding is no speech
_NOUNISH_CUES = {"state", "states", "term", "terms", "report", "reports", "comment", "comments", "claim", "claims",
                 "post", "posts", "label", "brand", "query", "estimate", "estimates", "answer", "reply",
                 "promise", "pledge", "tweet", "tweets", "note", "notes", "remark", "remarks", "complaint"}
