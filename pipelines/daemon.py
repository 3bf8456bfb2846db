"""`dagster-daemon`, with the backfill daemon looking at backfills every few seconds instead of every 30.

    python -m pipelines.daemon run -m pipelines.partitions    # what `make backfill` starts when no daemon serves

Dagster 1.13 fixes the backfill daemon's tick at 30 s (`DEFAULT_DAEMON_INTERVAL_SECONDS`, read by the backfill
loop at each tick, with no setting in dagster.yaml), so each stage of a backfill (the partition runs, then
`speakers`, then done) waits up to that long: a backfill of a small folder took a minute and a half of which a
minute was waiting. A backfill's tick is a few queries of the instance, cheap at any interval. A deployment's own
daemon (`dagster-daemon run`) keeps Dagster's interval.
"""
from __future__ import annotations

import sys

from dagster._daemon import controller
from dagster._daemon.cli import main

BACKFILL_TICK_SECONDS = 3

if __name__ == "__main__":
    controller.DEFAULT_DAEMON_INTERVAL_SECONDS = BACKFILL_TICK_SECONDS
    sys.argv[0] = "dagster-daemon"
    sys.exit(main())
