"""Step 5: per stage, what the customer does, thinks and feels, pain points, drop-off and time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .draft import DraftStage
from .draft_page import PerStagePage, hint_label
from .emotion_picker import EmotionPicker


def _text_box(placeholder: str, lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(22 + 18 * lines)
    return box


class ExperiencePage(PerStagePage):
    """Walk through the stages in the customer's shoes, one at a time."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Step 5 of 6: What your customer experiences"),
            self.tr(
                "Put yourself in your customer's shoes, stage by stage. Where they feel bad or "
                "give up is where you can win the most."
            ),
        )
        self.doing = _text_box(self.tr("e.g. looks for a bakery on Google Maps"))
        self.thinking = _text_box(self.tr("e.g. “Are they open on Sunday?”"))
        self.feeling = _text_box(self.tr("e.g. curious, a bit rushed"))
        self.emotion = EmotionPicker()
        self.pain_points = _text_box(self.tr("e.g. opening hours are not online"), lines=3)
        self.drop_off = QLineEdit()
        self.drop_off.setPlaceholderText(self.tr("e.g. when the queue is too long"))
        self.time_frame = QLineEdit()
        self.time_frame.setPlaceholderText(self.tr("e.g. 2 days"))
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("What do they do?"), self.doing)
        form.addRow(self.tr("What do they think or ask?"), self.thinking)
        form.addRow(self.tr("What do they feel?"), self.feeling)
        form.addRow(self.tr("Overall feeling:"), self.emotion)
        form.addRow(self.tr("What bothers them?"), self.pain_points)
        form.addRow("", hint_label(self.tr("One pain point a line.")))
        form.addRow(self.tr("Where might they give up?"), self.drop_off)
        form.addRow(self.tr("How long does this stage take?"), self.time_frame)
        column = QVBoxLayout()
        column.addWidget(self.no_stages_hint)
        column.addWidget(self.editor)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.stage_list)
        layout.addLayout(column, 1)

    def set_editor_enabled(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)

    def load_stage(self, stage: DraftStage) -> None:
        self.doing.setPlainText(stage.doing)
        self.thinking.setPlainText(stage.thinking)
        self.feeling.setPlainText(stage.feeling)
        self.emotion.set_value(stage.emotion)
        self.pain_points.setPlainText(stage.pain_points)
        self.drop_off.setText(stage.drop_off)
        self.time_frame.setText(stage.time_frame)

    def store_stage(self, stage: DraftStage) -> None:
        stage.doing = self.doing.toPlainText().strip()
        stage.thinking = self.thinking.toPlainText().strip()
        stage.feeling = self.feeling.toPlainText().strip()
        stage.emotion = self.emotion.value()
        stage.pain_points = self.pain_points.toPlainText().strip()
        stage.drop_off = self.drop_off.text().strip()
        stage.time_frame = self.time_frame.text().strip()
