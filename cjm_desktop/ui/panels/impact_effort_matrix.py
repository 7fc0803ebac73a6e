"""ImpactEffortMatrix: the actions of the (filtered) plan as dots on a 2 x 2 of impact against
effort: quick wins, big bets, fill-ins and the money pit.

Dragging a dot snaps it to a score 1..5 on both axes and pushes one edit for the whole drag;
arrow keys move the selected dot one score. Clicking a dot selects its row in the table (the
two share one selection model), so the rest of the panel follows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from ...model import Action, Status
from ...user_message import QT_TRANSLATE_NOOP
from ..model_labels import label
from .action_plan_filter import ActionPlanFilter
from .impact_effort_geometry import SCORES, Plot, spread_positions

CONTEXT = "ImpactEffortMatrix"
# (name, impact high?, effort high?, fill): the four quadrants.
QUADRANTS = (
    (QT_TRANSLATE_NOOP(CONTEXT, "Quick wins"), True, False, "#e3f2e1"),
    (QT_TRANSLATE_NOOP(CONTEXT, "Big bets"), True, True, "#e1ecf7"),
    (QT_TRANSLATE_NOOP(CONTEXT, "Fill-ins"), False, False, "#f4f1e6"),
    (QT_TRANSLATE_NOOP(CONTEXT, "Money pit"), False, True, "#f8e3e0"),
)
STATUS_COLORS = {
    Status.IDEA: QColor("#9e9e9e"),
    Status.PLANNED: QColor("#1e88e5"),
    Status.IN_PROGRESS: QColor("#fb8c00"),
    Status.DONE: QColor("#43a047"),
    Status.DROPPED: QColor("#cfcfcf"),
}
DOT_RADIUS = 7.0
SELECTED = QColor("#0d47a1")
LABEL_WIDTH = 130


class ImpactEffortMatrix(QWidget):
    """Draws the visible rows of `plan_filter`; `selection` is the table's selection model."""

    #: Delete was pressed with dots selected.
    delete_requested = Signal()

    def __init__(
        self,
        plan_filter: ActionPlanFilter,
        selection: QItemSelectionModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("impactEffortMatrix")
        self.setAccessibleName(self.tr("Impact/effort matrix"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plan_filter = plan_filter
        self.selection = selection
        self._positions: dict[str, tuple[float, float]] = {}
        self._drag_id: str | None = None
        self._press = QPointF()
        self._mouse = QPointF()
        self._dragging = False
        for signal in (
            plan_filter.modelReset,
            plan_filter.layoutChanged,
            plan_filter.rowsInserted,
            plan_filter.rowsRemoved,
            plan_filter.dataChanged,
        ):
            signal.connect(self._relayout)
        selection.selectionChanged.connect(self.update)

    # -- geometry -------------------------------------------------------------------------
    def plot(self) -> Plot:
        left, top, right, bottom = 36.0, 8.0, 8.0, 30.0
        return Plot(left, top, self.width() - left - right, self.height() - top - bottom)

    def dot_position(self, action_id: str) -> QPointF | None:
        """Where the dot of the action is drawn (widget pixels); None when not shown."""
        self._ensure_positions()
        found = self._positions.get(action_id)
        return QPointF(*found) if found is not None else None

    def cell_center(self, impact: int, effort: int) -> QPointF:
        return QPointF(*self.plot().cell_center(impact, effort))

    def _actions(self) -> list[Action]:
        return self.plan_filter.visible_actions()

    def _ensure_positions(self) -> None:
        if not self._positions:
            self._relayout()

    def _relayout(self, *args) -> None:
        self._positions = spread_positions(
            self.plot(), ((a.id, a.impact, a.effort) for a in self._actions())
        )
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def action_at(self, pos: QPointF) -> str | None:
        """The dot under `pos` (the one drawn on top when dots touch)."""
        self._ensure_positions()
        hit = None
        for action_id, (x, y) in self._positions.items():
            if (x - pos.x()) ** 2 + (y - pos.y()) ** 2 <= (DOT_RADIUS + 3) ** 2:
                hit = action_id
        return hit

    # -- selection ------------------------------------------------------------------------
    def selected_ids(self) -> set[str]:
        rows = {index.row() for index in self.selection.selectedRows()}
        return {i for i in (self.plan_filter.action_id_at(r) for r in rows) if i is not None}

    def _select(self, action_id: str | None, toggle: bool) -> None:
        row = self.plan_filter.row_of(action_id) if action_id else -1
        flags = QItemSelectionModel.SelectionFlag
        if row < 0:
            if not toggle:
                self.selection.clearSelection()
            return
        index = self.plan_filter.index(row, 0)
        mode = flags.Toggle if toggle else flags.ClearAndSelect
        self.selection.setCurrentIndex(index, mode | flags.Rows)

    # -- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        hit = self.action_at(pos)
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._select(hit, toggle)
        self._drag_id = hit if not toggle else None
        self._press = QPointF(pos)
        self._mouse = QPointF(pos)
        self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._drag_id is None:
            super().mouseMoveEvent(event)
            return
        self._mouse = QPointF(event.position())
        distance = (self._mouse - self._press).manhattanLength()
        if distance >= QApplication.startDragDistance():
            self._dragging = True
        self.update()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag_id is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        action_id, dragged = self._drag_id, self._dragging
        self._drag_id, self._dragging = None, False
        if dragged:
            impact, effort = self.plot().score_at(event.position().x(), event.position().y())
            self.plan_filter.plan().set_fields(action_id, {"impact": impact, "effort": effort})
        self._relayout()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            action_id = self.action_at(QPointF(event.pos()))
            action = self.plan_filter.plan().project.action(action_id) if action_id else None
            if action is None:
                QToolTip.hideText()
                event.ignore()
                return True
            text = self.tr("{title}\nImpact {impact}, effort {effort}").format(
                title=action.title, impact=action.impact, effort=action.effort
            )
            QToolTip.showText(event.globalPos(), text, self)
            return True
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(
            QKeySequence.StandardKey.Delete
        ):
            # Ours, not the window's Delete (which would delete the highlighted cards).
            event.accept()
            return True
        return super().event(event)

    # -- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag_id is not None:
            self._drag_id, self._dragging = None, False
            self.update()
            return
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_requested.emit()
            return
        steps = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Left: (0, -1),
        }
        step = steps.get(Qt.Key(event.key()))
        current = self.selection.currentIndex()
        action_id = self.plan_filter.action_id_at(current.row()) if current.isValid() else None
        action = self.plan_filter.plan().project.action(action_id) if action_id else None
        if step is None or action is None:
            super().keyPressEvent(event)
            return
        impact = max(SCORES[0], min(SCORES[-1], action.impact + step[0]))
        effort = max(SCORES[0], min(SCORES[-1], action.effort + step[1]))
        self.plan_filter.plan().set_fields(action.id, {"impact": impact, "effort": effort})

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        self._ensure_positions()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self.plot()
        self._paint_quadrants(painter, plot)
        self._paint_axes(painter, plot)
        if self._dragging:
            impact, effort = plot.score_at(self._mouse.x(), self._mouse.y())
            cx, cy = plot.cell_center(impact, effort)
            w, h = plot.cell_width, plot.cell_height
            painter.setPen(QPen(SELECTED, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(cx - w / 2, cy - h / 2, w, h))
        self._paint_dots(painter, plot)
        painter.end()

    def _paint_quadrants(self, painter: QPainter, plot: Plot) -> None:
        mx, my = plot.middle()
        right, bottom = plot.left + plot.width, plot.top + plot.height
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for name, high_impact, high_effort, fill in QUADRANTS:
            x0, x1 = (mx, right) if high_effort else (plot.left, mx)
            y0, y1 = (plot.top, my) if high_impact else (my, bottom)
            rect = QRectF(x0, y0, x1 - x0, y1 - y0)
            painter.fillRect(rect, QColor(fill))
            painter.setPen(QColor("#6d6d6d"))
            align = Qt.AlignmentFlag.AlignTop if high_impact else Qt.AlignmentFlag.AlignBottom
            align |= Qt.AlignmentFlag.AlignRight if high_effort else Qt.AlignmentFlag.AlignLeft
            painter.drawText(rect.adjusted(6, 4, -6, -4), align, self.tr(name))
        painter.setPen(QPen(QColor("#9e9e9e"), 1))
        painter.drawLine(QPointF(mx, plot.top), QPointF(mx, bottom))
        painter.drawLine(QPointF(plot.left, my), QPointF(right, my))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(plot.left, plot.top, plot.width, plot.height))

    def _paint_axes(self, painter: QPainter, plot: Plot) -> None:
        painter.setFont(self.font())
        # Outside the plot, on the window background: the palette's text colour (light or dark).
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        bottom = plot.top + plot.height
        for score in SCORES:
            x, _ = plot.cell_center(1, score)
            painter.drawText(
                QRectF(x - 10, bottom + 1, 20, 14), Qt.AlignmentFlag.AlignCenter, str(score)
            )
            _, y = plot.cell_center(score, 1)
            painter.drawText(
                QRectF(plot.left - 16, y - 7, 14, 14), Qt.AlignmentFlag.AlignCenter, str(score)
            )
        painter.drawText(
            QRectF(plot.left, bottom + 14, plot.width, 16),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Effort →"),
        )
        painter.save()
        painter.translate(10, plot.top + plot.height / 2)
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height / 2, -8, plot.height, 16),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Impact →"),
        )
        painter.restore()

    def _paint_dots(self, painter: QPainter, plot: Plot) -> None:
        selected = self.selected_ids()
        bold = QFont(self.font())
        bold.setBold(True)
        right = plot.left + plot.width
        for action in self._actions():
            if action.id not in self._positions:
                continue
            x, y = self._positions[action.id]
            if action.id == self._drag_id and self._dragging:
                x, y = self._mouse.x(), self._mouse.y()
            is_selected = action.id in selected
            painter.setPen(
                QPen(SELECTED if is_selected else QColor("#ffffff"), 2.5 if is_selected else 1.5)
            )
            painter.setBrush(STATUS_COLORS[action.status])
            painter.drawEllipse(QPointF(x, y), DOT_RADIUS, DOT_RADIUS)
            # Measured in the font it is drawn in, so a bold label placed left of its dot does
            # not run into it.
            font = bold if is_selected else self.font()
            metrics = QFontMetrics(font)
            text = metrics.elidedText(action.title, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
            width = metrics.horizontalAdvance(text)
            left = x + DOT_RADIUS + 3
            if left + width > right:
                left = x - DOT_RADIUS - 3 - width
            painter.setFont(font)
            painter.setPen(SELECTED if is_selected else QColor("#212121"))
            painter.drawText(QPointF(left, y + metrics.ascent() / 2 - 1), text)

    def status_legend(self) -> list[tuple[str, QColor]]:
        """The colour of each status, for the panel's legend."""
        return [(label(status), color) for status, color in STATUS_COLORS.items()]
