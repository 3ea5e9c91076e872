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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import resolve_login, wait_if_throttled
from app.cli_io import Prompter
from app.core import auth
from app.core.auth import UserSession
from app.errors import BaliseError, StorageUnavailable
from app.i18n import N_, tr
from app.paths import default_vault_dir
from app.security.kdf import PRODUCTION
from app.storage.vault import Vault

if TYPE_CHECKING:
    from app.core.sync import LaptopRow, SyncReport

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
    if report.erasures_sent or report.erasures_replayed:
        lines.append(
            tr(
                "Effacements : {sent} envoyé(s), {done} refait(s) sur ce portable (inscrits "
                "dans son registre des effacements)."
            ).format(sent=report.erasures_sent, done=report.erasures_replayed)
        )
    if report.conflicts:
        lines.append(
            tr(
                "{n} conflit(s) à trancher : ouvrez Balise, Paramètres, « Conflits de "
                "synchronisation »."
            ).format(n=report.conflicts)
        )
    return lines


@contextmanager
def _unlocked(args: argparse.Namespace) -> Iterator[tuple[Vault, UserSession]]:
    """The vault of ``args.vault`` unlocked by its user (passphrase asked), locked after."""
    prompter = Prompter()
    with Vault.open(Path(args.vault or default_vault_dir())) as vault:
        login = resolve_login(args, vault, prompter)
        passphrase = prompter.secret(tr("Phrase de passe : "))
        wait_if_throttled(vault)
        user = auth.unlock(vault, login, passphrase, kdf=PRODUCTION)
        try:
            yield vault, user
        finally:
            auth.lock(vault, user)


def cmd_sync(args: argparse.Namespace) -> int:
    """Run one synchronisation through ``args.folder`` (or the folder remembered here)."""
    from app.core.sync import SyncRefused
    from app.core.sync_folder import remembered_sync_folder, synchronise_remembering
    from app.core.transaction import read

    with _unlocked(args) as (vault, user):
        folder = args.folder
        if folder is None:
            remembered = read(vault, lambda tx: remembered_sync_folder(tx, user)).path
            if not remembered:
                print(
                    tr(
                        "Ce portable n'a encore jamais synchronisé : indiquez le dossier "
                        "d'échange avec --folder DOSSIER."
                    ),
                    file=sys.stderr,
                )
                return EXIT_REFUSED
            folder = Path(remembered)
        print(tr("Synchronisation en cours…"), file=sys.stderr)
        try:
            report = synchronise_remembering(vault, user, Path(folder))
        except SyncRefused as exc:
            print(exc.message, file=sys.stderr)
            return EXIT_REFUSED
    for line in report_lines(report):
        print(line)
    for problem in report.problems:
        print(problem.message, file=sys.stderr)
    return EXIT_PARTIAL if report.problems else EXIT_DONE


def laptop_line(row: LaptopRow) -> str:
    """One laptop of the list, in French (its name, reference letter, dates)."""
    text = tr("{nom} — références {lettre}, inscrit le {date}").format(
        nom=row.name,
        lettre=f"« …-{row.suffix} »" if row.suffix else tr("sans lettre"),
        date=row.enrolled_at.strftime("%d/%m/%Y"),
    )
    text += " — " + scope_text(row)
    if row.this_laptop:
        text += tr(" (ce portable)")
    if row.revoked_at is not None:
        text += tr(" — RETIRÉ le {date}").format(date=row.revoked_at.strftime("%d/%m/%Y"))
    return text


def scope_text(row: LaptopRow) -> str:
    """What a laptop carries, in French: every case, or the cases of some people."""
    if row.scope != "assigned":
        return tr("tous les dossiers")
    return tr("seulement les dossiers de : {personnes}").format(personnes=", ".join(row.carries))


#: said wherever a laptop is revoked (screen, command, README): what else to do
AFTER_REVOKING = N_(
    "Faites aussi, aujourd'hui : changez les phrases de passe de toutes les personnes qui "
    "utilisaient ce portable et renouvelez le code de récupération ; prévenez la direction "
    "et le ou la délégué·e à la protection des données. Le portable retiré garde ce qu'il "
    "contenait, chiffré : tant que personne ne connaît une de ses phrases de passe, cela "
    "reste illisible."
)


def _find_laptop(rows: list[LaptopRow], wanted: str) -> LaptopRow:
    wanted = wanted.strip()
    found = [r for r in rows if r.name == wanted or (r.suffix and r.suffix == wanted.upper())]
    if len(found) != 1:
        raise BaliseError(
            tr("Aucun portable ne porte ce nom ou cette lettre : « {nom} ».").format(nom=wanted)
            if not found
            else tr("Plusieurs portables portent ce nom : donnez leur lettre.")
        )
    return found[0]


def cmd_laptop(args: argparse.Namespace) -> int:
    """List, enrol or revoke the service's laptops (coordinator); a refusal exits with 2."""
    with _unlocked(args) as (vault, user):
        try:
            return _laptop_action(args, vault, user)
        except StorageUnavailable:
            raise  # full disk, read-only…: its own message and exit status (3)
        except BaliseError as exc:  # refused: not the coordinator, not empty, unknown name…
            print(exc.message, file=sys.stderr)
            return EXIT_REFUSED


def _laptop_action(args: argparse.Namespace, vault: Vault, user: UserSession) -> int:
    from app.core.sync import carriers_by_login, enrol_laptop, list_laptops, revoke_laptop
    from app.core.transaction import read, write

    if args.action == "enrol":
        if not args.name or args.out is None:
            print(tr("Donnez --name et --out pour inscrire un portable."), file=sys.stderr)
            return EXIT_REFUSED
        logins = [login.strip() for login in (args.users or "").split(",") if login.strip()]
        if args.scope == "all" and logins:
            print(tr("--users va avec --scope assigned."), file=sys.stderr)
            return EXIT_REFUSED
        user_ids = read(vault, lambda tx: carriers_by_login(tx, user, logins)) if logins else []
        print(tr("Copie du coffre pour le nouveau portable…"), file=sys.stderr)
        enrolled = enrol_laptop(
            vault, user, args.name, Path(args.out), scope=args.scope, user_ids=user_ids
        )
        print(
            tr(
                "Portable « {nom} » inscrit (références « …-{lettre} ») : copiez le "
                "dossier {dossier} sur ce portable et ouvrez-le avec Balise."
            ).format(nom=args.name.strip(), lettre=enrolled.suffix, dossier=enrolled.folder)
        )
        return EXIT_DONE
    rows = read(vault, lambda tx: list_laptops(tx, user))
    if args.action == "list":
        if not rows:
            print(tr("Aucun portable inscrit : ce coffre n'a été copié sur aucun autre."))
        for row in rows:
            print(laptop_line(row))
        return EXIT_DONE
    if not args.laptop:
        print(tr("Donnez --laptop : le nom ou la lettre du portable."), file=sys.stderr)
        return EXIT_REFUSED
    row = _find_laptop(rows, args.laptop)
    write(vault, lambda tx: revoke_laptop(tx, user, row.laptop_id))
    print(tr("Portable « {nom} » retiré du service.").format(nom=row.name))
    print(tr(AFTER_REVOKING))
    return EXIT_DONE


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
        "  2  refusé : phrase de passe incorrecte, coffre introuvable, dossier absent\n"
        "     (ou aucun dossier indiqué ni retenu), portable retiré du service"
    )
    p.add_argument(
        "--folder",
        type=Path,
        default=None,
        metavar=tr("DOSSIER"),
        help=tr(
            "dossier d'échange du service (clé USB, dossier partagé) ; sans cette option, "
            "le dernier dossier qui a servi à synchroniser ce portable (retenu sur ce "
            "portable, comme dans l'écran « Synchroniser »)"
        ),
    )
    user_option(p)
    p.set_defaults(handler=cmd_sync)

    p = command(
        "laptop",
        tr(
            "Portables du service (coordination) : les lister, en inscrire un nouveau "
            "(copie du coffre), en retirer un perdu ou volé."
        ),
    )
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = tr(
        "codes de sortie :\n"
        "  0  fait\n"
        "  2  refusé : phrase de passe incorrecte, pas la coordination, dossier non vide,\n"
        "     portable inconnu ou déjà retiré, ce portable-ci\n"
        "  3  impossible : disque plein, en lecture seule ou accès refusé"
    )
    p.add_argument(
        "action",
        choices=["list", "enrol", "revoke"],
        help=tr("« list » : lister ; « enrol » : inscrire ; « revoke » : retirer"),
    )
    p.add_argument("--name", metavar=tr("NOM"), help=tr("nom du nouveau portable (enrol)"))
    p.add_argument(
        "--out",
        type=Path,
        metavar=tr("DOSSIER"),
        help=tr("dossier vide où écrire la copie pour le nouveau portable (enrol)"),
    )
    p.add_argument(
        "--laptop", metavar=tr("NOM"), help=tr("nom ou lettre du portable à retirer (revoke)")
    )
    p.add_argument(
        "--scope",
        choices=["all", "assigned"],
        default="all",
        help=tr(
            "« all » : tous les dossiers ; « assigned » : seulement les dossiers des "
            "personnes de --users (enrol)"
        ),
    )
    p.add_argument(
        "--users",
        metavar=tr("IDENTIFIANT,IDENTIFIANT"),
        default="",
        help=tr("identifiants des personnes dont le portable contient les dossiers (enrol)"),
    )
    user_option(p)
    p.set_defaults(handler=cmd_laptop)
