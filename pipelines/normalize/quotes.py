"""Paragraphs to quotes: pair the quote marks, classify each stretch, find its cue and the speaker as written.

Works paragraph by paragraph in one pass over the marks, so time is linear in the text, whatever the marks.
Speaker names are resolved afterwards, across the article, by `speakers.resolve_speakers`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass

from pipelines.normalize.attribution import attribution, clause_subject, sentence_subject, told_colon
from pipelines.normalize.kinds import (
    CLOSING_WORDS,
    SCARE_MAX_WORDS,
    TERMINAL,
    a_signs_words,
    glosses_previous,
    governed,
    is_title,
    more_words,
    paired_with_previous,
    quote_kind,
    reads_a_sign_before,
)
from pipelines.normalize.lexicon import (
    CAPITAL,
    DETERMINERS,
    DOUBLE_CLOSE,
    DOUBLE_EITHER,
    DOUBLE_OPEN,
    PRONOUNS,
    QUOTE_OPENING_MARKS,
    ROLE_LABELS,
    SINGLE_CLOSE,
    SINGLE_EITHER,
    SINGLE_OPEN,
    TITLE_WORDS,
    TRANSCRIPT_TURN,
)
from pipelines.normalize.model import Issue, Paragraph, Quote, changed, made
from pipelines.normalize.names import NAME_RUN, NOT_NAMES, is_first_name, orgish, strip_possessive
from pipelines.normalize.phrases import ARTICLES, subject_before
from pipelines.normalize.sentences import positions_of, sentence_starts
from pipelines.normalize.speakers import resolve_speakers

_OPENERS_BEFORE = set("([{—–-/")
ATTRIBUTION_WINDOW = 400  # characters around a quote searched for its speaker
# Single marks that can open (after a space or bracket, before a letter, not ’) or close (after a non-space, before
# no letter, not ‘) a quote: apostrophes inside words (don't, Russia’s) are neither, and most single marks are those.
# (Tried only at the marks, which str's search finds: see positions_of.)
_SINGLE_MARK_CHARS = "'‘’"
_SINGLE_MARK = re.compile(rf"[{_SINGLE_MARK_CHARS}](?:(?<=(?<![^\s(\[—–])['‘])(?=[^\W_])()|(?<=\S['’])(?![^\W_]))")
# (the mark first, so that the regex engine skips fast to the next mark; "(?<!\S[‘'])" is "at the start or after a
# space" said after it)
_SINGLE_OPENING = re.compile(r"[‘'](?<!\S[‘'])\w")


class _MaskTable(dict):
    """str.translate table: every character that is not white space becomes x (filled in as characters are met)."""

    def __missing__(self, code: int) -> int | str:
        value = code if chr(code).isspace() else "x"
        self[code] = value
        return value


_MASK = _MaskTable()


@dataclass
class _Span:
    """A quoted stretch in one paragraph: positions of its marks (close is None when it runs to the end)."""

    open: int
    close: int | None
    run: int = -1  # quotes running over several paragraphs share a run number


def find_quotes(paragraphs: Sequence[Paragraph]) -> list[Quote]:
    """Every quoted stretch in the article, in order, with kind, cue, mention and resolved speaker."""
    return extract_quotes(paragraphs)[0]


def extract_quotes(paragraphs: Sequence[Paragraph], writers: Sequence[str] = ()) -> tuple[list[Quote], list[Issue]]:
    """Quotes, and the data-quality findings met on the way (unbalanced quote marks). `writers` are the article's
    authors: the one the writer's own `I` stands for."""
    as_written = paragraphs
    paragraphs = _marks_as_paired(paragraphs)
    spans_by_para, issues = _pair_marks(paragraphs, _quote_style(paragraphs))
    found: list[tuple[Paragraph, list[tuple[Quote, int]]]] = []
    names = _TranscriptNames(paragraphs)
    interview = _Interview(paragraphs, spans_by_para)
    for paragraph in paragraphs:
        if paragraph.kind == "footer":
            continue
        spans = spans_by_para.get(paragraph.position, [])
        if paragraph.kind == "blockquote" and not spans:
            found.append((paragraph, [(_block_quote(paragraph, paragraphs), -1)]))
        elif not spans and paragraph.text[:2] in _DASH_OPENINGS and (dashed := _dash_quote(paragraph, paragraphs)):
            found.append((paragraph, [(dashed, -1)]))
        elif (not spans or ":" in paragraph.text[:60]) and (
                turn := _whole_turn(paragraph, spans, names, interview)) is not None:
            found.append((paragraph, [(turn, -1)]))
        elif not spans and found and len(found[-1][1]) == 1 and found[-1][1][0][1] == -1 and (
                turn := _turn_goes_on(paragraph, paragraphs, found)) is not None:
            found.append((paragraph, [(turn, -1)]))
        elif spans:
            quotes = _attribute_paragraph(paragraph, spans)
            found.append((paragraph, [(q, s.run) for q, s in zip(quotes, spans, strict=True)]))
        else:
            found.append((paragraph, []))

    # A quote running over several paragraphs: the mention found in one part belongs to every part.
    by_run: dict[int, tuple[str, str | None]] = {}
    for _, entries in found:
        for quote, run in entries:
            if run >= 0 and quote.speaker_mention and run not in by_run:
                by_run[run] = (quote.speaker_mention, quote.cue)
    for _, entries in found:
        for i, (quote, run) in enumerate(entries):
            if run in by_run and quote.speaker_mention is None:
                entries[i] = (changed(quote, speaker_mention=by_run[run][0], cue=by_run[run][1]), run)

    # A paragraph that opens with an unattributed quote continues the previous paragraph's speaker.
    # With no quote there, the subject of its last sentence (`Ames took the stage.` then `"We won."`).
    # In an exchange of quoted paragraphs, a question and its answer alternate: an answer with no attribution after
    # a question is the asker's counterpart's, and so is a question with none after an answer.
    previous: str | None = None
    prior: Paragraph | None = None
    prior_scares: set[int] = set()  # where the scare quotes of `prior` start: no one's words
    exchange: list[tuple[str, bool]] = []  # (speaker, asked) of the run of paragraphs of quotes just before
    for paragraph, entries in found:
        if not entries:
            previous, prior, exchange, prior_scares = None, paragraph, [], set()
            continue
        opens_with_quote = paragraph.text[:1] in QUOTE_OPENING_MARKS or paragraph.text[:2] in _DASH_OPENINGS and \
            entries[0][0].char_start == 2
        unattributed = [i for i, (q, _) in enumerate(entries) if q.kind == "direct" and q.speaker_mention is None]
        if opens_with_quote and unattributed:
            if previous is None and prior is not None and prior.kind == "body":
                previous = _closing_subject(prior, spans_by_para.get(prior.position, []), prior_scares)
            if len(entries) == 1 and len(exchange) >= 2 and exchange[-2][0] != exchange[-1][0] and (
                    exchange[-1][1] or entries[0][0].text.rstrip()[-1:] == "?"):
                previous = exchange[-2][0]  # ‘Three weeks after?’ the chair pressed. / ‘Broadly, yes.’: the minister
            for i in unattributed if previous else ():
                entries[i] = (changed(entries[i][0], speaker_mention=previous), entries[i][1])
        speech = [q for q, _ in entries if q.kind != "scare" and q.speaker_mention]
        previous = speech[-1].speaker_mention if speech else None
        prior = paragraph
        prior_scares = {q.char_start for q, _ in entries if q.kind == "scare"}
        if opens_with_quote and speech:
            exchange.append((previous, speech[-1].text.rstrip()[-1:] == "?"))
        else:
            exchange = []

    quotes = [quote for _, entries in found for quote, _ in entries]
    if paragraphs is not as_written:  # (a mark inside a quote's words is given back as the file has it)
        texts = {p.position: p.text for p in as_written}
        quotes = [q if (text := texts[q.paragraph_position][q.char_start:q.char_end]) == q.text
                  else changed(q, text=text) for q in quotes]
    return resolve_speakers(paragraphs, quotes, writers), issues


# A transcript's turn is lexicon.TRANSCRIPT_TURN (`MR. O'NEILL:`, `TAPPER:`) ...
# ... or a role's (lexicon.ROLE_LABELS), among other speakers' turns: `THE COURT: Thank you, Mr. Anzaldúa.`

# ... and in ordinary case, a surname alone: `Kleppestø: How long have you known?` (see _TranscriptNames.surname_turn)
_SURNAME_TURN = re.compile(rf"^([{CAPITAL}][\w'’-]+):\s+(?=\S)")
# ... or a full name: `Benedita Salgueiro: You started as an apprentice.` (see _TranscriptNames.name_turn)
_NAME_TURN = re.compile(rf"^([{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{1,3}}):\s+(?=\S)")


class _TranscriptNames:
    """The surnames an article names in ordinary case, read once and only if a paragraph looks like a turn."""

    def __init__(self, paragraphs: Sequence[Paragraph]):
        self._paragraphs = paragraphs
        self._surnames: set[str] | None = None
        self._turns: int | None = None
        self._surname_turns: set[str] | None = None
        self._name_turns: set[str] | None = None  # full names that label turns (and their initials, `BS`)
        self._labels: Counter[str] | None = None  # every label that opens a paragraph, with how many it opens

    def dateline(self, paragraph: Paragraph) -> bool:
        """`MEHRABAD: The festival opened ...`: the first paragraph's label is a dateline unless another paragraph
        opens with a label too (a transcript has turns)."""
        first = next((p for p in self._paragraphs if p.kind == "body"), None)
        if first is None or paragraph.position != first.position:
            return False
        if self._turns is None:
            self._turns = sum(1 for p in self._paragraphs if ":" in p.text[:40] and TRANSCRIPT_TURN.match(p.text))
        return self._turns < 2

    def surname_turn(self, paragraph: Paragraph) -> re.Match | None:
        """`Kleppestø: ...`: a surname the article gives after a first name or a title (`Jonas Kleppestø`), in an
        article with two such turns or more (`Note:` or `Update:` is no one's surname)."""
        if self._surname_turns is None:
            labels = [m.group(1) for p in self._paragraphs if (m := _SURNAME_TURN.match(p.text))]
            # (with fewer than two labels there are fewer than two turns, whatever the names: none are read)
            full_names = set() if len(labels) < 2 else {
                strip_possessive(words[-1])
                for p in self._paragraphs if p.kind != "footer" for run in NAME_RUN.findall(p.text)
                if 2 <= len(words := run.split()) <= 5 and not orgish(words) and (
                    is_first_name(words[-2]) and not words[-2].endswith(".")
                    or words[0].lower().rstrip(".") in TITLE_WORDS
                    # (or a first name the table lacks: `Ysanne Quarrender’s fifth novel`)
                    or len(words) == 2 and words[0].isalpha() and words[0].lower() not in NOT_NAMES
                    and len(words[0]) > 2 and not words[0].isupper())}
            self._surname_turns = {label for label in labels if label in full_names}
            if sum(label in self._surname_turns for label in labels) < 2:
                self._surname_turns = set()
        match = _SURNAME_TURN.match(paragraph.text)
        if match is None or match.group(1) not in self._surname_turns:
            return None
        return match if paragraph.text.count(" ", match.end()) >= 4 else None  # (`Clinton: 547.` is a tally)

    def name_turn(self, paragraph: Paragraph) -> re.Match | None:
        """`Benedita Salgueiro: ...` and then `BS: ...`: a person's full name labels a turn, and so do its initials
        once it has, in an article with three such turns or more."""
        if self._name_turns is None:
            if not (_NAME_TURN.match(paragraph.text) or TRANSCRIPT_TURN.match(paragraph.text)):
                return None  # (the article's turns are read only once a paragraph looks like one)
            # (or a title and a surname: `Senator Corrigall: ...` and `Mr Faulding: ...` at a hearing)
            labels = [m.group(1) for p in self._paragraphs if (m := _NAME_TURN.match(p.text))
                      and not orgish(words := m.group(1).split()) and (
                          is_first_name(words[0]) or len(words) == 2 and words[0].lower().rstrip(".") in TITLE_WORDS)
                      and words[0].lower() not in DETERMINERS and len(p.text) - m.end() > 20]
            initials = {"".join(word[0] for word in label.split()): label for label in labels}
            turns = Counter(labels) + Counter(initials[m.group(1)] for p in self._paragraphs
                                              if (m := TRANSCRIPT_TURN.match(p.text)) and m.group(1) in initials)
            # a conversation: two people or more, one of them speaking again (not a list of names as headings)
            self._name_turns = set(labels) | set(initials) if len(turns) >= 2 and max(turns.values()) >= 2 else set()
        if not self._name_turns:
            return None
        match = _NAME_TURN.match(paragraph.text) or TRANSCRIPT_TURN.match(paragraph.text)
        return match if match is not None and match.group(1) in self._name_turns else None

    def in_conversation(self, label: str | None) -> bool:
        """Does this label open two turns or more, in an article with another label that does too?"""
        labels = self._turn_labels()
        return labels[label] >= 2 and sum(count >= 2 for count in labels.values()) >= 2

    def conversation(self) -> bool:
        """Two labels or more, opening four turns or more: people speaking in turn."""
        labels = self._turn_labels()
        return len(labels) >= 2 and labels.total() >= 4

    def _turn_labels(self) -> Counter[str]:
        if self._labels is None:
            self._labels = Counter(m.group(1) for p in self._paragraphs if ":" in p.text[:60] and (
                m := TRANSCRIPT_TURN.match(p.text) or _SURNAME_TURN.match(p.text) or _NAME_TURN.match(p.text)))
        return self._labels

    def known(self, label: str) -> bool:
        if self._surnames is None:
            text = " ".join(p.text for p in self._paragraphs if p.kind != "footer")
            self._surnames = {w.lower() for w in re.findall(r"\b[A-Z][a-z][\w'’-]*", text)}
        return label.split()[-1].lower() in self._surnames


# A paragraph of speech opened by a dash, as Nordic and other European papers write it: `– We have cut where we
# can cut, says Mayor Åshild Brattøy.` The words run to the comma before the reporting verb.
_DASH_OPENINGS = ("— ", "– ")
_DASH_SAID = re.compile(rf",\s+(?:(?:he|she|they|[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,3}})\s+)?"
                        r"(?:says|said|adds|added|explains|explained|insists|insisted|notes|noted|continues|continued"
                        r"|replies|replied|answers|answered|admits|admitted|warns|warned)\b[^\"“”]*$")


def _dash_quote(paragraph: Paragraph, paragraphs: Sequence[Paragraph]) -> Quote | None:
    """A dash-opened paragraph of speech: with its reporting verb at the end, or with none in an article that
    quotes so elsewhere (the speaker goes on). Tweets' signatures (`— Name (@handle) date`) are neither."""
    text = paragraph.text
    said = _DASH_SAID.search(text)
    if said is None and not any(p.text[:2] in _DASH_OPENINGS and _DASH_SAID.search(p.text) for p in paragraphs):
        return None
    end = said.start() + 1 if said else len(text)  # (the comma is the quote's, as with marks)
    if said is None and text.rstrip()[-1:] not in ".!?…":
        return None
    mention = cue = None
    if said is not None:
        masked = text[:2] + "·" * (end - 2) + text[end:]
        mention, cue, _ = attribution(text, masked, 0, 2, end, len(text))
    return Quote(paragraph_position=paragraph.position, kind="direct", text=text[2:end], char_start=2, char_end=end,
                 cue=cue, speaker_mention=mention)


def _whole_turn(paragraph: Paragraph, spans: list[_Span], names: _TranscriptNames, interview: _Interview
                ) -> Quote | None:
    """A transcript's turn or an interview's answer, whole. With quote marks inside, still the turn (`Quarrender:
    ... a card that says “coastal fiction”`: the speaker quotes a phrase), unless its words are all a quote (`Ames:
    "We won."`: the quote is the words)."""
    if not spans:
        return _transcript_turn(paragraph, names) or interview.answer(paragraph)
    if ":" not in paragraph.text[:60]:
        return None  # (most paragraphs with quotes have no label)
    turn = _transcript_turn(paragraph, names) or interview.answer(paragraph)
    # (only in a conversation: `DEAR ABBY:` over a reader's letter or `SEE ALSO:` over a link is no one's turn)
    return turn if turn is not None and paragraph.text[turn.char_start:turn.char_start + 1] not in \
        QUOTE_OPENING_MARKS and names.in_conversation(turn.speaker_mention) else None


def _turn_goes_on(paragraph: Paragraph, paragraphs: Sequence[Paragraph],
                  found: list[tuple[Paragraph, list[tuple[Quote, int]]]]) -> Quote | None:
    """A paragraph with no label between a turn and the next turn: the same speaker goes on (`Quarrender: Nothing,
    officially. ...` / `I’m trying to write this one ...` / `LR: And if you win?`)."""
    if not found or paragraph.kind != "body" or paragraph.position + 1 >= len(paragraphs):
        return None
    before, entries = found[-1]
    if before.position != paragraph.position - 1 or len(entries) != 1 or entries[0][1] != -1 or \
            entries[0][0].char_end != len(before.text) or not before.text[:entries[0][0].char_start].endswith(": "):
        return None  # (not after a labelled turn)
    after = paragraphs[paragraph.position + 1]
    label = TRANSCRIPT_TURN.match(after.text) or _SURNAME_TURN.match(after.text) or _NAME_TURN.match(after.text)
    if _LABEL.match(paragraph.text) or paragraph.text.rstrip()[-1:] not in ".!”’\"'…" or label is None or \
            not more_words(paragraph.text, 2) or \
            label.group(1) == entries[0][0].speaker_mention:
        return None  # (a question between two turns of one speaker is the interviewer's: `Has the delay cost you?`)
    return changed(entries[0][0], paragraph_position=paragraph.position, text=paragraph.text, char_start=0,
                   char_end=len(paragraph.text))


def _transcript_turn(paragraph: Paragraph, names: _TranscriptNames) -> Quote | None:
    """A paragraph of a transcript or interview, `NAME: words`, as the words of NAME: a person the article names
    in ordinary case too (`TAPPER:` after `Jake Tapper`), or one with an honorific (`MR. O'NEILL:`); labels such as
    `UPDATE:` or `EMAIL:` name nobody."""
    if ":" not in paragraph.text[:60]:
        return None  # (str's search first: most paragraphs have no label)
    match = TRANSCRIPT_TURN.match(paragraph.text)
    if match is not None:
        label = match.group(1)
        if names.dateline(paragraph) or not (label[:3] in ("MR.", "MS.", "DR.")
                                             or label[:4] in ("MRS.", "SEN.", "REP.", "GOV.") or names.known(label)
                                             or names.name_turn(paragraph)
                                             or label.removeprefix("THE ") in ROLE_LABELS and names.conversation()):
            return None
    elif (match := names.surname_turn(paragraph) or names.name_turn(paragraph)) is None:
        return None
    return Quote(paragraph_position=paragraph.position, kind="direct", text=paragraph.text[match.end():],
                 char_start=match.end(), char_end=len(paragraph.text), speaker_mention=match.group(1))


class _Interview:
    """A Q&A: answers (`A: ...`) are the words of the person the introduction presents: in the nearest paragraph
    before the first question that names someone, the subject of its first sentence that has one (`Runa Halvorsen
    has spent 19 summers...`). The questions are the interviewer's, who is no one the article quotes."""

    def __init__(self, paragraphs: Sequence[Paragraph], spans_by_para: dict[int, list[_Span]]):
        self._paragraphs = paragraphs
        self._spans = spans_by_para

    def answer(self, paragraph: Paragraph) -> Quote | None:
        """`A: ...`, or a paragraph with no label right after a question (`Q: ...` then the answer), or any
        paragraph after the first of an interview's bare questions that is no question itself."""
        if paragraph.text.startswith("Q:") and (match := _ASKED.match(paragraph.text)) and self.examiner:
            # testimony: the questions are the words of the counsel the lead-in names as examining the witness
            return Quote(paragraph_position=paragraph.position, kind="direct", text=paragraph.text[match.end():],
                         char_start=match.end(), char_end=len(paragraph.text), speaker_mention=self.examiner)
        match = _ANSWER.match(paragraph.text) if paragraph.text.startswith("A:") else None
        if match is not None:
            start = match.end()
        elif paragraph.kind == "body" and 0 < paragraph.position < len(self._paragraphs) and \
                self._paragraphs[paragraph.position - 1].text.startswith("Q:") and not _LABEL.match(paragraph.text):
            start = 0  # the whole paragraph (its text is folded: no space opens it)
        elif paragraph.kind == "body" and (questions := self._bare_interview[0]) and \
                paragraph.position > questions[0] and paragraph.position not in questions and \
                not _LABEL.match(paragraph.text):
            return Quote(paragraph_position=paragraph.position, kind="direct", text=paragraph.text, char_start=0,
                         char_end=len(paragraph.text), speaker_mention=self._bare_interview[1])
        else:
            return None
        if self.interviewee is None:
            return None
        return Quote(paragraph_position=paragraph.position, kind="direct", text=paragraph.text[start:],
                     char_start=start, char_end=len(paragraph.text), speaker_mention=self.interviewee)

    @functools.cached_property
    def _bare_interview(self) -> tuple[list[int], str | None]:
        """An interview printed as questions with no label, each a short paragraph of its own over its answer,
        after a paragraph that says to whom they were put (`We asked Dr Shabnam Minhas ... what patients can do`):
        the questions' positions and the interviewee, or none (an opinion piece asks itself questions, with no one
        to put them to)."""
        questions = [p.position for p in self._paragraphs if p.kind == "body" and _is_bare_question(p.text)]
        if len(questions) < 3 or questions[0] == 0 or any(b - a < 2 for a, b in itertools.pairwise(questions)):
            return [], None
        intro = self._paragraphs[questions[0] - 1]
        spoke = _OUTLET_SPOKE_WITH.search(intro.text) if intro.kind == "body" else None
        return (questions, spoke.group(1)) if spoke else ([], None)

    @functools.cached_property
    def examiner(self) -> str | None:
        """Who puts the questions of a testimony (`Led in evidence by State Counsel Ama Ofori, the foreman said`),
        named in the paragraphs just before the first; None for an interview, whose questions are the outlet's."""
        first_question = next((n for n, p in enumerate(self._paragraphs) if p.text.startswith("Q:")), None)
        for paragraph in self._paragraphs[max(0, (first_question or 0) - 2):first_question or 0]:
            if paragraph.kind == "body" and (examined := _EXAMINED_BY.search(paragraph.text)):
                return examined.group("name")
        return None

    @functools.cached_property
    def interviewee(self) -> str | None:
        """Worked out once, when the first answer is met; None when the article asks no question."""
        first_question = next((n for n, p in enumerate(self._paragraphs) if p.text.startswith("Q:")), None)
        if first_question is None:
            return None
        for paragraph in reversed(self._paragraphs[:first_question]):  # a Q&A may close a longer article
            if paragraph.kind != "body":
                continue
            if (remarks := _REMARKS_OF.match(paragraph.text)) is not None:
                return remarks.group(1)  # "The coach's remarks, lightly edited:"
            if (spoke := _OUTLET_SPOKE_WITH.search(paragraph.text)) is not None:
                return spoke.group(1)  # "The Herald spoke with Samuels after the meeting."
            if (spoke := _OUTLET_ASKED_PRONOUN.search(paragraph.text)) is not None and (names := [
                    m for m in _FULL_NAME.finditer(paragraph.text, 0, spoke.start())
                    if m.group(0).split()[0].lower() not in _NOT_A_NAME_START]):
                # `Among the most outspoken is Marie-Laure Ferrandon, 41, ... We asked her about it.`: the last name
                # before that an age, or else a first name, shows to be a person's (not `who lives on Rua do Monte
                # Agudo`, though Monte is a first name too)
                aged = [m for m in names if _AGE_AFTER_NAME.match(paragraph.text, m.end())]
                first_named = [m for m in names if is_first_name(m.group(0).split()[0].split("-")[0])]
                return (aged or first_named or names)[-1].group(0)
            masked = _masked(paragraph.text, self._spans.get(paragraph.position, []))
            starts = sentence_starts(masked)
            for start, end in zip(starts, [*starts[1:], len(masked)], strict=True):
                subject = sentence_subject(paragraph.text, masked, start, end)
                if subject and subject[:1].isupper() and subject.lower() not in PRONOUNS and \
                        subject.split()[0].lower() not in ARTICLES:  # "The conversation has been edited"
                    return subject
            # no sentence opens with them (`Tove Ramsland's new opera opens on Friday`): the first full name
            # (not the counsel who examines the witness)
            name = next((m.group(0) for m in _FULL_NAME.finditer(masked)
                         if m.group(0).split()[0].lower() not in _NOT_A_NAME_START
                         and m.group(0) not in (self.examiner or "")), None)
            if name:
                return name
        return None


# the outlet or the writer who put the questions, and to whom: "The Herald spoke with Samuels after the meeting."
_OUTLET_ASKED = (r"(?:^|[.!?]\s+)(?:The\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|We|I|This\s+(?:newspaper|paper"
                 r"|website|site|reporter|correspondent))\s+(?:later\s+|then\s+|also\s+|briefly\s+)?"
                 r"(?:(?:spoke|talked)\s+(?:with|to)|asked|interviewed)\s+")
_OUTLET_SPOKE_WITH = re.compile(_OUTLET_ASKED + r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)")
# (or put them to her or him, named before in the paragraph)
_OUTLET_ASKED_PRONOUN = re.compile(_OUTLET_ASKED + r"(?:her|him)\b")
# (stops before a possessive's apostrophe; a hyphen joins two names into one: `Marie-Laure Ferrandon`)
# (letters beyond ASCII too: `Conceição Barradas`)
_NAME_PART = rf"[{CAPITAL}][^\W\d_{CAPITAL}]+"
_FULL_NAME = re.compile(rf"\b{_NAME_PART}(?:-{_NAME_PART})?(?:\s+{_NAME_PART}(?:-{_NAME_PART})?)+")
_AGE_AFTER_NAME = re.compile(r",\s+\d{1,3},")
_NOT_A_NAME_START = ARTICLES | {"in", "on", "at", "for", "from", "with", "by", "to", "of", "and", "but", "when"}
_RULED = re.compile(r"\s(held|ruled|ordered|directed|found)(?:,?\s+in\s+(?:part|full),?)?\s*:$")
_ANSWER = re.compile(r"A:\s+(?=\S)")
_ASKED = re.compile(r"Q:\s+(?=\S)")
# a witness led or examined by a named counsel (a role before the name is stepped over: `by the family's
# attorney, Dana Whitlock`)
_EXAMINED_BY = re.compile(r"\b(?i:led\s+in\s+evidence|(?:cross-|re-)?examined|questioned|(?:cross-)?examination"
                          r"|questioning)\s+(?:by|from)\s+(?:(?:the|a|an)\s+(?:[a-z'’-]+\s+){1,4}?(?:[a-z'’-]+),?\s+"
                          # (or a lawyer's role with no article: `Led in evidence by State prosecutor Advocate X`)
                          r"|(?:[A-Z][\w'’-]*\s+)?(?:prosecutor|counsel|attorney|advocate|lawyer|barrister|solicitor)\s+)?"
                          r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+)")


def _is_bare_question(text: str) -> bool:
    """`Who should get a flu jab this year?`: one short question, no label, no one's quoted words."""
    asked = text.rstrip("”’\"' ")
    return asked.endswith("?") and "?" not in asked[:-1] and not more_words(text, 30) and \
        text[:1] not in QUOTE_OPENING_MARKS and not _LABEL_ONLY.match(text)
# a turn's label, or quote marks: no bare answer
_LABEL_ONLY = re.compile(r"[^\s:]{1,30}(?:\s[^\s:]{1,30}){0,2}:\s")
_LABEL = re.compile(_LABEL_ONLY.pattern + r"|.*[\"“”]")
# whose words a Q&A gives, when the line before it says: "The coach's remarks, lightly edited:"
_REMARKS_OF = re.compile(r"((?:The\s+)?[\w.’' -]{1,60}?)['’]s\s+(?:remarks|comments|answers|responses|words"
                         r"|interview)\b[^.:]{0,60}:$")


def _closing_subject(paragraph: Paragraph, spans: list[_Span], scares: Set[int] = frozenset()) -> str | None:
    """The subject of a paragraph's last sentence, when it has no quote (a scare quote is no one's words: `She
    said she had stayed rather than go to the chapel, which a sign marks as the “Local de Abrigo”.`): who the next
    paragraph may quote. A sentence ending in a colon introduces it (`Stated Ames:`, `as Ames observed, the stage
    itself won:`)."""
    masked = _masked(paragraph.text, spans)
    starts = sentence_starts(masked)
    start = starts[-1]
    past_a_scare = any(span.open >= start for span in spans)
    if past_a_scare and any(span.open >= start and span.open + 1 not in scares for span in spans):
        return None
    if masked.rstrip().endswith(":"):
        end = len(masked.rstrip())
        mention, _, _ = attribution(paragraph.text, masked, start, end, end, end)
        if mention:
            return mention  # (past a scare quote too: `Ana Ruiz, one of 30 "higglers" on the beach, said:`)
    if (joined := _AND_SAID.search(masked, start)) is not None:
        # `Operators pay the balance through loans, and Bagsican said most members had been turned down.`: the
        # second clause's subject reports speech
        return joined.group(1)
    subject = sentence_subject(paragraph.text, masked, start, len(masked))
    if past_a_scare:
        # (past a scare quote only a pronoun, whose sentence reads plainly: not `Do "..." matter?`)
        return subject if subject is not None and subject.lower() in ("he", "she") else None
    if subject is None and (aside := _SAID_ASIDE.search(masked, start)) is not None:
        return aside.group(1)  # `The crack in her kitchen wall, she said, is now wide enough to take a finger.`
    if subject is None and masked[start:start + 3] in ("It ", "Thi") and start:
        # `The councillor said a transformer was in the budget. It was never installed.`: a last sentence about a
        # thing, after one that reports someone's speech
        before = starts[-2]  # (`start` is no paragraph's first: there is a sentence before it)
        if not any(span.open >= before for span in spans):
            subject = _reported_speaker(paragraph.text, masked, before, start)
    return subject


# --- pairing the marks -------------------------------------------------------------------------------------


def _quote_style(paragraphs: Sequence[Paragraph]) -> str:
    """'double' in most news; 'single' for British-style articles that quote speech in single marks."""
    text = "".join(p.text for p in paragraphs if p.kind != "footer")
    if _has_any(text, DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER):
        return "double"
    return "single" if _SINGLE_OPENING.search(text) else "double"


def _marks(style: str) -> tuple[str, str, str]:
    return (DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER) if style == "double" else (SINGLE_OPEN, SINGLE_CLOSE,
                                                                                 SINGLE_EITHER)


def _has_any(text: str, chars: str) -> bool:
    """Does the text hold one of these characters? (str's own search: many times faster than a regex scan.)"""
    return any(map(text.__contains__, chars))


def _starts_with(text: str, marks: str) -> bool:
    return bool(text) and text[0] in marks


def _role(text: str, i: int, opens: str, closes: str) -> str:
    ch = text[i]
    if ch in opens:
        return "open"
    if ch in closes:
        # A closing single mark inside a word is an apostrophe: "don’t", "Russia’s".
        if ch in SINGLE_CLOSE and i + 1 < len(text) and text[i + 1].isalnum() and i > 0 and text[i - 1].isalnum():
            return "none"
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch == "'" and before.isalnum() and after.isalnum():
        return "none"  # apostrophe
    can_open = (before.isspace() or before in _OPENERS_BEFORE) and not after.isspace()
    can_close = not before.isspace() and before not in "([{"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)['’] ([A-Za-z]+)")  # (`the members' stand`, `Leaders’ Questions`)
def _word_end_apostrophe(text: str, i: int, mark: re.Pattern) -> bool:
    """`'Dad was in the members' stand. He ...'`: a single mark after a plural's s and before a noun is its
    possessive (and one after a word of one letter an elision, `‘Tha an t-eilean a’ falmhachadh,’`), not the close
    of a quote, when the next mark closes too (when the next one opens, this one had to
    close: `called it 'a mess of failures' over and said 'fine'`)."""
    if not _apostrophe_shape(text, i):
        return False
    following = mark.search(text, i + 1)
    while following is not None and _role(text, following.start(), SINGLE_OPEN, SINGLE_CLOSE) == "none":
        following = mark.search(text, following.start() + 1)
    # (and that one no possessive's shape itself: `the 'All Golds' rugby side ... the All Blacks' inclusion`)
    return following is not None and _role(text, following.start(), SINGLE_OPEN, SINGLE_CLOSE) == "close" and \
        not _apostrophe_shape(text, following.start())


def _apostrophe_shape(text: str, i: int) -> bool:
    # (or an elided word of one letter: Gaelic and Scots `a’ falmhachadh`, `o’ the`)
    if 1 < i < len(text) - 2 and text[i - 2] == " " and text[i - 1].islower() and text[i + 1] == " " and \
            text[i + 2].islower():
        return True
    possessive = _PLURAL_POSSESSIVE.match(text, i)
    return possessive is not None and possessive.group(1).lower() not in CLOSING_WORDS


_SINGLE_MARKS = re.compile("['‘’]")


def _single_spans(text: str, taken: list[_Span]) -> list[_Span]:
    """Speech in single marks in an article that also uses double ones ('...,' she said), outside the double
    quotes (where single marks are quotes within quotes). Only clear openings and closings count, so that
    apostrophes (don't, workers' rights) pair with nothing."""
    # (the pattern's matches, tried only at the marks: a match is one mark)
    marks = [match for at in positions_of(text, _SINGLE_MARK_CHARS) if (match := _SINGLE_MARK.match(text, at))]
    if not marks:
        return []
    starts = [span.open for span in taken]  # taken spans are in order and do not overlap
    ends = [span.close if span.close is not None else len(text) for span in taken]
    spans: list[_Span] = []
    open_at = None
    for match in marks:
        i = match.start()
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and i <= ends[k]:
            continue
        if match.group(1) is not None:  # the empty group of an opening mark
            open_at = i
        elif open_at is not None and not _word_end_apostrophe(text, i, _SINGLE_MARKS):
            spans.append(_Span(open_at, i))
            open_at = None
    return spans


_MARK_PATTERNS = {style: re.compile("[" + re.escape("".join(_marks(style))) + "]") for style in ("double", "single")}


_SWAP_GUILLEMETS = str.maketrans("»«", "«»")
_LOW_HIGH = re.compile("„([^„“”]*)“")  # German `„Food Points“`: the high mark after a low one closes it


def _marks_as_paired(paragraphs: Sequence[Paragraph]) -> Sequence[Paragraph]:
    """The paragraphs with their quote marks as the pairing reads them, one character for another (spans and
    quotes do not move): Danish and German `»...«` as `«...»`, German `„...“` as `„...”`."""
    swapped = any("»" in p.text for p in paragraphs) and _guillemets_point_in(paragraphs)
    if not swapped and not any("„" in p.text for p in paragraphs):
        return paragraphs
    result = []
    for p in paragraphs:
        text = p.text.translate(_SWAP_GUILLEMETS) if swapped else p.text
        if "„" in text:
            text = _LOW_HIGH.sub(lambda m: f"„{m.group(1)}”", text)
        result.append(p if text == p.text else changed(p, text=text))
    return result


def _guillemets_point_in(paragraphs: Sequence[Paragraph]) -> bool:
    """Do the article's guillemets open with `»` (`»tobis«`), as Danish and German print them?"""
    inward = outward = 0
    for p in paragraphs:
        first_close, first_open = p.text.find("»"), p.text.find("«")
        if first_close >= 0 and (first_open < 0 or first_close < first_open):
            inward += 1
        elif first_open >= 0:
            outward += 1
    return inward > outward


def _pair_marks(paragraphs: Sequence[Paragraph], style: str) -> tuple[dict[int, list[_Span]], list[Issue]]:
    """Pair opening and closing marks, one pass over each paragraph's marks (linear, however unbalanced)."""
    opens, closes, either = _marks(style)
    mark = _MARK_PATTERNS[style]
    mark_chars = opens + closes + either
    single_chars = _SINGLE_MARK_CHARS if style == "double" else ""  # speech in single marks, beside the double ones
    result: dict[int, list[_Span]] = {}
    issues: list[Issue] = []
    runs = 0
    carried = -1  # the run the previous paragraph left open
    body = [p for p in paragraphs if p.kind != "footer"]
    for index, paragraph in enumerate(body):
        text = paragraph.text
        continued, carried = carried, -1
        has_marks = _has_any(text, mark_chars)
        has_single = _has_any(text, single_chars)
        if not has_marks and not has_single:
            continue  # most paragraphs have no quote mark: no spans, and any run carried into them has ended
        spans: list[_Span] = []
        open_at: int | None = None
        stray = 0
        for i in positions_of(text, mark_chars) if has_marks else ():
            role = _role(text, i, opens, closes)
            if role == "none" or role == "close" and style == "single" and _word_end_apostrophe(text, i, mark):
                continue
            if role == "either":
                role = "close" if open_at is not None else "open"
            if role == "open":
                stray += open_at is not None  # the earlier opening mark was never closed
                open_at = i
            elif open_at is not None:
                if i > open_at + 1:
                    spans.append(_Span(open_at, i))
                open_at = None
            elif style == "double" or text[i] not in SINGLE_CLOSE + SINGLE_EITHER:
                stray += 1  # a closing mark with nothing open (a lone single mark is usually an apostrophe)
        starts_open = continued >= 0 and _starts_with(text, opens + either)
        if starts_open and spans and spans[0].open == 0:
            spans[0].run = continued
        if open_at is not None:
            following = body[index + 1].text if index + 1 < len(body) else ""
            if _starts_with(following, opens + either):
                # A quote that runs on: each paragraph opens with a mark, only the last one closes it.
                carried = continued if starts_open and open_at == 0 else runs
                runs += carried == runs
                spans.append(_Span(open_at, None, carried))
            else:
                stray += 1
        if stray:
            issues.append(Issue("unbalanced_quotes", f"{stray} quote mark(s) without a partner",
                                paragraph.position))
        if has_single and (single := _single_spans(text, spans)):
            # a double-marked phrase inside a single-marked quote is a quote within it, as single marks inside
            # double ones are: `'... the bloke who bowls "fillers",' he said.`
            spans = [span for span in spans if not any(
                outer.open < span.open and span.close is not None and outer.close is not None
                and span.close < outer.close for outer in single)]
            spans = sorted(spans + single, key=lambda span: span.open)
        result[paragraph.position] = spans
    return result, issues


# --- attribution within a paragraph -------------------------------------------------------------------------


def _masked(text: str, spans: list[_Span]) -> str:
    """The paragraph with quoted words blanked out, so that cue words and full stops inside quotes are not seen.

    A quote's first letter stays (its case tells where a sentence starts), and so does its own final . ! ?
    (it ends the sentence when the closing mark is followed by a new one). Same length as the text.
    """
    pieces = []
    done = 0
    for span in spans:
        end = span.close if span.close is not None else len(text)
        first = span.open + 1
        while first < end and text[first].isspace():
            first += 1
        last = end - 1
        while last > first and text[last].isspace():
            last -= 1
        keep_last = last > first and text[last] in TERMINAL
        stop = last if keep_last else end
        pieces += [text[done:first + 1], text[first + 1:stop].translate(_MASK)]
        done = stop
    pieces.append(text[done:])
    return "".join(pieces)


def _attribute_paragraph(paragraph: Paragraph, spans: list[_Span]) -> list[Quote]:
    text = paragraph.text
    masked = _masked(text, spans)
    starts = sentence_starts(masked, cache=False)  # blanked here, in no other step's way: no one asks again
    # each quote's fields, made into a Quote once its speaker is settled
    kinds: list[str] = []
    mentions: list[str | None] = []
    fields: list[tuple[str, int, int, str | None]] = []  # text, start, end, cue
    fallbacks: dict[int, tuple[int, int, int, int | None]] = {}  # quotes no cue attributes: where to look
    for n, span in enumerate(spans):
        close = span.close if span.close is not None else len(text)
        inner_start, inner_end = span.open + 1, close
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        inner = text[inner_start:inner_end]
        index = bisect.bisect_right(starts, span.open)
        # Attribution lives near its quote: a bounded window keeps hostile one-sentence paragraphs linear.
        sentence_start = max(starts[index - 1], span.open - ATTRIBUTION_WINDOW)
        sentence_end = starts[index] if index < len(starts) else len(text)
        if span.close is not None and sentence_end <= span.close + 3 and inner[-1:] in "?!":
            # "Why not?" Ames asked: the mark ends the quote, not the writer's sentence
            sentence_end = starts[index + 1] if index + 1 < len(starts) else len(text)
        next_open = spans[n + 1].open if n + 1 < len(spans) else len(text)
        after_end = min(sentence_end, next_open, close + 1 + ATTRIBUTION_WINDOW) if span.close is not None else close
        before = masked[sentence_start:span.open]
        after = masked[close + 1:after_end] if span.close is not None else ""
        mention, cue, where = attribution(text, masked, sentence_start, span.open, close + 1, after_end)
        if span.close is None and mention is None:
            mention, cue, where = attribution(text, masked, sentence_start, span.open, len(text), len(text))
        elif mention is None and sentence_end <= span.close + 3 and sentence_end < next_open:
            # `"...done." Ames said.`: a short sentence of its own that names the speaker
            following_end = min(starts[index + 1] if index + 1 < len(starts) else len(text), next_open)
            following = masked[sentence_end:following_end].rstrip()
            if not more_words(following, 6) and not following.endswith(":"):  # "She went on:" opens the next
                mention, cue, where = attribution(text, masked, sentence_start, span.open, close + 1,
                                                  following_end)
        # `The failure was "heartbreaking," she said.`: the sentence the comma closes is the speaker's report
        closed_by_cue = where == "after" and (inner.endswith(",") or after.startswith(","))
        # `"..." ― Ana Ruiz "..." ― Ivo Brandt`: a statement signed by a dash line is reported, whatever precedes
        signed = where == "dash" and more_words(inner, SCARE_MAX_WORDS)
        kind = quote_kind(inner, before, after, reported=where in ("before", "according") or closed_by_cue or signed)
        if kind == "partial" and where is None and governed(before) is None and not more_words(inner, 6):
            kind = "scare"
        if kind != "scare" and (index >= 2 and reads_a_sign_before(before, masked[starts[index - 2]:sentence_start])
                                or a_signs_words(before)):
            kind = "scare"  # `Someone has painted a sign and propped it by the gate. It reads “Ferry? What ferry?”`
        if mention is None and len(spans) == 1 and not masked[:span.open].strip() and not after.strip(" .") \
                and is_title(inner.rstrip(".")):
            kind = "scare"  # a subheading in quote marks, alone in its paragraph: 'Legend of the Salt Flats.'
        if kind != "scare" and n and kinds[-1] == "scare" and spans[n - 1].close is not None and \
                spans[n - 1].close > sentence_start and (
                    where is None and not more_words(inner, SCARE_MAX_WORDS) and paired_with_previous(
                        masked, spans[n - 1].close + 1, span.open)
                    # (a gloss whatever the sentence's verb: `Placards read "Tumechoka", meaning "we are tired"`)
                    or not more_words(inner, 2 * SCARE_MAX_WORDS) and glosses_previous(
                        masked, spans[n - 1].close + 1, span.open)):
            # `a "protection zone" of 3km and a wider "surveillance zone"`, `the word "stand-down" to "delay"`: a
            # name or a word paired with the one before is one too, and so is its translation after a dash
            kind = "scare"
        if kind == "scare":
            mention = cue = None
        elif mention is None:
            fallbacks[n] = (sentence_start, close + 1, after_end, starts[index - 2] if index >= 2 else None)
        kinds.append(kind)
        mentions.append(mention)
        fields.append((inner, inner_start, inner_end, cue))
    if fallbacks or len(spans) > 1:
        _share_speakers(text, masked, spans, kinds, mentions, fallbacks)
    position = paragraph.position
    return [made(Quote, paragraph_position=position, kind=kind, text=inner, char_start=inner_start, char_end=inner_end,
                 cue=cue, speaker_mention=mention, speaker=None, speaker_kind=None)
            for kind, mention, (inner, inner_start, inner_end, cue) in zip(kinds, mentions, fields, strict=True)]


def _share_speakers(text: str, masked: str, spans: list[_Span], kinds: list[str], mentions: list[str | None],
                    fallbacks: dict[int, tuple[int, int, int, int | None]]) -> None:
    """The speakers of a paragraph's quotes that no cue attributes, in place in `mentions`."""
    # Split quotes: "First half," she said. "Second half." -- an unattributed part takes its neighbour's speaker:
    # the one before it in the paragraph, else the one after.
    attributed = [m if k in ("direct", "partial") else None for k, m in zip(kinds, mentions, strict=True)]
    following: list[str | None] = [None] * len(kinds)
    for i in range(len(kinds) - 2, -1, -1):
        following[i] = attributed[i + 1] or following[i + 1]
    previous = None
    for i, kind in enumerate(kinds):
        if kind == "direct" and mentions[i] is None and i in fallbacks and previous:
            # `... the Guild said "...". Its secretary, Ana Ruiz, said more. "..."`: a sentence of the writer's
            # between the two quotes names a new speaker
            sentence_start, _, _, previous_start = fallbacks[i]
            close = spans[i - 1].close
            if previous_start is not None and close is not None and close < previous_start and \
                    not masked[sentence_start:spans[i].open].strip():
                subject = _reported_speaker(text, masked, previous_start, sentence_start)
                if subject and subject.lower() not in PRONOUNS:
                    mentions[i] = subject
        if kind == "direct" and mentions[i] is None and (previous or following[i]):
            mentions[i] = previous or following[i]
        previous = attributed[i] or previous
    # No cue, no neighbour: the subject of the quote's own clause (`Ames thanked them for "..."`), or of the
    # sentence before when the quote stands alone (`Ana Ruiz disagreed. "..."`).
    for n, (sentence_start, after_start, after_end, previous_start) in fallbacks.items():
        if mentions[n] is not None:
            continue
        open_at = spans[n].open
        mention = clause_subject(text, masked, sentence_start, open_at, after_start, after_end)
        # (or after a passive `The inquiry was told:`, whose subject only heard it)
        alone = not masked[sentence_start:open_at].strip() or told_colon(masked, sentence_start, open_at)
        if mention is None and previous_start is not None and alone and kinds[n] == "direct" and not any(
                previous_start <= s.open < sentence_start and kinds[k] != "scare" for k, s in enumerate(spans)):
            # (a nickname in that sentence is no quote of its own: `Ana Ruiz, whom tenants call "the Mayor," said`)
            aside = _SAID_ASIDE.search(masked, previous_start, sentence_start) or _SAID_AT_END.search(
                masked, previous_start, sentence_start)
            # (`Her youngest son, she said, had missed a week of school.` / `"..."`: she who reports speaks on; and
            # `The administration may wait, Schiff said.` / `"..."`: Schiff, not the sentence's subject)
            mention = text[aside.start(aside.lastindex):aside.end(aside.lastindex)] if aside else sentence_subject(
                text, masked, previous_start, sentence_start)
            if mention is None:
                # `A manager at another station, who asked not to be named, said owners would leave. "..."`: the
                # one who reported speech in the sentence before, whatever stands between subject and verb
                mention = _reported_speaker(text, masked, previous_start, sentence_start)
        if mention:
            mentions[n] = mention
    # `"...," Ames is quoted as saying. "..."`: a quote the fallback attributed passes its speaker on
    for n in range(1, len(kinds)):
        if kinds[n] == "direct" and mentions[n] is None and n in fallbacks and \
                kinds[n - 1] in ("direct", "partial") and mentions[n - 1]:
            mentions[n] = mentions[n - 1]


_AND_SAID = re.compile(r"(?:,|;)\s+(?:and|but)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}|he|she|they)"
                       r"\s+(?:said|says|added|told\s+[a-z]+)\b")
_SAID_ASIDE = re.compile(r",\s+(he|she|they)\s+(?:said|says|added|explained),\s+[a-z]")
# a sentence of indirect speech closed by who reported it: `..., Schiff said.`, `..., said Ana Ruiz.`
_SAID_AT_END = re.compile(r",\s+(?:([A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}|he|she|they)"
                          r"\s+(?:said|says|added|explained)"
                          r"|(?:said|says|added)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}))\.\s*$")


def _reported_speaker(text: str, masked: str, start: int, end: int) -> str | None:
    """Who reports speech in the sentence text[start:end] (`Ana Ruiz said owners would leave.`), if anyone."""
    subject, _, where = attribution(text, masked, start, end, end, end)
    return subject if where == "before" else None


def _block_quote(paragraph: Paragraph, paragraphs: Sequence[Paragraph]) -> Quote:
    """An unmarked block quote: the speaker is named in the paragraph that introduces it ("He added:")."""
    mention = cue = None
    intro = next((p for p in reversed(paragraphs[:paragraph.position]) if p.kind != "blockquote"), None)
    if intro is not None:
        text = intro.text
        start = sentence_starts(text)[-1]
        mention, cue, _ = attribution(text, text, start, len(text), len(text), len(text))
        if mention is None and (ruling := _RULED.search(text, start)) is not None:
            # a court's verbs, cues only for its written words: `the judge held:`, `Justice Ana Ruiz ruled:`
            end, subject = subject_before(text, start, ruling.start())
            if subject is not None:
                mention, cue = text[subject:end].strip(), ruling.group(1)
    return Quote(paragraph_position=paragraph.position, kind="block", text=paragraph.text, char_start=0,
                 char_end=len(paragraph.text), cue=cue, speaker_mention=mention)
