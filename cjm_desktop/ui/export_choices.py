"""What the export dialog remembers between runs (formats, PDF options, picture scale, the folder
last used for a project) and the files an export request will write. No widgets here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..export_jobs import ExportRequest, per_journey_paths, selected_journeys
from ..model import Project

FORMATS = ("pdf", "xlsx", "mermaid", "png", "svg")
SUFFIXES = {"pdf": ".pdf", "xlsx": ".xlsx", "mermaid": ".mmd", "png": ".png", "svg": ".svg"}
#: Formats drawn from the Qt canvas scene: they must run in the GUI thread.
PICTURE_FORMATS = ("png", "svg")
#: Formats with one file per map.
PER_MAP_FORMATS = ("mermaid", "png", "svg")
# Characters no file name may hold on one of the platforms we run on.
UNSAFE_NAME_CHARACTERS = '/\\:*?"<>|'


@dataclass
class ExportChoices:
    formats: list[str] = field(default_factory=lambda: ["pdf", "xlsx"])
    paper: str = "auto"  # auto, A4 .. A0, letter, tabloid or a custom "WxHmm"
    portrait: bool = False
    fit: str = "auto"  # auto (tiles where one page would print too small), fit, tile
    min_text_pt: float = 7.0
    include_personas: bool = True
    include_actions: bool = True
    # Twice the screen size: sharp on high-density screens and in slides.
    scale: float = 2.0
    open_folder: bool = False
    #: The folder of the last export, and the project file it was made from: a folder chosen for
    #: one project is offered again for that project only.
    folder: str = ""
    project: str = ""

    def request(self, folder: Path, base: str, journey_ids: list[str] | None) -> ExportRequest:
        def out(fmt: str) -> str | None:
            return str(folder / f"{base}{SUFFIXES[fmt]}") if fmt in self.formats else None

        return ExportRequest(
            pdf=out("pdf"),
            xlsx=out("xlsx"),
            mermaid=out("mermaid"),
            png=out("png"),
            svg=out("svg"),
            journey_ids=journey_ids,
            paper=self.paper,
            portrait=self.portrait,
            tile=self.fit == "tile",
            one_page=self.fit == "fit",
            min_text_pt=self.min_text_pt,
            include_personas=self.include_personas,
            include_actions=self.include_actions,
            scale=self.scale,
        )


def safe_file_name(text: str) -> str:
    """`text` as a file name without a folder part: unsafe characters become '-'."""
    name = "".join("-" if c in UNSAFE_NAME_CHARACTERS or ord(c) < 32 else c for c in text)
    return name.strip(" .")


def planned_files(project: Project, request: ExportRequest) -> list[tuple[str, Path]]:
    """(format, path) of every file `request` writes, in the order run_exports writes them."""
    journeys = selected_journeys(project, request.journey_ids)
    files: list[tuple[str, Path]] = []
    for fmt in FORMATS:
        out = getattr(request, fmt)
        if not out:
            continue
        if fmt in PER_MAP_FORMATS:
            files += [(fmt, path) for _, path in per_journey_paths(out, journeys)]
        else:
            files.append((fmt, Path(out)))
    return files


def split_request(request: ExportRequest) -> tuple[ExportRequest, ExportRequest]:
    """The part any thread may run (PDF, Excel, Mermaid) and the pictures the GUI thread draws."""
    plain = replace(request, png=None, svg=None)
    pictures = replace(request, pdf=None, xlsx=None, mermaid=None)
    return plain, pictures
