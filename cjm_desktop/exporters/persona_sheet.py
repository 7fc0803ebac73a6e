"""The personas side by side: one column a persona, one row a question of the questionnaire.

Columns read like the persona page of the report; custom questions end up in one "Other" row as
"label: value" lines, since each persona may have its own.
"""

from __future__ import annotations

from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from ..model import QUESTIONNAIRE_FIELDS, Persona, Project
from .excel_font import font
from .excel_labels import Labels
from .table_sheet import CellValue, write_table

FIELD_FONT = font(bold=True)
FIELD_FILL = PatternFill("solid", fgColor="EDEDED")
FIELDS = ("name", "tagline", "quote", *QUESTIONNAIRE_FIELDS)


def _custom(persona: Persona) -> str:
    return "\n".join(f"{f.label}: {f.value}" if f.label else f.value for f in persona.custom_fields)


def persona_rows(project: Project, labels: Labels) -> list[list[CellValue]]:
    rows: list[list[CellValue]] = []
    for field in FIELDS:
        rows.append([labels[f"persona.{field}"], *(getattr(p, field) for p in project.personas)])
    if any(p.custom_fields for p in project.personas):
        rows.append([labels["persona.custom_fields"], *(_custom(p) for p in project.personas)])
    return rows


def write_persona_sheet(ws: Worksheet, project: Project, labels: Labels) -> None:
    headers = [labels["persona.field"]]
    headers += [p.name or labels.untitled("persona", i) for i, p in enumerate(project.personas, 1)]
    widths = [28] + [40] * len(project.personas)
    rows = persona_rows(project, labels)
    write_table(ws, headers, rows, widths, filter_rows=False)
    for row in range(2, len(rows) + 2):
        cell = ws.cell(row=row, column=1)
        cell.font = FIELD_FONT
        cell.fill = FIELD_FILL
