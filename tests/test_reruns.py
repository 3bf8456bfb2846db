"""Reruns keep the database exactly current: parser versions, crashes (SIGKILL) and racing runs, on both stores."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from models import make_engine
from pipelines.load import BATCH_FILES
from pipelines.normalize import PARSER_VERSION
from tests.conftest import DATA, wait_for
from tests.processes import alive, children, command
from tests.worker import refresh

ROOT = Path(__file__).resolve().parents[1]
# What a load produces, without row ids: equal for two databases that hold the same folder.
CONTENT = {
    "articles": "SELECT source_path, title, authors, published_on, paragraph_count, blockquote_count, quote_count "
                "FROM v_articles ORDER BY source_path",
    "paragraphs": "SELECT sf.path, p.position, p.kind, p.text, p.char_start, p.char_end FROM paragraphs p "
                  "JOIN articles a ON a.id = p.article_id JOIN source_files sf ON sf.id = a.source_file_id "
                  "ORDER BY sf.path, p.position",
    "quotes": "SELECT source_path, paragraph_position, quote_kind, quote_text, speaker, speaker_mention, cue "
              "FROM v_quotes ORDER BY source_path, paragraph_position, quote_text",
    "ledger": "SELECT path, status, sha256 FROM source_files WHERE status <> 'removed' ORDER BY path",
}


# Files in one "copy" of the test corpus: the number of labelled articles when the tests that count in copies were
# sized. Fixed, so that they keep their size (and CI its time) as the labelled sets grow.
COPY_FILES = 62


def make_corpus(folder: Path, copies: int) -> int:
    """`copies` times COPY_FILES distinct article files made from the labelled sets."""
    return make_files(folder, copies * COPY_FILES)


def make_files(folder: Path, files: int) -> int:
    """Exactly `files` distinct article files: copies of every labelled article in turn (the last copy partial), so
    that a test sized in files or batches keeps its size as the labelled sets grow."""
    folder.mkdir(exist_ok=True)
    sources = sorted(DATA.glob("quotes*/*.txt"))
    texts = [source.read_text(encoding="utf-8") for source in sources]
    for i in range(files):
        n, k = divmod(i, len(sources))
        (folder / f"{n:03d}_{sources[k].name}").write_text(texts[k] + f"\nCopy {n}.\n", encoding="utf-8")
    return files


def content(url: str) -> dict:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {name: [tuple(str(v) for v in row) for row in conn.execute(text(sql))]
                    for name, sql in CONTENT.items()}
    finally:
        engine.dispose()


def scalar(url: str, sql: str):
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def worker(url: str, folder: Path, run_id: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.worker", url, str(folder), run_id], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_raising_the_parser_version_reloads_every_file_in_one_run(db_url, tmp_path):
    folder = tmp_path / "seeds"
    files = make_corpus(folder, 1)
    refresh(db_url, folder, "first")
    engine = make_engine(db_url)
    with engine.begin() as conn:  # as if an older parser had loaded them
        conn.execute(text("UPDATE source_files SET parser_version = :v"), {"v": PARSER_VERSION - 1})
    engine.dispose()
    refresh(db_url, folder, "second")
    assert scalar(db_url, "SELECT count(*) FROM source_files WHERE run_id = 'second'") == files
    assert scalar(db_url, f"SELECT count(*) FROM source_files WHERE parser_version = {PARSER_VERSION}") == files


def test_a_run_killed_mid_load_leaves_no_half_file_and_the_next_run_finishes(new_db_url, tmp_path):
    folder = tmp_path / "seeds"
    files = make_files(folder, 4 * BATCH_FILES)  # four batches, parsed by workers: the kill lands after the 1st commit
    crashed, clean = new_db_url(), new_db_url()
    (tmp_path / "empty").mkdir()
    refresh(crashed, tmp_path / "empty", "schema-only")  # the schema first, so the database can be watched

    process = worker(crashed, folder, "killed")
    deadline = time.monotonic() + 120
    loaded = 0
    while time.monotonic() < deadline and process.poll() is None:
        loaded = scalar(crashed, "SELECT count(*) FROM source_files WHERE status = 'loaded'") or 0
        if loaded >= 20:
            break
        time.sleep(0.02)
    assert process.poll() is None, f"the run ended before it could be killed: {process.stderr.read()[-500:]}"
    workers = [pid for pid in children(process.pid) if "multiprocessing.spawn" in command(pid)]
    assert workers, "the run parsed without worker processes"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    wait_for("the killed run's parse workers to exit", lambda: not any(alive(pid) for pid in workers), seconds=15)

    loaded = scalar(crashed, "SELECT count(*) FROM source_files WHERE status = 'loaded'")
    assert 20 <= loaded < files
    # No half-loaded file: every article belongs to a loaded file, and loaded files have all their paragraphs.
    assert scalar(crashed, "SELECT count(*) FROM articles a JOIN source_files sf ON sf.id = a.source_file_id "
                           "WHERE sf.status <> 'loaded'") == 0
    assert scalar(crashed, "SELECT count(*) FROM source_files WHERE status = 'pending'") == files - loaded

    refresh(crashed, folder, "after-crash")
    refresh(clean, folder, "clean")
    assert content(crashed) == content(clean)
    assert len(content(clean)["articles"]) == files


def test_two_runs_started_together_never_duplicate_rows(new_db_url, tmp_path):
    folder = tmp_path / "seeds"
    files = make_corpus(folder, 6)
    raced, clean = new_db_url(), new_db_url()
    first, second = worker(raced, folder, "first"), worker(raced, folder, "second")
    for process in (first, second):
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr[-2000:]
    refresh(clean, folder, "clean")
    assert content(raced) == content(clean)
    assert scalar(raced, "SELECT count(*) FROM articles") == files
    assert scalar(raced, "SELECT count(*) FROM source_files WHERE status = 'loaded'") == files


@pytest.mark.parametrize("runs", [3])
def test_several_runs_over_a_changing_folder_end_like_a_clean_load(new_sqlite_url, tmp_path, runs):
    folder = tmp_path / "seeds"
    make_corpus(folder, 2)
    url, clean = new_sqlite_url(), new_sqlite_url()
    for n in range(runs):
        refresh(url, folder, f"run-{n}")
        victims = sorted(folder.glob("*.txt"))
        victims[n].unlink()
        victims[-1 - n].write_text(victims[-1 - n].read_text() + f"\nEdited in run {n}.\n")
        (folder / f"new_{n}.txt").write_text(f"## New {n}\n\nKim Lee 1 June 2020\n\n\"Hello,\" she said.\n")
    refresh(url, folder, "last")
    refresh(clean, folder, "clean")
    assert content(url) == content(clean)
