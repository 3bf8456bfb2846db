"""The views on both stores: the new ones give the same rows on SQLite and PostgreSQL, and every column of every
table and view is described where users look (the models, PostgreSQL's comments, the Dagster UI)."""

import shutil
from pathlib import Path

from sqlalchemy import inspect, text

from models import Base, make_engine
from models.views import VIEWS
from pipelines.assets import column_schema
from pipelines.schema import upgrade_to_head
from tests.conftest import DATA, ROOT, SEED_DIR, SEED_NAME
from tests.readme_queries import also_loads, examples, render
from tests.worker import refresh

NEW_VIEWS = ("v_speaker_stats", "v_gender_balance", "v_quote_reuse")


def view_rows(url: str, view: str) -> list[tuple]:
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = sorted(tuple("" if v is None else str(v) for v in row)
                      for row in conn.execute(text(f"SELECT * FROM {view}")))
    engine.dispose()
    return rows


def test_new_views_give_the_same_rows_on_both_stores(new_sqlite_url, new_postgresql_url, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(DATA / "quotes_holdout", folder, ignore=shutil.ignore_patterns("*.jsonl"))
    shutil.copy(SEED_DIR / SEED_NAME, folder / SEED_NAME)
    # the seed twice over under other names and dates, so that its quotes travel
    seed = (SEED_DIR / SEED_NAME).read_text()
    for n, date in enumerate(("29 May 2024", "3 June 2024")):
        (folder / f"copy_{n}.txt").write_text(seed.replace("28 May 2024", date).replace("NATO", "Nato", 1))
    sqlite, postgresql = new_sqlite_url(), new_postgresql_url()
    for url in (sqlite, postgresql):
        refresh(url, folder)
    for view in NEW_VIEWS:
        rows = view_rows(sqlite, view)
        assert rows, view
        assert rows == view_rows(postgresql, view), view
    assert len(view_rows(sqlite, "v_quote_reuse")) >= 5


def test_every_table_column_has_a_description_in_the_models():
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            assert column.comment and "\n" not in column.comment, f"{table.name}.{column.name}"


def test_every_view_column_is_in_the_registry_and_in_postgresql(engine):
    inspector = inspect(engine)
    assert set(inspector.get_view_names()) == set(VIEWS)
    for name, view in VIEWS.items():
        columns = inspector.get_columns(name)
        assert [c["name"] for c in columns] == list(view.columns), name
        assert all(view.columns.values()), name
        if engine.dialect.name == "postgresql":
            assert [c["comment"] for c in columns] == list(view.columns.values()), name
    if engine.dialect.name == "postgresql":
        for table in Base.metadata.sorted_tables:
            comments = {c["name"]: c["comment"] for c in inspector.get_columns(table.name)}
            assert {c.name: c.comment for c in table.columns} == {k: v for k, v in comments.items() if k != "search"}


def test_the_dagster_ui_shows_each_table_and_view_with_its_columns():
    from models import Quote, Speaker

    quotes = column_schema(Quote, "quotes")
    assert all(c.description for c in quotes["dagster/column_schema"].columns)
    assert {"view v_quotes", "view v_quote_reuse"} <= set(quotes)
    speakers = column_schema(Speaker, "speakers")
    assert [c.name for c in speakers["view v_gender_balance"].columns] == ["month", "gender", "quotes", "speakers"]
    shown = {key.removeprefix("view ") for asset in ("seed_files", "articles", "paragraphs", "quotes", "speakers")
             for key in column_schema(Quote, asset) if key.startswith("view ")}
    assert shown == set(VIEWS)


def test_migrations_rebuild_views_from_scratch(sqlite_url):
    engine = make_engine(sqlite_url)
    upgrade_to_head(engine)
    with engine.connect() as conn:
        for name in VIEWS:
            assert conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one() == 0
    engine.dispose()


def test_readme_shows_every_new_view():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for view in NEW_VIEWS:
        assert f"FROM {view}" in readme, view


def test_readme_queries_that_need_more_articles_give_the_output_shown(engine, tmp_path):
    """The README's queries on quotes that travel run on the seeds and the folder they name."""
    needing = [(sql, expected, also_loads(sql)) for sql, expected, dialect in examples()
               if also_loads(sql) and dialect in (None, engine.dialect.name)]
    assert len(needing) >= 2
    for extra in {folder for _, _, folder in needing}:
        folder = tmp_path / extra.name
        shutil.copytree(ROOT / "seeds", folder)
        for article in extra.glob("*.txt"):
            shutil.copy(article, folder / article.name)
        refresh(engine.url.render_as_string(hide_password=False), folder)
        with engine.connect() as conn:
            for sql, expected, _ in (n for n in needing if n[2] == extra):
                assert render(conn, sql) == expected, sql
