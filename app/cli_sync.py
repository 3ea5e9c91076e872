"""``balise sync``: synchronise this laptop with the service's other laptops.

Writes this laptop's new changes as one bundle into the folder (a USB stick,
a folder the service already syncs) and applies the other laptops' bundles
found there. Reports counts only, never a name or a case reference. The
passphrase is read like every other command (no echo on a terminal, one line
from standard input in a script).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import resolve_login, wait_if_throttled
from app.cli_io import Prompter
from app.core import auth
from app.i18n import tr
from app.paths import default_vault_dir
from app.security.kdf import PRODUCTION
from app.storage.vault import Vault

if TYPE_CHECKING:
    from app.core.sync import SyncReport

CommandFactory = Callable[[str, str], argparse.ArgumentParser]

#: exit statuses of ``balise sync`` (documented in its --help and the README)
EXIT_DONE, EXIT_PARTIAL, EXIT_REFUSED = 0, 1, 2


def report_lines(report: SyncReport) -> list[str]:
    """The French lines telling what a synchronisation did (counts only)."""
    lines = [
        tr("Envoyé : {n} modification(s) dans {p} paquet(s).").format(
            n=report.sent_changes, p=report.sent_bundles
        ),
        tr("Reçu : {n} modification(s) de {p} paquet(s).").format(
            n=report.received_changes, p=report.received_bundles
        ),
    ]
    if report.conflicts:
        lines.append(
            tr(
                "{n} conflit(s) à trancher : ouvrez Balise, Paramètres, « Conflits de "
                "synchronisation »."
            ).format(n=report.conflicts)
        )
    return lines


def cmd_sync(args: argparse.Namespace) -> int:
    """Run one synchronisation through ``args.folder``."""
    from app.core.sync import SyncRefused, synchronise

    prompter = Prompter()
    with Vault.open(Path(args.vault or default_vault_dir())) as vault:
        login = resolve_login(args, vault, prompter)
        passphrase = prompter.secret(tr("Phrase de passe : "))
        wait_if_throttled(vault)
        user = auth.unlock(vault, login, passphrase, kdf=PRODUCTION)
        try:
            print(tr("Synchronisation en cours…"), file=sys.stderr)
            try:
                report = synchronise(vault, user, Path(args.folder))
            except SyncRefused as exc:
                print(exc.message, file=sys.stderr)
                return EXIT_REFUSED
        finally:
            auth.lock(vault, user)
    for line in report_lines(report):
        print(line)
    for problem in report.problems:
        print(problem.message, file=sys.stderr)
    return EXIT_PARTIAL if report.problems else EXIT_DONE


def add_sync_command(
    command: CommandFactory, user_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Declare ``sync`` on the ``balise`` parser."""
    p = command(
        "sync",
        tr(
            "Synchroniser ce portable avec les autres portables du service par un dossier "
            "(clé USB, dossier partagé) : envoie ses modifications, applique celles des autres."
        ),
    )
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = tr(
        "codes de sortie :\n"
        "  0  synchronisé : tout ce qui était dans le dossier a été appliqué\n"
        "  1  en partie : un paquet manque, est abîmé, vient d'une autre version ou d'un\n"
        "     portable retiré (le message le dit ; les autres paquets sont appliqués),\n"
        "     ou erreur inattendue\n"
        "  2  refusé : phrase de passe incorrecte, coffre introuvable, dossier absent,\n"
        "     portable retiré du service"
    )
    p.add_argument(
        "--folder",
        type=Path,
        required=True,
        metavar=tr("DOSSIER"),
        help=tr("dossier d'échange du service (clé USB, dossier partagé)"),
    )
    user_option(p)
    p.set_defaults(handler=cmd_sync)
