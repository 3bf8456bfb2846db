"""Across articles: which speaker rows name one real speaker.

A name with letters lost to '?' ("Rados?aw Sikorski") is the same name intact; a person named by surname alone
("Sikorski") is the one person whose full name ends in it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence


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
