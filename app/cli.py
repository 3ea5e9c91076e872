"""The ``balise`` command: the application (default), init, demo, check, passwd.

Errors are one French sentence on stderr, never a traceback; details go to
the log file. Reading answers and passphrases lives in :mod:`app.cli_io`.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.cli_io import (
    Prompter,
    bounded,
    french_argparse,
    print_recovery_code,
    required,
    resolve_commune,
    valid_login,
)
from app.errors import (
    BaliseError,
    KeyringDamaged,
    StorageUnavailable,
    VaultAlreadyExists,
    VaultDamaged,
    WeakKdfParameters,
)
from app.hardening import disable_core_dumps
from app.i18n import tr
from app.logging_setup import setup_logging
from app.paths import default_vault_dir, demo_vault_dir

if TYPE_CHECKING:
    from app.security.kdf import KdfPolicy
    from app.storage.vault import Vault

# The services, the database layer and the key derivation are imported by the
# commands that use them: ``balise`` without a command shows the unlock screen,
# which must not wait for modules it does not need yet (issue #10: cold start).

log = logging.getLogger("app.cli")

#: exit status for errors whose class says otherwise (refusals of the credentials)
_EXIT_CODES: dict[type[BaseException], int] = {WeakKdfParameters: 2}
#: ``balise check``: 0 intact, 1 damaged, 2 refused (credentials, no vault), 3 not checked
EXIT_INTACT, EXIT_DAMAGED, EXIT_REFUSED, EXIT_CANNOT_CHECK = 0, 1, 2, 3


def kdf_policy(seconds: float) -> KdfPolicy:
    """The policy for new key slots: tuned once, never below the minimum."""
    from app.security.kdf import MINIMUM, KdfPolicy, tune

    return KdfPolicy(params=MINIMUM if seconds <= 0 else tune(seconds))


# --- opening a vault -------------------------------------------------------------------


def resolve_login(args: argparse.Namespace, vault: Vault, prompter: Prompter) -> str:
    if args.user:
        return args.user.strip().lower()
    if vault.is_demo:
        from app.demo.vault import DEMO_LOGIN

        return DEMO_LOGIN
    return prompter.ask(None, tr("Identifiant : "), "--user").lower()


def wait_if_throttled(vault: Vault) -> None:
    """After failed attempts, wait out the delay instead of refusing."""
    from app.core import auth

    remaining = auth.UnlockThrottle(vault.paths.root).seconds_to_wait()
    if remaining > 0:
        print(
            tr("Tentatives infructueuses récentes : attente de {s} s…").format(
                s=max(1, round(remaining))
            ),
            file=sys.stderr,
        )
        time.sleep(remaining)


# --- commands --------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    return launch_gui(args.vault)


def launch_gui(vault_dir: Path | None) -> int:
    try:
        from app.ui.application import run
    except ImportError as exc:
        log.error("graphical interface unavailable: %s", exc)
        raise BaliseError(
            tr(
                "L'interface graphique ne peut pas démarrer sur cet ordinateur. "
                "Réinstallez Balise ; les commandes en ligne restent disponibles."
            )
        ) from None
    from app.security.kdf import PRODUCTION

    return int(run(vault_dir, kdf=PRODUCTION) or 0)


def cmd_init(args: argparse.Namespace) -> int:
    from app.core.setup import CoordinatorInfo, ServiceInfo, create_service_vault
    from app.storage.vault import vault_exists

    prompter = Prompter()
    folder = Path(args.vault or default_vault_dir())
    if vault_exists(folder) or (folder / "keyring.json").exists():
        raise VaultAlreadyExists(
            tr("Un coffre existe déjà dans le dossier « {dossier} ».").format(dossier=str(folder))
        )
    name = prompter.ask(
        args.service_name, tr("Nom du service : "), "--service-name", check=required
    )
    commune = prompter.ask(
        args.commune,
        tr("Commune (nom ou code postal, facultatif) : "),
        "--commune",
        check=resolve_commune,
        optional=True,
    )
    full_name = prompter.ask(
        args.coordinator_name,
        tr("Nom complet du ou de la coordinateur·rice : "),
        "--coordinator-name",
        check=required,
    )
    login = prompter.ask(
        args.login, tr("Identifiant de connexion : "), "--login", check=valid_login
    )
    passphrase, _ = prompter.new_passphrase()
    print(tr("Création du coffre…"), file=sys.stderr)
    service = ServiceInfo(
        name=name,
        postcode=commune["postcode"] if commune else "",
        commune_code=commune["nis_code"] if commune else None,
    )
    created = create_service_vault(
        folder,
        service,
        CoordinatorInfo(full_name=full_name, login=login),
        passphrase,
        kdf=kdf_policy(args.kdf_seconds),
    )
    created.vault.close()
    print(tr("Le coffre a été créé dans « {dossier} ».").format(dossier=str(folder)))
    print(
        tr("Identifiant du ou de la coordinateur·rice : {login}").format(
            login=created.coordinator_login
        )
    )
    print_recovery_code(created.recovery_code)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    try:
        from app.demo.vault import (
            create_demo_vault,
            existing_vault_kind,
            generate_demo_passphrase,
            not_a_demo_message,
            remove_demo_vault,
        )
    except ImportError:  # the installed bundle leaves the demo out (build.spec)
        raise BaliseError(
            tr(
                "La démonstration n'est pas incluse dans cette installation de Balise. "
                "Elle fait partie de la version pour développeurs (scripts/demo.sh)."
            )
        ) from None
    from app.core.passphrase import check_new_passphrase

    prompter = Prompter()
    folder = Path(args.vault or demo_vault_dir())
    kind = existing_vault_kind(folder)
    if kind == "real":
        raise VaultAlreadyExists(not_a_demo_message(folder))
    # On a terminal the passphrase is generated; a script may pass one line.
    passphrase = "" if prompter.interactive else prompter.line() or ""
    generated = not passphrase
    if generated:
        passphrase = generate_demo_passphrase()
    check_new_passphrase(passphrase)
    if kind == "demo":
        print(
            tr(
                "Un coffre de démonstration existe déjà dans « {dossier} » : il est remplacé."
            ).format(dossier=str(folder))
        )
        remove_demo_vault(folder)
    print(
        tr("Création du coffre de démonstration ({n} dossiers fictifs)…").format(n=args.cases),
        file=sys.stderr,
    )
    demo = create_demo_vault(
        folder, passphrase, cases=args.cases, seed=args.seed, kdf=kdf_policy(args.kdf_seconds)
    )
    for line in demo.describe(passphrase if generated else None):
        print(line)
    if args.no_gui:
        return 0
    return launch_gui(folder)


def cmd_check(args: argparse.Namespace) -> int:
    from app.core.backups import damage_offer
    from app.core.integrity import check_vault, unlock_for_check
    from app.storage.vault import Vault

    prompter = Prompter()
    folder = Path(args.vault or default_vault_dir())
    try:
        with Vault.open(folder) as vault:
            login = resolve_login(args, vault, prompter)
            passphrase = prompter.secret(tr("Phrase de passe : "))
            wait_if_throttled(vault)
            db = unlock_for_check(vault, login, passphrase)
            report = check_vault(db, vault.keyring, vault.paths.keyring)
    except (VaultDamaged, KeyringDamaged) as exc:
        # The file cannot even be opened: the newest verified backup is the way back.
        print(exc.message, file=sys.stderr)
        print(damage_offer(folder, keyring=isinstance(exc, KeyringDamaged)), file=sys.stderr)
        return EXIT_DAMAGED
    except StorageUnavailable as exc:
        # The disk refused (full, read-only…): nothing is known about damage, and
        # restoring a backup would be the wrong advice.
        log.info("check not possible: %s", type(exc).__name__)
        print(tr("Le coffre n'a pas pu être vérifié."), file=sys.stderr)
        print(exc.message, file=sys.stderr)
        return EXIT_CANNOT_CHECK
    if not report.sound:
        print(tr("Le coffre est endommagé :"), file=sys.stderr)
        for problem in report.problems:
            print(f"  – {problem}", file=sys.stderr)
        print(damage_offer(folder), file=sys.stderr)
        return EXIT_DAMAGED
    print(tr("Le coffre est intact."))
    print(report.summary())
    return EXIT_INTACT


def cmd_passwd(args: argparse.Namespace) -> int:
    from app.core import auth
    from app.security.kdf import PRODUCTION
    from app.storage.vault import Vault

    prompter = Prompter()
    policy = kdf_policy(args.kdf_seconds)
    with Vault.open(Path(args.vault or default_vault_dir())) as vault:
        login = resolve_login(args, vault, prompter)
        if args.recovery:
            code = prompter.secret(tr("Code de récupération : "))
            new, confirmation = prompter.new_passphrase()
            wait_if_throttled(vault)
            auth.unlock_with_recovery(vault, code, login, kdf=PRODUCTION)
            auth.reset_passphrase(vault, login, new, confirmation, kdf=policy)
        else:
            old = prompter.secret(tr("Phrase de passe actuelle : "))
            new, confirmation = prompter.new_passphrase()
            wait_if_throttled(vault)
            auth.change_passphrase(vault, login, old, new, confirmation, kdf=policy)
    print(tr("La phrase de passe de « {login} » a été changée.").format(login=login))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from app.core import audit, auth
    from app.core.permissions import Perm, require
    from app.security.kdf import PRODUCTION
    from app.storage.vault import Vault

    prompter = Prompter()
    with Vault.open(Path(args.vault or default_vault_dir())) as vault:
        login = resolve_login(args, vault, prompter)
        passphrase = prompter.secret(tr("Phrase de passe : "))
        wait_if_throttled(vault)
        head = audit.stored_head(vault)  # before this unlock appends to the trail
        user = auth.unlock(vault, login, passphrase, kdf=PRODUCTION)
        try:
            require(user, Perm.AUDIT_READ)
            with vault.require_db().session() as session:
                result = audit.verify(session, head)
        finally:
            auth.lock(vault, user)
    from app.core.audit_view import verification_text

    if not result.intact:
        print(verification_text(result), file=sys.stderr)
        return 1
    print(verification_text(result))
    return 0


# --- parser and entry point ------------------------------------------------------------


def build_parser(*, every_command: bool = True) -> argparse.ArgumentParser:
    """The ``balise`` parser; ``every_command=False`` leaves out the commands
    whose modules load the services (to start the application quickly)."""
    parser = argparse.ArgumentParser(
        prog="balise",
        description=tr(
            "Balise : dossiers d'accompagnement des victimes de violences intrafamiliales, "
            "dans un coffre chiffré, hors ligne. Sans commande, ouvre l'application."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Balise {__version__}",
        help=tr("afficher la version et quitter"),
    )
    sub = parser.add_subparsers(dest="command", metavar=tr("COMMANDE"))

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument(
            "--vault",
            type=Path,
            metavar=tr("DOSSIER"),
            help=tr("dossier du coffre (par défaut : le coffre du service sur cet ordinateur)"),
        )
        return p

    def user_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--user", metavar=tr("IDENTIFIANT"), help=tr("votre identifiant"))

    def kdf_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--kdf-seconds",
            type=bounded(float, 0, 30, tr("un nombre de secondes entre 0 et 30 est attendu")),
            default=1.0,
            metavar="S",
            help=tr(
                "option avancée : durée visée pour dériver une clé (1 par défaut ; 0 = "
                "paramètres minimaux, jamais en dessous)"
            ),
        )

    p = command("gui", tr("Ouvrir l'application (commande par défaut)."))
    p.set_defaults(handler=cmd_gui)

    p = command(
        "init", tr("Créer le coffre d'un service et le compte du ou de la coordinateur·rice.")
    )
    p.add_argument("--service-name", metavar=tr("NOM"), help=tr("nom du service"))
    p.add_argument("--commune", metavar=tr("COMMUNE"), help=tr("commune (nom ou code postal)"))
    p.add_argument(
        "--coordinator-name",
        metavar=tr("NOM"),
        help=tr("nom complet du ou de la coordinateur·rice"),
    )
    p.add_argument("--login", metavar=tr("IDENTIFIANT"), help=tr("identifiant de connexion"))
    kdf_option(p)
    p.set_defaults(handler=cmd_init)

    p = command("demo", tr("Créer un coffre de démonstration rempli de personnes fictives."))
    p.add_argument(
        "--cases",
        type=bounded(int, 1, 1_000_000, tr("un nombre de dossiers entre 1 et 1 000 000")),
        default=200,
        metavar="N",
        help=tr("nombre de dossiers (200 par défaut)"),
    )
    p.add_argument("--no-gui", action="store_true", help=tr("ne pas ouvrir l'application ensuite"))
    p.add_argument(
        "--seed", type=int, help=tr("option avancée : graine pour des données reproductibles")
    )
    kdf_option(p)
    p.set_defaults(handler=cmd_demo)

    p = command("check", tr("Vérifier l'intégrité du coffre (sans rien modifier)."))
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = tr(
        "codes de sortie :\n"
        "  0  le coffre est intact\n"
        "  1  le coffre est endommagé : restaurez la dernière sauvegarde\n"
        "  2  refusé : phrase de passe incorrecte, coffre introuvable, protection trop faible\n"
        "  3  vérification impossible : disque plein, en lecture seule ou accès refusé\n"
        "     (les données ne sont pas en cause : réglez le problème du disque, puis réessayez)"
    )
    user_option(p)
    p.set_defaults(handler=cmd_check)

    p = command(
        "passwd",
        tr("Changer sa phrase de passe, ou en choisir une nouvelle avec le code de récupération."),
    )
    user_option(p)
    p.add_argument("--recovery", action="store_true", help=tr("utiliser le code de récupération"))
    kdf_option(p)
    p.set_defaults(handler=cmd_passwd)

    if every_command:
        from app.cli_backup import add_backup_commands

        add_backup_commands(command, user_option)

        from app.cli_indicators import add_indicators_command

        add_indicators_command(command, user_option)

        from app.cli_sync import add_sync_command

        add_sync_command(command, user_option)

    p = command("audit", tr("Vérifier que le journal d'audit n'a pas été altéré."))
    p.add_argument("action", choices=["verify"], help=tr("« verify » : vérifier la chaîne"))
    user_option(p)
    p.set_defaults(handler=cmd_audit)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``balise`` command; returns the exit status."""
    disable_core_dumps()  # before any passphrase or key is in memory
    # Every file Balise writes (vault, WAL, backups, logs) is private to its user.
    os.umask(0o077)
    with contextlib.suppress(OSError):  # no log folder: messages still reach the terminal
        setup_logging()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (
        args_list[0].startswith("-") and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list.insert(0, "gui")
    with french_argparse():
        args = build_parser(every_command=args_list[0] != "gui").parse_args(args_list)
    try:
        from app.storage.sqlcipher import load_sqlcipher  # without SQLAlchemy

        load_sqlcipher()  # fail closed: no encryption, no command at all
        return args.handler(args)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        print(tr("Interrompu."), file=sys.stderr)
        return 130
    except EOFError:
        print(tr("Entrée interrompue."), file=sys.stderr)
        return 1
    except BaliseError as exc:
        log.info("command %s refused: %s", args.command, type(exc).__name__)
        print(exc.message, file=sys.stderr)
        return _EXIT_CODES.get(type(exc), exc.exit_code)
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(
            tr(
                "Une erreur inattendue s'est produite ; les détails techniques sont dans le "
                "journal de Balise."
            ),
            file=sys.stderr,
        )
        return 1
