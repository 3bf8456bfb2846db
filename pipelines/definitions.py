"""The Dagster code location: `dagster dev` / `make ui` load `defs` from here."""

import dagster as dg

from pipelines.assets import article_tables, database_schema, seed_files, speakers
from pipelines.automation import hourly_refresh, refresh_job, seed_folder_sensor
from pipelines.checks import checks
from pipelines.resources import Database, SeedFolder, database_resource, seed_folder_resource

assets = [database_schema, seed_files, article_tables, speakers]


def build_defs(db: Database, seeds: SeedFolder) -> dg.Definitions:
    """The whole code location over one database and one seeds folder (tests build their own)."""
    return dg.Definitions(
        assets=assets,
        asset_checks=checks,
        jobs=[refresh_job],
        schedules=[hourly_refresh],
        sensors=[seed_folder_sensor],
        resources={"db": db, "seeds": seeds},
        # The graph is a chain: a subprocess per step would only add seconds of start-up to every run.
        executor=dg.in_process_executor,
    )


defs = build_defs(database_resource(), seed_folder_resource())
