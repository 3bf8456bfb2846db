"""Decoded text to an Article: title, byline, date, and paragraphs with their kind and span in the file."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.normalize.model import Article, Issue, Paragraph
from pipelines.normalize.names import is_first_name

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "28 May 2024", "May 28, 2024", "2024-05-28"; with slashes "25/11/2026" (day first with a four-digit year, as
# wires and most of the world write it) and "11/25/26" (month first with two digits, as American sites do)
_DATE = (
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})"
    rf"|(?<![\d/])(?P<d4>\d{{1,2}})/(?P<m4>\d{{1,2}})/(?P<y4>\d{{4}})(?![\d/])"
    rf"|(?<![\d/])(?P<m5>\d{{1,2}})/(?P<d5>\d{{1,2}})/(?P<y5>\d{{2}})(?![\d/]))"
)
_WEEKDAY = r"(?:\b(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day|\.)?,?\s+)"
_BYLINE = re.compile(rf"^(?:by\s+)?(?P<names>.*?)[\s,;|·•—–-]*"
                     rf"(?:(?:published|updated|issued\s+on|posted|modified)\s*:?\s*)?{_WEEKDAY}?{_DATE}"
                     r"\s*$", re.IGNORECASE)
# a time after the date: "Updated 2 October 2026 — 6.14pm", "May 2, 2026, 10:30 a.m. ET"
_TIME_AFTER = re.compile(r"(?<=\d)[\s,—–-]*(?:at\s+)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$",
                         re.IGNORECASE)
# the newsroom role after a byline's name: "Corinne Haverstock, Staff Writer", "Court reporter"
_DESK_ROLES = {"writer", "correspondent", "reporter", "editor", "columnist", "contributor", "producer", "staff",
               "journalist", "photographer", "critic"}
# the words of a role before its last word, when a name runs straight into it: "Ana Ruiz Transport correspondent"
_DESK_BEATS = {"chief", "senior", "staff", "deputy", "associate", "special", "contributing", "investigative",
               "political", "politics", "sports", "sport", "business", "health", "transport", "court", "crime",
               "education", "environment", "foreign", "home", "legal", "science", "technology", "arts", "economics",
               "economic", "city", "local", "national", "international", "media", "culture", "travel", "food",
               "music", "film", "data", "diplomatic", "security", "defence", "defense", "energy", "climate"}
# what may stand around the date on a line of its own: "Posted: Feb 10, 2026 4:30 PM CST | Last Updated: ...",
# "Tue 14 Apr 2026 06.00 BST", "Wed Aug 5 2026 - 18:45"
_DATE_ANYWHERE = re.compile(_DATE, re.IGNORECASE)
_DATE_LINE_NOISE = re.compile(rf"\d{{1,2}}[.:]\d{{2}}(?:\s*[ap]\.?m\.?)?|{_WEEKDAY}|\b(?:posted|published|updated|last"
                              r"|first|modified|issued|on|at|\d+\s+min(?:ute)?s?\s+(?:to\s+)?read"
                              r"|\d+\s+(?:minutes?|hours?|days?)\s+ago|(?-i:[A-Z]{2,}))\b|[+-]\d{1,2}\b|[\s,;:|·•—–-]+",
                              re.IGNORECASE)
_FIELD_BAR = re.compile(r"\s+[|·•]\s+")
_BASED_IN = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?$")
_CONTACT_AFTER_NAME = re.compile(r"\.?\s+(?:e-?mail|twitter|follow)\b|\s+@", re.IGNORECASE)
_EMAIL = re.compile(r"\s+\S+@\S+\.\w+")  # "By Kendra Lusztig klusztig@sentinel.example": the address is no name
_BY_ONLY = re.compile(r"^(?:(?:written\s+)?by|authors?:)\s+(?P<names>[^.!?]{2,150})$", re.IGNORECASE)
# Two to four capitalised words a name, one or more names joined by "and" or commas; no sentence punctuation.
_NAME_ONLY = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’.-]*,?){1,11}$")
_PLACE_WORDS = {"park", "street", "road", "avenue", "square", "stadium", "arena", "field", "county", "city", "hall",
                "house", "centre", "center", "bridge", "station", "airport", "hospital", "school", "college", "jail"}
_AUTHOR_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*", re.IGNORECASE)

_HEADING = re.compile(r"^#{1,6}\s*")
_QUOTE_PREFIX = re.compile(r"^>\s?", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
# A run of lines that are not blank, from its first to its last non-space character.
_BLOCK = re.compile(r"\S(?:[^\n]*\S)?(?:[^\S\n]*\n[^\S\n]*\S(?:[^\n]*\S)?)*")

# A paragraph of site boilerplate at the end of an article (contact lines, share buttons, copyright).
_FOOTER = re.compile(
    r"^(?:to contact\b|contact us\b|follow us\b|follow the\b|subscribe\b|sign up\b|share this\b|read more\b"
    r"|related\b|copyright\b|©|\(c\)\s|all rights reserved|this (?:article|story) (?:was|first|originally)"
    r"|originally published|donate\b|support (?:our|the|independent)\b|click here\b|get (?:the|our) newsletter"
    r"|for more (?:information|news)\b|join (?:us|the)\b|download (?:our|the) app"
    r"|\(?(?:additional )?(?:reporting|writing|editing) by\b)",  # a wire story's credit line, in brackets or not
    re.IGNORECASE,
)
# A line that hands over to a contact address: "Contact our desk at:", "Write to the newsroom:", "Tips:".
_CONTACT_LEAD = re.compile(r"^(?:contact|write to|email|e-mail|reach|tips|send (?:us )?(?:your )?(?:tips|news))\b"
                           r"[^.!?]{0,80}:$", re.IGNORECASE)
# A newsroom's call for letters or tips that ends the article: "Have a view? Write to us at letters@example.org".
_WRITE_TO_US = re.compile(r"\b(?:write|email|e-mail|contact|send|tell)\b[^.!?]{0,60}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
                          re.IGNORECASE)
_BARE_URL = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.IGNORECASE)
_FOOTER_MAX_CHARS = 300
# A wire desk's sign-off of initials: "mg/jrd", "ik/rl/gw".
_SIGN_OFF = re.compile(r"[a-z]{1,4}(?:/[a-z]{1,4}){1,5}")
# A wire story's closing credit: "Carradine reported from Brussels. Ivar Lundset contributed to this report."
_CREDIT_LINE = re.compile(r"(?:^|[.!?]\s+)[A-Z][^.!?]{0,120}?\bcontributed(?:\s+reporting)?(?:\s+to\s+this\s+"
                          r"(?:report|story|article))?\.?$")

# A paragraph that introduces an unmarked block quote: "He added:", "The statement read:".
_BLOCK_INTRO_CUE = re.compile(
    r"\b(?:said|says|say|added|adds|add|wrote|writes|write|stated|states|state|declared|declares|declare"
    r"|continued|continues|continue|explained|explains|explain|noted|notes|note|told\b[^:]*|concluded"
    r"|concludes|conclude|warned|warns|warn|argued|argues|argue|insisted|insist|replied|read|reads"
    r"|posted|tweeted|following|as follows)"
    # "said in a statement:", "wrote on Instagram:", "said in a letter to parents:"
    r"(?:\s+(?:in|on|via|through)\s+[\w'’ -]{2,40}?)?(?:,?\s+in\s+(?:part|full),?)?\s*:$",
    re.IGNORECASE,
)
# Cues of written text, whose block quote may run over several paragraphs ("The letter reads:", "she wrote:").
_WRITTEN_CUE = re.compile(r"\b(?:wrote|writes|write|reads?|stated|states|state|declares?|declared|concludes?"
                          r"|concluded|as follows)(?:,?\s+in\s+(?:part|full),?)?\s*:$"
                          r"|\b(?:in|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?"
                          r"(?:letter|post|email|e-mail|message|memo|note)\b[^:.]{0,40}:$",
                          re.IGNORECASE)
# The writer's own voice again after a block quote: a quotation, a reporting verb, or the document named.
_WRITER_RESUMES = re.compile(r"[\"“”«»]|\b(?:said|says|told|according to|wrote|writes|added)\b|^\(|^[A-Z][A-Z .'’-]+:"
                             r"|^(?:The|That|This|Her|His|Their|Its)\s+(?:\w+\s+)?(?:letter|report|statement|study"
                             r"|post|memo|note|document|paper|email|message|declaration|ruling|filing|review)s?\b"
                             # the writer naming what was quoted: "read the passage aloud and set the document down"
                             r"|\b(?:the|that|this)\s+(?:passage|excerpt|document|memo|letter)\b")

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|my|My|our|Our)\b")
_ANY_QUOTE_MARK = re.compile(r"[\"“”«»]")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’")

_SENTENCE_END = ('.', '!', '?', '…', '"', '”', '’', "'", ')', ']', ':')
# A character lost in transcoding: "Rados?aw", or the Unicode replacement character.
_LOST_QMARK = re.compile(r"(?<=[^\W\d_])\?(?=[^\W\d_])")


@dataclass
class _Block:
    raw: str
    start: int
    end: int


def parse_article(text: str) -> Article:
    """Parse the seed format: `## Title`, a byline `Author D Month YYYY`, then paragraphs split by blank lines."""
    blocks = list(_blocks(text))
    issues: list[Issue] = []

    title = None
    if blocks and (_HEADING.match(blocks[0].raw) or (len(blocks) > 1 and _parse_byline(blocks[1].raw))):
        if "\n" not in blocks[0].raw.strip() and len(blocks[0].raw) <= 300:
            title = _clean(_HEADING.sub("", blocks[0].raw))
            blocks = blocks[1:]
    if not title:
        title = None
        issues.append(Issue("missing_title", "the file does not start with a '## Title' line"))

    byline, authors, published_on = None, (), None
    parsed = _parse_byline(blocks[0].raw) if blocks else None
    if parsed:
        blocks = blocks[1:]
        # the date and the names in two blocks, either first: "Published: 3 March 2026 10:42 CET" then "By Ana Ruiz"
        following = _parse_byline(blocks[0].raw) if blocks and (not parsed[1] or parsed[2] is None) else None
        if following and bool(parsed[1]) != bool(following[1]) and (parsed[2] is None) != (following[2] is None) \
                and (parsed[1] or _BY_ONLY.match(following[0])):
            # (after a date, names only with `By`: a bare name there is a topic tag, "31 October 2016" "Hillary
            # Clinton")
            blocks = blocks[1:]
            named, dated = (parsed, following) if parsed[1] else (following, parsed)
            parsed = (f"{parsed[0]} {following[0]}", named[1], dated[2], dated[3])
        byline, authors, published_on, byline_issues = parsed
        issues += byline_issues
        # "By KIPNGENO BARSITO", "JACKIE CALMES 9 November 2015": a house style in capitals, not an acronym
        authors = tuple(_house_capitals(a, byline) for a in authors)
    if not authors:
        issues.append(Issue("missing_byline", "no author line after the title"))

    paragraphs = _paragraphs(blocks, issues)
    return Article(title=title, byline=byline, authors=authors, published_on=published_on,
                   paragraphs=tuple(paragraphs), issues=tuple(issues))


def _blocks(text: str) -> Iterator[_Block]:
    """Runs of non-blank lines, with their span in the text."""
    for match in _BLOCK.finditer(text):
        yield _Block(match.group(0), match.start(), match.end())


def _parse_byline(raw: str) -> tuple[str, tuple[str, ...], dt.date | None, list[Issue]] | None:
    line = _clean(raw)
    if "\n" in raw.strip():
        return _byline_block(raw.strip().splitlines())
    if len(line) > 200:
        return None
    line = _TIME_AFTER.sub("", line) if line[-1:] in "mMTZ0123456789" else line
    # The date ends a dated byline, so a line whose last character is no digit cannot be one: not tried, as the
    # pattern's lazy names part tries every date form at every character of such a line (a third of parsing time).
    match = _BYLINE.match(line) if line.rstrip()[-1:].isdecimal() else None
    if match:
        # "By Ana Ruiz | WDLT 6 News | May 2, 2026": after a bar or a dot come the outlet and the section
        names = _FIELD_BAR.split(match.group("names"))[0].strip(" ,;|-")
        authors = _split_authors(names)
        if names and not authors:
            return None  # words before the date that are no names: a sentence, not a byline
        published_on, issues = _date(match)
        return line, authors, published_on, issues
    match = _BY_ONLY.match(_EMAIL.sub("", line).rstrip()) if "@" in line else _BY_ONLY.match(line)
    if match and (authors := _split_authors(_FIELD_BAR.split(match.group("names"))[0])):
        return line, authors, None, [Issue("missing_date", "the byline gives no date")]
    if _NAME_ONLY.match(line) and (authors := _split_authors(line)) and all(
            _looks_like_person(author) for author in authors):
        # "Ana Ruiz" or "Ana Ruiz and Tom Berg" alone under the title: a byline without "By" or a date
        return line, authors, None, [Issue("missing_date", "the byline gives no date")]
    return None


def _house_capitals(name: str, byline: str) -> str:
    """"By KIPNGENO BARSITO", "JACKIE CALMES 9 November 2015", "By Mathilde GAUTHEREAU": a house style in capitals,
    not an acronym ("USA TODAY" under no By and with no first name stays)."""
    words = name.split()
    if len(words) < 2 or not (byline[:3].lower() == "by " or is_first_name(words[0])):
        return name
    if name.isupper():
        return name.title()
    return " ".join(w.title() if w.isupper() and len(w) > 3 else w for w in words)


def _byline_block(lines: list[str]) -> tuple[str, tuple[str, ...], dt.date | None, list[Issue]] | None:
    """A byline over two to four short lines: the names first, then a newsroom role or a date on lines of their own
    (`By Siobhan Kettlewell` / `Court reporter` / `Updated 2 October 2026 — 6.14pm`)."""
    lines = [_clean(line) for line in lines]
    if not 2 <= len(lines) <= 4 or any(not line or len(line) > 100 for line in lines):
        return None
    first = _parse_byline(lines[0]) or _name_and_desk(lines[0])
    if first is None or not first[1] and first[2] is None:
        return None  # (a block of dates alone is a byline without names: "Published: ..." / "Updated: ...")
    _, authors, published_on, issues = first
    other = False
    for line in lines[1:]:
        dated = _date_line(line)
        if dated is not None:
            if published_on is None:
                published_on, issues = dated  # a line that is only a date (the first: `Published`, then `Updated`)
        elif _is_desk_role(line) or _READING_TIME.fullmatch(line):
            pass  # "Court reporter", "5 mins to read"
        elif _is_masthead_line(line):
            other = True  # "The Northern Press", "Photo: Ana Ruiz": taken only when a date line vouches for them
        else:
            return None  # more than a byline: a sentence, a second heading
    if other and published_on is None:
        return None
    return " ".join(lines), authors, published_on, issues


def _date_line(line: str) -> tuple[dt.date | None, list[Issue]] | None:
    """The first date of a line that holds nothing else but times, weekdays, zones and words like `Updated`."""
    match = _DATE_ANYWHERE.search(line)
    if match is None or _DATE_LINE_NOISE.sub("", _DATE_ANYWHERE.sub("", line)):
        return None
    return _date(match)


def _name_and_desk(line: str) -> tuple[str, tuple[str, ...], None, list[Issue]] | None:
    """The name line of a byline block without `By`: `Ana Ruiz Transport correspondent`, `Ana Ruiz · The Outlet`,
    `Anirudh Kesavapillai` (the block's date line vouches for it: no known first name needed)."""
    names = _BASED_IN.sub("", _FIELD_BAR.split(line)[0].strip())
    words = names.split()
    if words and words[-1].lower() in _DESK_ROLES and "," not in names:
        words.pop()
        while len(words) > 2 and (words[-1].lower() in _DESK_BEATS or words[-1].islower()):
            words.pop()
        names = " ".join(words)
    if not _NAME_ONLY.match(names):
        return None
    authors = _split_authors(names)
    if not authors or not all(2 <= len(a.split()) <= 4 and a.split()[-1].lower() not in _PLACE_WORDS
                              for a in authors):
        return None
    return line, authors, None, [Issue("missing_date", "the byline gives no date")]


_READING_TIME = re.compile(r"\d+\s+min(?:ute)?s?\s+(?:to\s+)?read", re.IGNORECASE)


def _is_masthead_line(line: str) -> bool:
    """A short line of an outlet's header, no sentence: an outlet's or a section's name, a desk, a photo credit."""
    return len(line.split()) <= 8 and line[:1].isupper() and not line.endswith((".", "!", "?", ":", ",")) and \
        not any(mark in line for mark in "\"“”")


def _is_desk_role(part: str) -> bool:
    """"Staff Writer", "Court reporter", "Staff writers", "Rural Affairs Reporter · Tararoa Ledger ·"."""
    part = _FIELD_BAR.split(part.strip(" ·•|"))[0]
    words = part.split()
    return 0 < len(words) <= 4 and (words[-1].lower() in _DESK_ROLES or words[-1].lower()[:-1] in _DESK_ROLES
                                    and words[-1][-1:] == "s") and not part.endswith((".", "!", "?"))


def _looks_like_person(name: str) -> bool:
    """"Ana Ruiz", "Bruce Y. Lee": a known first name, two to four words, no word but an initial ends in a full
    stop, and no place ("Griffin Park") or all-capital name ("ARY NEWS")."""
    words = name.split()
    return (2 <= len(words) <= 4 and is_first_name(words[0]) and words[-1].lower() not in _PLACE_WORDS
            and all(not w.endswith(".") or len(w) == 2 for w in words) and not any(w.isupper() and len(w) > 2
                                                                                  for w in words))


def _split_authors(names: str) -> tuple[str, ...]:
    if "@" in names or "mail" in names.lower():
        # "By EDUARDO PORTER. Email: eporter@example.com, Twitter: @porter": contact details, no names
        names = _CONTACT_AFTER_NAME.split(_EMAIL.sub("", " " + names).strip())[0]
    names = _BASED_IN.sub("", names)  # "Imogen Throckley and Rafferty Nkansah in London": where they write from
    head, comma, role = names.rpartition(",")
    if comma and head.strip() and _is_desk_role(role.strip(" .")):
        names = head  # "Ana Ruiz, Staff Writer": a role, not a second name ("Waste & Recycling Staff" is a name)
    parts = [p.strip(" .:") for p in _AUTHOR_SPLIT.split(names) if p.strip(" .:")]
    if len(parts) > 1:
        # "By Winslow Peake and Inés Zavaleta, The Continental Press": the outlet after the names
        parts = [p for p in parts if not p.startswith("The ")] or parts
    # A name is a few words that start with a capital ("Our reporters" counts: a collective byline).
    if not parts or any(len(p.split()) > 6 or not p[0].isupper() for p in parts):
        return ()
    return tuple(parts)


def _date(match: re.Match) -> tuple[dt.date | None, list[Issue]]:
    g = match.groupdict()
    year, month, day = (
        (g["y1"], MONTHS.get(g["m1"].lower().rstrip(".")), g["d1"]) if g["y1"]
        else (g["y2"], MONTHS.get(g["m2"].lower().rstrip(".")), g["d2"]) if g["y2"]
        else (g["y4"], g["m4"], g["d4"]) if g["y4"]
        else (str(2000 + int(g["y5"])), g["m5"], g["d5"]) if g["y5"]
        else (g["y3"], g["m3"], g["d3"])
    )
    try:
        return dt.date(int(year), int(month), int(day)), []
    except (TypeError, ValueError):
        return None, [Issue("invalid_date", f"the byline date {match.group(0).strip()!r} is not a real date")]


def _clean(raw: str) -> str:
    """Markdown removed, line breaks and runs of white space folded to one space."""
    text = raw
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub(r"\1", text))
    for _ in range(3 if "*" in text or "_" in text else 0):  # nested emphasis: ***bold italic***, **a *b* c**
        text, n = _EMPHASIS.subn(r"\2", text)
        if not n:
            break
    return " ".join(text.split())  # the white space that \s+ matches, folded in C


def _paragraphs(blocks: list[_Block], issues: list[Issue]) -> list[Paragraph]:
    # (kind, text, start, end) before positions are assigned
    drafts: list[list] = []
    for block in blocks:
        raw = block.raw
        kind = "body"
        if raw.startswith(">"):
            kind, raw = "blockquote", _QUOTE_PREFIX.sub("", raw)
        text = _clean(_HEADING.sub("", raw))
        if text:
            drafts.append([kind, text, block.start, block.end])

    footer_from = len(drafts)
    while footer_from > 0 and _is_footer(drafts[footer_from - 1][1]):
        footer_from -= 1
    for draft in drafts[footer_from:]:
        draft[0] = "footer"

    merged: list[list] = []
    for draft in drafts:
        prev = merged[-1] if merged else None
        if prev and _continues(prev, draft):
            issues.append(Issue(
                "split_paragraph",
                f"joined a paragraph split mid-sentence: ...{prev[1][-40:]!r} + {draft[1][:40]!r}...",
                len(merged) - 1,
            ))
            prev[1] = f"{prev[1]} {draft[1]}"
            prev[3] = draft[3]
        else:
            merged.append(draft)

    written = False  # the block quote open now is a written text, which may run over several paragraphs
    for i in range(1, len(merged)):
        prev, draft = merged[i - 1], merged[i]
        if draft[0] != "body":
            written = False
            continue
        if (prev[0] in ("body", "blockquote") and prev[1].endswith(":")
                and _BLOCK_INTRO_CUE.search(prev[1], max(0, len(prev[1]) - 120))
                and not draft[1].startswith(('"', "“", "'", "‘", "«"))):
            draft[0] = "blockquote"
            written = bool(_WRITTEN_CUE.search(prev[1], max(0, len(prev[1]) - 40)))
        elif written and prev[0] == "blockquote" and (not _WRITER_RESUMES.search(draft[1]) or (
                _FIRST_PERSON.search(draft[1]) and not _ANY_QUOTE_MARK.search(draft[1])
                and not _writer_says_i(merged[:i]))):
            # the next paragraph of the letter, report or post (in the first person with no quote marks it is the
            # letter's still: `It is the first time I have said no`)
            draft[0] = "blockquote"
        else:
            written = False

    paragraphs = [Paragraph(position=i, kind=kind, text=text, char_start=start, char_end=end)
                  for i, (kind, text, start, end) in enumerate(merged)]
    for paragraph in paragraphs:
        issues.extend(_lost_characters(paragraph))
    return paragraphs


def _writer_says_i(drafts: list[list]) -> bool:
    """Does the writer's own voice use the first person before this point (a blog, a column)? Then a paragraph in
    the first person is no sign that a letter runs on. (Asked only there: most articles never need it.)"""
    return any(d[0] == "body" and _FIRST_PERSON.search(_QUOTED.sub("", d[1])) for d in drafts)


def _is_footer(text: str) -> bool:
    return len(text) <= _FOOTER_MAX_CHARS and bool(_FOOTER.match(text) or _BARE_URL.match(text)
                                                   or _CONTACT_LEAD.match(text) or _WRITE_TO_US.search(text)
                                                   or _CREDIT_LINE.search(text) or _SIGN_OFF.fullmatch(text))


def _continues(prev: list, draft: list) -> bool:
    """A blank line fell mid-sentence: the first part has no end mark and the second starts in lower case."""
    if prev[0] != draft[0] or prev[0] == "footer":
        return False
    first = draft[1][0]
    return first.islower() and not prev[1].endswith(_SENTENCE_END)


def _lost_characters(paragraph: Paragraph) -> list[Issue]:
    if "?" not in paragraph.text and "\ufffd" not in paragraph.text:
        return []
    words = [w for w in paragraph.text.split() if ("?" in w and _LOST_QMARK.search(w) and "/" not in w
                                                    and "=" not in w) or "\ufffd" in w]
    if not words:
        return []
    shown = ", ".join(dict.fromkeys(w.strip(".,;:!?\"'()[]“”‘’") for w in words))
    return [Issue("lost_character", f"character lost in transcoding: {shown}", paragraph.position)]
