"""The icon set (icons/*.svg, on a 24-unit grid) read into `Shape`s, without Qt.

The SVG files stay the one definition of lane and channel icons: the menus show them through Qt's
SVG renderer, and the map (canvas, PDF, PNG, SVG) draws these shapes read from the same files.
Only what the icon set uses is understood: circle, ellipse, rect, line, polyline, polygon and
paths (every command, arcs turned into cubic curves), with fill and stroke inherited from <g>.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from math import atan2, ceil, cos, pi, radians, sin, sqrt

from ..resource_paths import icons_dir
from .shapes import Command, Shape, Symbol, circle, ellipse, polygon

CURRENT = "currentColor"
_NS = "{http://www.w3.org/2000/svg}"
_NUMBER = re.compile(r"[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?")


def _numbers(text: str) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text or "")]


def _arc(x0, y0, rx, ry, phi, large, sweep, x, y) -> list[Command]:
    """An SVG elliptical arc as cubic curves (the SVG spec's endpoint-to-centre conversion)."""
    if rx == 0 or ry == 0 or (x0 == x and y0 == y):
        return [("L", x, y)]
    rx, ry = abs(rx), abs(ry)
    cp, sp = cos(radians(phi)), sin(radians(phi))
    dx, dy = (x0 - x) / 2, (y0 - y) / 2
    x1 = cp * dx + sp * dy
    y1 = -sp * dx + cp * dy
    lam = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry)
    if lam > 1:
        rx, ry = rx * sqrt(lam), ry * sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1
    den = rx * rx * y1 * y1 + ry * ry * x1 * x1
    coef = sqrt(max(0.0, num / den)) * (-1 if large == sweep else 1)
    cx1, cy1 = coef * rx * y1 / ry, -coef * ry * x1 / rx
    cx = cp * cx1 - sp * cy1 + (x0 + x) / 2
    cy = sp * cx1 + cp * cy1 + (y0 + y) / 2
    t1 = atan2((y1 - cy1) / ry, (x1 - cx1) / rx)
    t2 = atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx)
    dt = t2 - t1
    if sweep and dt < 0:
        dt += 2 * pi
    elif not sweep and dt > 0:
        dt -= 2 * pi
    parts = max(1, ceil(abs(dt) / (pi / 2)))
    step = dt / parts
    k = 4 / 3 * (1 - cos(step / 2)) / sin(step / 2) if step else 0

    def point(t):
        ex, ey = rx * cos(t), ry * sin(t)
        return cx + cp * ex - sp * ey, cy + sp * ex + cp * ey

    def deriv(t):
        ex, ey = -rx * sin(t), ry * cos(t)
        return cp * ex - sp * ey, sp * ex + cp * ey

    out: list[Command] = []
    t = t1
    for _ in range(parts):
        p0, p3 = point(t), point(t + step)
        d0, d3 = deriv(t), deriv(t + step)
        out.append(
            (
                "C",
                p0[0] + k * d0[0],
                p0[1] + k * d0[1],
                p3[0] - k * d3[0],
                p3[1] - k * d3[1],
                *p3,
            )
        )
        t += step
    return out


def path_commands(d: str) -> tuple[Command, ...]:
    """SVG path data as absolute M/L/C/Z commands."""
    tokens = _TOKEN.findall(d)
    out: list[Command] = []
    x = y = sx = sy = 0.0
    last_c2: tuple[float, float] | None = None  # for S
    last_q: tuple[float, float] | None = None  # for T
    i, cmd = 0, ""

    def take(n: int) -> list[float]:
        nonlocal i
        values = [float(v) for v in tokens[i : i + n]]
        i += n
        return values

    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
        rel = cmd.islower()
        c = cmd.upper()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if c == "Z":
            out.append(("Z",))
            x, y = sx, sy
            last_c2 = last_q = None
            continue
        if c == "M":
            px, py = take(2)
            x, y = ox + px, oy + py
            sx, sy = x, y
            out.append(("M", x, y))
            cmd = "l" if rel else "L"  # further pairs are lines
            last_c2 = last_q = None
        elif c in "LHV":
            if c == "L":
                px, py = take(2)
                x, y = ox + px, oy + py
            elif c == "H":
                (px,) = take(1)
                x = ox + px
            else:
                (py,) = take(1)
                y = oy + py
            out.append(("L", x, y))
            last_c2 = last_q = None
        elif c in "CS":
            if c == "C":
                x1, y1, x2, y2, px, py = take(6)
                c1 = (ox + x1, oy + y1)
            else:
                x2, y2, px, py = take(4)
                c1 = (2 * x - last_c2[0], 2 * y - last_c2[1]) if last_c2 else (x, y)
            c2 = (ox + x2, oy + y2)
            x, y = ox + px, oy + py
            out.append(("C", *c1, *c2, x, y))
            last_c2, last_q = c2, None
        elif c in "QT":
            if c == "Q":
                qx, qy, px, py = take(4)
                q = (ox + qx, oy + qy)
            else:
                px, py = take(2)
                q = (2 * x - last_q[0], 2 * y - last_q[1]) if last_q else (x, y)
            end = (ox + px, oy + py)
            c1 = (x + 2 / 3 * (q[0] - x), y + 2 / 3 * (q[1] - y))
            c2 = (end[0] + 2 / 3 * (q[0] - end[0]), end[1] + 2 / 3 * (q[1] - end[1]))
            out.append(("C", *c1, *c2, *end))
            x, y = end
            last_q, last_c2 = q, None
        elif c == "A":
            rx, ry, phi, large, sweep, px, py = take(7)
            end = (ox + px, oy + py)
            out += _arc(x, y, rx, ry, phi, int(large), int(sweep), *end)
            x, y = end
            last_c2 = last_q = None
        else:  # unknown command: stop rather than guess
            break
    return tuple(out)


def _rect(e) -> tuple[Command, ...]:
    x, y = float(e.get("x", 0)), float(e.get("y", 0))
    w, h = float(e.get("width", 0)), float(e.get("height", 0))
    r = float(e.get("rx", e.get("ry", 0)) or 0)
    if not r:
        return polygon([(x, y), (x + w, y), (x + w, y + h), (x, y + h)])
    r = min(r, w / 2, h / 2)
    k = r * 0.5522847498
    return (
        ("M", x + r, y),
        ("L", x + w - r, y),
        ("C", x + w - r + k, y, x + w, y + r - k, x + w, y + r),
        ("L", x + w, y + h - r),
        ("C", x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h),
        ("L", x + r, y + h),
        ("C", x + r - k, y + h, x, y + h - r + k, x, y + h - r),
        ("L", x, y + r),
        ("C", x, y + r - k, x + r - k, y, x + r, y),
        ("Z",),
    )


def _commands(e) -> tuple[Command, ...] | None:
    tag = e.tag.removeprefix(_NS)
    if tag == "circle":
        return circle(float(e.get("cx", 0)), float(e.get("cy", 0)), float(e.get("r", 0)))
    if tag == "ellipse":
        return ellipse(*(float(e.get(a, 0)) for a in ("cx", "cy", "rx", "ry")))
    if tag == "rect":
        return _rect(e)
    if tag == "line":
        x1, y1, x2, y2 = (float(e.get(a, 0)) for a in ("x1", "y1", "x2", "y2"))
        return (("M", x1, y1), ("L", x2, y2))
    if tag in ("polygon", "polyline"):
        values = _numbers(e.get("points", ""))
        points = list(zip(values[::2], values[1::2], strict=False))
        if not points:
            return None
        closed = polygon(points)
        return closed if tag == "polygon" else closed[:-1]
    if tag == "path":
        return path_commands(e.get("d", ""))
    return None


def _walk(e, paint: dict, out: list[Shape], color: str) -> None:
    paint = dict(paint)
    for key in ("fill", "stroke", "stroke-width", "stroke-linecap"):
        if e.get(key) is not None:
            paint[key] = e.get(key)
    commands = _commands(e)
    if commands:

        def resolve(value: str) -> str:
            if not value or value == "none":
                return ""
            return color if value == CURRENT else value

        out.append(
            Shape(
                commands,
                fill=resolve(paint.get("fill", "#000000")),
                stroke=resolve(paint.get("stroke", "none")),
                width=float(paint.get("stroke-width", 1)),
                round_caps=paint.get("stroke-linecap") == "round",
            )
        )
    for child in e:
        _walk(child, paint, out, color)


@cache
def icon_symbol(name: str, color: str = "#37474f") -> Symbol:
    """Icon `name` (file stem, e.g. "channel-search") with currentColor as `color`; () when the
    icon set has no such file."""
    path = icons_dir() / f"{name}.svg"
    try:
        root = ET.fromstring(path.read_text(encoding="utf-8"))
    except (OSError, ET.ParseError):
        return ()
    shapes: list[Shape] = []
    _walk(root, {}, shapes, color)
    return tuple(shapes)
