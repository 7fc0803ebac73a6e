"""ImageFileDrop: PNG or JPEG files dropped from the file manager onto a cell become picture
cards there, titled after the file, all in one undo step.

Each file goes through the persona photo's safe loader (size checked before reading, pixels
before decoding, re-encoded small), like a picture chosen in the inspector; refused files are
named in one message after the drop, so the file manager is not kept waiting on a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from ...editing import CompositeEdit
from ..wizard.photo_loading import PhotoError, load_photo
from . import edits_factory as make
from .cell_drop import CellDrop

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImageFileDrop", text)


def image_paths(mime) -> list[Path]:
    """The local PNG/JPEG files a drag carries (by name: the loader checks the content)."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES]


class ImageFileDrop(CellDrop):
    """Drag-enter, move and drop of picture files on one JourneyCanvas."""

    def carries(self, mime) -> bool:
        return bool(image_paths(mime))

    def drop(self, event) -> bool:
        paths = image_paths(event.mimeData())
        if not paths:
            return False
        self.scene.show_drop_indicator(None)
        target = self._target(event)
        journey = self.scene.journey
        if target is None or journey is None:
            event.ignore()
            return True
        event.acceptProposedAction()
        edits, refused = [], []
        for path in paths:
            try:
                image = load_photo(path)
            except PhotoError as exc:
                refused.append(f"{path.name}: {exc}")
                continue
            index = target.index + len(edits)
            edits.append(
                make.add_card(
                    journey, target.lane_id, target.step_id, index, title=path.stem, image=image
                )
            )
        if edits:
            label = _tr("Add picture card") if len(edits) == 1 else _tr("Add picture cards")
            if self.view.document.push(CompositeEdit(label, edits)):
                self.scene.select_only([edit.card.id for edit in edits])
        if refused:
            QTimer.singleShot(0, lambda: self._explain(refused))
        return True

    def _explain(self, refused: list[str]) -> None:
        QMessageBox.warning(self.view, _tr("Image not used"), "\n".join(refused))
