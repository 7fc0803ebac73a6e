"""Styles applied to many cells at the cost of one.

openpyxl hashes the font, fill, border and alignment objects on every assignment to find their
index in the workbook; for the thousands of cells of a big map that was half the export time.
A cell's look is an array of those indices, so the array a combination of styles produces from
a given starting array is worked out once and copied onto every further cell.
"""

from __future__ import annotations

from copy import copy
from weakref import WeakKeyDictionary

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet


class StyleCache:
    """One per workbook (the indices belong to it)."""

    def __init__(self) -> None:
        self._arrays: dict[tuple, object] = {}
        # The style objects stay referenced, so their id() in a key is never reused.
        self._kept: list[object] = []

    def apply(self, cell: Cell, **styles) -> Cell:
        """Set `styles` (font=, fill=, border=, alignment=, number_format=) on `cell`."""
        start = cell._style  # None until a style is first set
        key = (start and tuple(start), *((name, id(value)) for name, value in styles.items()))
        array = self._arrays.get(key)
        if array is None:
            for name, value in styles.items():
                setattr(cell, name, value)
            self._arrays[key] = copy(cell._style)
            self._kept.extend(styles.values())
        else:
            cell._style = copy(array)
        return cell


_CACHES: WeakKeyDictionary = WeakKeyDictionary()


def style_cache(ws: Worksheet) -> StyleCache:
    """The cache of the workbook `ws` belongs to."""
    workbook = ws.parent
    cache = _CACHES.get(workbook)
    if cache is None:
        cache = _CACHES[workbook] = StyleCache()
    return cache
