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
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from ..model import Project
from ..storage.atomic_write import atomic_write
from .export_progress import PartProgress, StopCheck, check
from .pdf_fonts import REGULAR, register_fonts
from .pdf_labels import Labels
from .pdf_persona_page import persona_pages
from .pdf_progress import PdfProgress
from .pdf_sections import action_plan, cover, map_pages, styles
from .pdf_shaped_text import collect_missing

# Compressed streams as raw bytes, not also ASCII85-encoded (reportlab's default): a quarter
# smaller and a tenth faster for a big map; every PDF reader since PDF 1.2 takes binary streams.
rl_config.useA85 = 0

MARGIN = 12 * mm
FRAME_PADDING = 6  # reportlab's Frame default, on each side


@dataclass
class PdfOptions:
    paper: Literal["A4", "A3"] = "A4"
    orientation: Literal["landscape", "portrait"] = "landscape"
    fit: Literal["fit", "tile"] = "fit"
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
    size = A3 if options.paper == "A3" else A4
    return landscape(size) if options.orientation == "landscape" else portrait(size)


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

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.setFont(REGULAR, 8)
                self.setFillColorRGB(0.38, 0.49, 0.55)
                self.drawRightString(
                    width - MARGIN, 6 * mm, labels["page"].format(page=number, total=total)
                )
                super().showPage()
                if written is not None:
                    written(number, total)
            super().save()

    return NumberedCanvas


def render_pdf(project: Project, options: PdfOptions | None = None) -> bytes:
    """The report as bytes."""
    options = options or PdfOptions()
    register_fonts()
    labels = Labels(options.language or project.language.value)
    st = styles()
    size = page_size(options)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=project.title or project.brand.name,
        author=project.author,
        subject=labels["report"] + (f": {project.brand.name}" if project.brand.name else ""),
        creator="cjm_desktop",
        initialFontName=REGULAR,
        invariant=1,
    )
    # What a flowable gets: the page inside the margins, less the frame's own padding.
    frame = (doc.width - 2 * FRAME_PADDING - 1, doc.height - 2 * FRAME_PADDING - 1)
    story = cover(project, labels, st, frame)
    wanted = set(options.journey_ids) if options.journey_ids is not None else None
    for journey in project.journeys:
        if wanted is None or journey.id in wanted:
            check(options.stop)  # laying out a big map takes a while too
            story += map_pages(project, journey, labels, st, frame, options.fit == "tile")
    if options.include_personas:
        for persona in project.personas:
            story += persona_pages(persona, labels, st, frame)
    if options.include_actions:
        story += action_plan(project, labels, st, frame)
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
