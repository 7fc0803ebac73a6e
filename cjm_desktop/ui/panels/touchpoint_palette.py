"""TouchpointPalette: the touchpoint library of cjm_desktop.catalog as a searchable list,
filtered by stage (phase) and channel, whose entries are dragged onto the canvas.

A drag carries the entry's id as JSON {"id": ...} with the mime type TOUCHPOINT_MIME; the canvas
turns a drop into a card.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model import Channel
from ..document import Document
from ..model_labels import label

TOUCHPOINT_MIME = "application/x-cjm-touchpoint"
_ID_ROLE = Qt.ItemDataRole.UserRole


class _DraggableList(QListWidget):
    """A list whose items drag out as touchpoint library entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)

    def mimeTypes(self) -> list[str]:
        return [TOUCHPOINT_MIME]

    def mimeData(self, items) -> QMimeData:
        mime = QMimeData()
        if items:
            payload = json.dumps({"id": items[0].data(_ID_ROLE)})
            mime.setData(TOUCHPOINT_MIME, payload.encode("utf-8"))
            mime.setText(items[0].text())
        return mime


class TouchpointPalette(QWidget):
    """Search field, phase and channel filters and the list of matching entries."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("touchpointPalette")
        self.document = document
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search touchpoints…"))
        self.search.setClearButtonEnabled(True)
        self.phase = QComboBox(self)
        self.channel = QComboBox(self)
        self.list = _DraggableList(self)
        self.hint = QLabel(self.tr("Drag a touchpoint onto a cell of the map."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(6)
        for widget in (self.search, self.phase, self.channel):
            column.addWidget(widget)
        column.addWidget(self.list, 1)
        column.addWidget(self.hint)
        self._fill_filters()
        self.search.textChanged.connect(self.refresh)
        self.phase.currentIndexChanged.connect(self.refresh)
        self.channel.currentIndexChanged.connect(self.refresh)
        document.project_replaced.connect(self.refresh)
        self.refresh()

    def _language(self) -> str:
        return str(self.document.project.language)

    def _fill_filters(self) -> None:
        self.phase.addItem(self.tr("All stages"), None)
        for phase_id, name in _phases(self._language()):
            self.phase.addItem(name, phase_id)
        self.channel.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel.addItem(label(channel), channel)

    def refresh(self, *args) -> None:
        self.list.clear()
        entries = _touchpoints(
            self.phase.currentData(),
            self.channel.currentData(),
            self.search.text(),
            self._language(),
        )
        for entry_id, title, tooltip in entries:
            item = QListWidgetItem(title)
            item.setData(_ID_ROLE, entry_id)
            item.setToolTip(tooltip)
            self.list.addItem(item)

    def entry_ids(self) -> list[str]:
        return [self.list.item(row).data(_ID_ROLE) for row in range(self.list.count())]


def _phases(language: str) -> list[tuple[str, str]]:
    try:
        from ... import catalog

        return [(p.id, _text(p, "name", language)) for p in catalog.phases()]
    except (ImportError, AttributeError):
        return []


def _touchpoints(phase, channel, query: str, language: str) -> list[tuple[str, str, str]]:
    try:
        from ... import catalog

        entries = catalog.touchpoints(
            phase=phase, channel=channel, mode=None, query=query, language=language
        )
    except (ImportError, AttributeError):
        return []
    return [(e.id, _text(e, "title", language), _text(e, "description", language)) for e in entries]


def _text(obj, name: str, language: str) -> str:
    value = getattr(obj, name, "")
    if callable(value):
        return value(language)
    if isinstance(value, dict):
        return value.get(language) or next(iter(value.values()), "")
    return str(value or "")
