"""Translation hook usable from every layer.

Layers below ``ui`` must not import Qt, yet their user-facing messages must be
translatable. They call :func:`tr`; once the GUI starts it installs Qt's
``QCoreApplication.translate`` as the backend, so Qt Linguist catalogues apply
everywhere. Without the GUI (CLI, tests) the French source text is returned.
"""

from __future__ import annotations

from collections.abc import Callable

_backend: Callable[[str, str], str] | None = None


def install_backend(backend: Callable[[str, str], str] | None) -> None:
    """Install the function ``(context, text) -> translated`` used by :func:`tr`."""
    global _backend
    _backend = backend


#: the one context of Balise's catalogues: ``pyside6-lupdate`` files a free
#: ``tr("…")`` call (not ``self.tr``) under the empty context
CONTEXT = ""


def tr(text: str, context: str = CONTEXT) -> str:
    """Return the translation of a French source string."""
    if _backend is None:
        return text
    return _backend(context, text)


def N_(text: str) -> str:
    """Mark a French source string for translation without translating it now
    (a label stored with its code, translated by :func:`tr` when shown)."""
    return text
