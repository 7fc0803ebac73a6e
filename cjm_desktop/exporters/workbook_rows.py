"""Reading an untrusted .xlsx workbook row by row, within named limits, for the plan import.

A small file can describe an enormous sheet: one cell at A1048576 declares a million rows, and a
402 KB file can hold five million identical rows, which openpyxl's normal mode builds in memory
(minutes and gigabytes). So the workbook is opened read-only, the sheet's XML is streamed, its
declared dimension is ignored, every <row> element is counted (duplicates too, which openpyxl's
own iterator skips without yielding), reading stops after a long run of empty rows and refuses a
sheet longer than the limit. The zip is checked first: parts that unpack to more than the limit
(a zip bomb, a huge shared-strings part) are refused before openpyxl reads them.

Each cell comes back with what kind it is: a value, a formula with the value the spreadsheet
program last calculated (the cached value, read by a second parser over the same XML), a formula
without one, or an error such as #REF!.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

# The streaming parser of openpyxl's read-only mode, used directly so that every <row> element
# is seen and counted (ReadOnlyWorksheet.iter_rows silently skips repeated row numbers).
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

#: Largest workbook file read at all: an exported plan of 10,000 actions is under 1 MB, so this
#: leaves room for pictures in the map sheets while keeping a hostile file's reading short.
MAX_WORKBOOK_BYTES = 50 * 1024 * 1024
#: Largest total of the XML parts once unpacked: 10,000 exported actions unpack to about 12 MB.
#: A zip bomb or a huge shared-strings part is refused before openpyxl inflates it in memory.
MAX_UNPACKED_XML_BYTES = 100 * 1024 * 1024
#: Rows read from the sheet, title, header and blank rows included: an action plan of the largest
#: size (action_plan_import.MAX_ACTIONS) with a blank row between every two still fits.
MAX_SHEET_ROWS = 25_000
#: A run of this many empty rows ends the table: what comes after is stray cells far below (a
#: sheet "used" down to row 1,048,576), never rows people meant to import.
MAX_EMPTY_RUN = 1_000


class CellKind(Enum):
    VALUE = "value"
    CACHED_FORMULA = "cached_formula"  # a formula; `value` is its last calculated value
    FORMULA = "formula"  # a formula without a calculated value; `value` is its text
    ERROR = "error"  # an error value such as #REF! or #DIV/0!; `value` is its text


@dataclass(frozen=True)
class SheetCell:
    value: object
    kind: CellKind = CellKind.VALUE


@dataclass
class SheetRow:
    number: int
    cells: dict[int, SheetCell] = field(default_factory=dict)  # by column number, from 1


class WorkbookProblem(Exception):
    """The workbook cannot be read (damaged, a bomb); `reason` says why, in English, for the
    details list of the import's message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SheetTooLong(Exception):
    """The sheet has more rows than MAX_SHEET_ROWS; nothing of it is used."""


def check_zip(data: bytes) -> None:
    """Refuse a file that is not a zip, or whose XML parts unpack beyond the limit. The sizes
    the zip declares bound what is unpacked: Python's zipfile stops reading a part there."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise WorkbookProblem(f"not a zip archive ({exc})") from exc
    unpacked = sum(i.file_size for i in infos if not i.filename.startswith("xl/media/"))
    if unpacked > MAX_UNPACKED_XML_BYTES:
        raise WorkbookProblem(
            f"its parts unpack to {unpacked // (1024 * 1024)} MiB, more than the "
            f"{MAX_UNPACKED_XML_BYTES // (1024 * 1024)} MiB an action plan can need"
        )


def open_workbook(data: bytes) -> Workbook:
    """The workbook in read-only mode (close it after use). Raises WorkbookProblem."""
    check_zip(data)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it does not support (extensions, some validations);
            # none of them matter for reading the plan's values.
            warnings.simplefilter("ignore")
            return load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # any failure to parse an untrusted file means the same to the user
        raise WorkbookProblem(f"{type(exc).__name__}: {exc}") from exc


def _parser(wb: Workbook, ws, data_only: bool) -> Iterator[tuple[int, list[dict]]]:
    with ws._get_source() as source:
        parser = WorkSheetParser(
            source,
            ws._shared_strings,
            data_only=data_only,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )
        yield from parser.parse()


def _cell(formula: dict, cached: dict | None) -> SheetCell:
    if formula["data_type"] == "f":
        if cached is not None and cached["value"] is not None:
            if cached["data_type"] == "e":
                return SheetCell(str(cached["value"]), CellKind.ERROR)
            return SheetCell(cached["value"], CellKind.CACHED_FORMULA)
        text = formula["value"]
        if isinstance(text, ArrayFormula):
            text = text.text
        elif isinstance(text, DataTableFormula):
            text = "{=TABLE()}"
        return SheetCell(str(text), CellKind.FORMULA)
    if formula["data_type"] == "e":
        return SheetCell(str(formula["value"]), CellKind.ERROR)
    return SheetCell(formula["value"])


def sheet_rows(wb: Workbook, title: str, max_column: int) -> Iterator[SheetRow]:
    """The rows of sheet `title` in order, with the cells of columns 1..max_column that hold
    something, whitespace included (a note of one line break is a note); rows holding nothing
    but whitespace count as empty and are not yielded. Stops after MAX_EMPTY_RUN empty rows; raises
    SheetTooLong past MAX_SHEET_ROWS rows, WorkbookProblem when the XML is damaged."""
    ws = wb[title]
    read = 0
    previous = 0  # the number of the row element before
    last = 0  # the number of the last row that held something
    try:
        with warnings.catch_warnings():
            # A date cell out of range is warned about and read as the error #VALUE!.
            warnings.simplefilter("ignore")
            pairs = zip(_parser(wb, ws, False), _parser(wb, ws, True), strict=False)
            for (number, formulas), (_, cached) in pairs:
                read += 1
                if read > MAX_SHEET_ROWS:
                    raise SheetTooLong
                if number <= previous:
                    continue  # a repeated or out-of-order row number: Excel would not open it
                previous = number
                if number - last - 1 >= MAX_EMPTY_RUN:
                    return  # the rows between were all empty: the table ended there
                row = _row(number, formulas, cached, max_column)
                if any(not _blank(cell.value) for cell in row.cells.values()):
                    last = number
                    yield row
    except SheetTooLong:
        raise
    except Exception as exc:  # a damaged part: bad XML, a shared string that is not there ...
        raise WorkbookProblem(f"{type(exc).__name__}: {exc}") from exc


def _row(number: int, formulas: list[dict], cached: list[dict], max_column: int) -> SheetRow:
    values = {c["column"]: c for c in cached}
    row = SheetRow(number)
    for cell in formulas:
        column = cell["column"]
        if column <= max_column:
            found = _cell(cell, values.get(column))
            # Whitespace is kept: dropping it made an unchanged text of spaces or a line break
            # read back as a change to "".
            if found.value is not None and found.value != "":
                row.cells[column] = found
    return row


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
