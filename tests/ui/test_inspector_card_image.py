"""Inspector: a card's picture is chosen and removed in its image row, one undo step each; files
that are too large or no picture are refused with a message and change nothing."""

from __future__ import annotations

import base64
import struct
import zlib

import pytest
from modal_support import Modals, message_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cjm_desktop.model import Card, Journey, Lane, LaneKind, Project, Stage, Step, image_format
from cjm_desktop.ui.document import Document
from cjm_desktop.ui.panels.inspector import Inspector
from cjm_desktop.ui.wizard.photo_loading import MAX_SOURCE_BYTES


def _project() -> Project:
    step = Step(name="Zoeken")
    lane = Lane(kind=LaneKind.IMAGES, title="Storyboard")
    card = Card(lane_id=lane.id, step_id=step.id, title="Op de bank")
    journey = Journey(
        title="Kaart", stages=[Stage(name="Oriënteren", steps=[step])], lanes=[lane], cards=[card]
    )
    return Project(title="P", journeys=[journey])


@pytest.fixture
def dialogs(qtbot):
    helper = Modals()
    yield helper
    helper.stop()


@pytest.fixture
def inspector(qtbot):
    document = Document(_project())
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.resize(380, 700)
    inspector.show()
    qtbot.waitExposed(inspector)
    document.set_selection([document.project.journeys[0].cards[0].id])
    return inspector


def _card(inspector) -> Card:
    return inspector.document.project.journeys[0].cards[0]


def _field(inspector):
    return inspector.editor(_card(inspector).id, "image")


def _choose(qtbot, inspector, monkeypatch, path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    qtbot.mouseClick(_field(inspector).choose, Qt.MouseButton.LeftButton)


def _picture(path, width: int, height: int, colour: str = "#2e7d32") -> None:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))


def test_choose_and_remove_are_each_one_undo_step(qtbot, inspector, monkeypatch, tmp_path):
    path = tmp_path / "winkel.jpg"
    _picture(path, 1600, 1200)
    document = inspector.document
    assert not _field(inspector).remove.isEnabled()
    assert _field(inspector).preview.text() == "No image"
    _choose(qtbot, inspector, monkeypatch, path)
    image = _card(inspector).image
    assert image is not None
    data = base64.b64decode(image)
    assert image_format(data) == "jpeg"
    assert QImage.fromData(data).width() == 512  # made smaller, as a persona photo
    assert document.undo_stack.count() == 1
    assert not _field(inspector).preview.pixmap().isNull()
    assert _field(inspector).remove.isEnabled()

    qtbot.mouseClick(_field(inspector).remove, Qt.MouseButton.LeftButton)
    assert _card(inspector).image is None
    assert document.undo_stack.count() == 2
    assert _field(inspector).preview.text() == "No image"

    document.undo_stack.undo()
    assert _card(inspector).image == image
    assert not _field(inspector).preview.pixmap().isNull()
    document.undo_stack.undo()
    assert _card(inspector).image is None
    assert not _field(inspector).remove.isEnabled()


def test_choosing_another_picture_replaces_it(qtbot, inspector, monkeypatch, tmp_path):
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    _picture(first, 40, 30, "#c62828")
    _picture(second, 30, 40, "#1565c0")
    _choose(qtbot, inspector, monkeypatch, first)
    before = _card(inspector).image
    _choose(qtbot, inspector, monkeypatch, second)
    assert _card(inspector).image not in (None, before)
    assert inspector.document.undo_stack.count() == 2
    inspector.document.undo_stack.undo()
    assert _card(inspector).image == before


def _refused(qtbot, inspector, monkeypatch, dialogs, path) -> str:
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.windowTitle() + "\n" + message_text(box))
        box.accept()

    dialogs.when(QMessageBox, answer)
    _choose(qtbot, inspector, monkeypatch, path)
    assert len(seen) == 1
    assert _card(inspector).image is None
    assert inspector.document.undo_stack.count() == 0
    return seen[0]


def test_a_file_that_is_no_picture_is_refused(qtbot, inspector, monkeypatch, dialogs, tmp_path):
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture at all")
    text = _refused(qtbot, inspector, monkeypatch, dialogs, bad)
    assert "Image not used" in text
    assert "not a picture this program can read" in text


def test_a_file_too_large_is_refused(qtbot, inspector, monkeypatch, dialogs, tmp_path):
    big = tmp_path / "huge.jpg"
    with big.open("wb") as out:
        out.truncate(MAX_SOURCE_BYTES + 1)
    assert "too large" in _refused(qtbot, inspector, monkeypatch, dialogs, big)


def test_a_picture_of_too_many_pixels_is_refused(qtbot, inspector, monkeypatch, dialogs, tmp_path):
    # A small file declaring 40000 x 40000 pixels: a decompression bomb to a trusting reader.
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", 40000, 40000, 8, 6, 0, 0, 0)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(64)))
        + chunk(b"IEND", b"")
    )
    assert "too many pixels" in _refused(qtbot, inspector, monkeypatch, dialogs, bomb)
