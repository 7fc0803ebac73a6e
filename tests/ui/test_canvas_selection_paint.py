"""Selecting and deselecting an item repaints it, cached pixmaps included: the items rely on Qt's
own update on selection (no itemChange override), and this proves the pixels follow."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from test_canvas_support import make_canvas, small_project, view_point

SELECTION = QColor("#1976d2")


def _is_selection_blue(view, scene_point: QPointF) -> bool:
    """Whether the frame's blue is on the screen at `scene_point` (or the next two pixels to
    its right: the 2-point frame straddles the item's edge)."""
    image = view.viewport().grab().toImage()
    point = view_point(view, scene_point)
    colours = [QColor(image.pixel(point.x() + dx, point.y())) for dx in range(3)]
    return any(
        abs(c.red() - SELECTION.red()) < 40
        and abs(c.green() - SELECTION.green()) < 40
        and abs(c.blue() - SELECTION.blue()) < 40
        for c in colours
    )


def _click(view, scene_point: QPointF) -> None:
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view_point(view, scene_point),
    )


def test_a_click_paints_the_selection_frame_and_another_click_removes_it(qtbot):
    view, _document = make_canvas(qtbot, small_project())
    scene = view.journey_scene()
    card = scene.cards["card-4"].scene_rect()
    header = scene.steps["step-a2"].scene_rect()
    card_edge = QPointF(card.left(), card.center().y())
    header_edge = QPointF(header.left(), header.center().y())
    assert not _is_selection_blue(view, card_edge)
    assert not _is_selection_blue(view, header_edge)

    _click(view, card.center())
    assert scene.cards["card-4"].isSelected()
    assert _is_selection_blue(view, card_edge)

    _click(view, header.center())
    assert scene.steps["step-a2"].isSelected() and not scene.cards["card-4"].isSelected()
    assert _is_selection_blue(view, header_edge)
    assert not _is_selection_blue(view, card_edge)
