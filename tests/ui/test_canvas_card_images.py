"""The canvas draws a card's picture in the box the layout reserved above its title."""

from __future__ import annotations

import struct
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QColor, QImage
from test_canvas_support import make_canvas, small_project, undo

from cjm_desktop.editing import SetFields
from cjm_desktop.model import encode_image


def png_bytes(color: str, width: int = 64, height: int = 48) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(array.data())


def pixel_at(view, scene_point: QPointF) -> QColor:
    shot = view.grab().toImage()
    point = view.mapFromScene(scene_point)
    ratio = shot.devicePixelRatio()
    return shot.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def image_centre(scene, card_id: str) -> QPointF:
    item = scene.cards[card_id]
    return item.mapToScene(item.look.image_rect.center())


def test_the_picture_is_drawn_in_its_box(qtbot, tmp_path):
    view, document = make_canvas(qtbot, small_project())
    scene = view.journey_scene()
    before = scene.cards["card-4"].scene_rect().height()
    document.push(SetFields("card-4", {"image": encode_image(png_bytes("#e01010"))}))
    item = scene.cards["card-4"]
    assert item.look.image_rect is not None and not item.look.image.isNull()
    assert item.scene_rect().height() > before
    view.centerOn(item)
    centre = image_centre(scene, "card-4")
    assert view.grab().save(str(tmp_path / "card_picture.png"))
    colour = pixel_at(view, centre)
    assert (colour.red(), colour.green(), colour.blue()) == (0xE0, 0x10, 0x10)
    # Undo takes the picture away again: the same place shows the card's own colour.
    undo(document)
    assert scene.cards["card-4"].look.image_rect is None
    assert scene.cards["card-4"].scene_rect().height() == before
    colour = pixel_at(view, centre)
    assert colour.red() < 0xE0 or colour.green() > 0x40


def test_a_new_picture_of_the_same_size_is_drawn(qtbot):
    view, document = make_canvas(qtbot, small_project())
    scene = view.journey_scene()
    document.push(SetFields("card-4", {"image": encode_image(png_bytes("#e01010"))}))
    document.push(SetFields("card-4", {"image": encode_image(png_bytes("#1010e0"))}))
    view.centerOn(scene.cards["card-4"])
    colour = pixel_at(view, image_centre(scene, "card-4"))
    assert (colour.red(), colour.green(), colour.blue()) == (0x10, 0x10, 0xE0)


def test_a_picture_declaring_billions_of_pixels_is_not_decoded(qtbot):
    # A valid PNG header claiming 60000 x 60000 pixels: over the decoding budget.
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr))
    view, document = make_canvas(qtbot, small_project())
    document.push(SetFields("card-4", {"image": encode_image(data)}))
    look = view.journey_scene().cards["card-4"].look
    assert look.image_rect is not None  # its place is kept
    assert look.image.isNull()
    view.grab()  # and painting the empty place does not fail
