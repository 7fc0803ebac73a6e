"""NewProjectDialog: start a new project from a stage template, in Dutch or English."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model import Language, Project
from ...user_message import QT_TRANSLATE_NOOP
from ..app_settings import AppSettings
from ..panels.new_maps import blank_journey, journey_from_template, template_choices
from ..project_texts import translate_in

_ID_ROLE = Qt.ItemDataRole.UserRole
CONTEXT = "NewProjectDialog"
PROJECT_TITLE = QT_TRANSLATE_NOOP(CONTEXT, "New project")
MAP_TITLE = QT_TRANSLATE_NOOP(CONTEXT, "Journey map")


class NewProjectDialog(QDialog):
    """Choose the language and the stage model of the first map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.setMinimumSize(440, 380)
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", Language.NL)
        self.language.addItem("English", Language.EN)
        # The interface's language unless Preferences name another: a Dutch project in an
        # English interface is a choice the user makes here, not a surprise.
        preferred = self.language.findData(Language(AppSettings().new_project_language()))
        self.language.setCurrentIndex(max(preferred, 0))
        self.language.setObjectName("projectLanguage")
        self.language.setToolTip(
            self.tr("The language of the stage names, lanes, touchpoint library and exports")
        )
        self.language.currentIndexChanged.connect(self._fill_templates)
        self.templates = QListWidget(self)
        self.templates.itemDoubleClicked.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Language of the project:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        # First-time users get the step-by-step route; it needs the language chosen above.
        self.wants_guided_setup = False
        guided = buttons.addButton(
            self.tr("Guided set-up…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        guided.setObjectName("guidedSetupButton")
        guided.setToolTip(
            self.tr("Answer a few questions step by step and get a finished map and action plan")
        )
        guided.clicked.connect(self._choose_guided_setup)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        stages_label = QLabel(self.tr("Stages of the first map:"))
        # Screen readers name the list after the label above it.
        stages_label.setBuddy(self.templates)
        self.templates.setAccessibleName(stages_label.text().rstrip(":"))
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(stages_label)
        column.addWidget(self.templates, 1)
        column.addWidget(buttons)
        # Tab in reading order: language, stage model, then the buttons.
        QWidget.setTabOrder(self.language, self.templates)
        QWidget.setTabOrder(self.templates, buttons)
        self.language.setFocus()
        self._fill_templates()

    def _choose_guided_setup(self) -> None:
        self.wants_guided_setup = True
        self.accept()

    def chosen_language(self) -> Language:
        return self.language.currentData()

    def _fill_templates(self, *args) -> None:
        self.templates.clear()
        blank = QListWidgetItem(self.tr("Blank map (three stages)"))
        blank.setData(_ID_ROLE, None)
        self.templates.addItem(blank)
        for template_id, name in template_choices(str(self.chosen_language())):
            item = QListWidgetItem(name)
            item.setData(_ID_ROLE, template_id)
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)

    def chosen_template(self) -> str | None:
        item = self.templates.currentItem()
        return item.data(_ID_ROLE) if item is not None else None

    def project(self) -> Project:
        language = self.chosen_language()
        template_id = self.chosen_template()
        try:
            from ... import catalog

            return catalog.new_project(template_id=template_id, language=str(language))
        except (ImportError, AttributeError, TypeError, LookupError):
            pass
        # Texts that go into the project are in its language, not necessarily the interface's.
        project = Project(language=language, title=translate_in(language, CONTEXT, PROJECT_TITLE))
        journey = journey_from_template(template_id, str(language)) if template_id else None
        title = translate_in(language, CONTEXT, MAP_TITLE)
        project.journeys.append(journey or blank_journey(project, title))
        return project
