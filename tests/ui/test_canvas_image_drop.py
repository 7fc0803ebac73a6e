"""Picture files dropped from the file manager onto a cell become picture cards, one undo step."""

from __future__ import annotations

import pytest
from modal_support import Modals, message_text
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from test_canvas_support import ids_in_cell, make_canvas, small_project, undo, undo_count


@pytest.fixture
def canvas(qtbot):
    view, document = make_canvas(qtbot, small_project())
    return view, document, view.journey_scene()


@pytest.fixture
def dialogs(qtbot):
    helper = Modals()
    yield helper
    helper.stop()


def _picture(path, colour: str = "#6a1b9a") -> None:
    image = QImage(80, 60, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))


def _drop_files(view, paths, scene_point: QPointF) -> bool:
    """Drag `paths` over the viewport and drop them; True when the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(view.mapFromScene(scene_point))
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(point.toPoint(), *args))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(point.toPoint(), *args))
    drop = QDropEvent(point, *args)
    drop.setAccepted(False)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def _cell_centre(scene, lane_id: str, step_id: str) -> QPointF:
    return scene.cells[(lane_id, step_id)].scene_rect().center()


def test_a_dropped_picture_becomes_a_card_in_that_cell(canvas, tmp_path):
    view, document, scene = canvas
    path = tmp_path / "de winkel.png"
    _picture(path)
    assert _drop_files(view, [path], _cell_centre(scene, "lane-d", "step-a2"))
    cards = document.project.journeys[0].cards_in_cell("lane-d", "step-a2")
    assert [c.title for c in cards] == ["de winkel"]
    assert cards[0].image is not None
    assert scene.cards[cards[0].id].look.image_rect is not None
    assert document.selection == [cards[0].id]
    assert undo_count(document) == 1
    undo(document)
    assert ids_in_cell(document.project, "lane-d", "step-a2") == []


def test_several_pictures_are_one_undo_step_in_drop_order(canvas, tmp_path):
    view, document, scene = canvas
    paths = [tmp_path / "een.jpg", tmp_path / "twee.PNG"]
    for path in paths:
        _picture(path)
    first = scene.cards["card-1"].scene_rect()
    # Dropped on the top half of the first card: the new cards go before it.
    assert _drop_files(view, paths, QPointF(first.center().x(), first.top() + 2))
    titles = [c.title for c in document.project.journeys[0].cards_in_cell("lane-t", "step-a1")]
    assert titles == ["een", "twee", "Instagram", "Flyer", "Vrienden"]
    assert undo_count(document) == 1
    undo(document)
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-1", "card-2", "card-3"]


def test_other_files_are_not_taken(canvas, tmp_path):
    view, document, scene = canvas
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    _drop_files(view, [text], _cell_centre(scene, "lane-d", "step-a2"))
    assert ids_in_cell(document.project, "lane-d", "step-a2") == []
    assert undo_count(document) == 0


def test_a_picture_dropped_on_the_emotion_lane_is_refused(canvas, tmp_path):
    view, document, scene = canvas
    path = tmp_path / "a.png"
    _picture(path)
    assert not _drop_files(view, [path], _cell_centre(scene, "lane-e", "step-a2"))
    assert len(document.project.journeys[0].cards) == 4
    assert undo_count(document) == 0


def test_a_file_that_is_no_picture_is_named_in_a_message(canvas, tmp_path, qtbot, dialogs):
    view, document, scene = canvas
    bad, good = tmp_path / "kapot.png", tmp_path / "goed.png"
    bad.write_text("not a picture")
    _picture(good)
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(message_text(box))
        box.accept()

    dialogs.when(QMessageBox, answer)
    assert _drop_files(view, [bad, good], _cell_centre(scene, "lane-d", "step-a2"))
    titles = [c.title for c in document.project.journeys[0].cards_in_cell("lane-d", "step-a2")]
    assert titles == ["goed"]
    qtbot.waitUntil(lambda: bool(seen))
    assert "kapot.png" in seen[0] and "not a picture" in seen[0]
