"""Hostile files among good articles: the run succeeds, good articles load exactly as they would alone, and
every bad file is loaded with its issues or failed with a plain reason. On SQLite and PostgreSQL."""

import json
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from models import make_engine
from pipelines.ledger import sync_ledger
from pipelines.load import load_pending, refresh_speakers
from pipelines.schema import upgrade_to_head
from tests.conftest import DATA
from tests.test_reruns import content

HOSTILE = DATA / "hostile"
GOOD = sorted((DATA / "quotes").glob("*.txt"))
LIMIT = 6_000_000  # bytes; the 5 MB line fits, the 7 MB file does not


def load(url: str, folder: Path):
    engine = make_engine(url)
    upgrade_to_head(engine)
    sync_ledger(engine, folder, "*.txt")
    report = load_pending(engine, folder, "hostile", max_bytes=LIMIT)
    refresh_speakers(engine)
    with engine.connect() as conn:
        ledger = {row.path: (row.status, row.error or "") for row in conn.execute(
            text("SELECT path, status, error FROM source_files"))}
    engine.dispose()
    return report, ledger


def only(rows: dict, paths: set[str]) -> dict:
    """The content rows that belong to these files."""
    return {name: [row for row in table if row[0] in paths] for name, table in rows.items()}


@pytest.fixture
def hostile_folder(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(HOSTILE, folder)
    (folder / "expectations.json").unlink()
    for path in GOOD:
        shutil.copy(path, folder / path.name)
    sentence = "The committee met again on Tuesday and agreed to publish its findings next month. "
    (folder / "one 5 MB line.txt").write_text("## One line\n\n" + sentence * (5_000_000 // len(sentence)))
    (folder / "100000 paragraphs.txt").write_text("## Many\n\n" + "".join(f"P{n}.\n\n" for n in range(100_000)))
    (folder / "over the limit.txt").write_bytes(b"## Big\n\n" + b"word " * 1_400_000)
    (folder / "broken link.txt").symlink_to(folder / "nowhere.txt")
    return folder


def test_hostile_files_are_loaded_or_refused_and_good_ones_load_as_alone(new_db_url, hostile_folder, tmp_path):
    url = new_db_url()
    report, ledger = load(url, hostile_folder)
    expectations = json.loads((HOSTILE / "expectations.json").read_text())
    for name, expected in expectations.items():
        if expected["expected"] == "ignored":
            assert name not in ledger, name
            continue
        status, error = ledger[name]
        assert status == expected["expected"], (name, status, error)
        assert expected["reason"] in error, (name, error)
        assert (status == "loaded") == (error == ""), (name, error)
    assert ledger["one 5 MB line.txt"][0] == ledger["100000 paragraphs.txt"][0] == "loaded"
    assert ledger["over the limit.txt"] == ("failed", "file too large: 7.0 MB, over the 6 MB limit "
                                                      "(LEDE_MAX_FILE_MB)")
    assert ledger["broken link.txt"][0] == "failed" and "broken link" in ledger["broken link.txt"][1]
    assert all(status in ("loaded", "failed", "duplicate") for status, _ in ledger.values())

    alone = tmp_path / "alone"
    alone.mkdir()
    for path in GOOD:
        shutil.copy(path, alone / path.name)
    clean_url = new_db_url()
    load(clean_url, alone)
    good = {path.name for path in GOOD}
    assert only(content(url), good) == only(content(clean_url), good)


def test_a_hundred_thousand_paragraphs_are_all_kept(new_sqlite_url, hostile_folder):
    url = new_sqlite_url()
    load(url, hostile_folder)
    engine = make_engine(url)
    with engine.connect() as conn:
        count = conn.execute(text("SELECT paragraph_count FROM v_articles WHERE source_path = '100000 paragraphs.txt'"))
        assert count.scalar_one() == 100_000
    engine.dispose()


def test_a_file_that_vanishes_during_the_run_is_failed_then_removed(sqlite_url, seeds):
    engine = make_engine(sqlite_url)
    upgrade_to_head(engine)
    sync_ledger(engine, seeds, "*.txt")
    (seeds / "000_09dc317511a4a0a5.txt").unlink()  # between the ledger and the load
    report = load_pending(engine, seeds)
    assert report.failed == [("000_09dc317511a4a0a5.txt", "the file vanished before it could be read")]
    assert sync_ledger(engine, seeds, "*.txt").removed == ["000_09dc317511a4a0a5.txt"]
    engine.dispose()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="running as root: file permissions cannot make a file unreadable")
def test_an_unreadable_file_fails_with_the_reason(sqlite_url, seeds):
    path = seeds / "000_09dc317511a4a0a5.txt"
    path.chmod(0)
    try:
        engine = make_engine(sqlite_url)
        upgrade_to_head(engine)
        sync_ledger(engine, seeds, "*.txt")
        report = load_pending(engine, seeds)
        assert report.failed == [("000_09dc317511a4a0a5.txt", "cannot read the file: Permission denied")]
        engine.dispose()
    finally:
        path.chmod(0o644)
