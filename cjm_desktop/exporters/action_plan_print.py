"""How the action plan prints: readable on the A4 paper a small business has.

All seventeen columns fitted to one page width printed at under half size. Instead the plan is
fitted to two A4 landscape pages wide: the first says what is to be done and by whom (action ..
priority), the second how and by when (impact .. notes), with the action's title repeated at its
left. Pages run across, then down, so each band of rows comes out as a pair. The ID column, there
for reading an edited plan back, is left off the paper; the sheet itself keeps every column.

The column widths make the two halves about equally wide, so "fit to two pages wide" splits
between priority and impact in Excel and LibreOffice alike, whatever font they measure with (a
manual page break would not do: both ignore it when fitting).
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

MARGIN_IN = 0.4


def printed_width(widths: Sequence[float]) -> float:
    """Columns `widths` (in characters) wide, in the units both programs fit pages with: a
    character is a digit's width, and each column has a few pixels of padding (5 of 7)."""
    return sum(widths) + len(widths) * 5 / 7


def pages_across(widths: Sequence[float], first_page_ends: int) -> tuple[float, float]:
    """The printed widths of the two pages when the first ends before column `first_page_ends`
    (1-based): columns 2.. on the first, the title (column 2) and the rest on the second."""
    first = widths[1 : first_page_ends - 1]
    second = [widths[1], *widths[first_page_ends - 1 :]]
    return printed_width(first), printed_width(second)


def set_up_printing(ws: Worksheet, columns: int, last_row: int) -> None:
    """Print columns 2..`columns` (column 1 is the ID) two A4 landscape pages wide."""
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 2
    # 0: as many pages high as needed; only the width is fitted.
    ws.page_setup.fitToHeight = 0
    ws.page_setup.pageOrder = "overThenDown"
    ws.print_title_rows = "1:1"
    ws.print_title_cols = "B:B"
    last = ws.cell(row=1, column=columns).column_letter
    ws.print_area = f"B1:{last}{max(last_row, 1)}"
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = MARGIN_IN
    # The sheet's name and the page: a loose page of a printed plan says where it belongs.
    ws.oddFooter.center.text = "&A  &P / &N"
    ws.oddFooter.center.size = 9
