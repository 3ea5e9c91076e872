"""The indicators' PDF and CSV read back: the figures and the rule are there,
no name from the vault is; each export is traced; ``balise indicators`` does
the same from a script."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core import auth, transaction
from app.core.cases import create_case
from app.core.indicators import Period
from app.core.indicators_csv import export_indicators_csv
from app.documents.indicators_pdf import export_indicators_pdf
from app.security.kdf import PRODUCTION
from app.storage.models import AuditEntry
from app.storage.vault import Vault
from tests.integration.case_file_support import CaseFile, intake, module_case_file
from tests.integration.indicators_support import NOW, KnownVault, build_known_vault
from tests.integration.letters_support import flat, metadata, pdf_text
from tests.integration.test_cli import PASSPHRASE, balise, make_env

pytestmark = pytest.mark.clock(NOW)


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


@pytest.fixture(scope="module")
def known(cf: CaseFile) -> KnownVault:
    return build_known_vault(cf)


def _exports(cf: CaseFile) -> int:
    with cf.session() as s:
        return s.scalar(
            select(func.count()).where(
                AuditEntry.action == "export", AuditEntry.object_type == "indicators"
            )
        )


def _no_name(text: str, known: KnownVault) -> None:
    folded = text.casefold()
    for name in [*known.names, "Marie Dupont"]:
        assert name.casefold() not in folded, name


def test_the_csv_opens_in_a_belgian_spreadsheet_without_any_name(
    cf: CaseFile, known: KnownVault
) -> None:
    before = _exports(cf)
    with cf.session() as s, s.begin():
        data = export_indicators_csv(s, cf.actor, Period.year(2026))
    assert _exports(cf) == before + 1
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    _no_name(text, known)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][0].startswith("Règle de confidentialité") and rows[-1] == rows[0]
    assert rows[2][3:] == ["2026", "2025", "Évolution"]
    lines = {(r[1], r[2]): r[3:] for r in rows[3:-1]}
    assert lines[("Dossiers", "Nouveaux dossiers")] == ["14", "6", "▲ 8"]
    assert lines[("Nouveaux dossiers par commune", "Esneux")] == ["masqué", "< 5", ""]
    assert lines[("Nouveaux dossiers par commune", "Total")] == ["14", "6", "▲ 8"]
    assert lines[("Heures de suivi par type", "Entretien")] == ["6,0", "2,5", "▲ 3,5"]


def test_the_pdf_has_the_figures_the_rule_and_no_name(cf: CaseFile, known: KnownVault) -> None:
    before = _exports(cf)
    with cf.session() as s, s.begin():
        pdf = export_indicators_pdf(s, cf.actor, Period.year(2026))
    assert _exports(cf) == before + 1
    text = flat(pdf_text(pdf))
    _no_name(text, known)
    assert "Service de prévention — Aywaille" in text  # the letterhead
    assert "Indicateurs d'activité" in text
    assert "Année 2026, comparée à : Année 2025" in text
    assert "Nouveaux dossiers par commune" in text and "Sprimont" in text
    assert "< 5" in text and "masqué" in text
    assert text.count("Règle de confidentialité") == 2
    assert "effectifs de 1 à 4 affichés « < 5 »" in text  # footer of every page
    meta = metadata(pdf)
    assert meta.get("/Title") == "Indicateurs d'activité"
    assert not meta.get("/Author")


CLI_LOGIN = "a.lemaire"
CLI_NAMES = ("Zéphyrine", "Quatremarchés")


def test_balise_indicators_from_a_script(tmp_path: Path) -> None:
    env = make_env(tmp_path / "home")
    folder = tmp_path / "coffre"
    made = balise(
        env, "init", "--vault", str(folder), "--service-name", "Service test",
        "--coordinator-name", "Anne Lemaire", "--login", CLI_LOGIN, "--kdf-seconds", "0",
        lines=(PASSPHRASE, PASSPHRASE),
    )  # fmt: skip
    assert made.code == 0, made
    with Vault.open(folder) as vault:
        user = auth.unlock(vault, CLI_LOGIN, PASSPHRASE, kdf=PRODUCTION)
        try:
            for day in range(1, 7):
                data = intake(
                    first_name=CLI_NAMES[0], last_name=CLI_NAMES[1], opened_on=date(2025, 3, day)
                )
                transaction.write(vault, lambda tx, data=data: create_case(tx, user, data))
        finally:
            auth.lock(vault, user)
    for fmt in ("csv", "pdf"):
        out = tmp_path / f"indicateurs.{fmt}"
        done = balise(
            env, "indicators", "--vault", str(folder), "--user", CLI_LOGIN,
            "--from", "2025-01-01", "--to", "31/12/2025", "--format", fmt, "--out", str(out),
            lines=(PASSPHRASE,),
        )  # fmt: skip
        assert done.code == 0, done
        assert "Année 2025" in done.err
        content = out.read_bytes()
        text = content.decode("utf-8-sig") if fmt == "csv" else flat(pdf_text(content))
        assert "Nouveaux dossiers" in text and "Règle de confidentialité" in text
        for name in CLI_NAMES:
            assert name not in text
    with Vault.open(folder) as vault:
        user = auth.unlock(vault, CLI_LOGIN, PASSPHRASE, kdf=PRODUCTION)
        try:
            details = transaction.read(
                vault,
                lambda tx: list(
                    tx.scalars(
                        select(AuditEntry.detail).where(AuditEntry.object_type == "indicators")
                    )
                ),
            )
        finally:
            auth.lock(vault, user)
    assert details == ["csv;2025-01-01;2025-12-31", "pdf;2025-01-01;2025-12-31"]


def test_a_wrong_date_is_refused_in_french(tmp_path: Path) -> None:
    env = make_env(tmp_path / "home")
    done = balise(
        env, "indicators", "--vault", str(tmp_path), "--from", "2025-13-01", "--to",
        "2025-12-31", "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert done.code != 0
    assert "date attendue" in done.err and "Traceback" not in done.err
