"""What keeps the database current: one job over every asset, an hourly schedule and a folder sensor."""


import os

import dagster as dg

from pipelines.ledger import fingerprint, scan_folder
from pipelines.resources import SeedFolder
from pipelines.settings import schedule_cron

refresh_job = dg.define_asset_job(
    "refresh_lede", selection=dg.AssetSelection.all(),
    description="Bring the database up to date with the seeds folder: schema, ledger, articles, speakers.")

hourly_refresh = dg.ScheduleDefinition(
    name="hourly_refresh", job=refresh_job, cron_schedule=schedule_cron(),
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Reruns the whole graph (LEDE_SCHEDULE_CRON, hourly by default); unchanged files cost nothing.")


@dg.sensor(job=refresh_job, minimum_interval_seconds=int(os.environ.get("LEDE_SENSOR_INTERVAL", "30")),
           default_status=dg.DefaultSensorStatus.RUNNING,
           description="Starts a run when the seeds folder changes (names, sizes or mtimes).")
def seed_folder_sensor(context: dg.SensorEvaluationContext, seeds: SeedFolder):
    try:
        current = fingerprint(list(scan_folder(seeds.folder, seeds.pattern)))
    except FileNotFoundError as exc:
        return dg.SkipReason(str(exc))
    # The cursor is "<change number>:<fingerprint>". The run key is that pair: Dagster never launches a run key
    # twice, so the fingerprint alone would miss a folder that returns to an earlier state (a file added, then
    # deleted), and a tick that sees the same folder twice still launches no second run.
    changes, _, seen = (context.cursor or "0:").partition(":")
    if current == seen:
        return dg.SkipReason("the seeds folder has not changed")
    key = f"{int(changes) + 1}:{current}"
    context.update_cursor(key)
    return dg.RunRequest(run_key=key)
