"""Balise's Qt Linguist catalogues: resources/translations/balise_<language>.ts.

    .venv/bin/python scripts/translations.py update    # sources -> .ts (pyside6-lupdate)
    .venv/bin/python scripts/translations.py release   # .ts -> .qm (pyside6-lrelease)
    .venv/bin/python scripts/translations.py update release   # both (scripts/bootstrap.sh)

French is the source language: the strings are the French texts given to
``tr("…")`` and ``N_("…")`` (labels declared with their codes,
``app/core/vocabulary.py``) anywhere under ``app/``. lupdate knows ``tr`` and
is told that ``N_`` is ``QT_TR_NOOP`` (``-tr-function-alias``); both land in
the empty context, which ``app.i18n.tr`` asks for. Locations are left out of
the ``.ts`` files (``-locations none``) so that moving code does not rewrite
them; strings that disappear are kept as ``vanished`` for the translators.

The ``.ts`` files are the sources, in git, edited with Qt Linguist
(``pyside6-linguist``). scripts/bootstrap.sh (so the tests, the demo and the
build) runs ``update release``: a string added or changed in the code reaches
the catalogues at the next set-up, to be committed with the change; the
``.qm`` files are compiled there and not in git.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "fr_BE"
#: target languages (Belgium's other two official languages, and English)
LANGUAGES = ("nl_BE", "de_BE", "en")
LUPDATE_OPTIONS = ("-tr-function-alias", "QT_TR_NOOP+=N_", "-locations", "none")


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (scripts/bootstrap.sh)")
    return found


def source_files() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "app").rglob("*.py")
        if "__pycache__" not in p.parts
    )


def ts_path(language: str) -> Path:
    return FOLDER / f"balise_{language}.ts"


def lupdate(target: Path, language: str, *, quiet: bool = True) -> None:
    """Write or merge ``target`` with every string of the sources."""
    files = source_files()
    listing = target.with_suffix(".files")
    listing.write_text("\n".join(files) + "\n", encoding="utf-8")
    try:
        command = [
            tool("pyside6-lupdate"),
            f"@{listing}",
            *LUPDATE_OPTIONS,
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            "-ts",
            str(target),
        ]
        if quiet:
            command.insert(1, "-silent")
        subprocess.run(command, cwd=ROOT, check=True)
    finally:
        listing.unlink(missing_ok=True)


def update(quiet: bool) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language)
        before = path.read_bytes() if path.exists() else b""
        lupdate(path, language, quiet=quiet)
        if path.read_bytes() != before:
            print(f"updated {path.relative_to(ROOT)}")


def release(quiet: bool) -> None:
    for language in LANGUAGES:
        source = ts_path(language)
        if not source.exists():
            continue
        command = [tool("pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))]
        if quiet:
            command.insert(1, "-silent")
        subprocess.run(command, cwd=ROOT, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("actions", nargs="+", choices=["update", "release"], metavar="ACTION")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    for action in args.actions:
        {"update": update, "release": release}[action](not args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
