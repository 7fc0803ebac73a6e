"""Wrapping text without spaces (Chinese, Japanese, Thai): between characters, never before a
mark or a CJK comma, and never wider than the line."""

from __future__ import annotations

import unicodedata

from cjm_desktop.layout.text_metrics import NO_LINE_START, text_width, wrap

CHINESE = "在网站上添加蛋糕页面，包括价格和示例，以及在线订购表格"
THAI = "รีวิวร้านขนมปังอร่อยมากรีวิวร้านขนมปังอร่อยมาก"


def test_text_without_spaces_breaks_between_characters_within_the_width():
    for width in range(50, 140, 3):
        lines = wrap(CHINESE, width, 8, False, 100)
        assert "".join(lines) == CHINESE
        assert all(text_width(line, 8) <= width for line in lines)
        assert not any(line[0] in NO_LINE_START for line in lines), lines


def test_no_line_starts_with_a_combining_mark():
    for width in range(30, 90, 4):
        lines = wrap(THAI, width, 9, False, 100)
        assert "".join(lines) == THAI
        assert not any(unicodedata.category(line[0]).startswith("M") for line in lines), lines


def test_a_character_newer_than_the_unicode_tables_shapes_as_left_to_right():
    # Found by the random PDF test: U+2EBE1 (CJK Extension I, Unicode 15.1) has no bidi class in
    # Python 3.11's tables, and python-bidi asserted on it beside an Arabic-script character.
    from cjm_desktop.layout.shaping import shaped_line

    text = "\u066d\U0002ebe1"
    assert unicodedata.bidirectional("\U0002ebe1") == ""
    runs = shaped_line(text)
    assert sorted("".join(run.text for run in runs)) == sorted(text)
