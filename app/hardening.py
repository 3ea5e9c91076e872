"""Process hardening applied at start-up, before any secret is in memory.

A core dump would write the process memory — passphrases being typed, the
vault key, decrypted case data — to disk in clear. On Linux (and other POSIX
systems) the core-file size limit is set to zero; on Linux the process is also
marked not dumpable (``prctl(PR_SET_DUMPABLE, 0)``), which additionally keeps
other processes of the same user from attaching a debugger to read its memory.
Windows writes no core files by default; nothing to do there.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> bool:
    """Forbid core dumps for this process; True when the limit is now zero."""
    if sys.platform == "win32":
        return True
    done = False
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done = True
    except (ImportError, OSError, ValueError) as exc:
        log.warning("Core dumps could not be disabled: %s", type(exc).__name__)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                log.warning("prctl(PR_SET_DUMPABLE) refused (errno %s)", ctypes.get_errno())
    return done
