"""No NUL or other invisible control character reaches the vault through the
case services (intake, people, authors); line breaks in notes stay."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.authors import AuthorInput, add_author
from app.core.people import PersonInput, add_person
from app.core.vocabulary import AuthorRelation
from app.errors import ValidationError
from tests.integration.case_file_support import CaseFile, new_case
from tests.integration.case_file_support import module_case_file as _module


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with _module(tmp_path_factory) as case_file:
        yield case_file


@pytest.mark.parametrize(
    "changes",
    [
        {"pseudonym": "Coli\x00bri"},
        {"situation": "Menaces\x1b[2J répétées"},
        {"pseudonym": "A\x7f"},
    ],
)
def test_intake_refuses_control_characters(cf: CaseFile, changes: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as refused:
        new_case(cf, **changes)
    assert "U+00" in refused.value.message


def test_intake_keeps_line_breaks_and_tabs_in_the_situation(cf: CaseFile) -> None:
    assert new_case(cf, situation="Menaces répétées\n\tdepuis mars").id


@pytest.mark.parametrize(
    "data",
    [
        PersonInput(first_name="Lé\x00a"),
        PersonInput(first_name="Léa", languages="français\x07"),
    ],
)
def test_people_refuse_control_characters(cf: CaseFile, data: PersonInput) -> None:
    case = new_case(cf)
    with cf.session() as s, s.begin(), pytest.raises(ValidationError):
        add_person(s, cf.actor, case.id, data)


def test_authors_refuse_control_characters_and_keep_multi_line_notes(cf: CaseFile) -> None:
    case = new_case(cf)
    with cf.session() as s, s.begin(), pytest.raises(ValidationError):
        add_author(s, cf.actor, case.id, AuthorInput(AuthorRelation.PARTNER, notes="a\x00b"))
    with cf.session() as s, s.begin():
        add_author(s, cf.actor, case.id, AuthorInput(AuthorRelation.PARTNER, notes="a\nb"))
