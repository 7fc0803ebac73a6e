"""Step 3: choose a stage model, then rename, add, remove and reorder stages and set their goals.

Choosing a model is using it: its stages replace the list at once (after asking, when the user has
already made the stages their own), so Next never keeps stages the user thought were replaced.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from .draft import DraftStage, WizardDraft
from .draft_page import DraftPage, hint_label
from .stage_models import StageModel, stage_models


class StagesPage(DraftPage):
    """Left: the built-in stage models with a preview. Right: your own stages, editable."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Step 3 of 7: The stages your customer goes through"),
            self.tr(
                "Customers go through stages, from first hearing of you to coming back. Below is "
                "a simple model to start from; pick another if it fits better. Then make the "
                "stages your own and write down what the customer wants in each."
            ),
        )
        self._models: list[StageModel] = []
        self._stages: list[DraftStage] = []
        self._current: DraftStage | None = None
        self._template_id: str | None = None

        self.model_list = QListWidget()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.model_list.setWordWrap(True)
        self.preview = hint_label("")
        models_box = QGroupBox(self.tr("1. Choose a model"))
        left = QVBoxLayout(models_box)
        left.addWidget(self.model_list, 1)
        left.addWidget(self.explanation)
        left.addWidget(self.preview)

        self.stage_list = QListWidget()
        self.add_stage = QPushButton(self.tr("Add"))
        self.remove_stage = QPushButton(self.tr("Remove"))
        self.move_up = QPushButton(self.tr("Up"))
        self.move_down = QPushButton(self.tr("Down"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Orientation"))
        self.goal = QLineEdit()
        self.goal.setPlaceholderText(self.tr("e.g. find a good bakery nearby"))
        stages_box = QGroupBox(self.tr("2. Make them your own"))
        right = QVBoxLayout(stages_box)
        row = QHBoxLayout()
        row.addWidget(self.stage_list, 1)
        buttons = QVBoxLayout()
        for button in (self.add_stage, self.remove_stage, self.move_up, self.move_down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        right.addLayout(row, 1)
        form = QFormLayout()
        form.addRow(self.tr("Stage name:"), self.name)
        form.addRow(self.tr("The customer's goal:"), self.goal)
        right.addLayout(form)

        layout = QHBoxLayout(self)
        layout.addWidget(models_box, 1)
        layout.addWidget(stages_box, 1)

        self.model_list.currentRowChanged.connect(self._model_chosen)
        self.stage_list.currentRowChanged.connect(self._stage_chosen)
        self.add_stage.clicked.connect(self.append_stage)
        self.remove_stage.clicked.connect(self.remove_current)
        self.move_up.clicked.connect(lambda: self.move_current(-1))
        self.move_down.clicked.connect(lambda: self.move_current(1))
        self.name.textEdited.connect(self._name_edited)

    # Draft <-> widgets

    def load(self, draft: WizardDraft) -> None:
        self._models = stage_models(draft.language)
        self.model_list.blockSignals(True)
        self.model_list.clear()
        for model in self._models:
            # The name with its one plain line, so "AAARRR (pirate funnel)" explains itself.
            item = QListWidgetItem(f"{model.name}\n{model.explanation}".strip())
            item.setToolTip(model.explanation)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, model.name)
            self.model_list.addItem(item)
        self.model_list.blockSignals(False)
        ids = [m.id for m in self._models]
        self._template_id = draft.template_id
        chosen = ids.index(draft.template_id) if draft.template_id in ids else 0
        if self._models:
            self.model_list.blockSignals(True)
            self.model_list.setCurrentRow(chosen)
            self.model_list.blockSignals(False)
            self._show_model(chosen)
        self._stages = list(draft.stages)
        if not self._stages and self._template_id is None and self._models:
            # A first-timer starts from the simplest model rather than an empty list; removing
            # every stage is still possible (and then stays so, as a model was chosen).
            self._template_id = self._models[chosen].id
            self._stages = [
                DraftStage(name=name, phase=phase) for name, phase in self._models[chosen].stages
            ]
        self._refresh_stages(0 if self._stages else -1)

    def store(self, draft: WizardDraft) -> None:
        self._store_current()
        draft.stages = list(self._stages)
        draft.template_id = self._template_id

    # Stage models

    def _show_model(self, row: int) -> None:
        model = self._models[row]
        self.explanation.setText(model.explanation)
        self.preview.setText(" → ".join(name for name, _ in model.stages))

    def _model_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._models):
            return
        if self._models[row].id == self._template_id and self._stages:  # the one they have
            self._show_model(row)
            return
        if not self.apply_model():
            # Kept their own stages: the list shows the model they still have.
            ids = [m.id for m in self._models]
            back = ids.index(self._template_id) if self._template_id in ids else -1
            self.model_list.blockSignals(True)
            self.model_list.setCurrentRow(back)
            self.model_list.blockSignals(False)
            if back >= 0:
                self._show_model(back)
            return
        self._show_model(row)

    def apply_model(self) -> bool:
        """Replace the stages by the chosen model's; asks first when the user edited them.
        False when the user kept their own."""
        row = self.model_list.currentRow()
        if not 0 <= row < len(self._models):
            return False
        if self._has_own_work():
            answer = QMessageBox.question(
                self,
                self.tr("Replace your stages?"),
                self.tr("This replaces the stages you have now, with what you wrote for them."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        model = self._models[row]
        self._current = None
        self._template_id = model.id
        self._stages = [DraftStage(name=name, phase=phase) for name, phase in model.stages]
        self._refresh_stages(0)
        return True

    def _is_model_as_offered(self) -> bool:
        self._store_current()
        model = next((m for m in self._models if m.id == self._template_id), None)
        offered = list(model.stages) if model is not None else []
        return [(s.name, s.phase) for s in self._stages] == offered

    def _has_own_work(self) -> bool:
        """Edited by hand: renamed, added, removed or reordered stages, goals, or anything the
        later steps added to them."""
        self._store_current()
        if not self._stages:
            return False
        return not self._is_model_as_offered() or any(
            s.goal or s.touchpoints or any(step.has_answers() for step in s.steps)
            for s in self._stages
        )

    # Own stages

    def append_stage(self) -> None:
        self._store_current()
        self._stages.append(DraftStage(name=self.tr("New stage")))
        self._refresh_stages(len(self._stages) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def remove_current(self) -> None:
        row = self.stage_list.currentRow()
        if 0 <= row < len(self._stages):
            self._current = None
            del self._stages[row]
            self._refresh_stages(min(row, len(self._stages) - 1))

    def move_current(self, delta: int) -> None:
        row = self.stage_list.currentRow()
        target = row + delta
        if 0 <= row < len(self._stages) and 0 <= target < len(self._stages):
            self._store_current()
            self._stages.insert(target, self._stages.pop(row))
            self._refresh_stages(target)

    def _refresh_stages(self, row: int) -> None:
        self._current = None
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        self.stage_list.addItems([s.name or self.tr("(unnamed stage)") for s in self._stages])
        self.stage_list.blockSignals(False)
        has = bool(self._stages)
        for widget in (self.remove_stage, self.move_up, self.move_down, self.name, self.goal):
            widget.setEnabled(has)
        if has:
            self.stage_list.setCurrentRow(row)
            self._stage_chosen(row)
        else:
            self.name.clear()
            self.goal.clear()

    def _stage_chosen(self, row: int) -> None:
        self._store_current()
        self._current = self._stages[row] if 0 <= row < len(self._stages) else None
        if self._current is not None:
            self.name.setText(self._current.name)
            self.goal.setText(self._current.goal)

    def _store_current(self) -> None:
        if self._current is not None:
            self._current.name = self.name.text().strip()
            self._current.goal = self.goal.text().strip()

    def _name_edited(self, text: str) -> None:
        item = self.stage_list.currentItem()
        if item is not None:
            item.setText(text or self.tr("(unnamed stage)"))
