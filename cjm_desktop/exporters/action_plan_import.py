"""Reading an edited action-plan workbook back into the project: the Excel round trip.

Rows with an ID update that action (title, description, map, stage, owner, priority, impact,
effort, status, dates, KPI, target, notes); rows without an ID become new actions; actions missing
from the sheet are listed, never deleted, since a filtered or trimmed sheet is no reason to lose
work. The result is ONE CompositeEdit, so the GUI can undo the whole import in one step.

Anything wrong (not a workbook, no action plan sheet, missing columns, bad dates, unknown labels,
scores outside 1-5, IDs of another project) is refused with one UserError that lists every problem
by sheet, row and column, and the project is left untouched.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ..editing.edit import Edit
from ..model import Action, Journey, Project, Stage
from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage
from .action_plan_cells import (
    CellProblem,
    is_blank,
    read_date,
    read_priority,
    read_score,
    read_status,
    read_text,
)
from .excel import PROJECT_ID_PROPERTY
from .excel_labels import Labels, action_sheet_titles, column_lookup, fold
from .safe_cell import clean_text

_CTX = "action_plan_import"
MAX_WORKBOOK_BYTES = 50 * 1024 * 1024

TEXT_FIELDS = ("title", "description", "owner", "kpi", "target", "notes")
REQUIRED_COLUMNS = (
    "id",
    "title",
    "description",
    "owner",
    "priority",
    "impact",
    "effort",
    "status",
    "start",
    "due",
    "kpi",
    "target",
    "notes",
)
# Columns written for people to read, not read back: the score is a formula, and which cards an
# action addresses is chosen in the editor.
IGNORED_COLUMNS = ("score", "addresses")
DEFAULTS = {"priority": Action().priority, "status": Action().status, "impact": 3, "effort": 3}


@dataclass
class ImportResult:
    """What an import would change: `edit` (apply it, or push it on the undo stack) and counts."""

    edit: Edit
    changed_ids: list[str] = field(default_factory=list)
    new_actions: list[Action] = field(default_factory=list)
    deleted_ids: list[str] = field(default_factory=list)

    @property
    def n_changed(self) -> int:
        return len(self.changed_ids)

    @property
    def n_new(self) -> int:
        return len(self.new_actions)

    def is_empty(self) -> bool:
        return not self.changed_ids and not self.new_actions

    def summary(self) -> UserMessage:
        if self.deleted_ids:
            return UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX,
                    "{changed} actions changed, {new} new. Not in the sheet (kept in the "
                    "project): {deleted}.",
                ),
                changed=self.n_changed,
                new=self.n_new,
                deleted=", ".join(self.deleted_ids),
            )
        return UserMessage(
            _CTX,
            QT_TRANSLATE_NOOP(_CTX, "{changed} actions changed, {new} new."),
            changed=self.n_changed,
            new=self.n_new,
        )


class _Problems:
    """Every problem found, each with the sheet, row and column it is in."""

    def __init__(self, sheet: str, headers: dict[int, str]) -> None:
        self.sheet = sheet
        self.headers = headers
        self.lines: list[str] = []

    def add(self, row: int | None, column: int | None, text: str) -> None:
        where = f"sheet '{self.sheet}'"
        if row is not None:
            where += f", row {row}"
        if column is not None:
            header = self.headers.get(column, "")
            where += f", column {get_column_letter(column)}" + (f" ({header})" if header else "")
        self.lines.append(f"{where}: {text}")


@dataclass
class _Row:
    number: int
    cells: dict[str, object]


def import_action_plan(project: Project, path: str | os.PathLike) -> ImportResult:
    """Read the edited plan at `path` against `project` (which is not changed). Raises UserError."""
    path = Path(path)
    wb = _open(path)
    ws = _find_sheet(wb, path)
    header_row = _header_row(ws)
    headers = {c.column: read_text(c.value) for c in ws[header_row] if not is_blank(c.value)}
    problems = _Problems(ws.title, headers)
    columns = _read_header(headers, header_row, project, problems)
    other = _other_project_id(wb, project)
    if other:
        problems.add(None, None, f"the workbook was exported from another project ({other})")
    if problems.lines:
        _refuse(path, problems)
    rows = _data_rows(ws, columns, header_row)
    changes, new_actions = _read_rows(rows, columns, project, problems)
    if problems.lines:
        _refuse(path, problems)
    seen = {read_text(r.cells.get("id")).strip() for r in rows}
    deleted = [a.id for a in project.actions if a.id not in seen]
    return ImportResult(
        edit=_edit(changes, new_actions),
        changed_ids=[action_id for action_id, _ in changes],
        new_actions=new_actions,
        deleted_ids=deleted,
    )


def _open(path: Path) -> Workbook:
    try:
        size = path.stat().st_size
        if size > MAX_WORKBOOK_BYTES:
            raise UserError(
                UserMessage(
                    _CTX,
                    QT_TRANSLATE_NOOP(_CTX, "{path} is too large for an action plan ({mb} MB)."),
                    path=path,
                    mb=size // (1024 * 1024),
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(_CTX, "Cannot read {path}: {reason}"),
                path=path,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    try:
        # From memory, so openpyxl does not judge the file by its extension.
        return load_workbook(io.BytesIO(data), data_only=False)
    except Exception as exc:  # any failure to parse an untrusted file means the same to the user
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(_CTX, "{path} is not an Excel workbook (.xlsx) or is damaged."),
                path=path,
            ),
            [f"{type(exc).__name__}: {exc}"],
        ) from exc


def _find_sheet(wb: Workbook, path: Path) -> Worksheet:
    wanted = {fold(t) for t in action_sheet_titles()}
    for ws in wb.worksheets:
        if fold(ws.title) in wanted:
            return ws
    raise UserError(
        UserMessage(
            _CTX,
            QT_TRANSLATE_NOOP(
                _CTX, "{path} has no sheet named {names}; it is not an exported action plan."
            ),
            path=path,
            names=" or ".join(f"'{t}'" for t in sorted(action_sheet_titles())),
        ),
        [f"sheets: {', '.join(wb.sheetnames)}"],
    )


# The header is the first row naming at least this many known columns, among the first few rows:
# an exported plan has a title row above it, and a person may add or delete rows up there.
_HEADER_MIN_COLUMNS = 3
_HEADER_SEARCH_ROWS = 10


def _header_row(ws: Worksheet) -> int:
    lookup = column_lookup()
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, _HEADER_SEARCH_ROWS)):
        known = sum(
            1 for c in row if isinstance(c.value, str) and fold(read_text(c.value)) in lookup
        )
        if known >= _HEADER_MIN_COLUMNS:
            return row[0].row
    return 1  # none: row 1, whose missing columns are then reported


def _read_header(
    headers: dict[int, str], header_row: int, project: Project, problems: _Problems
) -> dict[str, int]:
    lookup = column_lookup()
    columns: dict[str, int] = {}
    for col, text in headers.items():
        key = lookup.get(fold(text))
        if key is None:
            continue
        if key in columns:
            problems.add(header_row, col, f"column '{text}' appears twice")
        else:
            columns[key] = col
    labels = Labels(project.language)
    for key in REQUIRED_COLUMNS:
        if key not in columns:
            problems.add(header_row, None, f"the column '{labels.column(key)}' is missing")
    return columns


def _other_project_id(wb: Workbook, project: Project) -> str | None:
    for prop in wb.custom_doc_props.props:
        if prop.name == PROJECT_ID_PROPERTY and prop.value and prop.value != project.id:
            return str(prop.value)
    return None


def _data_rows(ws: Worksheet, columns: dict[str, int], header_row: int) -> list[_Row]:
    rows = []
    read = {k: c for k, c in columns.items() if k not in IGNORED_COLUMNS}
    for number in range(header_row + 1, ws.max_row + 1):
        cells = {key: ws.cell(row=number, column=col).value for key, col in read.items()}
        if all(is_blank(v) for v in cells.values()):
            continue
        rows.append(_Row(number, cells))
    return rows


def _read_rows(
    rows: list[_Row], columns: dict[str, int], project: Project, problems: _Problems
) -> tuple[list[tuple[str, dict]], list[Action]]:
    changes: list[tuple[str, dict]] = []
    new_actions: list[Action] = []
    seen: dict[str, int] = {}
    for row in rows:
        action_id = read_text(row.cells.get("id")).strip()
        if not action_id:
            action = _new_action(row, columns, project, problems)
            if action is not None:
                new_actions.append(action)
            continue
        current = project.action(action_id)
        if current is None:
            problems.add(
                row.number, columns["id"], f"ID '{action_id}' is not an action of this project"
            )
            continue
        if action_id in seen:
            problems.add(
                row.number, columns["id"], f"ID '{action_id}' is also in row {seen[action_id]}"
            )
            continue
        seen[action_id] = row.number
        values = _changed_values(row, columns, project, current, problems)
        if values:
            changes.append((action_id, values))
    return changes, new_actions


def _parse(
    row: _Row, columns: dict[str, int], problems: _Problems, current: Action | None
) -> dict[str, object] | None:
    """The row's values in model types, or None when a cell has a problem (already reported).
    Blank scores, status and priority come back as None."""
    readers = {
        "priority": read_priority,
        "status": read_status,
        "impact": read_score,
        "effort": read_score,
        "start": read_date,
        "due": read_date,
    }
    values: dict[str, object] = {key: read_text(row.cells.get(key)) for key in TEXT_FIELDS}
    ok = True
    for key, reader in readers.items():
        try:
            values[key] = reader(row.cells.get(key))
        except CellProblem as exc:
            problems.add(row.number, columns[key], str(exc))
            ok = False
    start, due = values.get("start"), values.get("due")
    # Only dates typed now are checked: the model allows any pair, and an unchanged plan imports.
    typed = current is None or (start, due) != (current.start, current.due)
    if typed and isinstance(start, date) and isinstance(due, date) and start > due:
        problems.add(row.number, columns["due"], "the due date is before the start date")
        ok = False
    return values if ok else None


def _new_action(
    row: _Row, columns: dict[str, int], project: Project, problems: _Problems
) -> Action | None:
    values = _parse(row, columns, problems, None)
    location = _location(row, columns, project, None, problems)
    if values is None or location is None:
        return None
    for key, default in DEFAULTS.items():
        if values[key] is None:
            values[key] = default
    journey_id, stage_id, card_ids = location
    return Action(**values, journey_id=journey_id, stage_id=stage_id, card_ids=card_ids)


def _changed_values(
    row: _Row, columns: dict[str, int], project: Project, current: Action, problems: _Problems
) -> dict[str, object]:
    values = _parse(row, columns, problems, current)
    location = _location(row, columns, project, current, problems)
    if values is None or location is None:
        return {}
    changed: dict[str, object] = {}
    for key, value in values.items():
        old = getattr(current, key)
        if key in TEXT_FIELDS:
            if value != clean_text(old):
                changed[key] = value
        elif value is None and key in DEFAULTS:
            problems.add(row.number, columns[key], f"the {key} is empty")
        elif value != old:
            changed[key] = value
    for key, value in zip(("journey_id", "stage_id", "card_ids"), location, strict=True):
        if value != getattr(current, key):
            changed[key] = value
    return changed


def _location(
    row: _Row, columns: dict[str, int], project: Project, current: Action | None, problems
) -> tuple[str | None, str | None, list[str]] | None:
    """(journey_id, stage_id, card_ids) from the map and stage columns, matched by title."""
    old_journey = project.journey(current.journey_id) if current and current.journey_id else None
    old_stage = old_journey.stage(current.stage_id) if old_journey and current.stage_id else None
    try:
        journey = _journey(row, columns, project, old_journey)
        stage = _stage(row, columns, journey, old_journey, old_stage)
    except _LocationProblem as exc:
        problems.add(row.number, columns.get(exc.key), exc.text)
        return None
    card_ids = list(current.card_ids) if current else []
    if journey is not None and journey is not old_journey:
        # The cards an action addresses belong to its map; those of the old map no longer apply.
        in_map = {c.id for c in journey.cards}
        card_ids = [c for c in card_ids if c in in_map]
    return (journey.id if journey else None, stage.id if stage else None, card_ids)


def _same(typed: str, name: str) -> bool:
    """Whether what the sheet says names `name`, as the export wrote it (cleaned, any case)."""
    return fold(clean_text(typed)) == fold(clean_text(name))


class _LocationProblem(Exception):
    def __init__(self, key: str, text: str) -> None:
        self.key = key
        self.text = text


def _journey(row: _Row, columns, project: Project, old: Journey | None) -> Journey | None:
    if "journey" not in columns:
        return old
    text = read_text(row.cells.get("journey"))
    if _same(text, old.title if old else ""):
        return old
    if not text.strip():
        return None
    matches = [j for j in project.journeys if _same(j.title, text)]
    if not matches:
        titles = ", ".join(f"'{j.title}'" for j in project.journeys)
        raise _LocationProblem("journey", f"no map titled '{text}' (maps: {titles})")
    if len(matches) > 1:
        raise _LocationProblem("journey", f"several maps are titled '{text}'")
    return matches[0]


def _stage(
    row: _Row, columns, journey: Journey | None, old_journey: Journey | None, old: Stage | None
) -> Stage | None:
    same_map = journey is old_journey
    if "stage" not in columns:
        return old if same_map else None
    text = read_text(row.cells.get("stage"))
    if same_map and _same(text, old.name if old else ""):
        return old
    if not text.strip():
        return None
    if journey is None:
        raise _LocationProblem("stage", f"the stage '{text}' needs a map in the map column")
    stage = next((s for s in journey.stages if _same(s.name, text)), None)
    if stage is None:
        names = ", ".join(f"'{s.name}'" for s in journey.stages)
        raise _LocationProblem(
            "stage", f"the map '{journey.title}' has no stage '{text}' (stages: {names})"
        )
    return stage


def _refuse(path: Path, problems: _Problems) -> None:
    raise UserError(
        UserMessage(
            _CTX,
            QT_TRANSLATE_NOOP(
                _CTX, "The action plan {path} was not imported: {n} problems. Nothing was changed."
            ),
            path=path,
            n=len(problems.lines),
        ),
        problems.lines,
    )


def _edit(changes: list[tuple[str, dict]], new_actions: list[Action]):
    from ..editing import AddAction, CompositeEdit, SetFields

    edits = [SetFields(action_id, values) for action_id, values in changes]
    edits += [AddAction(action) for action in new_actions]
    # The GUI translates edit labels in the context "Edit" for its undo menu.
    return CompositeEdit(QT_TRANSLATE_NOOP("Edit", "Import action plan"), edits)
