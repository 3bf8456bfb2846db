"""Score speaker gender against a gold list: load a folder through the real pipeline into SQLite, read
`speakers` back, and count each gold speaker right, wrong, unknown, or missing (the pipeline found no speaker of
that name, which is the speaker finder's miss, not gender's).

    .venv/bin/python -m tests.gender_quality [FOLDER]      # prints the figures and every speaker not right
"""

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sqlalchemy import text

from models import make_engine
from tests.worker import refresh

HOLDOUT = Path(__file__).parent / "data" / "quotes_holdout"


def score_folder(folder: Path = HOLDOUT) -> dict:
    gold = [json.loads(line) for line in (folder / "gold_genders.jsonl").read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/gender.db"
        refresh(url, folder)
        engine = make_engine(url)
        with engine.connect() as conn:
            found = {row.name: (row.gender, row.gender_evidence)
                     for row in conn.execute(text("SELECT name, gender, gender_evidence FROM speakers"))}
        engine.dispose()
    outcomes, by_basis, misses = Counter(), Counter(), []
    for entry in gold:
        gender, evidence = found.get(entry["speaker"], (None, None))
        outcome = ("missing" if gender is None else "right" if gender == entry["gender"]
                   else "unknown" if gender == "unknown" else "wrong")
        outcomes[outcome] += 1
        by_basis[(entry["basis"], outcome)] += 1
        if outcome != "right":
            misses.append(f"{outcome}: {entry['speaker']} is {entry['gender']} ({entry['basis']}), "
                          f"found {gender} ({evidence})")
    scored = sum(outcomes.values())
    return {"speakers": scored, **{k: outcomes[k] for k in ("right", "wrong", "unknown", "missing")},
            "share_right": round(outcomes["right"] / scored, 3), "share_wrong": round(outcomes["wrong"] / scored, 3),
            "share_unknown": round(outcomes["unknown"] / scored, 3),
            "by_basis": {f"{basis} {outcome}": n for (basis, outcome), n in sorted(by_basis.items())},
            "misses": misses}


def main() -> None:
    report = score_folder(Path(sys.argv[1]) if len(sys.argv) > 1 else HOLDOUT)
    for line in report.pop("misses"):
        print(line)
    print(report)


if __name__ == "__main__":
    main()
