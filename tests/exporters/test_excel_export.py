"""The Excel workbook, opened again with openpyxl: sheets, cells, formats, validations, printing."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from excel_test_project import sample_project
from openpyxl import load_workbook

from cjm_desktop.exporters.action_plan_print import PRINTABLE, printed_width
from cjm_desktop.exporters.action_plan_sheet import (
    PRINTED_COLUMNS,
    WIDTHS,
    column_letter,
    score_formula,
)
from cjm_desktop.exporters.excel import PROJECT_ID_PROPERTY, export_excel
from cjm_desktop.model import Journey, Language
from cjm_desktop.user_message import UserError


@pytest.fixture
def workbook(tmp_path: Path):
    path = tmp_path / "plan.xlsx"
    export_excel(sample_project(), path)
    return load_workbook(path)


def test_sheets_follow_the_project_language(tmp_path: Path) -> None:
    for language, names in (
        (Language.NL, ["Actieplan", "Brood bestellen", "Touchpoints", "Persona's"]),
        (Language.EN, ["Action plan", "Brood bestellen", "Touchpoints", "Personas"]),
    ):
        path = tmp_path / f"{language}.xlsx"
        export_excel(sample_project(language), path)
        wb = load_workbook(path)
        assert wb.sheetnames == names
        assert wb.active.title == names[0]


def test_action_plan_title_header_rows_and_layout(workbook) -> None:
    ws = workbook["Actieplan"]
    assert ws["B1"].value == "Bakkerij · Actieplan"
    assert ws[f"{column_letter('addresses')}1"].value.date() == date.today()
    header = [c.value for c in ws[2]]
    assert header[:10] == [
        "ID",
        "Actie",
        "Eigenaar",
        "Status",
        "Prioriteit",
        "Impact (1-5)",
        "Inspanning (1-5)",
        "Score (impact / inspanning)",
        "Deadline",
        "Lost op",
    ]
    assert ws.freeze_panes == "C3"
    assert ws.auto_filter.ref == "A2:Q5"
    assert ws.column_dimensions["B"].width == WIDTHS["title"]
    assert ws.column_dimensions["A"].hidden
    # Highest score (impact / effort) first: 4/2, then 3/3 twice in the project's order.
    assert [ws.cell(r, 1).value for r in (3, 4, 5)] == [
        "action-site",
        "action-flyer",
        "action-queue",
    ]
    assert ws[f"{column_letter('owner')}3"].value == "Piet"
    assert ws[f"{column_letter('priority')}3"].value == "Hoog"
    assert ws[f"{column_letter('status')}3"].value == "Bezig"
    assert ws[f"{column_letter('journey')}3"].value == "Brood bestellen"
    assert ws[f"{column_letter('stage')}3"].value == "Kopen"
    assert ws[f"{column_letter('addresses')}3"].value == "Te duur @SUM(A1)"
    assert ws[f"{column_letter('description')}3"].alignment.wrap_text


def test_english_headers_say_what_an_action_solves(tmp_path: Path) -> None:
    path = tmp_path / "en.xlsx"
    export_excel(sample_project(Language.EN), path)
    ws = load_workbook(path)["Action plan"]
    header = [c.value for c in ws[2]]
    assert "Solves" in header and "Addresses" not in header
    assert ws["B1"].value == "Bakkerij · Action plan"


def test_user_text_that_looks_like_a_formula_is_text(workbook) -> None:
    title = workbook["Actieplan"]["B3"]
    assert title.value == '=HYPERLINK("http://example.com")'
    assert title.data_type == "s"
    assert title.quotePrefix
    description = workbook["Actieplan"][f"{column_letter('description')}4"]
    assert (description.value, description.data_type, description.quotePrefix) == (
        "-korting",
        "s",
        True,
    )
    assert not workbook["Actieplan"]["B4"].quotePrefix
    card = workbook["Brood bestellen"]["B5"]
    assert card.value == "=1+1\nGoogle"
    assert card.data_type == "s"


def test_control_characters_are_removed(workbook) -> None:
    assert workbook["Brood bestellen"]["D6"].value == "Te duur @SUM(A1)"


def test_score_is_a_formula_and_dates_are_dates(workbook) -> None:
    ws = workbook["Actieplan"]
    score = ws[f"{column_letter('score')}3"]
    assert score.data_type == "f"
    assert score.value == score_formula(3)
    assert "F3/G3" in score.value
    due = ws[f"{column_letter('due')}3"]
    assert due.value == datetime(2024, 2, 1)
    assert due.number_format == "dd-mm-yyyy"
    assert ws[f"{column_letter('start')}5"].value is None


def test_dropdowns_offer_the_localised_labels(workbook) -> None:
    ws = workbook["Actieplan"]
    by_column = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            by_column[rng.coord.split(":")[0].rstrip("0123456789")] = dv
    status = by_column[column_letter("status")]
    assert status.type == "list"
    assert status.formula1 == '"Idee,Gepland,Bezig,Klaar,Geschrapt"'
    assert status.showErrorMessage
    assert by_column[column_letter("priority")].formula1 == '"Hoog,Middel,Laag"'
    impact = by_column[column_letter("impact")]
    assert (impact.type, impact.formula1, impact.formula2) == ("whole", "1", "5")


def test_status_and_overdue_colours(workbook) -> None:
    ws = workbook["Actieplan"]
    rules = {str(rng.sqref): rules for rng, rules in ws.conditional_formatting._cf_rules.items()}
    due = column_letter("due")
    overdue = rules[f"{due}3:{due}505"][0]
    assert "TODAY()" in overdue.formula[0]
    assert '"Klaar"' in overdue.formula[0]
    status = column_letter("status")
    formulas = [r.formula[0] for r in rules[f"{status}3:{status}505"]]
    assert f'${status}3="Klaar"' in formulas
    assert len(formulas) == 5


def test_print_setup(workbook) -> None:
    ws = workbook["Actieplan"]
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    # One page wide, as many high as the plan needs.
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    # The header on every page; the title row, the key columns and "Lost op" printed, the
    # hidden ID and the long columns right of "Lost op" left off the paper.
    assert ws.print_title_rows == "$2:$2"
    assert ws.print_title_cols is None
    assert ws.print_area == "'Actieplan'!$B$1:$J$5"
    assert "&P" in ws.oddFooter.center.text


def test_the_printed_columns_fill_an_a4_landscape_page_at_about_full_size() -> None:
    assert PRINTED_COLUMNS[:8] == (
        "title",
        "owner",
        "status",
        "priority",
        "impact",
        "effort",
        "score",
        "due",
    )
    width = printed_width([WIDTHS[key] for key in PRINTED_COLUMNS])
    assert 0.9 * PRINTABLE <= width <= PRINTABLE


def test_map_sheet_grid(workbook) -> None:
    ws = workbook["Brood bestellen"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "B3:C3" in merged  # the stage Oriënteren spans its two steps
    assert [ws.cell(3, c).value for c in (2, 4)] == ["Oriënteren", "Kopen"]
    assert [ws.cell(4, c).value for c in (2, 3, 4)] == ["Zoekt", "Vergelijkt", "Bestelt"]
    assert [ws.cell(r, 1).value for r in (5, 6, 7)] == ["Contactmomenten", "Pijnpunten", "Emotie"]
    assert [ws.cell(7, c).value for c in (2, 3, 4)] == [1, -2, None]
    assert ws.freeze_panes == "B5"
    assert ws.cell(3, 2).fill.fgColor.rgb.endswith("FFD966")


def test_touchpoint_and_persona_sheets(workbook) -> None:
    tp = workbook["Touchpoints"]
    assert [c.value for c in tp[1]] == [
        "Klantreis",
        "Fase",
        "Stap",
        "Touchpoint",
        "Kanaal",
        "Hoe gemeten",
        "Doel",
        "Gemeten",
    ]
    assert [c.value for c in tp[2]] == [
        "Brood bestellen",
        "Oriënteren",
        "Zoekt",
        "=1+1",
        "Website",
        "bezoekers per week",
        "1000",
        "800",
    ]
    assert tp["D2"].data_type == "s"
    personas = workbook["Persona's"]
    assert personas["B1"].value == "Ans, 54"
    rows = {personas.cell(r, 1).value: personas.cell(r, 2).value for r in range(2, 30)}
    assert rows["Doelen"] == "Vers brood"


def test_project_id_is_recorded(workbook) -> None:
    props = {p.name: p.value for p in workbook.custom_doc_props.props}
    assert props[PROJECT_ID_PROPERTY] == "project-sample"


def test_sheet_titles_are_sanitised_and_unique(tmp_path: Path) -> None:
    project = sample_project()
    base = project.journeys[0]
    for title in ("Actieplan", "a/b:c*d?[e]\\f", "x" * 40, "x" * 40, "'History'"):
        project.journeys.append(Journey(title=title, stages=base.stages[:0]))
    path = tmp_path / "titles.xlsx"
    export_excel(project, path)
    names = load_workbook(path).sheetnames
    assert names[0] == "Actieplan"
    assert names[2:7] == ["Actieplan (2)", "a b c d e f", "x" * 31, "x" * 27 + " (2)", "Kaart 6"]


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        export_excel(sample_project(), tmp_path / "nope" / "plan.xlsx")
    assert not (tmp_path / "nope").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_only_folder_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"old")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(UserError):
            export_excel(sample_project(), path)
    finally:
        tmp_path.chmod(0o700)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]


def test_a_locked_target_gives_a_user_error_and_leaves_the_old_file(tmp_path, monkeypatch):
    # Root ignores file permissions, so the lock (Windows: file open in Excel) is simulated
    # where atomic_write replaces the file.
    import importlib

    # By module name: the storage package exports a function of the same name.
    atomic = importlib.import_module("cjm_desktop.storage.atomic_write")

    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"old")

    def locked(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(UserError, match="permission denied"):
        export_excel(sample_project(), path)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]


def test_a_folder_as_target_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="it is a folder"):
        export_excel(sample_project(), tmp_path)


def test_the_plan_lists_the_highest_score_first(tmp_path: Path) -> None:
    project = sample_project()
    project.actions.reverse()  # queue (3/3), flyer (3/3), site (4/2)
    path = tmp_path / "plan.xlsx"
    export_excel(project, path)
    ws = load_workbook(path)["Actieplan"]
    # Equal scores keep the project's order.
    assert [ws.cell(r, 1).value for r in (3, 4, 5)] == [
        "action-site",
        "action-queue",
        "action-flyer",
    ]
