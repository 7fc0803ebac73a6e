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

from ..model import Action, Journey, Priority, Project
from .cover_findings import findings
from .pdf_fit import fitted, fitted_paragraph
from .pdf_fonts import BOLD, REGULAR
from .pdf_labels import Labels
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
        "muted_small": ParagraphStyle(
            "muted_small", parent=base, fontSize=8, leading=10, textColor=MUTED
        ),
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


def _facts_table(
    project: Project, labels: Labels, st, width: float, page_h: float
) -> Table | None:
    """The brand's facts, each cut to its share of the page so the cover stays one page."""
    brand = project.brand
    facts = [
        (labels["brand"], brand.name),
        (labels["product"], brand.product),
        (labels["promise"], brand.promise),
        (labels["author"], project.author),
        (labels["date"], labels.date((project.modified or datetime.now(UTC)).date())),
        (labels["maps"], ", ".join(j.title for j in project.journeys)),
    ]
    label_w = 32 * mm
    value_w = width - label_w - 2 * CELL_PADDING
    cell = _CellFitter(st["base"], [label_w - 2 * CELL_PADDING, value_w], page_h / 8)
    rows = [[cell.text(0, k), cell.text(1, v)] for k, v in facts if v]
    if brand.usps:

        def usps(texts: list[str]) -> Paragraph:
            return Paragraph("<br/>".join("• " + markup(u) for u in texts if u), st["base"])

        rows.append([cell.text(0, labels["usps"]), cell.fit(1, list(brand.usps), usps)])
    if not rows:
        return None
    table = Table(rows, colWidths=[label_w, width - label_w], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def _findings(project: Project, journeys: list[Journey], labels: Labels, st, linked: bool) -> list:
    """The findings as linked lists under small headings (every line links to its map page)."""
    out: list = [Paragraph(markup(labels["findings"]), st["h3"])]
    for heading, items in findings(project, journeys, labels).items():
        out.append(Paragraph(f"<b>{markup(labels[heading])}</b>", st["small"]))
        if not items:
            out.append(Paragraph(markup(labels["none"]), st["muted_small"]))
        for item in items:
            link = markup(item.text)
            if item.key != "actions" or linked:  # the action plan may be left out
                link = f'<a href="#{item.key}" color="#3f6ea6">{link}</a>'
            out.append(Paragraph("• " + link, st["small"]))
        out.append(Spacer(1, 2 * mm))
    return out


def cover(
    project: Project,
    labels: Labels,
    st,
    width: float = 250 * mm,
    journeys: list[Journey] | None = None,
    actions_linked: bool = True,
    height: float = 170 * mm,
) -> list:
    """Title, the brand's facts on the left, and what the maps found on the right."""
    brand = project.brand
    parts: list = [
        Spacer(1, 10 * mm),
        Paragraph(markup(labels["report"]), st["muted"]),
        fitted_paragraph(project.title or brand.name or "—", st["h1"], width, height / 4)[0],
        Spacer(1, 6 * mm),
    ]
    left_w = width * 0.45
    left: list = []
    facts = _facts_table(project, labels, st, left_w - 6 * mm, height)
    if facts is not None:
        left.append(facts)
    if brand.description:
        description, _ = fitted_paragraph(brand.description, st["base"], left_w, height / 4)
        left += [Spacer(1, 4 * mm), description]
    shown = project.journeys if journeys is None else journeys
    right = _findings(project, shown, labels, st, actions_linked)
    body = Table([[left or "", right]], colWidths=[left_w, width - left_w], hAlign="LEFT")
    body.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBEFORE", (1, 0), (1, 0), 0.5, colors.HexColor("#d5dbe1")),
                ("LEFTPADDING", (1, 0), (1, 0), 5 * mm),
            ]
        )
    )
    used = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in parts)
    if body.wrap(width, height)[1] > height - used:
        # Side by side does not fit one page (a long description, many maps): one after the
        # other instead, where tables and paragraphs may run on over pages.
        return [*parts, *left, Spacer(1, 4 * mm), *right, PageBreak()]
    return [*parts, body, PageBreak()]


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
                labels.short_date(action.start) if action.start else "",
                labels.short_date(action.due) if action.due else "",
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
