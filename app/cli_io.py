"""Terminal input and output for the ``balise`` command.

Answers come from options or from a person at the terminal; passphrases
from the terminal without echo, or one line each from standard input when it
is not a terminal (scripts, tests). argparse's own words are shown in French.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
import textwrap
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from app.errors import BaliseError, ValidationError
from app.i18n import N_, tr

# The passphrase policy, the setup rules and the catalogues are imported where
# they are used: ``balise`` without a command (the application) parses its
# arguments with this module and must not load them before its first screen.


class UsageError(BaliseError):
    """A missing answer or option: the command cannot go on."""

    exit_code = 2


# --- reading answers -----------------------------------------------------------------


class Prompter:
    """Questions on a terminal, or lines from standard input in a script."""

    def __init__(self) -> None:
        self.interactive = sys.stdin is not None and sys.stdin.isatty()

    def line(self) -> str | None:
        """One line of standard input without its end of line; None at the end."""
        line = sys.stdin.readline() if sys.stdin is not None else ""
        return line.rstrip("\r\n") if line else None

    def secret(self, prompt: str) -> str:
        if self.interactive:
            return getpass.getpass(prompt)
        line = self.line()
        if line is None:
            raise UsageError(tr("Entrée terminée : une phrase de passe était attendue."))
        return line

    def ask(
        self,
        value: str | None,
        prompt: str,
        option: str,
        check: Callable[[str], Any] = str,
        optional: bool = False,
    ) -> Any:
        """``check(value)`` for an option's value, or for an answer typed on the
        terminal (asked again while ``check`` refuses it); None if optional and empty."""
        while True:
            if value is None:
                if not self.interactive:
                    if optional:
                        return None
                    raise UsageError(tr("Indiquez l'option {option}.").format(option=option))
                value = input(prompt).strip()
            if optional and not value:
                return None
            try:
                return check(value)
            except ValidationError as exc:
                if not self.interactive:
                    raise
                print(exc.message, file=sys.stderr)
                value = None

    def new_passphrase(self) -> tuple[str, str]:
        """A new passphrase and its confirmation (asked again on a terminal if refused)."""
        from app.core.passphrase import check_new_passphrase, estimate_strength, passphrase_problem

        if not self.interactive:
            first, second = self.secret(""), self.secret("")
            check_new_passphrase(first, second)
            return first, second
        while True:
            first = self.secret(tr("Nouvelle phrase de passe (12 caractères au moins) : "))
            problem = passphrase_problem(first)
            if problem is None:
                print(tr("Solidité : {label}").format(label=estimate_strength(first).label))
                second = self.secret(tr("Confirmez la nouvelle phrase de passe : "))
                problem = passphrase_problem(first, second)
                if problem is None:
                    return first, second
            print(problem, file=sys.stderr)


def bounded(kind: type, low: float, high: float, message: str) -> Callable[[str], float]:
    """An argparse type: a number of ``kind`` between ``low`` and ``high``."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(message) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(message)
        return value

    return parse


def print_recovery_code(code: str) -> None:
    """Show the recovery code once, with the advice to keep it on paper, apart."""
    print()
    print(tr("CODE DE RÉCUPÉRATION (affiché une seule fois) :"))
    print()
    print(f"    {code}")
    print()
    advice = textwrap.fill(
        tr(
            "Imprimez-le ou recopiez-le à la main maintenant, et rangez-le en lieu sûr, "
            "à l'écart de l'ordinateur portable (par exemple dans l'armoire fermée du service). "
            "Il permet de rouvrir le coffre si toutes les phrases de passe sont oubliées ; "
            "quiconque le possède peut lire les dossiers."
        ),
        width=78,
    )
    print(advice)


def required(text: str) -> str:
    if not text.strip():
        raise ValidationError(tr("Cette réponse est obligatoire."))
    return text.strip()


def valid_login(text: str) -> str:
    from app.core.setup import login_problem

    problem = login_problem(text)
    if problem:
        raise ValidationError(problem, field="login")
    return text.strip().lower()


def resolve_commune(text: str) -> dict[str, str]:
    """A Walloon commune from its name, postcode or NIS code."""

    def key(value: str) -> str:
        plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
        return "".join(ch for ch in plain.casefold() if ch.isalnum())

    from app.storage.reference import read_csv

    rows = read_csv("communes.csv")
    wanted = text.strip()
    matches = [
        r for r in rows if wanted in (r["postcode"], r["nis_code"]) or key(r["name"]) == key(wanted)
    ]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ValidationError(
            tr("Plusieurs communes correspondent à « {texte} » : {noms}. Indiquez le nom.").format(
                texte=wanted, noms=", ".join(r["name"] for r in matches)
            ),
            field="commune",
        )
    raise ValidationError(
        tr(
            "Commune inconnue : « {texte} ». Indiquez le nom d'une commune wallonne "
            "ou son code postal."
        ).format(texte=wanted),
        field="commune",
    )


# argparse's own words, in French (argparse looks its messages up through ``_``)
_ARGPARSE_FR = {
    "usage: ": N_("utilisation : "),
    "positional arguments": N_("commandes"),
    "show this help message and exit": N_("afficher cette aide et quitter"),
    "show program's version number and exit": N_("afficher la version et quitter"),
    "the following arguments are required: %s": N_("arguments obligatoires manquants : %s"),
    "unrecognized arguments: %s": N_("arguments non reconnus : %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": N_(
        "choix inconnu : %(value)r (possibles : %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": N_("option %(argument_name)s : %(message)s"),
    "expected one argument": N_("une valeur est attendue"),
    "%(prog)s: error: %(message)s\n": N_("%(prog)s : erreur : %(message)s\n"),
}


@contextlib.contextmanager
def french_argparse() -> Iterator[None]:
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: tr(_ARGPARSE_FR.get(text, text))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]
