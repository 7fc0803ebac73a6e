"""How the map, touchpoint and persona sheets print: fitted to the page width, headers repeated,
landscape unless the table fits a portrait page."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import require_program
from excel_test_project import sample_project
from helpers.libreoffice import convert
from openpyxl import load_workbook

from cjm_desktop.exporters.excel import export_excel
from cjm_desktop.model import Persona


def _sheets(tmp_path: Path, project) -> object:
    export_excel(project, tmp_path / "plan.xlsx")
    return load_workbook(tmp_path / "plan.xlsx")


def _fitted_to_width(ws) -> bool:
    return bool(ws.sheet_properties.pageSetUpPr.fitToPage) and (
        ws.page_setup.fitToWidth,
        ws.page_setup.fitToHeight,
    ) == (1, 0)


def test_map_and_touchpoints_print_landscape_with_their_headers(tmp_path: Path) -> None:
    wb = _sheets(tmp_path, sample_project())
    grid = wb["Brood bestellen"]
    assert grid.page_setup.orientation == "landscape" and _fitted_to_width(grid)
    assert (grid.print_title_rows, grid.print_title_cols) == ("$3:$4", "$A:$A")
    touchpoints = wb["Touchpoints"]
    assert touchpoints.page_setup.orientation == "landscape" and _fitted_to_width(touchpoints)
    assert touchpoints.print_title_rows == "$1:$1"


def test_personas_print_portrait_until_they_need_the_wider_page(tmp_path: Path) -> None:
    project = sample_project()
    project.personas.append(Persona(name="Piet"))
    personas = _sheets(tmp_path, project)["Persona's"]
    assert personas.page_setup.orientation == "portrait" and _fitted_to_width(personas)
    assert personas.print_title_rows == "$1:$1"
    project.personas.append(Persona(name="Kees"))
    personas = _sheets(tmp_path, project)["Persona's"]
    assert personas.page_setup.orientation == "landscape" and _fitted_to_width(personas)


def test_libreoffice_prints_the_personas_on_a_portrait_page(tmp_path: Path) -> None:
    pdfinfo = require_program("pdfinfo")
    project = sample_project()
    project.journeys.clear()
    export_excel(project, tmp_path / "plan.xlsx")
    convert(tmp_path / "plan.xlsx", "pdf")
    info = subprocess.run(
        [pdfinfo, "-f", "1", "-l", "99", str(tmp_path / "plan.pdf")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = [line for line in info.splitlines() if line.startswith("Page ") and " size:" in line]
    sizes = [line.split(":", 1)[1].split()[:3] for line in pages]
    width, _, height = sizes[-1]  # the persona sheet comes last
    assert float(width) < float(height)
    width, _, height = sizes[0]  # the action plan
    assert float(width) > float(height)
