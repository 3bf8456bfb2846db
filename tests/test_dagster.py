"""The Dagster wiring on real instances: materialize, checks, metadata, the sensor, the schedule, validation."""

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest
from dagster._core.utils import make_new_run_id
from sqlalchemy import text

from models import make_engine
from pipelines.automation import hourly_refresh, refresh_job, seed_folder_sensor
from pipelines.checks import checks
from pipelines.definitions import assets, build_defs
from pipelines.ledger import fingerprint, scan_folder
from pipelines.resources import Database, SeedFolder

ROOT = Path(__file__).resolve().parents[1]
CHECK_NAMES = {"every_article_has_body_paragraph", "quote_spans_inside_paragraph", "no_failed_files",
               "quality_issues_by_code", "speech_quotes_have_speakers"}
ALL_KEYS = {"database_schema", "seed_files", "articles", "paragraphs", "quotes", "speakers"}


def materialize_all(db_url: str, seeds: Path, instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    return dg.materialize([*assets, *checks], instance=instance,
                          resources={"db": Database(url=db_url), "seeds": SeedFolder(path=str(seeds))})


def metadata(result: dg.ExecuteInProcessResult, key: str) -> dict:
    """The metadata of the one materialization of this asset in the run."""
    events = [e.event_specific_data.materialization for e in result.get_asset_materialization_events()]
    (materialization,) = [m for m in events if m.asset_key.path[-1] == key]
    return {k: v.value for k, v in materialization.metadata.items()}


def test_materialize_all_assets_and_checks(db_url, seeds):
    with dg.instance_for_test() as instance:
        result = materialize_all(db_url, seeds, instance)
        assert result.success
        keys = {e.asset_key.path[-1] for e in result.get_asset_materialization_events()}
        assert keys == ALL_KEYS
        assert metadata(result, "articles")["dagster/row_count"] == 1
        assert metadata(result, "paragraphs")["dagster/row_count"] == 25
        assert metadata(result, "quotes")["dagster/row_count"] == 16
        assert metadata(result, "speakers")["dagster/row_count"] == 4
        assert metadata(result, "seed_files")["files_new"] == 1
        assert "Emmanuel Macron" in metadata(result, "quotes")["preview"]
        evaluations = result.get_asset_check_evaluations()
        assert {e.check_name for e in evaluations} == CHECK_NAMES
        passed = {e.check_name: e.passed for e in evaluations}
        assert passed.pop("quality_issues_by_code") is False  # the seed has a split paragraph and a lost letter
        assert all(passed.values()), passed
        (by_code,) = [e for e in evaluations if e.check_name == "quality_issues_by_code"]
        assert by_code.metadata["issues_split_paragraph"].value == 1


def test_second_materialization_reports_nothing_to_do(sqlite_url, seeds):
    with dg.instance_for_test() as instance:
        materialize_all(sqlite_url, seeds, instance)
        again = materialize_all(sqlite_url, seeds, instance)
        assert metadata(again, "seed_files")["nothing_to_do"] is True
        assert metadata(again, "seed_files")["files_unchanged"] == 1
        assert metadata(again, "articles")["files_loaded"] == 0


def test_failed_file_is_a_warning_check_not_a_failed_run(sqlite_url, seeds):
    (seeds / "broken.txt").write_bytes(b"")
    with dg.instance_for_test() as instance:
        result = materialize_all(sqlite_url, seeds, instance)
        assert result.success
        (failed,) = [e for e in result.get_asset_check_evaluations() if e.check_name == "no_failed_files"]
        assert not failed.passed and failed.severity == dg.AssetCheckSeverity.WARN
        assert "broken.txt" in failed.metadata["examples"].value


def test_the_job_runs_every_asset_and_check(sqlite_url, seeds):
    defs = build_defs(Database(url=sqlite_url), SeedFolder(path=str(seeds)))
    with dg.instance_for_test() as instance:
        result = defs.resolve_job_def(refresh_job.name).execute_in_process(instance=instance)
        assert result.success
        assert len(result.get_asset_check_evaluations()) == len(CHECK_NAMES)
        run = instance.get_run_by_id(result.run_id)
        assert run is not None


def test_sensor_requests_a_run_only_when_the_folder_changes(seeds):
    resources = {"seeds": SeedFolder(path=str(seeds))}
    with dg.instance_for_test() as instance:
        context = dg.build_sensor_context(instance=instance, resources=resources)
        request = seed_folder_sensor(context)
        assert isinstance(request, dg.RunRequest)
        assert request.run_key == "1:" + fingerprint(list(scan_folder(seeds, "*.txt")))
        again = dg.build_sensor_context(instance=instance, cursor=context.cursor, resources=resources)
        assert isinstance(seed_folder_sensor(again), dg.SkipReason)
        (seeds / "new.txt").write_text("## New\n\nText.\n")
        changed = dg.build_sensor_context(instance=instance, cursor=context.cursor, resources=resources)
        request2 = seed_folder_sensor(changed)
        assert isinstance(request2, dg.RunRequest)
        assert request2.run_key != request.run_key
        # back to the folder of the first run: a run again, under a key Dagster has not seen (it never reuses one)
        (seeds / "new.txt").unlink()
        back = dg.build_sensor_context(instance=instance, cursor=changed.cursor, resources=resources)
        request3 = seed_folder_sensor(back)
        assert isinstance(request3, dg.RunRequest)
        assert request3.run_key not in (request.run_key, request2.run_key)


def test_sensor_and_schedule_are_on_by_default():
    assert seed_folder_sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert hourly_refresh.default_status == dg.DefaultScheduleStatus.RUNNING
    assert hourly_refresh.cron_schedule == "0 * * * *"
    assert hourly_refresh.job_name == refresh_job.name == seed_folder_sensor.job_name


def test_schedule_cron_comes_from_the_environment():
    code = "from pipelines.automation import hourly_refresh; print(hourly_refresh.cron_schedule)"
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "LEDE_SCHEDULE_CRON": "*/5 * * * *"},
                         capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "*/5 * * * *"


def test_resources_read_the_environment_without_showing_credentials():
    # EnvVar keeps the value out of the UI's config view: only the variable's name is shown there.
    code = ("import dagster as dg; from pipelines.definitions import defs; "
            "print(*[str.__str__(vars(defs.resources[k])[f]) for k, f in (('db', 'url'), ('seeds', 'path')) "
            "if isinstance(vars(defs.resources[k])[f], dg.EnvVar)])")
    env = {**os.environ, "LEDE_DB_URL": "postgresql+psycopg://u:secret@db/x", "LEDE_SEEDS_DIR": "/tmp/s"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["LEDE_DB_URL", "LEDE_SEEDS_DIR"]
    assert Database(url="postgresql+psycopg://u:secret@db/x").display_url == "postgresql+psycopg://u:***@db/x"


def test_definitions_validate(tmp_path):
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path)}  # a test instance, not the developer's
    out = subprocess.run([str(Path(sys.executable).parent / "dagster"), "definitions", "validate", "-m",
                          "pipelines.definitions"], capture_output=True, text=True, cwd=ROOT, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "Validation successful" in out.stdout + out.stderr


@pytest.mark.parametrize("key", sorted(ALL_KEYS))
def test_every_asset_is_described(key):
    defs = build_defs(Database(url="sqlite://"), SeedFolder(path="seeds"))
    spec = next(s for a in defs.assets for s in a.specs if s.key.path[-1] == key)
    assert spec.description and spec.group_name == "lede"


def check_results(result: dg.ExecuteInProcessResult) -> dict:
    return {e.check_name: e for e in result.get_asset_check_evaluations()}


def spoil_a_quote(url: str, run_id: str | None) -> None:
    """Corrupt one loaded quote's span and tag its file as loaded by `run_id`, as if that run had written it."""
    engine = make_engine(url)
    with engine.begin() as conn:
        quote_id, article_id = conn.execute(text("SELECT id, article_id FROM quotes ORDER BY id LIMIT 1")).one()
        conn.execute(text("UPDATE quotes SET char_end = char_end + 1 WHERE id = :q"), {"q": quote_id})
        conn.execute(text("UPDATE source_files SET run_id = :run WHERE id = (SELECT source_file_id FROM articles "
                          "WHERE id = :a)"), {"run": run_id, "a": article_id})
    engine.dispose()


def test_checks_look_at_what_the_run_loaded(sqlite_url, seeds):
    run_id = make_new_run_id()
    job = build_defs(Database(url=sqlite_url), SeedFolder(path=str(seeds))).resolve_job_def(refresh_job.name)
    with dg.instance_for_test() as instance:
        first_run = job.execute_in_process(instance=instance)
        first = check_results(first_run)
        assert first["quote_spans_inside_paragraph"].metadata["files_checked"].value == 1
        assert first["quote_spans_inside_paragraph"].passed
        spoil_a_quote(sqlite_url, None)
        # a run that loads nothing checks nothing (the spoiled row is not its doing): it repeats the last results,
        # the seed's known defects included, so the UI keeps showing them
        noop = check_results(job.execute_in_process(instance=instance))
        assert all(e.passed for name, e in noop.items() if name != "quality_issues_by_code"), noop
        assert {e.metadata["files_checked"].value for e in noop.values()} == {0}
        assert not noop["quality_issues_by_code"].passed
        assert noop["quality_issues_by_code"].metadata["repeated_from_run"].value == first_run.run_id
        assert noop["quality_issues_by_code"].metadata["issues_split_paragraph"].value == 1
        # rows this run wrote are checked, and the bad one fails the check with its file
        spoil_a_quote(sqlite_url, run_id)
        spoiled = check_results(job.execute_in_process(instance=instance, run_id=run_id))
        spans = spoiled["quote_spans_inside_paragraph"]
        assert not spans.passed and spans.metadata["quotes_outside_paragraph"].value == 1
        assert seeds.name not in spans.metadata["examples"].value and ".txt" in spans.metadata["examples"].value


def test_checks_run_alone_look_at_everything(sqlite_url, seeds):
    with dg.instance_for_test() as instance:
        materialize_all(sqlite_url, seeds, instance)
        spoil_a_quote(sqlite_url, None)
        alone = dg.materialize([*assets, *checks], instance=instance, selection=dg.AssetSelection.all_asset_checks(),
                               resources={"db": Database(url=sqlite_url), "seeds": SeedFolder(path=str(seeds))})
        results = check_results(alone)
        assert results["quote_spans_inside_paragraph"].metadata["scope"].value == "all files"
        assert not results["quote_spans_inside_paragraph"].passed
        assert not results["quality_issues_by_code"].passed  # the seed's split paragraph and lost letter, again
