"""Fuzzing the Excel plan import: an exported plan with random cells written over it (every cell
type openpyxl writes, formula text, empty rows) and raw cells openpyxl would not write (formulas
with and without a calculated value, array formulas, errors, booleans, out-of-range dates). Every
outcome is an import result or the import's own UserError, never another exception, and the
project is never changed by reading."""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import date, datetime
from functools import cache
from pathlib import Path

from helpers.workbook_parts import add_rows_xml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from cjm_desktop.exporters.action_plan_import import ImportResult, import_action_plan
from cjm_desktop.exporters.excel import export_excel
from cjm_desktop.model import Language
from cjm_desktop.storage.canonical_json import dumps
from cjm_desktop.user_message import UserError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "exporters"))
from excel_test_project import sample_project

COLUMNS = 18  # the plan's 17 columns and one of the user's own

values = st.one_of(
    st.none(),
    # What a cell can hold: openpyxl refuses control characters (the exporter's sanitiser
    # removes them), so the fuzz writes everything else, newlines and tabs included.
    st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t"), max_size=40),
    st.sampled_from(
        [
            "=1+1",
            '=HYPERLINK("x")',
            "Klaar",
            "Hoog",
            "laag",
            "31-12-2024",
            "2024-02-30",
            "action-site",
            "action-queue",
            "Brood bestellen",
            "Kopen",
            "Oriënteren",
            "#REF!",
            "<b>vet</b>",
            "  ",
            "5",
            "4,0",
        ]
    ),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1)),
    st.times(),
)
cells = st.lists(st.tuples(st.integers(1, 12), st.integers(1, COLUMNS), values), max_size=25)
raw_cells = st.sampled_from(
    [
        '<c r="{c}"><f>1/0</f></c>',
        '<c r="{c}" t="str"><f>UPPER("a")</f><v>A</v></c>',
        '<c r="{c}" t="str"><f t="array" ref="{c}">UPPER("a")</f><v>A</v></c>',
        '<c r="{c}"><f t="array" ref="{c}">SUM(1)</f></c>',
        '<c r="{c}" t="e"><v>#N/A</v></c>',
        '<c r="{c}" t="e"><f>A0</f><v>#REF!</v></c>',
        '<c r="{c}" t="b"><v>1</v></c>',
        '<c r="{c}" s="0"><v>1e308</v></c>',
        '<c r="{c}"><v>3</v></c>',
        '<c r="{c}" t="inlineStr"><is><t>=SUM(A1)</t></is></c>',
        '<c r="{c}" t="d"><v>2024-05-01T00:00:00</v></c>',
    ]
)
raw_rows = st.lists(
    st.tuples(
        st.integers(0, 3), st.lists(st.tuples(st.integers(1, COLUMNS), raw_cells), max_size=4)
    ),
    max_size=4,
)


@cache
def _exported() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xlsx"
        export_excel(sample_project(Language.NL), path)
        return path.read_bytes()


def _raw_xml(rows) -> bytes:
    xml, number = [], 4  # the exported plan's rows end at 4
    for gap, row_cells in rows:
        number += 1 + gap
        by_column = {col: cell for col, cell in row_cells}  # one cell a column, in order
        inner = "".join(
            by_column[col].format(c=f"{get_column_letter(col)}{number}")
            for col in sorted(by_column)
        )
        xml.append(f'<row r="{number}">{inner}</row>')
    return "".join(xml).encode()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(cells=cells, raw=raw_rows, delete=st.lists(st.integers(2, 6), max_size=2))
def test_random_cells_give_a_result_or_a_clear_error(cells, raw, delete) -> None:
    project = sample_project(Language.NL)
    before = dumps(project)
    wb = load_workbook(io.BytesIO(_exported()))
    ws = wb.worksheets[0]
    for row, column, value in cells:
        ws.cell(row=row, column=column).value = value
    for row in delete:
        ws.delete_rows(row)  # empty rows in the middle, or fewer rows
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xlsx"
        wb.save(path)
        if raw:
            add_rows_xml(path, _raw_xml(raw))
        try:
            result = import_action_plan(project, path)
        except UserError as error:
            assert error.render()  # the message the GUI lists
        else:
            assert isinstance(result, ImportResult)
            assert str(result.summary())
            result.edit.apply(project)  # what the import proposes is a valid edit
            result.edit.revert(project)
    assert dumps(project) == before
