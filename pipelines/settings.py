"""Where lede looks for its configuration: environment variables with defaults a newcomer never has to set."""

import os

DEFAULT_DB_URL = "sqlite:///data/lede.db"
DEFAULT_SEEDS_DIR = "seeds"
SEED_PATTERN = "*.txt"  # file names loaded from the seeds folder and its subfolders
DEFAULT_SCHEDULE_CRON = "0 * * * *"


def database_url() -> str:
    return os.environ.get("LEDE_DB_URL") or DEFAULT_DB_URL


def seeds_dir() -> str:
    return os.environ.get("LEDE_SEEDS_DIR") or DEFAULT_SEEDS_DIR


def schedule_cron() -> str:
    return os.environ.get("LEDE_SCHEDULE_CRON") or DEFAULT_SCHEDULE_CRON
