"""What Balise does on Windows at each place that depends on the system
(docs/WINDOWS.md), tested where the code is pure: ``sys.platform`` is changed
only around functions that do nothing but decide, or do nothing at all."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from app import fsutil, system
from app.ui.documents.pdf_view import writes_a_file


@pytest.fixture
def windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")


@pytest.fixture
def linux(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")


def test_windows_is_recognised(windows) -> None:
    assert system.is_windows() and not system.is_linux()


def test_linux_is_recognised(linux) -> None:
    assert system.is_linux() and not system.is_windows()


def test_on_windows_a_file_is_left_to_the_folder_permissions(windows, tmp_path: Path) -> None:
    path = tmp_path / "keyring.json.tmp"
    path.write_bytes(b"{}")
    os.chmod(path, 0o644)
    with path.open("rb") as handle:
        system.make_private(handle.fileno())  # no fchmod: it does not exist there
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_on_posix_a_file_is_made_owner_only(linux, tmp_path: Path) -> None:
    path = tmp_path / "keyring.json.tmp"
    path.write_bytes(b"{}")
    os.chmod(path, 0o644)
    with path.open("rb") as handle:
        system.make_private(handle.fileno())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_on_windows_no_folder_is_opened_to_be_flushed(windows, monkeypatch, tmp_path) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("os.open on a folder fails on Windows")

    monkeypatch.setattr(os, "open", refuse)
    assert not system.can_fsync_directory()
    fsutil.fsync_dir(tmp_path)


def test_on_linux_a_folder_is_flushed(linux, monkeypatch, tmp_path) -> None:
    flushed: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (flushed.append(fd), real_fsync(fd)))
    fsutil.fsync_dir(tmp_path)
    assert flushed


def test_the_keyring_is_written_atomically_without_posix_calls_on_windows(
    windows, monkeypatch, tmp_path: Path
) -> None:
    from app.security import keyring

    monkeypatch.delattr(os, "fchmod")  # as on Windows with Python 3.11
    real_open = os.open

    def files_only(path: str, flags: int, *args: int) -> int:
        if Path(path).is_dir():
            raise PermissionError("a folder cannot be opened on Windows")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", files_only)
    target = tmp_path / "keyring.json"
    target.write_bytes(b"old")
    keyring.write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["keyring.json"]  # no temp file left


def test_screen_lock_is_heard_through_dbus_on_linux_only(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert system.screen_lock_signal() == "dbus"
    monkeypatch.setattr(sys, "platform", "win32")
    assert system.screen_lock_signal() == "none"


def test_core_dump_steps_per_system(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert system.core_dump_steps() == ("rlimit", "prctl")
    monkeypatch.setattr(sys, "platform", "win32")
    assert system.core_dump_steps() == ("wer",)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert system.core_dump_steps() == ("rlimit",)


def test_windows_error_reporting_unavailable_is_said_not_raised(windows, monkeypatch) -> None:
    from app import hardening

    # On this Linux machine there is no wer.dll: the Windows step reports failure
    # instead of raising, and no POSIX step runs.
    monkeypatch.setattr(hardening.ctypes, "WinDLL", _no_dll, raising=False)
    assert hardening.disable_core_dumps() is False


def _no_dll(name: str) -> object:
    raise OSError(f"{name} not found")


@pytest.mark.parametrize(
    "name",
    [
        "Microsoft Print to PDF",
        "microsoft  print to pdf (redirected 2)",
        "Microsoft XPS Document Writer",
        "OneNote (Desktop)",
        "OneNote for Windows 10",
        "Send To OneNote 2016",
        "Fax",
        "PDF",
        "cups-pdf",
    ],
)
def test_virtual_printers_that_write_files_are_recognised(name: str) -> None:
    assert writes_a_file(name)


@pytest.mark.parametrize(
    "name", ["HP LaserJet M404 (Accueil)", "Canon iR-ADV C5535", "Brother HL-L2350DW", ""]
)
def test_real_printers_are_not_taken_for_files(name: str) -> None:
    assert not writes_a_file(name)
