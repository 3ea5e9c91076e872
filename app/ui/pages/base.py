"""What every page of the main window provides."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from app.ui.workspace import Workspace


@runtime_checkable
class LockablePage(Protocol):
    """A page that can be filled for a workspace and emptied when the vault locks."""

    def load(self, workspace: Workspace) -> None:
        """Fill the page (start background reads through ``workspace.tasks``)."""

    def clear(self) -> None:
        """Empty every widget and model: nothing read from the vault may remain."""

    def stash_draft(self) -> None:
        """Before locking (vault still open): keep unsaved input as a draft in the vault."""


class Page(QWidget):
    """Base class for pages; subclasses implement :meth:`load` and :meth:`clear`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None

    def load(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def clear(self) -> None:
        self.workspace = None

    def stash_draft(self) -> None:
        """Pages with forms save unsaved input here (see app.core.drafts)."""

    def names_changed(self) -> None:
        """Hide-name mode was switched: show names again the new way (reload by default)."""
        if self.workspace is not None:
            self.load(self.workspace)
