"""How the workbook looks when opened: one typeface, readable headers, rows tall enough."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from cjm_desktop.exporters.excel import export_excel
from cjm_desktop.exporters.map_sheet import STAGE_ROW, STEP_ROW
from cjm_desktop.resource_paths import resource
from cjm_desktop.storage import load

EXAMPLE = resource("examples", "bakkerij_nl.cjm")


def _workbook(tmp_path: Path):
    path = tmp_path / "example.xlsx"
    export_excel(load(EXAMPLE), path)
    return load_workbook(path)


def test_every_written_cell_names_its_face_and_size(tmp_path: Path) -> None:
    # A Font() without a name made LibreOffice set every header in a serif at 10 pt.
    for ws in _workbook(tmp_path):
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name and cell.font.sz, (ws.title, cell.coordinate)


def test_stage_names_are_light_on_the_dark_stage_colours(tmp_path: Path) -> None:
    ws = _workbook(tmp_path)["Sanne bestelt een verjaardagsta"]
    stage = ws.cell(row=STAGE_ROW, column=2)
    assert stage.value == "Oriënteren"
    assert stage.font.color.rgb.endswith("FFFFFF")


def test_step_row_grows_for_two_line_step_names(tmp_path: Path) -> None:
    ws = _workbook(tmp_path)["Sanne bestelt een verjaardagsta"]
    names = [ws.cell(row=STEP_ROW, column=c).value or "" for c in range(2, ws.max_column + 1)]
    assert any(len(name) > 24 for name in names)  # "Leest reviews en bekijkt foto's"
    assert (ws.row_dimensions[STEP_ROW].height or 0) >= 2 * 14
