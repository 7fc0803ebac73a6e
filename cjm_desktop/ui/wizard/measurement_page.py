"""Step 7: how each stage will be measured.

Seed 004's table: per stage the touchpoint, how it is measured and the target.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .draft import WizardDraft
from .draft_page import DraftPage, hint_label


class MeasurementRow:
    """The widgets of one stage's row in the table."""

    def __init__(self, stage_name: str, touchpoints: list[str]) -> None:
        self.stage = QLabel(stage_name)
        self.touchpoint = QComboBox()
        self.touchpoint.setEditable(True)
        self.touchpoint.setMinimumWidth(170)
        self.touchpoint.addItems(["", *touchpoints])
        self.how = QLineEdit()
        self.target = QLineEdit()


class MeasurementPage(DraftPage):
    """A four-column table, one row a stage, as small businesses keep next to their map."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Step 7 of 7: How you will measure it"),
            self.tr(
                "What you measure, you can improve. For each stage, pick the contact that counts "
                "most, how you will measure it, and what you aim for."
            ),
        )
        self.rows: list[MeasurementRow] = []
        self.table = QWidget()
        self.grid = QGridLayout(self.table)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.table)
        self.empty_hint = hint_label(
            self.tr("There are no stages yet, so there is nothing to measure.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.empty_hint)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Examples: website visits (Google Analytics), newsletter sign-ups, "
                    "orders per week, "
                    "review score, customers who come back within a month."
                )
            )
        )

    def load(self, draft: WizardDraft) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        headers = (
            self.tr("Stage"),
            self.tr("Touchpoint"),
            self.tr("How measured"),
            self.tr("Target"),
        )
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, column)
        for index, stage in enumerate(draft.stages, start=1):
            row = MeasurementRow(
                stage.name or self.tr("(unnamed stage)"), [t.title for t in stage.touchpoints]
            )
            row.touchpoint.setCurrentText(stage.measure_touchpoint)
            row.how.setText(stage.how_measured)
            row.how.setPlaceholderText(self.tr("e.g. visits per week"))
            row.target.setText(stage.target)
            row.target.setPlaceholderText(self.tr("e.g. 200"))
            for column, widget in enumerate((row.stage, row.touchpoint, row.how, row.target)):
                self.grid.addWidget(widget, index, column)
            self.rows.append(row)
        self.grid.setRowStretch(len(draft.stages) + 1, 1)
        self.empty_hint.setVisible(not draft.stages)

    def store(self, draft: WizardDraft) -> None:
        for stage, row in zip(draft.stages, self.rows, strict=False):
            stage.measure_touchpoint = row.touchpoint.currentText().strip()
            stage.how_measured = row.how.text().strip()
            stage.target = row.target.text().strip()
