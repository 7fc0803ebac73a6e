"""Step 5: per stage, the customer's steps, and per step where it happens (which of the stage's
touchpoints), what they do, think and feel, how it feels (five faces), what bothers them and
whether they might give up; the time per stage."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .draft import DraftStage, DraftStep, DraftTouchpoint, WizardDraft
from .draft_page import PerStagePage, hint_label
from .emotion_picker import EmotionPicker


def _text_box(placeholder: str, lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(22 + 18 * lines)
    return box


class ExperiencePage(PerStagePage):
    """Stages on the left, the chosen stage's steps in the middle, the chosen step on the right."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Step 5 of 7: What your customer experiences"),
            self.tr(
                "Put yourself in your customer's shoes, step by step. Where they feel bad or "
                "give up is where you can win the most."
            ),
        )
        self._stage: DraftStage | None = None
        self._steps: list[DraftStep] = []
        self._step: DraftStep | None = None
        self._touchpoints: list[DraftTouchpoint] = []
        self.place_labels: list[QLabel] = []
        self.place_combos: list[QComboBox] = []

        self.step_list = QListWidget()
        self.add_step = QPushButton(self.tr("Add step"))
        self.remove_step = QPushButton(self.tr("Remove"))
        self.move_up = QPushButton(self.tr("Up"))
        self.move_down = QPushButton(self.tr("Down"))
        self.time_frame = QLineEdit()
        self.time_frame.setPlaceholderText(self.tr("e.g. 2 days"))
        self.steps_box = QGroupBox()
        steps = QVBoxLayout(self.steps_box)
        question = QLabel(self.tr("What does your customer do, one step at a time?"))
        question.setWordWrap(True)
        steps.addWidget(question)
        steps.addWidget(self.step_list, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.add_step, 0, 0)
        buttons.addWidget(self.remove_step, 0, 1)
        buttons.addWidget(self.move_up, 1, 0)
        buttons.addWidget(self.move_down, 1, 1)
        steps.addLayout(buttons)
        # Touchpoints are chosen per stage in step 4, before the steps exist; here each gets the
        # step where the customer meets it, so its card lands in that step's column on the map.
        # One choice a touchpoint: moving it to another step is one pick, not two ticks.
        self.places_title = QLabel(self.tr("In which step do they meet each touchpoint?"))
        self.places_title.setWordWrap(True)
        steps.addWidget(self.places_title)
        self.places = QWidget()
        self._places_grid = QGridLayout(self.places)
        self._places_grid.setContentsMargins(0, 0, 0, 0)
        self._places_grid.setColumnStretch(0, 1)
        # In the column's own layout, not a scroll area of a guessed height: the rows get the
        # height their wrapped names need, and the list of steps above gives way.
        self.places_area = self.places
        self.step_list.setMinimumHeight(70)
        steps.addWidget(self.places)
        steps.addWidget(QLabel(self.tr("How long does this stage take?")))
        steps.addWidget(self.time_frame)

        self.step_name = QLineEdit()
        self.step_name.setPlaceholderText(self.tr("e.g. looks for a bakery"))
        self.places_here = QLabel()
        self.places_here.setWordWrap(True)
        self.places_hint = hint_label("")
        self.doing = _text_box(self.tr("e.g. looks for a bakery on Google Maps"))
        self.thinking = _text_box(self.tr("e.g. “Are they open on Sunday?”"))
        self.feeling = _text_box(self.tr("e.g. curious, a bit rushed"))
        self.emotion = EmotionPicker()
        self.pain_points = _text_box(self.tr("e.g. opening hours are not online"))
        self.drop_off = QLineEdit()
        self.drop_off.setPlaceholderText(self.tr("e.g. when the queue is too long"))
        self.step_box = QGroupBox(self.tr("This step"))
        form = QFormLayout()
        form.addRow(self.tr("Step name:"), self.step_name)
        form.addRow(self.tr("Where does this happen?"), self.places_here)
        form.addRow("", self.places_hint)
        form.addRow(self.tr("What do they do?"), self.doing)
        form.addRow(self.tr("What do they think or ask?"), self.thinking)
        form.addRow(self.tr("What do they feel?"), self.feeling)
        # The faces need the full width: five of them do not fit beside a label.
        form.addRow(QLabel(self.tr("How does this step feel to them?")))
        form.addRow(self.emotion)
        form.addRow(self.tr("What bothers them?"), self.pain_points)
        form.addRow("", hint_label(self.tr("One pain point a line.")))
        form.addRow(self.tr("Might they give up here?"), self.drop_off)
        step_column = QVBoxLayout(self.step_box)
        step_column.addLayout(form)
        step_column.addStretch(1)  # rows at the top, not spread over the height

        self.editor = QWidget()
        columns = QHBoxLayout(self.editor)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.steps_box)
        columns.addWidget(self.step_box, 1)
        self.steps_box.setMaximumWidth(300)
        column = QVBoxLayout()
        column.addWidget(self.no_stages_hint)
        column.addWidget(self.editor, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.stage_list)
        layout.addLayout(column, 1)

        self.step_list.currentRowChanged.connect(self._step_chosen)
        self.add_step.clicked.connect(self.append_step)
        self.remove_step.clicked.connect(self.remove_current_step)
        self.move_up.clicked.connect(lambda: self.move_current_step(-1))
        self.move_down.clicked.connect(lambda: self.move_current_step(1))
        self.step_name.textEdited.connect(self._name_edited)

    def set_editor_enabled(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)

    def load(self, draft: WizardDraft) -> None:
        # Every stage starts with one unnamed step, listed as "Step 1" (not the stage's goal: too
        # long for a column heading and already on the map as the stage's goal). The name stays
        # empty until the user types one, so the map does not print the placeholder.
        for stage in draft.stages:
            if not stage.steps:
                stage.steps.append(DraftStep())
            # A touchpoint not yet placed (new in step 4, or from an older draft) starts in the
            # first step, and stays with that step when the steps are reordered.
            for touchpoint in stage.touchpoints:
                touchpoint.step_keys = [s.key for s in stage.steps_of(touchpoint)]
        super().load(draft)

    # One stage: its steps and time frame

    def load_stage(self, stage: DraftStage) -> None:
        self._step = None
        self._stage = stage
        self._steps = stage.steps
        self._make_place_checks(stage.touchpoints)
        self.steps_box.setTitle(
            self.tr("Steps in “{stage}”").format(stage=stage.name or self.tr("(unnamed stage)"))
        )
        self.time_frame.setText(stage.time_frame)
        self._refresh_steps(0)

    def store_stage(self, stage: DraftStage) -> None:
        if self._step is not None:
            self._store_step(self._step)
        stage.time_frame = self.time_frame.text().strip()

    # The steps of the current stage

    def append_step(self) -> None:
        if self._step is not None:
            self._store_step(self._step)
        self._steps.append(DraftStep())
        self._refresh_steps(len(self._steps) - 1)
        self.step_name.setFocus()
        self.step_name.selectAll()

    def remove_current_step(self) -> None:
        row = self.step_list.currentRow()
        # A stage keeps one step: the map needs a column for it anyway.
        if 0 <= row < len(self._steps) and len(self._steps) > 1:
            self._step = None
            del self._steps[row]
            if self._stage is not None:  # its touchpoints only there go to the first step
                for touchpoint in self._touchpoints:
                    touchpoint.step_keys = [s.key for s in self._stage.steps_of(touchpoint)]
            self._refresh_steps(min(row, len(self._steps) - 1))

    def move_current_step(self, delta: int) -> None:
        row = self.step_list.currentRow()
        target = row + delta
        if 0 <= row < len(self._steps) and 0 <= target < len(self._steps):
            if self._step is not None:
                self._store_step(self._step)
            self._steps.insert(target, self._steps.pop(row))
            self._refresh_steps(target)

    def _refresh_steps(self, row: int) -> None:
        self._step = None
        self.step_list.blockSignals(True)
        self.step_list.clear()
        self.step_list.addItems([self._item_text(s.name, n) for n, s in enumerate(self._steps)])
        self.step_list.blockSignals(False)
        self.step_list.setCurrentRow(row)
        self._step_chosen(row)

    def _step_chosen(self, row: int) -> None:
        if self._step is not None:
            self._store_step(self._step)
        self._step = self._steps[row] if 0 <= row < len(self._steps) else None
        if self._step is not None:
            self._load_step(self._step)
        count = len(self._steps)
        self.remove_step.setEnabled(count > 1)
        self.move_up.setEnabled(row > 0)
        self.move_down.setEnabled(0 <= row < count - 1)

    def _load_step(self, step: DraftStep) -> None:
        self.step_name.setText(step.name)
        self._show_places(step)
        self.doing.setPlainText(step.doing)
        self.thinking.setPlainText(step.thinking)
        self.feeling.setPlainText(step.feeling)
        self.emotion.set_value(step.emotion)
        self.pain_points.setPlainText(step.pain_points)
        self.drop_off.setText(step.drop_off)

    def _store_step(self, step: DraftStep) -> None:
        step.name = self.step_name.text().strip()
        step.doing = self.doing.toPlainText().strip()
        step.thinking = self.thinking.toPlainText().strip()
        step.feeling = self.feeling.toPlainText().strip()
        step.emotion = self.emotion.value()
        step.pain_points = self.pain_points.toPlainText().strip()
        step.drop_off = self.drop_off.text().strip()

    def _name_edited(self, text: str) -> None:
        item = self.step_list.currentItem()
        if item is not None:
            item.setText(self._item_text(text, self.step_list.row(item)))
        self._refresh_place_choices()

    def _item_text(self, name: str, row: int) -> str:
        return name.strip() or self.tr("Step {number}").format(number=row + 1)

    # Where each of the stage's touchpoints happens: one step (or every step) a touchpoint

    def _make_place_checks(self, touchpoints: list[DraftTouchpoint]) -> None:
        for widget in (*self.place_labels, *self.place_combos):
            self._places_grid.removeWidget(widget)
            widget.deleteLater()
        self._touchpoints = touchpoints
        self.place_labels = []
        self.place_combos = []
        for index, touchpoint in enumerate(touchpoints):
            title = touchpoint.title.strip() or self.tr("(unnamed touchpoint)")
            label = QLabel(f"{title} ★" if touchpoint.moment_of_truth else title)
            label.setWordWrap(True)
            combo = QComboBox()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.setAccessibleName(self.tr("Step of {touchpoint}").format(touchpoint=title))
            label.setBuddy(combo)
            combo.activated.connect(lambda _row, i=index: self._place_chosen(i))
            self._places_grid.addWidget(label, index, 0)
            self._places_grid.addWidget(combo, index, 1)
            self.place_labels.append(label)
            self.place_combos.append(combo)
        self.places_area.setVisible(bool(touchpoints))
        self.places_title.setVisible(bool(touchpoints))
        self._refresh_place_choices()
        if touchpoints:
            self.places_hint.setText(self.tr("★ is a moment of truth."))
        else:
            self.places_hint.setText(
                self.tr("No touchpoints for this stage yet: step 4 is where you choose them.")
            )

    def _refresh_place_choices(self) -> None:
        """Fill each touchpoint's list of steps (names change as the user types them)."""
        if self._stage is None:
            return
        names = [self._item_text(s.name, n) for n, s in enumerate(self._stage.steps)]
        if self._step is not None:  # what is typed now, before it is stored
            row = self._stage.steps.index(self._step) if self._step in self._stage.steps else -1
            if row >= 0:
                names[row] = self._item_text(self.step_name.text(), row)
        keys = [s.key for s in self._stage.steps]
        for combo, touchpoint in zip(self.place_combos, self._touchpoints, strict=True):
            combo.blockSignals(True)
            combo.clear()
            for name, key in zip(names, keys, strict=True):
                combo.addItem(name, [key])
            if len(keys) > 1:
                combo.addItem(self.tr("Every step"), list(keys))
            here = [s.key for s in self._stage.steps_of(touchpoint)]
            index = combo.findData(here)
            if index < 0:  # in some of the steps (an older draft): shown as such until changed
                combo.addItem(self.tr("Several steps"), here)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self._show_places_here()

    def _show_places_here(self) -> None:
        if self._stage is None or self._step is None:
            return
        here = [
            t.title.strip() or self.tr("(unnamed touchpoint)")
            for t in self._touchpoints
            if self._step.key in {s.key for s in self._stage.steps_of(t)}
        ]
        self.places_here.setText(
            ", ".join(here) if here else self.tr("(no touchpoint: choose one on the left)")
        )

    def _show_places(self, step: DraftStep) -> None:
        self._refresh_place_choices()

    def _place_chosen(self, index: int) -> None:
        if self._stage is None:
            return
        keys = self.place_combos[index].currentData() or []
        self._touchpoints[index].step_keys = list(keys)
        self._show_places_here()
