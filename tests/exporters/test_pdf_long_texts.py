"""Long texts in the PDF: a 100,000-character action title, stage name, map title or persona name
(and every other text) no longer stops the report with a LayoutError or a negative map scale;
tables and headings cut them with an ellipsis and say where the full text is (issue 11, item 6)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import require_program
from helpers.long_texts import fill_texts
from helpers.sample_projects import report_project
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from cjm_desktop.exporters.pdf import PdfOptions, render_pdf
from cjm_desktop.exporters.pdf_fit import ELLIPSIS, cut_texts, fitted, fitted_paragraph
from cjm_desktop.exporters.pdf_fonts import REGULAR, register_fonts
from cjm_desktop.storage import load

LONG = "x" * 100_000  # one word, as the reproduction
WORDS = "lange tekst " * 9_000


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        [require_program("pdftotext"), "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout


def _long_action_title(p):
    p.actions[0].title = LONG


def _long_stage_name(p):
    p.journeys[0].stages[0].name = WORDS
    p.actions[1].stage_id = p.journeys[0].stages[0].id


def _long_map_title(p):
    p.journeys[0].title = LONG


def _long_persona_name(p):
    p.personas[0].name = LONG


@pytest.mark.parametrize(
    "change", [_long_action_title, _long_stage_name, _long_map_title, _long_persona_name]
)
def test_long_text_gives_a_report_with_an_ellipsis(change, tmp_path):
    project = report_project()
    change(project)
    text = _text(render_pdf(project), tmp_path)
    assert ELLIPSIS in text
    assert "xxxxxxxxxx" * 1000 not in text.replace("\n", "")


def test_the_plan_says_where_the_full_text_is(tmp_path):
    project = report_project()
    project.actions[0].description = WORDS
    text = _text(render_pdf(project, PdfOptions(language="en")), tmp_path)
    assert "Texts cut short (…) are in full in the project and in the Excel action plan." in text
    short = _text(render_pdf(report_project(), PdfOptions(language="en")), tmp_path)
    assert "Texts cut short" not in short


@pytest.mark.parametrize(("paper", "orientation"), [("A4", "landscape"), ("A4", "portrait")])
def test_every_text_long_at_once(example_nl_path, paper, orientation):
    project = load(example_nl_path)
    fill_texts(project, WORDS[:30_000] + LONG[:30_000])
    pdf = render_pdf(project, PdfOptions(paper=paper, orientation=orientation, fit="tile"))
    assert pdf.startswith(b"%PDF")


def test_cut_texts_runs_over_the_texts_in_order():
    assert cut_texts(["abc", "def"], 6) == ["abc", "def"]
    assert cut_texts(["abc", "def"], 4) == ["abc", "d" + ELLIPSIS]
    assert cut_texts(["abc ", "def"], 4) == ["abc ", ELLIPSIS]
    assert cut_texts(["abc", "def"], 0) == [ELLIPSIS, ""]


def test_fitted_at_the_height_limit_and_one_line_past():
    register_fonts()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=12)
    text = "\n".join(f"regel {n}" for n in range(10))

    def build(texts):
        return Paragraph(texts[0].replace("\n", "<br/>"), style)

    whole, cut = fitted([text], build, style, 200, 10 * 12)
    assert not cut and whole.wrap(200, 1e9)[1] == 120
    part, cut = fitted([text], build, style, 200, 10 * 12 - 1)
    assert cut and part.wrap(200, 1e9)[1] <= 119
    assert part.text.endswith(ELLIPSIS)
    assert "regel 8" in part.text


def test_a_huge_text_is_never_laid_out_whole():
    register_fonts()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=8, leading=10)
    built: list[int] = []

    def build(texts):
        built.append(len(texts[0]))
        return Paragraph(texts[0], style)

    paragraph, cut = fitted([LONG * 10], build, style, 100, 50)
    assert cut and max(built) < 5_000
    assert fitted_paragraph("kort", style, 100, 50)[1] is False
    assert paragraph.wrap(100, 1e9)[1] <= 50
