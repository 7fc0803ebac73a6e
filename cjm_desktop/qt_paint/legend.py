"""The map's title band and legend strip for the PNG/SVG export, painted with QPainter from the
same entries (drawing/legend.py) and symbols the PDF's legend uses."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from ..drawing.legend import LegendEntry
from ..layout.style import TEXT_COLOR
from .fonts import canvas_font
from .symbols import paint_symbol

TITLE = 22.0
TEXT = 12.0
SYMBOL = 15.0
ROW = 22.0
GAP = 18.0
CHIP_FILL = "#e4e7ea"


def title_height(subtitle: str) -> float:
    return TITLE * 1.5 + (TEXT * 1.6 if subtitle else 0) + 8


def _mark_width(entry: LegendEntry) -> float:
    if entry.line:
        return 26.0
    if entry.chip:
        return SYMBOL + 10
    return len(entry.symbols) * (SYMBOL + 2)


def legend_rows(title: str, entries: list[LegendEntry], width: float):
    """Entries placed in rows of `width`: [(x, entry)] per row, after the bold title."""
    metrics = QFontMetricsF(canvas_font(TEXT))
    x = QFontMetricsF(canvas_font(TEXT, bold=True)).horizontalAdvance(title) + GAP
    rows: list[list[tuple[float, LegendEntry]]] = [[]]
    for entry in entries:
        w = _mark_width(entry) + 5 + metrics.horizontalAdvance(entry.label)
        if rows[-1] and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, entry))
        x += w + GAP
    return rows


def legend_height(rows) -> float:
    return 18 + ROW * len(rows)


def paint_title(painter: QPainter, x: float, y: float, title: str, subtitle: str) -> None:
    painter.setPen(QColor(TEXT_COLOR))
    painter.setFont(canvas_font(TITLE, bold=True))
    painter.drawText(QPointF(x, y + TITLE * 1.1), title)
    if subtitle:
        painter.setFont(canvas_font(TEXT))
        painter.setPen(QColor("#607d8b"))
        painter.drawText(QPointF(x, y + TITLE * 1.5 + TEXT * 1.1), subtitle)


def paint_legend(painter: QPainter, x: float, y: float, width: float, title: str, rows) -> None:
    painter.setPen(QPen(QColor("#d5dbe1"), 1))
    painter.drawLine(QPointF(x, y + 2), QPointF(x + width, y + 2))
    painter.setPen(QColor(TEXT_COLOR))
    painter.setFont(canvas_font(TEXT, bold=True))
    painter.drawText(QPointF(x, y + 10 + ROW / 2 + TEXT * 0.35), title)
    for n, row in enumerate(rows):
        mid = y + 10 + ROW * n + ROW / 2
        for rx, entry in row:
            left = _paint_mark(painter, x + rx, mid, entry)
            painter.setPen(QColor(TEXT_COLOR))
            painter.setFont(canvas_font(TEXT))
            painter.drawText(QPointF(left + 5, mid + TEXT * 0.35), entry.label)


def _paint_mark(painter: QPainter, x: float, mid: float, entry: LegendEntry) -> float:
    if entry.line:
        pen = QPen(QColor(entry.line), 3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(x + 2, mid), QPointF(x + 24, mid))
        return x + 26
    if entry.chip:
        h = SYMBOL + 3
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CHIP_FILL))
        painter.drawRoundedRect(QRectF(x, mid - h / 2, SYMBOL + 10, h), h / 2, h / 2)
        painter.restore()
        paint_symbol(
            painter, entry.symbols[0], QRectF(x + 5, mid - SYMBOL / 2 + 1.5, SYMBOL - 3, SYMBOL - 3)
        )
        return x + SYMBOL + 10
    for symbol in entry.symbols:
        paint_symbol(painter, symbol, QRectF(x, mid - SYMBOL / 2, SYMBOL, SYMBOL))
        x += SYMBOL + 2
    return x
