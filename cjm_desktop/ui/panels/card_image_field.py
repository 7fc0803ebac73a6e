"""The picture of a card in the inspector: a thumbnail, "Choose image…" and "Remove".

A chosen file goes through the persona photo's safe loader (file size checked before reading,
pixel count before decoding, scaled down and re-encoded as PNG or JPEG), so a huge, hostile or
non-picture file is refused with a message and the card keeps its picture. Each choice or removal
is one `edited` value, so one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ..embedded_images import decode_card_picture
from ..wizard.photo_loading import PhotoError, load_photo
from .field_editors import FieldEditor

THUMB_W, THUMB_H = 96, 72


class CardImageField(FieldEditor):
    """Emits `edited(image)` with the new base64 picture, or None when the user removes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: str | None = None
        self.preview = QLabel(self)
        self.preview.setObjectName("cardImagePreview")
        self.preview.setFixedSize(THUMB_W, THUMB_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet(
            "QLabel#cardImagePreview { border: 1px dashed palette(mid); border-radius: 4px; }"
        )
        self.choose = QPushButton(self.tr("Choose image…"), self)
        self.choose.setToolTip(self.tr("A PNG or JPEG picture; large pictures are made smaller"))
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setToolTip(self.tr("Remove the card's picture"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        self._layout.addWidget(self.preview)
        self._layout.addLayout(buttons)
        self._layout.addStretch(1)
        self.setFocusProxy(self.choose)
        self.choose.clicked.connect(self.ask_image)
        self.remove.clicked.connect(self._remove)
        self._show(None)

    def set_value(self, value: Any) -> None:
        if value != self._image:  # decoding on every refresh of the form would be wasted
            self._show(value)

    def value(self) -> str | None:
        return self._image

    def _show(self, image: str | None) -> None:
        self._image = image
        self.remove.setEnabled(image is not None)
        pixmap = QPixmap.fromImage(decode_card_picture(image, THUMB_W - 6, THUMB_H - 6))
        if pixmap.isNull():
            self.preview.clear()
            self.preview.setText(
                self.tr("No image") if image is None else self.tr("Cannot be shown")
            )
        else:
            self.preview.setPixmap(pixmap)

    def _remove(self) -> None:
        self.edited.emit(None)
        self.finished.emit()

    def ask_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.use_file(path)

    def use_file(self, path: str) -> bool:
        """Load the picture at `path`; a refused file is explained and changes nothing."""
        try:
            image = load_photo(path)
        except PhotoError as exc:
            QMessageBox.warning(self, self.tr("Image not used"), str(exc))
            return False
        self.edited.emit(image)
        self.finished.emit()
        return True
