"""Card titles in any script on the canvas: every line Qt draws fits inside its card (the layout
measured it with the fonts the text falls back to), and the characters come out as glyphs, not
as boxes (a picture is saved for a human when CJM_CANVAS_SHOTS names a folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.sample_projects import MULTI_SCRIPT_TITLES, multi_script_project
from helpers.script_fonts import require_script_fonts
from PySide6.QtGui import QFontMetricsF, QRawFont
from test_canvas_support import make_canvas


def _require_fonts() -> None:
    require_script_fonts()


def test_every_line_of_a_card_in_any_script_fits_inside_it(qtbot, tmp_path):
    _require_fonts()
    view, _document = make_canvas(qtbot, multi_script_project())
    scene = view.journey_scene()
    for card_id, item in scene.cards.items():
        look = item.look
        metrics = QFontMetricsF(look.font)
        card = item.boundingRect()
        for origin, text in look.lines:
            # What Qt draws: shaped, in whatever installed font it falls back to.
            right = origin.x() + metrics.horizontalAdvance(text)
            assert right <= card.right(), (card_id, text, right, card.right())
    view.resize(1366, 600)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    folder = Path(os.environ.get("CJM_CANVAS_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(folder / "canvas_scripts.png"))


@pytest.mark.parametrize("script", sorted(MULTI_SCRIPT_TITLES))
def test_the_canvas_has_a_glyph_for_every_character(qtbot, script):
    """Qt's fallback for the card font finds a face with each character (a box otherwise)."""
    _require_fonts()
    from PySide6.QtGui import QTextLayout

    from cjm_desktop.qt_paint.fonts import canvas_font

    text = MULTI_SCRIPT_TITLES[script]
    layout = QTextLayout(text, canvas_font(11))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    for run in layout.glyphRuns():
        raw: QRawFont = run.rawFont()
        assert 0 not in run.glyphIndexes(), (script, raw.familyName())
