"""The real Dagster daemon and webserver keep the database current as files arrive, change and go.

Starts `dagster dev` on a free loopback port over a temporary seeds folder and SQLite database, with the sensor
checking every second, and stops everything it started, also when the test fails.
"""

import shutil

import pytest
from sqlalchemy import text

from models import make_engine
from tests.conftest import SEED_DIR, SEED_NAME, wait_for


def titles(db_url: str) -> dict[str, str]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return dict(conn.execute(text("SELECT source_path, title FROM v_articles")).all())
    except Exception:  # noqa: BLE001 - the schema may not exist yet while the first run starts
        return {}
    finally:
        engine.dispose()


@pytest.mark.slow
def test_daemon_follows_files_added_edited_and_deleted(dagster_dev):
    seeds, db_url, log, _ = dagster_dev
    shutil.copy(SEED_DIR / SEED_NAME, seeds / SEED_NAME)
    wait_for("the first article loading", lambda: SEED_NAME in titles(db_url), log=log)

    (seeds / "new.txt").write_text("## Port reopens\n\nKim Lee 1 June 2020\n\n\"We are open,\" she said.\n")
    wait_for("a new article loading", lambda: titles(db_url).get("new.txt") == "Port reopens", log=log)

    (seeds / "new.txt").write_text("## Port reopens at last\n\nKim Lee 1 June 2020\n\n\"Open,\" she said.\n")
    wait_for("an edit showing", lambda: titles(db_url).get("new.txt") == "Port reopens at last", log=log)

    (seeds / "new.txt").unlink()
    wait_for("a deleted article going", lambda: "new.txt" not in titles(db_url) and titles(db_url), log=log)
    assert set(titles(db_url)) == {SEED_NAME}
