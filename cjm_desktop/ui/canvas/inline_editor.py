"""InlineEditor: a text item laid over a card or header title for editing on the canvas.

Enter commits (one SetFields edit), Shift+Enter is not special (titles are one paragraph),
Escape cancels, and losing focus commits, as in a spreadsheet cell.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem


class InlineEditor(QGraphicsTextItem):
    """Edits one title; calls `on_done(text_or_None)` once (None means cancelled)."""

    def __init__(
        self,
        text: str,
        rect: QRectF,
        font: QFont,
        on_done: Callable[[str | None], None],
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._finished = False
        self.setFont(font)
        self.setPlainText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setTextWidth(max(40.0, rect.width()))
        self.setPos(rect.topLeft())
        self.setZValue(2000)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self._min_height = rect.height()

    def begin(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self.boundingRect()
        rect.setHeight(max(rect.height(), self._min_height))
        painter.setPen(QPen(QColor("#1976d2"), 1.5))
        painter.setBrush(QBrush(QColor("white")))
        painter.drawRoundedRect(rect, 3, 3)
        super().paint(painter, option, widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            # A menu opening or closing (the one whose "Add stage after" began this edit), or
            # a switch to another window: the focus comes back, and the edit goes on, as in a
            # spreadsheet cell.
            return
        self.finish(commit=True)

    def finish(self, commit: bool) -> None:
        if self._finished:
            return
        self._finished = True
        text = self.toPlainText().strip() if commit else None
        self._on_done(text)
