"""Step 4: per stage, tick touchpoints from the library (grouped by channel) or type your own, and
mark the ones that matter most (moments of truth)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...user_message import QT_TRANSLATE_NOOP
from .draft import DraftStage, DraftTouchpoint
from .draft_page import PerStagePage, hint_label
from .list_editor import AddLineEdit
from .stage_models import LibraryTouchpoint, suggested_touchpoints

ID_ROLE = Qt.ItemDataRole.UserRole
_CTX = "GuidedSetup"

# In the order a small business meets them; the library's channels, named for a non-marketer.
_CHANNELS = {
    "store": QT_TRANSLATE_NOOP(_CTX, "Shop"),
    "word_of_mouth": QT_TRANSLATE_NOOP(_CTX, "Word of mouth"),
    "website": QT_TRANSLATE_NOOP(_CTX, "Website"),
    "webshop": QT_TRANSLATE_NOOP(_CTX, "Web shop"),
    "search": QT_TRANSLATE_NOOP(_CTX, "Search engines and maps"),
    "social_media": QT_TRANSLATE_NOOP(_CTX, "Social media"),
    "advertising": QT_TRANSLATE_NOOP(_CTX, "Advertising"),
    "print": QT_TRANSLATE_NOOP(_CTX, "Printed matter"),
    "email": QT_TRANSLATE_NOOP(_CTX, "E-mail"),
    "phone": QT_TRANSLATE_NOOP(_CTX, "Phone"),
    "chat": QT_TRANSLATE_NOOP(_CTX, "Chat"),
    "app": QT_TRANSLATE_NOOP(_CTX, "App"),
    "review_site": QT_TRANSLATE_NOOP(_CTX, "Review sites"),
    "sales_rep": QT_TRANSLATE_NOOP(_CTX, "Sales conversations"),
    "event": QT_TRANSLATE_NOOP(_CTX, "Events"),
    "partner": QT_TRANSLATE_NOOP(_CTX, "Partners"),
    "other": QT_TRANSLATE_NOOP(_CTX, "Other"),
}
_MODES = {
    "online": QT_TRANSLATE_NOOP(_CTX, "online"),
    "offline": QT_TRANSLATE_NOOP(_CTX, "offline"),
    "hybrid": QT_TRANSLATE_NOOP(_CTX, "online and offline"),
}


def channel_name(channel: str | None) -> str:
    key = channel if channel in _CHANNELS else "other"
    return QCoreApplication.translate(_CTX, _CHANNELS[key])


def mode_name(mode: str | None) -> str:
    return QCoreApplication.translate(_CTX, _MODES[mode]) if mode in _MODES else ""


def channel_order(channel: str | None) -> int:
    keys = list(_CHANNELS)
    return keys.index(channel) if channel in keys else len(keys)


class TouchpointsPage(PerStagePage):
    """Library on the left of the editor, the stage's own touchpoints on the right."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Step 4 of 7: Where you meet your customer"),
            self.tr(
                "Every moment your customer meets your business is a touchpoint: an ad, your "
                "website, the shop, a phone call. Pick the ones for each stage and mark the few "
                "that decide whether you win or lose the customer."
            ),
        )
        self._library: list[LibraryTouchpoint] = []
        self._chosen: list[DraftTouchpoint] = []
        self._quiet = False

        self.library = QTreeWidget()
        self.library.setColumnCount(2)
        # Each column of ticks says what a tick means: here to add, on the right for what matters.
        self.library.setHeaderLabels(
            [self.tr("Ideas, best fit first (tick to add)"), self.tr("Where")]
        )
        header = self.library.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.show_all = QCheckBox(self.tr("Show all ideas"))
        self.own = AddLineEdit()
        self.own.setPlaceholderText(self.tr("Add your own, e.g. a stall at the market"))
        self.add_own = QPushButton(self.tr("Add"))
        # Two headed columns: the tick says "moment of truth", so it cannot be mistaken for the
        # library's "add" tick on the left.
        self.chosen = QTreeWidget()
        self.chosen.setColumnCount(2)
        self.chosen.setRootIsDecorated(False)
        self.chosen.setHeaderLabels([self.tr("Moment of truth"), self.tr("Touchpoint")])
        self.chosen.headerItem().setToolTip(
            0, self.tr("Ticked: this one matters most (a moment of truth)")
        )
        chosen_header = self.chosen.header()
        chosen_header.setStretchLastSection(True)
        chosen_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.remove = QPushButton(self.tr("Remove"))

        left = QVBoxLayout()
        left.addWidget(self.library, 1)
        left.addWidget(self.show_all)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(self.add_own)
        left.addLayout(own_row)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Touchpoints in this stage:")))
        right.addWidget(
            hint_label(
                self.tr(
                    "Tick the few that matter most: the moments of truth, where the customer "
                    "decides to go on or to give up."
                )
            )
        )
        right.addWidget(self.chosen, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove)
        right.addLayout(remove_row)
        self.editor = QWidget()
        editor_layout = QHBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        # The library has the longer names and a second column: give it the room.
        editor_layout.addLayout(left, 3)
        editor_layout.addLayout(right, 2)
        column = QVBoxLayout()
        column.addWidget(self.no_stages_hint)
        column.addWidget(self.editor, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.stage_list)
        layout.addLayout(column, 1)

        self.library.itemChanged.connect(self._library_ticked)
        self.show_all.toggled.connect(lambda _on: self._fill_library())
        self.add_own.clicked.connect(self.add_typed)
        self.own.returnPressed.connect(self.add_typed)
        self.remove.clicked.connect(self.remove_selected)
        self.chosen.itemChanged.connect(self._chosen_ticked)

    def set_editor_enabled(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)

    # Stage <-> widgets

    def load_stage(self, stage: DraftStage) -> None:
        self._chosen = [DraftTouchpoint(**vars(t)) for t in stage.touchpoints]
        self._fill_library()
        self._fill_chosen()

    def snapshot(self, draft) -> None:
        # A name half typed in the "add your own" line is not added behind the user's back.
        self._quiet = True
        try:
            self.store(draft)
        finally:
            self._quiet = False

    def store_stage(self, stage: DraftStage) -> None:
        if self.own.text().strip() and not self._quiet:
            self.add_typed()
        stage.touchpoints = list(self._chosen)

    # Library

    def _fill_library(self) -> None:
        stage = self.current_stage()
        draft = self.draft()
        business = " ".join((draft.brand_name, draft.product, draft.description))
        self._library = suggested_touchpoints(
            draft.language,
            stage.phase if stage is not None else None,
            business,
            self.show_all.isChecked(),
        )
        ticked = {t.library_id for t in self._chosen if t.library_id}
        grey = self.library.palette().color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(self.library.font())
        bold.setBold(True)
        self.library.blockSignals(True)
        self.library.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        # Groups in the order of their best idea: the most likely channel first.
        for entry in self._library:
            label = channel_name(entry.channel)
            group = groups.get(label)
            if group is None:
                group = QTreeWidgetItem(self.library, [label])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFont(0, bold)
                groups[label] = group
            item = QTreeWidgetItem(group, [entry.title, mode_name(entry.mode)])
            item.setForeground(1, grey)
            item.setToolTip(0, entry.title)
            item.setData(0, ID_ROLE, entry.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if entry.id in ticked else Qt.CheckState.Unchecked
            )
        self.library.expandAll()
        self.library.blockSignals(False)

    def library_item(self, title: str) -> QTreeWidgetItem | None:
        """The library entry shown with this title (for tests and keyboard users)."""
        found = self.library.findItems(
            title, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        )
        return found[0] if found else None

    def _library_ticked(self, item: QTreeWidgetItem, _column: int) -> None:
        entry_id = item.data(0, ID_ROLE)
        entry = next((e for e in self._library if e.id == entry_id), None)
        if entry is None:
            return
        if item.checkState(0) == Qt.CheckState.Checked:
            if not any(t.library_id == entry.id for t in self._chosen):
                self._chosen.append(
                    DraftTouchpoint(entry.title, entry.channel, entry.mode, library_id=entry.id)
                )
        else:
            self._chosen = [t for t in self._chosen if t.library_id != entry.id]
        self._fill_chosen()

    # Own touchpoints and moments of truth

    def add_typed(self) -> None:
        title = self.own.text().strip()
        if title:
            self._chosen.append(DraftTouchpoint(title))
            self.own.clear()
            self._fill_chosen()

    def remove_selected(self) -> None:
        current = self.chosen.currentItem()
        row = self.chosen.indexOfTopLevelItem(current) if current is not None else -1
        if 0 <= row < len(self._chosen):
            removed = self._chosen.pop(row)
            self._fill_chosen()
            if removed.library_id:
                self._fill_library()

    def _fill_chosen(self) -> None:
        self.chosen.blockSignals(True)
        self.chosen.clear()
        for touchpoint in self._chosen:
            item = QTreeWidgetItem(["", touchpoint.title])
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                0, Qt.CheckState.Checked if touchpoint.moment_of_truth else Qt.CheckState.Unchecked
            )
            item.setToolTip(0, self.tr("Ticked: this one matters most (a moment of truth)"))
            item.setToolTip(1, touchpoint.title)
            self.chosen.addTopLevelItem(item)
        self.chosen.blockSignals(False)
        self.remove.setEnabled(bool(self._chosen))

    def chosen_titles(self) -> list[str]:
        return [self.chosen.topLevelItem(i).text(1) for i in range(self.chosen.topLevelItemCount())]

    def _chosen_ticked(self, item: QTreeWidgetItem, column: int) -> None:
        row = self.chosen.indexOfTopLevelItem(item)
        if column == 0 and 0 <= row < len(self._chosen):
            self._chosen[row].moment_of_truth = item.checkState(0) == Qt.CheckState.Checked
