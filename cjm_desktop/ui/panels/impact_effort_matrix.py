"""ImpactEffortMatrix: the actions of the (filtered) plan as dots on a 2 x 2 of impact against
effort: quick wins, major projects, fill-ins and thankless tasks.

Dragging a dot snaps it to a score 1..5 on both axes and pushes one edit for the whole drag;
arrow keys move the selected dot one score. Clicking a dot selects its row in the table (the
two share one selection model), so the rest of the panel follows.

Actions with the same score stack in their cell. Labels go beside their dots where they run into
nothing, shortened where needed; a dot without room for a label shows it while hovered (and in
its tooltip), and selected dots always have theirs.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from ...model import Action, Status
from ...user_message import QT_TRANSLATE_NOOP
from ..model_labels import label
from .action_plan_filter import ActionPlanFilter
from .impact_effort_geometry import (
    SCORES,
    Box,
    LabelRequest,
    Plot,
    label_candidates,
    place_labels,
    spread_positions,
)

CONTEXT = "ImpactEffortMatrix"
# (name, impact high?, effort high?, fill): the four quadrants, named as consultants do.
QUADRANTS = (
    (QT_TRANSLATE_NOOP(CONTEXT, "Quick wins"), True, False, "#e3f2e1"),
    (QT_TRANSLATE_NOOP(CONTEXT, "Major projects"), True, True, "#e1ecf7"),
    (QT_TRANSLATE_NOOP(CONTEXT, "Fill-ins"), False, False, "#f4f1e6"),
    (QT_TRANSLATE_NOOP(CONTEXT, "Thankless tasks"), False, True, "#f8e3e0"),
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
LABEL_GAP = 3.0


class ImpactEffortMatrix(QWidget):
    """Draws the visible rows of `plan_filter`; `selection` is the table's selection model."""

    #: Delete was pressed with dots selected.
    delete_requested = Signal()
    #: The numbered key changed: [(number, whole title, action ID)] of the dots whose title
    #: found no place beside them.
    key_changed = Signal(list)

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
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plan_filter = plan_filter
        self.selection = selection
        self._positions: dict[str, tuple[float, float]] = {}
        self._laid_out = False
        self._drag_id: str | None = None
        self._hover_id: str | None = None
        #: Labels of selected dots that cover something (from the last labels()).
        self._crowded: set[str] = set()
        #: Dots whose whole title found no place: their number (drawn in the dot, listed in the
        #: key below the chart), from the last labels().
        self._numbers: dict[str, int] = {}
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
        # A flag, not "no positions yet": with no visible actions the positions stay empty, and
        # relaying out (with its update()) from paintEvent would then repaint without end.
        if not self._laid_out:
            self._lay_out()

    def _lay_out(self) -> None:
        self._positions = spread_positions(
            self.plot(),
            ((a.id, a.impact, a.effort) for a in self._actions()),
            spacing=self._line_spacing(),
        )
        self._laid_out = True

    def _relayout(self, *args) -> None:
        self._lay_out()
        self.update()

    def _line_spacing(self) -> float:
        # A selected label is bold: one line of that, or a dot, whichever is taller.
        return max(2 * DOT_RADIUS + 2, QFontMetrics(self._bold_font()).height() + 1)

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def quadrant_title_boxes(self) -> list[tuple[str, Box]]:
        """The quadrant names and where they are drawn: in the quadrant's outer corner, or
        where no dot covers them (another corner of the quadrant, or the middle of its outer
        edge); the outer corner when every place has a dot."""
        self._ensure_positions()
        plot = self.plot()
        metrics = QFontMetrics(self._bold_font())
        mx, my = plot.middle()
        right, bottom = plot.left + plot.width, plot.top + plot.height
        r = DOT_RADIUS + 1
        dots = [Box(x - r, y - r, 2 * r, 2 * r) for x, y in self._positions.values()]
        boxes = []
        for name, high_impact, high_effort, _fill in QUADRANTS:
            text = self.tr(name)
            width, height = metrics.horizontalAdvance(text), metrics.height()
            x0, x1 = (mx, right) if high_effort else (plot.left, mx)
            y0, y1 = (plot.top, my) if high_impact else (my, bottom)
            outer_x = x1 - 6 - width if high_effort else x0 + 6
            inner_x = x0 + 6 if high_effort else x1 - 6 - width
            outer_y = y0 + 4 if high_impact else y1 - 4 - height
            inner_y = y1 - 4 - height if high_impact else y0 + 4
            middle_x = (x0 + x1 - width) / 2
            candidates = [
                Box(left, top, width, height)
                for left, top in (
                    (outer_x, outer_y),
                    (middle_x, outer_y),
                    (inner_x, outer_y),
                    (outer_x, inner_y),
                    (middle_x, inner_y),
                    (inner_x, inner_y),
                )
            ]
            free = [b for b in candidates if not any(b.overlaps(d) for d in dots)]
            boxes.append((text, (free or candidates)[0]))
        return boxes

    def labels(self) -> dict[str, tuple[str, Box]]:
        """The label drawn beside each dot (text, box): always the whole title, never a cut
        one ("Cake pa…" named nothing). A dot whose title finds no place gets a number instead,
        listed with the whole title in the key (`key_entries`) and shown on hover."""
        self._ensure_positions()
        plot = self.plot()
        selected = self.selected_ids()
        titles = {a.id: a.title for a in self._actions()}
        requests = []
        for action_id, title in titles.items():
            if action_id not in self._positions or action_id == self._dragged_id():
                continue
            metrics = QFontMetrics(self._bold_font() if action_id in selected else self.font())
            x, y = self._positions[action_id]
            requests.append(LabelRequest(action_id, x, y, (metrics.horizontalAdvance(title),)))
        placed = place_labels(
            requests,
            height=QFontMetrics(self._bold_font()).height(),
            dot_radius=DOT_RADIUS,
            gap=LABEL_GAP,
            bounds=Box(plot.left + 1, plot.top + 1, plot.width - 2, plot.height - 2),
            obstacles=[box for _text, box in self.quadrant_title_boxes()],
            first=selected,
        )
        # A selected dot's title that fits nowhere in the plot may reach over the axes, on a
        # plate: the user asked for that action.
        missing = [r for r in requests if r.dot_id in selected and r.dot_id not in placed]
        if missing:
            extra = place_labels(
                missing,
                height=QFontMetrics(self._bold_font()).height(),
                dot_radius=DOT_RADIUS,
                gap=LABEL_GAP,
                bounds=Box(0, 0, self.width(), self.height()),
                first={r.dot_id for r in missing},
            )
            placed.update({i: replace(label, crowded=True) for i, label in extra.items()})
        self._crowded = {i for i, label in placed.items() if label.crowded}
        unplaced = [r.dot_id for r in requests if r.dot_id not in placed]
        numbers = {action_id: n for n, action_id in enumerate(unplaced, start=1)}
        if numbers != self._numbers:
            self._numbers = numbers
            self.key_changed.emit(self.key_entries())
        return {i: (titles[i], label.box) for i, label in placed.items()}

    def key_entries(self) -> list[tuple[int, str, str]]:
        """(number, whole title, action ID) of each numbered dot, in number order."""
        titles = {a.id: a.title for a in self._actions()}
        return [(n, titles[i], i) for i, n in self._numbers.items() if i in titles]

    def dot_number(self, action_id: str) -> int | None:
        """The number drawn in the dot (its title is in the key), or None."""
        self.labels()
        return self._numbers.get(action_id)

    def _dragged_id(self) -> str | None:
        return self._drag_id if self._dragging else None

    def hover_label(
        self, labels: dict[str, tuple[str, Box]] | None = None
    ) -> tuple[str, str, Box] | None:
        """(id, text, box) of the label shown over the others for the hovered (or dragged) dot
        when its own label is left out or shortened; `labels` as from labels()."""
        labels = self.labels() if labels is None else labels
        action_id = self._dragged_id() or self._hover_id
        action = self.plan_filter.plan().project.action(action_id) if action_id else None
        if action is None or action_id not in self._positions:
            return None
        metrics = QFontMetrics(self._bold_font())
        text, width = action.title, metrics.horizontalAdvance(action.title)
        if action_id in labels and labels[action_id][0] == text:
            return None
        x, y = (
            (self._mouse.x(), self._mouse.y())
            if action_id == self._dragged_id()
            else self._positions[action_id]
        )
        request = LabelRequest(action_id, x, y, (width,))
        candidates = [
            box for _c, box in label_candidates(request, metrics.height(), DOT_RADIUS + 3)
        ]
        right = self.width()
        box = next((b for b in candidates if b.left >= 0 and b.right <= right), candidates[0])
        return action_id, text, box

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
            hover = self.action_at(event.position())
            if hover != self._hover_id:
                self._hover_id = hover
                self.update()
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

    def leaveEvent(self, event) -> None:
        if self._hover_id is not None:
            self._hover_id = None
            self.update()
        super().leaveEvent(event)

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
        for _name, high_impact, high_effort, fill in QUADRANTS:
            x0, x1 = (mx, right) if high_effort else (plot.left, mx)
            y0, y1 = (plot.top, my) if high_impact else (my, bottom)
            painter.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), QColor(fill))
        painter.setFont(self._bold_font())
        painter.setPen(QColor("#6d6d6d"))
        for text, box in self.quadrant_title_boxes():
            painter.drawText(_rect(box), Qt.AlignmentFlag.AlignCenter, text)
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
        labels = self.labels()
        for action in self._actions():
            if action.id not in self._positions:
                continue
            x, y = self._positions[action.id]
            if action.id == self._dragged_id():
                x, y = self._mouse.x(), self._mouse.y()
            is_selected = action.id in selected
            painter.setPen(
                QPen(SELECTED if is_selected else QColor("#ffffff"), 2.5 if is_selected else 1.5)
            )
            painter.setBrush(STATUS_COLORS[action.status])
            painter.drawEllipse(QPointF(x, y), DOT_RADIUS, DOT_RADIUS)
            number = self._numbers.get(action.id)
            if number is not None:
                self._paint_number(painter, number, x, y, STATUS_COLORS[action.status])
        crowded = self._crowded
        for action_id, (text, box) in labels.items():
            if action_id in crowded:
                continue
            is_selected = action_id in selected
            painter.setFont(self._bold_font() if is_selected else self.font())
            painter.setPen(SELECTED if is_selected else QColor("#212121"))
            painter.drawText(_rect(box), Qt.AlignmentFlag.AlignVCenter, text)
        # Over everything, on a plate, so they read where they cover a dot or another label.
        for action_id in crowded:
            text, box = labels[action_id]
            self._paint_plate_label(painter, text, box, SELECTED)
        hover = self.hover_label(labels)
        if hover is not None:
            _action_id, text, box = hover
            self._paint_plate_label(painter, text, box, QColor("#212121"))

    def _paint_number(self, painter: QPainter, number: int, x: float, y: float, fill) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(9 if number < 10 else 8)
        painter.setFont(font)
        # Dark digits on the light dots (idea, dropped), white on the others.
        painter.setPen(QColor("#212121") if fill.lightness() > 150 else QColor("#ffffff"))
        box = QRectF(x - DOT_RADIUS, y - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))

    def _paint_plate_label(self, painter: QPainter, text: str, box: Box, color: QColor) -> None:
        painter.setPen(QPen(QColor("#9e9e9e"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(_rect(box).adjusted(-3, -1, 3, 1), 3, 3)
        painter.setFont(self._bold_font())
        painter.setPen(color)
        painter.drawText(_rect(box), Qt.AlignmentFlag.AlignVCenter, text)

    def status_legend(self) -> list[tuple[str, QColor]]:
        """The colour of each status, for the panel's legend."""
        return [(label(status), color) for status, color in STATUS_COLORS.items()]


def _rect(box: Box) -> QRectF:
    return QRectF(box.left, box.top, box.width, box.height)
