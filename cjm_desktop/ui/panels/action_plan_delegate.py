"""The editors of the action plan table: drop-down lists for map, stage, priority and status, a
1-5 spin box for impact and effort, a date field with a calendar and a clear button, a line edit
for text. A choice in a drop-down list is committed at once, so one pick is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QSpinBox,
    QStyledItemDelegate,
    QToolButton,
    QWidget,
)

from ..dates import date_format
from .action_plan_model import CHOICE_KEYS, COLUMNS, DATE_KEYS, SCORE_KEYS, ActionPlanModel


class DateEditor(QWidget):
    """A date with a calendar pop-up, or no date: the clear button empties the cell."""

    cleared = Signal()
    #: A day was chosen in the calendar: the choice is made, like a pick in a drop-down list.
    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        calendar = self.date_edit.calendarWidget()
        calendar.clicked.connect(self._pick)
        calendar.activated.connect(self._pick)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("No date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self._clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.date_edit, 1)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.date_edit)
        self.is_empty = False

    def set_date(self, value: QDate | None) -> None:
        self.is_empty = False
        self.date_edit.setDate(value if value is not None else QDate.currentDate())

    def date(self) -> QDate | None:
        return None if self.is_empty else self.date_edit.date()

    def _pick(self, day: QDate) -> None:
        self.date_edit.setDate(day)
        self.is_empty = False
        self.picked.emit()

    def _clear(self) -> None:
        self.is_empty = True
        self.cleared.emit()


class ActionPlanDelegate(QStyledItemDelegate):
    """Makes the editor that fits each column of ActionPlanModel (through any proxy)."""

    def _plan_index(self, index: QModelIndex) -> tuple[ActionPlanModel, QModelIndex]:
        model = index.model()
        while not isinstance(model, ActionPlanModel):
            index = model.mapToSource(index)
            model = index.model()
        return model, index

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        key = COLUMNS[index.column()].key
        if key in CHOICE_KEYS:
            plan, source = self._plan_index(index)
            combo = QComboBox(parent)
            for text, value in plan.choices(source):
                combo.addItem(text, value)
            combo.activated.connect(lambda _row, c=combo: self._commit_and_close(c))
            return combo
        if key in SCORE_KEYS:
            spin = QSpinBox(parent)
            spin.setRange(1, 5)
            spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return spin
        if key in DATE_KEYS:
            editor = DateEditor(parent)
            editor.cleared.connect(lambda e=editor: self._commit_and_close(e))
            editor.picked.connect(lambda e=editor: self._commit_and_close(e))
            return editor
        return super().createEditor(parent, option, index)

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, DateEditor):
            editor.set_date(value)
        else:
            super().setEditorData(editor, index)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:
        # A date field with its arrow and clear button is wider than a date column: it grows
        # over the neighbouring cells rather than cut the date off.
        rect = option.rect
        if isinstance(editor, DateEditor):
            rect = rect.adjusted(0, 0, max(0, editor.sizeHint().width() - rect.width()), 0)
            viewport = editor.parentWidget()
            if viewport is not None and rect.right() > viewport.width():
                rect.moveRight(viewport.width() - 1)
        editor.setGeometry(rect)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, DateEditor):
            model.setData(index, editor.date())
        else:
            super().setModelData(editor, model, index)
