"""The code location for loading on many workers: the same assets, with the ledger and the article tables split
into partitions (hash buckets of the file path, pipelines/buckets.py).

    dagster-daemon run -m pipelines.partitions      # what `make backfill` starts; a deployment's workspace names it

A backfill of all partitions is one run per partition through the instance's run queue, onto whatever run
launcher the instance configures; those runs load in parallel into one PostgreSQL database. `database_schema`
(unpartitioned) runs once before them, `speakers` once after all of them: it loads what one partition freed in
another's bucket, then consolidates the speakers. The asset checks read committed rows only, so they are safe
after each partition run. The plain code location (pipelines.definitions) stays the one for `make run`/`make ui`.
"""

import os

import dagster as dg

from pipelines.automation import refresh_job
from pipelines.buckets import all_buckets
from pipelines.checks import checks
from pipelines.definitions import assets
from pipelines.resources import Database, SeedFolder, database_resource, seed_folder_resource

PARTITIONS_ENV = "LEDE_PARTITIONS"
DEFAULT_PARTITIONS = 16  # a few times the parallel runs of a small deployment; a cluster wants ~4 per worker
PARTITIONED = {"seed_files", "articles", "paragraphs", "quotes"}

# Backfills run no asset checks: they run once after the backfill, in a run of their own (`make backfill` does).
check_job = dg.define_asset_job("check_lede", selection=dg.AssetSelection.all_asset_checks(),
                                description="The asset checks over everything loaded, once after a backfill.")


def partition_count() -> int:
    value = os.environ.get(PARTITIONS_ENV) or str(DEFAULT_PARTITIONS)
    if not value.isdigit() or not 1 <= int(value) <= 10_000:
        raise ValueError(f"{PARTITIONS_ENV}={value!r}: give the number of partitions, from 1 to 10000")
    return int(value)


def path_partitions(count: int) -> dg.StaticPartitionsDefinition:
    return dg.StaticPartitionsDefinition([bucket.key for bucket in all_buckets(count)])


def partitioned_assets(partitions_def: dg.PartitionsDefinition) -> list[dg.AssetsDefinition]:
    """The plain location's assets, with the ledger and article tables partitioned (one definition of each)."""
    def partition(spec: dg.AssetSpec) -> dg.AssetSpec:
        return spec.replace_attributes(partitions_def=partitions_def) if spec.key.path[-1] in PARTITIONED else spec
    return [asset.map_asset_specs(partition) for asset in assets]


def build_partitioned_defs(db: Database, seeds: SeedFolder, count: int) -> dg.Definitions:
    """No schedule or sensor here: they start runs of the whole graph, which is a backfill in this location."""
    return dg.Definitions(
        assets=partitioned_assets(path_partitions(count)),
        asset_checks=checks,
        jobs=[refresh_job, check_job],  # per partition: `dagster job launch --job refresh_lede --partition 003-of-016`
        resources={"db": db, "seeds": seeds},
        executor=dg.in_process_executor,
    )


defs = build_partitioned_defs(database_resource(), seed_folder_resource(), partition_count())
