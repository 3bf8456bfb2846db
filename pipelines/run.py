"""`make run`: materialize every asset through Dagster (the same job the schedule runs), then print a summary."""

import sys

from dagster import DagsterInstance
from sqlalchemy import text

from models import make_engine
from pipelines.definitions import defs
from pipelines.errors import DatabaseProblem, check_connection
from pipelines.load import table_counts
from pipelines.settings import database_url

SAMPLE_QUOTES = 5
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}  # the full log is in the UI


def summary(url: str) -> str:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            counts = table_counts(conn)
            files = dict(conn.execute(text("SELECT status, count(*) FROM source_files GROUP BY status")).all())
            sample = conn.execute(text(
                "SELECT speaker, quote_kind, quote_text FROM v_quotes WHERE quote_kind <> 'scare' "
                f"ORDER BY article_id, quote_id LIMIT {SAMPLE_QUOTES}")).all()
    finally:
        engine.dispose()
    lines = [", ".join(f"{name.replace('_', ' ')}: {n}" for name, n in counts.items()),
             "files: " + (", ".join(f"{status} {n}" for status, n in sorted(files.items())) or "none")]
    for speaker, kind, quote in sample:
        shown = quote if len(quote) <= 70 else quote[:67] + "..."
        lines.append(f"  {speaker or '(unknown)'} [{kind}]: \u201c{shown}\u201d")
    return "\n".join(lines)


def main() -> int:
    engine = make_engine(database_url())
    try:
        check_connection(engine, database_url())
    except DatabaseProblem as problem:
        print(f"lede: {problem}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    job = defs.resolve_job_def("refresh_lede")
    with DagsterInstance.get() as instance:
        result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=QUIET)
    if not result.success:
        failure = next((e for e in result.all_events if e.is_failure), None)
        error = getattr(getattr(failure, "event_specific_data", None), "error", None)
        while error is not None and error.cause is not None:
            error = error.cause  # the root cause says what is wrong; the wrappers say where
        reason = error.message.strip().splitlines()[-1] if error else "see the Dagster UI"
        print(f"lede: the run failed: {reason}", file=sys.stderr)
        return 1
    print(summary(database_url()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
