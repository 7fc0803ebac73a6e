"""PNG and SVG pictures of one map at a chosen scale, with its title and legend.

Drawn from the layout through drawing/map_drawing.py, the code that draws the PDF's maps, with
the QPainter backend (qt_paint/): the pictures and the report cannot drift apart, and the
exporter needs nothing of the editor (no scene, no document). The only exporter that uses Qt;
works headless (the CLI starts an offscreen QApplication when none is running). Written
atomically.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from ..layout.style import BACKGROUND
from ..model import Project
from ..storage.atomic_write import atomic_write
from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage
from .picture_scale import checked_scale
from .xml_text import xml_text

_CTX = "export"
MARGIN = 16.0
#: Qt cannot allocate images beyond about 2^29 bytes; stay well below with a pixel budget.
MAX_PIXELS = 120_000_000


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app


def render_image(project: Project, journey_id: str, fmt: str = "png", scale: float = 1.0) -> bytes:
    """The picture of one map as PNG or SVG bytes: its title, the map, its legend."""
    scale = checked_scale(scale)
    ensure_application()
    from ..drawing.legend import legend_entries, words
    from ..layout import layout_journey
    from ..qt_paint import legend as lp
    from ..qt_paint.map_painter import paint_map
    from .pdf_labels import Labels

    journey = project.journey(journey_id)
    language = project.language.value
    geometry = layout_journey(journey)
    _, _, map_w, map_h = geometry.bounds
    source = QRectF(-MARGIN, -MARGIN, map_w + 2 * MARGIN, map_h + 2 * MARGIN)
    # The picture carries the map's title above it and its legend below, as the PDF page does.
    legend_title = words(language)["legend"]
    rows = lp.legend_rows(legend_title, legend_entries(journey, language), map_w)
    subtitle = journey.scenario.splitlines()[0] if journey.scenario else ""
    top = lp.title_height(subtitle)
    bottom = lp.legend_height(rows)
    whole = source.adjusted(0, -top, 0, bottom)
    size = QSize(max(1, round(whole.width() * scale)), max(1, round(whole.height() * scale)))
    if fmt == "png" and size.width() * size.height() > MAX_PIXELS:
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX,
                    "The picture would be {width} x {height} pixels, too large for "
                    "PNG. Choose a smaller scale or export SVG or PDF.",
                ),
                width=size.width(),
                height=size.height(),
            )
        )
    target = QRectF(0, 0, size.width(), size.height())
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    caption = Labels(language)["persona"]

    def draw(painter: QPainter) -> None:
        painter.fillRect(target, QColor(BACKGROUND))
        painter.scale(scale, scale)
        painter.translate(MARGIN, top + MARGIN)  # layout (0, 0): the map's top-left corner
        paint_map(painter, geometry, journey, persona, caption)
        painter.translate(0, -(top + MARGIN))
        lp.paint_title(painter, 0, MARGIN / 2, journey.title or "—", subtitle)
        lp.paint_legend(painter, 0, top + MARGIN + map_h + MARGIN / 2, map_w, legend_title, rows)

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if fmt == "svg":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(target)
        generator.setTitle(xml_text(journey.title))
        generator.setDescription("cjm_desktop")
        painter = QPainter(generator)
        draw(painter)
        painter.end()
    else:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(BACKGROUND))
        painter = QPainter(image)
        draw(painter)
        painter.end()
        image.save(buffer, "PNG")
    buffer.close()
    if fmt == "svg":
        # Qt escapes <, & and > but writes control characters as they are: any user text that
        # reached the drawing (a title, a stage name) goes through the XML sanitiser.
        return xml_text(bytes(data.data()).decode("utf-8", "replace")).encode("utf-8")
    return bytes(data.data())


def export_image(
    project: Project,
    journey_id: str,
    path: str | os.PathLike,
    *,
    fmt: str = "png",
    scale: float = 1.0,
) -> Path:
    path = Path(path)
    atomic_write(path, render_image(project, journey_id, fmt, scale))
    return path
