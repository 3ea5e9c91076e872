"""Small file-system steps that crash safety relies on, in one place.

Windows: a directory cannot be opened to be flushed (``os.open`` on a folder
fails there); NTFS makes a rename durable by itself, so :func:`fsync_dir`
does nothing when the folder cannot be opened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from app.system import can_fsync_directory


def fsync_file(path: Path) -> None:
    """Flush ``path``'s content to the disk."""
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """Flush the folder ``path`` (its entries: a rename, a new file) where the
    system allows it."""
    if not can_fsync_directory():
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_tree(path: Path) -> None:
    """Remove a folder with its content, or a file; nothing if it is not there."""
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
