"""Partner CSV import with bad input: no line is ever dropped without a word, and
no invisible control character reaches the directory (typed or imported)."""

from __future__ import annotations

import csv
from collections.abc import Iterator

import pytest

from app.core.partners import ContactInput, PartnerInput, save_partner
from app.core.partners_csv import COLUMNS, ImportPlan, read_partners_csv
from app.errors import ValidationError
from tests.integration.case_file_support import CaseFile
from tests.integration.case_file_support import module_case_file as _module

HEADER = ";".join(COLUMNS)


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with _module(tmp_path_factory) as case_file:
        yield case_file


def ok(name: str) -> str:
    return f"{name};CPAS;;;;;4920;Aywaille;;;;oui;"


def plan_of(cf: CaseFile, *lines: str, eol: str = "\n") -> ImportPlan:
    data = (eol.join([HEADER, *lines]) + eol).encode("utf-8")
    with cf.session() as s:
        return read_partners_csv(s, cf.actor, data)


def accounted(plan: ImportPlan) -> list[int]:
    return sorted([i.line for i in plan.items] + [r.line for r in plan.rejected])


def reason(plan: ImportPlan, line: int) -> str:
    return next(r.reason for r in plan.rejected if r.line == line)


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_an_unclosed_quote_is_reported_and_every_later_line_is_still_read(
    cf: CaseFile, eol: str
) -> None:
    plan = plan_of(
        cf,
        ok("Avant"),
        'Cassée;CPAS;"Soutien, accueil;;;;;;;;;;',
        ok("Après un"),
        "Secteur faux;Boulangerie;;;;;;;;;;;",
        ok("Après deux"),
        eol=eol,
    )
    assert accounted(plan) == [2, 3, 4, 5, 6]
    assert [i.data.name for i in plan.items] == ["Avant", "Après un", "Après deux"]
    assert "guillemet" in reason(plan, 3)
    assert "Boulangerie" in reason(plan, 5)


def test_a_quote_closed_by_a_later_cells_quote_is_taken_as_unclosed(cf: CaseFile) -> None:
    # The quote opened on line 3 would be closed by the one that opens line 5's
    # cell, swallowing line 4 into a "services" cell: only line 3 is refused.
    plan = plan_of(
        cf,
        ok("Avant"),
        'Cassée;CPAS;"Soutien;;;;;;;;;;',
        ok("Avalée"),
        'Suivante;CPAS;"Écoute";;;;;;;;;;',
        ok("Après"),
    )
    assert [i.data.name for i in plan.items] == ["Avant", "Avalée", "Suivante", "Après"]
    assert "guillemet" in reason(plan, 3)
    assert accounted(plan) == [2, 3, 4, 5, 6]
    assert plan.items[2].data.services == "Écoute"


def test_a_refused_record_with_a_multi_line_cell_names_all_its_lines(cf: CaseFile) -> None:
    plan = plan_of(cf, 'Secteur faux;Boulangerie;"Accueil\nÉcoute";;;;;;;;;;', ok("Après"))
    assert "lignes 2 à 3" in reason(plan, 2)
    assert [i.line for i in plan.items] == [4]


def test_a_cell_over_the_csv_field_limit_is_reported_and_later_lines_are_read(
    cf: CaseFile,
) -> None:
    huge = "x" * (csv.field_size_limit() + 10)
    plan = plan_of(
        cf,
        ok("Avant"),
        f'Énorme;CPAS;"{huge}\n{huge}";;;;;;;;;;',
        ok("Après"),
        f"Énorme sans guillemets;CPAS;{huge};;;;;;;;;;",
        ok("Encore après"),
    )
    assert [i.data.name for i in plan.items] == ["Avant", "Après", "Encore après"]
    assert accounted(plan) == [2, 3, 5, 6, 7]  # the quoted cell spans lines 3 and 4
    for line in (3, 6):
        assert "dépasse" in reason(plan, line) and "caractères" in reason(plan, line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nul\x00Byte;CPAS;;;;;;;;;;;", "U+0000"),
        ("Cloche;CPAS;;;;;;;;;\x07;;", "U+0007"),
        ("Échap;CPAS;;;;;;Aywaille\x1b[31m;;;;;", "U+001B"),
        ("Suppr;CPAS;;;;\x7f;;;;;;;", "U+007F"),
        ("C1;CPAS;;;;;;;;;a\x85b;;", "U+0085"),
        ("Bidi\u202egpj.exe;CPAS;;;;;;;;;;;", "U+202E"),
        ("Tab\tdans le nom;CPAS;;;;;;;;;;;", "tabulation"),
        ('"Deux\nlignes";CPAS;;;;;;;;;;;', "une seule ligne"),
        ("Contact;CPAS;;;;;;;;;;;Ana\x00 | Psy", "U+0000"),
    ],
)
def test_control_characters_are_refused_in_every_text_field(
    cf: CaseFile, line: str, expected: str
) -> None:
    plan = plan_of(cf, line, ok("Saine"))
    assert [i.data.name for i in plan.items] == ["Saine"]
    assert accounted(plan) == [2, 3 + line.count("\n")]
    assert expected in reason(plan, 2)


def test_multi_line_fields_keep_their_tabs_and_line_breaks(cf: CaseFile) -> None:
    plan = plan_of(cf, 'Lignes;CPAS;"Accueil\n\tÉcoute";;;;;;;;"Note\r\nsuite";;"Ana\nBob"')
    assert plan.rejected == []
    item = plan.items[0].data
    assert item.services == "Accueil\n\tÉcoute" and item.notes == "Note\r\nsuite"
    assert [c.name for c in item.contacts] == ["Ana", "Bob"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PartnerInput("Nom\x00", "cpas"), "name"),
        (PartnerInput("X", "cpas", notes="a\x1bb"), "notes"),
        (PartnerInput("X", "cpas", city="Li\u2028ège"), "city"),
        (PartnerInput("X", "cpas", contacts=[ContactInput("Ana", notes="\x00")]), "contacts"),
    ],
)
def test_the_partner_form_refuses_control_characters_naming_the_field(
    cf: CaseFile, data: PartnerInput, field: str
) -> None:
    with cf.session() as s, s.begin(), pytest.raises(ValidationError) as refused:
        save_partner(s, cf.actor, data)
    assert refused.value.field == field
    assert "U+" in refused.value.message or "ligne" in refused.value.message
