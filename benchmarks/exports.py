"""The "export" section of benchmarks/run.py: PDF and Excel export of M and L against floors.

Floors, measured in the same run:
- Excel: openpyxl in write-only mode writing the same cell values (no styles, merges,
  validations or conditional formats) to the same kind of in-memory file.
- PDF: a bare reportlab canvas drawing as many plain rectangles and strings, in the same
  embedded font over the same number of pages, as our report draws shapes and text runs
  (counted on one of our own renders).
Peak memory is that of a fresh interpreter loading the project and exporting it once.

    .venv/bin/python benchmarks/run.py --only export
    .venv/bin/python benchmarks/exports.py --profile pdf L   # cProfile of one export
"""

from __future__ import annotations

import io
import sys
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

Row = tuple[str, str, str, str, str]

_SHAPES = ("rect", "roundRect", "circle", "ellipse", "drawPath", "line", "drawImage")
_STRINGS = ("drawString", "drawCentredString", "drawRightString", "drawText")
GOALS = {"xlsx": (2.0, None), "pdf": (3.0, 3.0)}  # (ratio to floor, seconds), for L


def _load(path: Path):
    from cjm_desktop.storage import load

    return load(path)


def export_pdf_bytes(project) -> bytes:
    from cjm_desktop.exporters.pdf import render_pdf

    return render_pdf(project)


def export_xlsx_bytes(project) -> bytes:
    from cjm_desktop.exporters.excel import workbook_bytes

    return workbook_bytes(project)


# -- the Excel floor ------------------------------------------------------------------------
def cell_values(project) -> list[tuple[str, list[tuple]]]:
    """Every sheet's rows of values, as our workbook holds them."""
    from cjm_desktop.exporters.excel import build_workbook

    wb = build_workbook(project)
    return [(ws.title, [tuple(r) for r in ws.iter_rows(values_only=True)]) for ws in wb]


def xlsx_floor(sheets: list[tuple[str, list[tuple]]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# -- the PDF floor --------------------------------------------------------------------------
@contextmanager
def _counting(counts: Counter):
    """Count the canvas calls that put shapes and text on the page while the block runs."""
    from reportlab.pdfgen.canvas import Canvas

    saved = {name: getattr(Canvas, name) for name in (*_SHAPES, *_STRINGS, "showPage")}

    def counter(name: str, original: Callable):
        def wrapper(self, *args, **kwargs):
            counts[name] += 1
            return original(self, *args, **kwargs)

        return wrapper

    from cjm_desktop.exporters.pdf_painter import Painter

    # A placed symbol (a face, an icon) is written as a reference to a form, not through the
    # canvas's shape calls: count each as one shape drawn.
    symbol = Painter.symbol
    for name, original in saved.items():
        setattr(Canvas, name, counter(name, original))
    Painter.symbol = counter("symbol", symbol)
    try:
        yield counts
    finally:
        for name, original in saved.items():
            setattr(Canvas, name, original)
        Painter.symbol = symbol


def drawn_counts(project) -> tuple[int, int, int]:
    """(shapes, strings, pages) our report draws for `project`."""
    counts: Counter = Counter()
    with _counting(counts):
        export_pdf_bytes(project)
    shapes = sum(counts[n] for n in (*_SHAPES, "symbol"))
    strings = sum(counts[n] for n in _STRINGS)
    # NumberedCanvas defers its pages: the base showPage runs once a page, at the end.
    return shapes, strings, max(counts["showPage"], 1)


def pdf_floor(shapes: int, strings: int, pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    import cjm_desktop.exporters.pdf  # noqa: F401  (the same reportlab settings as ours)
    from cjm_desktop.exporters.pdf_fonts import REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=landscape(A4), initialFontName=REGULAR)
    per_page_shapes = -(-shapes // pages)
    per_page_strings = -(-strings // pages)
    drawn_shapes = drawn_strings = 0
    for _ in range(pages):
        canv.setFont(REGULAR, 8)
        for n in range(min(per_page_shapes, shapes - drawn_shapes)):
            canv.rect(20 + (n % 40) * 20, 20 + (n // 40 % 28) * 20, 18, 18, stroke=1, fill=0)
        drawn_shapes += per_page_shapes
        for n in range(min(per_page_strings, strings - drawn_strings)):
            canv.drawString(20 + (n % 8) * 100, 20 + (n // 8 % 70) * 8, "Klant bestelt brood")
        drawn_strings += per_page_strings
        canv.showPage()
    canv.save()
    return buffer.getvalue()


# -- the section ----------------------------------------------------------------------------
def _ratio(kind: str, size: str, ours: float, floor: float) -> str:
    text = f"{ours / floor:.2f}x"
    if size == "L":
        ratio_goal, seconds_goal = GOALS[kind]
        text += f" (goal {ratio_goal:g}x" + (f", < {seconds_goal:g} s)" if seconds_goal else ")")
    return text


def export_rows(paths: dict[str, Path], repeat: int) -> list[Row]:
    from run import best_of, ms, peak_rss_mb

    rows: list[Row] = []
    for size in ("M", "L"):
        project = _load(paths[size])
        sheets = cell_values(project)
        cells = sum(len(r) for _, rows_ in sheets for r in rows_)
        floor = best_of(lambda sheets=sheets: xlsx_floor(sheets), repeat)
        ours = best_of(lambda p=project: export_xlsx_bytes(p), repeat)
        rows.append(
            (
                f"Excel export {size}",
                ms(ours),
                f"write-only, {cells} cells",
                ms(floor),
                _ratio("xlsx", size, ours, floor),
            )
        )
        shapes, strings, pages = drawn_counts(project)
        floor = best_of(lambda s=shapes, t=strings, n=pages: pdf_floor(s, t, n), repeat)
        ours = best_of(lambda p=project: export_pdf_bytes(p), repeat)
        rows.append(
            (
                f"PDF export {size}",
                ms(ours),
                f"canvas, {shapes} rects + {strings} strings, {pages} p.",
                ms(floor),
                _ratio("pdf", size, ours, floor),
            )
        )
    path = paths["L"]
    for kind in ("xlsx", "pdf"):
        code = (
            "import sys; sys.path.insert(0, 'benchmarks'); import exports as e; "
            f"e.export_{kind}_bytes(e._load(__import__('pathlib').Path({str(path)!r})))"
        )
        floor_code = (
            "import sys; sys.path.insert(0, 'benchmarks'); import exports as e; "
            f"e._load(__import__('pathlib').Path({str(path)!r})); "
            + (
                "e.xlsx_floor([('a', [tuple(range(20))] * 2000)])"
                if kind == "xlsx"
                else "e.pdf_floor(1000, 1000, 1)"
            )
        )
        rss, rss_floor = peak_rss_mb(code), peak_rss_mb(floor_code)
        rows.append(
            (
                f"peak memory, {'Excel' if kind == 'xlsx' else 'PDF'} export L",
                f"{rss:.0f} MB",
                "L loaded, library imported",
                f"{rss_floor:.0f} MB",
                f"{rss / rss_floor:.2f}x (goal < 500 MB)",
            )
        )
    return rows


def profile(kind: str, size: str) -> None:
    import cProfile
    import pstats

    from synthetic import write_sizes

    paths = write_sizes(Path(__file__).resolve().parent / "data")
    project = _load(paths[size])
    export = export_pdf_bytes if kind == "pdf" else export_xlsx_bytes
    export(project)  # warm caches and imports, as in the timed runs
    profiler = cProfile.Profile()
    profiler.runcall(export, project)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    sys.path[:0] = [str(here), str(here.parent)]
    if len(sys.argv) == 4 and sys.argv[1] == "--profile":
        profile(sys.argv[2], sys.argv[3])
    else:
        print(__doc__)
