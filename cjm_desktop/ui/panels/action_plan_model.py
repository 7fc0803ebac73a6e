"""ActionPlanModel: the table of a document's actions, read live from the project (no copy).

Each cell edit pushes one Edit on the document, so it is undoable and a refused edit leaves the
project as it was (the model then reports the message through `refused`). The model follows the
document's `changed` signal with row inserts, removals and dataChanged, and resets only when the
order of the actions changed or another project was loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ...editing import SetFields
from ...model import Action, Priority, Project, Status
from ...user_message import QT_TRANSLATE_NOOP, UserError
from ..dates import date_text
from ..document import Document
from ..model_labels import label
from .action_plan_edits import set_action_field

CONTEXT = "ActionPlan"
#: The ID of the action of a row (any column).
ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: A value Python can compare, so sorting by status or date follows their meaning.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE = QColor("#c62828")
_PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
_STATUS_RANK = {status: n for n, status in enumerate(Status)}
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    editable: bool = True


COLUMNS = [
    Column("title", QT_TRANSLATE_NOOP(CONTEXT, "Action")),
    Column("journey_id", QT_TRANSLATE_NOOP(CONTEXT, "Map")),
    Column("stage_id", QT_TRANSLATE_NOOP(CONTEXT, "Stage")),
    Column("owner", QT_TRANSLATE_NOOP(CONTEXT, "Owner")),
    Column("priority", QT_TRANSLATE_NOOP(CONTEXT, "Priority")),
    Column("impact", QT_TRANSLATE_NOOP(CONTEXT, "Impact")),
    Column("effort", QT_TRANSLATE_NOOP(CONTEXT, "Effort")),
    Column("score", QT_TRANSLATE_NOOP(CONTEXT, "Score"), editable=False),
    Column("status", QT_TRANSLATE_NOOP(CONTEXT, "Status")),
    Column("start", QT_TRANSLATE_NOOP(CONTEXT, "Start")),
    Column("due", QT_TRANSLATE_NOOP(CONTEXT, "Due")),
]
COLUMN = {column.key: n for n, column in enumerate(COLUMNS)}
DATE_KEYS = ("start", "due")
SCORE_KEYS = ("impact", "effort")
CHOICE_KEYS = ("journey_id", "stage_id", "priority", "status")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def score(action: Action) -> float:
    """Impact per unit of effort, as the Excel plan computes it."""
    return round(action.impact / action.effort, 2)


class ActionPlanModel(QAbstractTableModel):
    """One row an action of `document.project.actions`, in the project's order."""

    #: An edit was refused; carries the translated message.
    refused = Signal(str)

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self._ids: list[str] = []
        self._by_id: dict[str, Action] = {}
        #: True while rows follow the document (the table's selection changes as a result).
        self.updating = False
        self._take_actions()
        document.changed.connect(self._on_changed)
        document.project_replaced.connect(self._reset)

    # -- reading ---------------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self.document.project

    def action_at(self, row: int) -> Action | None:
        if 0 <= row < len(self._ids):
            return self._by_id.get(self._ids[row])
        return None

    def row_of(self, action_id: str) -> int:
        try:
            return self._ids.index(action_id)
        except ValueError:
            return -1

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section].title)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = COLUMNS[index.column()]
        action = self.action_at(index.row())
        # A stage belongs to a map: without one there is nothing to choose from.
        if column.key == "stage_id" and (action is None or action.journey_id is None):
            return flags
        if column.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        action = self.action_at(index.row()) if index.isValid() else None
        if action is None:
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(action, key)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(action, key)
        if role == ACTION_ID_ROLE:
            return action.id
        if role == SORT_ROLE:
            return self.sort_key(action, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text of a cell the column cuts (a long map name), and for the title
            # the description as well.
            text = self.display_text(action, key)
            if key == "title" and action.description:
                return f"{text}\n\n{action.description}" if text else action.description
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and key == "due" and self._overdue(action):
            return OVERDUE
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (*SCORE_KEYS, "score"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def display_text(self, action: Action, key: str) -> str:
        if key == "journey_id":
            journey = self.project.journey(action.journey_id) if action.journey_id else None
            return journey.title if journey is not None else ""
        if key == "stage_id":
            return self._stage_name(action)
        if key in ("priority", "status"):
            return label(getattr(action, key))
        if key == "score":
            # The interface's decimal sign: 2,50 in Dutch (translators set the default locale).
            return QLocale().toString(score(action), "f", 2)
        if key in DATE_KEYS:
            return date_text(getattr(action, key))
        return str(getattr(action, key))

    def edit_value(self, action: Action, key: str) -> Any:
        if key == "score":
            return score(action)
        if key in DATE_KEYS:
            value = getattr(action, key)
            return QDate(value.year, value.month, value.day) if value else None
        return getattr(action, key)

    def sort_key(self, action: Action, key: str) -> tuple:
        """Empty values sort after the filled ones in ascending order."""
        if key == "priority":
            return (0, _PRIORITY_RANK[action.priority])
        if key == "status":
            return (0, _STATUS_RANK[action.status])
        if key == "score":
            return (0, score(action))
        if key in SCORE_KEYS:
            return (0, getattr(action, key))
        if key in DATE_KEYS:
            value = getattr(action, key)
            return (1, "") if value is None else (0, value.toordinal())
        text = self.display_text(action, key)
        return (1, "") if not text else (0, text.casefold())

    def _stage_name(self, action: Action) -> str:
        journey = self.project.journey(action.journey_id) if action.journey_id else None
        stage = journey.stage(action.stage_id) if journey and action.stage_id else None
        return stage.name if stage is not None else ""

    @staticmethod
    def _overdue(action: Action) -> bool:
        finished = action.status in (Status.DONE, Status.DROPPED)
        return action.due is not None and not finished and action.due < date.today()

    def choices(self, index: QModelIndex) -> list[tuple[str, Any]]:
        """(text, value) pairs a combo box offers for this cell."""
        action = self.action_at(index.row())
        key = COLUMNS[index.column()].key
        if key == "priority":
            return [(label(p), p) for p in Priority]
        if key == "status":
            return [(label(s), s) for s in Status]
        none = [(tr("(none)"), None)]
        if key == "journey_id":
            return none + [(j.title or tr("(untitled map)"), j.id) for j in self.project.journeys]
        if key == "stage_id" and action is not None and action.journey_id:
            journey = self.project.journey(action.journey_id)
            stages = journey.stages if journey is not None else []
            return none + [(s.name or tr("(unnamed stage)"), s.id) for s in stages]
        return []

    # -- editing ---------------------------------------------------------------------------
    def setData(self, index: QModelIndex, value: Any, role=Qt.ItemDataRole.EditRole) -> bool:
        action = self.action_at(index.row()) if index.isValid() else None
        if action is None or role != Qt.ItemDataRole.EditRole:
            return False
        key = COLUMNS[index.column()].key
        if not COLUMNS[index.column()].editable:
            return False
        return self.set_field(action.id, key, _model_value(key, value))

    def set_field(self, action_id: str, key: str, value: Any) -> bool:
        return self.set_fields(action_id, {key: value})

    def set_fields(self, action_id: str, values: dict[str, Any]) -> bool:
        """Push one edit setting these fields of the action; False when refused."""
        action = self.project.action(action_id)
        if action is None:
            return False
        if len(values) == 1:
            [(key, value)] = values.items()
            edit = set_action_field(self.project, action, key, value)
        else:
            changed = {k: v for k, v in values.items() if getattr(action, k) != v}
            edit = SetFields(action_id, changed) if changed else None
        if edit is None:
            return True
        return push_or_report(self.document, edit, self.refused.emit)

    # -- following the document --------------------------------------------------------------
    def _take_actions(self) -> None:
        self._by_id = {action.id: action for action in self.project.actions}
        self._ids = list(self._by_id)

    def _reset(self) -> None:
        self.updating = True
        try:
            self.beginResetModel()
            self._take_actions()
            self.endResetModel()
        finally:
            self.updating = False

    def _on_changed(self, change) -> None:
        if change.actions:
            self.updating = True
            try:
                self._sync_rows()
            finally:
                self.updating = False
        elif change.journey_list or change.structure:
            # Map titles and stage names are shown in the table.
            self._refresh_columns(COLUMN["journey_id"], COLUMN["stage_id"])

    def _sync_rows(self) -> None:
        new_ids = [action.id for action in self.project.actions]
        new_set, old_set = set(new_ids), set(self._ids)
        kept_old = [i for i in self._ids if i in new_set]
        kept_new = [i for i in new_ids if i in old_set]
        if kept_old != kept_new:
            self._reset()  # actions moved: a reset is simpler than a chain of moves
            return
        self._by_id = {action.id: action for action in self.project.actions}
        for row in reversed(range(len(self._ids))):
            if self._ids[row] not in new_set:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
        for row, action_id in enumerate(new_ids):
            if action_id not in old_set:
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.insert(row, action_id)
                self.endInsertRows()
        self._refresh_columns(0, len(COLUMNS) - 1)

    def _refresh_columns(self, first: int, last: int) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, first), self.index(len(self._ids) - 1, last))


def _model_value(key: str, value: Any) -> Any:
    """What a delegate hands over, as the model's type (QDate, plain strings from combos)."""
    if key in DATE_KEYS:
        if isinstance(value, QDate):
            return value.toPython() if value.isValid() else None
        return value or None
    if key == "status" and value is not None:
        return Status(value)
    if key == "priority" and value is not None:
        return Priority(value)
    if key in SCORE_KEYS:
        return int(value)
    if key in ("journey_id", "stage_id"):
        return value or None
    return value


def push_or_report(document: Document, edit, report) -> bool:
    """Push `edit`; when refused, call `report` with the translated message."""
    messages: list[str] = []

    def collect(error: UserError) -> None:
        messages.append(error.render(QCoreApplication.translate))

    document.edit_refused.connect(collect)
    try:
        pushed = document.push(edit)
    finally:
        document.edit_refused.disconnect(collect)
    for message in messages:
        report(message)
    return pushed
