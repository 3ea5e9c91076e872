"""Installing the screen's language, and the catalogues letters are written with.

The screen's language is the user's (``users.language``), installed after the
unlock before the main window is built; before anyone is known (the unlock
screen, the first-run wizard) it is the last language used on this laptop,
kept in ``<config dir>/langue.txt`` (just the code: ``nl``; nothing else, not
secret). Installing a language puts in place Balise's QTranslator, Qt's own
``qtbase_<lang>`` catalogue (standard buttons: "Annuler"…) and the default
QLocale, and points :func:`app.i18n.tr` at them.

Documents in another language (an orientation letter in its partner's
language) are translated through catalogues loaded here but not installed
(:func:`app.i18n.install_language_backend`).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n
from app.paths import config_dir, resources_dir

log = logging.getLogger(__name__)

#: the one preference file: the code of the language last used on this laptop
LAST_LANGUAGE_FILE = "langue.txt"

_LOCALES: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "fr": (QLocale.Language.French, QLocale.Country.Belgium),
    "nl": (QLocale.Language.Dutch, QLocale.Country.Belgium),
    "de": (QLocale.Language.German, QLocale.Country.Belgium),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_installed: list[QTranslator] = []
#: catalogues loaded for documents (not installed), by language
_document_catalogues: dict[str, QTranslator | None] = {}
_catalogue_lock = threading.Lock()
#: where Balise's .qm files are read (tests point it at a catalogue of their own)
_catalogue_folder: Path | None = None


def catalogue_folder() -> Path:
    return _catalogue_folder or resources_dir() / "translations"


def use_catalogue_folder(folder: Path | None) -> None:
    """Read Balise's catalogues from ``folder`` (``None``: the shipped ones)."""
    global _catalogue_folder
    _catalogue_folder = folder
    with _catalogue_lock:
        _document_catalogues.clear()


def locale_of(language: str) -> QLocale:
    language_, country = _LOCALES[i18n.language_code(language)]
    return QLocale(language_, country)


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the screen's: catalogues, QLocale and :func:`app.i18n.tr`.

    Replaces the catalogues of the previous call. Widgets already built keep
    their texts: the caller rebuilds them."""
    code = i18n.language_code(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_of(code))
    sources = [("qtbase_" + code, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if code in i18n.CATALOGUES:
        sources.append((i18n.CATALOGUES[code], str(catalogue_folder())))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.info("Catalogue %s not found", name)
    i18n.set_screen_language(code)
    i18n.install_backend(QCoreApplication.translate)
    for other in i18n.CATALOGUES:  # loaded here, on the GUI thread, not by the worker
        _document_catalogue(other)
    i18n.install_language_backend(translate_in)
    return list(_installed)


def installed_language() -> str:
    return i18n.screen_language()


def _document_catalogue(language: str) -> QTranslator | None:
    with _catalogue_lock:
        if language not in _document_catalogues:
            translator: QTranslator | None = QTranslator()
            assert translator is not None
            if not translator.load(i18n.CATALOGUES[language], str(catalogue_folder())):
                log.info("Catalogue for %s letters not found", language)
                translator = None
            _document_catalogues[language] = translator
        return _document_catalogues[language]


def translate_in(language: str, context: str, text: str) -> str:
    """``text`` from the catalogue of ``language`` loaded for documents ("" if none)."""
    if language not in i18n.CATALOGUES:
        return ""
    translator = _document_catalogue(language)
    return translator.translate(context, text) if translator is not None else ""


# -- the laptop's last language ---------------------------------------------------------
def last_language(folder: Path | None = None) -> str:
    """The language last used on this laptop (French if none was noted)."""
    path = (folder or config_dir()) / LAST_LANGUAGE_FILE
    try:
        return i18n.language_code(path.read_text(encoding="ascii")[:8])
    except (OSError, UnicodeDecodeError):
        return i18n.DEFAULT_LANGUAGE


def remember_language(language: str, folder: Path | None = None) -> None:
    """Note ``language`` for the next unlock screen (a failure is only logged)."""
    folder = folder or config_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / LAST_LANGUAGE_FILE).write_text(i18n.language_code(language), encoding="ascii")
    except OSError as exc:
        log.warning("Last language not noted (%s)", exc.strerror)
