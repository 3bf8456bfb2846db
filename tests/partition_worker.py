"""One partition run's work in a process of its own, as a backfill's run does it, for the race tests.

    python -m tests.partition_worker DB_URL SEEDS_DIR RUN_ID BUCKET_KEY     # e.g. 003-of-016; "after" for the
                                                                            # step after all partitions
"""

import sys
from pathlib import Path

from models import make_engine
from pipelines.buckets import Bucket
from pipelines.ledger import sync_ledger
from pipelines.load import load_pending, refresh_speakers
from pipelines.schema import upgrade_to_head


def load_partition(url: str, folder: Path, run_id: str, key: str) -> None:
    """What the partitioned assets do: the ledger and the load of one bucket, or the step after all of them
    (leftovers of every bucket, then the speakers)."""
    engine = make_engine(url)
    try:
        upgrade_to_head(engine)
        if key == "after":
            load_pending(engine, folder, run_id)
            refresh_speakers(engine)
        else:
            bucket = Bucket.from_key(key)
            sync_ledger(engine, folder, "*.txt", bucket)
            load_pending(engine, folder, run_id, bucket=bucket)
    finally:
        engine.dispose()


if __name__ == "__main__":
    load_partition(sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4])
