"""Process hardening applied at start-up, before any secret is in memory.

A core dump would write the process memory — passphrases being typed, the
vault key, decrypted case data — to disk in clear. On Linux (and other POSIX
systems) the core-file size limit is set to zero; on Linux the process is also
marked not dumpable (``prctl(PR_SET_DUMPABLE, 0)``), which additionally keeps
other processes of the same user from attaching a debugger to read its memory.
Windows writes no core files, but Windows Error Reporting may keep a crash
dump of the process and offer to send it: Balise asks to be left out of it
for the current user (``WerAddExcludedApplication``). The steps per system
are named in :func:`app.system.core_dump_steps` (docs/WINDOWS.md).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys

from app.system import core_dump_steps

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> bool:
    """Forbid core dumps for this process; True when the limit is now zero
    (on Windows: when Windows Error Reporting accepted to leave Balise out)."""
    steps = core_dump_steps()
    done = False
    if "wer" in steps:
        done = _exclude_from_error_reporting()
    if "rlimit" in steps:
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done = True
        except (ImportError, OSError, ValueError) as exc:
            log.warning("Core dumps could not be disabled: %s", type(exc).__name__)
    if "prctl" in steps:
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                log.warning("prctl(PR_SET_DUMPABLE) refused (errno %s)", ctypes.get_errno())
    return done


def _exclude_from_error_reporting() -> bool:
    """Windows: no crash dump of this executable kept or sent (per user, lasting)."""
    try:
        wer = ctypes.WinDLL("wer.dll")  # type: ignore[attr-defined]
        result = wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)
    except (OSError, AttributeError) as exc:
        log.warning("Error reporting exclusion unavailable: %s", type(exc).__name__)
        return False
    if result != 0:  # an HRESULT: 0 is S_OK
        log.warning("WerAddExcludedApplication refused (0x%08x)", result & 0xFFFFFFFF)
        return False
    return True
