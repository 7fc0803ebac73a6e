"""Which maps follow a persona: a list of every map with a check box. Ticking a map makes it this
persona's map (a map has one persona, so it leaves the one it had); unticking leaves it without."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...model import JourneyState, Project

_ID_ROLE = Qt.ItemDataRole.UserRole


class PersonaJourneys(QListWidget):
    """Emits `edited(journey_id, persona_id_or_None)` when the user ticks or unticks a map."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaJourneys")
        self._persona_id: str | None = None
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    def show_for(self, project: Project, persona_id: str | None) -> None:
        self._persona_id = persona_id
        self._filling = True
        try:
            self.clear()
            for journey in project.journeys:
                item = QListWidgetItem(self._text(project, journey, persona_id))
                item.setData(_ID_ROLE, journey.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                mine = persona_id is not None and journey.persona_id == persona_id
                item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
                self.addItem(item)
        finally:
            self._filling = False
        # Tall enough for every map without a scroll bar of its own inside the scrolling form.
        rows = max(1, self.count())
        self.setFixedHeight(min(8, rows) * (self.sizeHintForRow(0) + 2) + 2 * self.frameWidth() + 4)

    def _text(self, project: Project, journey, persona_id: str | None) -> str:
        title = journey.title or self.tr("Untitled map")
        if journey.state == JourneyState.FUTURE:
            title = self.tr("{title}  (to-be)").format(title=title)
        other = project.persona(journey.persona_id) if journey.persona_id else None
        if other is not None and other.id != persona_id:
            return self.tr("{title}  — now: {persona}").format(
                title=title, persona=other.name or self.tr("unnamed persona")
            )
        return title

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling or self._persona_id is None:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        self.edited.emit(item.data(_ID_ROLE), self._persona_id if checked else None)
