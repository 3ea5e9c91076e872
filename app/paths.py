"""Every path the application uses, in one place."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "Balise"


def resource_root() -> Path:
    """Folder holding ``db/`` and ``resources/``: the source tree, or the bundle.

    PyInstaller (``build.spec``) sets ``sys._MEIPASS`` to the bundle's data
    folder (``_internal/`` beside the executable in a one-folder build). A
    frozen build without it (another freezer) keeps the data next to the
    executable. Never the current folder: the bundle runs from anywhere.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return resource_root() / "db" / "migrations"


def reference_dir() -> Path:
    return resource_root() / "db" / "reference"


def resources_dir() -> Path:
    return resource_root() / "resources"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_vault_dir() -> Path:
    """Where the service's vault lives unless ``--vault`` says otherwise."""
    return data_dir() / "coffre"


def demo_vault_dir() -> Path:
    return data_dir() / "demo"


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """Per-machine preferences (window geometry, last vault); never case data."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False)
