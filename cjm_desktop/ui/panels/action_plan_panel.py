"""ActionPlanPanel: the dock of the improvement roadmap: a table of all actions beside the
impact/effort matrix, with filters and add / delete buttons.

Selection runs both ways with the document: selecting actions selects the cards they address
(on the map they are on), and selecting cards on the canvas selects the actions addressing them.
The document's selection carries card IDs only, so the inspector keeps showing the card.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model import Card
from ..document import Document
from .action_plan_edits import action_from_card, card_invites_action, new_action, remove_actions
from .action_plan_filter import ActionPlanFilter
from .action_plan_filter_bar import ActionPlanFilterBar
from .action_plan_model import COLUMN, ActionPlanModel, push_or_report
from .action_plan_table import ActionPlanTable
from .impact_effort_matrix import ImpactEffortMatrix


class ActionPlanPanel(QWidget):
    """Table, matrix and filters of one document's actions."""

    #: One new action appeared (added here, from a card, or brought back by undo) and is
    #: selected; the window shows the dock.
    action_shown = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlan")
        self.document = document
        self.model = ActionPlanModel(document, self)
        self.plan_filter = ActionPlanFilter(self.model, self)
        self.table = ActionPlanTable(self.plan_filter, self)
        self.matrix = ImpactEffortMatrix(self.plan_filter, self.table.selectionModel(), self)
        self.filters = ActionPlanFilterBar(self.plan_filter, self)
        self.message = QLabel(self)
        self.message.setObjectName("actionPlanMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.hide()
        self.add_button = self._button("addAction", self.tr("New action"), self.add_action)
        self.delete_button = self._button("deleteAction", self.tr("Delete"), self.delete_selected)
        self.from_card_button = self._button(
            "actionFromCard", self.tr("Action from card"), self.create_from_selected_card
        )
        self.from_card_button.setToolTip(
            self.tr(
                "Create an action for the pain point, drop-off or opportunity selected on the map"
            )
        )
        self._build_layout()
        self._pushing = False
        self._following = False
        self._known_ids = {a.id for a in document.project.actions}
        self.model.refused.connect(self.show_message)
        self.table.delete_requested.connect(self.delete_selected)
        self.matrix.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        document.changed.connect(self._on_changed)
        document.project_replaced.connect(self._on_replaced)
        document.selection_changed.connect(self._document_selection_changed)
        self.filters.fill()
        self._update_buttons()

    def _button(self, name: str, text: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.from_card_button)
        top.addSpacing(12)
        top.addWidget(self.filters)
        top.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._matrix_with_legend())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 6)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.message)
        column.addWidget(self.splitter, 1)

    def _matrix_with_legend(self) -> QWidget:
        # The dots are coloured by status; without a key the colours say nothing.
        legend = QLabel(self)
        legend.setObjectName("matrixLegend")
        legend.setWordWrap(True)
        legend.setText(
            "&nbsp; ".join(
                f'<span style="color:{color.name()}">&#9679;</span>&nbsp;{html.escape(name)}'
                for name, color in self.matrix.status_legend()
            )
        )
        # The whole titles of the dots that show a number for want of room beside them: a short
        # list that scrolls, so it never squeezes the chart; a click selects the action.
        self.matrix_key = QListWidget(self)
        self.matrix_key.setObjectName("matrixKey")
        self.matrix_key.setAccessibleName(self.tr("Key to the numbered dots"))
        self.matrix_key.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matrix_key.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix_key.setMaximumHeight(3 * self.fontMetrics().height() + 8)
        self.matrix_key.hide()
        self.matrix_key.itemClicked.connect(
            lambda item: self.select_action(item.data(Qt.ItemDataRole.UserRole))
        )
        self.matrix.key_changed.connect(self._show_matrix_key)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.matrix, 1)
        column.addWidget(self.matrix_key)
        column.addWidget(legend)
        return box

    def _show_matrix_key(self, entries: list[tuple[int, str, str]]) -> None:
        self.matrix_key.clear()
        for number, title, action_id in entries:
            item = QListWidgetItem(f"{number}  {title}")
            item.setToolTip(title)
            item.setData(Qt.ItemDataRole.UserRole, action_id)
            self.matrix_key.addItem(item)
        self.matrix_key.setVisible(bool(entries))

    # -- adding and deleting ----------------------------------------------------------------
    def add_action(self) -> None:
        edit = new_action(self.tr("New action"), self.document.current_journey_id)
        if push_or_report(self.document, edit, self.show_message):
            row = self.plan_filter.row_of(edit.action.id)
            if row >= 0:
                self.table.setFocus()
                self.table.edit(self.plan_filter.index(row, COLUMN["title"]))

    def card_for_action(self, card_id: str) -> bool:
        """Whether an action can be made from this card: a pain point, drop-off or opportunity."""
        journey = self.document.project.journey_of(card_id)
        card = journey.card(card_id) if journey is not None else None
        return card is not None and card_invites_action(journey, card)

    def create_from_card(self, card_id: str) -> str | None:
        """Push a new action addressing the card; its ID, or None when refused."""
        if not self.card_for_action(card_id):
            return None
        journey = self.document.project.journey_of(card_id)
        edit = action_from_card(journey, journey.card(card_id))
        if not push_or_report(self.document, edit, self.show_message):
            return None
        return edit.action.id

    def _selected_card_for_action(self) -> str | None:
        cards = [i for i in self.document.selection if self.card_for_action(i)]
        return cards[0] if len(cards) == 1 else None

    def create_from_selected_card(self) -> None:
        card_id = self._selected_card_for_action()
        if card_id is not None:
            self.create_from_card(card_id)

    def delete_selected(self) -> None:
        edit = remove_actions(self.selected_ids())
        if edit is not None:
            push_or_report(self.document, edit, self.show_message)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_ids()))
        self.from_card_button.setEnabled(self._selected_card_for_action() is not None)

    # -- selection --------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in (self.plan_filter.action_id_at(r) for r in rows) if i is not None]

    def select_action(self, action_id: str) -> None:
        """Select one action, showing all actions first when the filters hide it."""
        if self.plan_filter.row_of(action_id) < 0 and self.plan_filter.is_filtering():
            self.filters.show_all()
        self._set_table_selection([action_id])

    def _set_table_selection(self, action_ids: list[str]) -> None:
        selection = QItemSelection()
        rows = [r for r in (self.plan_filter.row_of(i) for i in action_ids) if r >= 0]
        last = self.plan_filter.columnCount() - 1
        for row in rows:
            selection.select(self.plan_filter.index(row, 0), self.plan_filter.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        model = self.table.selectionModel()
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        if rows:
            model.setCurrentIndex(self.plan_filter.index(rows[0], 0), flags.NoUpdate)
            self.table.scrollTo(self.plan_filter.index(rows[0], 0))

    def _table_selection_changed(self, *args) -> None:
        self._update_buttons()
        if self._following or self.model.updating:
            return
        project = self.document.project
        card_ids: list[str] = []
        for action_id in self.selected_ids():
            action = project.action(action_id)
            card_ids.extend(action.card_ids if action is not None else [])
        self._pushing = True
        try:
            shown = self.document.current_journey()
            if card_ids and (shown is None or not any(shown.card(c) for c in card_ids)):
                # The cards are on another map: show that map.
                journey = project.journey_of(card_ids[0])
                if journey is not None:
                    self.document.set_current_journey(journey.id)
                shown = self.document.current_journey()
            on_map = [c for c in card_ids if shown is not None and shown.card(c) is not None]
            self.document.set_selection(on_map)
        finally:
            self._pushing = False

    def _document_selection_changed(self, ids: list[str]) -> None:
        self._update_buttons()
        if self._pushing:
            return
        project = self.document.project
        cards = {i for i in ids if isinstance(project.find(i), Card)}
        wanted = [a.id for a in project.actions if cards & set(a.card_ids)]
        self._following = True
        try:
            self._set_table_selection(wanted)
        finally:
            self._following = False

    # -- following the document --------------------------------------------------------------
    def _on_changed(self, change) -> None:
        self.show_message("")
        if change.actions or change.journey_list or change.structure:
            self.filters.fill()
        if not change.actions:
            return
        ids = {a.id for a in self.document.project.actions}
        appeared = ids - self._known_ids
        self._known_ids = ids
        if len(appeared) == 1:
            [action_id] = appeared
            self.select_action(action_id)
            self.action_shown.emit(action_id)

    def _on_replaced(self) -> None:
        self._known_ids = {a.id for a in self.document.project.actions}
        self.show_message("")
        self.filters.fill()
