"""Loading through the ledger into real databases: each file whole or not at all, idempotent reruns, bad files."""

import json
import os
import shutil

from sqlalchemy import text

from models import make_engine
from pipelines.ledger import sync_ledger
from pipelines.load import load_pending, refresh_speakers, table_counts
from pipelines.schema import upgrade_to_head
from tests.conftest import SEED_DIR, SEED_NAME


def refresh(engine, folder, run_id="run-1"):
    scan = sync_ledger(engine, folder, "*.txt")
    report = load_pending(engine, folder, run_id)
    refresh_speakers(engine)
    return scan, report


def rows(engine, sql):
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


ARTICLE_VIEW = ("SELECT source_path, title, authors, published_on, paragraph_count, blockquote_count, quote_count "
                "FROM v_articles ORDER BY source_path")
QUOTE_VIEW = ("SELECT source_path, paragraph_position, quote_kind, quote_text, speaker, speaker_mention, cue "
              "FROM v_quotes ORDER BY source_path, quote_id")


def test_seed_loads_with_gold_article_fields(engine, seeds):
    refresh(engine, seeds)
    gold = json.loads((SEED_DIR / "seed_articles.jsonl").read_text().splitlines()[0])
    ((path, title, authors, published_on, paragraphs, blockquotes, quotes),) = rows(engine, ARTICLE_VIEW)
    assert (path, title, authors) == (SEED_NAME, gold["title"], "; ".join(gold["authors"]))
    assert str(published_on)[:10] == gold["published_on"]
    assert (paragraphs, blockquotes) == (gold["body_paragraphs"], gold["blockquote_paragraphs"])
    assert quotes == 11
    codes = {c for (c,) in rows(engine, "SELECT code FROM quality_issues")}
    assert {"split_paragraph", "lost_character"} <= codes


def test_table_counts_are_exact_and_on_postgresql_large_tables_come_from_statistics(engine, seeds):
    refresh(engine, seeds)
    with engine.connect() as conn:
        exact = table_counts(conn)
        assert exact["articles"] == 1 and exact["quotes"] == 16  # 11 speech and 5 scare quotes
        if engine.dialect.name == "postgresql":
            conn.execute(text("ANALYZE"))
            # a table over the threshold is counted from pg_class: ANALYZE made that exact for these small tables
            assert table_counts(conn, estimated_from=1) == exact
            conn.execute(text("UPDATE pg_class SET reltuples = 5e6 WHERE oid = 'paragraphs'::regclass"))
            counts = table_counts(conn)  # paragraphs now looks like five million rows: an estimate, not a scan
            assert counts["paragraphs"] == 5_000_000
            assert counts["articles"] == exact["articles"]  # under a million: count(*)


def test_second_run_with_nothing_changed_writes_nothing(engine, seeds):
    refresh(engine, seeds, "run-1")
    snapshot = rows(engine, "SELECT id, sha256, status, loaded_at, run_id FROM source_files")
    ids = rows(engine, "SELECT id FROM quotes ORDER BY id")
    scan, report = refresh(engine, seeds, "run-2")
    assert (scan.new, scan.changed, scan.removed, scan.unchanged) == ([], [], [], 1)
    assert (report.loaded, report.failed) == ([], [])
    assert rows(engine, "SELECT id, sha256, status, loaded_at, run_id FROM source_files") == snapshot
    assert rows(engine, "SELECT id FROM quotes ORDER BY id") == ids


def test_touched_but_unchanged_file_is_not_reloaded(engine, seeds):
    refresh(engine, seeds)
    seed = seeds / SEED_NAME
    os.utime(seed, ns=(seed.stat().st_atime_ns, seed.stat().st_mtime_ns + 10**9))
    scan, report = refresh(engine, seeds, "run-2")
    assert scan.unchanged == 1 and report.loaded == []


def test_changed_file_is_replaced_and_other_files_keep_their_ids(engine, seeds):
    (seeds / "other.txt").write_text('## Other\n\nKim Lee 1 June 2020\n\n"Fine," she said.\n')
    refresh(engine, seeds)
    other_ids = rows(engine, "SELECT p.id FROM paragraphs p JOIN articles a ON a.id = p.article_id "
                             "JOIN source_files s ON s.id = a.source_file_id WHERE s.path = 'other.txt'")
    seed = seeds / SEED_NAME
    seed.write_text(seed.read_text().replace("NATO prepares direct intervention", "NATO prepares intervention"))
    scan, report = refresh(engine, seeds, "run-2")
    assert scan.changed == [SEED_NAME] and report.loaded == [SEED_NAME]
    assert rows(engine, "SELECT title FROM v_articles WHERE source_path = :p".replace(":p", f"'{SEED_NAME}'")) == [
        ("NATO prepares intervention into Russia-Ukraine war",)]
    assert rows(engine, "SELECT count(*) FROM articles") == [(2,)]
    assert rows(engine, "SELECT p.id FROM paragraphs p JOIN articles a ON a.id = p.article_id "
                        "JOIN source_files s ON s.id = a.source_file_id WHERE s.path = 'other.txt'") == other_ids
    assert rows(engine, f"SELECT run_id FROM source_files WHERE path = '{SEED_NAME}'") == [("run-2",)]


def test_removed_file_loses_its_rows_and_is_marked_removed(engine, seeds):
    refresh(engine, seeds)
    (seeds / SEED_NAME).unlink()
    scan, _ = refresh(engine, seeds, "run-2")
    assert scan.removed == [SEED_NAME]
    assert rows(engine, "SELECT status FROM source_files") == [("removed",)]
    for table in ("articles", "paragraphs", "quotes", "quality_issues", "speakers", "authors"):
        assert rows(engine, f"SELECT count(*) FROM {table}") == [(0,)], table


def test_file_that_comes_back_is_loaded_again(engine, seeds, tmp_path):
    refresh(engine, seeds)
    shutil.move(seeds / SEED_NAME, tmp_path / SEED_NAME)
    refresh(engine, seeds, "run-2")
    shutil.move(tmp_path / SEED_NAME, seeds / SEED_NAME)
    scan, report = refresh(engine, seeds, "run-3")
    assert scan.new == [SEED_NAME] and report.loaded == [SEED_NAME]
    assert rows(engine, "SELECT status FROM source_files") == [("loaded",)]


def test_bad_files_fail_with_a_reason_and_the_others_load(engine, seeds):
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (seeds / "notes.md").write_text("not matched by *.txt, so ignored")
    _, report = refresh(engine, seeds)
    assert report.loaded == [SEED_NAME]
    png = "not text: looks like a PNG file (image/png)"
    assert sorted(report.failed) == [("binary.txt", png), ("empty.txt", "empty file")]
    assert rows(engine, "SELECT path, status, error FROM source_files ORDER BY path") == [
        (SEED_NAME, "loaded", None), ("binary.txt", "failed", png), ("empty.txt", "failed", "empty file")]


def test_a_failing_file_leaves_no_half_loaded_rows(engine, seeds):
    refresh(engine, seeds)
    (seeds / SEED_NAME).write_bytes(b"\x00broken")
    _, report = refresh(engine, seeds, "run-2")
    assert report.failed == [(SEED_NAME, "not text: contains NUL bytes")]
    for table in ("articles", "paragraphs", "quotes", "quality_issues"):
        assert rows(engine, f"SELECT count(*) FROM {table}") == [(0,)], table


def test_files_in_subfolders_are_found(engine, seeds):
    (seeds / "2024" / "may").mkdir(parents=True)
    (seeds / "2024" / "may" / "copy of seed.txt").write_text((seeds / SEED_NAME).read_text() + "\nA note.\n")
    _, report = refresh(engine, seeds)
    assert sorted(report.loaded) == ["000_09dc317511a4a0a5.txt", "2024/may/copy of seed.txt"]


def test_speakers_are_shared_across_articles(engine, seeds):
    (seeds / "second.txt").write_text('## Second\n\nKim Lee 1 June 2020\n\n"Europe must rearm," Sikorski said.\n')
    refresh(engine, seeds)
    assert rows(engine, "SELECT speaker FROM v_quotes WHERE source_path = 'second.txt'") == [
        ("Rados?aw Sikorski",)]
    assert rows(engine, "SELECT count(*) FROM speakers WHERE name LIKE '%Sikorski%'") == [(1,)]


def test_sqlite_and_postgresql_load_the_same_rows(sqlite_url, postgresql_url, seeds):
    results = []
    for url in (sqlite_url, postgresql_url):
        engine = make_engine(url)
        upgrade_to_head(engine)
        refresh(engine, seeds)
        results.append((rows(engine, ARTICLE_VIEW.replace("published_on,", "CAST(published_on AS VARCHAR(10)),")),
                        rows(engine, QUOTE_VIEW)))
        engine.dispose()
    assert results[0] == results[1]
    assert len(results[0][1]) == 16


def test_the_same_article_under_two_names_loads_once(engine, seeds):
    """The first name in path order wins, whatever arrives first (tests/test_partitions.py: in any order)."""
    text = (seeds / SEED_NAME).read_text(encoding="utf-8")
    (seeds / "zz copy.txt").write_bytes(text.encode("utf-8"))
    (seeds / "aa copy in utf-16.txt").write_bytes(text.encode("utf-16"))  # same text, other bytes
    _, report = refresh(engine, seeds)
    assert report.loaded == ["000_09dc317511a4a0a5.txt"]
    assert sorted(report.duplicates) == ["aa copy in utf-16.txt", "zz copy.txt"]
    assert rows(engine, "SELECT count(*) FROM articles") == [(1,)]
    assert rows(engine, "SELECT d.path, d.error, o.path FROM source_files d JOIN source_files o "
                        "ON o.id = d.duplicate_of_id ORDER BY d.path") == [
        ("aa copy in utf-16.txt", f"same text as {SEED_NAME}, which is loaded", SEED_NAME),
        ("zz copy.txt", f"same text as {SEED_NAME}, which is loaded", SEED_NAME)]


def test_a_duplicate_loads_when_the_original_goes(engine, seeds):
    (seeds / "copy.txt").write_bytes((seeds / SEED_NAME).read_bytes())
    refresh(engine, seeds)
    (seeds / SEED_NAME).unlink()
    _, report = refresh(engine, seeds, "run-2")
    assert report.loaded == ["copy.txt"]
    assert rows(engine, "SELECT source_path FROM v_articles") == [("copy.txt",)]


def test_a_row_the_database_refuses_fails_only_its_file(postgresql_url, seeds):
    """A batch the database refuses is written again file by file: only the file with the bad row fails.
    (A test-only check constraint stands in for a value the database will not store.)"""
    engine = make_engine(postgresql_url)
    upgrade_to_head(engine)
    (seeds / "other.txt").write_text('## Other\n\nKim Lee 1 June 2020\n\n"Fine," she said.\n')
    sync_ledger(engine, seeds, "*.txt")
    with engine.begin() as conn:  # make the database refuse every paragraph of one file, as a bad value would
        conn.execute(text("ALTER TABLE paragraphs ADD CONSTRAINT ck_test_refuse CHECK (text NOT LIKE '%she said%')"))
    report = load_pending(engine, seeds)
    assert report.loaded == [SEED_NAME]
    assert report.failed[0][0] == "other.txt" and "the database refused its rows" in report.failed[0][1]
    assert rows(engine, "SELECT count(*) FROM articles") == [(1,)]
    engine.dispose()


def test_speaker_clean_up_looks_only_at_what_changed(engine, tmp_path):
    """A surname merges into the one full name; when a namesake's file goes, the merge that it blocked happens in
    that run; a run that changes nothing leaves nothing for the clean-up to look at."""
    folder = tmp_path / "people"
    folder.mkdir()

    def article(name: str, text: str) -> None:
        (folder / name).write_text(f"## {name}\n\nAna Reporter 2 May 2024\n\n{text}\n")

    speakers = "SELECT name FROM speakers ORDER BY name"
    flagged = "SELECT count(*) FROM speakers WHERE needs_consolidation"
    article("a.txt", '"We will build it," said Radek Sikorski.')
    article("b.txt", '"We will not," said Anna Sikorski.')
    article("c.txt", '"Nobody asked us," Sikorski said.')
    refresh(engine, folder)
    assert rows(engine, speakers) == [("Anna Sikorski",), ("Radek Sikorski",), ("Sikorski",)]  # which one?
    assert rows(engine, flagged) == [(0,)]
    (folder / "b.txt").unlink()
    refresh(engine, folder, "run-2")
    assert rows(engine, speakers) == [("Radek Sikorski",)]
    assert rows(engine, "SELECT speaker, quote_text FROM v_quotes ORDER BY quote_text") == [
        ("Radek Sikorski", "Nobody asked us,"), ("Radek Sikorski", "We will build it,")]
    refresh(engine, folder, "run-3")
    assert rows(engine, flagged) == [(0,)]
    assert rows(engine, speakers) == [("Radek Sikorski",)]


def test_unnamed_roles_of_different_articles_are_never_merged(engine, tmp_path):
    """`spokeswoman` in one file and `VUGD spokeswoman` in another are two people nobody names: merged, the row
    would outlive the file that named it, and a reload would differ from a plain load."""
    folder = tmp_path / "roles"
    folder.mkdir()
    (folder / "a.txt").write_text('## A\n\nAna Reporter 2 May 2024\n\nA VUGD spokeswoman, who asked not to be '
                                  'named, said crews came fast. "We were there in minutes," she said.\n')
    (folder / "b.txt").write_text('## B\n\nAna Reporter 2 May 2024\n\n"The trams are insured," the spokeswoman '
                                  'said.\n')
    refresh(engine, folder)
    names = [name for (name,) in rows(engine, "SELECT name FROM speakers ORDER BY name")]
    assert "VUGD spokeswoman" in names and "spokeswoman" in names
    (folder / "a.txt").unlink()
    refresh(engine, folder, "run-2")
    assert rows(engine, "SELECT name FROM speakers ORDER BY name") == [("spokeswoman",)]


def test_a_speaker_named_as_two_kinds_takes_the_same_kind_whatever_the_load_order(new_db_url, tmp_path):
    # one file reads "Lisbon United" as unknown, the other (an age after it) as a person: loaded one then the other,
    # in either order, the row ends the same (the order of partitions and batches must not decide)
    texts = {"a.txt": 'Lisbon United said the team would "win."',
             "b.txt": 'Lisbon United, 54, said the team would "win again."'}
    kinds = []
    for order in (["a.txt", "b.txt"], ["b.txt", "a.txt"]):
        engine = make_engine(new_db_url())
        upgrade_to_head(engine)
        folder = tmp_path / "-".join(order)
        folder.mkdir()
        for n, name in enumerate(order):
            (folder / name).write_text(f"## T\n\nKim Lee 1 June 2020\n\n{texts[name]}\n")
            refresh(engine, folder, f"run-{n}")
        kinds.append(rows(engine, "SELECT name, kind FROM speakers ORDER BY name"))
        engine.dispose()
    assert kinds[0] == kinds[1] == [("Lisbon United", "person")]


def test_a_standfirst_is_stored_with_its_article_and_page_furniture_as_issues(engine, tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "## Trawler crews go unpaid\n\nDeckhands say they have had no wages for six weeks.\n\n"
        "By Ndeshi Amupolo\n28 November 2026\n\nMore than 40 trawlers are tied up.\n\nAdvertisement\n\n"
        "\"We wait,\" said one deckhand.\n", encoding="utf-8")
    refresh(engine, folder)
    assert rows(engine, "SELECT standfirst FROM articles") == [
        ("Deckhands say they have had no wages for six weeks.",)]
    assert rows(engine, "SELECT paragraph_count FROM v_articles") == [(2,)]
    assert rows(engine, "SELECT code FROM quality_issues") == [("page_furniture",)]
