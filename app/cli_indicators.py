"""``balise indicators``: the funder's indicators as PDF or CSV, without the GUI.

The passphrase is read like every other command (no echo on a terminal, one
line from standard input in a script). The export is traced in the audit
trail, and committed, before the file is written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from app.cli_io import Prompter
from app.core import auth, transaction
from app.core.indicators import Period
from app.errors import BaliseError
from app.i18n import tr
from app.paths import default_vault_dir
from app.storage.vault import Vault

CommandFactory = Callable[[str, str], argparse.ArgumentParser]


def parse_day(text: str) -> date:
    """A day typed as 2026-01-31 or 31/01/2026."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        tr("date attendue sous la forme AAAA-MM-JJ ou JJ/MM/AAAA : « {text} »").format(text=text)
    )


def _period(start: date, end: date) -> Period:
    """A whole calendar year or semester keeps its kind (and its comparison)."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return Period.year(start.year)
    if start.year == end.year and (start.month, start.day, end.month, end.day) in (
        (1, 1, 6, 30),
        (7, 1, 12, 31),
    ):
        return Period.semester(start.year, 1 if start.month == 1 else 2)
    return Period.custom(start, end)


def cmd_indicators(args: argparse.Namespace) -> int:
    from app.cli import resolve_login, wait_if_throttled
    from app.security.kdf import PRODUCTION

    period = _period(args.start, args.end)
    out: Path = args.out
    if not out.parent.is_dir():
        raise BaliseError(tr("Le dossier « {folder} » n'existe pas.").format(folder=out.parent))
    prompter = Prompter()
    with Vault.open(Path(args.vault or default_vault_dir())) as vault:
        login = resolve_login(args, vault, prompter)
        passphrase = prompter.secret(tr("Phrase de passe : "))
        wait_if_throttled(vault)
        user = auth.unlock(vault, login, passphrase, kdf=PRODUCTION)
        try:
            if args.format == "pdf":
                from app.documents.indicators_pdf import export_indicators_pdf

                data = transaction.write(vault, lambda tx: export_indicators_pdf(tx, user, period))
            else:
                from app.core.indicators_csv import export_indicators_csv

                data = transaction.write(vault, lambda tx: export_indicators_csv(tx, user, period))
        finally:
            auth.lock(vault, user)
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise BaliseError(
            tr("Impossible d'écrire « {file} » : {reason}.").format(
                file=out, reason=exc.strerror or exc
            )
        ) from exc
    print(
        tr("Indicateurs ({period}) enregistrés dans « {file} » (copie non chiffrée).").format(
            period=period.label, file=out
        ),
        file=sys.stderr,
    )
    return 0


def add_indicators_command(
    command: CommandFactory, user_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Register ``balise indicators`` on the parser (see :func:`app.cli.build_parser`)."""
    p = command(
        "indicators",
        tr("Exporter les indicateurs d'une période (PDF pour le pouvoir subsidiant, ou CSV)."),
    )
    p.add_argument(
        "--from",
        dest="start",
        type=parse_day,
        required=True,
        metavar=tr("DATE"),
        help=tr("premier jour de la période (AAAA-MM-JJ ou JJ/MM/AAAA)"),
    )
    p.add_argument(
        "--to",
        dest="end",
        type=parse_day,
        required=True,
        metavar=tr("DATE"),
        help=tr("dernier jour de la période, inclus"),
    )
    p.add_argument("--format", choices=["pdf", "csv"], default="pdf", help=tr("pdf ou csv"))
    p.add_argument(
        "--out", type=Path, required=True, metavar=tr("FICHIER"), help=tr("fichier à écrire")
    )
    user_option(p)
    p.set_defaults(handler=cmd_indicators)
