"""Errors that carry a French sentence for the user.

Every error a person may see derives from :class:`BaliseError`. Its message
says what happened and what to do; it never contains personal data or key
material, so it can be logged as is.
"""

from __future__ import annotations


class BaliseError(Exception):
    """An error with a user-facing French message (already translated)."""

    #: exit status used by the CLI for this kind of error
    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class EncryptionUnavailable(BaliseError):
    """SQLCipher cannot be loaded: the application refuses to run."""


class VaultNotFound(BaliseError):
    exit_code = 2


class VaultAlreadyExists(BaliseError):
    pass


class VaultInUse(BaliseError):
    """Another running instance holds the vault's lock file."""


class WrongPassphrase(BaliseError):
    """The passphrase, recovery code or login did not open any key slot."""

    exit_code = 2


class KeyringDamaged(BaliseError):
    """keyring.json is unreadable or was tampered with."""


class WeakKdfParameters(BaliseError):
    """A key slot asks for key-derivation parameters below the minimum."""


class VaultTooNew(BaliseError):
    """The vault was written by a newer version of Balise."""


class VaultDamaged(BaliseError):
    """The database file failed an integrity check or cannot be decrypted."""


class VaultFolderMissing(VaultNotFound):
    """The vault's folder is gone (e.g. a USB drive or network share disconnected)."""


class VaultFolderUnusable(BaliseError):
    """The folder asked for cannot hold a vault (a file stands in its way)."""

    exit_code = 2


class StorageUnavailable(BaliseError):
    """The disk or folder holding the vault refuses a read or a write.

    Not damage: what was saved before is intact, and the advice is to fix the
    disk or the folder, never to restore a backup. ``balise check`` exits 3.
    """

    exit_code = 3


class DiskFull(StorageUnavailable):
    """No space left on the vault's disk (ENOSPC, SQLITE_FULL)."""


class VaultReadOnly(StorageUnavailable):
    """The vault's filesystem is read-only or its folder is not writable."""


class VaultAccessDenied(StorageUnavailable):
    """This account may not read or write the vault's files (EACCES, EPERM)."""


class ValidationError(BaliseError):
    """Input refused by a domain rule; ``field`` names the offending field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
