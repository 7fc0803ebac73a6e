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

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

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
from .workbook_rows import (
    MAX_SHEET_ROWS,
    MAX_WORKBOOK_BYTES,
    CellKind,
    SheetCell,
    SheetTooLong,
    WorkbookProblem,
    open_workbook,
    sheet_rows,
)

_CTX = "action_plan_import"
# Most actions one import reads: a roadmap a team works from has tens, an exported project a few
# hundred; past this a sheet is not a plan, and reading it would keep the user waiting.
MAX_ACTIONS = 10_000
# Columns read from the left: the exported plan has 15, and people add a few of their own.
MAX_COLUMNS = 64

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
    # Where a formula stood in a cell and its last calculated value was imported instead.
    formula_cells: list[str] = field(default_factory=list)

    @property
    def n_changed(self) -> int:
        return len(self.changed_ids)

    @property
    def n_new(self) -> int:
        return len(self.new_actions)

    def is_empty(self) -> bool:
        return not self.changed_ids and not self.new_actions

    def formula_note(self) -> UserMessage | None:
        """What the user should know about formulas in the sheet, when there were any."""
        if not self.formula_cells:
            return None
        return UserMessage(
            _CTX,
            QT_TRANSLATE_NOOP(
                _CTX,
                "Cells holding a formula: {n}; their calculated values were imported ({cells}).",
            ),
            n=len(self.formula_cells),
            cells="; ".join(self.formula_cells[:5])
            + ("; …" if len(self.formula_cells) > 5 else ""),
        )

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

    def where(self, row: int | None, column: int | None) -> str:
        where = f"sheet '{self.sheet}'"
        if row is not None:
            where += f", row {row}"
        if column is not None:
            header = self.headers.get(column, "")
            where += f", column {get_column_letter(column)}" + (f" ({header})" if header else "")
        return where

    def add(self, row: int | None, column: int | None, text: str) -> None:
        self.lines.append(f"{self.where(row, column)}: {text}")


@dataclass
class _Row:
    number: int
    cells: dict[str, object]


def import_action_plan(project: Project, path: str | os.PathLike) -> ImportResult:
    """Read the edited plan at `path` against `project` (which is not changed). Raises UserError."""
    path = Path(path)
    wb = _open(path)
    try:
        title = _find_sheet(wb, path)
        return _import_sheet(project, path, wb, title)
    finally:
        wb.close()


def _import_sheet(project: Project, path: Path, wb: Workbook, title: str) -> ImportResult:
    stream = sheet_rows(wb, title, MAX_COLUMNS)
    try:
        header_row, headers = _find_header(stream)
        problems = _Problems(title, headers)
        columns = _read_header(headers, header_row, project, problems)
        other = _other_project_id(wb, project)
        if other:
            problems.add(None, None, f"the workbook was exported from another project ({other})")
        if problems.lines:
            _refuse(path, problems)
        rows, formula_cells = _data_rows(stream, columns, problems)
    except SheetTooLong:
        _too_long(path, title)
    except WorkbookProblem as exc:
        _damaged(path, exc)
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
        formula_cells=formula_cells,
    )


def _read_capped(path: Path) -> bytes:
    """The file's bytes, refused past MAX_WORKBOOK_BYTES by what is read, not by what stat()
    says: a device or a pipe reports size 0 and never ends."""
    with path.open("rb") as f:
        data = f.read(MAX_WORKBOOK_BYTES + 1)
    if len(data) > MAX_WORKBOOK_BYTES:
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX, "{path} is too large for an action plan (more than {mib} MiB)."
                ),
                path=path,
                mib=MAX_WORKBOOK_BYTES // (1024 * 1024),
            )
        )
    return data


def _open(path: Path) -> Workbook:
    try:
        data = _read_capped(path)
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
        return open_workbook(data)
    except WorkbookProblem as exc:
        _damaged(path, exc)


def _damaged(path: Path, problem: WorkbookProblem):
    raise UserError(
        UserMessage(
            _CTX,
            QT_TRANSLATE_NOOP(_CTX, "{path} is not an Excel workbook (.xlsx) or is damaged."),
            path=path,
        ),
        [problem.reason],
    ) from problem


def _too_long(path: Path, title: str):
    raise UserError(
        UserMessage(
            _CTX,
            QT_TRANSLATE_NOOP(
                _CTX,
                "The sheet '{sheet}' of {path} has more rows than an action plan can hold (at "
                "most {actions} actions in {rows} rows). Nothing was changed.",
            ),
            sheet=title,
            path=path,
            rows=MAX_SHEET_ROWS,
            actions=MAX_ACTIONS,
        )
    )


def _find_sheet(wb: Workbook, path: Path) -> str:
    wanted = {fold(t) for t in action_sheet_titles()}
    for title in wb.sheetnames:
        if fold(title) in wanted:
            return title
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


def _find_header(stream) -> tuple[int, dict[int, str]]:
    """The header row: the first of the top rows naming enough known columns (the export puts a
    title row above it). Without one, row 1, whose missing columns are then reported."""
    lookup = column_lookup()
    first: dict[int, str] = {}
    for sheet_row in stream:
        if sheet_row.number > _HEADER_SEARCH_ROWS:
            break
        texts = {
            col: read_text(c.value) for col, c in sheet_row.cells.items() if not is_blank(c.value)
        }
        if sheet_row.number == 1:
            first = texts
        known = sum(1 for t in texts.values() if isinstance(t, str) and fold(t) in lookup)
        if known >= _HEADER_MIN_COLUMNS:
            return sheet_row.number, texts
    return 1, first


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


def _data_rows(
    stream, columns: dict[str, int], problems: _Problems
) -> tuple[list[_Row], list[str]]:
    """The rows below the header, as values by field; and where a formula's calculated value
    was used. A formula without one, or an error value, is a problem of its cell."""
    rows: list[_Row] = []
    formula_cells: list[str] = []
    read = {k: c for k, c in columns.items() if k not in IGNORED_COLUMNS}
    for sheet_row in stream:
        cells: dict[str, object] = {}
        for key, col in read.items():
            cell = sheet_row.cells.get(col)
            if cell is not None:
                cells[key] = _value(cell, sheet_row.number, col, problems, formula_cells)
        if all(is_blank(v) for v in cells.values()):
            continue
        if len(rows) == MAX_ACTIONS:
            raise SheetTooLong
        rows.append(_Row(sheet_row.number, cells))
    return rows, formula_cells


def _value(cell: SheetCell, row: int, col: int, problems: _Problems, formula_cells: list[str]):
    if cell.kind is CellKind.FORMULA:
        formula = str(cell.value)
        formula = formula if len(formula) <= 60 else formula[:59] + "…"
        problems.add(
            row,
            col,
            f"the cell holds a formula ({formula}) and no calculated value; "
            "type the value itself, or open and save the workbook in Excel or LibreOffice first",
        )
        return None
    if cell.kind is CellKind.ERROR:
        problems.add(row, col, f"the cell holds the error {cell.value}")
        return None
    if cell.kind is CellKind.CACHED_FORMULA:
        formula_cells.append(problems.where(row, col))
    return cell.value


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
    if len(problems.lines) == 1:
        template = QT_TRANSLATE_NOOP(
            _CTX, "The action plan {path} was not imported: 1 problem. Nothing was changed."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            _CTX, "The action plan {path} was not imported: {n} problems. Nothing was changed."
        )
    raise UserError(UserMessage(_CTX, template, path=path, n=len(problems.lines)), problems.lines)


def _edit(changes: list[tuple[str, dict]], new_actions: list[Action]):
    from ..editing import AddAction, CompositeEdit, SetFields

    edits = [SetFields(action_id, values) for action_id, values in changes]
    edits += [AddAction(action) for action in new_actions]
    # The GUI translates edit labels in the context "Edit" for its undo menu.
    return CompositeEdit(QT_TRANSLATE_NOOP("Edit", "Import action plan"), edits)
