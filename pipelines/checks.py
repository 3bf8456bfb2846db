"""Asset checks on what was loaded: they read the database and say what is wrong, with the offending rows."""


import dagster as dg
from sqlalchemy import text

from pipelines.resources import Database

SHOWN = 20  # offending rows listed in a check's metadata


def _rows(db: Database, sql: str) -> list[str]:
    with db.engine.connect() as conn:
        return [" · ".join(str(v) for v in row) for row in conn.execute(text(sql))]


def _result(offending: list[str], what: str, severity=dg.AssetCheckSeverity.ERROR) -> dg.AssetCheckResult:
    listed = "\n".join(f"- {line}" for line in offending[:SHOWN]) or "none"
    return dg.AssetCheckResult(passed=not offending, severity=severity, metadata={
        what: len(offending), "examples": dg.MetadataValue.md(listed)})


@dg.asset_check(asset="articles", description="Every loaded article has at least one body paragraph.")
def every_article_has_body_paragraph(db: Database) -> dg.AssetCheckResult:
    return _result(_rows(db, """
        SELECT sf.path FROM articles a JOIN source_files sf ON sf.id = a.source_file_id
        WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = a.id AND p.kind = 'body')
        ORDER BY sf.path"""), "articles_without_body")


@dg.asset_check(asset="quotes", description="Every quote's span lies inside its paragraph and spells its text.")
def quote_spans_inside_paragraph(db: Database) -> dg.AssetCheckResult:
    return _result(_rows(db, """
        SELECT sf.path, p.position, q.position FROM quotes q
        JOIN paragraphs p ON p.id = q.paragraph_id
        JOIN articles a ON a.id = q.article_id JOIN source_files sf ON sf.id = a.source_file_id
        WHERE q.char_start < 0 OR q.char_end > length(p.text) OR q.char_start >= q.char_end
           OR substr(p.text, q.char_start + 1, q.char_end - q.char_start) <> q.text
        ORDER BY sf.path, p.position"""), "quotes_outside_paragraph")


@dg.asset_check(asset="seed_files", description="No seed file failed to load (a warning: the others loaded).")
def no_failed_files(db: Database) -> dg.AssetCheckResult:
    return _result(_rows(db, "SELECT path, error FROM source_files WHERE status = 'failed' ORDER BY path"),
                   "failed_files", severity=dg.AssetCheckSeverity.WARN)


@dg.asset_check(asset="seed_files", description="Data-quality findings by code (repairs, losses, doubtful "
                                                "headers): a warning while there are any, with the counts.")
def quality_issues_by_code(db: Database) -> dg.AssetCheckResult:
    with db.engine.connect() as conn:
        counts = dict(conn.execute(text("SELECT code, count(*) FROM quality_issues GROUP BY code ORDER BY code")).all())
    table = "\n".join(f"| {code} | {n} |" for code, n in counts.items())
    return dg.AssetCheckResult(passed=not counts, severity=dg.AssetCheckSeverity.WARN, metadata={
        "issues": sum(counts.values()), **{f"issues_{code}": n for code, n in counts.items()},
        "by_code": dg.MetadataValue.md("| code | issues |\n|---|---|\n" + table if counts else "none")})


UNATTRIBUTED_WARN_SHARE = 0.25


@dg.asset_check(asset="quotes", description="Share of speech quotes with no resolved speaker (a warning above "
                                            f"{UNATTRIBUTED_WARN_SHARE:.0%}).")
def speech_quotes_have_speakers(db: Database) -> dg.AssetCheckResult:
    with db.engine.connect() as conn:
        total, missing = conn.execute(text(
            "SELECT count(*), count(*) - count(speaker_id) FROM quotes WHERE kind <> 'scare'")).one()
    share = missing / total if total else 0.0
    return dg.AssetCheckResult(passed=share <= UNATTRIBUTED_WARN_SHARE, severity=dg.AssetCheckSeverity.WARN,
                               metadata={"speech_quotes": total, "without_speaker": missing,
                                         "share_without_speaker": round(share, 4)})


checks = [every_article_has_body_paragraph, quote_spans_inside_paragraph, no_failed_files, quality_issues_by_code,
          speech_quotes_have_speakers]
