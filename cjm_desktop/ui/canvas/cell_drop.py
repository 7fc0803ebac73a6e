"""CellDrop: the shared part of dropping something from outside the canvas onto a cell (a
touchpoint library entry, picture files): accept what the subclass carries, show where it will
land while the drag moves, and clear that on leave. Subclasses make the edit in `drop`."""

from __future__ import annotations

from PySide6.QtCore import QPointF


class CellDrop:
    """Drag-enter, move and leave on one JourneyCanvas for one kind of dragged data."""

    def __init__(self, view) -> None:
        self.view = view

    @property
    def scene(self):
        return self.view.journey_scene()

    def carries(self, mime) -> bool:
        """Whether a drag with `mime` is this drop's kind."""
        raise NotImplementedError

    def _target(self, event):
        pos: QPointF = self.view.mapToScene(event.position().toPoint())
        return self.scene.card_drop_target(pos, [])

    def enter(self, event) -> bool:
        if not self.carries(event.mimeData()) or self.scene.journey is None:
            return False
        event.acceptProposedAction()
        return True

    def move(self, event) -> bool:
        if not self.carries(event.mimeData()):
            return False
        target = self._target(event)
        self.scene.show_drop_indicator(target)
        if target is None:
            event.ignore()
        else:
            event.acceptProposedAction()
        return True

    def leave(self) -> None:
        self.scene.show_drop_indicator(None)
