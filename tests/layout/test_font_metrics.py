"""The layout's own font reader must measure exactly as reportlab does, or text laid out on screen
would wrap differently from the PDF that reportlab sets with the same fonts."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from cjm_desktop.layout import text_width
from cjm_desktop.layout.font_metrics import read_metrics
from cjm_desktop.layout.text_metrics import font_path

FONTS = sorted((Path(font_path()).parent).glob("*.ttf"))


@pytest.mark.parametrize("path", FONTS, ids=lambda p: p.name)
def test_widths_default_and_ascent_equal_reportlabs(path: Path) -> None:
    ours = read_metrics(path)
    theirs = TTFont("Probe", str(path)).face
    assert ours.widths == theirs.charWidths
    assert ours.default_width == theirs.defaultWidth
    assert ours.ascent == theirs.ascent


@pytest.mark.parametrize("bold", [False, True])
def test_string_widths_equal_reportlabs_to_the_last_bit(bold: bool) -> None:
    reference = TTFont("Probe", str(font_path(bold)))
    # Only the font's own characters: those it lacks are measured in their fallback fonts
    # (tests/layout/test_shaping.py).
    alphabet = [chr(c) for c in reference.face.charWidths if c >= 0x20]
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        size = rng.choice([7, 8.5, 9.5, 11, 13.2])
        assert text_width(text, size, bold) == reference.stringWidth(text, size), text
