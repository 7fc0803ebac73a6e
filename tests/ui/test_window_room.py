"""The map gets room: the window fits a 1366x768 laptop, the dock layout is remembered (with a
version) and can be reset, focus mode shows the map alone, Fit shows the whole map centred in
light and dark, the inspector fits its dock and its section titles stay readable in dark, and
the shortcut table is grouped by area without keys no keyboard has."""

from __future__ import annotations

import pytest
from main_window_support import app_files, show_window
from menu_clicks import choose
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QLabel, QToolBar

from cjm_desktop.model import LaneKind
from cjm_desktop.ui import theme
from cjm_desktop.ui.app_settings import AppSettings
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.panel_shortcuts import in_front

pytestmark = pytest.mark.usefixtures("app_files")
__all__ = ["app_files"]

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def restore_palette(qapp):
    original = QGuiApplication.palette()
    yield
    QApplication.setPalette(original)


@pytest.fixture
def window(qtbot, example_en_path):
    return show_window(qtbot, MainWindow(example_en_path))


def _docks(window) -> list[QDockWidget]:
    return [d for d in window.findChildren(QDockWidget) if d.parent() is window]


def _shown(window) -> set[str]:
    return {d.objectName() for d in _docks(window) if not d.isHidden()}


def test_the_window_fits_a_1366x768_laptop_and_the_map_gets_most_of_it(qtbot, window):
    hint = window.minimumSizeHint()
    # 768 less a taskbar and a title bar.
    assert hint.width() <= 1366 and hint.height() <= 700
    window.resize(1366, 720)
    qtbot.waitUntil(lambda: window.height() == 720)
    viewport = window.canvas.viewport().size()
    assert viewport.width() >= 800 and viewport.height() >= 560
    # The action plan waits until asked for; the inspector is in front of its tabs.
    assert window.action_plan_dock.isHidden()
    assert in_front(window.inspector_dock)


def test_the_layout_is_remembered_and_an_older_one_is_not_restored(qtbot, window, app_files):
    QTest.keyClick(window.canvas, Qt.Key.Key_4, CTRL)  # the action plan
    qtbot.waitUntil(lambda: in_front(window.action_plan_dock))
    # It opens tall enough to work in, not as a strip.
    qtbot.waitUntil(lambda: window.action_plan_dock.height() >= 260)
    window.palette_dock.close()
    window.close()
    again = show_window(qtbot, MainWindow())
    assert not again.action_plan_dock.isHidden()
    assert again.palette_dock.isHidden()
    # A dock state saved by a version with another layout: the default is used instead.
    geometry, old_state = again.saveGeometry(), again.saveState(1)
    again.close()
    settings = AppSettings()
    settings.save_window(geometry, old_state)
    settings.sync()
    third = show_window(qtbot, MainWindow())
    assert third.action_plan_dock.isHidden()
    assert not third.palette_dock.isHidden()


def test_view_reset_layout_puts_the_panels_back(qtbot, window):
    default = _shown(window)
    window.palette_dock.close()
    window.inspector_dock.setFloating(True)
    QTest.keyClick(window.canvas, Qt.Key.Key_4, CTRL)
    choose(qtbot, window, "View", "Reset Layout")
    assert _shown(window) == default
    assert not window.inspector_dock.isFloating()
    assert in_front(window.inspector_dock)


def test_focus_mode_shows_the_map_alone_and_esc_brings_back_what_was_shown(qtbot, window):
    window.resize(1366, 720)
    canvas = window.canvas
    # The persona tab in front, the action plan open: both must come back so.
    QTest.keyClick(canvas, Qt.Key.Key_5, CTRL)
    qtbot.waitUntil(lambda: in_front(window.persona_dock))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, CTRL)
    qtbot.waitUntil(lambda: in_front(window.action_plan_dock))
    shown = _shown(window)
    before = canvas.viewport().size()
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_F11)
    assert window.actions_.focus_map.isChecked()
    assert _shown(window) == set()
    assert all(t.isHidden() for t in window.findChildren(QToolBar) if t.parent() is window)
    assert window.statusBar().isHidden()
    qtbot.waitUntil(lambda: canvas.viewport().width() > before.width() + 400)
    assert canvas.viewport().height() > before.height()
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert not window.actions_.focus_map.isChecked()
    assert _shown(window) == shown
    assert in_front(window.persona_dock) and in_front(window.action_plan_dock)
    assert not window.statusBar().isHidden()
    # The View menu entry does the same, and F11 leaves as well.
    choose(qtbot, window, "View", "Focus on Map")
    assert _shown(window) == set()
    QTest.keyClick(canvas, Qt.Key.Key_F11)
    assert _shown(window) == shown


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_fit_shows_the_whole_map_centred(qtbot, window, restore_palette, dark):
    if dark:
        QApplication.setPalette(theme.dark_palette())
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600)
    canvas = window.canvas
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_0, CTRL)
    # The scroll bars go (Qt hides them on its next layout pass): nothing of the map is under them.
    qtbot.waitUntil(lambda: not canvas.horizontalScrollBar().isVisible())
    qtbot.waitUntil(lambda: not canvas.verticalScrollBar().isVisible())
    viewport = canvas.viewport().rect()
    shown: QRect = canvas.mapFromScene(canvas.journey_scene().map_rect()).boundingRect()
    assert viewport.contains(shown), (viewport, shown)
    left, right = shown.left(), viewport.right() - shown.right()
    top, bottom = shown.top(), viewport.bottom() - shown.bottom()
    assert abs(left - right) <= 2 and abs(top - bottom) <= 2


def _click_card(qtbot, window, card_id: str) -> None:
    canvas = window.canvas
    item = canvas.journey_scene().cards[card_id]
    canvas.ensureVisible(item.sceneBoundingRect(), 30, 30)
    point = canvas.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.document.selection == [card_id])


def _touchpoint_cards(window) -> list[str]:
    journey = window.document.current_journey()
    kinds = {lane.id: lane.kind for lane in journey.lanes}
    return [c.id for c in journey.cards if kinds[c.lane_id] == LaneKind.TOUCHPOINTS]


@pytest.mark.parametrize("width", [300, 250])
def test_the_inspector_fits_its_dock_without_a_horizontal_scroll_bar(qtbot, window, width):
    """At the default dock width (300) and narrower, a card's fields wrap below their labels
    instead of hiding behind a horizontal scroll bar."""
    window.resize(1600, 1000)
    window.resizeDocks([window.inspector_dock], [width], Qt.Orientation.Horizontal)
    card = _touchpoint_cards(window)[0]
    _click_card(qtbot, window, card)
    inspector = window.inspector
    qtbot.waitUntil(lambda: inspector.editors.get(f"{card}.channel") is not None)
    qtbot.waitUntil(lambda: abs(window.inspector_dock.width() - width) <= 2)
    assert not inspector.horizontalScrollBar().isVisible()
    right = inspector.viewport().width()
    for editor in inspector.editors.values():
        assert editor.mapTo(inspector.widget(), editor.rect().topRight()).x() <= right


def _contrast(label: QLabel) -> int:
    """The greatest lightness difference between the label's background and its pixels."""
    image = label.grab().toImage()
    background = QColor(image.pixel(0, image.height() - 1)).lightness()
    return max(
        abs(QColor(image.pixel(x, y)).lightness() - background)
        for x in range(image.width())
        for y in range(0, image.height(), 2)
    )


def test_section_titles_stay_readable_in_dark_after_selecting_another_card(
    qtbot, window, restore_palette
):
    QApplication.setPalette(theme.dark_palette())
    first, second = _touchpoint_cards(window)[:2]
    for card in (first, second):
        _click_card(qtbot, window, card)
        titles = window.inspector.findChildren(QLabel, "inspectorSection")
        assert [t.text() for t in titles][:2] == ["CARD", "TOUCHPOINT"]
        for title in titles:
            assert _contrast(title) >= 80, title.text()


def test_the_shortcut_table_is_grouped_and_lists_only_real_keys(qtbot, window):
    choose(qtbot, window, "Help", "Keyboard Shortcuts")
    qtbot.waitUntil(lambda: window.findChild(QDialog, "shortcutsDialog") is not None)
    dialog = window.findChild(QDialog, "shortcutsDialog")
    tree = dialog.tree
    groups = [tree.topLevelItem(g).text(0) for g in range(tree.topLevelItemCount())]
    for area in ("File", "Edit", "View", "Panels", "Journey map"):
        assert area in groups
    rows = [
        (tree.topLevelItem(g).child(r).text(0), tree.topLevelItem(g).child(r).text(1))
        for g in range(tree.topLevelItemCount())
        for r in range(tree.topLevelItem(g).childCount())
    ]
    keys = {k for _command, text in rows for k in text.split(", ")}
    assert not keys & ({f"F{n}" for n in range(13, 36)} | {"Help"})
    # The command column fits its longest entry, and every entry has its whole text as tooltip.
    assert tree.columnWidth(0) >= tree.sizeHintForColumn(0)
    assert tree.columnWidth(0) > 250
    item = tree.topLevelItem(0).child(0)
    assert item.toolTip(0) == item.text(0)
    dialog.close()


def test_cut_titles_have_their_whole_text_as_tooltip(qtbot, window):
    maps = window.map_list.list
    for row in range(maps.count()):
        item = maps.item(row)
        assert item.text() in item.toolTip()
    model = window.action_plan.model
    from cjm_desktop.ui.panels.action_plan_model import COLUMN

    for row in range(model.rowCount()):
        index = model.index(row, COLUMN["journey_id"])
        shown = model.data(index, Qt.ItemDataRole.DisplayRole)
        if shown:
            assert model.data(index, Qt.ItemDataRole.ToolTipRole) == shown
    # The persona list shows name and tagline on two lines, cut at the dock's edge.
    QTest.keyClick(window.canvas, Qt.Key.Key_5, CTRL)
    qtbot.waitUntil(lambda: window.persona_dock.widget() is not None)
    personas = window.persona_dock.widget().list
    for row in range(personas.count()):
        item = personas.item(row)
        assert item.toolTip() == item.text()
    tagged = [p for p in window.document.project.personas if p.tagline]
    assert tagged and any(tagged[0].tagline in personas.item(r).toolTip() for r in range(2))
