"""Across articles: which speaker rows name one real speaker.

A name with letters lost to '?' ("Rados?aw Sikorski") is the same name intact; a person named by surname alone
("Sikorski") is the one person whose full name ends in it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from typing import Protocol

from pipelines.normalize.lexicon import NAME_PARTICLES


def name_key(name: str) -> str:
    """Accents, case and punctuation folded: "Radosław Sikorski" and "Radoslaw Sikorski" compare equal."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w? ]+", " ", folded).split())


def _same_with_lost_letters(damaged: str, clean: str) -> bool:
    """"rados?aw sikorski" is "radoslaw sikorski" with letters lost to '?'."""
    return len(damaged) == len(clean) and all(a == b or a == "?" for a, b in zip(damaged, clean, strict=True))


def merge_plan(speakers: Sequence[tuple[int, str, str]]) -> dict[int, int]:
    """Which speaker rows name the same real speaker as another row: {id merged away: id kept}.

    A name with letters lost to '?' joins the same name intact. Then a person named by surname alone
    ("Sikorski") joins the one person whose full name ends in it; if two people share it, nobody is merged.
    """
    persons = {i: name_key(name) for i, name, kind in speakers if kind == "person"}
    plan: dict[int, int] = {}
    for speaker_id, key in persons.items():
        if "?" in key:
            intact = [other for other, k in persons.items() if "?" not in k and _same_with_lost_letters(key, k)]
            if len(intact) == 1:
                plan[speaker_id] = intact[0]
    full = {i: k for i, k in persons.items() if i not in plan and len(k.split()) > 1}
    for speaker_id, key in persons.items():
        if len(key.split()) == 1:
            fuller = [other for other, k in full.items() if k.split()[-1] == key]
            if len(fuller) == 1:
                plan[speaker_id] = fuller[0]
    return plan


def takes_part(name: str) -> bool:
    """Only names merge across articles, never an unnamed role (`spokeswoman`, `VUGD spokeswoman`, `mother of three
    from Heartease`): roles of different articles are different people, and merging one into another would tie the
    rows to the order the files load in. The speaker index applies this to the rows it returns."""
    words = name.split()
    return bool(words) and words[-1][:1].isupper() and (words[0][:1].isupper() or words[0].lower() in NAME_PARTICLES)


def surname_key(key: str) -> str:
    """The last word of a name key: what a surname alone and the full names it may stand for share."""
    words = key.split()
    return words[-1] if words else ""


class SpeakerIndex(Protocol):
    """The person speakers as they stand now, looked up by key (the database answers from indexed columns).

    Each lookup returns (id, name key) pairs; it may return more than asked, the rules filter exactly.
    """

    def same_surname(self, surnames: Collection[str]) -> Iterable[tuple[int, str]]:
        """Persons whose key's last word is one of `surnames` (the surname alone among them)."""

    def damaged_of_length(self, lengths: Collection[int]) -> Iterable[tuple[int, str]]:
        """Persons whose key has letters lost to '?' and one of these lengths."""

    def lost_letter_matches(self, key: str) -> Iterable[tuple[int, str]]:
        """Persons whose key has the length of `key` and its letters wherever `key` has no '?' (the key itself, and
        the intact names it may stand for)."""


def plan_for_changes(changed: Iterable[str], index: SpeakerIndex) -> dict[int, int]:
    """`merge_plan` over every person speaker, from the keys of the persons added or removed since it was last
    applied: {id merged away: id kept}, each merge followed to its end ("Sikorsk?" -> "Sikorski" -> "Radek
    Sikorski").

    When the plan of the speakers before the change was empty (it was applied and its sources dropped), a row can
    only merge now if it is new, or a name it depends on came or went: an intact name its lost letters may stand
    for, or a full name ending in its surname. Only those are looked up, so the cost follows the change, not the
    number of speakers.
    """
    changed = {key for key in changed if key}
    if not changed:
        return {}
    damaged = {key for key in changed if "?" in key}
    intact_by_length: dict[int, list[str]] = {}
    for key in changed - damaged:
        intact_by_length.setdefault(len(key), []).append(key)
    # the damaged names that a name come or gone may complete
    for _, key in index.damaged_of_length(intact_by_length) if intact_by_length else ():
        if any(_same_with_lost_letters(key, intact) for intact in intact_by_length.get(len(key), ())):
            damaged.add(key)
    plan: dict[int, int] = {}
    surnames = {surname_key(key) for key in changed}
    for key in damaged:
        rows = list(index.lost_letter_matches(key))
        intact = [row for row, k in rows if "?" not in k and _same_with_lost_letters(key, k)]
        if len(intact) == 1:
            plan |= {row: intact[0] for row, k in rows if k == key}
            surnames.add(surname_key(key))  # merged away, it no longer counts as a full name for its surname
    by_surname: dict[str, list[tuple[int, str]]] = {}
    for row, key in index.same_surname(surnames):
        by_surname.setdefault(surname_key(key), []).append((row, key))
    for surname in surnames:
        rows = by_surname.get(surname, [])
        fuller = [row for row, key in rows if key != surname and row not in plan]
        if len(fuller) == 1:
            plan |= {row: fuller[0] for row, key in rows if key == surname}
    for source, target in plan.items():
        while target in plan:
            target = plan[target]
        plan[source] = target
    return plan
