"""The lines under a title that name the writers and date the article, read field by field.

Outlets lay a byline out in many ways (`By Ana Ruiz | Staff Writer | May 2, 2026`, a name over a desk role over a
date, `Ana Ruiz and Tom Berg in London` over `Published 27 November 2026`, a date before `By ...`). Every one is
a few short fields, split by line breaks, bars, dots and spaced dashes; each field is read on its own as names, a
date, a newsroom role, a reading time, a contact, or another short header line (an outlet, a section, a place, a
photo credit). A block is a byline when every field is one of these and the names or the date vouch for it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from pipelines.normalize.lexicon import (
    CAPITAL,
    MONTH_NAMES,
    NAMEPLATE_WORDS,
    PLACE_WORDS,
    multi_word_places,
    places,
    word_alternation,
)
from pipelines.normalize.model import Issue
from pipelines.normalize.names import JOINED_INITIAL, TITLE_WORDS, is_first_name, orgish

# month name or abbreviation -> its number
MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names}


_MONTH = rf"(?:{word_alternation(MONTHS)})\.?"  # (letter by letter: half the time of the date patterns)
# "28 May 2024", "May 28, 2024", "2024-05-28"; with slashes "25/11/2026" (day first with a four-digit year, as
# wires and most of the world write it) and "11/25/26" (month first with two digits, as American sites do); with
# dots "27.11.2026" (day first)
# What a date opens with, a digit or a month's first two letters, looked at first: a case-insensitive pattern gives
# the engine no first character to skip to, and without it each month name was tried at every character
_DATE_START = (rf"(?=\d|[{''.join(sorted({name[0] for name in MONTHS}))}]"
               rf"[{''.join(sorted({name[1] for name in MONTHS}))}])")
_DATE = re.compile(
    rf"{_DATE_START}(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?P<m1>{_MONTH})(?:,\s*|\s+)(?:de\s+)?"
    rf"(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH}),?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+|/)(?P<y2>\d{{4}})"  # (`Nov 28,2026`,
    # `November, 28/2026`)
    rf"|(?P<y3>\d{{4}})(?P<sep3>[-./])(?P<m3>\d{{2}})(?P=sep3)(?P<d3>\d{{2}})(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    # (a space may follow each separator: `28. 11. 2026`)
    rf"|(?<![\d/.-])(?P<d4>\d{{1,2}})(?P<sep>[/.-])(?: (?=\d))?(?P<m4>\d{{1,2}})(?P=sep)(?: (?=\d))?"
    rf"(?P<y4>\d{{4}})(?![\d/])"
    rf"|(?<![\d/])(?P<m5>\d{{1,2}})/(?P<d5>\d{{1,2}})/(?P<y5>\d{{2}})(?![\d/])"
    rf"|(?<![\d.])(?P<d6>\d{{1,2}})\.(?P<m6>\d{{1,2}})\.(?P<y6>\d{{2}})(?![\d.]))\b",  # (`28.11.26`, day first)
    re.IGNORECASE)
# a dateline of a place and a day with no year: "Bengaluru, November 28" (the day is no date to store), perhaps
# with the agency: "Ulaanbaatar, November 30 (Steppe News Agency)"
# (and its region or country: "LAMU, Kenya, Nov 30")
_PLACE_AND_DAY = re.compile(rf"^[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,2}},\s*"
                            rf"(?:[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,2}},\s*)?"
                            rf"(?i:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                            r"(?:\s+\([^()\d]{2,40}\))?$")  # (or a weekday alone: `Mombasa, Monday`)
# a day of a month with no year ("November 27"): says when, but gives no date to store
_MONTH_DAY = re.compile(rf"{_DATE_START}(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\b", re.IGNORECASE)
_WEEKDAY = (r"\b(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day|\.)?"
            r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)(?![\w'’])")
# what may stand around a date in its field: times, weekdays, zones, `Updated`, `5 min read`, `2 hours ago`
_DATE_NOISE = re.compile(rf"\d{{1,2}}[.:h]\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?|{_WEEKDAY}"
                         r"|\b(?:posted|published|updated|update|latest|last|first|modified|issued|on|at|uhr|h|kl\.?|time|\d+\s+min(?:ute)?s?\.?\s+(?:to\s+)?read"
                         r"|reading\s+time:?\s*\d+\s*min(?:ute)?s?|listen\s+to\s+this\s+article|\d+\s*min\b|hrs"
                         r"|\d[\d,.]*\s+(?:views?|comments?|shares?|likes?|reads?)"
                         r"|(?:page|p\.|pág\.|s\.)\s*[A-Z]?\d+"  # a print edition's page: `... 2026 page 3`, `p. 27`
                         r"|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|\d{1,2}\s*[ap]\.?m\b\.?|(?-i:[A-Z]{2,}))"
                         # (`CET+01:00`; a count of comments or views, `12:05 am - 3 - 1,846`; `14:22 > 16:05`)
                         r"(?![\w'’])|[+-]\d{1,2}(?::?\d{2})?\b|\b\d[\d,]*\b|[\s,.;:|·•—–()@>-]+"
                         r"|timer\d+\s+min(?:ute)?s?\.?\s+read",  # (a clock icon's word run in: `2026timer3 min. read`)
                         re.IGNORECASE)
_WEEKDAY_AT_END = re.compile(rf"\s*{_WEEKDAY}[.,]?$", re.IGNORECASE)
# fields are split at line breaks, bars, middle dots, bullets, spaced slashes and spaced dashes
# (every break starts at one of the lookahead's characters: tried first, it spares the engine entering each of the
# alternatives at every character)
_FIELD_BREAK = re.compile(r"(?=[\s|·•/t\d])(?:\s+[|·•/]\s+|\s+[—–-]+\s+|\s*[|·•]\s*$|^\s*[|·•]\s*|(?<=[a-z])/(?=[A-Z])"
                          r"|(?<=\d)(?=timer\d)"  # `Mon., Nov. 30, 2026timer3 min. read`: a date and a reading time
                          r"|(?<=, [12]\d{3})(?=\d{1,2}:\d\d)"  # `November 30, 20265:00 AM ET`: a date and a time
                          r"|(?<=\d)\s+(?=by\s+[A-Z])"  # `28 November 2026, 07:30 by Ana Ruiz`
                          # a blog's category between them: `On November 28, 2026 11:14 am In News by Ana Ruiz`
                          r"|(?<=[\dm])\s+In\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?\s+(?=by\s+[A-Z])"
                          r"|(?<=\d)\s+(?=[Ss]ource:\s)"  # `Sat, 28 Nov 2026 Source: nkabomnews`
                          # `Text: Name Photo: Name`
                          r"|\s+(?=(?:[Pp]hotos?|PHOTOS?|[Pp]ictures?|[Ii]mages?|[Vv]ideo)\s*:))")
# every break above holds one of these characters, or the word `by` (in lower case) or `timer`
_FIELD_BREAK_CHARS = "|·•/—–-:"
# `By`, and the other words a byline opens with; a photo's or a video's credit names no writer
# any one word before `by` (`Words by`, `Analysis by`, `EXCLUSIVE by`, `Reported by`); a label and a colon
# (`Author:`, `Reporter:`, `Text:`)
_BY = re.compile(r"^(?:[a-z]+\s+(?:and\s+[a-z]+\s+)?)?by(?:\s*:)?\s+"
                 # `Filed from Huaraz by Name`, `Reporting from Bensa, Sidama: Name`
                 r"|^(?:filed|reporting|writing|reported)\s+from\s+[^:|·]{1,40}?(?:\s+by\s+|:\s*)"
                 rf"|^nā\s+(?-i:(?=[{CAPITAL}]))"  # Māori: `Nā Mīria Pōhatu`
                 rf"|^(?:par|por)\s+(?-i:(?=[{CAPITAL}]))"  # French and Spanish: `Par Solène Vasseur`
                 r"|^(?:authors?(?:\s+of\s+the\s+(?:article|story))?|words|text|story|report|source"
                 r"|(?:[a-z]+\s+)?(?:writer|correspondent|reporter|editor"
                 r"|columnist|journalist|desk)s?)\s*:\s*"
                 rf"|^from\s+(?-i:(?=[{CAPITAL}][\w'’.-]*\s+[{CAPITAL}]))", re.IGNORECASE)  # not `From TPM:`
_CREDIT = re.compile(r"^(?:photos?|photographs?|pictures?|images?|video|illustrations?|graphics?|photographed"
                     r"|filmed|illustrated|translated|translation|reviewed|fact-checked|edited)(?:\s+and\s+\w+)?"
                     r"(?:\s+by|\s*:|\s+credit\b)", re.IGNORECASE)
# a credit after the writer's name and a comma or `and`: `Ana Ruiz, photographs by Tom Berg`
_CREDIT_AFTER = re.compile(r"(?:,|;|\s+and)\s+" + _CREDIT.pattern[1:], re.IGNORECASE)
# the newsroom role after a byline's name: "Corinne Haverstock, Staff Writer", "Court reporter" (and a desk of its
# own line: "Chingola Bureau", "City Desk")
_DESK_ROLES = {"writer", "correspondent", "reporter", "editor", "columnist", "contributor", "producer", "staff",
               "chief",  # (`Statehouse bureau chief`)
               "journalist", "photographer", "critic", "bureau", "desk", "newsdesk", "report",  # (`Post Report`)
               "corresponsal", "reportero", "reportera", "periodista", "correspondant", "journaliste", "redactor",
               "redactora", "korrespondent"}  # (Spanish, French, German and Nordic desks)
# the words of a role before its last word, when a name runs straight into it: "Ana Ruiz Transport correspondent"
_DESK_BEATS = {"chief", "senior", "staff", "deputy", "associate", "special", "contributing", "investigative",
               "political", "politics", "sports", "sport", "business", "health", "transport", "court", "crime",
               "education", "environment", "foreign", "home", "legal", "science", "technology", "arts", "economics",
               "economic", "city", "local", "national", "international", "media", "culture", "travel", "food",
               "music", "film", "data", "diplomatic", "security", "defence", "defense", "energy", "climate"}
# a newsroom role before a name, after `By`: "Gippsland reporter", "state political reporter", "Staff Writer"
_DESK_ROLE = "(?i:" + word_alternation(_DESK_ROLES) + ")s?"
_ROLE_BEFORE_NAME = re.compile(rf"^(?:[\w-]+\s+){{0,3}}?{_DESK_ROLE}(?:\s+{_DESK_ROLE})?\s+"  # (`Staff Writer Name`)
                               rf"(?=[{CAPITAL}][\w'’.-]*\s+[{CAPITAL}])")
_WITH_REPORTING = re.compile(r"^with\s+(?:additional\s+)?(?:agency\s+|wire\s+)?(?:reports?|reporting|agencies)\b",
                             re.IGNORECASE)
# news agencies a writer drew on, by their short names, after the name: `Ana Ruiz with AFP, dpa`
_WITH_AGENCIES = re.compile(r"\s+with\s+(?:[A-Z]{2,6}|[a-z]{2,4})(?:\s*(?:,|\band\b|&)\s*(?:[A-Z]{2,6}|[a-z]{2,4}))*"
                            r"\s*$")
_WITH_IN_BRACKETS = re.compile(r"\s*\(with\s+[^()]{2,60}\)$")  # (or in brackets: `Ana Ruiz (with Reuters, dpa)`)
# (and a paper's envoy: `Name, special envoy to Ziguinchor`)
_SPECIAL_TO = re.compile(r"^(?:special|exclusive)\s+(?:(?:envoy|correspondent)\s+)?(?:to|for|in)\s+", re.IGNORECASE)
# what a name carries after it that is no part of it: where the writer is (`in London`), for whom (`for the
# Courier`), an outlet in brackets (`(Wirepress)`), an address or a handle (each after a space or at a bracket, looked
# at first)
_AFTER_NAME = re.compile(rf"(?=[\s(])(?:\s+(?:[Ii]n|IN|[Ff]or|FOR|at|reports\s+from|reporting\s+from)\s+(?:the\s+)?"
                         rf"[{CAPITAL}][\w'’.-]*"
                         rf"(?:\s+[{CAPITAL}][\w'’.-]*){{0,3}}$"
                         r"|\s*\([^()]{1,40}\)$|\s+\S+@\S+\.\w+$|\s+@\w+$|\s+['’]\d\d$)")  # (and a class year, `’27`)
# a link's words under a name: "more by this author", "View all posts", "See all stories"
_LINK_TEXT = re.compile(r"^(?:(?:more|all|other|see|view|read)\b[\w\s]{0,30}\b(?:author|stories|articles|posts|columns)"
                        r"|lea esta nota en \w+|read (?:this|it) in \w+|lire en \w+)$",
                        re.IGNORECASE)
# a credit's path to its writer after `Source:`: a country's section, the outlet's address (`Source: Ghana/Name`,
# `Source: Ghana/outlet.com/Name`); what follows the last slash is the writer
SOURCE_PATH = re.compile(rf"(?i:sources?)\s*:\s*(?:[\w.-]+\s*/\s*)+(?=[{CAPITAL}])")
_SOURCE_SITE = re.compile(r"^source:\s*[a-z0-9][\w.-]*$", re.IGNORECASE)  # `Source: nkabomnews`: a site's credit
_CONTACT = re.compile(r"^(?:\S+@\S+\.\w+|@\w+|(?:e-?mail|twitter|follow)\b.*)$", re.IGNORECASE)
_CONTACT_AFTER_NAME = re.compile(r"\.?\s+(?:e-?mail|twitter|follow)\b|\s+@|\s+\S+@\S+\.\w+", re.IGNORECASE)
# (and a bilingual `et/and`; every separator starts with a space, a comma or `&`, looked at first)
_AUTHOR_SPLIT = re.compile(r"(?=[\s,&])(\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+et/and\s+|\s+and/et\s+|\s*&\s*)\s*)",
                           re.IGNORECASE)
# a full stop after a name's last word ends it, as a comma would (`Ana Ruiz. Sputnik News`; not `Dr. Ana Ruiz`)
_STOP_AFTER_NAME = re.compile(r"\b([A-Za-z]{3,})\.(?=\s+[A-Z])")
# Two to twelve capitalised words: one or more names joined by "and" or commas; no sentence punctuation.
_NAME_ONLY = re.compile(rf"^[{CAPITAL}][\w'’.-]*(?:\s+(?:and\s+|&\s+)?[{CAPITAL}][\w'’.-]*,?){{1,11}}$")
# (and, on a byline's line of its own, words that are surnames too: `Griffin Park` is a caption's place)
_PLACE_WORDS = PLACE_WORDS | {"park", "arena", "field", "county", "city", "hall", "house", "centre", "center",
                              "station", "airport", "hospital", "school", "college", "jail"}


class Byline(NamedTuple):
    text: str
    authors: tuple[str, ...]
    published_on: dt.date | None
    issues: list[Issue]
    by: bool  # the names follow `By` (or `Author:` ...), or carry a newsroom role on their one line


def undated_byline(text: str, authors: tuple[str, ...]) -> Byline:
    """A byline that names its writers and gives no date (the one place that says so)."""
    return Byline(text, authors, None, [_no_date()], False)


def _no_date(day_only: bool = False) -> Issue:
    return Issue("missing_date", "the byline gives a day but no year" if day_only else "the byline gives no date")


class _Names(NamedTuple):
    authors: tuple[str, ...]
    by: bool  # opened with `By` (or `Author:`, `Words by` ...): a byline whatever the names look like
    roled: bool = False  # a newsroom role after them (`Ana Ruiz, Contributor`): a writer whatever the first name


def read_byline(lines: list[str]) -> Byline | None:
    """The byline in one to six short lines (markup already removed), or None when they are something else."""
    if not 1 <= len(lines) <= 6 or any(not line or len(line) > 200 or _sentence_line(line) for line in lines):
        return None  # (most first blocks are the article's first sentence: turned away before any field is read)
    candidates: list[_Names] = []
    published_on, issues, dated, other, day_only, desk, by_desk = None, [], False, False, False, False, False
    relative = updated_first = placed = False
    bare_lines = 0
    for i in range(len(lines) - 1, 0, -1):
        if _NOT_A_WRITER.fullmatch(lines[i]) and _NAME_ONLY.match(lines[i - 1]):
            lines = [*lines[:i - 1], *lines[i + 1:]]  # `Brynjar Leiknes` over `Photographer`: a credit, no writer
            continue
        if _AND_LINE.match(lines[i]) or lines[i - 1].endswith(":") and _BY.match(lines[i - 1]):
            # "By Ana Ruiz" over "and Tom Berg": one list of names on two lines; a label over its name
            # (`Author of the article:` over `Sacha Doucette`)
            lines = [*lines[:i - 1], f"{lines[i - 1]} {lines[i]}", *lines[i + 1:]]
    if len(lines) == 1 and (city := _NAME_IN_CAPITALS_AND_CITY.fullmatch(lines[0])) and city.group(1) in places():
        placed = True  # `CHITALU KASONGO, Kitwe`: the writer's name in the house's capitals, and the city
    for line in lines:
        if line[:1] in "Ss" and (path := SOURCE_PATH.match(line)):
            line = "Source: " + line[path.end():]
        for field in _fields(line):
            date, rest = _split_date(field)
            if date is not None:
                if not dated or updated_first and _PUBLISHED_LABEL.match(field):
                    # the first date (`Published`, then `Updated`), or a `Published` date after an `Updated` one
                    published_on, issues = _date(date)
                    if published_on is not None and (opening := _RANGE_OPENS.search(
                            line, 0, line.find(field) + date.start())):
                        # a weekly's issue, `27 November – 3 December 2026` (two fields): out on the first day
                        published_on = _range_start(opening, published_on)
                    updated_first = not dated and bool(_UPDATED_LABEL.match(field))
                dated = True
                if not rest or " " not in rest and rest[:1].isupper() and _WEEKDAY_AT_END.sub(
                        "", field[:date.start()].rstrip()).endswith(","):
                    continue  # (`KOCHI, November 28, 2026`, `Dhaka, Mon 30 Nov 2026`: a dateline's place, no writer;
                    # `UPI 26 May` is one)
                field = rest
            elif _OTHER_CALENDAR.search(field):
                continue  # the date in another calendar beside the Gregorian one: `Hidar 19, 2019 E.C.`
            elif _PLACE_AND_DAY.match(field):
                day_only = True  # (a dateline's place and day: `KUALA KRAI, Nov 28`)
                continue
            elif _undated(field):
                relative = relative or " ago" in field  # `5 hours ago`: when, but no date to store
                continue  # a time, `Updated`, `5 mins to read`, a day with no year
            found = _names(field, beside_date=date is not None)
            if found is not None and date is None and not found.by and all(
                    (author.title() if author.isupper() else author) in multi_word_places()
                    for author in found.authors):
                continue  # a place beside the writer's name: `Odilia Arévalo | Santa Ana`, `CÓNDOR | PUERTO ASÍS`
            if found is not None and (found.by or date is not None or not any(map(is_desk_role, found.authors))):
                candidates.append(found)
                if found.authors == (line.strip(),) and _plain_name(line.strip()):
                    bare_lines += 1  # a line that is one name and nothing else
            elif is_desk_role(field) or _CONTACT.match(field) or _CREDIT.match(field) or _LINK_TEXT.match(field) \
                    or _SOURCE_SITE.match(field):
                desk = desk or is_desk_role(field)
                by_desk = by_desk or is_desk_role(field) and bool(_BY.match(field))
                continue  # "Court reporter", "@lmarsh", "Photos by Tom Berg", "more by this author", "By Our Desk"
            elif " " not in field and field in places() and len(lines) == 1 and "|" in line:
                placed = True
                continue  # the writer's city beside the name: `Yuliana Ccanto | Lima`
            elif _is_header_line(field) or _IN_SECTION.match(field):
                other = True  # "The Northern Press", "North Coast Bureau", "in News": taken only when a date vouches
            else:
                return None  # more than a byline: a sentence, a second heading
    # the writers are the names after `By`, or else the first names; other name-like fields are the header's
    names = next((c for c in candidates if c.by), candidates[0] if candidates and not by_desk else None)
    # (people: the names with a newsroom role after them, when any has one; else the names that look like people)
    people = [c for c in candidates if c.roled] or [c for c in candidates if all(map(_looks_like_person, c.authors))]
    if len(people) < 2 <= len(candidates) == bare_lines and dated and not desk:
        people = candidates  # a bare name on each line, first names the table lacks (`Sigrunn Brattli`; not
        # under a line `Editor`)
    if names is not None and not names.by and len(people) > 1 and dated:
        # a name on each line ("Rachelle Toh Li Ying" over "Joel Sequeira", each perhaps over the outlet's name)
        names, candidates = _Names(tuple(a for c in people for a in c.authors), False), [c for c in candidates
                                                                                         if c not in people]
    if day_only and not dated and names is not None and not names.by and any(
            orgish(author.title().split()) for author in names.authors):
        names = None  # over a dateline with no year, `Express News Service` is the desk, no writer
    other = other or len(candidates) > 1
    if names is None and not dated and not day_only and not (desk and len(lines) == 1 and not other):
        # (`Express News Service` over `Bengaluru, November 28` is a header, with no date to store; so is a desk
        # alone on its line, `Sports Reporter`)
        return None
    # (a name with its newsroom role on one line is a byline undated too: `Tharshini Jeyakumar – Jaffna Correspondent`)
    signed = (names.roled or desk) and len(lines) == 1 and not other if names is not None else False
    if names is not None and not names.by and not dated and not day_only and not (relative and names.roled) and (
            other or len(lines) > 1 or not all(_looks_like_person(author) for author in names.authors)) and not signed \
            and not (placed and len(names.authors) == 1 and names.authors[0].isupper()):
        return None  # a bare line of names needs known first names; more lines need a date (or a role and a time ago)
    if other and not dated and not day_only and not (names is not None and names.by and _BY.match(lines[0])):
        return None  # (but `By Abril Lerma / Humaya Noticias`, or over `The Hemisphere Press`: the writer, the outlet)
    if not dated:
        issues = [_no_date(day_only)]
    authors = names.authors if names else ()
    if day_only and not dated or placed:
        # `SURIANI KAMARUDIN` over `KUALA KRAI, Nov 28`: a writer's name in the house's capitals over a dateline
        authors = tuple(author.title() if author.isupper() else author for author in authors)
    text = " ".join(lines)
    return Byline(text, tuple(_family_capitals(_house_capitals(a, text)) for a in authors), published_on, issues,
                  bool(names and names.by) or signed)


def _family_capitals(name: str) -> str:
    """`MORIKAWA Haruka` is Morikawa Haruka: a family name in capitals beside a given name that is not."""
    words = name.split()
    if len(words) < 2 or not any(w.istitle() and w.isalpha() for w in words):
        return name
    # (not initials: `AWR Hawkins`)
    return " ".join(w.title() if w.isupper() and len(w) > 3 and w.isalpha() else w for w in words)


_NAME_IN_CAPITALS_AND_CITY = re.compile(rf"[{CAPITAL}'’-]{{2,}}(?: [{CAPITAL}'’-]{{2,}}){{1,2}}, ([{CAPITAL}][\w'’-]+)")
_DIGIT = re.compile(r"\d")
_NOT_A_WRITER = re.compile(r"(?:staff\s+|senior\s+|chief\s+)?(?:photographer|photojournalist|photos?|photography"
                           r"|illustrator|illustration|graphics|videographer|video)", re.IGNORECASE)
_AND_LINE = re.compile(rf"(?:and|&)\s+[{CAPITAL}]")


def _sentence_line(line: str) -> bool:
    """A line of more than twelve words that ends like a sentence and holds no digit (no date, no time), or of
    more than twenty-five: no byline's."""
    words = line.count(" ") + 1
    return words > 25 or words > 12 and line[-1] in _SENTENCE_ENDS and not _DIGIT.search(line)


_SENTENCE_ENDS = frozenset(".!?\"”’'")


def _fields(line: str) -> list[str]:
    if "-" in line or "–" in line:  # (str's search first: the pattern needs its dashes)
        line = _SPACED_DATE.sub(r"\1 \2, \3", line)  # `Nov - 28 - 2026`: one date, no three fields
    if "/" in line:
        line = _TWO_LANGUAGES_MONTH.sub(r"\1 \2", line)  # `30 Tachwedd / November 2026`: the month in two languages
    # (a line with none of what every break holds is one field: str's searches, not the pattern tried at every
    # character)
    breaks = _FIELD_BREAK.split(line) if any(map(line.__contains__, _FIELD_BREAK_CHARS)) or "by" in line or \
        "timer" in line else [line]
    # (a dash left at a field's end is no part of it: `Azlina Zulkefli -`)
    return [field for field in (_TRAILING_DASH.sub("", field.strip(" ,;")) for field in breaks) if field]


_TWO_LANGUAGES_MONTH = re.compile(rf"\b(\d{{1,2}})\s+[^\W\d_]{{3,12}}\s*/\s*({_MONTH})\b", re.IGNORECASE)
_SPACED_DATE = re.compile(r"\b([A-Za-z]{3,9}\.?)\s+[-–]\s+(\d{1,2})\s+[-–]\s+(\d{4})\b")
_TRAILING_DASH = re.compile(r"\s+[-–—]$")


def _split_date(field: str) -> tuple[re.Match | None, str]:
    """The field's date, and what stands before it once the words that lead to a date are gone (`By Ana Ruiz
    on`, `Published:`, a weekday)."""
    if not _DIGIT.search(field):
        return None, field
    for match in _DATE.finditer(field):
        # (an outlet's name in brackets after the date is no sentence: `November 29, 2026 (Kitakaze Japan)`)
        leftover = _DATE_NOISE.sub(" ", _DATE.sub("", _BRACKETED_TAIL.sub("", field[match.start():]))).split()
        if len(leftover) > 2 or sum(map(len, leftover)) > 10 or not all(map(str.isalpha, leftover)):
            continue  # more than a date, its times and a word or two of a zone after it ("SL Time", "Uhr"): a
            # sentence ("June 18, 2026 by the lake")
        if _undated(field[:match.start()]):
            return match, ""  # "5:32 pm on 3 June 2026", "Published: Friday, ..."
        words = field[:match.start()].split()
        while words and (_HEAD_NOISE.fullmatch(words[-1]) or words[-1].lower().strip(",:") in _DATE_WORDS):
            words.pop()
        return match, " ".join(words).strip(" ,;|-")
    return None, field


_BRACKETED_TAIL = re.compile(r"\s*\([^()\d]{2,40}\)$")
_DATE_WORDS = {"on", "at", "posted", "published", "updated", "update", "last", "first", "modified", "issued", "publié",
               "le", "mis", "à", "jour"}
_HEAD_NOISE = re.compile(rf"{_WEEKDAY}[,.]?|\d{{1,2}}[.:]\d{{2}}|[,;:|·•—–-]+", re.IGNORECASE)


# the first day of a range that the date closes: `27 November –`, `November 27 -`, `27 –`
# (a field of its own: `Issue 12 - Nov. 28, 2026` is no range)
_RANGE_OPENS = re.compile(r"(?:^|[|·•,]\s*)(?:(?P<day>\d{1,2})(?:\s+(?P<month>[A-Za-z]{3,9})\.?)?"
                          r"|(?P<month2>[A-Za-z]{3,9})\.?\s+(?P<day2>\d{1,2}))\s*[–—-]\s*$")


_OTHER_CALENDAR = re.compile(r"\d\s*(?:E\.\s?C\.|A\.\s?H\.|B\.\s?S\.|B\.\s?E\.)$")  # Ethiopian, Hijri, Nepali, Thai


def _range_start(opening: re.Match, last: dt.date) -> dt.date:
    month_word = opening.group("month") or opening.group("month2")
    month = MONTHS.get(month_word.lower().rstrip(".")) if month_word else last.month
    if month is None:
        return last  # (`Issue 614 -` is no range)
    try:
        return dt.date(last.year - (month > last.month), month, int(opening.group("day") or opening.group("day2")))
    except ValueError:
        return last


def _undated(field: str) -> bool:
    """A field of times, weekdays, zones, `Updated` or a reading time only (or a day with no year); a name in
    capitals is no zone."""
    if field.isupper() and not _DIGIT.search(field):
        return False
    # a day of a month holds a digit: without one the month names are not tried at every character
    rest = _MONTH_DAY.sub("", field) if _DIGIT.search(field) else field
    return _all_noise(rest)


def _all_noise(text: str) -> bool:
    """`not _DATE_NOISE.sub("", text)`, but stopping at the first character no noise match starts at (where the
    substitution would keep it): no match of the pattern is empty, so each match starts where the last ended."""
    at = 0
    while at < len(text):
        noise = _DATE_NOISE.match(text, at)
        if noise is None:
            return False
        at = noise.end()
    return True


def _names(field: str, beside_date: bool = False) -> _Names | None:
    """The writers a field names: `By Ana Ruiz and Tom Berg, Staff writers`, `Ana Ruiz in London`, `Ana Ruiz,
    Reuters`; None when it is no list of names. Names on the date's own line (`Our reporters 14 July 2021`) and
    after `By` need only start with capitals; a line of names alone must look like names."""
    if _CREDIT.match(field):
        return None
    by = _BY.match(field)
    text = field[by.end():] if by else field
    if "with " in text:
        text = _WITH_AGENCIES.sub("", text)  # `Tjark Oberdieck with AFP, dpa`: the agencies are no writers
        text = _WITH_IN_BRACKETS.sub("", text)  # (or in brackets: `Birte Lühmann (with Reuters, dpa)`)
    if (" by " in text or ":" in text) and (credit := _CREDIT_AFTER.search(text)) is not None:
        text = text[:credit.start()]  # `Words by Turid Logje, photographs by Mihkkal Buljo`: the photographer's
    if "@" in text or "mail" in text.lower():
        # "By EDUARDO PORTER. Email: eporter@example.com, Twitter: @porter": contact details, no names
        text = _CONTACT_AFTER_NAME.split(text)[0]
    if "." in text and (by or beside_date):  # (a bare `Ana Ruiz. County Jail` is a caption)
        text = _STOP_AFTER_NAME.sub(lambda m: m.group(0) if m.group(1).lower() in TITLE_WORDS else m.group(1) + ",",
                                    text)
    authors: list[str] = []
    roled = False
    # (one scan: the pattern's group keeps each separator between the pieces it splits; no match is empty)
    split = _AUTHOR_SPLIT.split(text)
    pieces, separators = split[::2], ["", *split[1::2]]
    listed_by_comma_only = not any("and" in sep.lower() or "&" in sep for sep in separators)
    listed_with_and = False  # a list of names closed by `and`: `Ana Ruiz and Tom Berg, Valley Press`
    for part, separator in zip(pieces, separators, strict=True):
        part = _AFTER_NAME.sub("", part.strip(" .:*"))  # (and a footnote's star: `por Eliara Santana*`)
        if part.lower() in _AGENCIES:
            continue  # `By Ana Ruiz and agencies`: the wires, no writer
        if "," in separator and listed_with_and and authors:
            continue  # what follows the list's last name after a comma: the outlet or a role, no writer
        listed_with_and = listed_with_and or "and" in separator.lower() or "&" in separator
        if not is_desk_role(after_role := _ROLE_BEFORE_NAME.sub("", part)):
            part = after_role  # "By Gippsland reporter Maddie Quilliam", "Courts reporter ..." (but in `Mungo
            # Cairncross Chief Sports Writer` the role is after the name)
        if not part:
            continue
        words = part.split()
        if by and " The " in part and 2 <= (cut := words.index("The")) <= 3 and len(words) - cut <= 5:
            words = words[:cut]  # an outlet named straight after the name: `By Vada Spradlin The Dry Fork Ledger`
            part = " ".join(words)
        if len(words) >= 4 and words[-1].lower() in NAMEPLATE_WORDS and words[-2][:1].isupper() and \
                words[-2].lower() not in NAMEPLATE_WORDS and words[0] not in ("The", "A") and not orgish(words[:-2]):
            part = " ".join(words[:-2])  # an outlet run straight after the name: "By Arne Vang Riverlight News"
        if "," in separator and _outlet_or_role(part, bool(authors), listed_by_comma_only) and not (
                by and listed_by_comma_only and _plain_name(part) and not any(map(_outlet_word, part.split()))):
            # (but after `By`, a second plain name of two words is a second writer: `By: Ana Ruiz, Channary Prum`)
            roled = roled or is_desk_role(part)
            continue
        if _SPECIAL_TO.match(part) or _WITH_REPORTING.match(part) or by and is_desk_role(part) and (
                part.split()[0].lower() in ("our", "the", "staff")):
            continue  # "Ana Ruiz, Special to the Tribune", "Ana Ruiz, with agency reports", "By Our Political Desk"
        if " " not in part and _HANDLE.search(part):
            continue  # a username, no one's name: "Posted by NorthStandNed"
        if authors and "," in separator and (part in places() or by and by.group(0)[:4].lower() == "from"):
            # where the writer is, after a comma: `By Daiane Sodré, Rio de Janeiro`; after `From`, a dispatch's
            # place whatever it is: `From Ebo Amaniampong, Sefwi Wiawso`
            continue
        if part.startswith(("from ", "in ", "back from ", "reporting from ")) and \
                part.rsplit(None, 1)[-1][:1].isupper():  # (`Tanjina Sarwar, back from Sreemangal`)
            continue  # where the writer is: "Solange Ibáñez, from Calama", "Capucine Larrieu, in Saint-Émilion"
        if beside_date and not by and len(named := part.split()) == 2 and named[-1].lower() in NAMEPLATE_WORDS and \
                named[0].istitle():
            continue  # an outlet beside the date, no writer: `Kolkheti Post, 28 Nov 2026 - 14:07`
        authors.append(_without_title(part if (by or beside_date) and not (
            part.isupper() and part.split()[-1].lower() in _DESK_ROLES) and len(part.split()) < 4
            else _desk_role_after(part)))  # (`By Ana Ruiz and Darius Stockdale Bellwether Staff`)
    if not authors or any(len(a.split()) > 6 or not a[:1].isupper() or _SENTENCE.search(a) for a in authors):
        return None
    # (`Ch.Oyunbileg`: a father's initial joined to the given name, one word)
    if not (by or beside_date) and not all((_NAME_ONLY.match(a) and 2 <= len(a.split()) <= 4
                                            or JOINED_INITIAL.fullmatch(a))
                                           and a.split()[-1].lower() not in _PLACE_WORDS
                                           and a.split()[-1].lower() not in NAMEPLATE_WORDS for a in authors):
        return None  # (a line of names alone names no place, `Griffin Park`, nor an outlet, `Tonfedd Cymru News`)
    return _Names(tuple(authors), bool(by), roled)


def _outlet_or_role(part: str, after_a_name: bool, listed_by_comma_only: bool) -> bool:
    """What follows a name after a comma and is no second name: a role (`Ana Ruiz, Staff Writer`), an outlet
    (`Ana Ruiz, Reuters`, `Ana Ruiz and Tom Berg, The Continental Press`, and `Ana Ruiz, Harbour Courier`, as a
    list of names ends with `and`; `Waste & Recycling Staff` is a name)."""
    if is_desk_role(part):
        return True
    words = part.split()
    if after_a_name and len(words) == 2 and words[0].istitle() and words[1].isalpha() and words[1].islower():
        return True  # an agency with one capital, no second name: `Ana Ruiz, Presse laurentienne`
    if after_a_name and len(words) == 2 and words[0].istitle() and words[1].istitle() and _outlet_word(words[1]):
        return True  # a masthead's word closes it, whatever its first: `Keaton Rendahl, Dakota Docket`
    return after_a_name and all(w.lstrip("(")[:1].isupper() or w.isdigit() for w in words) and (  # `Channel 7 News`
        words[0] == "The" or len(words) == 1 and len(part) > 1
        or listed_by_comma_only and not is_first_name(words[0]))


_AGENCIES = {"agencies", "agency", "wires", "news agencies", "wire services", "agency reports"}
# a newsroom's name after a writer's (`by Marlena Stamper, Commonwealth Watch`): a masthead's words, and a watchdog's
_OUTLET_WORDS = NAMEPLATE_WORDS | {"watch"}
_OUTLET_WORD_ENDS = tuple(w for w in _OUTLET_WORDS if len(w) >= 4)


def _outlet_word(word: str) -> bool:
    """A masthead's word, alone or closing a compound (`Westshore Watchpost`, `the Dalesnews`; not `Ismail`)."""
    word = word.lower()
    return word in _OUTLET_WORDS or len(word) >= 8 and word.endswith(_OUTLET_WORD_ENDS)


# a capital after a lower-case letter (not a Mc-, Mac-, O'- or De- name) or a digit in one word: a site's username
_HANDLE = re.compile(r"(?<!\bM[ac])(?<!\bMac)(?<!\bD[ea])(?<!\bL[ea])[a-z][A-Z]|\d")
# a word of two letters or more that ends a sentence: no name does ("J." and "Jr." do not end one)
_SENTENCE = re.compile(r"(?<![A-Z])[a-z]{2,}[.!?](?:\s|$)|[!?](?:\s|$)")


def _desk_role_after(name: str) -> str:
    """`Ana Ruiz Transport correspondent`: a name running straight into its role (no `By`, no comma)."""
    words = name.split()
    if len(words) > 2 and words[-1].lower() in _DESK_ROLES:
        words.pop()
        if len(words) > 2 and words[-1].istitle() and words[-1].lower() not in _DESK_BEATS:
            masthead = words.pop().lower() in NAMEPLATE_WORDS  # the beat in capitals: `Rufaro Chinembiri Agriculture
            # Reporter`; or the outlet's name: `Bretta Hjelmstad Bitterroot Ledger staff`, whose first word goes too
            if masthead and len(words) > 2 and words[-1].istitle():
                words.pop()
        while len(words) > 2 and (words[-1].lower() in _DESK_BEATS or words[-1].islower()
                                  or words[-1].lower() in NAMEPLATE_WORDS):  # (`... Journal Staff Writer`)
            words.pop()
    return " ".join(words)


def _without_title(name: str) -> str:
    """`Dr. Ana Ruiz` is Ana Ruiz: a title is no part of a name."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def is_desk_role(part: str) -> bool:
    """"Staff Writer", "Court reporter", "Staff writers", "Special to the Tribune", "Express News Service"."""
    words = part.split()
    # (`Health and social care reporter`: a beat of a few words)
    return 0 < len(words) <= 6 and (words[-1].lower() in _DESK_ROLES or words[-1].lower()[:-1] in _DESK_ROLES
                                    and words[-1][-1:] == "s" or [w.lower() for w in words[-2:]] == ["news", "service"]
                                    ) and not part.endswith((".", "!", "?")) \
        or bool(_SPECIAL_TO.match(part))


_IN_SECTION = re.compile(r"in\s+[A-Z][\w&'’-]*(?:\s+[A-Z&][\w&'’-]*){0,3}$")  # a page's section: `in News`


def _is_header_line(field: str) -> bool:
    """A short field of an outlet's header, no sentence: an outlet's or a section's name, a desk, a place."""
    words = field.split()
    return len(words) <= 8 and field[:1].isupper() and not field.endswith((".", "!", "?", ":", ",")) and \
        not any(mark in field for mark in "\"“”") and 3 * sum(w[:1].isupper() for w in words) >= len(words)


def _plain_name(name: str) -> bool:
    """Two capitalised words of letters, no body's, masthead's, desk's or city's: `Margunn Skjelbred` (not
    `Addis Ababa`, `Local Democracy Reporter`)."""
    words = name.split()
    return len(words) == 2 and all(w.isalpha() and w.istitle() for w in words) and not orgish(words) and \
        not is_desk_role(name) and name not in multi_word_places()


_UPDATED_LABEL = re.compile(r"(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"(?:first\s+)?(?:published|posted)\b", re.IGNORECASE)


def _looks_like_person(name: str) -> bool:
    """"Ana Ruiz", "Bruce Y. Lee": a known first name, two to four words, no word but an initial ends in a full
    stop, and no place ("Griffin Park") or all-capital name ("ARY NEWS")."""
    words = name.split()
    if name.isupper() and 2 <= len(words) <= 3 and all(w.isalpha() for w in words) and not orgish(
            [w.title() for w in words]):
        words = [w.title() for w in words]  # `ISOLDE QUARTERMAN` alone on its line (but no `ARY NEWS`: no first name)
        name = " ".join(words)
    return (2 <= len(words) <= 4 and is_first_name(words[0]) and words[0] not in ("The", "A", "An")
            and words[-1].lower() not in _PLACE_WORDS
            # (a masthead of joined names is no surname: `Regina Chronicle-Post`, `Pittsburgh Post-Gazette`)
            and not any("-" in w and any(p.lower() in NAMEPLATE_WORDS for p in w.split("-")) for w in words)
            and all(not w.endswith(".") or len(w) == 2 for w in words) and not any(w.isupper() and len(w) > 2
                                                                                  for w in words))


def _house_capitals(name: str, byline: str) -> str:
    """"By KIPNGENO BARSITO", "JACKIE CALMES 9 November 2015", "By Mathilde GAUTHEREAU": a house style in capitals,
    not an acronym ("USA TODAY" under no By and with no first name stays)."""
    words = name.split()
    if len(words) < 2 or not (byline[:3].lower() == "by " or is_first_name(words[0])):
        return name
    if name.isupper():
        return name.title()
    caps = next(i for i, w in enumerate(words) if not w.isupper())
    if caps >= 2 and all(w[:1].isupper() for w in words[caps:]):
        # `CLEON RIDGELY Northstar Press`: the name in capitals, then its outlet in ordinary case
        return " ".join(w.title() for w in words[:caps])
    return " ".join(w.title() if w.isupper() and len(w) > 3 else w for w in words)


_FIRST_PUBLISHED = re.compile(r"\b(?:(?:first|originally)\s+)?published\b|\bappeared\s+in\s+(?:the|our)\s+print\b",
                              re.IGNORECASE)


def first_published(text: str) -> dt.date | None:
    """The date a closing line says the report was published (`This report by The Canadian Press was first
    published Nov. 28, 2026.`, `Published in The Daily Qalam, November 28th, 2026`, `This article appeared in the
    print edition of Saturday, November 28, 2026.`)."""
    found = _FIRST_PUBLISHED.search(text)
    match = _DATE.search(text, found.end()) if found else None
    return _date(match)[0] if match else None


def date_alone(text: str) -> dt.date | None:
    """The date of a line that is a date and nothing more (`3 December 2026`, `Published: Dec. 3, 2026, 9:15`)."""
    if len(text) > 60:
        return None
    match, before = _split_date(text)
    return _date(match)[0] if match is not None and not before else None


def _date(match: re.Match) -> tuple[dt.date | None, list[Issue]]:
    g = match.groupdict()
    year, month, day = (
        (g["y1"], MONTHS.get(g["m1"].lower().rstrip(".")), g["d1"]) if g["y1"]
        else (g["y2"], MONTHS.get(g["m2"].lower().rstrip(".")), g["d2"]) if g["y2"]
        else (g["y4"], g["m4"], g["d4"]) if g["y4"]
        else (str(2000 + int(g["y5"])), g["m5"], g["d5"]) if g["y5"]
        else (str(2000 + int(g["y6"])), g["m6"], g["d6"]) if g["y6"]
        else (g["y3"], g["m3"], g["d3"])
    )
    if (g["y4"] or g["y5"]) and str(month).isdigit() and int(month) > 12 >= int(day):
        # an American date in numbers, `11/28/2026` (read day first), or a day first with a short year, `28/11/26`
        month, day = day, month
    try:
        return dt.date(int(year), int(month), int(day)), []
    except (TypeError, ValueError):
        return None, [Issue("invalid_date", f"the byline date {match.group(0).strip()!r} is not a real date")]
