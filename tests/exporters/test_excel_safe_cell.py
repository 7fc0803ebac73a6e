"""The one place that writes user text into cells, and sheet names from user text."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from cjm_desktop.exporters.safe_cell import clean_text, write_formula, write_text, write_value
from cjm_desktop.exporters.sheet_title import SheetTitles, sanitize_title


@pytest.mark.parametrize("text", ["=1+1", "+31 6", "-5", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_triggers_are_stored_as_quoted_text(text: str) -> None:
    wb = Workbook()
    write_text(wb.active, 1, 1, text)
    buffer = io.BytesIO()
    wb.save(buffer)
    cell = load_workbook(buffer).active["A1"]
    assert cell.data_type == "s"
    assert cell.quotePrefix
    assert cell.value == clean_text(text)


def test_plain_text_has_no_quote_prefix_and_numbers_stay_numbers() -> None:
    wb = Workbook()
    assert not write_text(wb.active, 1, 1, "Brood").quotePrefix
    assert write_value(wb.active, 2, 1, 4).data_type == "n"
    assert write_value(wb.active, 3, 1, "=A1").data_type == "s"


def test_only_our_formulas_are_formulas() -> None:
    wb = Workbook()
    assert write_formula(wb.active, 1, 1, "=1+1").data_type == "f"
    with pytest.raises(ValueError):
        write_formula(wb.active, 1, 1, "1+1")


def test_clean_text_removes_what_xml_cannot_hold() -> None:
    assert clean_text("a\x00b\x08cd\x1fe\ufffef\uffff") == "abcdef"
    # Word's manual line break (vertical tab) and a form feed are line breaks, not dropped.
    assert clean_text("regel\x0bnog een\x0cderde") == "regel\nnog een\nderde"
    assert clean_text("keep\ttab\nnewline") == "keep\ttab\nnewline"
    assert clean_text("windows\r\nmac\r") == "windows\nmac\n"
    assert len(clean_text("x" * 40000)) == 32767


def test_sheet_titles() -> None:
    assert sanitize_title("a[b]c:d*e?f/g\\h", "x") == "a b c d e f g h"
    assert sanitize_title("  ''  ", "Kaart 1") == "Kaart 1"
    assert sanitize_title("History", "Kaart 1") == "Kaart 1"
    # The cut to 31 characters comes first, so it cannot leave an apostrophe at either end.
    assert sanitize_title("x" * 30 + "'y", "Kaart 1") == "x" * 30
    assert sanitize_title("'" + "x" * 29 + " 'y", "Kaart 1") == "x" * 29
    assert sanitize_title("History'", "Kaart 1") == "Kaart 1"
    assert sanitize_title("\x0b\x00", "'" * 40) == "Sheet"
    titles = SheetTitles()
    assert titles.take("Plan", "x") == "Plan"
    assert titles.take("plan", "x") == "plan (2)"
    assert titles.take("PLAN", "x") == "PLAN (3)"
    long = "y" * 31
    assert titles.take(long, "x") == long
    assert titles.take(long, "x") == "y" * 27 + " (2)"
