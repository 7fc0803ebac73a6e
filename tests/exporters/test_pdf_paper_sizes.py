"""pdf_paper writes reportlab's sheet sizes out (so the window's settings need no reportlab at
start-up): they must stay the very numbers reportlab uses."""

from reportlab.lib import pagesizes, units

from cjm_desktop.exporters import pdf_paper


def test_sheet_sizes_are_reportlabs():
    for name in ("A0", "A1", "A2", "A3", "A4", "LETTER"):
        assert getattr(pdf_paper, name) == getattr(pagesizes, name), name
    assert (pdf_paper.mm, pdf_paper.inch) == (units.mm, units.inch)


def test_orientation_turns_a_sheet_like_reportlab():
    for size in ((100.0, 200.0), (200.0, 100.0), (150.0, 150.0)):
        assert pdf_paper.landscape(size) == pagesizes.landscape(size)
        assert pdf_paper.portrait(size) == pagesizes.portrait(size)
    assert pdf_paper.sheet_size("A4", "portrait") == pagesizes.A4
    assert pdf_paper.sheet_size("A4") == pagesizes.landscape(pagesizes.A4)
