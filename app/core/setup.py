"""Creating a service's vault: the first-run wizard and ``balise init``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.core.passphrase import check_new_passphrase
from app.core.vocabulary import Role
from app.errors import ValidationError
from app.i18n import language_code, tr
from app.security.kdf import PRODUCTION, KdfPolicy
from app.storage.models import Commune, ServiceProfile, User
from app.storage.reference import load_reference_data
from app.storage.vault import Vault

#: the coordinator login of every demo vault
DEMO_LOGIN = "demo"
LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


@dataclass(frozen=True)
class ServiceInfo:
    name: str
    address: str = ""
    postcode: str = ""
    commune_code: str | None = None
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class CoordinatorInfo:
    full_name: str
    login: str
    #: the language Balise shows the coordinator (chosen in the first-run wizard)
    language: str = "fr"


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_code: str
    coordinator_login: str


def normalize_login(login: str) -> str:
    return login.strip().lower()


def login_problem(login: str) -> str | None:
    """A French sentence if ``login`` is not a valid identifier, else None."""
    if not LOGIN_PATTERN.match(normalize_login(login)):
        return tr(
            "L'identifiant doit compter de 2 à 40 caractères : lettres minuscules sans "
            "accent, chiffres, point, tiret ou soulignement (par exemple « m.dupont »)."
        )
    return None


def validate_setup(service: ServiceInfo, coordinator: CoordinatorInfo, passphrase: str) -> None:
    """Raise ValidationError (with the field name) on the first problem found."""
    if not service.name.strip():
        raise ValidationError(tr("Indiquez le nom du service."), field="service_name")
    if service.postcode and not re.fullmatch(r"[1-9]\d{3}", service.postcode.strip()):
        raise ValidationError(
            tr("Le code postal belge compte 4 chiffres (par exemple 4920)."), field="postcode"
        )
    if not coordinator.full_name.strip():
        raise ValidationError(
            tr("Indiquez le nom du ou de la coordinateur·rice."), field="full_name"
        )
    problem = login_problem(coordinator.login)
    if problem:
        raise ValidationError(problem, field="login")
    check_new_passphrase(passphrase)


def create_service_vault(
    folder: Path,
    service: ServiceInfo,
    coordinator: CoordinatorInfo,
    passphrase: str,
    *,
    demo: bool = False,
    kdf: KdfPolicy = PRODUCTION,
) -> CreatedVault:
    """Create a vault with the service profile, the reference catalogues and
    the coordinator's account. The vault is returned unlocked."""
    validate_setup(service, coordinator, passphrase)
    login = normalize_login(coordinator.login)
    created = Vault.create(
        folder,
        login=login,
        passphrase=passphrase,
        demo=demo,
        kdf=kdf,
    )
    try:
        with created.db.session() as session, session.begin():
            load_reference_data(session)
            commune_code = service.commune_code
            if commune_code and session.get(Commune, commune_code) is None:
                commune_code = None
            postcode = service.postcode.strip()
            if not postcode and commune_code:
                postcode = (
                    session.scalar(select(Commune.postcode).where(Commune.nis_code == commune_code))
                    or ""
                )
            session.add(
                ServiceProfile(
                    vault_id=created.vault.keyring.vault_id,
                    name=service.name.strip(),
                    address=service.address.strip(),
                    postcode=postcode,
                    commune_code=commune_code,
                    phone=service.phone.strip(),
                    email=service.email.strip(),
                    is_demo=demo,
                )
            )
            session.add(
                User(
                    login=login,
                    full_name=coordinator.full_name.strip(),
                    role=Role.COORDINATOR.value,
                    commune_code=commune_code,
                    active=True,
                    slot_id=created.coordinator_slot_id,
                    language=language_code(coordinator.language),
                )
            )
    except BaseException:
        created.vault.close()
        raise
    return CreatedVault(created.vault, created.recovery_code, login)
