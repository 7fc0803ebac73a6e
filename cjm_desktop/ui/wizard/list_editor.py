"""A list of short texts the user can add to and remove from (USPs on the brand page)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class AddLineEdit(QLineEdit):
    """A line whose Enter adds what was typed: it must not also press the wizard's Next."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class StringListEditor(QWidget):
    """A line to type in, an Add button (or Enter), and the list with a Remove button."""

    changed = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = AddLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.add_button = QPushButton(self.tr("Add"))
        self.list = QListWidget()
        self.list.setMaximumHeight(96)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addWidget(self.list, 1)
        below.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(below)
        self.add_button.clicked.connect(self.add_typed)
        self.line.returnPressed.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))

    def add_typed(self) -> None:
        text = self.line.text().strip()
        if text:
            self.list.addItem(text)
            self.line.clear()
            self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def values(self) -> list[str]:
        values = [self.list.item(i).text() for i in range(self.list.count())]
        # Text typed but not yet added is what the user meant too.
        if self.line.text().strip():
            values.append(self.line.text().strip())
        return values

    def set_values(self, values: list[str]) -> None:
        self.list.clear()
        self.list.addItems(values)
        self.line.clear()
