"""Passphrase policy: a minimum length and an honest strength estimate, no
composition rules (NIST SP 800-63B)."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from app.errors import ValidationError
from app.i18n import tr

MIN_LENGTH = 12


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
    if confirmation is not None and confirmation != passphrase:
        return tr("Les deux phrases de passe ne sont pas identiques.")
    return None


def check_new_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Raise ValidationError when ``passphrase`` is not acceptable."""
    problem = passphrase_problem(passphrase, confirmation)
    if problem:
        raise ValidationError(problem, field="passphrase")


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    label: str


def estimate_strength(passphrase: str) -> Strength:
    """A rough entropy estimate from length and character variety."""
    if not passphrase:
        return Strength(0, tr("Vide"))
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(c == " " for c in passphrase):
        pool += 1
    if any(not c.isalnum() and c != " " for c in passphrase):
        pool += 20
    # Repeated characters add little: count distinct runs only.
    effective = sum(1 for i, c in enumerate(passphrase) if i == 0 or c != passphrase[i - 1])
    distinct = len(set(passphrase))
    bits = effective * math.log2(max(pool, 2)) * min(1.0, distinct / 8)
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, tr("Trop courte"))
    if bits < 50:
        return Strength(1, tr("Faible"))
    if bits < 70:
        return Strength(2, tr("Moyenne"))
    if bits < 90:
        return Strength(3, tr("Bonne"))
    return Strength(4, tr("Très bonne"))
