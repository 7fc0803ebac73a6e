"""The row of drop-down filters above the action plan: status, owner, map and stage.

The choices follow the project (owners typed in the table appear at once); a choice that
disappears falls back to "all".
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...model import Project, Status
from ..model_labels import label
from .action_plan_filter import ANY, ActionPlanFilter


class ActionPlanFilterBar(QWidget):
    def __init__(self, plan_filter: ActionPlanFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_filter = plan_filter
        self.status = self._combo("statusFilter")
        self.owner = self._combo("ownerFilter")
        self.journey = self._combo("mapFilter")
        self.stage = self._combo("stageFilter")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for text, combo in (
            (self.tr("Status:"), self.status),
            (self.tr("Owner:"), self.owner),
            (self.tr("Map:"), self.journey),
            (self.tr("Stage:"), self.stage),
        ):
            caption = QLabel(text)
            caption.setBuddy(combo)
            row.addWidget(caption)
            row.addWidget(combo)
            row.addSpacing(6)
        self._filling = False
        # The stages offered are those of the map chosen.
        self.journey.currentIndexChanged.connect(self.fill)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        # Long stage names must not widen the whole dock: the list pops up as wide as it needs.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.currentIndexChanged.connect(self._apply)
        return combo

    def fill(self, *args) -> None:
        """Offer the owners, maps and stages of the project, keeping what is chosen."""
        if self._filling:
            return
        project: Project = self.plan_filter.plan().project
        self._filling = True
        try:
            everything = self.tr("All")
            self._set_items(
                self.status, [(everything, ANY)] + [(label(s), s.value) for s in Status]
            )
            owners = sorted({a.owner.strip() for a in project.actions} - {""}, key=str.casefold)
            self._set_items(
                self.owner,
                [(everything, ANY), (self.tr("(no owner)"), "")] + [(o, o) for o in owners],
            )
            maps = [(j.title or self.tr("(untitled map)"), j.id) for j in project.journeys]
            self._set_items(self.journey, [(everything, ANY), (self.tr("(no map)"), ""), *maps])
            chosen_map = self.journey.currentData()
            journeys = [j for j in project.journeys if chosen_map in (ANY, j.id)]
            several = len(journeys) > 1
            stages = [
                (f"{s.name} — {j.title}" if several else s.name, s.id)
                for j in journeys
                for s in j.stages
            ]
            self._set_items(self.stage, [(everything, ANY), (self.tr("(no stage)"), ""), *stages])
        finally:
            self._filling = False
        self._apply()

    @staticmethod
    def _set_items(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        found = next((n for n, (_t, v) in enumerate(items) if v == current), 0)
        combo.setCurrentIndex(found)
        combo.blockSignals(False)
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth())

    def _apply(self, *args) -> None:
        if self._filling:
            return
        status = self.status.currentData()
        self.plan_filter.set_filters(
            status=Status(status) if status else ANY,
            owner=self.owner.currentData(),
            journey_id=self.journey.currentData(),
            stage_id=self.stage.currentData(),
        )

    def show_all(self) -> None:
        for combo in (self.status, self.owner, self.journey, self.stage):
            combo.setCurrentIndex(0)
