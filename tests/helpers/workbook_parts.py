"""Editing the XML parts of an .xlsx directly, to build the workbooks openpyxl would not write:
formulas with or without a calculated value, error cells, repeated rows, stray far cells, bombs."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"  # the action plan: the first sheet of an exported workbook


def rewrite_part(path: Path, name: str, change: Callable[[bytes], bytes]) -> None:
    """Replace part `name` of the zip at `path` by `change(old bytes)`."""
    with zipfile.ZipFile(path) as old:
        parts = [(info, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in parts:
            new.writestr(info.filename, change(data) if info.filename == name else data)


def set_cell_xml(path: Path, coordinate: str, cell: str) -> None:
    """Put the raw `<c>` element `cell` in place of the plan's cell at `coordinate`."""

    def change(data: bytes) -> bytes:
        pattern = re.compile(rf'<c r="{coordinate}"[^>]*?(/>|>.*?</c>)'.encode())
        new, n = pattern.subn(cell.encode(), data, count=1)
        assert n == 1, f"no cell {coordinate} in the sheet"
        return new

    rewrite_part(path, SHEET, change)


def add_rows_xml(path: Path, rows: bytes) -> None:
    """Append raw `<row>` elements at the end of the plan's sheet data."""
    rewrite_part(path, SHEET, lambda data: data.replace(b"</sheetData>", rows + b"</sheetData>"))


def inline(text: str) -> str:
    return f'<is><t xml:space="preserve">{text}</t></is>'
