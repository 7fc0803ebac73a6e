"""Light and dark: the application follows the system's colour scheme (or the one chosen in
Preferences), and the canvas takes its background, grid and header colours from the palette
while cards keep their sticky-note colours in both.

`canvas_colors()` is what the canvas paints with; `apply_appearance(app, choice)` sets the
palette for "system", "light" or "dark".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ..layout import style

APPEARANCES = ("system", "light", "dark")


@dataclass(frozen=True)
class CanvasColors:
    """The canvas's own colours (not the cards'), for one of the two themes."""

    dark: bool
    background: QColor
    cell: QColor
    cell_alternate: QColor  # the cells of every other stage, so stages read apart
    grid: QColor
    lane_header: QColor
    header_text: QColor
    header_border: QColor
    step_base: QColor  # a step header is its stage's colour mixed with this
    step_mix: float  # how much of step_base goes into a step header
    focus: QColor  # the keyboard focus ring

    def step_fill(self, stage_color: QColor) -> QColor:
        base, part = self.step_base, self.step_mix
        return QColor.fromRgbF(
            stage_color.redF() + (base.redF() - stage_color.redF()) * part,
            stage_color.greenF() + (base.greenF() - stage_color.greenF()) * part,
            stage_color.blueF() + (base.blueF() - stage_color.blueF()) * part,
        )

    def icon(self, color: QColor) -> QColor:
        """A lane icon's colour made readable on this theme's lane header."""
        return QColor(color).lighter(160) if self.dark else QColor(color)


@cache
def _colors(dark: bool) -> CanvasColors:
    if dark:
        return CanvasColors(
            dark=True,
            background=QColor("#1b1f24"),
            cell=QColor("#262b31"),
            cell_alternate=QColor("#2b3037"),
            grid=QColor("#3a414a"),
            lane_header=QColor("#323941"),
            header_text=QColor("#e3e7eb"),
            header_border=QColor("#1b1f24"),
            step_base=QColor("#262b31"),
            step_mix=0.62,
            focus=QColor("#ffb74d"),
        )
    return CanvasColors(
        dark=False,
        background=QColor(style.BACKGROUND),
        cell=QColor("#ffffff"),
        cell_alternate=QColor("#f8f9fb"),
        grid=QColor("#dde1e6"),
        lane_header=QColor(style.LANE_HEADER_FILL),
        header_text=QColor(style.TEXT_COLOR),
        header_border=QColor("#ffffff"),
        step_base=QColor("#ffffff"),
        step_mix=0.8,
        focus=QColor("#e65100"),
    )


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether `palette` (the application's by default) is a dark one: light text on a dark
    window. The palette decides, not only the platform's scheme hint, because a style that cannot
    draw dark (or an explicit choice in Preferences) keeps a light palette on a dark desktop."""
    palette = palette if palette is not None else QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def canvas_colors(palette: QPalette | None = None) -> CanvasColors:
    return _colors(is_dark(palette))


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style (used where the platform style has none)."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, color in (
        (role.Window, "#2b2f35"),
        (role.WindowText, "#e3e7eb"),
        (role.Base, "#1f2328"),
        (role.AlternateBase, "#2b2f35"),
        (role.ToolTipBase, "#3a4048"),
        (role.ToolTipText, "#e3e7eb"),
        (role.PlaceholderText, "#8b939c"),
        (role.Text, "#e3e7eb"),
        (role.Button, "#343a41"),
        (role.ButtonText, "#e3e7eb"),
        (role.BrightText, "#ff6e6e"),
        (role.Light, "#4a515a"),
        (role.Midlight, "#3d434b"),
        (role.Mid, "#2a2e34"),
        (role.Dark, "#181b1f"),
        (role.Shadow, "#000000"),
        (role.Highlight, "#3d7bd9"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#7fb2ff"),
        (role.LinkVisited, "#b79cff"),
    ):
        p.setColor(r, QColor(color))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7b838c"))
    return p


def apply_appearance(app, choice: str = "system") -> None:
    """Use the light or dark palette for `choice` ("system" follows the desktop). The platform's
    own style is kept while its palette already matches; a dark wish it cannot show switches
    the application to Fusion with `dark_palette()`."""
    choice = choice if choice in APPEARANCES else "system"
    want_dark = system_prefers_dark() if choice == "system" else choice == "dark"
    if is_dark(app.palette()) == want_dark:
        return
    if want_dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())


def follow_system(app, choice_of) -> None:
    """Re-apply the appearance when the desktop switches between light and dark;
    `choice_of()` gives the current choice from the settings."""
    hints = app.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(lambda *_: apply_appearance(app, choice_of()))
