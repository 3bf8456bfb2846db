"""Speaker gender with its evidence, quote clusters, and a description on every column of every table and view.

- `speakers.gender`, `speakers.gender_evidence`: decided by the speakers step from the evidence of all articles
  (NULL until then; a load sets them back to NULL for the speakers whose quotes it changes).
- `quotes.article_gender`, `quotes.article_gender_evidence`: what the quote's article says of its speaker.
- `quotes.cluster_key`: the same words (folded) in any article share it; indexed with the article for
  `v_quote_reuse`.
- Views: `v_speaker_stats` gains gender; new `v_gender_balance` and `v_quote_reuse`.
- Column comments (PostgreSQL keeps them, `psql \\d+` shows them; SQLite has no comments).

SQLite gets the new columns by plain ALTER TABLE ADD COLUMN, with their CHECK constraints inline: a batch
rebuild of `quotes` would drop the full-text triggers of migration 0003. Files already loaded are loaded again
(the parser version went up) to fill the new quote columns.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENDERS = ("female", "male", "unknown")
EVIDENCE = ("honorific", "kinship", "pronoun", "first_name", "conflict", "none")
NEW_COLUMNS = (  # table, column, width, allowed values, comment
    ("speakers", "gender", 16, GENDERS, "female, male or unknown, from the evidence of all articles; persons only"),
    ("speakers", "gender_evidence", 16, EVIDENCE,
     "What decided the gender: honorific, kinship, pronoun, first_name, conflict or none"),
    ("quotes", "article_gender", 16, GENDERS,
     "The speaker's gender as this article's own words give it; NULL when they say nothing"),
    ("quotes", "article_gender_evidence", 16, EVIDENCE,
     "Which words of this article: honorific, kinship, pronoun, or conflict"),
    ("quotes", "cluster_key", 32, None,
     "Quote cluster: the same words (folded) share it; NULL for scare quotes and quotes under 6 words"),
)
INDEXES = (("ix_speakers_gender", "speakers", ["gender"]),
           ("ix_quotes_cluster_key_quotes_article_id", "quotes", ["cluster_key", "article_id"]))

V_SPEAKER_STATS_0003 = """
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

V_SPEAKER_STATS = """
CREATE VIEW v_speaker_stats AS
SELECT s.name AS speaker,
       s.kind AS kind,
       s.gender AS gender,
       s.gender_evidence AS gender_evidence,
       count(q.id) AS quotes,
       count(DISTINCT q.article_id) AS articles,
       min(a.published_on) AS first_quoted,
       max(a.published_on) AS last_quoted
FROM speakers s
JOIN quotes q ON q.speaker_id = s.id AND q.kind <> 'scare'
JOIN articles a ON a.id = q.article_id
GROUP BY s.id, s.name, s.kind, s.gender, s.gender_evidence
"""

# Persons only: organisations and speakers of unknown kind are never gendered, and are no one's voice to count.
V_GENDER_BALANCE = """
CREATE VIEW v_gender_balance AS
SELECT {month} AS month,
       s.gender AS gender,
       count(q.id) AS quotes,
       count(DISTINCT s.id) AS speakers
FROM quotes q
JOIN speakers s ON s.id = q.speaker_id AND s.kind = 'person'
JOIN articles a ON a.id = q.article_id
WHERE q.kind <> 'scare'
GROUP BY {month}, s.gender
"""
MONTH = {"sqlite": "strftime('%Y-%m', a.published_on)", "postgresql": "to_char(a.published_on, 'YYYY-MM')"}

# Only clusters in two articles or more, found from the (cluster_key, article_id) index alone; then each of those
# clusters is read through the same index, once per column (no sort of all quotes, as window functions would
# need), so that a WHERE on cluster_key reaches the index too.
V_QUOTE_REUSE = """
CREATE VIEW v_quote_reuse AS
WITH travelled AS (
    SELECT cluster_key, count(DISTINCT article_id) AS articles
    FROM quotes WHERE cluster_key IS NOT NULL
    GROUP BY cluster_key HAVING count(DISTINCT article_id) > 1
), firsts AS (
    SELECT t.cluster_key, t.articles,
           (SELECT q.article_id FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE q.cluster_key = t.cluster_key
            ORDER BY a.published_on IS NULL, a.published_on, q.article_id LIMIT 1) AS first_article_id
    FROM travelled t
)
SELECT f.cluster_key AS cluster_key,
       (SELECT q.text FROM quotes q WHERE q.cluster_key = f.cluster_key
        ORDER BY length(q.text) DESC, q.article_id, q.position LIMIT 1) AS words,
       (SELECT {speakers} FROM (SELECT DISTINCT s.name AS name FROM quotes q JOIN speakers s ON s.id = q.speaker_id
                                WHERE q.cluster_key = f.cluster_key ORDER BY s.name) AS named) AS speakers,
       f.articles AS articles,
       (SELECT min(a.published_on) FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.cluster_key = f.cluster_key) AS first_published,
       (SELECT max(a.published_on) FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.cluster_key = f.cluster_key) AS last_published,
       f.first_article_id AS first_article_id,
       first_article.title AS first_article_title
FROM firsts f
JOIN articles first_article ON first_article.id = f.first_article_id
"""
# Speaker names in byte order on both stores, so that both give the same rows.
SPEAKERS = {"sqlite": "group_concat(name, '; ')",
            "postgresql": "string_agg(name, '; ' ORDER BY name COLLATE \"C\")"}

# Comments of the columns that existed before this revision (the new ones carry theirs).
COLUMN_COMMENTS = {
    'authors': {
        'id': 'Row id',
        'name': 'Author name as in bylines (unique)',
    },
    'source_files': {
        'id': 'Row id',
        'path': 'File path relative to the seeds folder',
        'sha256': "SHA-256 of the file's bytes as last seen",
        'size_bytes': 'File size in bytes as last seen',
        'mtime_ns': 'File modification time (ns since the epoch) as last seen',
        'status': 'pending, loaded, failed, removed or duplicate',
        'error': 'Why the file failed, or which loaded file it duplicates',
        'encoding': 'Encoding the bytes were decoded from',
        'parser_version': 'Parser version that last loaded the file (a newer one reloads it)',
        'loaded_at': 'When the file was last loaded or failed (UTC)',
        'run_id': 'Dagster run that last loaded the file',
        'text_sha256': 'SHA-256 of the decoded text: the same article in two files is loaded once',
        'duplicate_of_id': 'The loaded file this one duplicates (status duplicate)',
    },
    'speakers': {
        'id': 'Row id',
        'name': 'Canonical name of the person or body quoted (unique)',
        'kind': 'person, organization or unknown',
    },
    'articles': {
        'id': 'Row id',
        'source_file_id': 'The file the article was loaded from',
        'title': 'Headline',
        'published_on': 'Publication date from the dateline, if any',
        'byline': 'Byline as written',
        'word_count': 'Words in body and blockquote paragraphs',
    },
    'quality_issues': {
        'id': 'Row id',
        'source_file_id': 'The file the finding is about',
        'code': 'Kind of finding: split_paragraph, lost_character, mojibake_repaired, ...',
        'detail': 'What was found, in words',
        'paragraph_position': 'The paragraph it concerns, if one',
    },
    'article_authors': {
        'article_id': 'The article',
        'author_id': 'One of its authors',
        'position': 'Place in the byline, from 0',
    },
    'paragraphs': {
        'id': 'Row id',
        'article_id': 'The article',
        'position': 'Place in the article, from 0',
        'kind': 'body, blockquote or footer',
        'text': 'Text with markup removed and whitespace folded',
        'char_start': 'Start of the paragraph in the decoded file (characters)',
        'char_end': 'End of the paragraph in the decoded file (characters)',
    },
    'quotes': {
        'id': 'Row id',
        'article_id': 'The article',
        'paragraph_id': 'The paragraph the quote is in',
        'position': "Place among the article's quotes, from 0",
        'kind': "direct, partial, block or scare (scare quotes are nobody's speech)",
        'text': 'The quoted words, without the quote marks',
        'speaker_id': 'Resolved speaker; NULL when nobody could be named',
        'speaker_mention': 'The speaker as written next to the quote (a name, a pronoun, a role)',
        'cue': 'The reporting verb or cue (said, told, according to ...)',
        'char_start': 'Start of the quoted words in the paragraph text (characters)',
        'char_end': 'End of the quoted words in the paragraph text (characters)',
    },
}
VIEW_COMMENTS = {
    'v_quotes': {
        'source_path': 'File the article was loaded from, relative to the seeds folder',
        'article_id': "The article's id",
        'article_title': "The article's headline",
        'published_on': "The article's publication date",
        'paragraph_position': "Place of the quote's paragraph in the article, from 0",
        'quote_kind': 'direct, partial, block or scare',
        'quote_text': 'The quoted words',
        'speaker': 'Canonical name of the resolved speaker, or NULL',
        'speaker_mention': 'The speaker as written next to the quote',
        'cue': 'The reporting verb or cue',
        'speaker_kind': 'person, organization or unknown',
        'quote_id': "The quote's id",
    },
    'v_articles': {
        'source_path': 'File the article was loaded from, relative to the seeds folder',
        'article_id': "The article's id",
        'title': 'Headline',
        'authors': "Author names in byline order, joined with '; '",
        'published_on': 'Publication date',
        'paragraph_count': 'Body and blockquote paragraphs (not the footer)',
        'blockquote_count': 'Blockquote paragraphs',
        'quote_count': 'Speech quotes (not scare quotes)',
    },
    'v_speaker_stats': {
        'speaker': 'Canonical name',
        'kind': 'person, organization or unknown',
        'gender': 'female, male or unknown (persons only; see README: Who gets quoted)',
        'gender_evidence': 'What decided the gender: honorific, kinship, pronoun, first_name, conflict or none',
        'quotes': 'Speech quotes attributed to the speaker',
        'articles': 'Articles quoting the speaker',
        'first_quoted': 'Earliest publication date of those articles',
        'last_quoted': 'Latest publication date of those articles',
    },
    'v_gender_balance': {
        'month': 'Month of publication, YYYY-MM (NULL for undated articles)',
        'gender': 'female, male or unknown',
        'quotes': 'Speech quotes by persons of that gender in articles of that month',
        'speakers': 'Distinct persons of that gender quoted in that month',
    },
    'v_quote_reuse': {
        'cluster_key': 'The cluster (quotes.cluster_key)',
        'words': 'The longest wording in the cluster',
        'speakers': "Speakers the cluster's quotes are attributed to, joined with '; '",
        'articles': 'Articles carrying the cluster',
        'first_published': 'Earliest publication date among them',
        'last_published': 'Latest publication date among them',
        'first_article_id': 'The article that ran it first (earliest date, then lowest id)',
        'first_article_title': "That article's headline",
    },
    'v_paragraphs': {
        'source_path': 'File the article was loaded from, relative to the seeds folder',
        'article_id': "The article's id",
        'article_title': "The article's headline",
        'published_on': "The article's publication date",
        'paragraph_id': "The paragraph's id",
        'paragraph_position': 'Place in the article, from 0',
        'kind': 'body, blockquote or footer',
        'text': "The paragraph's text",
    },
    'v_quality': {
        'source_path': 'The file, relative to the seeds folder',
        'file_status': "The file's status: loaded, failed, duplicate, ...",
        'code': 'Kind of finding',
        'detail': 'What was found',
        'paragraph_position': 'The paragraph it concerns, if one',
    },
    'v_article_authors': {
        'author': 'Author name',
        'byline_position': 'Place in the byline, from 0',
        'source_path': 'File the article was loaded from',
        'article_id': "The article's id",
        'title': "The article's headline",
        'published_on': "The article's publication date",
    },
}


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _comment_everything() -> None:
    for table, columns in COLUMN_COMMENTS.items():
        for column, comment in columns.items():
            op.execute(f"COMMENT ON COLUMN {table}.{column} IS {_literal(comment)}")
    for view, columns in VIEW_COMMENTS.items():
        for column, comment in columns.items():
            op.execute(f"COMMENT ON COLUMN {view}.{column} IS {_literal(comment)}")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, column, width, allowed, comment in NEW_COLUMNS:
        if dialect == "sqlite":
            check = "" if allowed is None else (
                f" CONSTRAINT ck_{table}_{column}_allowed CHECK ({column} IN ({', '.join(map(_literal, allowed))}))")
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR({width}){check}")
        else:
            op.add_column(table, sa.Column(column, sa.String(length=width), nullable=True, comment=comment))
            if allowed is not None:
                op.create_check_constraint(f"{column}_allowed", table,
                                           f"{column} IN ({', '.join(map(_literal, allowed))})")
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    op.execute("DROP VIEW v_speaker_stats")
    op.execute(V_SPEAKER_STATS)
    op.execute(V_GENDER_BALANCE.format(month=MONTH[dialect]))
    op.execute(V_QUOTE_REUSE.format(speakers=SPEAKERS[dialect]))
    if dialect == "postgresql":
        _comment_everything()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for view in ("v_quote_reuse", "v_gender_balance", "v_speaker_stats"):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    op.execute(V_SPEAKER_STATS_0003)
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
    for table, column, *_ in NEW_COLUMNS:
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")  # and its CHECK constraint with it
    if dialect == "postgresql":
        for table, columns in COLUMN_COMMENTS.items():
            for column in columns:
                op.execute(f"COMMENT ON COLUMN {table}.{column} IS NULL")
