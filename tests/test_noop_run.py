"""`make run` with nothing changed starts no Dagster run and prints the summary; any change starts one.

Through the door people use (`python -m pipelines.run`, what `make run` runs), on both stores.
"""

import os

from sqlalchemy import text

from models import make_engine
from tests.test_kills import finish, instance, lede_env, start
from tests.test_reruns import make_corpus

NOTHING_CHANGED = "lede: nothing changed since the last run; no run started."


def test_make_run_with_nothing_changed_starts_no_run_and_every_kind_of_change_starts_one(db_url, tmp_path):
    seeds = tmp_path / "seeds"
    make_corpus(seeds, 1)
    env = lede_env(tmp_path, db_url, seeds)

    def make_run() -> str:
        code, stdout, stderr = finish(start(env))
        assert code == 0, stderr[-2000:]
        return stdout

    def runs() -> int:
        with instance(env) as dagster:
            return len(dagster.get_runs())

    first = make_run()
    assert NOTHING_CHANGED not in first and runs() == 1
    again = make_run()
    assert again.splitlines() == [NOTHING_CHANGED, *first.splitlines()] and runs() == 1

    # touched, same bytes: the run looks (and finds nothing to load); after it, nothing changed again
    touched = sorted(seeds.glob("*.txt"))[0]
    stat = touched.stat()
    os.utime(touched, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert NOTHING_CHANGED not in make_run() and runs() == 2
    assert make_run().startswith(NOTHING_CHANGED) and runs() == 2

    # a speaker left waiting for the speakers step (as by a run killed before that step)
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE speakers SET gender = NULL WHERE id = (SELECT min(id) FROM speakers)"))
    finally:
        engine.dispose()
    assert NOTHING_CHANGED not in make_run() and runs() == 3
    assert make_run().startswith(NOTHING_CHANGED)

    # a new file, a changed file, a removed file: each one a run
    (seeds / "new.txt").write_text(touched.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert NOTHING_CHANGED not in make_run() and runs() == 4
    (seeds / "new.txt").write_text(touched.read_text(encoding="utf-8") + "\nAnother line.\n", encoding="utf-8")
    assert NOTHING_CHANGED not in make_run() and runs() == 5
    (seeds / "new.txt").unlink()
    assert NOTHING_CHANGED not in make_run() and runs() == 6
    assert make_run().startswith(NOTHING_CHANGED) and runs() == 6
