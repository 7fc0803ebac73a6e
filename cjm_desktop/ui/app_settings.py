"""AppSettings: what the application remembers between runs (recent files, window geometry and
dock layout, zoom, the last export's choices) and the preferences (UI language, appearance,
language of new projects, autosave interval), stored with QSettings.

CJM_SETTINGS_FILE names an ini file to use instead of the user's settings, so tests and portable
installs never touch the real ones.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..exporters.pdf_paper import normalise_paper
from ..exporters.picture_scale import checked_scale
from ..user_message import UserError
from .export_choices import FORMATS, ExportChoices

ORGANISATION = "cjm-desktop"
APPLICATION = "cjm-desktop"
SETTINGS_FILE_ENV = "CJM_SETTINGS_FILE"
MAX_RECENT = 10
DEFAULT_AUTOSAVE_MINUTES = 1
MAX_AUTOSAVE_MINUTES = 30


class AppSettings:
    """Typed access to the application's QSettings."""

    def __init__(self) -> None:
        path = os.environ.get(SETTINGS_FILE_ENV)
        if path:
            self._settings = QSettings(path, QSettings.Format.IniFormat)
        else:
            self._settings = QSettings(ORGANISATION, APPLICATION)

    def sync(self) -> None:
        self._settings.sync()

    # -- recent files ------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self._settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [Path(p) for p in (value or [])]

    def add_recent_file(self, path: Path) -> None:
        path = Path(path).resolve()
        recent = [p for p in self.recent_files() if p != path]
        recent.insert(0, path)
        self._settings.setValue("recent_files", [str(p) for p in recent[:MAX_RECENT]])

    def remove_recent_file(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if p != Path(path)]
        self._settings.setValue("recent_files", [str(p) for p in recent])

    def clear_recent_files(self) -> None:
        self._settings.setValue("recent_files", [])

    # -- window ------------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    # -- view and language -----------------------------------------------------------------
    def zoom(self) -> float:
        try:
            return float(self._settings.value("view/zoom", 1.0))
        except (TypeError, ValueError):
            return 1.0

    def set_zoom(self, zoom: float) -> None:
        self._settings.setValue("view/zoom", float(zoom))

    def language(self) -> str | None:
        """The UI language ("nl" or "en"); None follows the system."""
        value = self._settings.value("language")
        return value if value in ("nl", "en") else None

    def set_language(self, language: str | None) -> None:
        self._settings.setValue("language", language or "")

    # -- preferences -------------------------------------------------------------------------
    def appearance(self) -> str:
        """ "system", "light" or "dark"."""
        value = self._settings.value("appearance", "system")
        return value if value in ("system", "light", "dark") else "system"

    def set_appearance(self, appearance: str) -> None:
        self._settings.setValue("appearance", appearance)

    def project_language(self) -> str | None:
        """The language new projects start in ("nl" or "en"); None: the interface's."""
        value = self._settings.value("new_project/language")
        return value if value in ("nl", "en") else None

    def set_project_language(self, language: str | None) -> None:
        self._settings.setValue("new_project/language", language or "")

    def new_project_language(self) -> str:
        """The language a new project, the example, a template or the set-up starts in: the
        choice of Preferences, by default the language the user reads the interface in."""
        from .translators import ui_language

        return self.project_language() or ui_language(self.language())

    def autosave_minutes(self) -> int:
        try:
            minutes = int(self._settings.value("autosave/minutes", DEFAULT_AUTOSAVE_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_MINUTES
        return min(max(minutes, 1), MAX_AUTOSAVE_MINUTES)

    def set_autosave_minutes(self, minutes: int) -> None:
        self._settings.setValue("autosave/minutes", int(minutes))

    # -- export ------------------------------------------------------------------------------
    def export_choices(self) -> ExportChoices:
        s = self._settings
        default = ExportChoices()
        formats = s.value("export/formats", default.formats)
        if isinstance(formats, str):  # QSettings gives one item back as a plain string
            formats = [formats] if formats else []
        try:
            scale = checked_scale(float(s.value("export/scale", default.scale)))
        except (TypeError, ValueError, UserError):  # unreadable, nan, inf or out of range
            scale = default.scale
        paper = str(s.value("export/paper", default.paper) or "")
        try:
            paper = normalise_paper(paper)
        except UserError:
            paper = default.paper
        fit = str(s.value("export/fit", "") or "")
        if fit not in ("auto", "fit", "tile"):  # settings from before "fit": only a tile flag
            fit = "tile" if _flag(s.value("export/tile"), False) else default.fit
        try:
            min_text = min(max(float(s.value("export/min_text_pt", default.min_text_pt)), 4), 14)
        except (TypeError, ValueError):
            min_text = default.min_text_pt
        return ExportChoices(
            formats=[f for f in FORMATS if f in (formats or [])],
            paper=paper,
            portrait=_flag(s.value("export/portrait"), default.portrait),
            fit=fit,
            min_text_pt=min_text,
            include_personas=_flag(s.value("export/personas"), default.include_personas),
            include_actions=_flag(s.value("export/actions"), default.include_actions),
            scale=scale,
            open_folder=_flag(s.value("export/open_folder"), default.open_folder),
            folder=str(s.value("export/folder", "") or ""),
            project=str(s.value("export/project", "") or ""),
        )

    def set_export_choices(self, choices: ExportChoices) -> None:
        s = self._settings
        s.setValue("export/formats", list(choices.formats))
        s.setValue("export/paper", choices.paper)
        s.setValue("export/portrait", bool(choices.portrait))
        s.setValue("export/fit", choices.fit)
        s.setValue("export/min_text_pt", float(choices.min_text_pt))
        s.setValue("export/personas", bool(choices.include_personas))
        s.setValue("export/actions", bool(choices.include_actions))
        s.setValue("export/scale", float(choices.scale))
        s.setValue("export/open_folder", bool(choices.open_folder))
        s.setValue("export/folder", choices.folder)
        s.setValue("export/project", choices.project)


def _flag(value, default: bool) -> bool:
    """A bool read back from QSettings (an ini file gives "true"/"false" strings)."""
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)
