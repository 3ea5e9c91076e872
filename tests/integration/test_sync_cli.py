"""``balise sync`` run as a script would (passphrase one line on standard input)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.core import sync
from app.core.auth import load_user_session
from app.security.kdf import PRODUCTION
from app.storage.models import Case
from app.storage.vault import Vault
from tests.helpers.records import add_case
from tests.integration.test_backup_cli import LOGIN, cli_vault  # noqa: F401  (fixture)
from tests.integration.test_cli import PASSPHRASE, balise


def _enrol(folder: Path, target: Path) -> None:
    with Vault.open(folder) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, kdf=PRODUCTION)
        add_case(db, reference="2026-0001")
        sync.enrol_laptop(vault, load_user_session(vault, LOGIN), "portable de rue 2", target)


def _references(folder: Path) -> list[str]:
    with Vault.open(folder) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, migrate=False, kdf=PRODUCTION)
        with db.session() as s:
            return sorted(s.scalars(select(Case.reference)))


def test_two_laptops_synchronise_through_a_folder(cli_vault, tmp_path: Path) -> None:  # noqa: F811
    env, a = cli_vault
    b = tmp_path / "portable-b"
    _enrol(a, b)
    with Vault.open(a) as vault:
        add_case(vault.unlock(LOGIN, PASSPHRASE, kdf=PRODUCTION), reference="2026-0777")
    stick = tmp_path / "cle"
    stick.mkdir()
    sent = balise(env, "sync", "--vault", str(a), "--folder", str(stick), "--user", LOGIN,
                  lines=(PASSPHRASE,))  # fmt: skip
    assert sent.code == 0, sent
    assert "dans 1 paquet(s)" in sent.out
    assert "2026-0777" not in sent.out + sent.err
    received = balise(env, "sync", "--vault", str(b), "--folder", str(stick), "--user", LOGIN,
                      lines=(PASSPHRASE,))  # fmt: skip
    assert received.code == 0, received
    assert "de 1 paquet(s)" in received.out
    assert "2026-0777" not in received.out + received.err
    assert "Çelik" not in received.out + received.err
    assert "2026-0777" in _references(b)


def test_a_missing_folder_or_a_wrong_passphrase_is_refused(cli_vault, tmp_path: Path) -> None:  # noqa: F811
    env, a = cli_vault
    absent = balise(env, "sync", "--vault", str(a), "--folder", str(tmp_path / "absente"),
                    "--user", LOGIN, lines=(PASSPHRASE,))  # fmt: skip
    assert absent.code == 2, absent
    assert "n'existe pas" in absent.err
    stick = tmp_path / "cle"
    stick.mkdir()
    wrong = balise(env, "sync", "--vault", str(a), "--folder", str(stick), "--user", LOGIN,
                   lines=("pas la bonne phrase",))  # fmt: skip
    assert wrong.code == 2, wrong
    assert not list(stick.iterdir())


def test_a_set_aside_bundle_exits_with_1_and_says_why(cli_vault, tmp_path: Path) -> None:  # noqa: F811
    env, a = cli_vault
    stick = tmp_path / "cle"
    stick.mkdir()
    (stick / "intrus.paquet").write_bytes(b"pas un paquet")
    result = balise(env, "sync", "--vault", str(a), "--folder", str(stick), "--user", LOGIN,
                    lines=(PASSPHRASE,))  # fmt: skip
    assert result.code == 1, result
    assert "mis de côté" in result.err


def _laptop(env, vault: Path, *words: str):  # type: ignore[no-untyped-def]
    return balise(env, "laptop", *words, "--vault", str(vault), "--user", LOGIN,
                  lines=(PASSPHRASE,))  # fmt: skip


def test_the_coordinator_enrols_lists_and_revokes_a_laptop_from_the_command_line(
    cli_vault,  # noqa: F811
    tmp_path: Path,
) -> None:
    env, a = cli_vault
    with Vault.open(a) as vault:
        add_case(vault.unlock(LOGIN, PASSPHRASE, kdf=PRODUCTION), reference="2026-0001")
    empty = _laptop(env, a, "list")
    assert empty.code == 0, empty
    assert "Aucun portable inscrit" in empty.out

    b = tmp_path / "portable-b"
    enrolled = _laptop(env, a, "enrol", "--name", "portable de rue 2", "--out", str(b))
    assert enrolled.code == 0, enrolled
    assert "« …-B »" in enrolled.out and str(b) in enrolled.out
    assert "2026-0001" in _references(b)  # the new laptop opens with the same passphrase

    listed = _laptop(env, a, "list")
    assert listed.code == 0, listed
    lines = listed.out.strip().splitlines()
    assert "(ce portable)" in lines[0]
    assert "portable de rue 2 — références « …-B »" in lines[1] and "RETIRÉ" not in lines[1]

    itself = _laptop(env, a, "revoke", "--laptop", lines[0].split(" — ")[0])
    assert itself.code == 2, itself
    assert "ne peut pas se retirer lui-même" in itself.err
    unknown = _laptop(env, a, "revoke", "--laptop", "portable inconnu")
    assert unknown.code == 2 and "Aucun portable ne porte ce nom" in unknown.err

    revoked = _laptop(env, a, "revoke", "--laptop", "B")
    assert revoked.code == 0, revoked
    assert "retiré du service" in revoked.out and "changez les phrases de passe" in revoked.out
    assert "RETIRÉ le" in _laptop(env, a, "list").out
    again = _laptop(env, a, "revoke", "--laptop", "portable de rue 2")
    assert again.code == 2 and "déjà retiré" in again.err

    # its bundles are refused from now on
    stick = tmp_path / "cle"
    stick.mkdir()
    with Vault.open(b) as vault:
        add_case(vault.unlock(LOGIN, PASSPHRASE, kdf=PRODUCTION), reference="2026-0002-B")
    sent = balise(env, "sync", "--vault", str(b), "--folder", str(stick), "--user", LOGIN,
                  lines=(PASSPHRASE,))  # fmt: skip
    assert sent.code == 0, sent
    received = balise(env, "sync", "--vault", str(a), "--folder", str(stick), "--user", LOGIN,
                      lines=(PASSPHRASE,))  # fmt: skip
    assert received.code == 1, received
    assert "2026-0002-B" not in _references(a)


def test_enrolling_needs_a_name_an_empty_folder_and_the_coordinator(
    cli_vault,  # noqa: F811
    tmp_path: Path,
) -> None:
    env, a = cli_vault
    no_name = _laptop(env, a, "enrol", "--out", str(tmp_path / "x"))
    assert no_name.code == 2 and "--name" in no_name.err
    full = tmp_path / "plein"
    full.mkdir()
    (full / "autre.txt").write_text("x")
    refused = _laptop(env, a, "enrol", "--name", "portable 3", "--out", str(full))
    assert refused.code == 2 and "dossier vide" in refused.err


def test_a_laptop_carrying_only_some_peoples_cases_from_the_command_line(
    cli_vault,  # noqa: F811
    tmp_path: Path,
) -> None:
    from app.core.vocabulary import Role
    from app.storage.models import CaseWorker, User

    env, a = cli_vault
    with Vault.open(a) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, kdf=PRODUCTION)
        mine = add_case(db, reference="2026-0001")
        add_case(db, reference="2026-0002")
        with db.session() as s, s.begin():
            educator = User(login="edu", full_name="Éva Éducatrice", role=Role.STREET_EDUCATOR)
            s.add(educator)
            s.flush()
            s.add(CaseWorker(case_id=mine, user_id=educator.id))
    unknown = _laptop(env, a, "enrol", "--name", "rue", "--out", str(tmp_path / "x"),
                      "--scope", "assigned", "--users", "personne")  # fmt: skip
    assert unknown.code == 2 and "« personne »" in unknown.err, unknown
    nobody = _laptop(env, a, "enrol", "--name", "rue", "--out", str(tmp_path / "x"),
                     "--scope", "assigned")  # fmt: skip
    assert nobody.code == 2 and "au moins une personne" in nobody.err, nobody
    b = tmp_path / "portable-rue"
    enrolled = _laptop(env, a, "enrol", "--name", "portable de rue 1", "--out", str(b),
                       "--scope", "assigned", "--users", "edu")  # fmt: skip
    assert enrolled.code == 0, enrolled
    assert _references(b) == ["2026-0001"]
    listed = _laptop(env, a, "list").out.strip().splitlines()
    assert "seulement les dossiers de : Éva Éducatrice" in listed[1]
    assert "tous les dossiers" in listed[0]


def test_without_folder_the_folder_remembered_on_this_laptop_is_used(
    cli_vault,  # noqa: F811
    tmp_path: Path,
) -> None:
    env, a = cli_vault
    never = balise(env, "sync", "--vault", str(a), "--user", LOGIN, lines=(PASSPHRASE,))
    assert never.code == 2, never
    assert "indiquez le dossier d'échange avec --folder" in never.err
    stick = tmp_path / "cle"
    stick.mkdir()
    first = balise(env, "sync", "--vault", str(a), "--folder", str(stick), "--user", LOGIN,
                   lines=(PASSPHRASE,))  # fmt: skip
    assert first.code == 0, first
    before = set(stick.iterdir())
    with Vault.open(a) as vault:
        add_case(vault.unlock(LOGIN, PASSPHRASE, kdf=PRODUCTION), reference="2026-0778")
    again = balise(env, "sync", "--vault", str(a), "--user", LOGIN, lines=(PASSPHRASE,))
    assert again.code == 0, again
    assert "dans 1 paquet(s)" in again.out
    assert len(set(stick.iterdir()) - before) == 1  # the new bundle went to the remembered folder
    stick.rename(tmp_path / "cle-debranchee")
    unplugged = balise(env, "sync", "--vault", str(a), "--user", LOGIN, lines=(PASSPHRASE,))
    assert unplugged.code == 2, unplugged
    assert "n'est pas branché" in unplugged.err


def test_help_says_the_folder_defaults_to_the_remembered_one(cli_vault) -> None:  # noqa: F811
    env, _a = cli_vault
    shown = balise(env, "sync", "--help")
    assert shown.code == 0, shown
    text = " ".join(shown.out.split())  # argparse wraps the lines
    assert "sans cette option, le dernier dossier qui a servi à synchroniser" in text
