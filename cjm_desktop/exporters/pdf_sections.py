"""The sections of the PDF report as platypus flowables: cover, maps, personas, action plan."""

from __future__ import annotations

from datetime import UTC, date, datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from ..layout import layout_journey
from ..model import Action, Journey, Priority, Project
from .pdf_fit import fitted, fitted_paragraph
from .pdf_fonts import BOLD, REGULAR
from .pdf_labels import Labels
from .pdf_map import MapFlowable, Region
from .pdf_pictures import PictureCache
from .pdf_shaped_paragraph import paragraph as Paragraph  # any script (see there)
from .pdf_text import markup

INK = colors.HexColor("#263238")
MUTED = colors.HexColor("#607d8b")
ACCENT = colors.HexColor("#3f6ea6")


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "muted": ParagraphStyle("muted", parent=base, textColor=MUTED),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=BOLD, fontSize=8, leading=10, textColor=colors.white
        ),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=26, leading=32),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceAfter=4
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2
        ),
        "quote": ParagraphStyle(
            "quote",
            parent=base,
            fontName="NotoSans-Italic",
            fontSize=11,
            leading=15,
            textColor=ACCENT,
        ),
    }


def table(
    rows: list,
    widths: list[float] | None = None,
    commands: list | None = None,
    repeat_rows: int = 0,
) -> Table:
    """A table that names our font: otherwise reportlab sets Helvetica (not embedded) per cell."""
    result = Table(rows, colWidths=widths, repeatRows=repeat_rows, hAlign="LEFT")
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *(commands or [])]))
    return result


COVER_LABEL_W = 45 * mm
COVER_VALUE_W = 150 * mm


def cover(project: Project, labels: Labels, st, frame: tuple[float, float]) -> list:
    """The cover; every text on it cut to its share of the page, so it stays one page."""
    _, frame_h = frame
    brand = project.brand
    title, _ = fitted_paragraph(project.title or brand.name or "—", st["h1"], frame[0], frame_h / 4)
    parts = [
        Spacer(1, 30 * mm),
        Paragraph(markup(labels["report"]), st["muted"]),
        title,
        Spacer(1, 6 * mm),
    ]
    facts = [
        (labels["brand"], brand.name),
        (labels["product"], brand.product),
        (labels["promise"], brand.promise),
        (labels["author"], project.author),
        (labels["date"], (project.modified or datetime.now(UTC)).date().isoformat()),
        (labels["maps"], ", ".join(j.title for j in project.journeys)),
    ]
    value_w = COVER_VALUE_W - 2 * CELL_PADDING
    cell = _CellFitter(st["base"], [COVER_LABEL_W - 2 * CELL_PADDING, value_w], frame_h / 8)
    rows = [[cell.text(0, k), cell.text(1, v)] for k, v in facts if v]
    if brand.usps:

        def usps(texts: list[str]) -> Paragraph:
            return Paragraph("<br/>".join("• " + markup(u) for u in texts if u), st["base"])

        rows.append([cell.text(0, labels["usps"]), cell.fit(1, list(brand.usps), usps)])
    if rows:
        table = Table(rows, colWidths=[COVER_LABEL_W, COVER_VALUE_W], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
            )
        )
        parts.append(table)
    if brand.description:
        parts += [Spacer(1, 5 * mm), Paragraph(markup(brand.description), st["base"])]
    return [*parts, PageBreak()]


def _map_title(
    project: Project, journey: Journey, labels: Labels, st, frame_w: float, part: str = ""
) -> list:
    """The map's title and what it shows, each cut to a few lines: the rest of the page is the
    map's (a heading taller than the page left it a negative scale)."""
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    bits = [labels.state(journey.state)]
    if persona:
        bits.append(f"{labels['persona']}: {persona.name}")
    if part:
        bits.append(part)
    title, _ = fitted_paragraph(journey.title or "—", st["h2"], frame_w, 2 * st["h2"].leading)
    subtitle, _ = fitted_paragraph(" · ".join(bits), st["muted"], frame_w, 2 * st["muted"].leading)
    return [title, subtitle, Spacer(1, 3 * mm)]


def _height(flowables: list, width: float, height: float) -> float:
    total = 0.0
    for f in flowables:
        total += f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def map_pages(
    project: Project, journey: Journey, labels: Labels, st, frame: tuple[float, float], tile: bool
) -> list:
    """Flowables for one map: fitted on one page, or tiled with repeated headers."""
    geometry = layout_journey(journey)
    _, _, width, height = geometry.bounds
    frame_w, frame_h = frame
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    pictures = PictureCache()  # shared by the tiles: each card picture is read once

    def flowable(region: Region, scale: float) -> MapFlowable:
        return MapFlowable(geometry, journey, region, scale, persona, labels["persona"], pictures)

    def heading(part: str = "", first: bool = True) -> list:
        out = _map_title(project, journey, labels, st, frame_w, part)
        if journey.scenario and first:
            text = f"{labels['scenario']}: {journey.scenario}"
            scenario, _ = fitted_paragraph(text, st["small"], frame_w, frame_h / 6)
            out += [scenario, Spacer(1, 2 * mm)]
        return out

    if not tile:
        head = heading()
        avail_h = frame_h - _height(head, frame_w, frame_h) - 2
        scale = min(1.0, frame_w / width, avail_h / height) if width and height else 1.0
        region = Region(geometry.lane_header_width, width, geometry.header_height, height)
        return [*head, flowable(region, scale), PageBreak()]
    scale = 0.7
    probe = heading(labels["part"].format(n=99, total=99))
    avail_h = frame_h - _height(probe, frame_w, frame_h) - 2
    regions = list(_tiles(geometry, journey, frame_w / scale, avail_h / scale))
    out: list = []
    for n, region in enumerate(regions, start=1):
        part = labels["part"].format(n=n, total=len(regions)) if len(regions) > 1 else ""
        out += [
            *heading(part, first=n == 1),
            flowable(region, scale),
            PageBreak(),
        ]
    return out


def _tiles(geometry, journey: Journey, page_w: float, page_h: float):
    """Regions of whole columns and whole lanes that fit a page beside the repeated headers."""
    body_w = max(page_w - geometry.lane_header_width, 1)
    body_h = max(page_h - geometry.header_height, 1)
    columns = sorted((h.box[0], h.box[0] + h.box[2]) for h in geometry.steps.values())
    rows = [
        (geometry.lanes[lane.id].box[1], sum(geometry.lanes[lane.id].box[1::2]))
        for lane in journey.lanes
    ]
    x_ranges = _pack(columns or [(geometry.lane_header_width, geometry.bounds[2])], body_w)
    y_ranges = _pack(rows or [(geometry.header_height, geometry.bounds[3])], body_h)
    for y0, y1 in y_ranges:
        for x0, x1 in x_ranges:
            yield Region(x0, x1, y0, y1)


def _pack(spans: list[tuple[float, float]], limit: float) -> list[tuple[float, float]]:
    """Group consecutive spans into ranges no longer than `limit` (a single long span alone)."""
    ranges: list[tuple[float, float]] = []
    start, end = spans[0]
    for s0, s1 in spans[1:]:
        if s1 - start > limit:
            ranges.append((start, end))
            start = s0
        end = s1
    ranges.append((start, end))
    return ranges


_PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


def sorted_actions(actions: list[Action]) -> list[Action]:
    """By priority, then due date (no date last), then title."""
    return sorted(
        actions,
        key=lambda a: (
            _PRIORITY_ORDER[a.priority],
            a.due is None,
            a.due or date.max,
            a.title.lower(),
        ),
    )


def action_plan(project: Project, labels: Labels, st, frame: tuple[float, float]) -> list:
    frame_w, frame_h = frame
    parts: list = [CondPageBreak(60 * mm), Paragraph(markup(labels["action_plan"]), st["h2"])]
    if not project.actions:
        return [*parts, Paragraph(markup(labels["no_actions"]), st["muted"])]
    head = [
        "action",
        "stage",
        "owner",
        "priority",
        "status",
        "impact_effort",
        "start",
        "due",
        "kpi",
    ]
    widths = [0.27, 0.11, 0.09, 0.07, 0.08, 0.08, 0.08, 0.08, 0.14]
    rows = [[Paragraph(markup(labels[h]), st["cell_head"]) for h in head]]
    small = st["small"]
    # A row cannot break over pages: each text cell is cut to a third of the page, so a row and
    # the repeated header always fit; the Excel plan holds every text in full.
    cell = _CellFitter(small, [w * frame_w - 2 * CELL_PADDING for w in widths], frame_h / 3)
    for action in sorted_actions(project.actions):
        journey = project.journey(action.journey_id) if action.journey_id else None
        stage = journey.stage(action.stage_id) if journey and action.stage_id else None
        kpi = " → ".join(x for x in (action.kpi, action.target) if x)
        rows.append(
            [
                cell.fit(0, [action.title, action.description], _action_cell(small)),
                cell.text(1, stage.name if stage else ""),
                cell.text(2, action.owner),
                # Our own short words, dates and numbers: plain strings, which the table sets
                # without wrapping them (Paragraphs made the long plan a third of the export).
                labels.priority(action.priority),
                labels.status(action.status),
                f"{action.impact} / {action.effort}",
                action.start.isoformat() if action.start else "",
                action.due.isoformat() if action.due else "",
                cell.text(8, kpi),
            ]
        )
    table = Table(rows, colWidths=[w * frame_w for w in widths], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 1), (-1, -1), REGULAR),
                ("FONTSIZE", (0, 1), (-1, -1), st["small"].fontSize),
                ("LEADING", (0, 1), (-1, -1), st["small"].leading),
                ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f6f9")]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d5dbe1")),
            ]
        )
    )
    out = [*parts, KeepTogether([]), table]
    if cell.cut:
        out += [Spacer(1, 2 * mm), Paragraph(markup(labels["cut_short"]), st["muted"])]
    return out


CELL_PADDING = 6  # reportlab's default left and right padding of a table cell


def _action_cell(style):
    def build(texts: list[str]) -> Paragraph:
        title, description = texts
        text = f"<b>{markup(title)}</b>"
        if description:
            text += "<br/>" + markup(description)
        return Paragraph(text, style)

    return build


class _CellFitter:
    """Paragraphs for the cells of a table's columns, each cut to `max_height`; `cut` tells
    whether any text was shortened."""

    def __init__(self, style, widths: list[float], max_height: float) -> None:
        self.style = style
        self.widths = widths
        self.max_height = max_height
        self.cut = False

    def fit(self, column: int, texts: list[str], build) -> Paragraph:
        paragraph, cut = fitted(texts, build, self.style, self.widths[column], self.max_height)
        self.cut = self.cut or cut
        return paragraph

    def text(self, column: int, text: str) -> Paragraph:
        return self.fit(column, [text], lambda t: Paragraph(markup(t[0]), self.style))
