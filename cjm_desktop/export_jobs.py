"""One export request (PDF, Excel, Mermaid, PNG, SVG) run step by step, for the CLI and the GUI.

The GUI shows `progress(done, total, what)` in a progress dialog, and `part(done, total)` within
the file being written (the PDF reports it); `stop()` is asked between files and inside the PDF,
and True raises Cancelled. The CLI passes none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .exporters.export_progress import PartProgress, StopCheck, check
from .exporters.picture_scale import checked_scale
from .model import Journey, Project
from .storage.atomic_write import atomic_write
from .user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

Progress = Callable[[int, int, str], None]
_CTX = "export"


@dataclass
class ExportRequest:
    pdf: str | None = None
    xlsx: str | None = None
    mermaid: str | None = None
    png: str | None = None
    svg: str | None = None
    cards: str | None = None
    cjml: str | None = None
    journey_ids: list[str] | None = None
    paper: str = "auto"  # auto, A4 .. A0, letter, tabloid or "WxHmm"
    portrait: bool = False
    tile: bool = False  # tiles even where one page would do
    one_page: bool = False  # one page even where the text gets smaller than min_text_pt
    min_text_pt: float | None = None  # None: the PDF exporter's MIN_TEXT_PT
    include_personas: bool = True
    include_actions: bool = True
    scale: float = 1.0

    def is_empty(self) -> bool:
        return not any(
            (self.pdf, self.xlsx, self.mermaid, self.png, self.svg, self.cards, self.cjml)
        )


def selected_journeys(project: Project, journey_ids: list[str] | None) -> list[Journey]:
    if not journey_ids:
        return list(project.journeys)
    unknown = [jid for jid in journey_ids if project.journey(jid) is None]
    if unknown:
        known = ", ".join(f"{j.id} ({j.title})" for j in project.journeys)
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(_CTX, "No map with ID {ids} in this project. Maps: {known}"),
                ids=", ".join(unknown),
                known=known,
            )
        )
    return [j for j in project.journeys if j.id in journey_ids]


def per_journey_paths(out: str, journeys: list[Journey]) -> list[tuple[Journey, Path]]:
    """One output file per map: OUT itself for one map, OUT-1, OUT-2 ... for several."""
    path = Path(out)
    if len(journeys) == 1:
        return [(journeys[0], path)]
    return [
        (journey, path.with_name(f"{path.stem}-{i}{path.suffix}"))
        for i, journey in enumerate(journeys, start=1)
    ]


@dataclass
class _Hooks:
    part: PartProgress | None = None
    stop: StopCheck | None = None
    notes: list[UserMessage] | None = None


def _steps(
    project: Project, request: ExportRequest, hooks: _Hooks
) -> Iterator[tuple[str, Callable[[], Path]]]:
    journeys = selected_journeys(project, request.journey_ids)
    if not journeys and (request.mermaid or request.png or request.svg or request.cards):
        raise UserError(UserMessage(_CTX, QT_TRANSLATE_NOOP(_CTX, "The project has no maps.")))
    if request.png or request.svg:
        checked_scale(request.scale)  # before any file is written, not after the PDF
    if request.pdf:
        yield request.pdf, lambda: _pdf(project, request, journeys, hooks)
    if request.xlsx:
        yield request.xlsx, lambda: _excel(project, request.xlsx)
    if request.mermaid:
        for journey, path in per_journey_paths(request.mermaid, journeys):
            yield str(path), lambda j=journey, p=path: _mermaid(project, j, p)
    if request.cjml:
        yield request.cjml, lambda: _cjml(project, request.cjml)
    if request.cards:
        for journey, path in per_journey_paths(request.cards, journeys):
            yield str(path), lambda j=journey, p=path: _cards(project, j, p)
    for fmt in ("png", "svg"):
        out = getattr(request, fmt)
        if out:
            for journey, path in per_journey_paths(out, journeys):
                yield str(path), lambda j=journey, p=path, f=fmt: _image(project, j, p, f, request)


def run_exports(
    project: Project,
    request: ExportRequest,
    progress: Progress | None = None,
    *,
    part: PartProgress | None = None,
    stop: StopCheck | None = None,
    notes: list[UserMessage] | None = None,
) -> list[Path]:
    """Write every output of `request`; return the files written. Raises UserError, and
    Cancelled when `stop` asks to stop (the file being written is then left unwritten).
    Warnings about files written (characters no font could print) are appended to `notes`."""
    steps = list(_steps(project, request, _Hooks(part, stop, notes)))
    written: list[Path] = []
    for done, (name, step) in enumerate(steps):
        if progress:
            progress(done, len(steps), name)
        check(stop)
        written.append(step())
    if progress:
        progress(len(steps), len(steps), "")
    return written


def _pdf(project: Project, request: ExportRequest, journeys: list[Journey], hooks: _Hooks) -> Path:
    from .exporters.pdf import PdfOptions, export_pdf
    from .exporters.pdf_paper import MIN_TEXT_PT

    options = PdfOptions(
        paper=request.paper,
        orientation="portrait" if request.portrait else "landscape",
        fit="tile" if request.tile else "fit" if request.one_page else "auto",
        min_text_pt=request.min_text_pt or MIN_TEXT_PT,
        journey_ids=[j.id for j in journeys],
        include_personas=request.include_personas,
        include_actions=request.include_actions,
        progress=hooks.part,
        stop=hooks.stop,
    )
    path = Path(request.pdf)
    missing = export_pdf(project, path, options)
    if missing and hooks.notes is not None:
        hooks.notes.append(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX,
                    "{file}: no installed font has these characters, they print as boxes: "
                    "{characters}",
                ),
                file=path.name,
                # With code points: where no font has a character, it shows as a box here too.
                characters=", ".join(f"{c} (U+{ord(c):04X})" for c in missing),
            )
        )
    return path


def _excel(project: Project, out: str) -> Path:
    from .exporters.excel import export_excel

    path = Path(out)
    export_excel(project, path)
    return path


def _mermaid(project: Project, journey: Journey, path: Path) -> Path:
    from .exporters.mermaid import export_mermaid

    atomic_write(path, export_mermaid(journey, project).encode("utf-8"))
    return path


def _cjml(project: Project, out: str) -> Path:
    from .exporters.cjml import export_cjml

    path = Path(out)
    atomic_write(path, export_cjml(project))
    return path


def _cards(project: Project, journey: Journey, path: Path) -> Path:
    from .exporters.cards_export import write_cards

    return write_cards(journey, project.language, path)


def _image(project: Project, journey: Journey, path: Path, fmt: str, request) -> Path:
    from .exporters.image import export_image

    export_image(project, journey.id, path, fmt=fmt, scale=request.scale)
    return path
