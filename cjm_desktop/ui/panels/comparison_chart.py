"""EmotionComparisonChart: the emotion curves of an as-is map and its to-be map over each other.

Columns are the paired steps of review.compare (a step found in one map only still gets its
column, with a value on one curve only), grouped under their stage; rows are the five emotions,
drawn as faces on the left. A step without a value leaves a gap in its curve rather than a
made-up line.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...review import Comparison
from ..canvas.glyphs import paint_face

AS_IS_COLOR = QColor("#d9534f")
TO_BE_COLOR = QColor("#1976d2")
_LEFT = 40.0
_TOP = 44.0
_BOTTOM = 36.0
_RIGHT = 12.0
_FACE = 18.0


class EmotionComparisonChart(QWidget):
    """Paints `comparison` (None: an empty chart)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emotionComparison")
        self.comparison: Comparison | None = None
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 240)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.update()

    # -- geometry (public for tests: where a value of a column is drawn) ------------------------
    def plot_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(_LEFT, _TOP, -_RIGHT, -_BOTTOM)

    def value_y(self, value: int) -> float:
        plot = self.plot_rect()
        return plot.top() + (2 - value) * plot.height() / 4

    def column_x(self, index: int) -> float:
        plot = self.plot_rect()
        count = len(self.comparison.steps()) if self.comparison else 1
        return plot.left() + (index + 0.5) * plot.width() / max(1, count)

    def curve_points(self, which: str) -> list[QPointF | None]:
        """The drawn points of the "as_is" or "to_be" curve, None where a step has no value."""
        if self.comparison is None:
            return []
        points: list[QPointF | None] = []
        for index, step in enumerate(self.comparison.steps()):
            value = step.as_is_value if which == "as_is" else step.to_be_value
            points.append(
                None if value is None else QPointF(self.column_x(index), self.value_y(value))
            )
        return points

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        plot = self.plot_rect()
        grid = QColor(palette.text().color())
        grid.setAlphaF(0.15)
        painter.setPen(QPen(grid, 1))
        for value in range(-2, 3):
            y = self.value_y(value)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            paint_face(painter, value, QRectF(8, y - _FACE / 2, _FACE, _FACE))
        if self.comparison is None or not self.comparison.steps():
            painter.end()
            return
        self._paint_stages(painter, plot, grid)
        self._paint_steps(painter, plot)
        self._paint_legend(painter)
        for which, color, dashed in (("as_is", AS_IS_COLOR, True), ("to_be", TO_BE_COLOR, False)):
            self._paint_curve(painter, self.curve_points(which), color, dashed)
        painter.end()

    def _paint_stages(self, painter: QPainter, plot: QRectF, grid: QColor) -> None:
        """Stage names above their columns, with a line between stages."""
        text = self.palette().text().color()
        metrics = QFontMetricsF(self.font())
        column = plot.width() / max(1, len(self.comparison.steps()))
        index = 0
        for stage in self.comparison.stages:
            width = column * len(stage.steps)
            left = plot.left() + index * column
            if index:
                painter.setPen(QPen(grid, 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(left, plot.top() - 18), QPointF(left, plot.bottom()))
            painter.setPen(text)
            name = metrics.elidedText(stage.name, Qt.TextElideMode.ElideRight, width - 6)
            painter.drawText(QRectF(left + 3, plot.top() - 20, width - 6, 16), name)
            index += len(stage.steps)

    def _paint_steps(self, painter: QPainter, plot: QRectF) -> None:
        """Step names under their columns, small and on one line, so the curves keep the room."""
        font = self.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        muted = QColor(self.palette().text().color())
        muted.setAlphaF(0.7)
        painter.setPen(muted)
        steps = self.comparison.steps()
        column = plot.width() / max(1, len(steps))
        for index, step in enumerate(steps):
            left = plot.left() + index * column
            name = metrics.elidedText(step.name, Qt.TextElideMode.ElideRight, column - 6)
            painter.drawText(
                QRectF(left + 3, plot.bottom() + 14, column - 6, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                name,
            )
        painter.setFont(self.font())

    def _paint_legend(self, painter: QPainter) -> None:
        tr = self.tr
        x = _LEFT
        metrics = QFontMetricsF(self.font())
        for label, color, dashed in (
            (tr("As-is: {title}").format(title=self.comparison.as_is_title), AS_IS_COLOR, True),
            (tr("To-be: {title}").format(title=self.comparison.to_be_title), TO_BE_COLOR, False),
        ):
            pen = QPen(color, 2.5, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, 12), QPointF(x + 22, 12))
            painter.setPen(self.palette().text().color())
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, 260)
            painter.drawText(QPointF(x + 28, 12 + metrics.ascent() / 2 - 1), shown)
            x += 28 + metrics.horizontalAdvance(shown) + 24

    def _paint_curve(self, painter, points: list[QPointF | None], color: QColor, dashed) -> None:
        pen = QPen(color, 2.5, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        path = QPainterPath()
        previous: QPointF | None = None
        for point in points:
            if point is not None:
                if previous is None:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            previous = point
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(self.palette().base())
        for point in points:
            if point is not None:
                painter.drawEllipse(point, 4, 4)
