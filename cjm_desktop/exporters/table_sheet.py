"""A plain table sheet: a styled header row over rows of values, ready to filter and print.

Shared by the touchpoint and persona sheets so every table in the workbook looks alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from .cell_styles import style_cache
from .excel_font import font
from .safe_cell import write_value

HEADER_FONT = font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")

CellValue = str | int | float | None


def write_header(ws: Worksheet, row: int, headers: Sequence[str]) -> None:
    for col, text in enumerate(headers, start=1):
        cell = write_value(ws, row, col, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def write_table(
    ws: Worksheet,
    headers: Sequence[str],
    rows: Sequence[Sequence[CellValue]],
    widths: Sequence[float],
    *,
    filter_rows: bool = True,
) -> None:
    """Header in row 1, `rows` below it, column widths, wrapped text, frozen header, filters and
    a print setup fitted to the page width that repeats the header on every page: portrait when
    the columns fit on it at no less than about 80 %, else landscape."""
    write_header(ws, 1, headers)
    styles = style_cache(ws)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            styles.apply(write_value(ws, r, c, value), alignment=WRAP_TOP)
        texts = [(v, w) for v, w in zip(values, widths, strict=False) if isinstance(v, str)]
        fit_row_height(ws, r, texts)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    last_col = get_column_letter(len(headers))
    last_row = max(len(rows) + 1, 2)
    ws.freeze_panes = "A2" if filter_rows else "B2"
    if filter_rows:
        ws.auto_filter.ref = f"A1:{last_col}{last_row}"
    set_up_printing(ws, f"A1:{last_col}{last_row}", portrait=sum(widths) <= PORTRAIT_WIDTH)


#: Characters of column width printed on A4 portrait at about 80 %; the page holds ~92 between
#: the default margins. Wider tables print landscape, which holds ~140.
PORTRAIT_WIDTH = 115


def set_up_printing(ws: Worksheet, area: str, *, portrait: bool = False) -> None:
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT if portrait else ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    # 0: as many pages high as needed; only the width is fitted.
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"
    ws.print_area = area
    # Printed tables without lines are hard to follow across a landscape page.
    ws.print_options.gridLines = True


# Points per line of 11 pt text, and Excel's largest row height.
LINE_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0


def estimated_lines(text: str, width: float) -> int:
    """How many lines `text` wraps to in a column `width` characters wide. Spreadsheet programs
    do not grow rows for wrapped text written by a library, so the exporter sets the height."""
    per_line = max(int(width), 1)
    return sum(max(1, -(-len(line) // per_line)) for line in text.split("\n"))


def fit_row_height(
    ws: Worksheet, row: int, texts: Sequence[tuple[str, float]], *, minimum_lines: int = 1
) -> None:
    """Make `row` tall enough for the tallest of its (text, column width) cells."""
    lines = max((estimated_lines(text, width) for text, width in texts if text), default=1)
    lines = max(lines, minimum_lines)
    if lines > 1:
        ws.row_dimensions[row].height = min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT)
