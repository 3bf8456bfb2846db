"""The views SQL users query, and a one-line description of each of their columns.

A view's SQL belongs to the migration that creates it (per dialect, frozen in history); its documentation lives
here, next to the tables' `comment=`, because SQLAlchemy has no model for a view to carry it. This registry is
what the Dagster UI shows as each view's column schema, what Datasette (`make browse`) shows, and what the
migrations write into PostgreSQL as `COMMENT ON COLUMN` (a test holds the database to it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class View:
    name: str
    description: str
    columns: dict[str, str]  # column -> one-line description, in the view's column order
    asset: str  # the Dagster asset whose page shows it


VIEWS = {v.name: v for v in (
    View("v_quotes", "One row per quote, with its article and resolved speaker", {
        "source_path": "File the article was loaded from, relative to the seeds folder",
        "article_id": "The article's id",
        "article_title": "The article's headline",
        "published_on": "The article's publication date",
        "paragraph_position": "Place of the quote's paragraph in the article, from 0",
        "quote_kind": "direct, partial, block or scare",
        "quote_text": "The quoted words",
        "speaker": "Canonical name of the resolved speaker, or NULL",
        "speaker_mention": "The speaker as written next to the quote",
        "cue": "The reporting verb or cue",
        "speaker_kind": "person, organization or unknown",
        "quote_id": "The quote's id",
    }, "quotes"),
    View("v_articles", "One row per loaded article, with its authors and counts", {
        "source_path": "File the article was loaded from, relative to the seeds folder",
        "article_id": "The article's id",
        "title": "Headline",
        "authors": "Author names in byline order, joined with '; '",
        "published_on": "Publication date",
        "paragraph_count": "Body and blockquote paragraphs (not the footer)",
        "blockquote_count": "Blockquote paragraphs",
        "quote_count": "Speech quotes (not scare quotes)",
    }, "articles"),
    View("v_speaker_stats", "One row per speaker with speech quotes: how often and when quoted, and gender", {
        "speaker": "Canonical name",
        "kind": "person, organization or unknown",
        "gender": "female, male or unknown (persons only; see README: Who gets quoted)",
        "gender_evidence": "What decided the gender: honorific, kinship, pronoun, first_name, conflict or none",
        "quotes": "Speech quotes attributed to the speaker",
        "articles": "Articles quoting the speaker",
        "first_quoted": "Earliest publication date of those articles",
        "last_quoted": "Latest publication date of those articles",
    }, "speakers"),
    View("v_gender_balance", "Per month of publication and gender: speech quotes by persons, distinct persons", {
        "month": "Month of publication, YYYY-MM (NULL for undated articles)",
        "gender": "female, male or unknown",
        "quotes": "Speech quotes by persons of that gender in articles of that month",
        "speakers": "Distinct persons of that gender quoted in that month",
    }, "speakers"),
    View("v_quote_reuse", "Quote clusters found in more than one article: the same words (folded), or a "
                          "distinctive fragment of them", {
        "cluster_key": "The cluster (quotes.cluster_key)",
        "words": "The longest wording in the cluster",
        "speakers": "Speakers the cluster's quotes are attributed to, joined with '; '",
        "articles": "Articles carrying the cluster",
        "first_published": "Earliest publication date among them",
        "last_published": "Latest publication date among them",
        "first_article_id": "The article that ran it first (earliest date, then first file path)",
        "first_article_title": "That article's headline",
    }, "quotes"),
    View("v_paragraphs", "One row per paragraph, with its article", {
        "source_path": "File the article was loaded from, relative to the seeds folder",
        "article_id": "The article's id",
        "article_title": "The article's headline",
        "published_on": "The article's publication date",
        "paragraph_id": "The paragraph's id",
        "paragraph_position": "Place in the article, from 0",
        "kind": "body, blockquote or footer",
        "text": "The paragraph's text",
    }, "paragraphs"),
    View("v_quality", "One row per data-quality finding, with its file", {
        "source_path": "The file, relative to the seeds folder",
        "file_status": "The file's status: loaded, failed, duplicate, ...",
        "code": "Kind of finding",
        "detail": "What was found",
        "paragraph_position": "The paragraph it concerns, if one",
    }, "seed_files"),
    View("v_article_authors", "One row per author of an article", {
        "author": "Author name",
        "byline_position": "Place in the byline, from 0",
        "source_path": "File the article was loaded from",
        "article_id": "The article's id",
        "title": "The article's headline",
        "published_on": "The article's publication date",
    }, "articles"),
)}
