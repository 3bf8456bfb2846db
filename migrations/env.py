"""Alembic environment: runs on a connection handed in by the caller, or opens LEDE_DB_URL itself."""

from logging.config import fileConfig

from alembic import context

from models import Base, make_engine
from pipelines.errors import DatabaseProblem, check_connection
from pipelines.settings import database_url

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Full-text search lives outside the models (per dialect, in migration 0003): not drift."""
    if type_ == "table" and name and (name.endswith("_fts") or "_fts_" in name):
        return False
    return not (type_ in ("column", "index") and name in ("search", "ix_paragraphs_search", "ix_quotes_search"))


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only ALTER by copying the table; batch mode does that for us
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(url=database_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(database_url())
    try:
        try:
            check_connection(engine, database_url())
        except DatabaseProblem as problem:
            raise SystemExit(f"lede: {problem}") from None  # the CLI's one plain sentence, not a traceback
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
