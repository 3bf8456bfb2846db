"""Asset checks on what was loaded: they read the database and say what is wrong, with the offending rows.

In a run that loads files, each check looks at the files this run loaded (source_files.run_id, indexed), so a run
that changed nothing checks nothing and costs nothing however large the database is; run on their own (the
`check_lede` job after a backfill, or from the UI), the checks look at everything loaded.
"""


from collections.abc import Iterator

import dagster as dg
from dagster._core.definitions.asset_checks.asset_check_evaluation import AssetCheckEvaluation
from dagster._core.storage.asset_check_execution_record import AssetCheckExecutionRecordStatus
from sqlalchemy import text

from pipelines.resources import Database

SHOWN = 20  # offending rows listed in a check's metadata
CHECKS = {}  # check name -> (asset it checks, description, function of a Scope and the database)


def check(asset: str, description: str):
    def register(fn):
        CHECKS[fn.__name__] = (asset, description, fn)
        return fn
    return register


class Scope:
    """Which files a check looks at: those the current run loaded, or all of them (a run of checks only)."""

    def __init__(self, run_id: str | None, db: Database):
        self.run_id, self.files = run_id, None
        if run_id is not None:
            with db.engine.connect() as conn:
                self.files = conn.execute(text("SELECT count(*) FROM source_files WHERE run_id = :run"),
                                          {"run": run_id}).scalar_one()

    def where(self, alias: str) -> str:
        """A condition on the source_files row under `alias`: true for the files in scope."""
        return "1 = 1" if self.run_id is None else f"{alias}.run_id = :run"

    @property
    def nothing_loaded(self) -> bool:
        return self.files == 0

    @property
    def metadata(self) -> dict:
        return {"scope": "all files" if self.run_id is None else "files this run loaded",
                **({} if self.files is None else {"files_checked": self.files})}

    def rows(self, db: Database, sql: str) -> list[tuple]:
        """The query's rows; none, without asking, when the run loaded nothing."""
        if self.nothing_loaded:
            return []
        with db.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql), {"run": self.run_id})]


def _result(offending: list[tuple], what: str, scope: Scope,
            severity=dg.AssetCheckSeverity.ERROR) -> dg.AssetCheckResult:
    listed = "\n".join("- " + " · ".join(str(v) for v in row) for row in offending[:SHOWN]) or "none"
    return dg.AssetCheckResult(passed=not offending, severity=severity, metadata={
        what: len(offending), "examples": dg.MetadataValue.md(listed), **scope.metadata})


@check("articles", "Every loaded article has at least one body paragraph.")
def every_article_has_body_paragraph(scope: Scope, db: Database) -> dg.AssetCheckResult:
    return _result(scope.rows(db, f"""
        SELECT sf.path FROM source_files sf JOIN articles a ON a.source_file_id = sf.id
        WHERE {scope.where("sf")}
          AND NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = a.id AND p.kind = 'body')
        ORDER BY sf.path"""), "articles_without_body", scope)


@check("quotes", "Every quote's span lies inside its paragraph and spells its text.")
def quote_spans_inside_paragraph(scope: Scope, db: Database) -> dg.AssetCheckResult:
    return _result(scope.rows(db, f"""
        SELECT sf.path, p.position, q.position FROM source_files sf
        JOIN articles a ON a.source_file_id = sf.id JOIN quotes q ON q.article_id = a.id
        JOIN paragraphs p ON p.id = q.paragraph_id
        WHERE {scope.where("sf")} AND (q.char_start < 0 OR q.char_end > length(p.text) OR q.char_start >= q.char_end
           OR substr(p.text, q.char_start + 1, q.char_end - q.char_start) <> q.text)
        ORDER BY sf.path, p.position"""), "quotes_outside_paragraph", scope)


@check("seed_files", "No seed file failed to load (a warning: the others loaded).")
def no_failed_files(scope: Scope, db: Database) -> dg.AssetCheckResult:
    return _result(scope.rows(db, f"SELECT sf.path, sf.error FROM source_files sf WHERE {scope.where('sf')} "
                                  "AND sf.status = 'failed' ORDER BY sf.path"),
                   "failed_files", scope, severity=dg.AssetCheckSeverity.WARN)


@check("seed_files", "Data-quality findings by code (repairs, losses, doubtful "
                                                "headers): a warning while there are any, with the counts.")
def quality_issues_by_code(scope: Scope, db: Database) -> dg.AssetCheckResult:
    counts = dict(scope.rows(db, f"""
        SELECT qi.code, count(*) FROM source_files sf JOIN quality_issues qi ON qi.source_file_id = sf.id
        WHERE {scope.where("sf")} GROUP BY qi.code ORDER BY qi.code"""))
    table = "\n".join(f"| {code} | {n} |" for code, n in counts.items())
    return dg.AssetCheckResult(passed=not counts, severity=dg.AssetCheckSeverity.WARN, metadata={
        **scope.metadata, "issues": sum(counts.values()), **{f"issues_{code}": n for code, n in counts.items()},
        "by_code": dg.MetadataValue.md("| code | issues |\n|---|---|\n" + table if counts else "none")})


UNATTRIBUTED_WARN_SHARE = 0.25


@check("quotes", "Share of speech quotes with no resolved speaker (a warning above "
                                            f"{UNATTRIBUTED_WARN_SHARE:.0%}).")
def speech_quotes_have_speakers(scope: Scope, db: Database) -> dg.AssetCheckResult:
    ((total, missing),) = scope.rows(db, f"""
        SELECT count(*), count(*) - count(q.speaker_id) FROM source_files sf
        JOIN articles a ON a.source_file_id = sf.id JOIN quotes q ON q.article_id = a.id
        WHERE {scope.where("sf")} AND q.kind <> 'scare'""") or [(0, 0)]
    share = missing / total if total else 0.0
    return dg.AssetCheckResult(passed=share <= UNATTRIBUTED_WARN_SHARE, severity=dg.AssetCheckSeverity.WARN,
                               metadata={**scope.metadata, "speech_quotes": total, "without_speaker": missing,
                                         "share_without_speaker": round(share, 4)})


@dg.multi_asset_check(
    specs=[dg.AssetCheckSpec(name, asset=asset, description=description)
           for name, (asset, description, _) in CHECKS.items()],
    can_subset=True, name="lede_checks")
def lede_checks(context: dg.AssetCheckExecutionContext, db: Database) -> Iterator[dg.AssetCheckResult]:
    """Every check in one step: a step costs Dagster a few event writes, more than a check costs on a no-op run."""
    loaded_here = context.job_def.asset_layer.selected_asset_keys
    scopes = {}  # the run's own files when it materialized the checked asset, else all files
    for key in context.selected_asset_check_keys:
        asset, _, run_check = CHECKS[key.name]
        run_id = context.run.run_id if dg.AssetKey(asset) in loaded_here else None
        if run_id not in scopes:
            scopes[run_id] = Scope(run_id, db)
        if scopes[run_id].nothing_loaded:
            yield last_result(context.instance, key) or run_check(scopes[run_id], db)._replace(
                asset_key=key.asset_key, check_name=key.name)
        else:
            yield run_check(scopes[run_id], db)._replace(asset_key=key.asset_key, check_name=key.name)


def last_result(instance: dg.DagsterInstance, key: dg.AssetCheckKey) -> dg.AssetCheckResult | None:
    """A run that loaded nothing repeats the check's last finished result (the rows it judged are unchanged), so
    the UI keeps showing a warning or failure until a run loads the files again."""
    done = {AssetCheckExecutionRecordStatus.SUCCEEDED, AssetCheckExecutionRecordStatus.FAILED}
    (record, *_) = instance.event_log_storage.get_asset_check_execution_history(key, limit=1, status=done) or [None]
    evaluation = record and record.event and record.event.dagster_event.event_specific_data
    if not isinstance(evaluation, AssetCheckEvaluation):
        return None
    return dg.AssetCheckResult(asset_key=key.asset_key, check_name=key.name, passed=evaluation.passed,
                               severity=evaluation.severity, metadata={
                                   **evaluation.metadata, "files_checked": 0, "repeated_from_run": record.run_id})


checks = [lede_checks]
