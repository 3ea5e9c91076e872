"""A small Qt Linguist catalogue compiled for a test (pyside6-lrelease in tmp_path),
so that a test of the languages does not depend on how far the translators got."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]


def lrelease() -> str:
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    return translations.tool("pyside6-lrelease")


def compile_catalogue(folder: Path, name: str, language: str, messages: dict[str, str]) -> Path:
    """``folder/<name>.qm`` translating each French source of ``messages`` (empty context)."""
    folder.mkdir(parents=True, exist_ok=True)
    body = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(text)}</translation></message>\n"
        for source, text in messages.items()
    )
    ts = folder / f"{name}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">\n<context><name></name>\n{body}'
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    qm = folder / f"{name}.qm"
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
