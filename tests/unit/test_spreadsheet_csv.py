"""The shared CSV writer: quoted cells, formula starts neutralised, exact round trip."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.core.spreadsheet_csv import (
    SpreadsheetWriter,
    neutralise_cell,
    restore_cell,
    starts_like_formula,
)

cells = st.text(alphabet=st.sampled_from("=+-@\t\r\n '\u00a0a1;\"é"), max_size=8) | st.text()


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_each_formula_start_gets_a_single_quote(start: str) -> None:
    assert neutralise_cell(start + "1+1") == "'" + start + "1+1"
    assert neutralise_cell(" \n" + start + "A1") == "' \n" + start + "A1"


@pytest.mark.parametrize("value", ["Aywaille", "04 384 40 17", "", "a=b", "'texte", 12, None])
def test_ordinary_cells_are_unchanged(value: object) -> None:
    assert neutralise_cell(value) == ("" if value is None else str(value))


def test_negative_numbers_are_text_too() -> None:
    assert neutralise_cell(-5) == "'-5"


@given(st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=4))
@example([["=1+1", "'=1+1", "''-x", "\r\n", ";"]])
def test_a_spreadsheet_sees_no_formula_and_an_import_gets_the_value_back(
    rows: list[list[str]],
) -> None:
    out = io.StringIO()
    writer = SpreadsheetWriter(out)
    for row in rows:
        writer.writerow(row)
    read = list(csv.reader(io.StringIO(out.getvalue(), newline=""), delimiter=";"))
    assert len(read) == len(rows)
    for written, original in zip(read, rows, strict=True):
        assert not any(starts_like_formula(cell) and cell[:1] != "'" for cell in written)
        assert [restore_cell(cell) for cell in written] == original
    assert all(line.startswith('"') for line in out.getvalue().split("\r\n")[:1])
