"""What the case screen offers to the user's role on this case.

Only presentation: every action is checked again in core
(``app.core.permissions``). A button the role cannot use is hidden rather than
left to fail; the Documents tab disappears for a role that may neither issue
letters nor export.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from app.core.case_screen import CaseBundle
from app.core.permissions import CaseAccess, Perm, Scope, can, scope_of
from app.ui.workspace import Workspace


def case_access(workspace: Workspace, bundle: CaseBundle) -> CaseAccess:
    detail = bundle.detail
    assigned = any(worker_id == workspace.session.user_id for worker_id, _ in detail.workers)
    return CaseAccess(detail.id, detail.confidential, assigned)


def _hide_unless(allowed: bool, *buttons: QWidget | None) -> None:
    if allowed:
        return
    for button in buttons:
        if button is not None:
            button.setVisible(False)


def _buttons(section: QWidget | None) -> list[QPushButton]:
    return section.findChildren(QPushButton) if section is not None else []


def _section(page: object, name: str) -> QWidget | None:
    """The page's section ``name`` if it is built (the case page builds a tab
    when it is first shown, and applies this again then)."""
    built = getattr(page, "built_section", None)
    return built(name) if built is not None else getattr(page, name, None)


def apply_permissions(page: object, workspace: Workspace, bundle: CaseBundle) -> None:
    """Hide, on ``page`` (the CasePage), what the user's role may not do on this case."""
    access = case_access(workspace, bundle)
    user = workspace.session

    def may(action: Perm) -> bool:
        return can(user, action, access)

    summary, violence = _section(page, "summary"), _section(page, "violence")
    _hide_unless(may(Perm.CASE_UPDATE), getattr(summary, "edit_button", None))
    _hide_unless(may(Perm.CASE_UPDATE), getattr(violence, "edit_button", None))
    _hide_unless(
        may(Perm.CASE_CLOSE),
        getattr(summary, "close_button", None),
        getattr(summary, "pause_button", None),
        getattr(summary, "reopen_button", None),
    )
    banner = getattr(page, "banner", None)
    _hide_unless(may(Perm.PERSON_WRITE), getattr(banner, "edit_button", None))
    _hide_unless(may(Perm.PERSON_WRITE), *_buttons(_section(page, "people")))
    _hide_unless(may(Perm.AUTHOR_WRITE), *_buttons(_section(page, "authors")))
    _hide_unless(may(Perm.RISK_WRITE), *_buttons(_section(page, "risk")))
    _hide_unless(may(Perm.CONSENT_WRITE), *_buttons(_section(page, "consents")))
    _hide_unless(may(Perm.FOLLOWUP_WRITE), *_buttons(_section(page, "followups")))
    for name in ("protection", "steps", "departure"):  # issue #4's sections
        _hide_unless(may(Perm.PATHWAY_WRITE), *_buttons(_section(page, name)))
    # Erasure on request (art. 17): shown again for every render, since the screen
    # outlives a lock and the next user may have another role.
    may_purge = can(user, Perm.PURGE)
    for erase in (
        getattr(summary, "erase_button", None),
        getattr(_section(page, "people"), "erase_button", None),
    ):
        if erase is not None:
            erase.setVisible(may_purge)
    authors = _section(page, "authors")
    own_note = getattr(authors, "own_note", None)
    if own_note is not None:
        own_note.setVisible(scope_of(user.role, Perm.AUTHOR_READ) is Scope.OWN)
    tabs, index_of = getattr(page, "tabs", None), getattr(page, "section_index", None)
    if isinstance(tabs, QTabWidget) and index_of is not None:
        tabs.setTabVisible(index_of("documents"), may(Perm.LETTER_ISSUE) or may(Perm.EXPORT))
