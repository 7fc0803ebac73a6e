"""Text from Qt widgets reaches Python whole: PySide drops a lone surrogate (half of a UTF-16
pair) when it converts between QString and str, so typing, pasting and setText cannot bring one
into an edit. The editing layer refuses one anyway (tests/editing/test_editing_broken_text.py);
this guards the assumption that the GUI never even gets that far (issue 11, item 4)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QJsonDocument
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from cjm_desktop.model.broken_text import lone_surrogate_in


def test_widget_text_and_the_clipboard_never_hold_a_lone_surrogate(qtbot):
    line = QLineEdit()
    qtbot.addWidget(line)
    line.setText("P \ud800 x")
    assert lone_surrogate_in(line.text()) is None
    plain = QPlainTextEdit()
    qtbot.addWidget(plain)
    plain.setPlainText("a\udcffb")
    assert lone_surrogate_in(plain.toPlainText()) is None
    clipboard = QApplication.clipboard()
    clipboard.setText("c\udfffd")
    line.clear()
    line.paste()
    assert line.text() == "cd"
    clipboard.clear()


def test_a_qstring_made_in_qt_with_a_lone_surrogate_arrives_without_it():
    # QJsonDocument decodes the escape inside Qt, so the QString really holds the half pair.
    document = QJsonDocument.fromJson(QByteArray(b'["P\\ud800x"]'))
    text = document.toVariant()[0]
    assert lone_surrogate_in(text) is None
    assert text == "Px"
