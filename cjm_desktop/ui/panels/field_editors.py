"""Editor widgets for one field each, as the inspector uses them.

Every editor emits `edited(value)` only for the user's own changes (never for `set_value`), and
`finished()` when the user leaves it, so typing can merge into one undo step until then.
`mergeable` says whether successive edits of the editor belong to one gesture (typing).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

_DOCUMENT_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _DocumentUndoKeys(QObject):
    """Lets Undo and Redo keys pass a text field to the window's actions: the document's undo
    takes back the typed text as one step, where the field's own undo would only re-type it."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and any(
            event.matches(key) for key in _DOCUMENT_KEYS
        ):
            event.ignore()
            return True
        return False


class FieldEditor(QWidget):
    """Base of the editors: a single child widget in a margin-less layout."""

    edited = Signal(object)
    finished = Signal()
    mergeable = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError


class LineField(FieldEditor):
    """One line of text."""

    mergeable = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self._undo_keys = _DocumentUndoKeys(self)
        self.line.installEventFilter(self._undo_keys)
        self._layout.addWidget(self.line)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(lambda _text: self.edited.emit(self.value()))
        self.line.editingFinished.connect(self.finished)

    def set_value(self, value: Any) -> None:
        text = self._text_of(value)
        # Rewriting the same text would move the cursor of the user typing in it.
        if self.line.text() != text:
            self.line.setText(text)
            if not self.line.hasFocus():
                # Show a long title from its start, not scrolled to its end.
                self.line.setCursorPosition(0)

    def value(self) -> Any:
        return self.line.text()

    def _text_of(self, value: Any) -> str:
        return "" if value is None else str(value)


class TagsField(LineField):
    """A list of short words, typed separated by commas."""

    def _text_of(self, value: Any) -> str:
        return ", ".join(value or [])

    def set_value(self, value: Any) -> None:
        # "a, " is being typed towards "a, b": do not normalise it away under the cursor.
        if self.value() != list(value or []):
            super().set_value(value)

    def value(self) -> Any:
        return [tag.strip() for tag in self.line.text().split(",") if tag.strip()]


class TextField(FieldEditor):
    """Several lines of text."""

    mergeable = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setUndoRedoEnabled(False)
        self._undo_keys = _DocumentUndoKeys(self)
        self.text.installEventFilter(self._undo_keys)
        self.text.setFixedHeight(72)
        self._layout.addWidget(self.text)
        self.setFocusProxy(self.text)
        self.text.textChanged.connect(lambda: self.edited.emit(self.value()))
        self.text.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self.finished.emit()
        return super().eventFilter(watched, event)

    def set_value(self, value: Any) -> None:
        text = value or ""
        if self.text.toPlainText() != text:
            self.text.blockSignals(True)
            self.text.setPlainText(text)
            self.text.blockSignals(False)

    def value(self) -> Any:
        return self.text.toPlainText()


class ChoiceField(FieldEditor):
    """A choice from a fixed list of (label, value) pairs."""

    def __init__(self, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        # The longest choice must not set the inspector's width; the list opens wide enough.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(8)
        for text, value in choices:
            self.combo.addItem(text, value)
        self._layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(lambda index: self.edited.emit(self.combo.itemData(index)))

    def set_value(self, value: Any) -> None:
        for index in range(self.combo.count()):
            if self.combo.itemData(index) == value:
                self.combo.setCurrentIndex(index)
                return
        self.combo.setCurrentIndex(-1)

    def value(self) -> Any:
        return self.combo.currentData()


class CheckField(FieldEditor):
    """Yes or no."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self._layout.addWidget(self.check)
        self.setFocusProxy(self.check)
        self.check.clicked.connect(lambda checked: self.edited.emit(bool(checked)))

    def set_value(self, value: Any) -> None:
        self.check.setChecked(bool(value))

    def value(self) -> Any:
        return self.check.isChecked()


class ColorField(FieldEditor):
    """A colour "#rrggbb", or empty for the style's default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.swatch = QToolButton(self)
        self.swatch.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.swatch.setMinimumWidth(60)
        self.swatch.clicked.connect(self.choose)
        self.reset = QToolButton(self)
        self.reset.setText(self.tr("Reset"))
        self.reset.setToolTip(self.tr("Use the default colour"))
        self.reset.clicked.connect(lambda: self._set_by_user(""))
        self._layout.addWidget(self.swatch)
        self._layout.addWidget(self.reset)
        self._layout.addStretch(1)
        self._show()

    def choose(self) -> None:
        start = QColor(self._value) if self._value else QColor("#ffffff")
        color = QColorDialog.getColor(start, self, self.tr("Choose a colour"))
        if color.isValid():
            self._set_by_user(color.name())

    def _set_by_user(self, value: str) -> None:
        if value != self._value:
            self._value = value
            self._show()
            self.edited.emit(value)

    def _show(self) -> None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(self._value) if self._value else QColor(0, 0, 0, 0))
        self.swatch.setIcon(QIcon(pixmap))
        text = self._value or self.tr("Default colour")
        self.swatch.setText(text)
        self.swatch.setToolTip(text)  # whole, where a narrow inspector cuts the button short
        self.reset.setEnabled(bool(self._value))

    def set_value(self, value: Any) -> None:
        self._value = value or ""
        self._show()

    def value(self) -> Any:
        return self._value
