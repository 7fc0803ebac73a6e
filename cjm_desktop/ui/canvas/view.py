"""JourneyCanvas: the QGraphicsView that shows the current journey of a document and turns mouse,
keyboard, wheel, pinch and drop gestures into edits.

Zoom: Ctrl+wheel, pinch, zoom_in/zoom_out/zoom_fit. Pan: middle button or space+drag.
Gestures on items are handled by the DragController; the rubber band by QGraphicsView itself.
Keys by KeyboardActions, the keyboard focus among items (arrows, Tab) by KeyboardFocus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from ..project_drop import project_paths
from .clipboard_actions import ClipboardActions
from .drag_controller import DragController
from .image_file_drop import ImageFileDrop
from .keyboard_actions import KeyboardActions
from .keyboard_focus import KeyboardFocus
from .palette_drop import PaletteDrop
from .scene import JourneyScene
from .structure_actions import StructureActions
from .zoom import ZOOM_STEP, clamp_zoom


class JourneyCanvas(QGraphicsView):
    """The journey map editor widget; `document` is a ui.document.Document."""

    zoom_changed = Signal(float)
    #: Alt+Enter on an item: show it in the inspector and put the keyboard there (object ID).
    open_requested = Signal(str)
    #: A double-click on the persona card in the corner: show that persona (its ID).
    persona_requested = Signal(str)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._scene = JourneyScene(document, self)
        # Before setScene: a scene taller than the new view scrolls it at once, and a scroll
        # moves the focus ring.
        self.focus = KeyboardFocus(self)
        self.destroyed.connect(self.focus.detach)
        self.setScene(self._scene)
        self.destroyed.connect(self._scene.detach)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        # Only the changed parts repaint: with thousands of cards a full repaint per mouse move
        # would cost more than a frame.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # A map smaller than the window (after Fit, or zoomed out) sits in its middle.
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.drag = DragController(self)
        self.keys = KeyboardActions(self)
        self.setAccessibleName(QCoreApplication.translate("JourneyCanvas", "Journey map"))
        self.clipboard = ClipboardActions(self)
        self.structure = StructureActions(self)
        self.palette_drop = PaletteDrop(self)
        self.image_drop = ImageFileDrop(self)
        self._pan_start: QPoint | None = None
        self._space_down = False
        #: Callables (menu, card_id) adding entries to a card's context menu (see context_menu).
        self.card_menu_extras: list = []

    # -- public API used by the main window --------------------------------------------------
    def journey_scene(self) -> JourneyScene:
        return self._scene

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, scale: float, anchor: QPointF | None = None) -> None:
        scale = clamp_zoom(scale)
        factor = scale / self.zoom()
        if abs(factor - 1.0) < 1e-9:
            return
        if anchor is not None:
            old_anchor = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            before = self.mapToScene(anchor.toPoint())
            self.scale(factor, factor)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
            self.setTransformationAnchor(old_anchor)
        else:
            self.scale(factor, factor)
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        """The whole map in the window, centred. Computed for the viewport without scroll bars,
        with the scene rectangle (the map and its margin) as what must fit, so no scroll bar
        appears after fitting: fitInView on the bare map used the viewport less the scroll bars
        shown at that moment, then the bars that the margin made necessary took their width off
        the map (in the dark theme's Fusion style the last lane went under them)."""
        if self._scene.map_rect().isEmpty():
            return
        self._scene.fit_scene_rect()
        rect = self.sceneRect()
        area = self.maximumViewportSize()
        # Two pixels each side, as fitInView keeps.
        scale = min((area.width() - 4) / rect.width(), (area.height() - 4) / rect.height())
        self.set_zoom(scale)
        self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom())

    def select_all(self) -> None:
        self._scene.select_all_cards()

    def delete_selection(self) -> None:
        # Edit > Delete (its Del shortcut comes here, not to keyPressEvent): a keyboard user's
        # focus moves on to the next item, as with the canvas's own Delete key.
        self.keys.delete_selection(refocus=self.focus.visible and self.hasFocus())

    def copy(self) -> None:
        self.clipboard.copy()

    def cut(self) -> None:
        self.clipboard.cut()

    def paste(self) -> None:
        self.clipboard.paste()

    # The Map menu's commands (see structure_actions).
    def add_stage_after(self) -> None:
        self.structure.add_stage(after=True)

    def add_stage_before(self) -> None:
        self.structure.add_stage(after=False)

    def add_step(self) -> None:
        self.structure.add_step()

    def add_lane(self) -> None:
        self.structure.add_lane()

    def duplicate(self) -> None:
        self.structure.duplicate_focused()

    def move_stage_left(self) -> None:
        self.structure.move_stage(-1)

    def move_stage_right(self) -> None:
        self.structure.move_stage(1)

    def edit_selected(self) -> None:
        """Start inline editing of the title of the selected card or header (F2)."""
        self.keys.edit_selected()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin_headers()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._pin_headers()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # The system switched light/dark (or Preferences did): the canvas follows.
            self._scene.apply_theme()
        elif event.type() == QEvent.Type.FontChange:
            # The system font size changed: lay the map out again at the new text size.
            self._scene.show_current_journey()

    def _pin_headers(self) -> None:
        self._scene.pin_headers(self.mapToScene(self.viewport().rect()).boundingRect())
        self.focus.follow()

    # -- keyboard focus among the items ------------------------------------------------------
    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks the map's items; past the last (or first) it leaves the canvas as usual.
        if self.hasFocus() and not self._scene.inline_editor_active() and self.focus.tab(next):
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        forward = {
            Qt.FocusReason.TabFocusReason: True,
            Qt.FocusReason.BacktabFocusReason: False,
        }.get(reason)
        self.focus.entered(forward)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus.follow()

    # -- zoom by wheel and pinch ----------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (ZOOM_STEP**steps), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.NativeGesture:
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.set_zoom(self.zoom() * (1.0 + event.value()), event.position())
                return True
        elif event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                change = pinch.scaleFactor()
                if change > 0:
                    self.set_zoom(self.zoom() * change, pinch.centerPoint())
                return True
        return super().viewportEvent(event)

    # -- panning, then gestures on items ---------------------------------------------------
    def _wants_pan(self, event: QMouseEvent) -> bool:
        if event.button() == Qt.MouseButton.MiddleButton:
            return True
        return self._space_down and event.button() == Qt.MouseButton.LeftButton

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.focus.mouse_used()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self._wants_pan(event):
            self._pan_start = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if self._scene.inline_editor_active():
            self._scene.commit_inline_edit()
        if event.button() == Qt.MouseButton.LeftButton and self.drag.press(event):
            event.accept()
            return
        if event.button() == Qt.MouseButton.RightButton:
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_start is not None:
            delta = event.position().toPoint() - self._pan_start
            self._pan_start = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self.drag.move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_start is not None:
            self._pan_start = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space_down else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        if self.drag.release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)
        # The view handled it (ended a rubber band, or the release of a cancelled drag).
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        persona_id = self._scene.persona_card.persona_at(
            self.mapToScene(event.position().toPoint())
        )
        if persona_id is not None and event.button() == Qt.MouseButton.LeftButton:
            # Not the header that may lie under the pinned card.
            self.persona_requested.emit(persona_id)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.keys.double_click(event)
            # A double-click on nothing creates nothing, but it is still the canvas's to handle.
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        from .context_menu import show_context_menu

        show_context_menu(self, event)

    # -- keyboard -------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.keys.claims(event):
            # Shift+Insert on a header adds before it: the canvas takes the key from the
            # window's Paste (the platform's other Paste key, which pastes only into a cell).
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._scene.inline_editor_active():
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.drag.cancel():
            event.accept()
            return
        if self.keys.handle(event):
            event.accept()
            return
        for key, action in (
            (QKeySequence.StandardKey.Copy, self.copy),
            (QKeySequence.StandardKey.Cut, self.cut),
            (QKeySequence.StandardKey.Paste, self.paste),
            (QKeySequence.StandardKey.SelectAll, self.select_all),
        ):
            if event.matches(key):
                action()
                event.accept()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    # -- drops: library entries, pictures; project files are left to the window ------------------
    def dragEnterEvent(self, event) -> None:
        if project_paths(event.mimeData()):
            event.ignore()  # a project file: the window opens it
        elif not self.palette_drop.enter(event) and not self.image_drop.enter(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if project_paths(event.mimeData()):
            event.ignore()
        elif not self.palette_drop.move(event) and not self.image_drop.move(event):
            super().dragMoveEvent(event)

    def dragLeaveEvent(self, event) -> None:
        self.palette_drop.leave()
        self.image_drop.leave()
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        if not self.palette_drop.drop(event) and not self.image_drop.drop(event):
            super().dropEvent(event)
