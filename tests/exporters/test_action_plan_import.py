"""The Excel round trip: export, edit the sheet as a person would, import, apply, revert."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from excel_test_project import sample_project
from openpyxl import load_workbook

from cjm_desktop.exporters.action_plan_cells import (
    CellProblem,
    read_date,
    read_priority,
    read_score,
    read_status,
)
from cjm_desktop.exporters.action_plan_import import import_action_plan
from cjm_desktop.exporters.action_plan_sheet import column_index
from cjm_desktop.exporters.excel import export_excel
from cjm_desktop.exporters.safe_cell import write_text
from cjm_desktop.model import Language, Priority, Status
from cjm_desktop.storage.canonical_json import dumps
from cjm_desktop.user_message import UserError


def _exported(tmp_path: Path, language: Language = Language.NL):
    project = sample_project(language)
    path = tmp_path / "plan.xlsx"
    export_excel(project, path)
    return project, path


def _edit_sheet(path: Path, change) -> None:
    wb = load_workbook(path)
    change(wb.worksheets[0])
    wb.save(path)


def _set(ws, row: int, key: str, value) -> None:
    ws.cell(row=row, column=column_index(key)).value = value


def _problems(path: Path, project) -> str:
    with pytest.raises(UserError) as info:
        import_action_plan(project, path)
    return info.value.render()


def test_unchanged_export_imports_as_no_change(tmp_path: Path) -> None:
    project, path = _exported(tmp_path)
    result = import_action_plan(project, path)
    assert result.is_empty()
    assert result.deleted_ids == []
    assert str(result.summary()) == "0 actions changed, 0 new."


def test_texts_of_only_whitespace_import_as_no_change(tmp_path: Path) -> None:
    # The streaming reader dropped whitespace-only cells, so an untouched note of one line break
    # read back as a change to "" (found by test_excel_properties' random projects).
    project = sample_project(Language.NL)
    site, flyer = project.action("action-site"), project.action("action-flyer")
    site.notes, site.kpi, flyer.target = "\r", "  ", "\n"
    path = tmp_path / "plan.xlsx"
    export_excel(project, path)
    assert import_action_plan(project, path).is_empty()


def test_round_trip_change_add_delete_apply_and_revert(tmp_path: Path) -> None:
    project, path = _exported(tmp_path)
    before = dumps(project)

    def change(ws):
        _set(ws, 3, "status", "Klaar")
        _set(ws, 3, "owner", "Jan")
        _set(ws, 3, "due", datetime(2024, 6, 30))
        _set(ws, 3, "start", "15-03-2024")
        # Typed as text ('=gevaarlijk in Excel): a text cell, imported as it reads.
        write_text(ws, 3, column_index("notes"), "=gevaarlijk")
        ws.delete_rows(5)  # action-queue
        row = 7
        _set(ws, row, "title", "Nieuwe actie")
        _set(ws, row, "status", "Planned")  # the English label in a Dutch plan
        _set(ws, row, "priority", "laag")
        _set(ws, row, "impact", "5")
        _set(ws, row, "effort", 1)
        _set(ws, row, "journey", "Brood bestellen")
        _set(ws, row, "stage", "Oriënteren")
        _set(ws, row, "due", "2024-12-31")

    _edit_sheet(path, change)
    result = import_action_plan(project, path)
    assert dumps(project) == before  # importing only reads
    assert result.changed_ids == ["action-site"]
    assert result.n_new == 1
    assert result.deleted_ids == ["action-queue"]
    assert "action-queue" in str(result.summary())

    result.edit.apply(project)
    site = project.action("action-site")
    assert site.status == Status.DONE
    assert site.owner == "Jan"
    assert site.due == date(2024, 6, 30)
    assert site.start == date(2024, 3, 15)
    assert site.notes == "=gevaarlijk"
    assert site.title == '=HYPERLINK("http://example.com")'
    assert project.action("action-queue") is not None  # reported, not deleted
    new = project.actions[-1]
    assert (new.title, new.status, new.priority) == ("Nieuwe actie", Status.PLANNED, Priority.LOW)
    assert (new.impact, new.effort, new.due) == (5, 1, date(2024, 12, 31))
    assert (new.journey_id, new.stage_id) == ("journey-main", "stage-orient")

    result.edit.revert(project)
    assert dumps(project) == before


def test_english_plan_accepts_dutch_labels_and_moves_stage(tmp_path: Path) -> None:
    project, path = _exported(tmp_path, Language.EN)

    def change(ws):
        assert ws.title == "Action plan"
        _set(ws, 4, "status", "bezig")
        _set(ws, 4, "priority", "HOOG")
        _set(ws, 3, "stage", "Oriënteren")

    _edit_sheet(path, change)
    result = import_action_plan(project, path)
    result.edit.apply(project)
    assert project.action("action-flyer").status == Status.IN_PROGRESS
    assert project.action("action-flyer").priority == Priority.HIGH
    assert project.action("action-site").stage_id == "stage-orient"


def test_every_problem_is_listed_with_row_and_column(tmp_path: Path) -> None:
    project, path = _exported(tmp_path)
    before = dumps(project)

    def change(ws):
        _set(ws, 3, "due", "31-02-2024")
        _set(ws, 3, "status", "Bzig")
        _set(ws, 4, "impact", 7)
        _set(ws, 4, "priority", "urgent")
        _set(ws, 5, "id", "action-elsewhere")
        _set(ws, 6, "id", "action-site")
        _set(ws, 6, "title", "copy")
        _set(ws, 7, "title", "nieuw")
        _set(ws, 7, "stage", "Bestaat niet")
        _set(ws, 7, "journey", "Brood bestellen")

    _edit_sheet(path, change)
    text = _problems(path, project)
    assert "was not imported: 7 problems" in text
    assert "row 3, column I (Deadline): '31-02-2024' is not a date" in text
    assert "row 3, column D (Status): unknown status 'Bzig'" in text
    assert "row 4, column F (Impact (1-5)): '7' is not a whole number from 1 to 5" in text
    assert "row 4, column E (Prioriteit): unknown priority 'urgent'" in text
    assert "row 5, column A (ID): ID 'action-elsewhere' is not an action of this project" in text
    assert "row 6, column A (ID): ID 'action-site' is also in row 3" in text
    assert "row 7, column M (Fase): the map 'Brood bestellen' has no stage 'Bestaat niet'" in text
    assert dumps(project) == before


def test_missing_columns_are_listed(tmp_path: Path) -> None:
    project, path = _exported(tmp_path)
    _edit_sheet(path, lambda ws: ws.delete_cols(column_index("owner")))
    _edit_sheet(path, lambda ws: ws.delete_cols(column_index("notes") - 1))
    text = _problems(path, project)
    assert "the column 'Eigenaar' is missing" in text
    assert "the column 'Notities' is missing" in text


def test_missing_sheet(tmp_path: Path) -> None:
    project, path = _exported(tmp_path)
    _edit_sheet(path, lambda ws: setattr(ws, "title", "Plan"))
    text = _problems(path, project)
    assert "has no sheet named 'Actieplan' or 'Action plan'" in text
    assert "sheets: Plan," in text


def test_not_a_workbook(tmp_path: Path) -> None:
    project = sample_project()
    path = tmp_path / "plan.xlsx"
    path.write_text("ID;Actie\n", encoding="utf-8")
    assert "is not an Excel workbook (.xlsx) or is damaged" in _problems(path, project)
    assert "Cannot read" in _problems(tmp_path / "missing.xlsx", project)


def test_workbook_of_another_project_is_refused(tmp_path: Path) -> None:
    _, path = _exported(tmp_path)
    other = sample_project()
    other.id = "project-other"
    assert "exported from another project (project-sample)" in _problems(path, other)


def test_empty_rows_are_skipped_and_new_rows_get_defaults(tmp_path: Path) -> None:
    project, path = _exported(tmp_path)
    _edit_sheet(path, lambda ws: _set(ws, 10, "title", "Alleen een titel"))
    result = import_action_plan(project, path)
    [new] = result.new_actions
    assert (new.status, new.priority, new.impact, new.effort) == (
        Status.IDEA,
        Priority.MEDIUM,
        3,
        3,
    )
    assert new.journey_id is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05-01-2024", date(2024, 1, 5)),
        ("2024-01-05", date(2024, 1, 5)),
        (" 5/1/2024 ", date(2024, 1, 5)),
        (datetime(2024, 1, 5, 0, 0), date(2024, 1, 5)),
        (date(2024, 1, 5), date(2024, 1, 5)),
        (45296, date(2024, 1, 5)),  # an Excel serial number in a cell without a date format
        (None, None),
        ("  ", None),
    ],
)
def test_read_date(value, expected) -> None:
    assert read_date(value) == expected


@pytest.mark.parametrize("value", ["2024-13-01", "morgen", "31-02-2024", -5])
def test_read_date_refuses(value) -> None:
    with pytest.raises(CellProblem, match="is not a date"):
        read_date(value)


def test_read_score_and_labels() -> None:
    assert [read_score(v) for v in (1, 5.0, "3", " 4 ", None)] == [1, 5, 3, 4, None]
    for bad in (0, 6, 2.5, "veel", True):
        with pytest.raises(CellProblem):
            read_score(bad)
    assert read_status("In Progress") == Status.IN_PROGRESS
    assert read_status("in_progress") == Status.IN_PROGRESS
    assert read_status("geschrapt") == Status.DROPPED
    assert read_priority("Middel") == Priority.MEDIUM
    assert read_priority("") is None


def test_start_after_due_is_refused_only_when_typed(tmp_path: Path) -> None:
    project = sample_project()
    project.actions[0].start = date(2025, 1, 1)  # after its due date: allowed in the model
    path = tmp_path / "plan.xlsx"
    export_excel(project, path)
    assert import_action_plan(project, path).is_empty()
    _edit_sheet(path, lambda ws: _set(ws, 4, "start", "01-02-2020"))
    assert "row 4, column I (Deadline): the due date is before the start date" in _problems(
        path, project
    )
