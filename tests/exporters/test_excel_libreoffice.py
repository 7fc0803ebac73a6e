"""The workbook as LibreOffice computes and prints it: user text that looks like a formula stays
text, our score formula is evaluated, the action plan prints one page wide with every key column
beside the actions, and a plan saved again by LibreOffice imports as no change. Slow (one soffice
run each), so only a few tests."""

from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import pytest
from conftest import require_program
from excel_test_project import sample_project
from helpers.libreoffice import convert
from openpyxl import load_workbook

from cjm_desktop.exporters.excel import export_excel
from cjm_desktop.model import Project

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
    assert plan[0][1] == "Bakkerij · Actieplan"  # the title row
    header = plan[1]
    site = plan[2]
    assert site[header.index("Actie")] == '=HYPERLINK("http://example.com")'
    assert site[header.index("Omschrijving")] == "Nieuwe website"
    assert site[header.index("Score (impact / inspanning)")] == "2"  # impact 4 / effort 2
    assert plan[4][header.index("Score (impact / inspanning)")] == "1"
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


@pytest.mark.parametrize("example", ["example_nl_path", "example_en_path"])
def test_a_plan_saved_again_by_libreoffice_imports_as_no_change(example, request, tmp_path):
    from cjm_desktop.exporters.action_plan_import import import_action_plan

    project = _load(request.getfixturevalue(example))
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
    saved = tmp_path / "saved" / "plan.xlsx"
    ws = load_workbook(saved).worksheets[0]
    assert ws.column_dimensions["A"].hidden  # LibreOffice kept the IDs, hidden
    result = import_action_plan(project, saved)
    assert result.is_empty()
    assert result.deleted_ids == []


def _load(path: Path) -> Project:
    return Project.model_validate_json(path.read_text(encoding="utf-8"))


def _page_text(pdftotext: str, path: Path, page: int) -> str:
    return subprocess.run(
        [pdftotext, "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _plan_pages(pdftotext: str, pdf: Path, sheet: str) -> list[str]:
    """The text of each page of the sheet `sheet` (its footer names it)."""
    every = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")
    return [text for text in every if re.search(rf"{re.escape(sheet)}\s+\d+ /", text)]


@pytest.mark.parametrize(
    ("example", "sheet", "words"),
    [
        (
            "example_nl_path",
            "Actieplan",
            (
                "Actie",
                "Eigenaar",
                "Status",
                "Prioriteit",
                "Impact",
                "Inspanning",
                "Score",
                "Deadline",
            ),
        ),
        (
            "example_en_path",
            "Action plan",
            ("Action", "Owner", "Status", "Priority", "Impact", "Effort", "Score", "Due"),
        ),
    ],
)
def test_the_example_plan_prints_one_page_wide_with_every_key_column(
    example, sheet, words, request, tmp_path
):
    from cjm_desktop.exporters.action_plan_sheet import by_score

    pdftotext = require_program("pdftotext")
    project = _load(request.getfixturevalue(example))
    export_excel(project, tmp_path / "plan.xlsx")
    convert(tmp_path / "plan.xlsx", "pdf")
    pages = _plan_pages(pdftotext, tmp_path / "plan.pdf", sheet)
    assert pages
    # Every page of the plan carries the whole header: no column went to a page of its own.
    for text in pages:
        for word in words:
            assert word in text, (word, text[:400])
    # The best action (highest score) heads the first page, beside all key columns.
    first = " ".join(pages[0].split())
    assert " ".join(by_score(project.actions)[0].title.split()[:3]) in first
    assert project.brand.name in pages[0]  # the title row
    # The IDs are for reading a plan back, not for paper.
    assert not any(action.id in text for action in project.actions for text in pages)


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
    first = _page_text(pdftotext, tmp_path / "plan.pdf", 1)
    assert "Inspanning" in first and "inspanning)" in first
