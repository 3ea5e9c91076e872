"""Loading sqlcipher3, or refusing to run (fail closed).

Kept apart from ``engine.py`` so that the command line can check that the
encryption is there before anything else without importing SQLAlchemy: the
unlock screen is shown before the database layer is needed (issue #10, cold
start). ``engine.py`` re-exports :func:`load_sqlcipher`.
"""

from __future__ import annotations

from types import ModuleType

from app.errors import EncryptionUnavailable
from app.i18n import tr

_quietened = False


def load_sqlcipher() -> ModuleType:
    """Import sqlcipher3's DB-API module or refuse to run."""
    global _quietened
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise EncryptionUnavailable(
            tr(
                "Le chiffrement (SQLCipher) n'est pas disponible sur cet ordinateur : "
                "Balise refuse de démarrer pour ne pas écrire de données en clair. "
                "Réinstallez l'application."
            )
        ) from None
    if not _quietened:
        # SQLCipher prints its own diagnostics on stderr (dozens of lines for a
        # damaged file); Balise reports problems in French and logs what it needs.
        _quietened = True
        conn = dbapi2.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
    return dbapi2
