"""The reportlab backend of drawing/map_drawing.py: layout coordinates (points, y down) drawn on
a reportlab canvas (y up), scaled.

The map drawer speaks the layout's language; this class is the only place that flips and scales.
A big map is tens of thousands of shapes, so each sets only the state it needs (colour, width,
font) and only when it differs from the canvas's, instead of saving and restoring the whole
graphics state around every shape.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import HexColor, white
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from ..drawing.shapes import GRID, Symbol
from ..layout.font_fallback import is_simple
from ..layout.geometry import Box, Point, Segment
from .pdf_fonts import BOLD, REGULAR
from .pdf_shaped_text import draw_line
from .pdf_text import plain

MIN_RADIUS = 72 / 600  # points: one dot at 600 dpi


@lru_cache(maxsize=1024)
def color(value: str):
    return HexColor(value) if value else white


class Painter:
    """Draws map-space shapes at `scale`: map point (x, y) lands at ((x+dx)*s, top-(y+dy)*s)."""

    def __init__(
        self,
        canv: Canvas,
        scale: float,
        top: float,
        dx: float = 0,
        dy: float = 0,
        min_text: float = 0.0,
    ):
        self.canv = canv
        self.min_text = min_text
        self.scale = scale
        self.top = top
        self.dx = dx
        self.dy = dy

    def moved(self, dx: float, dy: float) -> Painter:
        return Painter(self.canv, self.scale, self.top, dx, dy, self.min_text)

    def pt(self, x: float, y: float) -> Point:
        return (x + self.dx) * self.scale, self.top - (y + self.dy) * self.scale

    def _fill(self, value: str) -> None:
        wanted = color(value)
        if self.canv._fillColorObj is not wanted:
            self.canv.setFillColor(wanted)

    def _stroke(self, value: str, width: float, cap: int = 0) -> None:
        c = self.canv
        if c._lineCap != cap:
            c.setLineCap(cap)
        wanted = color(value)
        if c._strokeColorObj is not wanted:
            c.setStrokeColor(wanted)
        width *= self.scale
        if c._lineWidth != width:
            c.setLineWidth(width)

    def _dashed(self, dash: tuple | None, draw) -> None:
        """`draw()` with `dash` set for it alone (reportlab does not track the dash state)."""
        if not dash:
            draw()
            return
        self.canv.setDash([d * self.scale for d in dash])
        draw()
        self.canv.setDash()

    def rect(
        self,
        box: Box,
        fill: str | None,
        stroke: str | None = None,
        radius: float = 0,
        width: float = 0.6,
        dash: tuple | None = None,
    ) -> None:
        x, y, w, h = box
        px, py = self.pt(x, y + h)
        c = self.canv
        if fill:
            self._fill(fill)
        if stroke:
            self._stroke(stroke, width)
        args = (px, py, w * self.scale, h * self.scale)
        paint = {"stroke": 1 if stroke else 0, "fill": 1 if fill else 0}
        # A corner rounded by less than a dot of a 600 dpi printer does not show; a big map
        # fitted to one page is drawn that small, and roundRect is four curves a card.
        if radius * self.scale >= MIN_RADIUS:
            self._dashed(dash, lambda: c.roundRect(*args, radius * self.scale, **paint))
        else:
            self._dashed(dash, lambda: c.rect(*args, **paint))

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        fill: str | None,
        stroke: str | None = None,
        width: float = 0.8,
    ) -> None:
        px, py = self.pt(cx, cy)
        if fill:
            self._fill(fill)
        if stroke:
            self._stroke(stroke, width)
        self.canv.circle(px, py, r * self.scale, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def line(
        self, a: Point, b: Point, stroke: str, width: float = 0.8, dash: tuple | None = None
    ) -> None:
        self._stroke(stroke, width)
        self._dashed(dash, lambda: self.canv.line(*self.pt(*a), *self.pt(*b)))

    def curve(self, start: Point, segments: list[Segment], stroke: str, width: float = 2.0) -> None:
        c = self.canv
        path = c.beginPath()
        path.moveTo(*self.pt(*start))
        for c1, c2, end in segments:
            path.curveTo(*self.pt(*c1), *self.pt(*c2), *self.pt(*end))
        self._stroke(stroke, width, cap=1)
        c.drawPath(path, stroke=1, fill=0)

    def polygon(self, points: list[Point], fill: str) -> None:
        c = self.canv
        path = c.beginPath()
        path.moveTo(*self.pt(*points[0]))
        for p in points[1:]:
            path.lineTo(*self.pt(*p))
        path.close()
        self._fill(fill)
        c.drawPath(path, stroke=0, fill=1)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        fill: str = "#263238",
        bold: bool = False,
        centre: bool = False,
    ) -> None:
        c = self.canv
        self._fill(fill)
        font, size = BOLD if bold else REGULAR, max(size * self.scale, self.min_text)
        px, py = self.pt(x, y)
        line = plain(text)
        if not is_simple(line, bold):
            draw_line(c, px, py, line, size, bold, centre)
            return
        if c._fontname != font or c._fontsize != size:
            c.setFont(font, size)
        if centre:
            c.drawCentredString(px, py, line)
        else:
            c.drawString(px, py, line)

    def symbol(self, symbol: Symbol, box: Box) -> None:
        """A drawing/ symbol in the largest square centred in `box`: the canvas's marks.

        Each symbol is written once into the PDF as a form and placed by reference: a big
        map shows thousands of faces and icons, each dozens of curves."""
        if not symbol:
            return
        x, y, w, h = box
        size = min(w, h)
        px, py = self.pt(x + (w - size) / 2, y + (h - size) / 2 + size)
        c = self.canv
        name, xobject = _form(c, symbol)
        k = size * self.scale / GRID
        # What saveState, transform, doForm and restoreState write, in one string: the form
        # sets its own colours and widths inside, so the canvas's tracked state stays true.
        c._code.append(f"q {fp_str(k, 0, 0, k, px, py)} cm /{xobject} Do Q")
        c._formsinuse.append(name)

    def image(self, box: Box, picture) -> None:
        """A reportlab ImageReader (or anything drawImage takes) stretched over `box`."""
        x, y, w, h = box
        px, py = self.pt(x, y + h)
        self.canv.drawImage(picture, px, py, w * self.scale, h * self.scale, mask="auto")

    def photo_circle(self, cx: float, cy: float, r: float, picture) -> None:
        """A photo filling the circle (cx, cy, r): the longer side cropped, like an avatar."""
        canv = self.canv
        iw, ih = picture.getSize()
        scale = max(2 * r / iw, 2 * r / ih)
        dw, dh = iw * scale, ih * scale
        canv.saveState()
        path = canv.beginPath()
        path.circle(*self.pt(cx, cy), r * self.scale)
        canv.clipPath(path, stroke=0, fill=0)
        left, bottom = self.pt(cx - dw / 2, cy + dh / 2)
        canv.drawImage(picture, left, bottom, dw * self.scale, dh * self.scale, mask="auto")
        canv.restoreState()

    def clip(self, box: Box) -> None:
        """Clip further drawing to `box` (callers wrap this in saveState/restoreState)."""
        x, y, w, h = box
        px, py = self.pt(x, y + h)
        path = self.canv.beginPath()
        path.rect(px, py, w * self.scale, h * self.scale)
        self.canv.clipPath(path, stroke=0, fill=0)


def _form(c: Canvas, symbol: Symbol) -> tuple[str, str]:
    """The form drawing `symbol` on the 24-unit grid (y up), made on first use: its name and
    the name its XObject has in page content."""
    forms = c.__dict__.setdefault("_cjm_symbol_forms", {})
    known = forms.get(symbol)
    if known is not None:
        return known
    name = f"cjmSymbol{len(forms)}"
    forms[symbol] = known = (name, c._doc.getXObjectName(name))
    c.beginForm(name, lowerx=-2, lowery=-2, upperx=GRID + 2, uppery=GRID + 2)
    for shape in symbol:
        path = c.beginPath()
        for cmd in shape.commands:
            if cmd[0] == "M":
                path.moveTo(cmd[1], GRID - cmd[2])
            elif cmd[0] == "L":
                path.lineTo(cmd[1], GRID - cmd[2])
            elif cmd[0] == "C":
                path.curveTo(cmd[1], GRID - cmd[2], cmd[3], GRID - cmd[4], cmd[5], GRID - cmd[6])
            else:
                path.close()
        if shape.fill:
            c.setFillColor(color(shape.fill))
        if shape.stroke:
            c.setStrokeColor(color(shape.stroke))
            c.setLineWidth(shape.width)
            c.setLineCap(1 if shape.round_caps else 0)
            c.setLineJoin(1)
        c.drawPath(path, stroke=1 if shape.stroke else 0, fill=1 if shape.fill else 0)
    c.endForm()
    return known
