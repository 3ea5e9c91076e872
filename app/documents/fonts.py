"""The embedded Unicode font (DejaVu Sans, see resources/fonts/LICENSE-DejaVu.txt).

Every name prints — é, ç, ş, ł, ș, ğ, ő, ñ — because the TrueType font is
embedded (subset) in each PDF instead of relying on the 14 standard PDF fonts,
which only know Latin-1.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir

REGULAR = "BaliseSans"
BOLD = "BaliseSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with reportlab once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        # <b> in paragraphs picks the bold face; no italic face is shipped.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
