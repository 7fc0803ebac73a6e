"""The SVG icon set: one icon per lane kind, channel, emotion value and toolbar action, drawn
crisp at high DPI and tinted with the palette's text colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette

from cjm_desktop.model import Channel, LaneKind
from cjm_desktop.resource_paths import icons_dir
from cjm_desktop.ui import icons

TOOLBAR = ["new", "open", "save", "undo", "redo", "zoom_in", "zoom_out", "zoom_fit", "export"]
TOOLBAR += ["wizard", "preferences", "help"]


def _ink_pixels(image: QImage) -> list[QColor]:
    """The clearly drawn pixels of an icon image."""
    result = []
    for y in range(image.height()):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            if color.alpha() > 200:
                result.append(color)
    return result


def _image(icon: QIcon, size: int = 24, scale: float = 1.0) -> QImage:
    return icon.pixmap(QSize(size, size), scale).toImage()


@pytest.mark.parametrize(
    "name",
    [icons.lane_icon_name(k) for k in LaneKind]
    + [icons.channel_icon_name(c) for c in Channel]
    + [icons.face_icon_name(v) for v in range(-2, 3)]
    + TOOLBAR
    + [icons.APP_ICON_NAME],
)
def test_every_icon_exists_and_draws_something(qapp, name):
    assert icons.renderer(name) is not None, f"{name}.svg is missing or not valid SVG"
    image = _image(icons.icon(name), 32)
    assert len(_ink_pixels(image)) > 20, f"{name} draws (almost) nothing"


def test_an_unknown_icon_is_empty_not_an_error(qapp):
    assert icons.icon("no-such-icon").isNull()


def test_icons_are_rendered_at_the_device_pixel_ratio(qapp):
    pixmap = icons.icon("save").pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (48, 48)
    # Drawn from the vectors at 48 px, not a 24 px picture blown up: more detail is drawn.
    assert len(_ink_pixels(pixmap.toImage())) > 2.5 * len(_ink_pixels(_image(icons.icon("save"))))


def test_line_icons_follow_the_palette_text_colour(qapp):
    original = QGuiApplication.palette()
    try:
        for ink in ("#101010", "#f0f0f0"):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.ButtonText, QColor(ink))
            QGuiApplication.setPalette(palette)
            drawn = _ink_pixels(_image(icons.lane_icon(LaneKind.TIME), 32))
            darkest = min(drawn, key=lambda c: abs(c.lightness() - QColor(ink).lightness()))
            assert abs(darkest.lightness() - QColor(ink).lightness()) < 16
    finally:
        QGuiApplication.setPalette(original)


def test_faces_keep_their_colours_whatever_the_palette(qapp):
    sad = _ink_pixels(_image(icons.face_icon(-2), 32))
    happy = _ink_pixels(_image(icons.face_icon(2), 32))
    assert sum(c.red() > 180 and c.green() < 120 for c in sad) > 50
    assert sum(c.green() > 120 and c.red() < 100 for c in happy) > 50


def test_app_icon_file_is_in_the_icons_folder():
    # The packaging (linux_integration.py, bundle_data.py) takes the icon from there too.
    assert icons.APP_ICON_PATH.is_file()
    assert icons.APP_ICON_PATH.parent == icons_dir()
