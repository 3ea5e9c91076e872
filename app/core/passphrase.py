"""Passphrase policy (NIST SP 800-63B): a minimum length, a blocklist of common
passwords and an honest strength estimate; no composition rules.

A new passphrase is refused when it is shorter than :data:`MIN_LENGTH`, when
it is in ``resources/common-passwords.txt`` (compared without case, accents,
spaces or punctuation, so ``Bruxelles-2024!`` is ``bruxelles2024``), or when
zxcvbn estimates it would fall within 10^10 guesses. zxcvbn
knows English; ``resources/passphrase-words.txt`` adds the French and
Belgian words, names and places passwords are built on. Both lists are made
by ``scripts/make_passphrase_lists.py``. A missing list raises (the policy
never silently weakens).

Every new passphrase goes through :func:`check_new_passphrase` (setup
wizard, first passphrase after a one-time code, change and reset, CLI); the
forms show :func:`passphrase_problem` and :func:`estimate_strength`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.errors import ValidationError
from app.i18n import tr
from app.paths import resources_dir

MIN_LENGTH = 12
#: the estimate must reach 10^10 guesses (zxcvbn's top score). Behind Argon2id at
#: 64 MiB or more, that is years of work for an offline attacker with one GPU;
#: a word, a year and a sign (``Soleil2024!!``, about 10^8) is a day or so.
MIN_GUESSES_LOG10 = 10
#: the meter's steps, in log10 of the estimated guesses: Faible, Insuffisante,
#: Bonne (the minimum accepted), Très bonne
_STEPS_LOG10 = (6, 8, MIN_GUESSES_LOG10, 14)
#: the meter's score from which a passphrase is accepted
MIN_SCORE = 3  # "Bonne": the step at MIN_GUESSES_LOG10
#: zxcvbn refuses longer input; the first 72 characters decide the estimate.
_ESTIMATE_LENGTH = 72


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _blocklist_key(text: str) -> str:
    return "".join(c for c in _fold(text) if c.isalnum())


def _read_list(name: str) -> list[str]:
    path = resources_dir() / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def _common_passwords() -> frozenset[str]:
    return frozenset(_blocklist_key(p) for p in _read_list("common-passwords.txt"))


@cache
def _local_words() -> tuple[str, ...]:
    return tuple(_read_list("passphrase-words.txt"))


def is_common_password(passphrase: str) -> bool:
    """True when ``passphrase`` is on the shipped blocklist (case, accents and signs aside)."""
    return _blocklist_key(passphrase) in _common_passwords()


def _zxcvbn(passphrase: str) -> dict[str, Any]:
    from zxcvbn import zxcvbn  # loads its dictionaries: only when a passphrase is typed

    text = _fold(unicodedata.normalize("NFC", passphrase))[:_ESTIMATE_LENGTH]
    return zxcvbn(text, user_inputs=list(_local_words()))


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4; MIN_SCORE and above is accepted (the meter turns green)
    label: str


def _labels() -> tuple[str, ...]:
    return (tr("Très faible"), tr("Faible"), tr("Insuffisante"), tr("Bonne"), tr("Très bonne"))


def estimate_strength(passphrase: str) -> Strength:
    """How hard ``passphrase`` is to guess, for the meter beside the field (zxcvbn)."""
    if not passphrase:
        return Strength(0, tr("Vide"))
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_LENGTH:
        return Strength(0, tr("Trop courte"))
    if is_common_password(passphrase):
        return Strength(0, tr("Trop courante"))
    guesses_log10 = float(_zxcvbn(passphrase)["guesses_log10"])
    score = sum(1 for step in _STEPS_LOG10 if guesses_log10 >= step)
    return Strength(score, _labels()[score])


def passphrase_problem(passphrase: str, confirmation: str | None = None) -> str | None:
    """A French sentence saying what is wrong with a new passphrase, or None."""
    length = len(unicodedata.normalize("NFC", passphrase))
    if length < MIN_LENGTH:
        return tr(
            "La phrase de passe doit compter au moins {n} caractères "
            "(elle en a {m}). Une courte phrase facile à retenir convient bien."
        ).format(n=MIN_LENGTH, m=length)
    if passphrase.strip() != passphrase:
        return tr("La phrase de passe ne peut pas commencer ni finir par une espace.")
    if is_common_password(passphrase):
        return tr(
            "Cette phrase de passe fait partie des mots de passe les plus courants : "
            "choisissez-en une autre, par exemple quelques mots sans lien entre eux."
        )
    if estimate_strength(passphrase).score < MIN_SCORE:
        return tr(
            "Cette phrase de passe serait vite devinée (mot courant, prénom, nom de lieu, "
            "date, suite de touches…). Ajoutez un ou deux mots sans lien entre eux."
        )
    if confirmation is not None and confirmation != passphrase:
        return tr("Les deux phrases de passe ne sont pas identiques.")
    return None


def check_new_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Raise ValidationError when ``passphrase`` is not acceptable."""
    problem = passphrase_problem(passphrase, confirmation)
    if problem:
        raise ValidationError(problem, field="passphrase")
