"""The bundled build: where it finds its data, and that no traceback reaches
the screen (SECURITY.md requirement 12)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest

from app import frozen, paths

SOURCE_ROOT = Path(__file__).resolve().parents[2]


def test_source_tree_resources_are_found_beside_the_package(monkeypatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.resource_root() == SOURCE_ROOT
    assert (paths.migrations_dir() / "env.py").is_file()
    assert (paths.reference_dir() / "communes.csv").is_file()
    assert (paths.resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()


def test_bundle_resources_are_found_under_meipass(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    monkeypatch.chdir(SOURCE_ROOT)  # the current folder plays no part
    assert paths.resource_root() == tmp_path / "_internal"
    assert paths.migrations_dir() == tmp_path / "_internal" / "db" / "migrations"
    assert paths.resources_dir() == tmp_path / "_internal" / "resources"


def test_other_frozen_builds_look_next_to_the_executable(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "balise.exe"))
    assert paths.resource_root() == tmp_path.resolve()


@pytest.fixture
def hooks(monkeypatch):
    """Install the bundle's hooks and put the originals back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    frozen.install_hooks()
    yield
    root.handlers[:] = handlers
    logging.captureWarnings(False)


def test_an_error_escaping_the_command_is_one_french_sentence(
    monkeypatch, hooks, capsys, caplog
) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("Hélène Dubois, rue des Glycines")

    monkeypatch.setattr("app.cli.main", broken)
    with caplog.at_level(logging.ERROR):
        assert frozen.main() == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == frozen.UNEXPECTED
    assert "Traceback" not in captured.err + captured.out
    assert "Hélène" not in captured.err + captured.out
    assert any(r.exc_info for r in caplog.records)  # the details went to the log


def test_an_exception_in_a_thread_shows_no_traceback(hooks, capsys) -> None:
    def fail() -> None:
        raise ValueError("secret detail")

    thread = threading.Thread(target=fail)
    thread.start()
    thread.join()
    err = capsys.readouterr().err
    assert err.strip() == frozen.UNEXPECTED
    assert "Traceback" not in err and "secret detail" not in err


def test_an_uncaught_exception_shows_no_traceback(hooks, capsys) -> None:
    try:
        raise KeyError("Hélène")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert err.strip() == frozen.UNEXPECTED and "Hélène" not in err


def test_a_windowed_build_without_streams_can_still_print(monkeypatch, hooks) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    frozen.install_hooks()
    print("no console", file=sys.stderr)
    print("no console")
    sys.stdout.close()
    sys.stderr.close()
