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
from pathlib import Path

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


class RedactingFilter(logging.Filter):
    """Formats the record early and redacts message and traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage())
        record.msg = message
        record.args = None
        if record.exc_info:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = redact(formatted)
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
