"""Dagster resources: the database (one engine per run) and the seeds folder. Both read the environment."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from pydantic import Field, PrivateAttr
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from models import make_engine
from pipelines.errors import check_connection
from pipelines.recovery import Watch
from pipelines.settings import DEFAULT_DB_URL, DEFAULT_SEEDS_DIR, SEED_PATTERN


class Database(dg.ConfigurableResource):
    """The lede database: SQLite file or PostgreSQL server, as a SQLAlchemy URL."""

    url: str = Field(description="SQLAlchemy URL, from LEDE_DB_URL (default sqlite:///data/lede.db)")
    _engine: Engine | None = PrivateAttr(default=None)
    _watch: Watch | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        # Before any step waits for the lede_db pool: runs whose process is gone give their slots back.
        if context.instance is not None and context.run is not None:
            self._watch = Watch(context.instance, context.run.run_id).start()
        self._engine = make_engine(self.url)
        try:
            check_connection(self._engine, self.url)  # fail at once, in one sentence, if it cannot be reached
        except Exception:
            self.teardown_after_execution(context)
            raise

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._watch is not None:
            self._watch.stop()
            self._watch = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url)
        return self._engine

    @property
    def display_url(self) -> str:
        """The URL with any password masked: safe for logs and metadata."""
        return make_url(self.url).render_as_string(hide_password=True)


class SeedFolder(dg.ConfigurableResource):
    """The folder of article files, searched recursively for names that match the pattern."""

    path: str = Field(description="folder of article files, from LEDE_SEEDS_DIR (default seeds)")
    pattern: str = Field(default=SEED_PATTERN, description="file names to load, searched in every subfolder")
    max_file_mb: float = Field(default=20.0, description="larger files are refused (LEDE_MAX_FILE_MB)")

    @property
    def folder(self) -> Path:
        return Path(self.path)

    @property
    def max_bytes(self) -> int:
        return int(self.max_file_mb * 1_000_000)


def _from_env(name: str, default: str):
    # EnvVar keeps the value out of the UI's config view; the default serves a newcomer who set nothing.
    return dg.EnvVar(name) if os.environ.get(name) else default


def database_resource() -> Database:
    return Database(url=_from_env("LEDE_DB_URL", DEFAULT_DB_URL))


def seed_folder_resource() -> SeedFolder:
    return SeedFolder(path=_from_env("LEDE_SEEDS_DIR", DEFAULT_SEEDS_DIR),
                      max_file_mb=float(os.environ.get("LEDE_MAX_FILE_MB") or 20))
