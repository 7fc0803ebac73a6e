"""The workbook as LibreOffice computes and prints it: user text that looks like a formula stays
text, our score formula is evaluated, the action plan prints as pairs of readable pages. Slow (one
soffice run each), so only a few tests."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

from conftest import require_program
from excel_test_project import sample_project
from helpers.libreoffice import convert

from cjm_desktop.exporters.excel import export_excel

# LibreOffice's CSV filter options: comma, double quote, UTF-8, from line 1, no column formats,
# language 0, then: quote all text false, detect special numbers true, save as shown false,
# export formulas false, remove space false, and token 12 = -1: every sheet into its own file
# named <name>-<sheet>.csv (LibreOffice 7.2 and later).
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_libreoffice_shows_formula_text_as_text_and_computes_the_score(tmp_path: Path) -> None:
    export_excel(sample_project(), tmp_path / "plan.xlsx")
    convert(tmp_path / "plan.xlsx", CSV_ALL_SHEETS)
    plan = _rows(tmp_path / "plan-Actieplan.csv")
    header = plan[0]
    site = plan[1]
    assert site[header.index("Actie")] == '=HYPERLINK("http://example.com")'
    assert site[header.index("Omschrijving")] == "Nieuwe website"
    assert site[header.index("Score (impact / inspanning)")] == "2"  # impact 4 / effort 2
    assert plan[3][header.index("Score (impact / inspanning)")] == "1"
    touchpoints = _rows(tmp_path / "plan-Touchpoints.csv")
    assert touchpoints[1][3] == "=1+1"
    grid = _rows(tmp_path / "plan-Brood bestellen.csv")
    assert grid[4][1] == "=1+1\nGoogle"


def test_pdf_of_the_workbook_shows_the_text(tmp_path: Path) -> None:
    pdftotext = require_program("pdftotext")
    export_excel(sample_project(), tmp_path / "plan.xlsx")
    convert(tmp_path / "plan.xlsx", "pdf")
    text = subprocess.run(
        [pdftotext, "-layout", str(tmp_path / "plan.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "=1+1" in text
    assert "Oriënteren" in text
    assert "Te duur @SUM(A1)" in text


def test_a_plan_saved_again_by_libreoffice_imports_as_no_change(tmp_path: Path) -> None:
    from cjm_desktop.exporters.action_plan_import import import_action_plan

    project = sample_project()
    export_excel(project, tmp_path / "plan.xlsx")
    (tmp_path / "saved").mkdir()
    soffice = require_program("soffice")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(tmp_path / "saved"),
            str(tmp_path / "plan.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    result = import_action_plan(project, tmp_path / "saved" / "plan.xlsx")
    assert result.is_empty()
    assert result.deleted_ids == []


def _page_text(pdftotext: str, path: Path, page: int) -> str:
    return subprocess.run(
        [pdftotext, "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def test_the_action_plan_prints_as_two_pages_side_by_side(tmp_path: Path) -> None:
    pdftotext = require_program("pdftotext")
    project = sample_project()
    project.journeys.clear()  # only the action plan, the touchpoints and personas sheets
    export_excel(project, tmp_path / "plan.xlsx")
    convert(tmp_path / "plan.xlsx", "pdf")
    pdf = tmp_path / "plan.pdf"
    first, second = _page_text(pdftotext, pdf, 1), _page_text(pdftotext, pdf, 2)
    # What and who on the first page, how and by when on the second, the action on both.
    for word in ("Actie", "Omschrijving", "Eigenaar", "Prioriteit", "Nieuwe website"):
        assert word in first
    assert "Impact" not in first and "Notities" not in first
    for word in ("Actie", "Impact", "Status", "Deadline", "Notities", "Bezig"):
        assert word in second
    assert "Omschrijving" not in second and "Prioriteit" not in second
    # The IDs are for reading a plan back, not for paper.
    assert "action-site" not in first + second
    assert "Actieplan 1 /" in first and "Actieplan 2 /" in second


def test_with_carlito_the_plan_headers_wrap_between_words(tmp_path: Path) -> None:
    # Carlito measures like Calibri; without it LibreOffice broke "Inspanning" mid-word.
    fc_list = require_program("fc-list")
    if "Carlito" not in subprocess.run([fc_list], capture_output=True, text=True).stdout:
        require_program("fonts-crosextra-carlito")  # skips, or fails under CI
    pdftotext = require_program("pdftotext")
    project = sample_project()
    project.journeys.clear()
    export_excel(project, tmp_path / "plan.xlsx")
    convert(tmp_path / "plan.xlsx", "pdf")
    second = _page_text(pdftotext, tmp_path / "plan.pdf", 2)
    assert "Inspanning" in second and "inspanning)" in second
