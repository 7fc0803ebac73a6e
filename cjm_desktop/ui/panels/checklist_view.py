"""ChecklistView: what each map of the project still lacks (review.check), rule by rule.

One branch per map (the map on screen first and open), under it the rules with their entries.
Clicking an entry asks to show what it names: `go_to(journey_id, target_id)`, which the window
turns into showing that map and selecting the stage, step, card, emotion point or action.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...model import Journey, JourneyState
from ...review import CATEGORIES, CATEGORY_TITLES, check
from ..document import Document
from .lazy_refresh import LazyRefresh

_TARGET_ROLE = Qt.ItemDataRole.UserRole
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_DONE_COLOR = "#2e7d32"


def _checklist(text: str) -> str:
    return QCoreApplication.translate("Checklist", text)


class ChecklistView(LazyRefresh, QWidget):
    """Follows `document`: every edit and the map shown."""

    go_to = Signal(str, str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistView")
        self.document = document
        self.summary = QLabel(self)
        self.summary.setObjectName("checklistSummary")
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(8, 6, 8, 2)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checklist")
        self.tree.setHeaderHidden(True)
        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.tree, 1)
        # Branches the user opened or closed, by (map, rule): kept across refreshes.
        self._expanded: dict[tuple[str, str], bool] = {}
        self._shown_map: str | None = None
        self._stale = False
        document.changed.connect(self._refresh_soon)
        document.current_journey_changed.connect(self._refresh_soon)
        document.project_replaced.connect(self._refresh_soon)
        self.tree.itemExpanded.connect(lambda item: self._remember(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, False))
        self.refresh()

    # -- following the document --------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        project = self.document.project
        current = self.document.current_journey_id
        if current != self._shown_map:
            # Another map on screen: it opens, the others close unless the user chose otherwise.
            self._shown_map = current
            self._expanded = {k: v for k, v in self._expanded.items() if k[1]}
        selected = self._selected_target()
        self.tree.clear()
        maps = sorted(project.journeys, key=lambda j: j.id != current)
        total = 0
        for journey in maps:
            entries = check(project, journey.id)
            total += len(entries) if journey.id == current else 0
            top = self._map_item(journey, entries, journey.id == current)
            self.tree.addTopLevelItem(top)
            self._expand(top, journey.id == current)
        self._reselect(selected)
        self.summary.setText(self._summary_text(current, total))

    def _summary_text(self, current: str | None, count: int) -> str:
        if current is None:
            return self.tr("The project has no map yet.")
        if count == 0:
            return self.tr("This map is complete: every check passes.")
        return self.tr(
            "This map has {n} points to finish. Click one to show it on the map."
        ).format(n=count)

    def _map_item(self, journey: Journey, entries, current: bool) -> QTreeWidgetItem:
        title = journey.title or self.tr("Untitled map")
        if journey.state == JourneyState.FUTURE:
            title = self.tr("{title} (to-be)").format(title=title)
        done = not entries
        text = self.tr("{title} — complete").format(title=title) if done else title
        top = QTreeWidgetItem([f"{text}  ({len(entries)})" if entries else text])
        top.setData(0, _KEY_ROLE, (journey.id, ""))
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        if done:
            top.setForeground(0, QBrush(QColor(_DONE_COLOR)))
        for category in CATEGORIES:
            mine = [e for e in entries if e.category == category]
            if mine:
                top.addChild(self._rule_item(journey.id, category, mine))
        return top

    def _expand(self, top: QTreeWidgetItem, current: bool) -> None:
        # Only an item in the tree can be expanded.
        journey_id = top.data(0, _KEY_ROLE)[0]
        top.setExpanded(self._expanded.get((journey_id, ""), current))
        for index in range(top.childCount()):
            rule = top.child(index)
            rule.setExpanded(self._expanded.get(tuple(rule.data(0, _KEY_ROLE)), True))

    def _rule_item(self, journey_id: str, category: str, entries) -> QTreeWidgetItem:
        rule = QTreeWidgetItem([f"{_checklist(CATEGORY_TITLES[category])}  ({len(entries)})"])
        rule.setData(0, _KEY_ROLE, (journey_id, category))
        rule.setToolTip(0, rule.text(0))
        for entry in entries:
            text = entry.message.render(QCoreApplication.translate)
            item = QTreeWidgetItem([text])
            item.setData(0, _TARGET_ROLE, (journey_id, entry.target_id))
            # A narrow dock cuts long messages short: the tooltip has them whole.
            item.setToolTip(0, text + "\n" + self.tr("Click to show this on the map."))
            rule.addChild(item)
        return rule

    def _remember(self, item: QTreeWidgetItem, expanded: bool) -> None:
        key = item.data(0, _KEY_ROLE)
        if key:
            self._expanded[tuple(key)] = expanded

    # -- entries -------------------------------------------------------------------------------
    def entry_items(self) -> list[QTreeWidgetItem]:
        """Every entry (the leaves), in tree order."""
        items = []
        for top in range(self.tree.topLevelItemCount()):
            map_item = self.tree.topLevelItem(top)
            for r in range(map_item.childCount()):
                rule = map_item.child(r)
                items.extend(rule.child(e) for e in range(rule.childCount()))
        return items

    def _selected_target(self):
        item = self.tree.currentItem()
        return item.data(0, _TARGET_ROLE) if item is not None else None

    def _reselect(self, target) -> None:
        if target is None:
            return
        for item in self.entry_items():
            if item.data(0, _TARGET_ROLE) == target:
                self.tree.setCurrentItem(item)
                return

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, _TARGET_ROLE)
        if target:
            self.go_to.emit(target[0], target[1])
