"""The application's icons: hand-written SVG files in icons/, on a 24-unit grid.

Line icons draw with `currentColor`; they are tinted when painted, with the palette's text colour
(so they read in light and dark themes alike) or with a colour the caller gives (the canvas's
lane icons). Faces and the application icon keep their own colours. Icons are rendered from the
vectors at the size and device pixel ratio asked for, so they are crisp on high-DPI screens.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..resource_paths import icons_dir

ICON_DIR = icons_dir()
APP_ICON_NAME = "cjm-desktop"
#: The application icon (the packaging refers to this file for .desktop and installers).
APP_ICON_PATH = ICON_DIR / f"{APP_ICON_NAME}.svg"
CURRENT_COLOR = "currentColor"
_FACE_NAMES = {-2: "face-m2", -1: "face-m1", 0: "face-0", 1: "face-p1", 2: "face-p2"}


def icon_path(name: str) -> Path:
    return ICON_DIR / f"{name}.svg"


def available(name: str) -> bool:
    return icon_path(name).is_file()


def lane_icon_name(kind) -> str:
    """The icon of a lane kind (a LaneKind or its string value)."""
    return f"lane-{kind}"


def channel_icon_name(channel) -> str:
    """The icon of a touchpoint channel (a Channel or its string value)."""
    return f"channel-{channel}"


def face_icon_name(value: int) -> str:
    """The face of an emotion value, -2 (very negative) to +2 (very positive)."""
    return _FACE_NAMES[max(-2, min(2, int(value)))]


@cache
def _svg_text(name: str) -> str | None:
    try:
        return icon_path(name).read_text(encoding="utf-8")
    except OSError:
        return None


def is_tintable(name: str) -> bool:
    text = _svg_text(name)
    return text is not None and CURRENT_COLOR in text


@lru_cache(maxsize=512)
def renderer(name: str, color: str = "") -> QSvgRenderer | None:
    """A renderer of icon `name` with `currentColor` replaced by `color` ("#rrggbb"); None when
    there is no such icon."""
    text = _svg_text(name)
    if text is None:
        return None
    if color:
        text = text.replace(CURRENT_COLOR, color)
    result = QSvgRenderer(QByteArray(text.encode("utf-8")))
    return result if result.isValid() else None


def paint_icon(painter: QPainter, name: str, rect: QRectF, color: QColor | None = None) -> bool:
    """Draw icon `name` into `rect`, tinted with `color`; False when there is no such icon."""
    svg = renderer(name, color.name() if color is not None else "")
    if svg is None:
        return False
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    svg.render(painter, rect)
    painter.restore()
    return True


def palette_ink(mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour line icons take now: the palette's button text (its disabled tone for
    disabled actions)."""
    palette = QGuiApplication.palette()
    disabled = mode == QIcon.Mode.Disabled
    group = QPalette.ColorGroup.Disabled if disabled else QPalette.ColorGroup.Normal
    return palette.color(group, QPalette.ColorRole.ButtonText)


def render_pixmap(name: str, size: QSize, scale: float = 1.0, color: QColor | None = None):
    """A transparent pixmap of icon `name`, `size` device-independent pixels at `scale`."""
    pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_icon(painter, name, QRectF(0, 0, pixmap.width(), pixmap.height()), color)
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap


class SvgIconEngine(QIconEngine):
    """Paints one icon from its vectors at whatever size is asked; line icons take the palette's
    colour at paint time, so a theme switch recolours them without rebuilding the actions."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _color(self, mode: QIcon.Mode) -> QColor | None:
        return palette_ink(mode) if is_tintable(self.name) else None

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        paint_icon(painter, self.name, QRectF(rect), self._color(mode))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return render_pixmap(self.name, size, 1.0, self._color(mode))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float):
        return render_pixmap(self.name, size, scale, self._color(mode))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name)

    def key(self) -> str:
        return "cjm-svg"

    def iconName(self) -> str:
        return self.name

    def isNull(self) -> bool:
        return renderer(self.name) is None


def icon(name: str) -> QIcon:
    """The icon called `name` (an SVG file name without extension); an empty icon for an unknown
    name, so a missing file shows no picture rather than failing."""
    if not available(name):
        return QIcon()
    return QIcon(SvgIconEngine(name))


def lane_icon(kind) -> QIcon:
    return icon(lane_icon_name(kind))


def channel_icon(channel) -> QIcon:
    return icon(channel_icon_name(channel))


def face_icon(value: int) -> QIcon:
    return icon(face_icon_name(value))


def app_icon() -> QIcon:
    return icon(APP_ICON_NAME)
