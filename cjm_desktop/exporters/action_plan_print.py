"""How the action plan prints: on ONE A4 landscape page wide, the paper a small business has.

The print area is the title row, the header and the columns an owner runs the plan by (action,
owner, status, priority, impact, effort, score, due) plus what each action solves; the longer
columns (description, map, stage, start, KPI, target, notes) stay on the sheet, right of the
print area. Fitted to one page wide and as many high as needed, with the header repeated on each
page. The ID column, there for reading an edited plan back, is hidden and left off the paper.

The printed columns are about as wide as an A4 landscape page holds at full size (PRINTABLE), so
the plan prints near 100 % in Excel and LibreOffice alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

MARGIN_IN = 0.4
# Characters of column width an A4 landscape page holds between MARGIN_IN margins at 100 %.
PRINTABLE = 150


def printed_width(widths: Sequence[float]) -> float:
    """Columns `widths` (in characters) wide, in the units both programs fit pages with: a
    character is a digit's width, and each column has a few pixels of padding (5 of 7)."""
    return sum(widths) + len(widths) * 5 / 7


def set_up_printing(
    ws: Worksheet, first_column: int, last_column: int, header_row: int, last_row: int
) -> None:
    """Print columns `first_column`..`last_column` one A4 landscape page wide, repeating the
    header row on every page."""
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    # 0: as many pages high as needed; only the width is fitted.
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{header_row}:{header_row}"
    first, last = get_column_letter(first_column), get_column_letter(last_column)
    ws.print_area = f"{first}1:{last}{max(last_row, header_row)}"
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = MARGIN_IN
    # The sheet's name and the page: a loose page of a printed plan says where it belongs.
    ws.oddFooter.center.text = "&A  &P / &N"
    ws.oddFooter.center.size = 9
