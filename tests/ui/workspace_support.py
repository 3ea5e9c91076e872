"""Workspaces over real vaults for page tests (case list, agenda, dashboard)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import clock
from app.core.auth import load_user_session
from app.core.case_list import CaseFilter, CasePage, list_cases
from app.core.cases import CaseRef, IntakeInput, SafeContact, create_case
from app.core.followups import FollowUpInput, add_followup
from app.core.risk import ScreeningInput, record_screening
from app.core.settings import VaultSettings
from app.core.setup import CreatedVault
from app.core.vocabulary import FollowUpKind, FollowUpStatus, RiskLevel, YesNoUnknown
from app.demo.populate import populate_demo
from app.storage.engine import Database
from app.storage.models import User
from app.ui.operations import Reader
from app.ui.tasks import TaskRunner
from app.ui.workspace import Workspace
from tests.conftest import LOGIN, TEST_KDF

AYWAILLE = "62009"
ESNEUX = "62032"


@dataclass
class Bench:
    """A workspace over an unlocked vault, and what the test asked to open."""

    workspace: Workspace
    opened: list[uuid.UUID] = field(default_factory=list)
    new_cases: list[bool] = field(default_factory=list)

    @property
    def db(self) -> Database:
        return self.workspace.vault.require_db()

    def populate(self, cases: int, seed: int = 11) -> None:
        with self.db.session() as s, s.begin():
            workers = list(s.scalars(select(User)))
            populate_demo(s, cases=cases, seed=seed, workers=workers)

    def add_case(self, **changes: object) -> CaseRef:
        data = IntakeInput(
            pseudonym="",
            commune_code=AYWAILLE,
            violence_codes=["psychological"],
            safe_contact=SafeContact(phone="0472 12 34 56", may_leave_message=YesNoUnknown.NO),
            opened_on=clock.today(),
        )
        for name, value in changes.items():
            setattr(data, name, value)
        with self.db.session() as s, s.begin():
            return create_case(s, self.workspace.session, data)

    def set_risk(self, case_id: uuid.UUID, level: RiskLevel) -> None:
        """A screening with nothing ticked, raised to ``level`` by professional judgement."""
        with self.db.session() as s, s.begin():
            record_screening(
                s,
                self.workspace.session,
                case_id,
                ScreeningInput(answers={}, raised_level=level, raise_reason="Jugement"),
            )

    def add_appointment(
        self, case_id: uuid.UUID, at: datetime, kind: FollowUpKind = FollowUpKind.INTERVIEW
    ) -> uuid.UUID:
        """A planned follow-up at ``at`` (past times stay planned: overdue)."""
        with self.db.session() as s, s.begin():
            return add_followup(
                s,
                self.workspace.session,
                case_id,
                FollowUpInput(
                    occurred_at=at,
                    kind=kind,
                    place="Bureau de Remouchamps",
                    status=FollowUpStatus.PLANNED,
                    confirmed_before_opening=True,
                ),
            )


@pytest.fixture
def bench(make_vault: Callable[..., CreatedVault], qtbot: QtBot) -> Iterator[Bench]:
    """A coordinator's workspace over a fresh vault; open_case/new_case are recorded."""
    created = make_vault()
    tasks = TaskRunner()
    session = load_user_session(created.vault, LOGIN)
    workspace = Workspace(created.vault, session, VaultSettings(), tasks, TEST_KDF)
    result = Bench(workspace)
    workspace.open_case = result.opened.append
    workspace.new_case = lambda: result.new_cases.append(True)
    yield result
    tasks.forget_pending()
    tasks.wait_for_done()
    qtbot.wait(1)
    tasks.deleteLater()


def idle(qtbot: QtBot, workspace: Workspace, timeout: int = 10_000) -> None:
    """Wait until the worker thread has delivered every answer."""
    qtbot.waitUntil(lambda: not workspace.tasks.is_busy, timeout=timeout)


@pytest.fixture
def shown(qtbot: QtBot) -> Iterator[Callable[[QWidget], QWidget]]:
    """Show a widget for the test; closed (and deleted) at the end."""
    widgets: list[QWidget] = []

    def show(widget: QWidget) -> QWidget:
        widgets.append(widget)
        widget.resize(1100, 700)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    yield show
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    qtbot.wait(1)


def fetcher(workspace: Workspace, flt: CaseFilter) -> Callable[..., CasePage]:
    """A page fetcher for a model outside the page (runs in the reader's transaction)."""
    actor = workspace.session

    def fetch(tx: Any, after: Any, limit: int) -> CasePage:
        return list_cases(tx, flt, actor=actor, after=after, limit=limit)

    return fetch


def runner(workspace: Workspace, owner: QWidget) -> Reader:
    """The workspace's reader, as a page would pass it to its model."""
    return workspace.ops.reader(owner)
