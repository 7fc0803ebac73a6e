"""The persona, checklist and comparison docks are there from the start (tabs, menu entries,
keys), but their panels are built only when first shown: a click on a tab, a double-click on the
persona card or the View menu entry builds the panel and shows the current project in it."""

from __future__ import annotations

from main_window_support import app_files, sample_project, show_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabBar

from cjm_desktop.model import Persona
from cjm_desktop.ui.main_window import MainWindow

__all__ = ["app_files"]


def _built(dock) -> bool:
    return dock.widget() is not None


def _tab(window, title: str) -> tuple[QTabBar, int]:
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()):
            if bar.tabText(index) == title and bar.isVisible():
                return bar, index
    raise AssertionError(f"no tab {title!r}")


def test_the_panels_are_built_when_their_tab_is_clicked(qtbot, app_files):
    window = show_window(qtbot, MainWindow(project=sample_project()))
    docks = (window.persona_dock, window.checklist_dock, window.comparison_dock)
    assert [_built(dock) for dock in docks] == [False, False, False]
    bar, index = _tab(window, "Personas")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: _built(window.persona_dock))
    panel = window.persona_dock.widget()
    qtbot.waitUntil(panel.isVisible)
    names = [panel.list.item(row).text() for row in range(panel.list.count())]
    assert names and names[0].startswith(window.document.project.personas[0].name)
    assert not _built(window.checklist_dock)
    bar, index = _tab(window, "Checklist")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: _built(window.checklist_dock))
    assert window.checklist_view is window.checklist_dock.widget()
    assert not _built(window.comparison_dock)


def test_double_clicking_the_persona_card_builds_the_panel_on_that_persona(qtbot, app_files):
    project = sample_project()
    project.personas.append(Persona(id="p-bram", name="Bram", tagline="Koopt op zaterdag"))
    project.journeys[0].persona_id = "p-bram"
    window = show_window(qtbot, MainWindow(project=project))
    assert not _built(window.persona_dock)
    canvas = window.canvas
    card = canvas.journey_scene().persona_card
    point = canvas.mapFromScene(card.sceneBoundingRect().center())
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: _built(window.persona_dock))
    panel = window.persona_dock.widget()
    qtbot.waitUntil(panel.isVisible)
    assert panel.current_persona_id() == "p-bram"


def test_asking_for_a_panel_builds_it_in_its_hidden_dock(qtbot, app_files):
    window = show_window(qtbot, MainWindow(project=sample_project()))
    assert not _built(window.comparison_dock)
    view = window.comparison_view
    assert window.comparison_dock.widget() is view
    assert window.comparison_view is view
    assert not view.isVisible()
