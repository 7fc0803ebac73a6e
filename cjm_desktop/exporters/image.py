"""PNG and SVG pictures of one map, rendered from the canvas's own scene at a chosen scale.

The only exporter that uses Qt: the picture is exactly what the editor shows. Works headless (the
CLI starts an offscreen QApplication when none is running). Written atomically.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from ..layout.style import BACKGROUND
from ..model import Project
from ..storage.atomic_write import atomic_write
from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

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


def _scene_for(project: Project, journey_id: str):
    from ..ui.canvas.scene import JourneyScene
    from ..ui.document import Document

    document = Document(project)
    document.set_current_journey(journey_id)
    scene = JourneyScene(document)
    scene.restore_positions()
    # On screen cards are cached as pixmaps; a picture wants them drawn as vectors and text
    # (sharp at any scale, selectable text in SVG).
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return document, scene


def render_image(project: Project, journey_id: str, fmt: str = "png", scale: float = 1.0) -> bytes:
    """The picture of one map as PNG or SVG bytes."""
    if scale <= 0:
        raise UserError(UserMessage(_CTX, QT_TRANSLATE_NOOP(_CTX, "The scale must be above 0.")))
    ensure_application()
    from ..drawing.legend import legend_entries, words
    from ..ui.canvas import legend_painter as lp

    document, scene = _scene_for(project, journey_id)
    journey = project.journey(journey_id)
    language = project.language.value
    source = scene.map_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    # The picture carries the map's title above it and its legend below, as the PDF page does.
    legend_title = words(language)["legend"]
    rows = lp.legend_rows(
        legend_title, legend_entries(journey, language), source.width() - 2 * MARGIN
    )
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
    map_target = QRectF(0, top * scale, source.width() * scale, source.height() * scale)

    def extras(painter: QPainter) -> None:
        painter.save()
        painter.scale(scale, scale)
        lp.paint_title(painter, MARGIN, MARGIN / 2, journey.title or "—", subtitle)
        legend_y = top + source.height() - MARGIN / 2
        lp.paint_legend(painter, MARGIN, legend_y, source.width() - 2 * MARGIN, legend_title, rows)
        painter.restore()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if fmt == "svg":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(target)
        generator.setTitle(journey.title)
        generator.setDescription("cjm_desktop")
        painter = QPainter(generator)
        painter.fillRect(target, QColor(BACKGROUND))
        scene.render(painter, map_target, source)
        extras(painter)
        painter.end()
    else:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(BACKGROUND))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scene.render(painter, map_target, source)
        extras(painter)
        painter.end()
        image.save(buffer, "PNG")
    buffer.close()
    del scene, document
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
