"""Accessible names for the main window's parts, and the keyboard's way from the canvas into
the inspector.

Screen readers announce a widget by its accessible name; panels, lists and the canvas have no
visible label of their own, so they get one here. The inspector's fields are labelled by the
form's labels, but a field is a wrapper around the real input, so the input is named too.
Alt+Enter on the canvas (its `open_requested`) shows the inspector and puts the keyboard in its
first field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QToolBar, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def install(window) -> None:
    """Name the parts of `window` (a MainWindow) and connect the canvas to the inspector."""
    names = (
        # The canvas names itself; its description says what has the keyboard focus.
        ("map_list", _tr("Maps of the project"), ""),
        ("palette", _tr("Touchpoint library"), ""),
        ("inspector", _tr("Inspector"), _tr("Properties of the selected item")),
    )
    for attribute, name, description in names:
        widget = getattr(window, attribute, None)
        if isinstance(widget, QWidget):
            widget.setAccessibleName(name)
            if description:
                widget.setAccessibleDescription(description)
    palette = getattr(window, "palette", None)
    if isinstance(palette, QWidget) and hasattr(palette, "search"):
        palette.search.setAccessibleName(_tr("Search touchpoints"))
        palette.phase.setAccessibleName(_tr("Phase filter"))
        palette.channel.setAccessibleName(_tr("Channel filter"))
        palette.list.setAccessibleName(_tr("Touchpoints"))
    maps = getattr(window, "map_list", None)
    if isinstance(maps, QWidget) and hasattr(maps, "list"):
        maps.list.setAccessibleName(_tr("Maps"))
    toolbar = window.findChild(QToolBar, "mainToolbar")
    if toolbar is not None:
        toolbar.setAccessibleName(_tr("Main toolbar"))
    zoom = getattr(window, "zoom_label", None)
    if isinstance(zoom, QLabel):
        zoom.setAccessibleName(_tr("Zoom level"))
    inspector = getattr(window, "inspector", None)
    if inspector is not None:
        document = window.document
        for signal in (document.selection_changed, document.changed, document.project_replaced):
            signal.connect(lambda *args: name_fields(inspector))
        name_fields(inspector)
    canvas = getattr(window, "canvas", None)
    if canvas is not None and hasattr(canvas, "open_requested"):
        canvas.open_requested.connect(lambda object_id: open_in_inspector(window, object_id))


def name_fields(inspector) -> None:
    """Give every input of the inspector the text of the form label it stands next to."""
    page = inspector.widget()
    if page is None:
        return
    for label in page.findChildren(QLabel):
        field = label.buddy()
        if field is None:
            continue
        text = label.text().replace("&", "").rstrip(":")
        for widget in (field, *field.findChildren(QWidget)):
            if not widget.accessibleName():
                widget.setAccessibleName(text)


def first_input(inspector) -> QWidget | None:
    """The first field of the inspector that takes the keyboard."""
    for editor in inspector.editors.values():
        for widget in (editor, *editor.findChildren(QWidget)):
            if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
    return None


def open_in_inspector(window, object_id: str) -> None:
    """Show `object_id` in the inspector and move the keyboard to its first field."""
    if object_id not in window.document.selection:
        window.document.set_selection([object_id])
    dock = getattr(window, "inspector_dock", None)
    if dock is not None:
        dock.show()
        dock.raise_()
    # After the inspector has rebuilt its form for the selection (it does so on the signal).
    QTimer.singleShot(0, lambda: _focus_first(window))


def _focus_first(window) -> None:
    widget = first_input(window.inspector)
    if widget is not None:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
