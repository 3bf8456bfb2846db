"""Score a labelled set through the real pipeline: load the folder into SQLite, read `v_quotes` back, and
compare with the gold using the workplace scorer (tests/tools/score_quotes.py, an exact copy).

    .venv/bin/python -m tests.quote_quality [FOLDER]      # prints the figures and every miss
"""

import sys
import tempfile
from pathlib import Path

from models import make_engine
from pipelines.ledger import sync_ledger
from pipelines.load import load_pending, refresh_speakers
from pipelines.schema import upgrade_to_head
from tests.tools import score_quotes

LABELLED = Path(__file__).parent / "data" / "quotes"


def score_folder(folder: Path = LABELLED) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/quality.db"
        engine = make_engine(url)
        upgrade_to_head(engine)
        sync_ledger(engine, folder, "*.txt")
        load_pending(engine, folder)
        refresh_speakers(engine)
        engine.dispose()
        quotes, articles = score_quotes.read_db(url)
    (gold_quotes,) = folder.glob("*quotes.jsonl")
    (gold_articles,) = folder.glob("*articles.jsonl")
    report = score_quotes.score(score_quotes.load_jsonl(str(gold_quotes)), quotes, 0.6, "speaker")
    report["articles"] = score_quotes.score_articles(score_quotes.load_jsonl(str(gold_articles)), articles)
    return report


def main() -> None:
    report = score_folder(Path(sys.argv[1]) if len(sys.argv) > 1 else LABELLED)
    for key in ("missed", "false_positives", "wrong_speaker"):
        for line in report[key]:
            print(f"{key}: {line}")
    for line in report["articles"]["wrong"]:
        print(f"article: {line}")
    print({k: v for k, v in report.items() if not isinstance(v, (list, dict))})


if __name__ == "__main__":
    main()
