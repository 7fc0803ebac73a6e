"""Reading the cells of an edited action plan: dates, scores, status and priority labels, text.

People type dates as text, pick labels in either language, or write impact as "4" or 4.0; each
reader accepts what a person would reasonably type and otherwise raises CellProblem with a short
explanation that the importer puts next to the sheet, row and column.
"""

from __future__ import annotations

from datetime import date, datetime, time

from openpyxl.utils.datetime import from_excel

from ..model import Priority, Status
from .excel_labels import TABLE, fold, label_lookup

DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y")
# Excel serial numbers of 1900-01-01 and 9999-12-31: the dates a number in a date cell can be.
_SERIAL_MIN, _SERIAL_MAX = 1, 2958465

_STATUSES = label_lookup("status", Status)
_PRIORITIES = label_lookup("priority", Priority)


class CellProblem(ValueError):
    """A cell holds something the importer cannot use; the text says what is expected."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):  # as the spreadsheet shows it, not Python's "True"
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n")


def read_date(value: object) -> date | None:
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if is_number and _SERIAL_MIN <= value <= _SERIAL_MAX:
        return from_excel(value).date()
    if isinstance(value, str):
        text = value.strip()
        for fmt in DATE_FORMATS:
            try:
                return datetime.strptime(text, fmt).date()
            except ValueError:
                continue
    raise CellProblem(f"'{read_text(value)}' is not a date (use dd-mm-yyyy or yyyy-mm-dd)")


def read_score(value: object) -> int | None:
    """Impact or effort, a whole number 1..5; None for an empty cell."""
    if is_blank(value):
        return None
    number: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            number = None
    if number is None or not number.is_integer() or not 1 <= number <= 5:
        raise CellProblem(f"'{read_text(value)}' is not a whole number from 1 to 5")
    return int(number)


def read_status(value: object) -> Status | None:
    return _read_choice(value, _STATUSES, "status", Status)


def read_priority(value: object) -> Priority | None:
    return _read_choice(value, _PRIORITIES, "priority", Priority)


def _read_choice(value: object, lookup: dict, what: str, enum_type: type):
    if is_blank(value):
        return None
    member = lookup.get(fold(read_text(value)))
    if member is None:
        accepted = sorted({t[f"{what}.{m.value}"] for t in TABLE.values() for m in enum_type})
        raise CellProblem(
            f"unknown {what} '{read_text(value)}' (use one of: {', '.join(accepted)})"
        )
    return member
