"""Entry point of the bundled build (PyInstaller, ``build.spec``).

``app.cli.main`` already turns every error of a command into a French
sentence. This module is the last line for what it cannot see (SECURITY.md
requirement 12: the frozen build shows no traceback): an error while importing
the application, an exception escaping a thread, an "unraisable" exception in
a finaliser. Each is logged (redacted, through the log file when it is set up)
and the screen gets one French sentence.

It also gives a windowed Windows build (no console: ``sys.stdout`` and
``sys.stderr`` are ``None``) streams that swallow what is printed, so a
``print(..., file=sys.stderr)`` cannot crash the application.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from types import TracebackType
from typing import Any

from app.i18n import N_

log = logging.getLogger("app.frozen")

#: the generic sentence (French source; translated once the GUI has started)
UNEXPECTED = N_(
    "Une erreur inattendue s'est produite ; les détails techniques sont dans le journal de Balise."
)


def _say(message: str) -> None:
    stream = sys.stderr
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):  # a closed or broken stream
        print(message, file=stream)


def _unexpected_text() -> str:
    try:
        from app.i18n import tr

        return tr(UNEXPECTED)
    except Exception:
        return UNEXPECTED


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        return
    log.error("Unexpected error", exc_info=(exc_type, exc, tb))
    _say(_unexpected_text())


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    if args.exc_value is None:
        log.error("Unexpected error in a thread: %s", args.exc_type.__name__)
    else:
        log.error(
            "Unexpected error in a thread",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
    _say(_unexpected_text())


def _unraisable_hook(unraisable: Any) -> None:
    # Not shown: the application goes on; the log keeps the type only.
    log.warning("Unraisable exception: %s", type(unraisable.exc_value).__name__)


def install_hooks() -> None:
    """No Python traceback ever reaches the screen from this process."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (process-long)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (process-long)
    # Without a log file (folder not writable), logging's "last resort" handler
    # would print records, tracebacks included, on standard error.
    logging.getLogger().addHandler(logging.NullHandler())
    logging.captureWarnings(True)  # library warnings go to the log, not the screen
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
    sys.unraisablehook = _unraisable_hook


def main() -> int:
    """Run the ``balise`` command inside the bundle; returns the exit status."""
    install_hooks()
    try:
        from app.cli import main as cli_main

        return cli_main()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        return 130
    except BaseException:
        log.exception("unexpected error before or after the command")
        _say(_unexpected_text())
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
