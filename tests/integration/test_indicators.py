"""Indicators on a vault with known content: every count worked out by hand
(tests/integration/indicators_support.py says what was recorded), small cells
and their complements hidden, coordination only, exports traced."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from app.core.indicators import IndicatorReport, Period, compute_indicators, trace_export
from app.core.permissions import PermissionDenied
from app.core.small_cells import Hidden
from app.core.vocabulary import Role
from app.storage.models import AuditEntry, User
from tests.integration.case_file_support import CaseFile, module_case_file
from tests.integration.indicators_support import NOW, KnownVault, build_known_vault

pytestmark = pytest.mark.clock(NOW)


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


@pytest.fixture(scope="module")
def known(cf: CaseFile) -> KnownVault:
    return build_known_vault(cf)


@pytest.fixture(scope="module")
def report(cf: CaseFile, known: KnownVault) -> IndicatorReport:
    with cf.session() as s:
        return compute_indicators(s, cf.actor, Period.year(2026))


def shown(report: IndicatorReport, code: str) -> dict[str, tuple[str, str]]:
    """label → (2026, 2025) as printed, the total under « Total »."""
    table = report.table(code)
    rows = {r.label: (r.current.text, r.previous.text) for r in table.rows}
    if table.total is not None:
        rows["Total"] = (table.total.current.text, table.total.previous.text)
    return rows


def test_the_period_is_compared_with_the_year_before(report: IndicatorReport) -> None:
    assert report.period.label == "Année 2026"
    assert report.previous == Period.year(2025)
    assert report.service_name
    assert "1 à 4" in report.rule and "< 5" in report.rule


def test_new_active_and_closed_cases(report: IndicatorReport) -> None:
    assert shown(report, "cases") == {
        "Nouveaux dossiers": ("14", "6"),
        "Dossiers actifs": ("19", "6"),  # 14 new + P1, P3–P6 still open in 2026
        "Dossiers clôturés": ("6", "< 5"),
    }
    row = report.table("cases").rows[0]
    assert row.change == "+8"


def test_time_to_closure_bands_hide_small_counts_under_a_visible_total(
    report: IndicatorReport,
) -> None:
    # 2026: <1 month 2 (A1, A4), 1–3 1 (A2), 3–6 1 (A3), >6 2 (A5, P1); 2025: P2 in 3–6
    assert shown(report, "closure_time") == {
        "Moins d'un mois": ("< 5", "0"),
        "1 à 3 mois": ("< 5", "0"),
        "3 à 6 mois": ("< 5", "< 5"),  # P2: exactly three months is not "1 to 3"
        "Plus de 6 mois": ("< 5", "0"),
        "Total": ("6", "< 5"),
    }


def test_one_small_commune_hides_a_complementary_one(report: IndicatorReport) -> None:
    # 2026: Aywaille 7, Esneux 6, Sprimont 1 — the total would give Sprimont back
    # if Esneux were shown; 2025: Aywaille 2, Esneux 4 (two hidden cells: enough)
    assert shown(report, "new_by_commune") == {
        "Aywaille": ("7", "< 5"),
        "Esneux": ("masqué", "< 5"),
        "Sprimont": ("< 5", "0"),
        "Total": ("14", "6"),
    }
    esneux = next(r for r in report.table("new_by_commune").rows if r.label == "Esneux")
    assert esneux.current.hidden is Hidden.COMPLEMENT and esneux.current.value is None
    assert esneux.change == ""


def test_referral_source_age_gender_and_violence(report: IndicatorReport) -> None:
    source = shown(report, "new_by_source")
    assert source["Police / SAPV"] == ("8", "0")
    assert source["CPAS"] == ("< 5", "0")
    assert source["La personne elle-même"] == ("< 5", "0")
    assert source["Non renseigné"] == ("< 5", "6")
    assert source["Hôpital / CPVS / médecin"] == ("0", "0")
    assert source["Total"] == ("14", "6")
    assert shown(report, "new_by_age") == {
        "Moins de 18 ans": ("0", "0"),
        "18 à 29 ans": ("5", "0"),
        "30 à 44 ans": ("6", "6"),
        "45 à 59 ans": ("< 5", "0"),
        "60 ans et plus": ("0", "0"),
        "Non renseigné": ("< 5", "0"),
        "Total": ("14", "6"),
    }
    gender = shown(report, "new_by_gender")
    assert gender["Femme"] == ("11", "0")
    assert gender["Homme"] == ("< 5", "0")
    assert gender["Autre"] == ("0", "0")
    assert gender["Non renseigné"] == ("< 5", "6")
    violence = shown(report, "new_by_violence")
    assert violence["Violence psychologique"] == ("14", "6")
    assert violence["Violence physique"] == ("5", "0")
    assert violence["Violence sexuelle"] == ("< 5", "0")
    assert "Total" not in violence  # a case can have several types


def test_risk_level_at_the_first_screening_only(report: IndicatorReport) -> None:
    # A1's second screening (critical) and P3's 2026 screening (first in 2025) do not count
    assert shown(report, "first_risk") == {
        "Faible": ("5", "0"),
        "Moyen": ("< 5", "< 5"),
        "Élevé": ("< 5", "0"),
        "Critique": ("< 5", "0"),
        "Total": ("9", "< 5"),
    }


def test_followups_and_hours_by_type(report: IndicatorReport) -> None:
    counts = shown(report, "followups_by_kind")
    assert counts["Entretien"] == ("6", "5")
    assert counts["Appel téléphonique"] == ("< 5", "0")
    assert counts["Visite à domicile"] == ("< 5", "0")
    assert counts["Courrier"] == ("0", "0")
    assert counts["Total"] == ("9", "5")  # neither the missed nor the planned one
    hours = shown(report, "hours_by_kind")
    assert hours["Entretien"] == ("6,0", "2,5")
    assert hours["Appel téléphonique"] == ("masqué", "0,0")  # its count is hidden
    assert hours["Visite à domicile"] == ("masqué", "0,0")
    assert hours["Total"] == ("8,0", "2,5")


def test_complaints_protection_and_departures(report: IndicatorReport) -> None:
    assert shown(report, "procedures") == {
        "Plaintes déposées": ("5", "< 5"),
        "Interdictions temporaires de résidence ordonnées": ("< 5", "0"),
        "Interdictions temporaires de résidence prolongées": ("< 5", "0"),
        "Demandes au tribunal de la famille": ("< 5", "0"),
        "Dossiers de protection du droit de séjour introduits": ("< 5", "0"),
        "Départs du domicile réalisés": ("< 5", "0"),  # the plan in preparation is not one
        "Courriers d'orientation émis": ("masqué", "0"),
    }
    departures = shown(report, "departures_by_destination")
    assert departures["Maison d'accueil / refuge"] == ("< 5", "0")
    assert departures["Appartement d'urgence"] == ("< 5", "0")
    assert departures["Total"] == ("< 5", "0")


def test_a_total_that_would_reveal_its_cells_is_hidden_everywhere(
    report: IndicatorReport,
) -> None:
    # 8 letters: 4 taken in charge, 4 waiting. With the total shown, "< 5" + "< 5" = 8
    # means 4 and 4; so the total is hidden — in the headline too, and the CPAS line
    # of the sector table (which would show the same total) with it.
    assert shown(report, "referrals_by_outcome") == {
        "Prise en charge": ("< 5", "0"),
        "En attente": ("< 5", "0"),
        "Refusée": ("0", "0"),
        "Sans suite": ("0", "0"),
        "Total": ("masqué", "0"),
    }
    sector = shown(report, "referrals_by_sector")
    assert sector["CPAS"] == ("masqué", "0")
    assert sector["Total"] == ("masqué", "0")
    assert set(v[0] for k, v in sector.items() if k not in ("CPAS", "Total")) == {"0"}


def test_no_hidden_value_is_carried_in_the_report(report: IndicatorReport) -> None:
    for table in report.tables:
        for row in (*table.rows, *((table.total,) if table.total else ())):
            for c in (row.current, row.previous):
                assert (c.value is None) == (c.hidden is not Hidden.NO)


def test_a_semester_and_a_custom_period(cf: CaseFile, known: KnownVault) -> None:
    with cf.session() as s:
        first = compute_indicators(s, cf.actor, Period.semester(2026, 1))
        june = compute_indicators(s, cf.actor, Period.custom(date(2026, 6, 1), date(2026, 6, 30)))
    assert first.previous == Period.semester(2025, 2)
    # opened January–June 2026: A1–A7, E1–E6 (S1 opened in July)
    assert shown(first, "cases")["Nouveaux dossiers"] == ("13", "< 5")  # 2025 S2: P6
    assert june.previous.end.isoformat() == "2026-05-31"
    assert june.previous.start.isoformat() == "2026-05-02"
    assert shown(june, "followups_by_kind")["Total"] == ("9", "0")


@pytest.mark.parametrize("role", [Role.SOCIAL_WORKER, Role.STREET_EDUCATOR])
def test_only_the_coordination_reads_or_exports_them(cf: CaseFile, role: Role) -> None:
    other = replace(cf.actor, role=role)
    with cf.session() as s:
        with pytest.raises(PermissionDenied):
            compute_indicators(s, other, Period.year(2026))
        with pytest.raises(PermissionDenied):
            trace_export(s, other, Period.year(2026), "csv")


def test_an_export_is_traced_without_any_name(cf: CaseFile, known: KnownVault) -> None:
    with cf.session() as s, s.begin():
        trace_export(s, cf.actor, Period.year(2026), "pdf")
    with cf.session() as s:
        entry = s.scalar(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1))
        assert entry.action == "export" and entry.object_type == "indicators"
        assert entry.detail == "pdf;2026-01-01;2026-12-31"
        assert s.scalar(select(User.id).where(User.id == entry.user_id)) == cf.actor.user_id
