"""Persona panel: typing, clicking and ticking in it edits the model through one undoable edit
each (typing merged per field), and the panel follows undo."""

from __future__ import annotations

import base64
import struct
import zlib

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from cjm_desktop.model import (
    QUESTIONNAIRE_FIELDS,
    Journey,
    Persona,
    Project,
    Stage,
    Step,
    image_format,
)
from cjm_desktop.ui.document import Document
from cjm_desktop.ui.panels.persona_panel import PersonaPanel
from cjm_desktop.ui.panels.persona_photo import photo_pixmap
from cjm_desktop.ui.wizard.photo_loading import MAX_SOURCE_BYTES
from cjm_desktop.ui.wizard.questionnaire import QUESTION_GROUPS


def _project() -> Project:
    anna = Persona(id="p-anna", name="Anna", tagline="Drukke moeder", goals="Vers brood")
    bram = Persona(id="p-bram", name="Bram")
    maps = [
        Journey(
            id="j-1",
            title="Brood kopen",
            persona_id="p-anna",
            stages=[Stage(name="Zoeken", steps=[Step(name="Kijken")])],
        ),
        Journey(id="j-2", title="Taart bestellen", persona_id="p-bram"),
        Journey(id="j-3", title="Lunch"),
    ]
    return Project(title="Bakkerij", personas=[anna, bram], journeys=maps)


@pytest.fixture
def panel(qtbot):
    document = Document(_project())
    widget = PersonaPanel(document)
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_into(editor, text: str) -> None:
    target = editor.focusProxy()
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(target, text)


def _click_tool(panel, action) -> None:
    QTest.mouseClick(panel.toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)


def _click_button(panel, button) -> None:
    panel.form.ensureWidgetVisible(button)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _list_texts(panel) -> list[str]:
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def test_the_map_s_persona_is_shown_with_every_questionnaire_field(panel):
    assert panel.current_persona_id() == "p-anna"
    assert panel.form.editors["goals"].value() == "Vers brood"
    assert set(QUESTIONNAIRE_FIELDS) <= set(panel.form.editors)
    question = QUESTION_GROUPS[0].questions[0]
    editor = panel.form.editors[question.field]
    assert editor.toolTip() == question.help
    assert editor.focusProxy().placeholderText() == question.example


def test_typing_a_name_is_one_undo_step_and_the_list_follows(panel):
    document = panel.document
    _type_into(panel.form.editors["name"], "Anna de Vries")
    assert document.project.persona("p-anna").name == "Anna de Vries"
    assert document.undo_stack.count() == 1
    assert _list_texts(panel)[0] == "Anna de Vries\nDrukke moeder"
    document.undo_stack.undo()
    assert document.project.persona("p-anna").name == "Anna"
    assert panel.form.editors["name"].value() == "Anna"
    assert _list_texts(panel)[0] == "Anna\nDrukke moeder"


def test_leaving_a_questionnaire_answer_starts_a_new_undo_step(panel):
    document = panel.document
    _type_into(panel.form.editors["pains"], "Lange rij")
    _type_into(panel.form.editors["location"], "Utrecht")
    persona = document.project.persona("p-anna")
    assert (persona.pains, persona.location) == ("Lange rij", "Utrecht")
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert (persona.pains, persona.location) == ("Lange rij", "")


def test_choosing_another_persona_in_the_list_shows_its_form(panel):
    rect = panel.list.visualItemRect(panel.list.item(1))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_persona_id() == "p-bram"
    assert panel.form.editors["name"].value() == "Bram"
    _type_into(panel.form.editors["tagline"], "Student")
    assert panel.document.project.persona("p-bram").tagline == "Student"


def test_add_duplicate_and_delete(panel):
    document = panel.document
    _click_tool(panel, panel.add_action)
    added = document.project.personas[1]
    assert panel.current_persona_id() == added.id
    # The new name is selected and focused: typing replaces it.
    QTest.keyClicks(panel.form.editors["name"].line, "Carla")
    assert added.name == "Carla"
    _click_tool(panel, panel.duplicate_action)
    copy = document.project.personas[2]
    assert copy.id != added.id and copy.name == "Carla (copy)"
    assert [p.name for p in document.project.personas] == ["Anna", "Carla", "Carla (copy)", "Bram"]
    panel.show_persona("p-bram")
    _click_tool(panel, panel.delete_action)
    assert document.project.persona("p-bram") is None
    assert document.project.journey("j-2").persona_id is None
    document.undo_stack.undo()
    assert document.project.persona("p-bram") is not None
    assert document.project.journey("j-2").persona_id == "p-bram"
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert [p.id for p in document.project.personas] == ["p-anna", "p-bram"]


def test_ticking_a_map_links_it_to_the_persona(panel):
    document = panel.document
    journeys = panel.form.journeys
    assert [journeys.item(r).checkState() == Qt.CheckState.Checked for r in range(3)] == [
        True,
        False,
        False,
    ]
    assert "now: Bram" in journeys.item(1).text()
    panel.form.ensureWidgetVisible(journeys)
    journeys.setFocus()
    journeys.setCurrentRow(2)
    QTest.keyClick(journeys, Qt.Key.Key_Space)
    assert document.project.journey("j-3").persona_id == "p-anna"
    journeys.setCurrentRow(0)
    QTest.keyClick(journeys, Qt.Key.Key_Space)
    assert document.project.journey("j-1").persona_id is None
    # Taking Bram's map over is one click too.
    rect = journeys.visualItemRect(journeys.item(1))
    check = QPoint(rect.left() + 10, rect.center().y())
    QTest.mouseClick(journeys.viewport(), Qt.MouseButton.LeftButton, pos=check)
    assert document.project.journey("j-2").persona_id == "p-anna"
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    assert document.project.journey("j-2").persona_id == "p-bram"
    assert journeys.item(1).checkState() == Qt.CheckState.Unchecked


def test_custom_fields_added_and_typed(panel):
    document = panel.document
    custom = panel.form.custom_fields
    _click_button(panel, custom.add)
    # Add opens the new row's label for typing; Tab moves on to its value.
    QTest.keyClicks(_focused(), "Huisdier")
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    QTest.keyClicks(_focused(), "Hond")
    QTest.keyClick(_focused(), Qt.Key.Key_Return)
    # The delegate commits a Return through a queued call.
    QApplication.processEvents()
    fields = document.project.persona("p-anna").custom_fields
    assert [(f.label, f.value) for f in fields] == [("Huisdier", "Hond")]
    custom.table.selectRow(0)
    _click_button(panel, custom.remove)
    assert document.project.persona("p-anna").custom_fields == []
    document.undo_stack.undo()
    assert custom.table.rowCount() == 1
    assert custom.table.item(0, 1).text() == "Hond"


def _focused():
    # The old cell editor is deleted later: let that happen before asking who has the focus.
    QApplication.processEvents()
    return QApplication.focusWidget()


def _picture(path, width: int, height: int, fmt: str = "PNG"):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c98b5a"))
    assert image.save(str(path), fmt)
    return path


def test_a_photo_is_loaded_shrunk_and_removed(panel, tmp_path, monkeypatch):
    document = panel.document
    path = _picture(tmp_path / "anna.png", 1600, 1200)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    _click_button(panel, panel.form.photo.choose)
    photo = document.project.persona("p-anna").photo
    data = base64.b64decode(photo)
    assert image_format(data) in {"png", "jpeg"}
    assert max(QImage.fromData(data).width(), QImage.fromData(data).height()) == 512
    assert not panel.form.photo.preview.pixmap().isNull()
    assert not panel.list.item(0).icon().isNull()
    _click_button(panel, panel.form.photo.remove)
    assert document.project.persona("p-anna").photo is None
    document.undo_stack.undo()
    assert document.project.persona("p-anna").photo == photo


def test_a_file_that_is_no_picture_is_refused_with_a_message(panel, tmp_path, monkeypatch):
    document = panel.document
    bad = tmp_path / "virus.png"
    bad.write_bytes(b"MZ this is not a picture at all" * 10)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    _click_button(panel, panel.form.photo.choose)
    assert warnings and "not a picture" in warnings[0]
    assert document.project.persona("p-anna").photo is None
    assert document.undo_stack.count() == 0


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_header(width: int, height: int) -> bytes:
    """A small PNG file that declares `width` x `height` pixels: what a decompression bomb
    looks like to a reader that trusts the header."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(bytes(64)))
        + _chunk(b"IEND", b"")
    )


def _refused_photo(panel, path, monkeypatch) -> list[str]:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    _click_button(panel, panel.form.photo.choose)
    return warnings


def test_a_photo_file_too_large_is_refused_before_reading(panel, tmp_path, monkeypatch):
    big = tmp_path / "huge.png"
    with big.open("wb") as file:
        file.write(_png_header(800, 600))
        file.truncate(MAX_SOURCE_BYTES + 1)
    warnings = _refused_photo(panel, big, monkeypatch)
    assert len(warnings) == 1 and "too large" in warnings[0]
    assert panel.document.project.persona("p-anna").photo is None
    assert panel.document.undo_stack.count() == 0


def test_a_picture_of_too_many_pixels_is_refused(panel, tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header(40000, 40000))
    warnings = _refused_photo(panel, bomb, monkeypatch)
    assert len(warnings) == 1 and "too many pixels" in warnings[0]
    assert panel.document.project.persona("p-anna").photo is None


def test_a_stored_photo_declaring_a_huge_picture_is_not_decoded(qtbot):
    # A hostile .cjm passes the model's format check with a PNG header of 30000 x 30000 pixels.
    bomb = base64.b64encode(_png_header(30000, 30000)).decode("ascii")
    persona = Persona(name="Eva", photo=bomb)
    assert photo_pixmap(persona.photo, 64).isNull()
    panel = PersonaPanel(Document(Project(personas=[persona])))
    qtbot.addWidget(panel)
    assert panel.form.photo.preview.text() == "No photo"
    assert not panel.list.item(0).icon().isNull()  # the initials stand in


def test_a_project_without_personas_disables_the_form(qtbot):
    document = Document(Project(journeys=[Journey(title="Kaart")]))
    panel = PersonaPanel(document)
    qtbot.addWidget(panel)
    assert panel.current_persona_id() is None
    assert not panel.form.widget().isEnabled()
    assert not panel.delete_action.isEnabled()
    panel.add_persona()
    assert panel.form.widget().isEnabled()
    assert panel.form.editors["name"].value() == "New persona"
