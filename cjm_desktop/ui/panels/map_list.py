"""MapList: the dock listing the project's maps; switch between them, add one (blank or from a
stage template), rename, duplicate, delete, and make a to-be copy of an as-is map. Every change
is one Edit on the document.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...editing import AddJourney, MoveJourney, RemoveJourney, SetFields, copy_with_new_ids
from ...model import Journey, JourneyState
from ..document import Document
from ..model_labels import label
from .new_maps import blank_journey, journey_from_template, template_choices

_ID_ROLE = Qt.ItemDataRole.UserRole


class MapList(QWidget):
    """The list of maps of one document, with its toolbar of map actions."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapList")
        self.document = document
        self.list = QListWidget(self)
        self.list.setObjectName("mapListView")
        self.list.setIconSize(QSize(14, 14))
        self.list.setSpacing(1)
        self.list.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed
        )
        self.list.currentItemChanged.connect(self._current_item_changed)
        self.list.itemChanged.connect(self._item_renamed)
        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._make_actions()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.toolbar)
        column.addWidget(self.list)
        self._filling = False
        document.changed.connect(self._on_changed)
        document.project_replaced.connect(self.fill)
        document.current_journey_changed.connect(self._show_current)
        self.fill()

    # -- actions ---------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.add_menu = QMenu(self.tr("Add map"), self)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        add_button = QToolButton(self)
        add_button.setText(self.tr("Add"))
        add_button.setToolTip(self.tr("Add a map, blank or from a stage template"))
        add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add_button.setMenu(self.add_menu)
        self.toolbar.addWidget(add_button)
        self.rename_action = self._action(self.tr("Rename"), self.rename_current)
        self.duplicate_action = self._action(self.tr("Duplicate"), self.duplicate_current)
        self.to_be_action = self._action(self.tr("To-be copy"), self.make_to_be_copy)
        self.to_be_action.setToolTip(
            self.tr("Make a to-be (future state) copy of this as-is map, to design the improvement")
        )
        self.delete_action = self._action(self.tr("Delete"), self.delete_current)
        self.move_up_action = self._action(self.tr("Move up"), lambda: self.move_current(-1))
        self.move_down_action = self._action(self.tr("Move down"), lambda: self.move_current(1))
        # Keys of the list alone (Alt+arrows, as in many list editors): the plain arrows
        # choose a map.
        for action, key in (
            (self.move_up_action, Qt.Key.Key_Up),
            (self.move_down_action, Qt.Key.Key_Down),
        ):
            action.setShortcut(QKeySequence(Qt.Modifier.ALT | key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        list_actions = [
            self.rename_action,
            self.duplicate_action,
            self.to_be_action,
            self.move_up_action,
            self.move_down_action,
            self.delete_action,
        ]
        for action in list_actions:
            self.list.addAction(action)

        map_menu = QMenu(self.tr("Map"), self)
        map_menu.addActions(list_actions)
        map_button = QToolButton(self)
        map_button.setText(self.tr("Map"))
        map_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        map_button.setMenu(map_menu)
        self.toolbar.addWidget(map_button)
        self.toolbar.addAction(self.to_be_action)

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        self.add_menu.addAction(self.tr("Blank map"), self.add_blank)
        choices = template_choices(str(self.document.project.language))
        if choices:
            self.add_menu.addSection(self.tr("From a stage model"))
        for template_id, name in choices:
            self.add_menu.addAction(name, lambda t=template_id: self.add_from_template(t))

    # -- the list ----------------------------------------------------------------------------
    def fill(self, *args) -> None:
        self._filling = True
        try:
            self.list.clear()
            for journey in self.document.project.journeys:
                item = QListWidgetItem(self._text(journey))
                item.setData(_ID_ROLE, journey.id)
                # The whole name too: a long one is cut at the dock's edge.
                item.setToolTip(f"{self._text(journey)}\n{label(journey.state)}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                if journey.state == JourneyState.FUTURE:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                self.list.addItem(item)
        finally:
            self._filling = False
        self._show_current()

    def _text(self, journey: Journey) -> str:
        title = journey.title or self.tr("Untitled map")
        if journey.state == JourneyState.FUTURE:
            return self.tr("{title}  (to-be)").format(title=title)
        return title

    def _on_changed(self, change) -> None:
        if change.journey_list or change.personas:
            self.fill()

    def _show_current(self, *args) -> None:
        self._filling = True
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                if item.data(_ID_ROLE) == self.document.current_journey_id:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        self._update_actions()

    def _update_actions(self) -> None:
        journey = self.current_journey()
        for action in (self.rename_action, self.duplicate_action, self.delete_action):
            action.setEnabled(journey is not None)
        journeys = self.document.project.journeys
        index = journeys.index(journey) if journey is not None else -1
        self.move_up_action.setEnabled(index > 0)
        self.move_down_action.setEnabled(0 <= index < len(journeys) - 1)
        self.to_be_action.setEnabled(journey is not None and journey.state == JourneyState.CURRENT)

    def _current_item_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if self._filling or item is None:
            return
        self.document.set_current_journey(item.data(_ID_ROLE))
        self._update_actions()

    def _item_renamed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        journey = self.document.project.journey(item.data(_ID_ROLE))
        if journey is not None and item.text().strip() and item.text() != self._text(journey):
            self.document.push(SetFields(journey.id, {"title": item.text().strip()}))
        else:
            self.fill()

    def current_journey(self) -> Journey | None:
        return self.document.current_journey()

    # -- map edits ---------------------------------------------------------------------------
    def _add(self, journey: Journey, index: int | None = None) -> None:
        if self.document.push(AddJourney(journey, index)):
            self.document.set_current_journey(journey.id)

    def _after_current(self) -> int | None:
        journey = self.current_journey()
        return None if journey is None else self.document.project.journeys.index(journey) + 1

    def add_blank(self) -> None:
        self._add(blank_journey(self.document.project, self.tr("New map")))

    def add_from_template(self, template_id: str) -> None:
        project = self.document.project
        journey = journey_from_template(template_id, str(project.language), project)
        if journey is not None:
            self._add(journey)

    def rename_current(self) -> None:
        item = self.list.currentItem()
        journey = self.current_journey()
        if item is None or journey is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename map"), self.tr("Title of the map:"), text=journey.title
        )
        if ok and title.strip() and title.strip() != journey.title:
            self.document.push(SetFields(journey.id, {"title": title.strip()}))

    def duplicate_current(self) -> None:
        journey = self.current_journey()
        if journey is None:
            return
        copy = copy_with_new_ids(journey)
        copy.title = self.tr("{title} (copy)").format(title=journey.title)
        self._add(copy, self._after_current())

    def make_to_be_copy(self) -> None:
        journey = self.current_journey()
        if journey is None or journey.state != JourneyState.CURRENT:
            return
        copy = copy_with_new_ids(journey)
        copy.title = self.tr("{title} (to-be)").format(title=journey.title)
        copy.state = JourneyState.FUTURE
        copy.counterpart_id = journey.id
        self._add(copy, self._after_current())

    def move_current(self, step: int) -> None:
        """Move the shown map one place up (-1) or down (+1) in the list; one undo step."""
        journey = self.current_journey()
        journeys = self.document.project.journeys
        if journey is None:
            return
        index = journeys.index(journey) + step
        if 0 <= index < len(journeys) and self.document.push(MoveJourney(journey.id, index)):
            self.list.setCurrentRow(index)

    def delete_current(self) -> None:
        journey = self.current_journey()
        if journey is not None:
            self.document.push(RemoveJourney(journey.id))
