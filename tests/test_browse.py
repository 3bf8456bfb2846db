"""`make browse`: Datasette for real over a loaded SQLite file; its search page in headless Chromium; writes
refused."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest

from pipelines.browse import SEARCHED, canned_queries, metadata, readme_examples
from tests.conftest import ROOT, free_port, wait_for
from tests.readme_queries import README, examples
from tests.test_ui import CHROMIUM_FLAGS, chromium
from tests.worker import refresh


def test_metadata_wires_full_text_search_to_its_tables_and_views():
    tables = metadata("lede")["databases"]["lede"]["tables"]
    for table, fts in SEARCHED.items():
        assert (tables[table]["fts_table"], tables[table]["fts_pk"]) == (fts, "id")
    assert (tables["v_quotes"]["fts_table"], tables["v_quotes"]["fts_pk"]) == ("quotes_fts", "quote_id")
    assert {"speaker", "quote_kind", "published_on"} <= set(tables["v_quotes"]["facets"])
    assert all(tables["quotes"]["columns"].values()) and all(tables["v_quote_reuse"]["columns"].values())


def test_every_readme_question_for_sqlite_is_a_canned_query_and_none_writes():
    queries = canned_queries(readme_examples(README.read_text()))
    for_sqlite = [sql for sql, _, dialect in examples() if dialect in (None, "sqlite")]
    assert len(queries) == len(for_sqlite) >= 10
    assert not any(q.get("write") for q in queries.values())


def test_browse_refuses_postgresql_with_a_plain_sentence():
    result = subprocess.run([sys.executable, "-m", "pipelines.browse"], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "LEDE_DB_URL": "postgresql+psycopg://postgres@127.0.0.1/lede"})
    assert result.returncode != 0 and "own SQL tools" in result.stderr


@pytest.fixture
def browse(tmp_path, seeds):
    """`python -m pipelines.browse` (what `make browse` runs) over the seed loaded into a SQLite file."""
    url = f"sqlite:///{tmp_path / 'lede.db'}"
    refresh(url, seeds)
    port = free_port()
    log = tmp_path / "datasette.log"
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-m", "pipelines.browse", "--port", str(port)], cwd=ROOT,
                                   env={**os.environ, "LEDE_DB_URL": url}, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    try:
        wait_for("Datasette answering", lambda: _get(f"http://127.0.0.1:{port}/-/versions.json")[0] == 200,
                 seconds=60, log=log)
        yield port, tmp_path / "lede.db"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")
    except OSError:
        return 0, {}


@pytest.mark.slow
def test_search_box_lists_the_quote_and_its_speaker_in_chromium(browse, tmp_path):
    browser = chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("CI requires Chromium (Debian package chromium; .ci/run installs it)")
        pytest.skip("no Chromium on this machine (apt-get install chromium); CI runs this test")
    port, _ = browse
    page = f"http://127.0.0.1:{port}/lede/v_quotes?_search=deindustrialised"
    dom = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'dom'}", "--dump-dom", page],
                         capture_output=True, text=True, timeout=120).stdout
    assert 'name="_search"' in dom  # the search box is there
    assert "1 row where search matches" in dom and "deindustrialised in the defence field" in dom
    assert "Rados?aw Sikorski" in dom
    assert "Dmitri Peskov" not in dom  # only the quote that has the word


@pytest.mark.slow
def test_a_write_query_is_refused_and_changes_nothing(browse):
    port, path = browse
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    for sql in ("DELETE FROM quotes", "WITH doomed AS (SELECT id FROM quotes) DELETE FROM quotes",
                "UPDATE speakers SET name = 'x'", "DROP TABLE quotes", "PRAGMA journal_mode=DELETE"):
        status, body = _get(f"http://127.0.0.1:{port}/lede.json?" + urllib.parse.urlencode({"sql": sql}))
        assert status == 400 and body["ok"] is False, (sql, body)
    status, body = _get(f"http://127.0.0.1:{port}/lede.json?sql=SELECT+count(*)+AS+n+FROM+quotes&_shape=array")
    assert status == 200 and body == [{"n": before}]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == before


@pytest.mark.slow
def test_every_canned_query_answers(browse):
    port, _ = browse
    status, body = _get(f"http://127.0.0.1:{port}/-/metadata.json")
    queries = body["databases"]["lede"]["queries"]
    assert len(queries) >= 10
    for slug in queries:
        status, body = _get(f"http://127.0.0.1:{port}/lede/{slug}.json")
        assert status == 200 and body["ok"] is not False, (slug, body)
