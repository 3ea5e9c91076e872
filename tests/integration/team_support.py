"""A real vault with one account per role, made the way the coordinator makes them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.core import accounts
from app.core.auth import UserSession, load_user_session
from app.core.cases import CaseRef, IntakeInput, SafeContact, create_case
from app.core.setup import CreatedVault, create_service_vault
from app.core.vocabulary import Role, YesNoUnknown
from app.storage.engine import Database
from app.storage.vault import Vault
from tests.conftest import COORDINATOR, LOGIN, PASSPHRASE, SERVICE, TEST_KDF

AYWAILLE = "62009"
TODAY = date(2026, 11, 20)
#: a name that must never reach a log line or an audit entry
VICTIM_FIRST, VICTIM_LAST = "Zéphyrine", "Quatremarchés"
AUTHOR_FIRST, AUTHOR_LAST = "Barnabé", "Cognefort"


@dataclass
class Team:
    """An unlocked vault, the coordinator, and one colleague per role."""

    created: CreatedVault
    users: dict[str, UserSession] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)

    @property
    def vault(self) -> Vault:
        return self.created.vault

    @property
    def db(self) -> Database:
        return self.vault.require_db()

    @property
    def folder(self) -> Path:
        return self.vault.paths.root

    def session(self) -> Session:
        return self.db.session()

    @property
    def coordinator(self) -> UserSession:
        return self.users["coordinator"]

    def add(self, key: str, login: str, name: str, role: Role) -> UserSession:
        issued = accounts.create_account(
            self.vault,
            self.coordinator,
            accounts.AccountInput(login=login, full_name=name, role=role, commune_code=AYWAILLE),
            kdf=TEST_KDF,
        )
        self.codes[key] = issued.code
        self.users[key] = load_user_session(self.vault, login)
        return self.users[key]

    def new_case(
        self,
        actor: UserSession,
        workers: list[UserSession] | None = None,
        *,
        confidential: bool = False,
        **changes: object,
    ) -> CaseRef:
        data = IntakeInput(
            first_name=VICTIM_FIRST,
            last_name=VICTIM_LAST,
            commune_code=AYWAILLE,
            violence_codes=["physical"],
            safe_contact=SafeContact(
                phone="0472 12 34 56",
                may_leave_message=YesNoUnknown.NO,
                may_write=YesNoUnknown.NO,
            ),
            confidential=confidential,
            opened_on=date(2026, 3, 2),
            worker_ids=[w.user_id for w in workers or [actor]],
        )
        for name, value in changes.items():
            setattr(data, name, value)
        with self.session() as s, s.begin():
            return create_case(s, actor, data)


def make_team(folder: Path) -> Team:
    created = create_service_vault(folder, SERVICE, COORDINATOR, PASSPHRASE, kdf=TEST_KDF)
    team = Team(created)
    team.users["coordinator"] = load_user_session(created.vault, LOGIN)
    team.add("social_worker", "a.lambert", "Anne Lambert", Role.SOCIAL_WORKER)
    team.add("street_educator", "k.benali", "Karim Benali", Role.STREET_EDUCATOR)
    team.add("other_worker", "s.renard", "Sophie Renard", Role.SOCIAL_WORKER)
    team.add("other_educator", "t.nguyen", "Thi Nguyen", Role.STREET_EDUCATOR)
    return team


@contextmanager
def module_team(factory: pytest.TempPathFactory) -> Iterator[Team]:
    team = make_team(factory.mktemp("team") / "coffre")
    try:
        yield team
    finally:
        team.vault.close()


ROLE_KEYS = ("coordinator", "social_worker", "street_educator")


def role_of(key: str) -> Role:
    return Role(key)


def ids(values: list[uuid.UUID]) -> set[uuid.UUID]:
    return set(values)
