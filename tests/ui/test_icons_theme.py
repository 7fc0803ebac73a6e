"""Light and dark themes: the canvas follows the application palette (background, grid, header
colours) while the cards keep their note colours."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication
from test_canvas_support import make_canvas, small_project

from cjm_desktop.ui import theme


@pytest.fixture
def restore_palette(qapp):
    original = QGuiApplication.palette()
    yield
    QApplication.setPalette(original)


def _lightness(color: QColor) -> int:
    return color.lightness()


def test_canvas_follows_a_palette_switch_to_dark_and_back(qtbot, restore_palette):
    view, _document = make_canvas(qtbot, small_project())
    scene = view.journey_scene()
    light = theme.canvas_colors()
    assert not light.dark
    card_fill = scene.cards["card-1"].look.fill
    assert scene.backgroundBrush().color() == light.background
    assert scene.lanes["lane-t"].look.fill == light.lane_header

    QApplication.setPalette(theme.dark_palette())
    qtbot.waitUntil(lambda: scene.backgroundBrush().color() != light.background)
    dark = theme.canvas_colors()
    assert dark.dark
    assert scene.backgroundBrush().color() == dark.background
    lane = scene.lanes["lane-t"].look
    assert lane.fill == dark.lane_header
    assert _lightness(lane.text_color) > 180 > _lightness(lane.fill) + 100
    assert scene.steps["step-a1"].look.text_color == dark.header_text
    assert scene.cells[("lane-t", "step-a1")].fill == dark.cell
    assert scene.stages["stage-a"].look.backdrop == dark.background
    # Cards keep their sticky-note colour, so they look the same on paper and on screen.
    assert scene.cards["card-1"].look.fill == card_fill

    QApplication.setPalette(QApplication.style().standardPalette())
    qtbot.waitUntil(lambda: scene.backgroundBrush().color() == light.background)
    assert scene.lanes["lane-t"].look.fill == light.lane_header


def test_canvas_selection_survives_a_theme_switch(qtbot, restore_palette):
    view, document = make_canvas(qtbot, small_project())
    document.set_selection(["card-2"])
    QApplication.setPalette(theme.dark_palette())
    qtbot.waitUntil(lambda: theme.canvas_colors().dark)
    scene = view.journey_scene()
    qtbot.waitUntil(lambda: scene.backgroundBrush().color() == theme.canvas_colors().background)
    assert [item.object_id for item in scene.selectedItems()] == ["card-2"]


def test_appearance_choice_sets_a_light_or_dark_palette(qapp, restore_palette):
    theme.apply_appearance(qapp, "dark")
    assert theme.is_dark()
    theme.apply_appearance(qapp, "light")
    assert not theme.is_dark()
    # "system" follows the platform, which reports no dark scheme here.
    theme.apply_appearance(qapp, "dark")
    theme.apply_appearance(qapp, "system")
    assert theme.is_dark() == theme.system_prefers_dark()
