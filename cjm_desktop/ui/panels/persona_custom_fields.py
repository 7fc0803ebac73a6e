"""The persona's own label/value fields (questionnaire answers that have no field of their own):
a two-column table with Add and Remove. Each change is one edit of the whole list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model import CustomField


class CustomFieldsEditor(QWidget):
    """Emits `edited(list[CustomField])` with the whole new list after each user change."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("customFields")
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Value")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 120)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.add = QPushButton(self.tr("Add field"), self)
        self.remove = QPushButton(self.tr("Remove field"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addLayout(buttons)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._fit_height()
        self.add.clicked.connect(self.add_field)
        self.remove.clicked.connect(self.remove_field)
        self._update_buttons()

    def set_value(self, fields: list[CustomField]) -> None:
        if self.value() == list(fields) and self.table.rowCount() == len(fields):
            return
        self._filling = True
        try:
            self.table.setRowCount(len(fields))
            for row, field in enumerate(fields):
                for column, text in enumerate((field.label, field.value)):
                    item = self.table.item(row, column)
                    if item is None:
                        self.table.setItem(row, column, QTableWidgetItem(text))
                    elif item.text() != text:
                        item.setText(text)
        finally:
            self._filling = False
        self._fit_height()
        self._update_buttons()

    def _fit_height(self) -> None:
        # As tall as its rows (two at least), so the scrolling form has one scroll bar only.
        rows = max(2, self.table.rowCount())
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * row_height + 2 * self.table.frameWidth() + 2)

    def value(self) -> list[CustomField]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [
            CustomField(label=text(row, 0), value=text(row, 1))
            for row in range(self.table.rowCount())
        ]

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self.edited.emit(self.value())

    def _update_buttons(self) -> None:
        self.remove.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def add_field(self) -> None:
        self.edited.emit([*self.value(), CustomField()])
        row = self.table.rowCount() - 1
        if row >= 0:
            self.table.setCurrentCell(row, 0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.editItem(self.table.item(row, 0))

    def remove_field(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if rows:
            fields = self.value()
            self.edited.emit([f for n, f in enumerate(fields) if n not in rows])
