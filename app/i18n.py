"""Translation hook usable from every layer, and Balise's languages.

Layers below ``ui`` must not import Qt, yet their user-facing messages must be
translatable. They call :func:`tr`; once the GUI starts it installs Qt's
``QCoreApplication.translate`` as the backend, so Qt Linguist catalogues apply
everywhere. Without the GUI (CLI, tests) the French source text is returned.

Two languages can be at work at once: the user's screen language (the
installed catalogues) and the language of a document being written — an
orientation letter goes out in its partner's language whatever the screen
shows. :func:`writing_in` switches :func:`tr` of the current thread to another
language for the time of a ``with`` block (the letter is prepared and drawn on
the worker thread, the screen keeps its language); :func:`tr_in` translates one
string. Both use the catalogues the UI registered with
:func:`install_language_backend` (loaded, not installed); without one for the
language the French source is returned.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: the languages Balise speaks, by code, each named in its own language (the
#: name a reader of that language looks for, whatever the screen shows)
LANGUAGES: dict[str, str] = {
    "fr": "Français",
    "nl": "Nederlands",
    "de": "Deutsch",
    "en": "English",
}
#: the source language of every string, and the default of users and partners
DEFAULT_LANGUAGE = "fr"
#: Balise's catalogue of each language (resources/translations/<name>.qm);
#: French is the source and has none
CATALOGUES: dict[str, str] = {"nl": "balise_nl_BE", "de": "balise_de_BE", "en": "balise_en"}

_backend: Callable[[str, str], str] | None = None
#: ``(language, context, text) -> translation or ""`` for a language not on screen
_language_backend: Callable[[str, str, str], str] | None = None
_screen_language = DEFAULT_LANGUAGE
_local = threading.local()


def install_backend(backend: Callable[[str, str], str] | None) -> None:
    """Install the function ``(context, text) -> translated`` used by :func:`tr`."""
    global _backend
    _backend = backend


def install_language_backend(backend: Callable[[str, str, str], str] | None) -> None:
    """Install ``(language, context, text) -> translation`` ("" when it has none),
    used for a language other than the screen's (:func:`tr_in`, :func:`writing_in`)."""
    global _language_backend
    _language_backend = backend


def language_code(code: str | None) -> str:
    """``code`` if Balise speaks it, else French (an unknown or empty stored value)."""
    code = (code or "").strip().lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def set_screen_language(code: str) -> None:
    """Record the language the installed catalogues are in (set by the UI)."""
    global _screen_language
    _screen_language = language_code(code)


def screen_language() -> str:
    """The language of the installed catalogues (French without the GUI)."""
    return _screen_language


def current_language() -> str:
    """The language :func:`tr` writes in on this thread: the document's inside
    :func:`writing_in`, else the screen's."""
    return getattr(_local, "language", None) or _screen_language


@contextmanager
def writing_in(code: str | None) -> Iterator[str]:
    """Within the block, :func:`tr` (and dates) on this thread write in ``code``.

    ``None`` or ``""`` changes nothing (a document in the screen's language)."""
    if not code:
        yield current_language()
        return
    language = language_code(code)
    previous = getattr(_local, "language", None)
    _local.language = language
    try:
        yield language
    finally:
        _local.language = previous


#: the one context of Balise's catalogues: ``pyside6-lupdate`` files a free
#: ``tr("…")`` call (not ``self.tr``) under the empty context
CONTEXT = ""


def tr(text: str, context: str = CONTEXT) -> str:
    """Return the translation of a French source string."""
    language = getattr(_local, "language", None)
    if language is not None and language != _screen_language:
        return tr_in(language, text, context)
    if _backend is None:
        return text
    return _backend(context, text)


def tr_in(language: str, text: str, context: str = CONTEXT) -> str:
    """The translation of ``text`` into ``language``, whatever the screen shows.

    The string must also be marked for the catalogues (``tr`` or ``N_`` where
    it is written). French, or a language without a loaded catalogue, gives
    the French source."""
    language = language_code(language)
    if language == DEFAULT_LANGUAGE:
        return text
    if language == _screen_language and _backend is not None:
        return _backend(context, text)
    if _language_backend is None:
        return text
    return _language_backend(language, context, text) or text


def N_(text: str) -> str:
    """Mark a French source string for translation without translating it now
    (a label stored with its code, translated by :func:`tr` when shown)."""
    return text
