"""Quote and speaker quality on a labelled folder, in-process: the pure per-file step (`normalize_file`) over
every file, scored with the workplace scorer's own matching, and the wrong mentions sorted into error classes.
No Dagster, no database: seconds per run, for error analysis. Final figures come from `make run` and the
scorer on the loaded database (README: quality).

    .venv/bin/python -m tests.quality_report [train|dev|FOLDER] [--show CLASS] [--limit N]

`train` and `dev` are the PolNeAR splits in ../shared/data (mentions as written); a folder of its own with
`*quotes.jsonl` is scored on resolved speakers. `--show` prints each error of a class with its paragraph, for
reading only (the text belongs to its publishers: never copy it into the project).
"""

from __future__ import annotations

import argparse
import os
import re
import time
from collections import Counter
from pathlib import Path

from pipelines.parse import normalize_file
from tests.tools import score_quotes

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
SPLITS = {"train": SHARED / "polnear" / "train", "dev": SHARED / "polnear" / "dev"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def load_folder(folder: Path) -> tuple[list[dict], dict[str, dict[int, str]]]:
    """Rows shaped like `v_quotes`, and each file's paragraph texts (to show context)."""
    seeds = folder / "seeds" if (folder / "seeds").is_dir() else folder
    rows: list[dict] = []
    texts: dict[str, dict[int, str]] = {}
    for path in sorted(seeds.glob("*.txt")):
        result = normalize_file(path.read_bytes())
        texts[path.name] = {p[0]: p[2] for p in result.paragraphs}
        for position, _, kind, text, speaker, mention, cue, *_ in result.quotes:
            rows.append({"source_path": path.name, "quote_text": text, "quote_kind": kind, "speaker": speaker,
                         "speaker_mention": mention, "cue": cue, "paragraph_position": position})
    return rows, texts


def error_class(predicted: str | None, gold: str) -> str:
    """Why a mention is wrong, in the issue's terms."""
    if not predicted:
        return "no mention"
    words = score_quotes.tokens(predicted)
    gold_words = score_quotes.tokens(gold)
    if len(gold_words) == 1 and gold_words[0] in PRONOUNS:
        return "pronoun expected"
    if predicted.lower() in PRONOUNS:
        return "pronoun given"
    if not words or words[0] in WEEKDAYS or predicted.endswith(("'s", "’s")) or predicted[:1].islower() and \
            words[0] not in {"the", "a", "an"}:
        return "not a mention"
    return "other person"


def analyse(folder: Path, speaker_field: str) -> tuple[dict, list[tuple[str, str, dict, dict]]]:
    rows, texts = load_folder(folder)
    (gold_path,) = [p for p in folder.glob("*quotes.jsonl")]
    gold = score_quotes.load_jsonl(str(gold_path))
    report = score_quotes.score(gold, rows, 0.6, speaker_field)
    errors = []
    by_source: dict[str, list[dict]] = {}
    for row in rows:
        by_source.setdefault(row["source_path"], []).append(row)
    gold_by_source: dict[str, list[dict]] = {}
    for g in gold:
        gold_by_source.setdefault(g["source"], []).append(g)
    for source, golds in gold_by_source.items():
        preds = by_source.get(source, [])
        open_rows = [g for g in golds if g["kind"] == "unattributed"]
        held = {id(p) for _, p in score_quotes.match(open_rows, preds, 0.6)}
        preds = [p for p in preds if id(p) not in held and p["quote_kind"] in score_quotes.SPEECH]
        speech = [g for g in golds if g["kind"] in score_quotes.SPEECH]
        for g, p in score_quotes.match(speech, preds, 0.6):
            if speaker_field == "mention" and g.get("mention") and not score_quotes.mention_ok(p["speaker_mention"],
                                                                                               g):
                errors.append((error_class(p["speaker_mention"], g["mention"]), source, g, p))
            elif speaker_field == "speaker" and g.get("speaker") and not score_quotes.speaker_ok(p["speaker"], g):
                errors.append(("wrong speaker", source, g, p))
    report["texts"] = texts
    report["rows"] = rows
    return report, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default="dev")
    parser.add_argument("--show", help="print the errors of this class (or 'all', 'missed', 'false')")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--speakers", action="store_true", help="list speaker names that double or are no names")
    args = parser.parse_args()
    folder = SPLITS.get(args.folder, Path(args.folder))
    if not folder.exists():
        raise SystemExit(f"{folder} is not there: the real-news splits live in ../shared/data")
    field = "mention" if args.folder in SPLITS or "polnear" in str(folder) else "speaker"
    started = time.perf_counter()
    report, errors = analyse(folder, field)
    texts = report.pop("texts")
    rows = report.pop("rows")
    if args.speakers:
        names = speaker_names_report(rows)
        for key in ("same_person_twice", "not_names"):
            for name in names[key]:
                print(f"{key}: {name}")
        print(f"speaker names: {names['names']}, naming one person twice: {len(names['same_person_twice'])}, "
              f"not names: {len(names['not_names'])}")
    classes = Counter(cls for cls, *_ in errors)
    shown = 0
    for cls, source, g, p in errors:
        if args.show in (cls, "all") and shown < args.limit:
            shown += 1
            paragraph = texts[source].get(p["paragraph_position"], "")
            print(f"--- [{cls}] {source} gold={g.get(field)!r} got={p['speaker_mention']!r} "
                  f"speaker={p['speaker']!r} cue={p['cue']!r}\n  Q: {g['text'][:100]!r}\n  P: {paragraph[:600]!r}")
    for key, label in (("missed", "missed"), ("false_positives", "false")):
        if args.show == label:
            for line in report[key][:args.limit]:
                print(f"{label}: {line}")
    summary = {k: v for k, v in report.items() if not isinstance(v, list)}
    print(summary)
    print(f"wrong {field}s by class: {dict(classes.most_common())}  ({time.perf_counter() - started:.1f} s)")



def speaker_names_report(rows: list[dict]) -> dict:
    """Speaker names as a load would store them (before cross-article merging): how many name one person twice
    (the same name with a title, a party label or a middle initial more or less) and how many are not names
    (sentence punctuation, a function word, a weekday)."""
    names = {row["speaker"] for row in rows if row["speaker"]}
    def core(name: str) -> str:
        words = [w for w in name.split() if not (len(w) == 2 and w.endswith("."))]
        while len(words) > 2 and (words[0][:1].isupper() and words[0].lower().strip(".") in LABELS):
            words = words[1:]
        return " ".join(words)
    groups: dict[str, set[str]] = {}
    for name in names:
        groups.setdefault(core(name), set()).add(name)
    doubles = sorted(n for group in groups.values() if len(group) > 1 for n in group)
    not_names = sorted(n for n in names if re.search(r"[a-z]{2,}[.,;:!?]\s+\S|[,;:]$|\s(?:And|But|The|Or|In)$", n)
                       or n.split()[0].lower() in WEEKDAYS or n.endswith(("'s", "’s")))
    return {"names": len(names), "same_person_twice": doubles, "not_names": not_names}


LABELS = {"president", "republican", "democrat", "democratic", "sen", "senator", "gov", "governor", "rep",
          "former", "secretary", "gop", "mr", "mrs", "ms", "dr"}


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
