"""Five faces from very negative (-2) to very positive (+2); click one, click it again to clear."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

FACE_SIZE = 36
# Red through grey to green, the colours of the canvas's emotion faces.
FACE_COLORS = {-2: "#d9534f", -1: "#f0ad4e", 0: "#9e9e9e", 1: "#8bc34a", 2: "#43a047"}


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
    # Drawn here rather than taken from ui/canvas/glyphs.py: importing the canvas package pulls in
    # the whole canvas, which the wizard does not need.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(FACE_COLORS[value])
    size = r.width()
    painter.setPen(QPen(color.darker(140), size / 16))
    painter.setBrush(color)
    painter.drawEllipse(r)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#212121"))
    for dx in (-0.17, 0.17):
        painter.drawEllipse(
            QPointF(r.center().x() + dx * size, r.top() + size * 0.38), size * 0.07, size * 0.07
        )
    ink = QPen(QColor("#212121"), size / 12)
    ink.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(ink)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth_y = r.top() + size * 0.68
    mouth = QPainterPath(QPointF(r.left() + size * 0.28, mouth_y))
    # A positive value pulls the middle of the mouth down: a smile.
    mouth.quadTo(
        QPointF(r.center().x(), mouth_y + value * size * 0.09),
        QPointF(r.right() - size * 0.28, mouth_y),
    )
    painter.drawPath(mouth)
