"""The coordinator creates a street educator's account on the Équipe page; the
educator opens Balise with the one-time code, must choose a passphrase, then
sees only their own cases and none of what their role may not see."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import clock
from app.core.authors import AuthorInput, add_author
from app.core.cases import IntakeInput, SafeContact, create_case
from app.core.vocabulary import AuthorRelation, Role, YesNoUnknown
from app.storage.models import User
from app.ui.case.page import CasePage
from app.ui.controller import AppController
from app.ui.first_passphrase import FirstPassphraseDialog
from app.ui.pages import PAGES
from app.ui.team.dialogs import AccountDialog, OneTimeCodeDialog
from app.ui.team.page import TeamPage
from tests.ui.case_support import closed, visible_dialog, window_of
from tests.ui.conftest import LOGIN, main_window_shown, type_text, unlock_with

EDUCATOR = "k.benali"
HIS_PASSPHRASE = "trois pommes sur la table verte"


def create_educator(qtbot: QtBot, controller: AppController) -> str:
    """Through the Équipe page, like the coordinator would; returns the code shown."""
    window = window_of(controller)
    window.show_page("team")
    page = window.pages["team"]
    assert isinstance(page, TeamPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, window, AccountDialog)
    type_text(qtbot, dialog.login, EDUCATOR)
    type_text(qtbot, dialog.full_name, "Karim Benali")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.STREET_EDUCATOR.value))
    dialog.commune.setCurrentIndex(dialog.commune.findData("62009"))
    dialog.grab().save(str(screenshots() / "team-new-account.png"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    shown = visible_dialog(qtbot, window, OneTimeCodeDialog)
    code = shown.code_label.text()
    shown.grab().save(str(screenshots() / "team-one-time-code.png"))
    label = shown.code_label
    shown.done(0)
    assert label.text() == ""  # nothing of the code stays in the closed dialog
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    states = {page.table.item(r, 1).text(): page.table.item(r, 4).text() for r in range(2)}
    assert "code à usage unique" in states[EDUCATOR]
    window.grab().save(str(screenshots() / "team-page.png"))
    return code


def screenshots() -> Path:
    folder = Path(__file__).resolve().parents[2] / "screenshots"
    folder.mkdir(exist_ok=True)
    return folder


def add_case(controller: AppController, workers: list[uuid.UUID], pseudonym: str) -> uuid.UUID:
    assert controller.vault is not None and controller.workspace is not None
    actor = controller.workspace.session
    with controller.vault.require_db().session() as s, s.begin():
        ref = create_case(
            s,
            actor,
            IntakeInput(
                pseudonym=pseudonym,
                commune_code="62009",
                violence_codes=["physical"],
                safe_contact=SafeContact(
                    may_leave_message=YesNoUnknown.NO, may_write=YesNoUnknown.NO
                ),
                opened_on=clock.today(),
                worker_ids=workers,
            ),
        )
        add_author(s, actor, ref.id, AuthorInput(AuthorRelation.PARTNER, last_name="Cognefort"))
    return ref.id


def test_coordinator_creates_an_educator_who_then_sees_only_their_cases(
    qtbot: QtBot, unlocked: AppController
) -> None:
    controller = unlocked
    code = create_educator(qtbot, controller)
    with controller.vault.require_db().session() as s:
        educator_id = s.scalar(select(User.id).where(User.login == EDUCATOR))
        coordinator_id = s.scalar(select(User.id).where(User.login == LOGIN))
    others = add_case(controller, [coordinator_id], "Mésange")
    his = add_case(controller, [educator_id, coordinator_id], "Colibri")

    # The educator opens Balise with the code and must choose a passphrase first.
    controller.lock("test")
    unlock_with(qtbot, controller, EDUCATOR, code.lower())  # typed loosely
    dialog = visible_dialog(qtbot, controller.unlock_window, FirstPassphraseDialog)
    assert not main_window_shown(controller)
    dialog.grab().save(str(screenshots() / "first-passphrase.png"))
    type_text(qtbot, dialog.form.passphrase.edit, HIS_PASSPHRASE)
    type_text(qtbot, dialog.form.confirmation.edit, HIS_PASSPHRASE)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window_shown(controller))
    assert closed(dialog)
    assert controller.workspace is not None
    assert controller.workspace.session.role is Role.STREET_EDUCATOR

    window = window_of(controller)
    hidden = {spec.key for row, spec in enumerate(PAGES) if window.navigation.item(row).isHidden()}
    assert {"team", "audit"} <= hidden
    window.show_page("cases")
    cases = window.pages["cases"]
    qtbot.waitUntil(lambda: not controller.tasks.is_busy and cases.model.rowCount() == 1)
    assert cases.model.case_id(0) == his
    window.grab().save(str(screenshots() / "educator-case-list.png"))

    # Another's case does not open, author section included.
    window.open_case(others)
    page = window.case_page
    assert isinstance(page, CasePage)
    qtbot.waitUntil(lambda: page.error.isVisible())
    assert "attribué" in page.error.text()
    assert page.bundle is None and page.authors.table.rowCount() == 0

    # His case: the author recorded by the coordinator is not shown; no export.
    window.open_case(his)
    qtbot.waitUntil(lambda: page.bundle is not None and page.bundle.case_id == his)
    page.show_section(page.sections.index(page.authors))
    assert page.authors.table.rowCount() == 0
    assert page.authors.own_note.isVisible()
    assert not page.summary.edit_button.isVisible()
    assert not page.risk.new_button.isVisible()
    documents = getattr(page, "documents", None)
    if documents is not None:
        assert not page.tabs.isTabVisible(page.sections.index(documents))
    texts = " ".join(b.text() for b in page.findChildren(type(page.back_button)) if b.isVisible())
    assert "xport" not in texts and "ourrier" not in texts
    window.grab().save(str(screenshots() / "educator-authors.png"))

    # The new passphrase opens; the one-time code no longer does.
    controller.lock("test")
    unlock_with(qtbot, controller, EDUCATOR, HIS_PASSPHRASE)
    qtbot.waitUntil(lambda: main_window_shown(controller))
