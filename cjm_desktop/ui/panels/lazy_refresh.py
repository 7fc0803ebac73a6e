"""LazyRefresh: a view computed from the whole project (checklist, comparison) that rebuilds
after the event that changed the document, once per burst of changes, and only while shown."""

from __future__ import annotations

from PySide6.QtCore import QTimer


class LazyRefresh:
    """Mixin for a QWidget with a `refresh()` that must set `self._stale = False`.

    Later, not at once: the change may come from activating an item of the view itself (showing a
    card switches the map), and a tree must not be cleared inside its own signal. A hidden dock
    need not rebuild after every keystroke; it catches up when shown."""

    _stale = False

    def _refresh_soon(self, *args) -> None:
        if not self._stale:
            self._stale = True
            QTimer.singleShot(0, self, self._refresh_if_shown)

    def _refresh_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
