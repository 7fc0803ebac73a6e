"""Reading a cards table from CSV or Excel into header and rows of cells, with the row numbers a
spreadsheet shows. Limits keep hostile files out: the file size, the unpacked size of a workbook,
the number of rows and columns. A formula in a workbook is kept as a Formula marker, never as its
text, so it cannot become a card's title.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

_CTX = "cards_import"
MAX_ROWS = 20_000
MAX_COLUMNS = 60
MAX_XLSX_BYTES = 20_000_000
MAX_UNPACKED_BYTES = 200_000_000


@dataclass(frozen=True)
class Formula:
    """A workbook cell that holds a formula: refused, not read as text."""


@dataclass
class RawTable:
    headers: list[str]
    #: (row number as the spreadsheet shows it, cells)
    rows: list[tuple[int, list[object]]]
    notes: list[UserMessage] = field(default_factory=list)


def read_table(path: Path) -> RawTable:
    if path.suffix.casefold() == ".xlsx":
        return _read_xlsx(path)
    return _read_csv(path)


def _refuse(template: str, **params) -> None:
    raise UserError(UserMessage(_CTX, template, **params))


def _too_many_rows(path: Path) -> None:
    _refuse(
        QT_TRANSLATE_NOOP(
            _CTX, "“{name}” has more than {limit} rows; split it into smaller tables."
        ),
        name=path.name,
        limit=MAX_ROWS,
    )


def _read_csv(path: Path) -> RawTable:
    from .text_file import read_text_file

    source = read_text_file(path)
    text = source.text
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        delimiter = max(";,\t", key=first.count)
        dialect = type("Guessed", (csv.excel,), {"delimiter": delimiter})
    rows: list[tuple[int, list[object]]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        records = iter(reader)
        headers = [h.strip() for h in next(records, [])]
        for number, record in enumerate(records, start=2):
            if number > MAX_ROWS + 1:
                _too_many_rows(path)
            rows.append((number, list(record[:MAX_COLUMNS])))
    except csv.Error as error:
        _refuse(
            QT_TRANSLATE_NOOP(_CTX, "“{name}” is not a readable CSV table: {reason}"),
            name=path.name,
            reason=str(error),
        )
    notes = [source.encoding_note] if source.encoding_note else []
    return RawTable(headers[:MAX_COLUMNS], rows, notes)


def _read_xlsx(path: Path) -> RawTable:
    _check_workbook_size(path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        _refuse(
            QT_TRANSLATE_NOOP(_CTX, "“{name}” is not an Excel workbook (.xlsx) or is damaged."),
            name=path.name,
        )
    try:
        names = {name.casefold(): name for name in workbook.sheetnames}
        sheet_name = names.get("cards") or names.get("kaarten") or workbook.sheetnames[0]
        sheet = workbook[sheet_name]
        rows: list[tuple[int, list[object]]] = []
        headers: list[str] = []
        cells = sheet.iter_rows(max_col=MAX_COLUMNS)
        for number, row in enumerate(cells, start=1):
            if number > MAX_ROWS + 1:
                _too_many_rows(path)
            values = [_cell_value(cell) for cell in row]
            if number == 1:
                headers = ["" if isinstance(v, Formula) else str(v).strip() for v in values]
            else:
                rows.append((number, values))
    finally:
        workbook.close()
    return RawTable(headers, rows)


def _check_workbook_size(path: Path) -> None:
    try:
        size = path.stat().st_size
        if size > MAX_XLSX_BYTES:
            _refuse(
                QT_TRANSLATE_NOOP(_CTX, "“{name}” is too big for a cards table ({mb} MB)."),
                name=path.name,
                mb=round(size / 1_000_000, 1),
            )
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        _refuse(
            QT_TRANSLATE_NOOP(_CTX, "“{name}” is not an Excel workbook (.xlsx) or is damaged."),
            name=path.name,
        )
    except OSError as error:
        _refuse(
            QT_TRANSLATE_NOOP(_CTX, "Cannot read “{name}”: {reason}"),
            name=path.name,
            reason=error.strerror or str(error),
        )
    if unpacked > MAX_UNPACKED_BYTES:
        _refuse(
            QT_TRANSLATE_NOOP(_CTX, "“{name}” unpacks to more than {mb} MB; it is not read."),
            name=path.name,
            mb=MAX_UNPACKED_BYTES // 1_000_000,
        )


def _cell_value(cell) -> object:
    if getattr(cell, "data_type", None) == "f":
        return Formula()
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)
