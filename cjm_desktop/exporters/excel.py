"""The Excel export: an action-plan workbook a small business can run its roadmap in.

Sheets: the action plan (first, so the file opens on it), one sheet a journey map, the touchpoint
and measurement table, and the personas. Words follow the project language. The workbook is built
in memory and written with `atomic_write`, so a failed export never leaves a half-written file.
"""

from __future__ import annotations

import io
import os

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty

from ..model import Project
from ..storage.atomic_write import atomic_write
from .action_plan_sheet import write_action_plan_sheet
from .excel_labels import Labels
from .map_sheet import write_map_sheet
from .persona_sheet import write_persona_sheet
from .safe_cell import clean_text
from .sheet_title import SheetTitles
from .touchpoint_sheet import write_touchpoint_sheet

# Custom document property naming the project a workbook was exported from, so an import into
# another project is refused even when the action IDs happen to be absent.
PROJECT_ID_PROPERTY = "cjm_project_id"


def build_workbook(project: Project) -> Workbook:
    labels = Labels(project.language)
    titles = SheetTitles()
    wb = Workbook()
    plan = wb.active
    plan.title = titles.take(labels["sheet.actions"], labels["sheet.actions"])
    write_action_plan_sheet(plan, project, labels)
    for n, journey in enumerate(project.journeys, start=1):
        ws = wb.create_sheet(titles.take(journey.title, labels.untitled("map", n)))
        write_map_sheet(ws, journey, project, labels)
    touchpoints = wb.create_sheet(titles.take(labels["sheet.touchpoints"], "Touchpoints"))
    write_touchpoint_sheet(touchpoints, project, labels)
    personas = wb.create_sheet(titles.take(labels["sheet.personas"], "Personas"))
    write_persona_sheet(personas, project, labels)
    wb.active = 0
    wb.properties.title = clean_text(project.title)
    wb.properties.creator = clean_text(project.author) or "cjm_desktop"
    wb.properties.language = project.language.value
    wb.custom_doc_props.append(StringProperty(name=PROJECT_ID_PROPERTY, value=project.id))
    return wb


def workbook_bytes(project: Project) -> bytes:
    buffer = io.BytesIO()
    build_workbook(project).save(buffer)
    return buffer.getvalue()


def export_excel(project: Project, path: str | os.PathLike) -> None:
    """Write the workbook to `path`. Raises UserError when the file cannot be written; the old
    file (if any) is then unchanged."""
    atomic_write(path, workbook_bytes(project))
