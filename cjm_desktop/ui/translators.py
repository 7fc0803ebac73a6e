"""The UI language: which translations to load at start (the Preferences choice, else the
system's), for our own strings and Qt's (standard buttons, file dialogs, shortcut names)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resource_paths import resource

TRANSLATIONS = resource("translations")
UI_LANGUAGES = ("en", "nl")


def ui_language(choice: str | None) -> str:
    """The language to show: `choice` ("en"/"nl"), or the system's when None; English for a
    system language we have no translation for."""
    if choice in UI_LANGUAGES:
        return choice
    code = QLocale.system().name().split("_")[0]
    return code if code in UI_LANGUAGES else "en"


def install_translators(app: QCoreApplication, choice: str | None) -> list[QTranslator]:
    """Install the translators for `choice`; returns them (they live as long as `app`)."""
    code = ui_language(choice)
    if code == "en":
        return []
    installed = []
    own = QTranslator(app)
    if own.load(str(TRANSLATIONS / f"cjm_desktop_{code}.qm")):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # qtbase is enough for a widgets app; older Qt ships it inside qt_<code>.qm instead.
    if qt.load(f"qtbase_{code}", qt_folder) or qt.load(f"qt_{code}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
