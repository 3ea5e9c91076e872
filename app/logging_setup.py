"""Logging to a rotating file that never holds personal data or secrets.

Log calls in Balise pass identifiers (UUIDs, codes, counts), never names or
free text. As a second line of defence a filter redacts anything that looks
like personal data or key material before a record is written, including
exception text and tracebacks.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path
from types import TracebackType

from app.paths import log_dir

LOG_FILE_NAME = "balise.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # raw SQLCipher keys and long hex strings
    (re.compile(r"x'[0-9a-fA-F]{16,}'"), "x'<clé>'"),
    (re.compile(r"\b[0-9a-fA-F]{32,}\b"), "<hex>"),
    # e-mail addresses, Belgian phone numbers, national register numbers
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "<courriel>"),
    (re.compile(r"(?:\+32|0032|\b0)[\d /.]{8,12}\d"), "<téléphone>"),
    (re.compile(r"\b\d{2}[.]?\d{2}[.]?\d{2}[- ]?\d{3}[.]?\d{2}\b"), "<NISS>"),
    # quoted values in SQL parameters or reprs may be names
    (re.compile(r"\[parameters: .*?\]", re.S), "[parameters: <masqués>]"),
    (re.compile(r"(?i)(passphrase|password|key|code)=\S+"), r"\1=<masqué>"),
]


def redact(text: str) -> str:
    """``text`` with every match of the sensitive patterns replaced."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _message_is_safe(exc: BaseException) -> bool:
    # Balise's own errors carry French sentences written without personal data.
    from app.errors import BaliseError

    return isinstance(exc, BaliseError)


def format_exception_safely(exc_info: ExcInfo) -> str:
    """A traceback whose exception messages are masked (a message may quote
    what was typed: ``KeyError('Hélène')``); stack frames and exception types stay,
    and so do the messages of Balise's own errors."""
    chain: list[tuple[BaseException, str | None]] = []
    seen: set[int] = set()
    exc: BaseException | None = exc_info[1]
    link: str | None = None
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        chain.append((exc, link))
        if exc.__cause__ is not None:
            exc, link = exc.__cause__, traceback._cause_message.strip()  # type: ignore[attr-defined]
        elif exc.__context__ is not None and not exc.__suppress_context__:
            exc, link = exc.__context__, traceback._context_message.strip()  # type: ignore[attr-defined]
        else:
            exc = None
    lines: list[str] = []
    for exc, link in reversed(chain):
        if exc.__traceback__ is not None:
            lines.append("Traceback (most recent call last):")
            lines.extend(line.rstrip("\n") for line in traceback.format_tb(exc.__traceback__))
        name = type(exc).__qualname__
        module = type(exc).__module__
        if module not in ("builtins", "__main__"):
            name = f"{module}.{name}"
        message = str(exc) if _message_is_safe(exc) else "<message masqué>"
        lines.append(f"{name}: {message}")
        if link:
            lines.extend(["", link, ""])
    return "\n".join(lines)


class RedactingFilter(logging.Filter):
    """Formats the record early and redacts message and traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage())
        record.msg = message
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(format_exception_safely(record.exc_info))  # type: ignore[arg-type]
            record.exc_info = None
        elif record.exc_info:
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the application's log records to a redacted rotating file."""
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for existing in list(root.handlers):
        if getattr(existing, "balise", False):
            root.removeHandler(existing)
    handler.balise = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
