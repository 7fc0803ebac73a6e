"""The photo of a persona in the persona panel: a preview, "Choose photo…" and "Remove photo".

Pictures go through the wizard's safe loader (size checked before decoding, scaled down,
re-encoded), so a huge or hostile file is refused with a message and the persona keeps its photo;
a photo already in the project is shown through embedded_images, which never decodes a picture
larger than its allocation budget.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..embedded_images import decode_thumbnail
from ..wizard.photo_loading import PhotoError, load_photo

PREVIEW = 96


def photo_pixmap(photo: str | None, side: int) -> QPixmap:
    """The persona's photo scaled to fit `side` pixels (a null pixmap without a usable one)."""
    return QPixmap.fromImage(decode_thumbnail(photo, side))


def initials_pixmap(name: str, side: int) -> QPixmap:
    """A round badge with the persona's initials: the stand-in for a missing photo."""
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#b0bec5"))
    painter.drawEllipse(0, 0, side, side)
    letters = "".join(word[0] for word in name.split()[:2]).upper() or "?"
    font = QFont(painter.font())
    font.setPixelSize(max(6, int(side * 0.4)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return pixmap


class PhotoField(QWidget):
    """Emits `edited(photo)` with the new base64 picture, or None when the user removes it."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photo: str | None = None
        self._shown = False
        self.preview = QLabel(self)
        self.preview.setObjectName("personaPhoto")
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet(
            "QLabel#personaPhoto { border: 1px dashed palette(mid); border-radius: 6px; }"
        )
        self.choose = QPushButton(self.tr("Choose photo…"), self)
        self.choose.setToolTip(self.tr("A PNG or JPEG picture; large pictures are made smaller"))
        self.remove = QPushButton(self.tr("Remove photo"), self)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        self.choose.clicked.connect(self.ask_photo)
        self.remove.clicked.connect(lambda: self.edited.emit(None))
        self.set_value(None)

    def set_value(self, photo: str | None) -> None:
        if self._shown and photo == self._photo:
            return  # the form refreshes on every keystroke; decoding again would be wasted
        self._shown = True
        self._photo = photo
        self.remove.setEnabled(photo is not None)
        pixmap = photo_pixmap(photo, PREVIEW - 6)
        self.preview.setPixmap(pixmap)
        if pixmap.isNull():
            self.preview.setText(self.tr("No photo"))

    def value(self) -> str | None:
        return self._photo

    def ask_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.bmp)")
        )
        if path:
            self.use_file(path)

    def use_file(self, path: str) -> bool:
        """Load the picture at `path`; a refused file is explained and changes nothing."""
        try:
            photo = load_photo(path)
        except PhotoError as exc:
            QMessageBox.warning(self, self.tr("Photo not used"), str(exc))
            return False
        self.edited.emit(photo)
        return True
