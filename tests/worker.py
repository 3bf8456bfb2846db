"""A refresh in a process of its own, as a Dagster run does it, for the crash and race tests.

    python -m tests.worker DB_URL SEEDS_DIR
"""

import sys
from pathlib import Path

from models import make_engine
from pipelines.ledger import sync_ledger
from pipelines.load import load_pending, refresh_speakers
from pipelines.schema import upgrade_to_head


def refresh(url: str, folder: Path, run_id: str = "worker") -> None:
    engine = make_engine(url)
    try:
        upgrade_to_head(engine)
        sync_ledger(engine, folder, "*.txt")
        load_pending(engine, folder, run_id)
        refresh_speakers(engine)
    finally:
        engine.dispose()


if __name__ == "__main__":
    refresh(sys.argv[1], Path(sys.argv[2]), run_id=sys.argv[3] if len(sys.argv) > 3 else "worker")
