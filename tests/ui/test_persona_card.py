"""The persona card in the canvas's top-left corner: it shows the map's persona, follows edits
made in the persona panel (and their undo), and stays in the corner while scrolling."""

from __future__ import annotations

from main_window_support import app_files, sample_project, show_window
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from test_canvas_support import make_canvas, small_project

from cjm_desktop.model import Persona, encode_image
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.panels.persona_panel import PersonaPanel

__all__ = ["app_files"]


def _photo() -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#c98b5a"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return encode_image(bytes(data.data()))


def _project(with_photo: bool = True):
    project = small_project()
    project.personas.append(
        Persona(
            id="p-anna",
            name="Anna de Vries",
            tagline="Drukke moeder, wil vers brood",
            photo=_photo() if with_photo else None,
        )
    )
    project.journeys[0].persona_id = "p-anna"
    return project


def test_the_card_shows_the_map_s_persona_in_the_corner(qtbot):
    view, _document = make_canvas(qtbot, _project())
    card = view.journey_scene().persona_card
    assert card.isVisible()
    assert (card.record.name, card.record.tagline) == (
        "Anna de Vries",
        "Drukke moeder, wil vers brood",
    )
    assert card.has_photo()
    corner = view.journey_scene().layout.corner
    assert card.sceneBoundingRect() == card.boundingRect().translated(corner[0], corner[1])
    # The corner is free: no stage, step or lane header reaches into it.
    for item in view.journey_scene().items(card.sceneBoundingRect().adjusted(2, 2, -2, -2)):
        assert item is card or item.zValue() < card.zValue()
    # The photo is drawn in its circle, left in the corner.
    shown = view.grab().toImage().pixelColor(view.mapFromScene(QPointF(34, 43)))
    photo = QColor("#c98b5a")
    assert max(abs(shown.red() - photo.red()), abs(shown.blue() - photo.blue())) < 8


def test_the_card_follows_the_persona_panel_and_undo(qtbot):
    view, document = make_canvas(qtbot, _project(with_photo=False))
    card = view.journey_scene().persona_card
    assert not card.has_photo()
    panel = PersonaPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    name = panel.form.editors["name"].focusProxy()
    name.setFocus()
    QTest.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(name, "Anna")
    assert card.record.name == "Anna"
    # Unticking the map in the panel leaves the map without a persona: the card goes.
    journeys = panel.form.journeys
    journeys.setFocus()
    journeys.setCurrentRow(0)
    QTest.keyClick(journeys, Qt.Key.Key_Space)
    assert document.project.journeys[0].persona_id is None
    assert not card.isVisible()
    document.undo_stack.undo()
    assert card.isVisible() and card.record.name == "Anna"
    document.undo_stack.undo()
    assert card.record.name == "Anna de Vries"


def test_the_card_stays_in_the_corner_while_scrolling(qtbot):
    project = _project()
    # Wide enough to scroll: many steps in the first stage.
    from cjm_desktop.model import Step

    project.journeys[0].stages[0].steps.extend(Step(name=f"Stap {n}") for n in range(12))
    view, _document = make_canvas(qtbot, project, size=(700, 400))
    card = view.journey_scene().persona_card
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert card.pos().x() == max(0.0, visible.left())
    assert card.pos().y() == max(0.0, visible.top())


def test_double_clicking_the_card_brings_up_the_persona_dock_on_that_persona(qtbot, app_files):
    project = sample_project()
    project.personas.append(Persona(id="p-bram", name="Bram", tagline="Koopt op zaterdag"))
    project.journeys[0].persona_id = "p-bram"
    window = show_window(qtbot, MainWindow(project=project))
    dock = window.persona_dock
    dock.hide()
    window.persona_panel.show_persona(project.personas[0].id)
    assert not window.persona_panel.isVisible()
    canvas = window.canvas
    card = canvas.journey_scene().persona_card
    point = canvas.mapFromScene(card.sceneBoundingRect().center())
    undo_count = window.document.undo_stack.count()
    # A double-click is press, release, then the double-click event (QTest sends only the last).
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(window.persona_panel.isVisible)
    assert window.persona_panel.current_persona_id() == "p-bram"
    # It opened the persona and edited nothing under the card.
    assert window.document.undo_stack.count() == undo_count
    assert canvas.journey_scene().inline_editor_active() is False
