"""The preview of File > Import Map > Map from Spreadsheet…: the first rows of the table, a choice
of field above each column (guessed from the column names), what the import will make, and the
rows that cannot be read with their row numbers. Nothing is imported until the user presses
Import, which says so when rows will be left out. A sample workbook can be saved from here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...exporters.cards_columns import COLUMNS, guess_columns
from ...exporters.cards_import import CardsImport, build_map
from ...exporters.cards_table_read import Formula, RawTable
from ...user_message import UserError

PREVIEW_ROWS = 12


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_names() -> dict[str, str]:
    return {
        "stage": QCoreApplication.translate("CardsImportDialog", "Stage"),
        "step": QCoreApplication.translate("CardsImportDialog", "Step"),
        "lane": QCoreApplication.translate("CardsImportDialog", "Lane"),
        "lane_kind": QCoreApplication.translate("CardsImportDialog", "Lane kind"),
        "title": QCoreApplication.translate("CardsImportDialog", "Title"),
        "details": QCoreApplication.translate("CardsImportDialog", "Details"),
        "channel": QCoreApplication.translate("CardsImportDialog", "Channel"),
        "mode": QCoreApplication.translate("CardsImportDialog", "Online/offline"),
        "sentiment": QCoreApplication.translate("CardsImportDialog", "Sentiment"),
        "evidence": QCoreApplication.translate("CardsImportDialog", "Evidence"),
        "moment_of_truth": QCoreApplication.translate("CardsImportDialog", "Moment of truth"),
        "drop_off": QCoreApplication.translate("CardsImportDialog", "Drop-off"),
        "metric": QCoreApplication.translate("CardsImportDialog", "Metric"),
        "how_measured": QCoreApplication.translate("CardsImportDialog", "How measured"),
        "target": QCoreApplication.translate("CardsImportDialog", "Target"),
        "actual": QCoreApplication.translate("CardsImportDialog", "Actual"),
        "color": QCoreApplication.translate("CardsImportDialog", "Colour"),
        "tags": QCoreApplication.translate("CardsImportDialog", "Tags"),
    }


class CardsImportDialog(QDialog):
    """Match the columns, see the result, then import or not."""

    def __init__(self, table: RawTable, path: Path, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("cardsImportDialog")
        self.setWindowTitle(self.tr("Map from Spreadsheet"))
        self.table = table
        self.path = path
        self.language = language
        self.result_: CardsImport | None = None
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each row of “{name}” becomes a card. Choose which field each column holds; "
                "columns named Stage, Step, Lane, Title, Details (or Fase, Stap, Baan, Titel, "
                "Toelichting) are matched already."
            ).format(name=path.name)
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addWidget(self._preview())
        self.summary = QLabel()
        self.summary.setObjectName("cardsImportSummary")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("cardsImportProblems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        column.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("cardsImportButton")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        template = QPushButton(self.tr("Save &Template…"))
        template.setObjectName("cardsTemplateButton")
        template.setToolTip(self.tr("Save a sample workbook with the columns and two cards"))
        template.clicked.connect(self.save_template)
        self.buttons.addButton(template, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.resize(900, 560)
        self.refresh()

    def _preview(self) -> QWidget:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        names = field_names()
        self.choosers: list[QComboBox] = []
        for c, (header, key) in enumerate(
            zip(self.table.headers, guess_columns(self.table.headers), strict=True)
        ):
            title = _plain_label(header)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            grid.addWidget(title, 0, c)
            chooser = QComboBox()
            chooser.setObjectName(f"cardsColumn{c}")
            chooser.addItem(self.tr("(ignore)"), None)
            for field in COLUMNS:
                chooser.addItem(names[field], field)
            chooser.setCurrentIndex(max(0, chooser.findData(key)) if key else 0)
            chooser.currentIndexChanged.connect(self.refresh)
            grid.addWidget(chooser, 1, c)
            self.choosers.append(chooser)
            for r, (_number, cells) in enumerate(self.table.rows[:PREVIEW_ROWS], start=2):
                value = cells[c] if c < len(cells) else ""
                text = self.tr("(formula)") if isinstance(value, Formula) else str(value)
                grid.addWidget(_plain_label(text[:60]), r, c)
        # Spare height goes below the rows, not between them.
        grid.setRowStretch(min(len(self.table.rows), PREVIEW_ROWS) + 2, 1)
        scroll = QScrollArea()
        scroll.setWidget(grid_widget)
        scroll.setWidgetResizable(True)
        return scroll

    def columns(self) -> list[str | None]:
        return [chooser.currentData() for chooser in self.choosers]

    def refresh(self) -> None:
        try:
            self.result_ = build_map(
                self.table, self.columns(), self.language, title=self.path.stem
            )
        except UserError as error:
            self.result_ = None
            self.summary.setText(error.message.render(_translate))
            self.problems.setPlainText("")
            self.import_button.setEnabled(False)
            return
        result = self.result_
        journey = result.imported.journey
        text = self.tr(
            "{rows} rows: {stages} stages, {steps} steps, {lanes} lanes and {cards} cards."
        ).format(
            rows=result.rows_read,
            stages=len(journey.stages),
            steps=len(journey.steps()),
            lanes=len(journey.lanes),
            cards=len(journey.cards),
        )
        lines = [bad.render(_translate) for bad in result.bad_rows]
        lines += [note.render(_translate) for note in result.imported.notes]
        if result.bad_rows:
            text += " " + self.tr("{n} rows cannot be read and will be left out.").format(
                n=len(result.bad_rows)
            )
            self.import_button.setText(self.tr("&Import Without Those Rows"))
        else:
            self.import_button.setText(self.tr("&Import"))
        self.summary.setText(text)
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        self.import_button.setEnabled(bool(journey.stages))

    def save_template(self) -> None:
        from ...exporters.cards_export import write_template

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save template"),
            str(self.path.with_name(self.tr("cards-template") + ".xlsx")),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            try:
                write_template(self.language, Path(name))
            except UserError as error:
                self.summary.setText(error.message.render(_translate))


def _plain_label(text: str) -> QLabel:
    # Cells are outside input: shown as typed, never as markup.
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
