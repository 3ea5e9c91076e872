"""What the screens of an unlocked vault work with."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.vocabulary import Role
from app.security.kdf import KdfPolicy
from app.storage.vault import Vault
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.core.auth import UserSession
    from app.core.settings import VaultSettings
    from app.ui.operations import Operations

# The services (and SQLAlchemy under them) are imported once a vault is
# unlocked: the unlock screen, which imports this module, is shown without
# them (issue #10, cold start).


@dataclass
class Workspace:
    """The unlocked vault, who works in it, its settings and the background runner."""

    vault: Vault
    session: UserSession
    settings: VaultSettings
    tasks: TaskRunner
    kdf: KdfPolicy
    #: hide-name mode: pseudonyms or initials instead of names everywhere
    hide_names: bool = False
    #: navigation, set by the main window: show a case / start an intake
    open_case: Callable[[uuid.UUID], None] = field(default=lambda _case_id: None)
    new_case: Callable[[], None] = field(default=lambda: None)
    #: set by the controller: stop the daily backup before a sync, schedule it after
    pause_backups: Callable[[], None] = field(default=lambda: None)
    resume_backups: Callable[[], None] = field(default=lambda: None)
    #: the one door to the data for the screens (reads and writes off the GUI thread)
    ops: Operations = field(init=False)

    def __post_init__(self) -> None:
        from app.ui.operations import Operations

        self.ops = Operations(self.vault, self.tasks)

    @property
    def is_coordinator(self) -> bool:
        return self.session.role is Role.COORDINATOR


@dataclass(frozen=True)
class Unlocked:
    """What a successful unlock hands to the controller."""

    session: UserSession
    settings: VaultSettings
    #: opened with a one-time code: a passphrase must be chosen before anything else
    must_choose_passphrase: bool = False


def read_settings(vault: Vault) -> VaultSettings:
    """The vault's settings (runs on the worker thread)."""
    from app.core import transaction
    from app.core.settings import load_settings

    return transaction.read(vault, load_settings)
