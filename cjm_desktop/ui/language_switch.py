"""A new interface language applied at once, without a restart.

The translators are swapped (Qt posts LanguageChange to every widget, so Qt's own dialogs and
standard buttons follow), then every main window is built again in the new language around the
same Document: the project, its undo history, the map shown and the selection stay as they were;
the window keeps its place, size, dock layout and scroll position. Building again instead of a
`retranslate()` per widget means no panel can keep a stale string, now or when one is added.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from . import window_registry
from .translators import install_translators


def apply_interface_language(choice: str | None) -> list:
    """Show the interface in `choice` ("en", "nl", None for the system's); returns the windows
    that now show it, in the order of the old ones."""
    app = QApplication.instance()
    if app is not None:
        install_translators(app, choice)
    return [rebuild_window(window) for window in window_registry.windows()]


def rebuild_window(old):
    """A new main window in the current language with `old`'s document, in `old`'s place."""
    # Focus on the map hides the docks: the layout to carry over is the one behind it.
    focus = getattr(old, "focus_mode", None)
    focused = bool(focus is not None and focus.active)
    if focused:
        focus.leave()
    geometry, window_state, state = old.geometry(), old.windowState(), old.saveState()
    was_visible, was_active = old.isVisible(), old.isActiveWindow()
    scroll = _scroll_position(old.canvas)
    zoom = getattr(old.canvas, "zoom", None)
    zoom = zoom() if callable(zoom) else None
    document = old.release_document()
    document.retranslate_history()
    new = type(old)(document=document)
    # The same place and size as they are, not restoreGeometry's, which fits them to the screen.
    new.setGeometry(geometry)
    new.setWindowState(window_state)
    new.restoreState(state)
    if was_visible:
        new.show()
        old.hide()
    if focused:
        new.focus_mode.enter()
    if zoom is not None:
        new.canvas.set_zoom(zoom)  # each window its own, not the last one stored
    _set_scroll_position(new.canvas, scroll)
    if was_active:
        new.activateWindow()
    old.deleteLater()
    return new


def _scroll_position(view) -> tuple[int, int] | None:
    bars = getattr(view, "horizontalScrollBar", None)
    if bars is None:
        return None
    return view.horizontalScrollBar().value(), view.verticalScrollBar().value()


def _set_scroll_position(view, position: tuple[int, int] | None) -> None:
    if position is not None and hasattr(view, "horizontalScrollBar"):
        view.horizontalScrollBar().setValue(position[0])
        view.verticalScrollBar().setValue(position[1])
