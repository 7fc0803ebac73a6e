"""ExportDialog: File > Export. One folder and one file name for every format chosen (the files
differ only in their extension, maps numbered -1, -2 ...), the PDF's options, which maps, the
picture scale; the files it will write are listed before the user presses Export.

It starts from the last export's choices (AppSettings) in the project's own folder, named after
the project file; OK checks the folder and asks before replacing files, then stores the choices.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression, QStandardPaths, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...export_jobs import ExportRequest
from ...exporters.picture_scale import MAX_SCALE, MIN_SCALE
from ...model import Project
from ..app_settings import AppSettings
from ..export_choices import (
    FORMATS,
    PER_MAP_FORMATS,
    UNSAFE_NAME_CHARACTERS,
    ExportChoices,
    planned_files,
    safe_file_name,
)

MAX_LISTED_FILES = 6


def default_folder(choices: ExportChoices, project_path: Path | None) -> Path:
    """The folder last used for this project, else the project's folder, else the last folder
    used for an unsaved project, else Documents."""
    if choices.folder and Path(choices.folder).is_dir():
        same_project = project_path is not None and choices.project == str(project_path)
        if same_project or (project_path is None and not choices.project):
            return Path(choices.folder)
    if project_path is not None:
        return project_path.parent
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def default_base_name(project: Project, project_path: Path | None) -> str:
    if project_path is not None:
        return project_path.stem
    return safe_file_name(project.title) or "journey-map"


class ExportDialog(QDialog):
    """Choose what to export and where; `request()` is the ExportRequest once accepted."""

    def __init__(
        self,
        project: Project,
        project_path: Path | None,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.project_path = project_path
        self.settings = settings
        choices = settings.export_choices()
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))

        self.folder = QLineEdit(str(default_folder(choices, project_path)), self)
        self.folder.setObjectName("exportFolder")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("browseFolder")
        browse.clicked.connect(self._browse)
        self.base_name = QLineEdit(default_base_name(project, project_path), self)
        self.base_name.setObjectName("exportName")
        unsafe = QRegularExpression.escape(UNSAFE_NAME_CHARACTERS)
        self.base_name.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[^{unsafe}]*"))
        )
        self.base_name.setToolTip(self.tr("Every file gets this name, with its own extension"))

        self.format_boxes: dict[str, QCheckBox] = {}
        for fmt, text in (
            ("pdf", self.tr("&PDF report (.pdf)")),
            ("xlsx", self.tr("E&xcel action plan (.xlsx)")),
            ("mermaid", self.tr("&Mermaid journey text (.mmd)")),
            ("png", self.tr("PN&G picture of each map (.png)")),
            ("svg", self.tr("&SVG drawing of each map (.svg)")),
        ):
            box = QCheckBox(text, self)
            box.setObjectName(f"format_{fmt}")
            box.setChecked(fmt in choices.formats)
            self.format_boxes[fmt] = box
        self.format_boxes["xlsx"].setToolTip(
            self.tr(
                "A workbook to run the improvement plan in; File > Import Action Plan reads it back"
            )
        )
        self.format_boxes["mermaid"].setToolTip(
            self.tr("Text for Mermaid diagrams, as used in wikis and Markdown documents")
        )
        self.scale = QDoubleSpinBox(self)
        self.scale.setObjectName("pictureScale")
        self.scale.setRange(MIN_SCALE, MAX_SCALE)  # the exporter's own range, so it never refuses
        self.scale.setSingleStep(0.5)
        self.scale.setDecimals(2)
        self.scale.setSuffix(" ×")
        self.scale.setValue(choices.scale)
        self.scale.setToolTip(
            self.tr("Size of the pictures compared with the map on screen at 100%")
        )

        self.paper = QComboBox(self)
        self.paper.setObjectName("pdfPaper")
        self.paper.addItem(self.tr("Auto (smallest sheet with readable text)"), "auto")
        for name in ("A4", "A3", "A2", "A1", "A0"):
            self.paper.addItem(name, name)
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.addItem(self.tr("Tabloid"), "tabloid")
        self.paper.addItem(self.tr("Custom size"), "custom")
        self.custom_w, self.custom_h = (self._millimetres(name) for name in ("W", "H"))
        self.custom_size = QWidget(self)
        custom_row = QHBoxLayout(self.custom_size)
        custom_row.setContentsMargins(0, 0, 0, 0)
        custom_row.addWidget(self.custom_w)
        custom_row.addWidget(QLabel("×", self.custom_size))
        custom_row.addWidget(self.custom_h)
        custom_row.addStretch(1)
        index = self.paper.findData(choices.paper)
        if index < 0:  # a custom "WxHmm"
            width, height = choices.paper.removesuffix("mm").split("x")
            self.custom_w.setValue(float(width))
            self.custom_h.setValue(float(height))
            index = self.paper.findData("custom")
        self.paper.setCurrentIndex(index)
        self.custom_size.setVisible(self.paper.currentData() == "custom")
        self.paper.currentIndexChanged.connect(
            lambda: self.custom_size.setVisible(self.paper.currentData() == "custom")
        )
        self.min_text = QDoubleSpinBox(self)
        self.min_text.setObjectName("pdfMinText")
        self.min_text.setRange(4.0, 14.0)
        self.min_text.setSingleStep(0.5)
        self.min_text.setDecimals(1)
        self.min_text.setSuffix(" pt")
        self.min_text.setValue(choices.min_text_pt)
        self.min_text.setToolTip(
            self.tr("Card text prints at least this size; Auto picks the paper for it")
        )
        self.orientation = QComboBox(self)
        self.orientation.setObjectName("pdfOrientation")
        self.orientation.addItem(self.tr("Landscape"), False)
        self.orientation.addItem(self.tr("Portrait"), True)
        self.orientation.setCurrentIndex(self.orientation.findData(choices.portrait))
        self.fit = QComboBox(self)
        self.fit.setObjectName("pdfFit")
        self.fit.addItem(self.tr("One page, tiles when text would be too small"), "auto")
        self.fit.addItem(self.tr("Fit on one page"), "fit")
        self.fit.addItem(self.tr("Tile over several pages"), "tile")
        self.fit.setCurrentIndex(max(0, self.fit.findData(choices.fit)))
        self.include_personas = QCheckBox(self.tr("P&ersona pages"), self)
        self.include_personas.setObjectName("pdfPersonas")
        self.include_personas.setChecked(choices.include_personas)
        self.include_actions = QCheckBox(self.tr("&Action plan"), self)
        self.include_actions.setObjectName("pdfActions")
        self.include_actions.setChecked(choices.include_actions)

        self.maps = QListWidget(self)
        self.maps.setObjectName("exportMaps")
        self.maps.setAccessibleName(self.tr("Maps to export"))
        for journey in project.journeys:
            item = QListWidgetItem(journey.title or self.tr("Untitled map"), self.maps)
            item.setData(Qt.ItemDataRole.UserRole, journey.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        # Tall enough to show it is a list with a few maps, not so tall that one map looks lost.
        rows = max(3, min(self.maps.count(), 6))
        frame = 2 * self.maps.frameWidth() + 6
        self.maps.setFixedHeight(rows * max(self.maps.sizeHintForRow(0), 18) + frame)

        self.files = QLabel(self)
        self.files.setObjectName("plannedFiles")
        self.files.setWordWrap(True)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QCheckBox(self.tr("&Open the folder when done"), self)
        self.open_folder.setObjectName("openFolder")
        self.open_folder.setChecked(choices.open_folder)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._lay_out(browse)
        for box in self.format_boxes.values():
            box.toggled.connect(self._update)
        self.folder.textChanged.connect(self._update)
        self.base_name.textChanged.connect(self._update)
        self.maps.itemChanged.connect(self._update)
        if not project.journeys:
            # Mermaid and the pictures are of maps; the PDF and the workbook are still useful.
            for fmt in PER_MAP_FORMATS:
                self.format_boxes[fmt].setChecked(False)
                self.format_boxes[fmt].setEnabled(False)
        self._update()

    def _lay_out(self, browse: QPushButton) -> None:
        where = QGroupBox(self.tr("Save to"), self)
        form = QFormLayout(where)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self._buddy(self.tr("&Folder:"), self.folder), row)
        form.addRow(self._buddy(self.tr("File &name:"), self.base_name), self.base_name)

        formats = QGroupBox(self.tr("Formats"), self)
        column = QVBoxLayout(formats)
        for fmt in FORMATS:
            column.addWidget(self.format_boxes[fmt])
        scale_row = QHBoxLayout()
        scale_row.setContentsMargins(24, 0, 0, 0)
        scale_row.addWidget(self._buddy(self.tr("Picture s&cale:"), self.scale))
        scale_row.addWidget(self.scale)
        scale_row.addStretch(1)
        column.addLayout(scale_row)
        column.addStretch(1)

        self.pdf_group = QGroupBox(self.tr("PDF report"), self)
        pdf = QFormLayout(self.pdf_group)
        pdf.addRow(self._buddy(self.tr("Pape&r:"), self.paper), self.paper)
        pdf.addRow("", self.custom_size)
        pdf.addRow(self._buddy(self.tr("S&mallest text:"), self.min_text), self.min_text)
        pdf.addRow(self._buddy(self.tr("Orien&tation:"), self.orientation), self.orientation)
        pdf.addRow(self._buddy(self.tr("&Large maps:"), self.fit), self.fit)
        pdf.addRow(self.tr("Include:"), self.include_personas)
        pdf.addRow("", self.include_actions)

        self.maps_group = maps = QGroupBox(
            self.tr("Maps in the PDF, Mermaid text and pictures"), self
        )
        maps_column = QVBoxLayout(maps)
        maps_column.addWidget(self.maps)

        grid = QGridLayout()
        grid.addWidget(where, 0, 0, 1, 2)
        grid.addWidget(formats, 1, 0)
        grid.addWidget(self.pdf_group, 1, 1)
        grid.addWidget(maps, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(grid)
        outer.addWidget(self.files)
        outer.addWidget(self.open_folder)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(720)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # -- reading the choices -------------------------------------------------------------------
    def chosen_formats(self) -> list[str]:
        return [fmt for fmt in FORMATS if self.format_boxes[fmt].isChecked()]

    def journey_ids(self) -> list[str] | None:
        """The maps ticked; None when every map is (so a map added later is included too)."""
        items = [self.maps.item(i) for i in range(self.maps.count())]
        ticked = [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]
        return None if len(ticked) == len(items) else ticked

    def _millimetres(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setObjectName(f"pdfCustom{name}")
        box.setRange(50.0, 5000.0)
        box.setDecimals(0)
        box.setSuffix(" mm")
        box.setValue(420.0 if name == "W" else 297.0)
        return box

    def paper_choice(self) -> str:
        paper = self.paper.currentData()
        if paper == "custom":
            return f"{self.custom_w.value():g}x{self.custom_h.value():g}mm"
        return paper

    def choices(self) -> ExportChoices:
        return ExportChoices(
            formats=self.chosen_formats(),
            paper=self.paper_choice(),
            portrait=self.orientation.currentData(),
            fit=self.fit.currentData(),
            min_text_pt=self.min_text.value(),
            include_personas=self.include_personas.isChecked(),
            include_actions=self.include_actions.isChecked(),
            scale=self.scale.value(),
            open_folder=self.open_folder.isChecked(),
            folder=self.folder.text().strip(),
            project=str(self.project_path) if self.project_path else "",
        )

    def request(self) -> ExportRequest:
        folder = Path(self.folder.text().strip()).expanduser()
        return self.choices().request(folder, self.base_name.text().strip(), self.journey_ids())

    def planned_paths(self) -> list[Path]:
        return [path for _, path in planned_files(self.project, self.request())]

    # -- reacting ------------------------------------------------------------------------------
    def _problem(self) -> str | None:
        """Why Export cannot be pressed now, or None."""
        formats = self.chosen_formats()
        if not formats:
            return self.tr("Choose at least one format.")
        if not self.folder.text().strip():
            return self.tr("Choose a folder.")
        if not self.base_name.text().strip():
            return self.tr("Type a file name.")
        needs_maps = any(fmt in PER_MAP_FORMATS for fmt in formats)
        if needs_maps and self.journey_ids() == []:
            return self.tr("Tick at least one map.")
        return None

    def _update(self, *args) -> None:
        self.pdf_group.setEnabled(self.format_boxes["pdf"].isChecked())
        self.scale.setEnabled(self.format_boxes["png"].isChecked())
        formats = self.chosen_formats()
        self.maps_group.setEnabled(any(f in ("pdf", *PER_MAP_FORMATS) for f in formats))
        problem = self._problem()
        self.export_button.setEnabled(problem is None)
        if problem is not None:
            self.files.setText(problem)
            return
        names = [path.name for path in self.planned_paths()]
        shown = ", ".join(names[:MAX_LISTED_FILES])
        if len(names) > MAX_LISTED_FILES:
            shown += " " + self.tr("and {n} more").format(n=len(names) - MAX_LISTED_FILES)
        self.files.setText(self.tr("Files: {names}").format(names=shown))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export to folder"), self.folder.text().strip()
        )
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        if self._problem() is not None:
            return
        folder = Path(self.folder.text().strip()).expanduser()
        if not folder.is_dir():
            self._warn(
                self.tr("The folder “{folder}” does not exist.").format(folder=folder),
                self.tr("Choose an existing folder, or create it first."),
            )
            self.folder.setFocus()
            return
        existing = [path for path in self.planned_paths() if path.exists()]
        if existing and not self._confirm_replace(existing):
            return
        self.settings.set_export_choices(self.choices())
        self.settings.sync()
        super().accept()

    def _warn(self, text: str, informative: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"), text, parent=self)
        box.setInformativeText(informative)
        box.exec()

    def _confirm_replace(self, existing: list[Path]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export"), "", parent=self)
        if len(existing) == 1:
            box.setText(self.tr("“{name}” already exists.").format(name=existing[0].name))
            box.setInformativeText(self.tr("Do you want to replace it?"))
        else:
            box.setText(self.tr("{n} of the files already exist.").format(n=len(existing)))
            box.setInformativeText(self.tr("Do you want to replace them?"))
            box.setDetailedText("\n".join(str(path) for path in existing))
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(replace)
        box.exec()
        return box.clickedButton() is replace
