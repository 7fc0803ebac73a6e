"""ComparisonView: the to-be map on screen against the as-is map it improves.

Above, both emotion curves over each other; below, per stage, the touchpoints added, removed and
changed (review.compare does the pairing). When the map on screen is an as-is map, the to-be map
that improves it is compared. Activating a touchpoint (double-click, Enter) asks to show it:
`go_to(journey_id, card_id)`, which the window turns into showing that map and selecting the card.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model import Journey, JourneyState, Project
from ...review import FIELD_LABELS, Comparison, TouchpointChange, as_is_of, compare
from ..document import Document
from .comparison_chart import EmotionComparisonChart
from .lazy_refresh import LazyRefresh

_TARGET_ROLE = Qt.ItemDataRole.UserRole
_KIND_COLORS = {"added": "#2e7d32", "removed": "#c62828", "changed": "#b26a00"}


def to_be_map_for(project: Project, journey_id: str | None) -> Journey | None:
    """The to-be map to compare when `journey_id` is shown: itself when it is a linked to-be map,
    else the first to-be map that improves it."""
    if as_is_of(project, journey_id) is not None:
        return project.journey(journey_id)
    for journey in project.journeys:
        if (
            journey.state == JourneyState.FUTURE
            and journey.counterpart_id == journey_id
            and as_is_of(project, journey.id) is not None
        ):
            return journey
    return None


class ComparisonView(LazyRefresh, QWidget):
    """Follows `document`: the map shown and every edit."""

    go_to = Signal(str, str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.document = document
        self.comparison: Comparison | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("comparisonSummary")
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(8, 6, 8, 2)
        self.chart = EmotionComparisonChart(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("touchpointChanges")
        self.tree.setHeaderLabels([self.tr("Stage and touchpoint"), self.tr("What differs")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(self._activated)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.tree)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(splitter, 1)
        self._splitter = splitter
        document.changed.connect(self._refresh_soon)
        document.current_journey_changed.connect(self._refresh_soon)
        document.project_replaced.connect(self._refresh_soon)
        self._stale = True
        self.refresh()

    # -- following the document --------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        project = self.document.project
        to_be = to_be_map_for(project, self.document.current_journey_id)
        self.comparison = compare(project, to_be.id) if to_be is not None else None
        self.chart.set_comparison(self.comparison)
        self._splitter.setVisible(self.comparison is not None)
        self._fill_tree()
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        if self.comparison is None:
            return self.tr(
                "Show a to-be map that is linked to its as-is map (or that as-is map) to compare "
                "them. Make a to-be copy from the Maps panel to start one."
            )
        c = self.comparison
        return self.tr(
            "<b>{as_is}</b> (as-is) against <b>{to_be}</b> (to-be): {added} touchpoints added, "
            "{removed} removed, {changed} changed."
        ).format(
            as_is=_escape(c.as_is_title or self.tr("Untitled map")),
            to_be=_escape(c.to_be_title or self.tr("Untitled map")),
            added=c.count("added"),
            removed=c.count("removed"),
            changed=c.count("changed"),
        )

    # -- the tree of touchpoint changes ----------------------------------------------------------
    def _fill_tree(self) -> None:
        self.tree.clear()
        if self.comparison is None:
            return
        for stage in self.comparison.stages:
            top = QTreeWidgetItem([stage.name or self.tr("Unnamed stage"), self._counts(stage)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if stage.to_be_stage_id is None:
                top.setText(1, self.tr("stage only in the as-is map") + " · " + top.text(1))
            elif stage.as_is_stage_id is None:
                top.setText(1, self.tr("new stage") + " · " + top.text(1))
            for change in stage.touchpoints:
                top.addChild(self._change_item(change))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)

    def _counts(self, stage) -> str:
        parts = []
        for kind, text in (
            ("added", self.tr("{n} added")),
            ("removed", self.tr("{n} removed")),
            ("changed", self.tr("{n} changed")),
        ):
            if stage.count(kind):
                parts.append(text.format(n=stage.count(kind)))
        if stage.unchanged:
            parts.append(self.tr("{n} the same").format(n=stage.unchanged))
        return ", ".join(parts) or self.tr("no touchpoints")

    def _change_item(self, change: TouchpointChange) -> QTreeWidgetItem:
        c = self.comparison
        title = change.title or "…"
        if change.kind == "added":
            text, detail = "+ " + title, self.tr("added in the to-be map")
            target = (c.to_be_id, change.to_be_card_id)
        elif change.kind == "removed":
            text, detail = "− " + title, self.tr("no longer in the to-be map")
            target = (c.as_is_id, change.as_is_card_id)
        else:
            fields = ", ".join(
                QCoreApplication.translate("Review", FIELD_LABELS[name]) for name in change.fields
            )
            text, detail = "~ " + title, self.tr("changed: {fields}").format(fields=fields)
            target = (c.to_be_id, change.to_be_card_id)
        item = QTreeWidgetItem([text, detail])
        item.setForeground(0, QBrush(QColor(_KIND_COLORS[change.kind])))
        item.setData(0, _TARGET_ROLE, target)
        item.setToolTip(0, self.tr("Double-click to show this touchpoint on its map"))
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, _TARGET_ROLE)
        if target and target[1]:
            self.go_to.emit(target[0], target[1])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
