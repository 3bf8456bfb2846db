"""Alembic owns the schema: upgrade to head, no drift from the models, downgrade to nothing, on both stores."""

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from models import Base, make_engine
from pipelines.schema import check_no_drift, current_revision, downgrade_to_base, head_revision, upgrade_to_head

TABLES = {"source_files", "articles", "authors", "article_authors", "paragraphs", "speakers", "quotes",
          "quality_issues"}
VIEWS = {"v_quotes", "v_articles"}


def test_upgrade_check_downgrade_round_trip(db_url):
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    inspector = inspect(engine)
    assert TABLES <= set(inspector.get_table_names())
    assert VIEWS <= set(inspector.get_view_names())
    assert current_revision(engine) == head_revision()
    check_no_drift(engine)  # raises on any difference between models and database

    downgrade_to_base(engine)
    inspector = inspect(engine)
    assert set(inspector.get_table_names()) <= {"alembic_version"}
    assert not set(inspector.get_view_names())
    engine.dispose()


def test_upgrade_twice_is_a_no_op(engine):
    before = current_revision(engine)
    upgrade_to_head(engine)
    assert current_revision(engine) == before == head_revision()


def test_every_constraint_is_named(engine):
    inspector = inspect(engine)
    for table in TABLES:
        for fk in inspector.get_foreign_keys(table):
            assert fk["name"] and fk["name"].startswith(f"fk_{table}_"), (table, fk)
        for uq in inspector.get_unique_constraints(table):
            assert uq["name"] and uq["name"].startswith(f"uq_{table}_"), (table, uq)
        assert inspector.get_pk_constraint(table)["name"] in (f"pk_{table}", None)  # SQLite does not name PKs


def test_models_declare_only_named_constraints():
    for table in Base.metadata.sorted_tables:
        for constraint in table.constraints:
            assert constraint.name is not None or constraint.__class__.__name__ == "PrimaryKeyConstraint"


def test_foreign_keys_cascade_from_source_files(engine):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO source_files (id, path, sha256, size_bytes, mtime_ns, status) "
                          "VALUES (1, 'a.txt', 'x', 1, 1, 'loaded')"))
        conn.execute(text("INSERT INTO articles (id, source_file_id, word_count) VALUES (1, 1, 0)"))
        conn.execute(text("INSERT INTO paragraphs (id, article_id, position, kind, text, char_start, char_end) "
                          "VALUES (1, 1, 0, 'body', 't', 0, 1)"))
        conn.execute(text("INSERT INTO speakers (id, name, kind) VALUES (1, 'S', 'person')"))
        conn.execute(text("INSERT INTO quotes (article_id, paragraph_id, position, kind, text, speaker_id, "
                          "char_start, char_end) VALUES (1, 1, 0, 'direct', 't', 1, 0, 1)"))
        conn.execute(text("INSERT INTO quality_issues (source_file_id, code, detail) VALUES (1, 'c', 'd')"))
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM source_files"))
    with engine.connect() as conn:
        for table in ("articles", "paragraphs", "quotes", "quality_issues"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0, table
        assert conn.execute(text("SELECT count(*) FROM speakers")).scalar_one() == 1  # speakers outlive quotes


def test_foreign_keys_are_enforced(engine):
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("INSERT INTO articles (source_file_id, word_count) VALUES (999, 0)"))


def test_check_constraints_reject_unknown_kinds(engine):
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("INSERT INTO speakers (name, kind) VALUES ('X', 'alien')"))


def test_speakers_loaded_before_the_speaker_index_get_their_keys(new_db_url):
    """Migration 0004 gives existing speakers their keys and flags them all, so the next clean-up looks at each."""
    from alembic import command

    from pipelines.schema import alembic_config

    engine = make_engine(new_db_url())
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        conn.execute(text("INSERT INTO speakers (id, name, kind) VALUES (1, 'Radosław Sikorski', 'person'), "
                          "(2, 'Rados?aw Sikorski', 'person')"))
    upgrade_to_head(engine)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, name_key, surname_key, key_length, needs_consolidation FROM speakers "
                                 "ORDER BY id")).all()
    engine.dispose()
    assert [(*row[:4], bool(row[4])) for row in rows] == [(1, "radosław sikorski", "sikorski", 17, True),
                                                          (2, "rados?aw sikorski", "sikorski", 17, True)]
