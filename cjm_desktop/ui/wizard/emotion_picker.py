"""Five faces from very negative (-2) to very positive (+2); click one, click it again to clear."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from ...drawing import symbols
from ...qt_paint.symbols import paint_symbol

FACE_SIZE = 36


class EmotionPicker(QWidget):
    """A row of five checkable face buttons; `value()` is -2..+2 or None when none is chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = (
            self.tr("Very negative"),
            self.tr("Negative"),
            self.tr("Neutral"),
            self.tr("Positive"),
            self.tr("Very positive"),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[int, QToolButton] = {}
        for value, label in zip(range(-2, 3), labels, strict=True):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(_face_icon(value))
            button.setIconSize(QSize(FACE_SIZE, FACE_SIZE))
            button.setText(label)
            button.setToolTip(label)
            button.setAccessibleName(label)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setAutoRaise(True)
            button.setMinimumWidth(84)
            button.clicked.connect(lambda checked, v=value: self._clicked(v, checked))
            layout.addWidget(button)
            self.buttons[value] = button
        layout.addStretch(1)

    def value(self) -> int | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: int | None) -> None:
        for v, button in self.buttons.items():
            button.setChecked(v == value)

    def _clicked(self, value: int, checked: bool) -> None:
        # Exclusive by hand: a QButtonGroup would not let the user clear the choice again.
        self.set_value(value if checked else None)
        self.changed.emit()


def _face_icon(value: int) -> QIcon:
    pixmap = QPixmap(FACE_SIZE * 2, FACE_SIZE * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    _paint_face(painter, value, QRectF(2, 2, FACE_SIZE * 2 - 4, FACE_SIZE * 2 - 4))
    painter.end()
    return QIcon(pixmap)


def _paint_face(painter: QPainter, value: int, r: QRectF) -> None:
    # The face every map draws (drawing/symbols.py), without importing the canvas package.
    paint_symbol(painter, symbols.face(value), r)
