"""PersonaPanel: the dock of the project's personas: a list (add, duplicate, delete) above the
form of the chosen persona. Every change is one Edit on the document; the panel follows the
document's `changed` signal, and shows the persona of the map on screen when another map is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...editing import AddPersona, MovePersona, RemovePersona
from ...model import Persona, new_id
from ..document import Document
from .persona_form import PersonaForm
from .persona_photo import initials_pixmap, photo_pixmap

_ID_ROLE = Qt.ItemDataRole.UserRole
_ICON = 28


class PersonaPanel(QWidget):
    """The persona list and form of one document."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaPanel")
        self.document = document
        self._filling = False
        #: The (photo, name or None when the photo was shown) each list icon was drawn from,
        #: by persona ID.
        self._icon_keys: dict[str, tuple[str | None, str | None]] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("personaList")
        self.list.setIconSize(QSize(_ICON, _ICON))
        self.list.currentItemChanged.connect(self._current_item_changed)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action(self.tr("Add"), self.add_persona)
        self.add_action.setToolTip(self.tr("Add a persona"))
        self.duplicate_action = self._action(self.tr("Duplicate"), self.duplicate_current)
        self.delete_action = self._action(self.tr("Delete"), self.delete_current)
        self.move_up_action = self._list_action(self.tr("Move up"), -1, Qt.Key.Key_Up)
        self.move_down_action = self._list_action(self.tr("Move down"), 1, Qt.Key.Key_Down)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.duplicate_action,
            self.move_up_action,
            self.move_down_action,
            self.delete_action,
        ):
            self.list.addAction(action)
        self.delete_action.setToolTip(
            self.tr("Delete this persona; its maps keep their content but lose the persona")
        )
        self.form = PersonaForm(document)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([120, 500])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.toolbar)
        column.addWidget(splitter)
        document.changed.connect(self._on_changed)
        document.project_replaced.connect(self._on_replaced)
        document.current_journey_changed.connect(self._show_persona_of_map)
        self._on_replaced()

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda checked=False: slot())
        self.toolbar.addAction(action)
        return action

    def _list_action(self, text: str, step: int, key: Qt.Key) -> QAction:
        """Move up / down: in the list's menu, with Alt+arrow while the list has the keyboard
        (the plain arrows choose a persona)."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(Qt.Modifier.ALT | key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda checked=False: self.move_current(step))
        return action

    # -- the list --------------------------------------------------------------------------
    def fill(self) -> None:
        """Show the project's personas; called after every persona edit, so every keystroke in
        the form: the items are rebuilt only when personas came, went or moved, and an icon is
        drawn again (a photo decoded) only when its persona's name or photo changed."""
        keep = self.current_persona_id()
        personas = self.document.project.personas
        self._filling = True
        try:
            if [p.id for p in personas] != self._listed_ids():
                self.list.clear()
                self._icon_keys.clear()
                for persona in personas:
                    item = QListWidgetItem()
                    item.setData(_ID_ROLE, persona.id)
                    self.list.addItem(item)
            for row, persona in enumerate(personas):
                self._show_item(self.list.item(row), persona)
        finally:
            self._filling = False
        self.show_persona(keep if self.document.project.persona(keep or "") else None)

    def _listed_ids(self) -> list[str]:
        return [self.list.item(row).data(_ID_ROLE) for row in range(self.list.count())]

    def _show_item(self, item: QListWidgetItem, persona: Persona) -> None:
        item.setText(self._text(persona))
        # Name and tagline whole: the list cuts a long tagline.
        item.setToolTip(self._text(persona))
        drawn = self._icon_keys.get(persona.id)
        if drawn is not None and drawn[0] == persona.photo and drawn[1] in (None, persona.name):
            return
        pixmap = photo_pixmap(persona.photo, _ICON)
        # The name counts only for the initials drawn in place of a missing or unusable photo.
        name = None
        if pixmap.isNull():
            pixmap, name = initials_pixmap(persona.name, _ICON), persona.name
        self._icon_keys[persona.id] = (persona.photo, name)
        item.setIcon(QIcon(pixmap))

    def _text(self, persona: Persona) -> str:
        name = persona.name or self.tr("Unnamed persona")
        return f"{name}\n{persona.tagline}" if persona.tagline else name

    def current_persona_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(_ID_ROLE) if item is not None else None

    def show_persona(self, persona_id: str | None) -> None:
        """Select `persona_id` in the list and show its form (the first persona for None)."""
        target = None
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == persona_id:
                target = self.list.item(row)
        if target is None and self.list.count():
            target = self.list.item(0)
        self._filling = True
        try:
            self.list.setCurrentItem(target)
        finally:
            self._filling = False
        self.form.set_persona(target.data(_ID_ROLE) if target is not None else None)
        self._update_actions()

    def _current_item_changed(self, item, _previous) -> None:
        if not self._filling:
            self.form.set_persona(item.data(_ID_ROLE) if item is not None else None)
            self._update_actions()

    def _update_actions(self) -> None:
        has = self.current_persona_id() is not None
        self.duplicate_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        row, count = self.list.currentRow(), self.list.count()
        self.move_up_action.setEnabled(has and row > 0)
        self.move_down_action.setEnabled(has and 0 <= row < count - 1)

    # -- following the document --------------------------------------------------------------
    def _on_changed(self, change) -> None:
        if change.personas:
            self.fill()
        elif change.journey_list or change.journeys:
            # A map's title or persona changed: the list of maps in the form shows both.
            self.form.refresh()

    def _on_replaced(self) -> None:
        self.fill()
        self._show_persona_of_map()

    def _show_persona_of_map(self, *args) -> None:
        journey = self.document.current_journey()
        if journey is not None and journey.persona_id:
            self.show_persona(journey.persona_id)

    # -- persona edits -------------------------------------------------------------------------
    def _after_current(self) -> int | None:
        persona = self.document.project.persona(self.current_persona_id() or "")
        return None if persona is None else self.document.project.personas.index(persona) + 1

    def _add(self, persona: Persona, index: int | None) -> None:
        if self.document.push(AddPersona(persona, index)):
            self.show_persona(persona.id)
            name = self.form.editors["name"]
            name.setFocus(Qt.FocusReason.OtherFocusReason)
            name.line.selectAll()

    def add_persona(self) -> None:
        self._add(Persona(name=self.tr("New persona")), self._after_current())

    def duplicate_current(self) -> None:
        persona = self.document.project.persona(self.current_persona_id() or "")
        if persona is None:
            return
        data = persona.model_dump()
        data["id"] = new_id("persona-")
        data["name"] = self.tr("{name} (copy)").format(name=persona.name)
        self._add(Persona.model_validate(data), self._after_current())

    def move_current(self, step: int) -> None:
        """Move the chosen persona one place up (-1) or down (+1); one undo step."""
        persona_id = self.current_persona_id()
        personas = self.document.project.personas
        ids = [p.id for p in personas]
        if persona_id not in ids:
            return
        index = ids.index(persona_id) + step
        if 0 <= index < len(ids) and self.document.push(MovePersona(persona_id, index)):
            self.show_persona(persona_id)

    def delete_current(self) -> None:
        persona_id = self.current_persona_id()
        if persona_id is not None:
            row = self.list.currentRow()
            if self.document.push(RemovePersona(persona_id)) and self.list.count():
                self.show_persona(self.list.item(min(row, self.list.count() - 1)).data(_ID_ROLE))
