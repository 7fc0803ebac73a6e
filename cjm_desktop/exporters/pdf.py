"""The PDF report (reportlab): cover, one map page per journey drawn from the shared layout,
persona pages and the action plan; page numbers, metadata and an embedded Unicode font.

Built in memory and written atomically, so a failed export leaves no half-written file.
"""

from __future__ import annotations

import io
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate

from ..model import Project
from ..storage.atomic_write import atomic_write
from .export_progress import PartProgress, StopCheck, check
from .pdf_fonts import REGULAR, register_fonts
from .pdf_labels import Labels
from .pdf_map_pages import frame_of, heading_height, map_flowables, plan_map
from .pdf_outline import Anchor
from .pdf_paper import AUTO, MIN_TEXT_PT, normalise_paper, sheet_size
from .pdf_persona_page import persona_pages
from .pdf_progress import PdfProgress
from .pdf_sections import action_plan, cover, styles
from .pdf_shaped_text import collect_missing

# Compressed streams as raw bytes, not also ASCII85-encoded (reportlab's default): a quarter
# smaller and a tenth faster for a big map; every PDF reader since PDF 1.2 takes binary streams.
rl_config.useA85 = 0

MARGIN = 12 * mm
FRAME_PADDING = 6  # reportlab's Frame default, on each side


BOTTOM_EXTRA = 4 * mm  # the page number's line


@dataclass
class PdfOptions:
    # "auto" (each map on the smallest A-sheet that keeps its card text at `min_text_pt`,
    # tiled past A0; the other pages on A4), a sheet name (A4 .. A0, letter, tabloid) or a
    # custom "WxHmm".
    paper: str = AUTO
    orientation: Literal["landscape", "portrait"] = "landscape"
    # auto: one page when readable there, else tiles; fit: one page always; tile: tiles always
    fit: Literal["auto", "fit", "tile"] = "auto"
    min_text_pt: float = MIN_TEXT_PT
    journey_ids: list[str] | None = None  # None: every map
    include_personas: bool = True
    include_actions: bool = True
    language: str | None = None  # None: the project's language
    extra: dict = field(default_factory=dict)
    # Called with (done, total) as the report is laid out and written; `stop` is polled at
    # every flowable and page, and True raises Cancelled (nothing is written then).
    progress: PartProgress | None = None
    stop: StopCheck | None = None


def page_size(options: PdfOptions) -> tuple[float, float]:
    """The size of the text pages (cover, personas, action plan)."""
    return sheet_size(options.paper, options.orientation)


def _time_stamp(moment: datetime) -> TimeStamp:
    """reportlab's time stamp (the file's creation date) at `moment` instead of now."""
    stamp = TimeStamp(invariant=True)
    seconds = moment.astimezone(UTC).timestamp() if moment.tzinfo else moment.timestamp()
    stamp.t = seconds
    stamp.lt = time.gmtime(seconds)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


def _numbered_canvas(labels: Labels, modified: datetime, written: PartProgress | None = None):
    class NumberedCanvas(Canvas):
        """Writes "Page n of m" once the number of pages is known."""

        def __init__(self, *args, **kwargs):
            # Otherwise every page names Helvetica, a font that is not embedded.
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            # The same project gives the same bytes: dated by its last change, not the clock
            # (the document was made invariant, so its ID does not depend on the clock either).
            self._doc._timeStamp = _time_stamp(modified)
            self._pages: list[dict] = []

            self._marks: list[str] = []

        def bookmarkPage(self, key, **kwargs):
            # Pages are written only in save(): a destination named now would point at the
            # first page, so it is kept with its page and named when that page is written.
            self._marks.append(key)

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._marks = []
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                for key in self._marks:
                    Canvas.bookmarkPage(self, key, fit="Fit")
                width, _ = self._pagesize
                self.setFont(REGULAR, 8)
                self.setFillColorRGB(0.38, 0.49, 0.55)
                self.drawRightString(
                    width - MARGIN, 6 * mm, labels["page"].format(page=number, total=total)
                )
                super().showPage()
                if written is not None:
                    written(number, total)
            self.showOutline()  # open the bookmarks panel: the report's table of contents
            super().save()

    return NumberedCanvas


def _template(size: tuple[float, float], name: str) -> PageTemplate:
    w, h = size
    frame = Frame(MARGIN, MARGIN + BOTTOM_EXTRA, w - 2 * MARGIN, h - 2 * MARGIN - BOTTOM_EXTRA)
    return PageTemplate(id=name, frames=[frame], pagesize=size)


def _frame(size: tuple[float, float]) -> tuple[float, float]:
    """What a flowable gets on a page of `size`: inside the margins, less the frame's padding."""
    return frame_of(size, MARGIN, BOTTOM_EXTRA, FRAME_PADDING)


def _without_break(flowables: list) -> list:
    return flowables[:-1] if flowables and isinstance(flowables[-1], PageBreak) else flowables


def render_pdf(project: Project, options: PdfOptions | None = None) -> bytes:
    """The report as bytes."""
    options = options or PdfOptions()
    paper = normalise_paper(options.paper)
    register_fonts()
    labels = Labels(options.language or project.language.value)
    st = styles()
    text_size = sheet_size(paper, options.orientation)
    templates = {text_size: _template(text_size, "text")}
    # (page size, flowables) per section; sections start on a new page of their size
    sections: list[tuple[tuple[float, float], list]] = []
    frame = _frame(text_size)
    wanted = set(options.journey_ids) if options.journey_ids is not None else None
    journeys = [j for j in project.journeys if wanted is None or j.id in wanted]
    plans = {}
    for journey in journeys:
        check(options.stop)  # laying out a big map takes a while too
        plans[journey.id] = plan_map(
            journey,
            paper,
            options.orientation,
            options.fit,
            options.min_text_pt,
            _frame,
            lambda w, tiled, j=journey: heading_height(
                project, j, labels, st, w, tiled, options.min_text_pt
            ),
        )
    title = project.title or project.brand.name or labels["report"]
    sections.append(
        (
            text_size,
            [
                Anchor(["cover"], title),
                *_without_break(
                    cover(
                        project, labels, st, frame[0], journeys, options.include_actions, frame[1]
                    )
                ),
            ],
        )
    )
    for journey in journeys:
        plan = plans[journey.id]
        map_frame_w = _frame(plan.page)[0]
        pages = map_flowables(project, journey, labels, st, plan, map_frame_w, options.min_text_pt)
        for page in pages:
            sections.append((plan.page, page))
        templates.setdefault(plan.page, _template(plan.page, f"page{len(templates)}"))
    if options.include_personas:
        for persona in project.personas:
            key = f"persona-{persona.id}"
            outline = f"{labels['persona']}: {persona.name or '—'}"
            pages = _without_break(persona_pages(persona, labels, st, frame))
            sections.append((text_size, [Anchor([key], outline), *pages]))
    if options.include_actions:
        plan_pages = action_plan(project, labels, st, frame)
        sections.append((text_size, [Anchor(["actions"], labels["action_plan"]), *plan_pages]))
    story: list = []
    for n, (size, flowables) in enumerate(sections):
        if n:
            story += [NextPageTemplate(templates[size].id), PageBreak()]
        story += flowables
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=text_size,
        pageTemplates=list(templates.values()),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + BOTTOM_EXTRA,
        title=project.title or project.brand.name,
        author=project.author,
        subject=labels["report"] + (f": {project.brand.name}" if project.brand.name else ""),
        creator="cjm_desktop",
        initialFontName=REGULAR,
        invariant=1,
    )
    written = None
    if options.progress is not None or options.stop is not None:
        progress = PdfProgress(story, options.progress, options.stop)
        doc.setProgressCallBack(progress.on_build)
        written = progress.on_page
    doc.build(story, canvasmaker=_numbered_canvas(labels, project.modified, written))
    return buffer.getvalue()


def export_pdf(project: Project, path: str | os.PathLike, options: PdfOptions | None = None) -> str:
    """Write the report to `path` (atomically). Raises UserError for a bad target, Cancelled
    when `options.stop` asks to stop; the target is then untouched. Returns the characters no
    installed font has, printed as boxes ('' when every character printed)."""
    with collect_missing() as missing:
        data = render_pdf(project, options)
    atomic_write(path, data)
    return "".join(sorted(missing))
