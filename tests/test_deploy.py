"""The production instance configuration (pipelines/deploy/dagster-k8s.yaml, shown in the README) is valid for Dagster
and dagster-k8s. No Kubernetes cluster is reachable here, so it is checked against their config schemas, with
the environment variables it reads set to stand-in values, rather than run."""

from pathlib import Path

import pytest
import yaml
from dagster._config import process_config
from dagster._core.instance.config import dagster_instance_config
from dagster._serdes.config_class import class_from_code_pointer

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "pipelines" / "deploy" / "dagster-k8s.yaml"


@pytest.fixture
def instance_config(monkeypatch) -> dict:
    monkeypatch.setenv("LEDE_DAGSTER_PG_URL", "postgresql+psycopg2://dagster:secret@dagster-db:5432/dagster")
    config, custom_class = dagster_instance_config(str(DEPLOY.parent), DEPLOY.name)  # Dagster's instance schema
    assert custom_class is None
    return config


@pytest.mark.parametrize("section", ["run_launcher", "storage"])
def test_the_kubernetes_instance_configuration_fits_the_schemas(instance_config, section):
    if section == "storage":
        module, name, config = "dagster_postgres", "DagsterPostgresStorage", instance_config["storage"]["postgres"]
    else:
        module, name, config = (instance_config[section][k] for k in ("module", "class", "config"))
    klass = class_from_code_pointer(module, name)
    result = process_config(klass.config_type(), config)
    assert result.success, [error.message for error in result.errors]


def test_a_wrong_setting_is_caught(instance_config):
    launcher = instance_config["run_launcher"]
    klass = class_from_code_pointer(launcher["module"], launcher["class"])
    result = process_config(klass.config_type(), {**launcher["config"], "job_namespace": ["not", "a", "name"]})
    assert not result.success


def test_the_readme_shows_this_configuration():
    readme = (ROOT / "README.md").read_text()
    assert DEPLOY.read_text().strip() in readme
    assert yaml.safe_load(DEPLOY.read_text())["run_launcher"]["class"] == "K8sRunLauncher"
