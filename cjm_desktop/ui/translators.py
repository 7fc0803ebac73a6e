"""The UI language: which translations to load (the Preferences choice, else the system's), for
our own strings and Qt's (standard buttons, file dialogs, shortcut names), and swapping them while
the application runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resource_paths import resource

TRANSLATIONS = resource("translations")
UI_LANGUAGES = ("en", "nl")

#: The translators installed by install_translators, removed when another language is chosen.
_installed: list[QTranslator] = []
#: The default locale before the first install, given back once every translator is removed.
_original_locale: list[QLocale] = []


def ui_language(choice: str | None) -> str:
    """The language to show: `choice` ("en"/"nl"), or the system's when None; English for a
    system language we have no translation for."""
    if choice in UI_LANGUAGES:
        return choice
    code = QLocale.system().name().split("_")[0]
    return code if code in UI_LANGUAGES else "en"


def interface_locale(code: str) -> QLocale:
    """Numbers and dates for the interface language `code`: the system's own conventions when
    the system speaks it (en_GB stays British), else the language's main country's."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(code)


def qt_translations_folder(code: str = "nl") -> str:
    """Where Qt's own .qm files are: where Qt says, else PySide6's own folder (a standalone
    build keeps them at PySide6/Qt/translations even when Qt's idea of its prefix is off)."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if (Path(folder) / f"qtbase_{code}.qm").is_file():
        return folder
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return str(bundled) if (bundled / f"qtbase_{code}.qm").is_file() else folder


def install_translators(app: QCoreApplication, choice: str | None) -> list[QTranslator]:
    """Install the translators for `choice` in place of those installed before; returns them
    (they live as long as `app`). Installing posts a LanguageChange event to every widget."""
    remove_translators(app, list(_installed))
    code = ui_language(choice)
    if not _original_locale:
        _original_locale.append(QLocale())
    # Table cells and spin boxes format numbers and dates with the default locale: 2,50 in Dutch.
    QLocale.setDefault(interface_locale(code))
    if code == "en":
        return []
    own = QTranslator(app)
    if own.load(str(TRANSLATIONS / f"cjm_desktop_{code}.qm")):
        app.installTranslator(own)
        _installed.append(own)
    qt = QTranslator(app)
    folder = qt_translations_folder(code)
    # qtbase is enough for a widgets app; older Qt ships it inside qt_<code>.qm instead.
    if qt.load(f"qtbase_{code}", folder) or qt.load(f"qt_{code}", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return list(_installed)


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        if translator in _installed:
            _installed.remove(translator)
    if not _installed and _original_locale:
        QLocale.setDefault(_original_locale.pop())


def reset_translators(app: QCoreApplication) -> None:
    """Back to the untranslated strings and the locale from before the first install."""
    remove_translators(app, list(_installed))
