"""ActionPlanTable: the table view of the action plan, with its delegate and keys.

Delete removes the selected actions (the window's Delete would remove the cards they highlight on
the canvas); select-all and the clipboard keys stay inside the table for the same reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .action_plan_delegate import ActionPlanDelegate
from .action_plan_filter import ActionPlanFilter
from .action_plan_model import COLUMN

_KEYS_KEPT = (
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
)
_WIDTHS = {
    "journey_id": 110,
    "stage_id": 100,
    "owner": 80,
    "priority": 72,
    "impact": 52,
    "effort": 52,
    "score": 52,
    "status": 90,
    "start": 88,
    "due": 88,
}


class ActionPlanTable(QTableView):
    #: Delete was pressed (outside an editor).
    delete_requested = Signal()

    def __init__(self, plan_filter: ActionPlanFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlanTable")
        self.setAccessibleName(self.tr("Action plan"))
        self.setModel(plan_filter)
        self.setItemDelegate(ActionPlanDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COLUMN["title"], QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.fit_header_texts()
        # Header texts change with the language (Dutch "Inspanning" is twice "Effort").
        plan_filter.headerDataChanged.connect(self.fit_header_texts)
        # Unsorted until the user clicks a header: the plan's own order first.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def fit_header_texts(self, *args) -> None:
        """Give each fixed column its usual width, or more where its header text (with the sort
        arrow) needs it, so no header is cut off in any language."""
        header = self.horizontalHeader()
        for key, width in _WIDTHS.items():
            column = COLUMN[key]
            self.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.fit_header_texts()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and any(
            event.matches(key) for key in _KEYS_KEPT
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if (
            event.matches(QKeySequence.StandardKey.Delete)
            and self.state() != self.State.EditingState
        ):
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
