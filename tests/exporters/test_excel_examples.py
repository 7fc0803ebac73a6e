"""The shipped example projects export to a workbook, import back as no change, and to Mermaid."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from cjm_desktop.exporters.action_plan_import import import_action_plan
from cjm_desktop.exporters.excel import export_excel
from cjm_desktop.exporters.mermaid import export_mermaid
from cjm_desktop.exporters.mermaid_import import import_mermaid
from cjm_desktop.model import Project


def _load(path: Path) -> Project:
    return Project.model_validate_json(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("which", ["example_nl_path", "example_en_path"])
def test_example_round_trips(which: str, request, tmp_path: Path) -> None:
    project = _load(request.getfixturevalue(which))
    path = tmp_path / "plan.xlsx"
    export_excel(project, path)
    wb = load_workbook(path)
    assert len(wb.sheetnames) == len(project.journeys) + 3
    assert wb.worksheets[0].max_row == len(project.actions) + 2  # the title row, the header
    result = import_action_plan(project, path)
    assert result.is_empty() and result.deleted_ids == []
    for journey in project.journeys:
        back = import_mermaid(export_mermaid(journey, project), project.language).journey
        assert len(back.steps()) == len(journey.steps())
