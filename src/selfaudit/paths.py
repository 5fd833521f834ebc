"""Where selfaudit keeps things on this machine (platformdirs), overridable for tests/scripts."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "selfaudit"


def data_dir() -> Path:
    override = os.environ.get("SELFAUDIT_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("SELFAUDIT_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def community_catalogue_path() -> Path:
    return data_dir() / "community" / "wmn-data.json"
