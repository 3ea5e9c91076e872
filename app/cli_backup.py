"""``balise backup``, ``balise restore`` and ``balise purge``.

Passphrases are read like every other command (no echo on a terminal, one
line each from standard input in a script); confirmations too (a line
answered ``oui``, or ``--yes``). Messages are French; exit status 0 when
everything asked was done, 1 when part of it failed (an external copy).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli import resolve_login, wait_if_throttled
from app.cli_io import Prompter, UsageError
from app.core import auth, transaction
from app.errors import KeyringDamaged
from app.i18n import tr
from app.paths import default_vault_dir
from app.security.kdf import PRODUCTION
from app.storage.vault import InstanceLock, Vault, VaultPaths

CommandFactory = Callable[[str, str], argparse.ArgumentParser]


def _size_text(size: int) -> str:
    return tr("{n} Mio").format(n=f"{size / (1024 * 1024):.1f}".replace(".", ","))


def _progress_printer() -> Callable[[str, int, int], None]:
    """Percentages on a terminal (standard error); nothing in a script."""
    if not sys.stderr.isatty():
        return lambda _phase, _done, _total: None
    labels = {"copy": tr("Copie"), "verify": tr("Vérification")}

    def show(phase: str, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{labels.get(phase, phase)} : {percent} %   ", end="", file=sys.stderr)
        if phase == "verify" and done >= total:
            print(file=sys.stderr)

    return show


def confirm(prompter: Prompter, question: str, assume_yes: bool) -> bool:
    """True when the person (or ``--yes``) agrees; a script answers with a line."""
    if assume_yes:
        return True
    if prompter.interactive:
        answer = input(question)
    else:
        line = prompter.line()
        if line is None:
            raise UsageError(tr("Entrée terminée : une confirmation était attendue (ou --yes)."))
        answer = line
    return answer.strip().casefold() in ("oui", "o", "yes", "y")


def _unlock(args: argparse.Namespace, vault: Vault, prompter: Prompter) -> auth.UserSession:
    login = resolve_login(args, vault, prompter)
    passphrase = prompter.secret(tr("Phrase de passe : "))
    wait_if_throttled(vault)
    return auth.unlock(vault, login, passphrase, kdf=PRODUCTION)


# --- backup ----------------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from app.core.backups import take_backup, when_text

    prompter = Prompter()
    with Vault.open(Path(args.vault or default_vault_dir())) as vault:
        user = _unlock(args, vault, prompter)
        try:
            print(tr("Sauvegarde en cours…"), file=sys.stderr)
            outcome = take_backup(vault, user, to=args.to, progress=_progress_printer())
        finally:
            auth.lock(vault, user)
    local = outcome.local
    print(
        tr("Sauvegarde vérifiée du {quand} ({taille}) : « {chemin} ».").format(
            quand=when_text(local.taken_at), taille=_size_text(local.size), chemin=local.path
        )
    )
    if outcome.external is not None:
        print(tr("Copie externe vérifiée : « {chemin} ».").format(chemin=outcome.external.path))
    if outcome.removed:
        print(
            tr("{n} sauvegarde(s) plus ancienne(s) retirée(s) par la rotation.").format(
                n=outcome.removed
            )
        )
    if outcome.external_error:
        print(outcome.external_error, file=sys.stderr)
        return 1
    return 0


# --- restore ---------------------------------------------------------------------------


def cmd_restore(args: argparse.Namespace) -> int:
    from app.core.backups import when_text
    from app.core.restore import RestoreRefused, backup_key, describe_backup, restore_backup
    from app.security.keyring import load_keyring

    prompter = Prompter()
    paths = VaultPaths(Path(args.vault or default_vault_dir()))
    backup = describe_backup(args.backup)
    lock = InstanceLock(paths.lock)
    if not paths.root.is_dir():
        raise UsageError(
            tr("Le dossier du coffre « {dossier} » n'existe pas.").format(dossier=paths.root)
        )
    lock.acquire()
    try:
        try:  # the current keyring, when readable, must be this vault's
            current = load_keyring(paths.keyring) if paths.keyring.exists() else None
        except KeyringDamaged:
            current = None
        if current is not None and current.vault_id != backup.vault_id:
            raise RestoreRefused(tr("Cette sauvegarde appartient à un autre coffre."))
        # The backup opens with the passphrases valid at its date: its own keyring.
        backup_keyring = load_keyring(backup.keyring_path)
        vault = Vault(paths.root, backup_keyring, lock)
        login = resolve_login(args, vault, prompter)
        passphrase = prompter.secret(
            tr("Phrase de passe (celle valable à la date de la sauvegarde) : ")
        )
        wait_if_throttled(vault)
        key = backup_key(vault, backup, login, passphrase)
        try:
            print(
                tr(
                    "La sauvegarde du {quand} va remplacer le coffre actuel : ce qui a été "
                    "enregistré après cette date sera perdu. Le coffre actuel est mis de côté "
                    "dans le dossier du coffre, jamais supprimé."
                ).format(quand=when_text(backup.taken_at))
            )
            if not confirm(prompter, tr("Restaurer cette sauvegarde ? (oui/non) "), args.yes):
                print(tr("Rien n'a été restauré."))
                return 1
            outcome = restore_backup(vault, backup.path, key, login)
        finally:
            key.wipe()
        user = auth.load_user_session(vault, login)
        auth.lock(vault, user)
    finally:
        lock.release()
    print(tr("La sauvegarde du {quand} a été restaurée.").format(quand=when_text(backup.taken_at)))
    print(tr("Le coffre remplacé se trouve dans « {chemin} ».").format(chemin=outcome.set_aside))
    if outcome.reapplied:
        print(
            tr(
                "{n} effacement(s) fait(s) après cette sauvegarde ont été appliqués à nouveau "
                "(registre des effacements)."
            ).format(n=outcome.reapplied)
        )
    return 0


# --- purge -----------------------------------------------------------------------------


def cmd_purge(args: argparse.Namespace) -> int:
    from app.core.erasure_register import ErasureRule
    from app.core.purge import purge_cases
    from app.core.retention import cases_due_for_purge

    prompter = Prompter()
    with Vault.open(Path(args.vault or default_vault_dir())) as vault:
        user = _unlock(args, vault, prompter)
        try:
            due = transaction.read(vault, lambda tx: cases_due_for_purge(tx, user))
            if not due:
                print(tr("Aucun dossier n'a dépassé son délai de conservation."))
                return 0
            print(
                tr("{n} dossier(s) clôturé(s) ont dépassé leur délai de conservation :").format(
                    n=len(due)
                )
            )
            for case in due:
                print(f"  {case.reference}")
            question = tr(
                "Effacer définitivement ces {n} dossier(s) et tout ce qu'ils contiennent ? "
                "(oui/non) "
            ).format(n=len(due))
            if not confirm(prompter, question, args.yes):
                print(tr("Rien n'a été effacé."))
                return 1
            outcome = purge_cases(vault, user, [c.case_id for c in due], ErasureRule.RETENTION)
        finally:
            auth.lock(vault, user)
    print(tr("{n} dossier(s) effacé(s) définitivement.").format(n=len(outcome.erasures)))
    if outcome.backup_error:
        print(outcome.backup_error, file=sys.stderr)
        return 1
    return 0


# --- parser ----------------------------------------------------------------------------


def add_backup_commands(
    command: CommandFactory, user_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Declare ``backup``, ``restore`` and ``purge`` on the ``balise`` parser."""
    p = command("backup", tr("Sauvegarder le coffre maintenant (copie chiffrée, vérifiée)."))
    p.add_argument(
        "--to",
        type=Path,
        metavar=tr("DOSSIER"),
        help=tr("copier aussi la sauvegarde dans ce dossier (clé USB, disque réseau)"),
    )
    user_option(p)
    p.set_defaults(handler=cmd_backup)

    p = command(
        "restore",
        tr("Restaurer une sauvegarde ; le coffre actuel est mis de côté, jamais supprimé."),
    )
    p.add_argument(
        "backup", type=Path, metavar=tr("SAUVEGARDE"), help=tr("dossier de la sauvegarde")
    )
    p.add_argument("--yes", action="store_true", help=tr("ne pas demander de confirmation"))
    user_option(p)
    p.set_defaults(handler=cmd_restore)

    p = command(
        "purge",
        tr("Effacer définitivement les dossiers clôturés dont le délai de conservation est passé."),
    )
    p.add_argument(
        "--due",
        action="store_true",
        required=True,
        help=tr("les dossiers qui ont dépassé leur délai de conservation"),
    )
    p.add_argument("--yes", action="store_true", help=tr("ne pas demander de confirmation"))
    user_option(p)
    p.set_defaults(handler=cmd_purge)
