"""Step 6: the gaps in the map, turned into actions with owner, priority, impact, effort, due date.

The page proposes candidate gaps (find_gaps) from what was typed in steps 4 and 5; one click turns
a gap into an action. A due date in the past is questioned when leaving the page, not refused.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..dates import date_format
from .action_phrasing import as_action
from .draft import DraftAction, WizardDraft
from .draft_page import DraftPage, hint_label
from .gaps import Gap, GapKind, find_gaps

PRIORITIES = ("high", "medium", "low")


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuidedSetup", text)


def gap_place(stage_name: str, step_name: str) -> str:
    """Where a gap is, for the list: the stage, and the step when it says more than the stage."""
    if not step_name or step_name == stage_name:
        return stage_name
    return _tr("{stage}, step “{step}”").format(stage=stage_name, step=step_name)


def describe_gap(gap: Gap, stage_name: str) -> str:
    """`stage_name` is where the gap is, from gap_place."""
    texts = {
        GapKind.DROP_OFF: _tr("{stage}: customers may give up (“{text}”)"),
        GapKind.NEGATIVE_EMOTION: _tr("{stage}: the customer feels bad"),
        GapKind.PAIN_POINT: _tr("{stage}: a pain point (“{text}”)"),
        GapKind.NO_TOUCHPOINTS: _tr("{stage}: no contact with the customer yet"),
    }
    if gap.kind == GapKind.NEGATIVE_EMOTION and gap.text:
        return _tr("{stage}: the customer feels bad (“{text}”)").format(
            stage=stage_name, text=gap.text
        )
    return texts[gap.kind].format(stage=stage_name, text=gap.text)


def suggested_title(gap: Gap, language: str = "en") -> str:
    """An action the user can adopt as it is: a verb first ("Provide prices on the website"),
    made from their own words where a pattern fits (in `language`, the one they type in)."""
    if gap.kind in (GapKind.PAIN_POINT, GapKind.DROP_OFF):
        phrase = as_action(gap.text, language)
        if phrase:
            return phrase
    texts = {
        GapKind.DROP_OFF: _tr("Remove the reason customers give up: “{text}”"),
        GapKind.NEGATIVE_EMOTION: _tr("Make this step pleasant for the customer"),
        GapKind.PAIN_POINT: _tr("Take away the cause of “{text}”"),
        GapKind.NO_TOUCHPOINTS: _tr("Find a way to reach the customer in this stage"),
    }
    return texts[gap.kind].format(text=gap.text)


class ActionsPage(DraftPage):
    """Suggestions on the left, the action list and the selected action's details on the right."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Step 6 of 7: Gaps and improvements"),
            self.tr(
                "Every journey has gaps. Below are the ones your answers point to. Turn the most "
                "important into actions: who does what, and when. This is your roadmap."
            ),
        )
        self._actions: list[DraftAction] = []
        self._current: DraftAction | None = None
        self._gaps: list[Gap] = []
        self._gap_texts: list[str] = []
        # Past due dates the user already said to keep: not asked again on the next Next.
        self._kept_late: set[tuple[int, date]] = set()

        self.gap_list = QListWidget()
        self.gap_list.setWordWrap(True)
        self.make_action = QPushButton(self.tr("Make it an action"))
        self.action_list = QListWidget()
        self.new_action = QPushButton(self.tr("New action"))
        self.remove_action = QPushButton(self.tr("Remove"))

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. put opening hours on Google"))
        self.stage_combo = QComboBox()
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("e.g. Piet"))
        self.priority = QComboBox()
        for value, label in zip(
            PRIORITIES, (self.tr("High"), self.tr("Medium"), self.tr("Low")), strict=True
        ):
            self.priority.addItem(label, value)
        self.impact = _score_box(self.tr("1 = little, 5 = a lot"))
        self.effort = _score_box(self.tr("1 = easy, 5 = a lot of work"))
        self.has_due = QCheckBox(self.tr("Due date:"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_format())
        self.due.setEnabled(False)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Suggested gaps:")))
        left.addWidget(self.gap_list, 1)
        left.addWidget(self.make_action)
        left.addWidget(QLabel(self.tr("Your actions:")))
        left.addWidget(self.action_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_action)
        buttons.addWidget(self.remove_action)
        left.addLayout(buttons)

        self.details = QGroupBox(self.tr("Action"))
        form = QFormLayout(self.details)
        form.addRow(self.tr("What will you do?"), self.title_edit)
        form.addRow(self.tr("In which stage?"), self.stage_combo)
        form.addRow(self.tr("Who does it?"), self.owner)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Impact on customers:"), self.impact)
        form.addRow(self.tr("Effort:"), self.effort)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        form.addRow(self.has_due, due_row)
        form.addRow(
            "",
            hint_label(
                self.tr("Start with actions of high impact and little effort: the quick wins.")
            ),
        )

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.details, 1)

        self.make_action.clicked.connect(self.action_from_gap)
        self.gap_list.itemDoubleClicked.connect(lambda _item: self.action_from_gap())
        self.new_action.clicked.connect(lambda: self.add_action(DraftAction()))
        self.remove_action.clicked.connect(self.remove_current)
        self.action_list.currentRowChanged.connect(self._action_chosen)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.title_edit.textEdited.connect(self._title_edited)

    # Draft <-> widgets

    def load(self, draft: WizardDraft) -> None:
        self._current = None
        self._actions = draft.actions
        self._gaps = find_gaps(draft)
        names = {s.key: s.name or self.tr("(unnamed stage)") for s in draft.stages}
        step_names = {p.key: p.name for s in draft.stages for p in s.steps}
        self.gap_list.clear()
        self._gap_texts = [
            describe_gap(
                g,
                gap_place(names.get(g.stage_key, ""), step_names.get(g.step_key or "", "")),
            )
            for g in self._gaps
        ]
        self.gap_list.addItems(self._gap_texts)
        if not self._gaps:
            self.gap_list.addItem(self.tr("No gaps found yet: add your own actions below."))
            # A message, not a gap: it cannot be chosen.
            self.gap_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.make_action.setEnabled(bool(self._gaps))
        self.stage_combo.clear()
        self.stage_combo.addItem(self.tr("(whole journey)"), None)
        for stage in draft.stages:
            self.stage_combo.addItem(names[stage.key], stage.key)
        self.action_list.blockSignals(True)
        self.action_list.clear()
        for action in self._actions:
            self.action_list.addItem(self._item_text(action))
        self.action_list.blockSignals(False)
        self._select_action(len(self._actions) - 1)
        self._mark_gaps()

    def store(self, draft: WizardDraft) -> None:
        if self._current is not None:
            self._store_action(self._current)

    def validatePage(self) -> bool:
        self.store(self.draft())
        late = [
            a
            for a in self._actions
            if a.due is not None and a.due < date.today() and (id(a), a.due) not in self._kept_late
        ]
        if not late or self.wizard().resuming:
            return True
        names = ", ".join(f"“{a.title or self.tr('(untitled)')}”" for a in late)
        answer = QMessageBox.question(
            self,
            self.tr("Due date in the past"),
            self.tr("The due date of {actions} has already passed. Keep it anyway?").format(
                actions=names
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._kept_late.update((id(a), a.due) for a in late)
        return True

    # Actions

    def action_from_gap(self) -> None:
        row = self.gap_list.currentRow()
        if not 0 <= row < len(self._gaps):
            return
        gap = self._gaps[row]
        self.add_action(
            DraftAction(
                title=suggested_title(gap, self.draft().language),
                stage_key=gap.stage_key,
                gap_key=gap.key,
            )
        )

    def add_action(self, action: DraftAction) -> None:
        if self._current is not None:
            self._store_action(self._current)
        self._actions.append(action)
        self.action_list.addItem(self._item_text(action))
        self._select_action(len(self._actions) - 1)
        self._mark_gaps()
        self.title_edit.setFocus()
        # Selected to type over, but showing its start: a long suggestion would scroll away.
        length = len(self.title_edit.text())
        self.title_edit.setSelection(length, -length)

    def remove_current(self) -> None:
        row = self.action_list.currentRow()
        if 0 <= row < len(self._actions):
            self._current = None
            del self._actions[row]
            self.action_list.takeItem(row)
            self._select_action(min(row, len(self._actions) - 1))
            self._mark_gaps()

    def _mark_gaps(self) -> None:
        """A tick before the gaps that already have an action, so none is made twice."""
        answered = {a.gap_key for a in self._actions if a.gap_key}
        for row, (gap, text) in enumerate(zip(self._gaps, self._gap_texts, strict=True)):
            item = self.gap_list.item(row)
            done = gap.key in answered
            item.setText(f"✓ {text}" if done else text)
            item.setToolTip(self.tr("This gap already has an action.") if done else "")

    def _select_action(self, row: int) -> None:
        self.details.setEnabled(row >= 0)
        self.remove_action.setEnabled(row >= 0)
        if row >= 0:
            self.action_list.setCurrentRow(row)
        else:
            self._clear_details()

    def _action_chosen(self, row: int) -> None:
        if self._current is not None:
            self._store_action(self._current)
        self._current = self._actions[row] if 0 <= row < len(self._actions) else None
        if self._current is not None:
            self._load_action(self._current)

    def _title_edited(self, text: str) -> None:
        item = self.action_list.currentItem()
        if item is not None:
            item.setText(text or self.tr("(untitled)"))

    def _item_text(self, action: DraftAction) -> str:
        return action.title or self.tr("(untitled)")

    def _clear_details(self) -> None:
        self.title_edit.clear()
        self.owner.clear()
        self.has_due.setChecked(False)
        today = date.today()
        self.due.setDate(QDate(today.year, today.month, today.day))

    def _load_action(self, action: DraftAction) -> None:
        self.title_edit.setText(action.title)
        index = self.stage_combo.findData(action.stage_key)
        self.stage_combo.setCurrentIndex(max(index, 0))
        self.owner.setText(action.owner)
        self.priority.setCurrentIndex(max(self.priority.findData(action.priority), 0))
        self.impact.setValue(action.impact)
        self.effort.setValue(action.effort)
        self.has_due.setChecked(action.due is not None)
        due = action.due or date.today()
        self.due.setDate(QDate(due.year, due.month, due.day))

    def _store_action(self, action: DraftAction) -> None:
        action.title = self.title_edit.text().strip()
        action.stage_key = self.stage_combo.currentData()
        action.owner = self.owner.text().strip()
        action.priority = self.priority.currentData()
        action.impact = self.impact.value()
        action.effort = self.effort.value()
        action.due = self.due.date().toPython() if self.has_due.isChecked() else None


def _score_box(tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 5)
    box.setValue(3)
    box.setToolTip(tip)
    box.setSuffix(" / 5")
    return box
