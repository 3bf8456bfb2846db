"""SQL users' face of the database: the README's example queries, full-text search kept in sync, the views."""

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.readme_queries import also_loads, examples, render
from tests.worker import refresh

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEARCH = {
    "sqlite": "SELECT p.text FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid "
              "WHERE paragraphs_fts MATCH :phrase ORDER BY p.id",
    "postgresql": "SELECT text FROM paragraphs WHERE search @@ phraseto_tsquery('simple', :phrase) ORDER BY id",
}


def search(engine, phrase: str) -> list[str]:
    sql = SEARCH[engine.dialect.name]
    phrase = f'"{phrase}"' if engine.dialect.name == "sqlite" else phrase
    with engine.connect() as conn:
        return [row[0] for row in conn.execute(text(sql), {"phrase": phrase})]


def test_the_readme_shows_at_least_eight_queries_with_their_output():
    assert len([e for e in examples() if e[2] is None]) >= 8


def test_every_readme_query_gives_the_output_the_readme_shows(engine, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    refresh(engine.url.render_as_string(hide_password=False), folder)
    ran = 0
    with engine.connect() as conn:
        for sql, expected, dialect in examples():
            if dialect in (None, engine.dialect.name) and also_loads(sql) is None:
                assert render(conn, sql) == expected, sql
                ran += 1
    assert ran >= 9


def test_search_follows_loads_edits_and_removals(engine, seeds):
    url = engine.url.render_as_string(hide_password=False)
    refresh(url, seeds)
    assert len(search(engine, "nuclear weapons")) == 2
    article = seeds / "000_09dc317511a4a0a5.txt"
    article.write_text(article.read_text().replace("nuclear weapons", "atomic arms"))
    refresh(url, seeds)
    assert search(engine, "nuclear weapons") == []
    assert len(search(engine, "atomic arms")) == 2
    article.unlink()
    refresh(url, seeds)
    assert search(engine, "atomic arms") == []


@pytest.mark.parametrize("view", ["v_quotes", "v_articles", "v_speaker_stats", "v_paragraphs", "v_quality",
                                  "v_article_authors"])
def test_every_view_answers(engine, seeds, view):
    refresh(engine.url.render_as_string(hide_password=False), seeds)
    with engine.connect() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM {view}")).scalar_one() > 0
