"""Dates as the user reads them: the short date format of the interface's locale (19-10-2026 in
Dutch, 10/19/2026 in American English), always with a four-digit year so a due date is never
ambiguous. Files and the Excel plan keep real dates; this is only for the screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def date_format(locale: QLocale | None = None) -> str:
    """A QDate display format for date edits and table cells."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # no language set (a bare test or service environment): ISO
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def date_text(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), date_format(locale))
