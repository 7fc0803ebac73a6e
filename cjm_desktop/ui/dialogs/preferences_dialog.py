"""PreferencesDialog: interface language, light or dark appearance, the language new projects
start in and how often autosave writes a recovery copy; stored in AppSettings.

`open_preferences(window)` shows it and applies what was chosen at once: the interface language
(every open window is translated again), appearance and the autosave of every open window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import window_registry
from ..app_settings import MAX_AUTOSAVE_MINUTES, AppSettings
from ..language_switch import apply_interface_language
from ..theme import apply_appearance


class PreferencesDialog(QDialog):
    """The application's preferences; `save()` writes them to `settings`."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")

        self.language = QComboBox(self)
        self.language.setObjectName("uiLanguage")
        # Language names stay in their own language, so anyone can find theirs.
        for code, name in (
            (None, self.tr("System language")),
            ("en", "English"),
            ("nl", "Nederlands"),
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language()))

        self.appearance = QComboBox(self)
        self.appearance.setObjectName("appearance")
        for code, name in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.appearance.addItem(name, code)
        self.appearance.setCurrentIndex(self.appearance.findData(settings.appearance()))

        self.project_language = QComboBox(self)
        self.project_language.setObjectName("projectLanguage")
        self.project_language.addItem(self.tr("Same as the interface"), None)
        self.project_language.addItem("Nederlands", "nl")
        self.project_language.addItem("English", "en")
        self.project_language.setCurrentIndex(
            self.project_language.findData(settings.project_language())
        )
        self.project_language.setToolTip(
            self.tr("Templates, the touchpoint library and exports of a new project use it")
        )

        self.autosave = QSpinBox(self)
        self.autosave.setObjectName("autosaveMinutes")
        self.autosave.setRange(1, MAX_AUTOSAVE_MINUTES)
        self.autosave.setSuffix(self.tr(" min"))
        self.autosave.setValue(settings.autosave_minutes())
        self.autosave.setToolTip(
            self.tr("How often a recovery copy of unsaved changes is written, in case of a crash")
        )

        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Appearance:"), self.appearance)
        form.addRow(self.tr("Language of new projects:"), self.project_language)
        form.addRow(self.tr("Autosave every:"), self.autosave)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(buttons)
        self.setMinimumWidth(420)

    def language_changed(self) -> bool:
        return self.language.currentData() != self.settings.language()

    def save(self) -> None:
        self.settings.set_language(self.language.currentData())
        self.settings.set_appearance(self.appearance.currentData())
        self.settings.set_project_language(self.project_language.currentData())
        self.settings.set_autosave_minutes(self.autosave.value())
        self.settings.sync()


def open_preferences(window) -> PreferencesDialog:
    """Edit > Preferences of `window`: show the dialog (window-modal, so the rest of the
    application keeps working); OK stores and applies what was chosen."""
    dialog = PreferencesDialog(window.settings, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _apply(window, dialog))
    dialog.open()
    return dialog


def _apply(window, dialog: PreferencesDialog) -> None:
    language_changed = dialog.language_changed()
    dialog.save()
    app = QApplication.instance()
    if app is not None:
        apply_appearance(app, window.settings.appearance())
    minutes = window.settings.autosave_minutes()
    for other in window_registry.windows():
        autosave = getattr(other, "autosave", None)
        if autosave is not None:
            autosave.set_interval_minutes(minutes)
    if language_changed:
        # Last: every window, this one included, is built again in the new language.
        apply_interface_language(window.settings.language())
    else:
        sync_language_menu(window)


def sync_language_menu(window) -> None:
    """Tick the View > Language entry that matches the stored choice."""
    group = getattr(getattr(window, "actions_", None), "language_group", None)
    if group is None:
        return
    current = window.settings.language()
    for action in group.actions():
        action.setChecked(action.data() == current)
