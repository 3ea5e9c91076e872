"""The partner directory: editing, search and filters, CSV import and export."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.core.auth import UserSession
from app.core.partners import (
    ContactInput,
    PartnerFilter,
    PartnerInput,
    get_partner,
    save_partner,
    search_partners,
    set_partner_active,
)
from app.core.partners_csv import (
    COLUMNS,
    ImportPlan,
    apply_import,
    export_partners_csv,
    read_partners_csv,
)
from app.core.permissions import MATRIX, Perm, PermissionDenied
from app.core.vocabulary import Role
from app.errors import ValidationError
from app.storage.models import Partner
from tests.integration.case_file_support import AYWAILLE, ESNEUX, SPRIMONT, CaseFile
from tests.integration.case_file_support import module_case_file as _module


@pytest.fixture
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with _module(tmp_path_factory) as case_file:
        yield case_file


def save(cf: CaseFile, data: PartnerInput, partner_id=None):
    with cf.session() as s, s.begin():
        return save_partner(s, cf.actor, data, partner_id)


def rows(cf: CaseFile, **kw: object) -> list[str]:
    with cf.session() as s:
        return [r.name for r in search_partners(s, cf.actor, PartnerFilter(**kw))]  # type: ignore[arg-type]


def test_an_organisation_is_saved_with_its_communes_and_contacts(cf: CaseFile) -> None:
    pid = save(
        cf,
        PartnerInput(
            "CPAS d'Esneux",
            "cpas",
            services="RIS, adresse de référence",
            hours="lun.-ven. 9 h-12 h",
            postcode="4130",
            city="Esneux",
            phone="04 380 94 60",
            email="accueil@cpas-esneux.example",
            commune_codes=[ESNEUX],
            contacts=[ContactInput("Zeynep Kılıç", "Assistante sociale", "04 380 94 61")],
        ),
    )
    with cf.session() as s:
        p = get_partner(s, cf.actor, pid)
    assert p.sector_label == "CPAS" and p.commune_names == ["Esneux"]
    assert p.contacts[0].name == "Zeynep Kılıç"
    # editing replaces the contacts by those of the form
    save(cf, replace(p.to_input(), contacts=[ContactInput("Łucja Nowak")]), pid)
    with cf.session() as s:
        assert [c.name for c in get_partner(s, cf.actor, pid).contacts] == ["Łucja Nowak"]


def test_wrong_values_are_refused_naming_the_field(cf: CaseFile) -> None:
    for data, field in (
        (PartnerInput("", "cpas"), "name"),
        (PartnerInput("X", "nope"), "sector"),
        (PartnerInput("X", "cpas", postcode="49"), "postcode"),
        (PartnerInput("X", "cpas", email="pas-un-mail"), "email"),
        (PartnerInput("X", "cpas", phone="appelez-moi"), "phone"),
        (PartnerInput("X", "cpas", contacts=[ContactInput("")]), "contacts"),
    ):
        with pytest.raises(ValidationError) as refused:
            save(cf, data)
        assert refused.value.field == field


def test_a_street_educator_reads_but_does_not_edit_the_directory(cf: CaseFile) -> None:
    educator = UserSession(
        cf.actor.user_id, "w", "W", Role.STREET_EDUCATOR, cf.actor.service_name, False
    )
    with cf.session() as s, s.begin(), pytest.raises(PermissionDenied):
        save_partner(s, educator, PartnerInput("X", "cpas"))
    with cf.session() as s:
        assert search_partners(s, educator) == []
    # Nor import: neither the check of a file (it tells what the directory holds)
    # nor the write, even of a plan with nothing in it.
    with cf.session() as s, pytest.raises(PermissionDenied):
        read_partners_csv(s, educator, _csv("CPAS de Sprimont;CPAS;;;;;;;;;;oui;"))
    with cf.session() as s, s.begin(), pytest.raises(PermissionDenied):
        apply_import(s, educator, ImportPlan())


def test_reading_the_directory_is_checked_against_the_role(
    cf: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every role reads the directory today: take the right away from one to prove
    # that the services check it rather than trust the screens.
    assert set(MATRIX[Perm.PARTNERS_READ]) == set(Role)
    pid = save(cf, PartnerInput("Maison de justice de Liège", "justice"))
    educator = UserSession(
        cf.actor.user_id, "w", "W", Role.STREET_EDUCATOR, cf.actor.service_name, False
    )
    monkeypatch.delitem(MATRIX[Perm.PARTNERS_READ], Role.STREET_EDUCATOR)
    with cf.session() as s:
        for read in (lambda: search_partners(s, educator), lambda: get_partner(s, educator, pid)):
            with pytest.raises(PermissionDenied) as refused:
                read()
            assert refused.value.action == Perm.PARTNERS_READ.value
            assert "répertoire des partenaires" in refused.value.message
        assert [r.id for r in search_partners(s, cf.actor)] == [pid]


def test_search_ignores_accents_and_filters_by_sector_and_commune(cf: CaseFile) -> None:
    save(cf, PartnerInput("Maison d'accueil Hélène", "shelter", commune_codes=[SPRIMONT]))
    save(cf, PartnerInput("CPAS d'Aywaille", "cpas", commune_codes=[AYWAILLE]))
    save(cf, PartnerInput("Écoute Violences Conjugales", "listening_line"))  # every commune
    inactive = save(cf, PartnerInput("Ancien refuge", "shelter", active=False))
    assert rows(cf, text="helene") == ["Maison d'accueil Hélène"]
    assert rows(cf, text="ecoute") == ["Écoute Violences Conjugales"]
    assert rows(cf, sector="shelter") == ["Maison d'accueil Hélène"]
    assert rows(cf, commune_code=AYWAILLE) == ["CPAS d'Aywaille", "Écoute Violences Conjugales"]
    assert "Ancien refuge" in rows(cf, include_inactive=True)
    with cf.session() as s, s.begin():
        set_partner_active(s, cf.actor, inactive, True)
    assert "Ancien refuge" in rows(cf, sector="shelter")


def test_export_is_excel_friendly_and_imports_back_unchanged(cf: CaseFile) -> None:
    save(
        cf,
        PartnerInput(
            "Service d'aide aux victimes « Ștefan »",
            "victim_aid",
            services="Soutien psychologique; groupes de parole",
            commune_codes=[AYWAILLE, ESNEUX],
            contacts=[
                ContactInput("Ana Muñoz", "Psychologue", "0470 12 34 56", "ana@sav.example"),
                ContactInput("Ödön Kovács"),
            ],
        ),
    )
    data = export_partners_csv_of(cf)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents
    text = data.decode("utf-8-sig")
    assert next(csv.reader(io.StringIO(text), delimiter=";")) == list(COLUMNS)
    record = next(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert record["secteur"].startswith("Aide aux victimes")
    assert record["communes"] == "Aywaille, Esneux"
    assert (
        record["contacts"].splitlines()[0]
        == "Ana Muñoz | Psychologue | 0470 12 34 56 | ana@sav.example"
    )
    with cf.session() as s:
        plan = read_partners_csv(s, cf.actor, data)
    assert plan.rejected == [] and plan.update_count == 1 and plan.new_count == 0
    imported = plan.items[0].data
    assert [c.name for c in imported.contacts] == ["Ana Muñoz", "Ödön Kovács"]
    assert imported.services == "Soutien psychologique; groupes de parole"


def export_partners_csv_of(cf: CaseFile) -> bytes:
    with cf.session() as s, s.begin():
        return export_partners_csv(s, cf.actor)


def _csv(*lines: str) -> bytes:
    return ("\n".join([";".join(COLUMNS), *lines]) + "\n").encode("cp1252")


def test_import_reports_each_rejected_line_with_its_reason_and_writes_nothing_half(
    cf: CaseFile,
) -> None:
    data = _csv(
        "Maison de justice de Liège;Justice;;Liège;;;4000;Liège;04 232 40 11;;;oui;",
        "Sans secteur;;;;;;;;;;;;",
        "Commune fantôme;CPAS;;Atlantide;;;;;;;;;",
        "Mauvais code postal;CPAS;;;;;49;;;;;;",
        "Maison de justice de Liège;justice;;;;;;;;;;;",
        "Mauvais actif;CPAS;;;;;;;;;;peut-être;",
    )
    with cf.session() as s:
        plan = read_partners_csv(s, cf.actor, data)
    assert [i.data.name for i in plan.items] == ["Maison de justice de Liège"]
    reasons = {r.line: r.reason for r in plan.rejected}
    assert sorted(reasons) == [3, 4, 5, 6, 7]
    assert "secteur" in reasons[3]
    assert "Atlantide" in reasons[4]
    assert "4 chiffres" in reasons[5]
    assert "ligne 2" in reasons[6]
    assert "oui ou non" in reasons[7]
    before = count(cf)
    # All or nothing: a failure while writing leaves the directory as it was.
    broken = replace(plan, items=[*plan.items, replace(plan.items[0], data=PartnerInput("", "x"))])
    with pytest.raises(ValidationError), cf.session() as s, s.begin():
        apply_import(s, cf.actor, broken)
    assert count(cf) == before
    with cf.session() as s, s.begin():
        result = apply_import(s, cf.actor, plan)
    assert result.added == 1 and count(cf) == before + 1


def count(cf: CaseFile) -> int:
    with cf.session() as s:
        return s.scalar(select(func.count()).select_from(Partner))


def test_a_file_without_the_required_columns_is_refused_as_a_whole(cf: CaseFile) -> None:
    with cf.session() as s, pytest.raises(ValidationError) as refused:
        read_partners_csv(s, cf.actor, b"name,phone\nX,1\n")
    assert "nom" in refused.value.message and "secteur" in refused.value.message
