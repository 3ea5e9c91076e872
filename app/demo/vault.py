"""Creating (and replacing) the demo vault: fictional service, staff and case files."""

from __future__ import annotations

import contextlib
import random
import secrets
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from faker import Faker
from sqlalchemy import select

from app.core.setup import (
    DEMO_LOGIN,
    CoordinatorInfo,
    ServiceInfo,
    create_service_vault,
    login_problem,
)
from app.core.vocabulary import Role
from app.demo.populate import SECOVA_COMMUNES, DemoSummary, populate_demo
from app.errors import KeyringDamaged, VaultAlreadyExists
from app.i18n import tr
from app.security.kdf import PRODUCTION, KdfPolicy
from app.security.keyring import load_keyring
from app.storage.models import Commune, User
from app.storage.reference import read_csv
from app.storage.vault import BACKUP_DIR_NAME, DB_NAME, KEYRING_NAME, LOCK_NAME, Vault, VaultPaths

STAFF_ROLES = (Role.SOCIAL_WORKER, Role.SOCIAL_WORKER, Role.STREET_EDUCATOR)
#: files a vault folder may hold besides the database and keyring
_VAULT_FILES = (f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal", "tentatives.json")


# Short, accent-free words: easy to type on any keyboard layout.
_WORDS = [
    "abricot",
    "balcon",
    "cerise",
    "dauphin",
    "ecureuil",
    "falaise",
    "girafe",
    "hibou",
    "igloo",
    "jardin",
    "kiwi",
    "lavande",
    "marmotte",
    "navet",
    "olive",
    "pelican",
    "quiche",
    "radis",
    "sapin",
    "tulipe",
    "ukulele",
    "vanille",
    "wagon",
    "yaourt",
    "zebre",
    "amande",
    "bambou",
    "castor",
    "dragon",
    "etoile",
    "fromage",
    "grenier",
    "hamac",
    "iris",
    "jonquille",
    "koala",
    "lutin",
    "melon",
    "nuage",
    "orage",
    "panda",
    "renard",
    "sirop",
    "tomate",
    "urubu",
    "violon",
    "volcan",
    "biscuit",
    "canard",
    "domino",
    "fanfare",
    "gaufre",
    "harpe",
    "indigo",
    "jambon",
    "lagune",
    "mouette",
    "noisette",
    "ocelot",
    "perle",
    "raisin",
    "salade",
    "tambour",
    "trefle",
    "velours",
    "bouleau",
    "citron",
    "framboise",
    "galet",
    "hublot",
    "lapin",
    "moulin",
    "poney",
    "ruisseau",
    "souris",
    "tortue",
    "vallon",
    "cactus",
    "chalet",
    "comete",
    "crepe",
    "friture",
    "glacier",
    "lanterne",
    "mirabelle",
    "orchidee",
    "papillon",
    "pigeon",
    "prairie",
    "rocher",
    "savane",
    "tilleul",
]


def generate_demo_passphrase() -> str:
    """Four random words joined by dashes (at least 20 characters), from ``secrets``."""
    while True:
        phrase = "-".join(secrets.choice(_WORDS) for _ in range(4))
        if len(phrase) >= 20:
            return phrase


@dataclass(frozen=True)
class StaffMember:
    login: str
    full_name: str
    role: Role


@dataclass(frozen=True)
class DemoVault:
    """The demo vault just created (closed again)."""

    folder: Path
    login: str
    recovery_code: str
    service_name: str
    staff: list[StaffMember]
    summary: DemoSummary

    def describe(self, passphrase: str | None = None) -> list[str]:
        """French lines telling how to open the demo (the passphrase if it was generated)."""
        lines = [
            tr("Coffre de démonstration créé dans « {dossier} ».").format(dossier=str(self.folder)),
            tr("{cases} dossiers, {people} personnes et {followups} suivis, tous fictifs.").format(
                cases=self.summary.cases,
                people=self.summary.people,
                followups=self.summary.followups,
            ),
            tr("Identifiant : {login}").format(login=self.login),
        ]
        if passphrase:
            lines.append(tr("Phrase de passe : {phrase}").format(phrase=passphrase))
        lines.append(
            tr("Autres comptes (même phrase de passe) : {logins}").format(
                logins=", ".join(m.login for m in self.staff)
            )
        )
        lines.append(
            tr("Code de récupération (démo uniquement) : {code}").format(code=self.recovery_code)
        )
        return lines


def existing_vault_kind(folder: Path) -> str | None:
    """``None`` (no vault there), ``"demo"``, or ``"real"`` (also when unreadable)."""
    paths = VaultPaths(Path(folder))
    if not (paths.keyring.exists() or paths.db.exists()):
        return None
    try:
        return "demo" if load_keyring(paths.keyring).demo else "real"
    except (KeyringDamaged, OSError, ValueError):
        return "real"


def not_a_demo_message(folder: Path) -> str:
    return tr(
        "Le dossier « {dossier} » contient un coffre qui n'est pas un coffre de "
        "démonstration : il n'est pas remplacé. Choisissez un autre dossier avec --vault."
    ).format(dossier=str(folder))


def remove_demo_vault(folder: Path) -> None:
    """Delete the demo vault in ``folder``; a real vault is never touched.

    The instance lock is taken first, so a demo open in Balise is not deleted
    under its feet (VaultInUse).
    """
    folder = Path(folder)
    if existing_vault_kind(folder) != "demo":
        raise VaultAlreadyExists(not_a_demo_message(folder))
    vault = Vault.open(folder)
    try:
        for name in (DB_NAME, KEYRING_NAME, *_VAULT_FILES):
            with contextlib.suppress(FileNotFoundError):
                (folder / name).unlink()
        shutil.rmtree(folder / BACKUP_DIR_NAME, ignore_errors=True)
    finally:
        vault.close()
    with contextlib.suppress(FileNotFoundError):
        (folder / LOCK_NAME).unlink()


def login_for(full_name: str, taken: set[str]) -> str:
    """``c.dupont`` style login for a fictional name, unique among ``taken``."""
    ascii_name = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode()
    parts = ["".join(ch for ch in p.lower() if ch.isalnum()) for p in ascii_name.split()]
    parts = [p for p in parts if p]
    base = f"{parts[0][0]}.{''.join(parts[1:])}"[:36] if len(parts) > 1 else "equipe"
    login, n = base, 1
    while login in taken or login_problem(login):
        n += 1
        login = f"{base}{n}" if not login_problem(f"{base}{n}") else f"equipe{n}"
    taken.add(login)
    return login


def _service_commune(rng: random.Random) -> dict[str, str]:
    rows = [r for r in read_csv("communes.csv") if r["name"] in SECOVA_COMMUNES]
    return rng.choice(sorted(rows, key=lambda r: r["nis_code"]))


def create_demo_vault(
    folder: Path,
    passphrase: str,
    *,
    cases: int = 200,
    seed: int | None = None,
    kdf: KdfPolicy = PRODUCTION,
) -> DemoVault:
    """Create a demo vault of fictional people in ``folder`` (which must be free).

    The coordinator logs in as ``demo``; three fictional colleagues get key
    slots under the same passphrase so that the keyring matches the users.
    The KDF is tuned once and its parameters reused for every slot.
    """
    policy = KdfPolicy(params=kdf.params_for_new_slot(), allow_weak=kdf.allow_weak)
    rng = random.Random(seed)
    fake = Faker("fr_BE")
    fake.seed_instance(rng.getrandbits(32))
    commune = _service_commune(rng)
    service = ServiceInfo(
        name=tr("Service de prévention de {commune} (démonstration)").format(
            commune=commune["name"]
        ),
        address=tr("Rue de l'Exemple 1"),
        postcode=commune["postcode"],
        commune_code=commune["nis_code"],
        phone="04 000 00 00",
        email="prevention@demo.invalid",
    )
    coordinator = CoordinatorInfo(full_name=fake.name(), login=DEMO_LOGIN)
    created = create_service_vault(folder, service, coordinator, passphrase, demo=True, kdf=policy)
    vault = created.vault
    try:
        taken = {DEMO_LOGIN}
        staff = []
        for role in STAFF_ROLES:
            name = f"{fake.first_name()} {fake.last_name()}"
            staff.append(StaffMember(login_for(name, taken), name, role))
        slots = {m.login: vault.set_user_passphrase(m.login, passphrase, kdf=policy) for m in staff}
        db = vault.require_db()
        with db.session() as session, session.begin():
            code = session.scalar(
                select(Commune.nis_code).where(Commune.nis_code == commune["nis_code"])
            )
            for member in staff:
                session.add(
                    User(
                        login=member.login,
                        full_name=member.full_name,
                        role=member.role.value,
                        commune_code=code,
                        active=True,
                        slot_id=slots[member.login],
                    )
                )
            session.flush()
            workers = list(session.scalars(select(User).order_by(User.login)))
            summary = populate_demo(session, cases=cases, seed=rng.getrandbits(32), workers=workers)
    finally:
        vault.close()
    return DemoVault(
        folder=Path(folder),
        login=DEMO_LOGIN,
        recovery_code=created.recovery_code,
        service_name=service.name,
        staff=staff,
        summary=summary,
    )
