"""The one place that writes user text into Excel cells safely.

openpyxl turns any string that starts with "=" into a formula (it sets the cell's data_type to "f"),
and a spreadsheet program evaluates text starting with = + - @ (or a tab or carriage return, which
some programs strip first) as a formula when a person edits the cell: "CSV/formula injection".
So user text is always stored as a string cell (data_type "s", written as an inline string), and
text that starts with one of those characters also gets the quotePrefix style, which is how Excel
and LibreOffice mark "this is text, even if it looks like a formula" (the hidden leading
apostrophe), so it stays text when someone edits the cell.

Characters that XML 1.0 cannot hold (most control characters, lone surrogates, U+FFFE/U+FFFF)
go through xml_text, the sanitiser every XML output shares: openpyxl refuses some of them and a
spreadsheet program refuses the rest.
"""

from __future__ import annotations

from datetime import date, datetime

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from .xml_text import xml_text

# Characters a formula may start with once a program strips leading tabs and carriage returns.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# Excel's limit for the text of one cell.
MAX_CELL_CHARS = 32767


def clean_text(text: str) -> str:
    """`text` as it will read back from the workbook: made XML-safe (xml_text), line ends as
    "\n" (an XML reader turns a bare carriage return into a newline anyway), cut to the length a
    cell holds."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return xml_text(text)[:MAX_CELL_CHARS]


def needs_quote_prefix(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def write_text(ws: Worksheet, row: int, column: int, text: str) -> Cell:
    """Write user text as a plain string that is never evaluated."""
    cell = ws.cell(row=row, column=column)
    value = clean_text(text)
    # Stored as a string directly: openpyxl's value setter would guess "f" (a formula) for a
    # leading "=", and re-check what clean_text already made safe (a tenth of a big export).
    cell._value = value
    cell.data_type = "s"
    if needs_quote_prefix(text) or needs_quote_prefix(value):
        cell.quotePrefix = True
    return cell


def write_value(
    ws: Worksheet, row: int, column: int, value: str | int | float | date | None
) -> Cell:
    """Write a cell of any kind; strings go through `write_text`, so no caller can forget."""
    if isinstance(value, str):
        return write_text(ws, row, column, value)
    cell = ws.cell(row=row, column=column)
    if isinstance(value, datetime):
        value = value.replace(tzinfo=None)
    cell.value = value
    return cell


def write_formula(ws: Worksheet, row: int, column: int, formula: str) -> Cell:
    """Write a formula WE built (never user text): the only way a formula enters the workbook."""
    if not formula.startswith("="):
        raise ValueError(f"not a formula: {formula!r}")
    cell = ws.cell(row=row, column=column)
    cell.value = formula
    return cell
