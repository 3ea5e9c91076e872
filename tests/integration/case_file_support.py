"""Shared helpers for the case-file integration tests (real SQLCipher vaults)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.core.auth import UserSession, load_user_session
from app.core.cases import CaseRef, IntakeInput, SafeContact, create_case
from app.core.setup import CreatedVault, create_service_vault
from app.core.vocabulary import Role, YesNoUnknown
from app.storage.engine import Database
from app.storage.models import User
from tests.conftest import COORDINATOR, LOGIN, PASSPHRASE, SERVICE, TEST_KDF

AYWAILLE = "62009"
ESNEUX = "62032"
SPRIMONT = "62100"
OPENED = date(2026, 3, 2)


@dataclass
class CaseFile:
    """An unlocked vault and the coordinator's session."""

    created: CreatedVault
    actor: UserSession

    @property
    def db(self) -> Database:
        return self.created.vault.require_db()

    @property
    def folder(self) -> Path:
        return self.created.vault.paths.root

    def session(self) -> Session:
        return self.db.session()


def case_file_of(created: CreatedVault) -> CaseFile:
    return CaseFile(created, load_user_session(created.vault, LOGIN))


@contextmanager
def module_case_file(factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    """One vault shared by a test module (each test makes its own cases)."""
    created = create_service_vault(
        factory.mktemp("casefile") / "coffre", SERVICE, COORDINATOR, PASSPHRASE, kdf=TEST_KDF
    )
    try:
        yield case_file_of(created)
    finally:
        created.vault.close()


def intake(**changes: object) -> IntakeInput:
    """The minimum a street educator types: pseudonym, commune, one violence type,
    safe-contact rules."""
    data = IntakeInput(
        pseudonym="Colibri",
        commune_code=AYWAILLE,
        violence_codes=["psychological"],
        safe_contact=SafeContact(
            phone="0472 12 34 56",
            times="en semaine, entre 9 h et 11 h",
            may_leave_message=YesNoUnknown.NO,
            may_write=YesNoUnknown.NO,
            code_word="parapluie",
        ),
        opened_on=OPENED,
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def new_case(cf: CaseFile, **changes: object) -> CaseRef:
    """Create and commit one case through the intake service."""
    with cf.session() as session, session.begin():
        return create_case(session, cf.actor, intake(**changes))


def add_worker(cf: CaseFile, login: str, full_name: str) -> uuid.UUID:
    """A staff account (no key slot: enough for assigning cases)."""
    with cf.session() as session, session.begin():
        user = User(login=login, full_name=full_name, role=Role.SOCIAL_WORKER.value)
        session.add(user)
        session.flush()
        return user.id
