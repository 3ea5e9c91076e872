"""The operating system questions Balise asks, in one place (docs/WINDOWS.md).

Code elsewhere calls these functions instead of testing ``sys.platform`` or
``os.name`` itself, so every place that behaves differently on Windows is
found from here. They read ``sys.platform`` at call time (tests change it).
"""

from __future__ import annotations

import os
import sys


def is_windows() -> bool:
    return sys.platform == "win32"


def is_linux() -> bool:
    return sys.platform.startswith("linux")


def make_private(fd: int) -> None:
    """Owner-only permissions (0600) on the open file ``fd``.

    POSIX: ``fchmod``. Windows has no mode bits (``os.fchmod`` does not exist
    there before Python 3.13): a file is as private as the folder it is
    created in, and the vault lives in the user's own profile
    (``%LOCALAPPDATA%``), which only that user (and administrators) can read."""
    if is_windows():
        return
    os.fchmod(fd, 0o600)


def can_fsync_directory() -> bool:
    """Whether a folder can be opened and flushed (a rename made durable).

    Windows cannot open a folder with ``os.open``; NTFS journals the rename
    itself, so there is nothing to flush."""
    return not is_windows()


def screen_lock_signal() -> str:
    """How Balise hears that the session was locked: ``"dbus"`` (the
    freedesktop and GNOME screensaver ``ActiveChanged`` signals on the session
    bus) or ``"none"``. Windows: none yet (docs/WINDOWS.md); the idle timer
    and the lock on minimise still apply."""
    if is_windows() or sys.platform == "darwin":
        return "none"
    return "dbus"


def core_dump_steps() -> tuple[str, ...]:
    """What :func:`app.hardening.disable_core_dumps` does on this system:
    ``rlimit`` (core size 0), ``prctl`` (not dumpable, no debugger attach, Linux),
    ``wer`` (left out of Windows Error Reporting: no crash dump kept or sent)."""
    if is_windows():
        return ("wer",)
    if is_linux():
        return ("rlimit", "prctl")
    return ("rlimit",)
