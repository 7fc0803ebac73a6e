"""Dates on screen follow the interface locale with a four-digit year; ISO without a locale."""

from datetime import date

from PySide6.QtCore import QLocale

from cjm_desktop.ui.dates import date_format, date_text


def test_dutch_dates_read_day_month_year():
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    assert date_text(date(2026, 3, 4), dutch) == "04-03-2026"


def test_two_digit_years_get_four_digits():
    american = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert "yyyy" in date_format(american)
    assert date_text(date(2026, 3, 4), american) == "3/4/2026"


def test_without_a_language_dates_are_iso():
    assert date_text(date(2026, 3, 4), QLocale.c()) == "2026-03-04"
    assert date_text(None) == ""
