"""Full-text search over paragraphs and quotes, and the views researchers ask for.

SQLite: FTS5 tables `paragraphs_fts` and `quotes_fts` (external content), kept in sync by triggers on every
insert, update and delete (a cascade from a removed file fires them too). PostgreSQL: a generated `search`
tsvector column with a GIN index on each table, always in sync by construction.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCHED = ("paragraphs", "quotes")

V_SPEAKER_STATS = """
CREATE VIEW v_speaker_stats AS
SELECT s.name AS speaker,
       s.kind AS kind,
       count(q.id) AS quotes,
       count(DISTINCT q.article_id) AS articles,
       min(a.published_on) AS first_quoted,
       max(a.published_on) AS last_quoted
FROM speakers s
JOIN quotes q ON q.speaker_id = s.id AND q.kind <> 'scare'
JOIN articles a ON a.id = q.article_id
GROUP BY s.id, s.name, s.kind
"""

V_PARAGRAPHS = """
CREATE VIEW v_paragraphs AS
SELECT sf.path AS source_path, a.id AS article_id, a.title AS article_title, a.published_on AS published_on,
       p.id AS paragraph_id, p.position AS paragraph_position, p.kind AS kind, p.text AS text
FROM paragraphs p
JOIN articles a ON a.id = p.article_id
JOIN source_files sf ON sf.id = a.source_file_id
"""

V_QUALITY = """
CREATE VIEW v_quality AS
SELECT sf.path AS source_path, sf.status AS file_status, qi.code AS code, qi.detail AS detail,
       qi.paragraph_position AS paragraph_position
FROM quality_issues qi
JOIN source_files sf ON sf.id = qi.source_file_id
"""

V_AUTHORS = """
CREATE VIEW v_article_authors AS
SELECT au.name AS author, aa.position AS byline_position, sf.path AS source_path, a.id AS article_id,
       a.title AS title, a.published_on AS published_on
FROM article_authors aa
JOIN authors au ON au.id = aa.author_id
JOIN articles a ON a.id = aa.article_id
JOIN source_files sf ON sf.id = a.source_file_id
"""

VIEWS = {"v_speaker_stats": V_SPEAKER_STATS, "v_paragraphs": V_PARAGRAPHS, "v_quality": V_QUALITY,
         "v_article_authors": V_AUTHORS}


def _sqlite_fts(table: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(text, content='{table}', content_rowid='id')",
        f"INSERT INTO {fts}(rowid, text) SELECT id, text FROM {table}",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, text) VALUES (new.id, new.text); END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, old.text); END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, old.text); "
        f"INSERT INTO {fts}(rowid, text) VALUES (new.id, new.text); END",
    ]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in SEARCHED:
        if sqlite:
            for statement in _sqlite_fts(table):
                op.execute(statement)
        else:
            op.execute(f"ALTER TABLE {table} ADD COLUMN search tsvector "
                       "GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED")
            op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin (search)")
    for sql in VIEWS.values():
        op.execute(sql)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    for table in SEARCHED:
        if sqlite:
            for action in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{action}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        else:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
            op.execute(f"ALTER TABLE {table} DROP COLUMN search")
