"""Passphrase policy: length, the shipped blocklist and zxcvbn's estimate, no composition rules."""

from __future__ import annotations

import pytest

from app.core import passphrase
from app.core.passphrase import (
    MIN_SCORE,
    check_new_passphrase,
    estimate_strength,
    is_common_password,
    passphrase_problem,
)
from app.demo.vault import generate_demo_passphrase
from app.errors import ValidationError
from app.paths import resources_dir

#: every passphrase the suite and the demo use to create or change a slot
SUITE_PASSPHRASES = [
    "cheval correct agrafe batterie",
    "citron bicyclette montagne piano",
    "tartine orage boussole violon",
    "trois pommes sur la table verte",
    "lampe rivière cartable nuage",
    "pommier sentier lanterne orage",
    "phrase de démonstration du test",
    "une phrase de passe solide",
    "lanterne bleue sur le quai de Huy",
    "marronnier du parc d'Avroy",
    "journal d'audit à vérifier",
    "lune rousse sur le pont des arches",
    "nouvelle phrase encore plus longue",
    "phrase choisie apres recuperation",
]


def test_password1234_is_refused() -> None:
    assert passphrase_problem("Password1234") is not None
    assert estimate_strength("Password1234").score < MIN_SCORE
    with pytest.raises(ValidationError) as refused:
        check_new_passphrase("Password1234", "Password1234")
    assert refused.value.field == "passphrase"


def test_a_city_a_year_and_a_sign_is_not_good() -> None:
    strength = estimate_strength("Bruxelles2024!")
    assert strength.label != "Bonne" and strength.score < MIN_SCORE
    assert passphrase_problem("Bruxelles2024!") is not None


@pytest.mark.parametrize(
    "weak", ["Soleil2024!!", "Aywaille4920!", "Marie1985Marie", "Nathalie2019!", "LeRefuge2024"]
)
def test_word_year_and_sign_patterns_are_refused_even_off_the_list(weak: str) -> None:
    assert not is_common_password(weak)
    assert estimate_strength(weak).score < MIN_SCORE
    assert "devinée" in (passphrase_problem(weak) or "")


def test_the_estimate_knows_belgian_places_without_the_blocklist(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(passphrase, "is_common_password", lambda _p: False)
    assert estimate_strength("Bruxelles2024!").score < MIN_SCORE


@pytest.mark.parametrize(
    "common", ["Password1234", "PASSWORD1234", "motdepasse123", "Azertyuiop123", "Bruxelles-2024!"]
)
def test_the_blocklist_ignores_case_accents_and_signs(common: str) -> None:
    assert is_common_password(common)
    assert "courants" in (passphrase_problem(common) or "")


@pytest.mark.parametrize("good", [*SUITE_PASSPHRASES, "ma maison bleue", "mon chien rex"])
def test_good_passphrases_are_accepted_without_capitals_digits_or_signs(good: str) -> None:
    assert passphrase_problem(good, good) is None
    assert estimate_strength(good).score >= MIN_SCORE
    check_new_passphrase(good, good)


def test_generated_demo_passphrases_pass_the_policy() -> None:
    for _ in range(50):
        phrase = generate_demo_passphrase()
        assert passphrase_problem(phrase) is None, phrase


def test_length_and_confirmation_are_still_checked_first() -> None:
    assert "12 caractères" in (passphrase_problem("trop court") or "")
    assert estimate_strength("trop court").label == "Trop courte"
    assert "identiques" in (passphrase_problem(SUITE_PASSPHRASES[0], "autre chose") or "")
    assert "espace" in (passphrase_problem(" " + SUITE_PASSPHRASES[0]) or "")


def test_a_very_long_passphrase_is_estimated_on_its_start() -> None:
    long = " ".join(SUITE_PASSPHRASES)  # far over zxcvbn's 72 characters
    assert estimate_strength(long).label == "Très bonne"
    assert passphrase_problem(long) is None


def test_the_lists_are_shipped_in_resources() -> None:
    for name in ("common-passwords.txt", "passphrase-words.txt"):
        lines = (resources_dir() / name).read_text(encoding="utf-8").splitlines()
        entries = [line for line in lines if line and not line.startswith("#")]
        assert len(entries) > 400
        assert all(line == line.strip().lower() for line in entries)
    assert is_common_password("qwerty123456")
