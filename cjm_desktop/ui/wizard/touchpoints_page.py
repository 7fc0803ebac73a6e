"""Step 4: per stage, tick touchpoints from the library (grouped by channel) or type your own, and
mark the ones that matter most (moments of truth)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .draft import DraftStage, DraftTouchpoint
from .draft_page import PerStagePage, hint_label
from .list_editor import AddLineEdit
from .stage_models import LibraryTouchpoint, library_touchpoints

ID_ROLE = Qt.ItemDataRole.UserRole

_CHANNELS = {
    "website": "Website",
    "webshop": "Web shop",
    "email": "E-mail",
    "social_media": "Social media",
    "search": "Search engines",
    "advertising": "Advertising",
    "review_site": "Review sites",
    "chat": "Chat",
    "phone": "Phone",
    "app": "App",
    "store": "Shop",
    "sales_rep": "Sales people",
    "event": "Events",
    "print": "Print",
    "word_of_mouth": "Word of mouth",
    "partner": "Partners",
    "other": "Other",
}
_MODES = {"online": "online", "offline": "offline", "hybrid": "online and offline"}


def channel_label(channel: str | None, mode: str | None) -> str:
    name = QCoreApplication.translate("GuidedSetup", _CHANNELS.get(channel or "other", "Other"))
    if mode in _MODES:
        return f"{name} ({QCoreApplication.translate('GuidedSetup', _MODES[mode])})"
    return name


class TouchpointsPage(PerStagePage):
    """Library on the left of the editor, the stage's own touchpoints on the right."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Step 4 of 6: Where you meet your customer"),
            self.tr(
                "Every moment your customer meets your business is a touchpoint: an ad, your "
                "website, the shop, a phone call. Pick the ones for each stage and mark the few "
                "that decide whether you win or lose the customer."
            ),
        )
        self._library: list[LibraryTouchpoint] = []
        self._chosen: list[DraftTouchpoint] = []

        self.library = QTreeWidget()
        self.library.setHeaderHidden(True)
        self.show_all = QCheckBox(self.tr("Show ideas for all stages"))
        self.own = AddLineEdit()
        self.own.setPlaceholderText(self.tr("Your own, e.g. the bakery van at the market"))
        self.add_own = QPushButton(self.tr("Add"))
        self.chosen = QListWidget()
        self.remove = QPushButton(self.tr("Remove"))

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Ideas from the library:")))
        left.addWidget(self.library, 1)
        left.addWidget(self.show_all)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(self.add_own)
        left.addLayout(own_row)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Touchpoints in this stage:")))
        right.addWidget(self.chosen, 1)
        right.addWidget(
            hint_label(
                self.tr(
                    "Tick the ones that matter most: the moments of truth, where the "
                    "customer decides."
                )
            )
        )
        right.addWidget(self.remove)
        self.editor = QWidget()
        editor_layout = QHBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(left, 1)
        editor_layout.addLayout(right, 1)
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

    def store_stage(self, stage: DraftStage) -> None:
        if self.own.text().strip():
            self.add_typed()
        stage.touchpoints = list(self._chosen)

    # Library

    def _fill_library(self) -> None:
        stage = self.current_stage()
        phase = None if self.show_all.isChecked() or stage is None else stage.phase
        self._library = library_touchpoints(self.draft().language, phase)
        if not self._library and phase is not None:
            # A stage without a known phase (own stage) still gets every idea.
            self._library = library_touchpoints(self.draft().language, None)
        ticked = {t.library_id for t in self._chosen if t.library_id}
        self.library.blockSignals(True)
        self.library.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in self._library:
            label = channel_label(entry.channel, entry.mode)
            group = groups.get(label)
            if group is None:
                group = QTreeWidgetItem(self.library, [label])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[label] = group
            item = QTreeWidgetItem(group, [entry.title])
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
        row = self.chosen.currentRow()
        if 0 <= row < len(self._chosen):
            removed = self._chosen.pop(row)
            self._fill_chosen()
            if removed.library_id:
                self._fill_library()

    def _fill_chosen(self) -> None:
        self.chosen.blockSignals(True)
        self.chosen.clear()
        for touchpoint in self._chosen:
            item = QListWidgetItem(touchpoint.title)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if touchpoint.moment_of_truth else Qt.CheckState.Unchecked
            )
            item.setToolTip(self.tr("Ticked: this touchpoint matters most (moment of truth)"))
            self.chosen.addItem(item)
        self.chosen.blockSignals(False)
        self.remove.setEnabled(bool(self._chosen))

    def _chosen_ticked(self, item: QListWidgetItem) -> None:
        row = self.chosen.row(item)
        if 0 <= row < len(self._chosen):
            self._chosen[row].moment_of_truth = item.checkState() == Qt.CheckState.Checked
