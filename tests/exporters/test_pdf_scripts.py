"""Card titles in any script print as typed: shaped (Arabic joined, Devanagari and Thai marks
placed), right-to-left text in display order but read back in logical order, each script in an
embedded font that has it, every line inside its card; characters no font has are reported."""

from __future__ import annotations

import re
import subprocess

import pytest
from conftest import require_program
from helpers.sample_projects import MULTI_SCRIPT_TITLES, multi_script_project, report_project
from helpers.script_fonts import SYSTEM_SCRIPTS, require_script_fonts

from cjm_desktop.exporters.pdf import export_pdf
from cjm_desktop.layout import layout_journey
from cjm_desktop.layout.font_fallback import face_for
from cjm_desktop.layout.journey_layout import DEFAULT_STYLE
from cjm_desktop.layout.shaping import shaped_line

# Poppler marks right-to-left stretches with embedding controls; the text is what we compare.
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\\s]")


@pytest.fixture(scope="module")
def script_fonts() -> None:
    """The installed fonts .ci/run puts on CI machines; elsewhere the test is skipped."""
    require_script_fonts()


@pytest.fixture(scope="module")
def multi_pdf(tmp_path_factory, script_fonts):
    path = tmp_path_factory.mktemp("scripts") / "scripts.pdf"
    missing = export_pdf(multi_script_project(), path)
    return path, missing


def _pdftotext(path) -> str:
    exe = require_program("pdftotext")
    return subprocess.run([exe, str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_every_script_reads_back_in_logical_order(multi_pdf):
    path, missing = multi_pdf
    assert missing == ""
    text = _BIDI_MARKS.sub("", _pdftotext(path))
    for script, title in MULTI_SCRIPT_TITLES.items():
        assert _BIDI_MARKS.sub("", title) in text, script


def test_each_script_is_in_an_embedded_subset_font(multi_pdf):
    exe = require_program("pdffonts")
    path, _ = multi_pdf
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    rows = {row.split()[0].split("+")[-1]: row.split() for row in out.splitlines()[2:]}
    assert {"NotoSansArabic-Regular", "NotoSansHebrew-Regular"} <= set(rows), out
    for char in SYSTEM_SCRIPTS:
        stem = face_for(ord(char)).path.stem.split("_")[0]  # Symbola_hint.ttf is "Symbola"
        assert any(stem.startswith(name) or name.startswith(stem) for name in rows), (char, out)
    # Every font embedded ("emb") and subset ("sub"): only the glyphs used travel.
    assert all(row[-5] == "yes" and row[-4] == "yes" for row in rows.values()), out


def test_arabic_is_shaped_and_set_right_to_left():
    runs = shaped_line("مرحبا")
    assert [run.rtl for run in runs] == [True]
    glyphs = runs[0].glyphs
    # Joined forms: not the isolated letters' glyphs, and the first letter drawn rightmost.
    isolated = {g.gid for g in shaped_line("م")[0].glyphs}
    assert glyphs[-1].cluster == 0 and glyphs[0].cluster == len("مرحبا") - 1
    assert glyphs[-1].gid not in isolated


def test_a_mixed_line_keeps_latin_left_of_the_arabic():
    runs = shaped_line("Reviews مرحبا بالعالم")
    assert [run.rtl for run in runs] == [False, True]
    assert runs[1].text == "مرحبا بالعالم"


def test_every_line_the_pdf_draws_fits_inside_its_card(script_fonts):
    geometry = layout_journey(multi_script_project().journeys[0])
    size = DEFAULT_STYLE.card_font
    for card in geometry.cards.values():
        for line in card.lines:
            width = sum(run.width for run in shaped_line(line.text)) * 0.001 * size
            assert line.x + width <= card.box[2] - DEFAULT_STYLE.card_padding + 0.01, line.text


def _project_with_an_unprintable_character():
    project = report_project()
    project.journeys[0].cards[0].title = "Logo \U0010fffd hier"
    return project


def test_characters_no_font_has_are_reported(tmp_path):
    assert export_pdf(_project_with_an_unprintable_character(), tmp_path / "r.pdf") == "\U0010fffd"


def test_the_cli_warns_about_characters_it_could_not_print(tmp_path, capsys):
    from cjm_desktop.cli import main
    from cjm_desktop.storage import save

    source = tmp_path / "p.cjm"
    save(_project_with_an_unprintable_character(), source)
    assert main(["export", str(source), "--pdf", str(tmp_path / "o.pdf")]) == 0
    err = capsys.readouterr().err
    assert "o.pdf: no installed font has these characters" in err
    assert "\U0010fffd (U+10FFFD)" in err


def test_plain_latin_text_is_never_shaped(monkeypatch):
    from cjm_desktop.layout import shaping, text_metrics

    calls = []
    monkeypatch.setattr(shaping, "shaped_line", lambda *a: calls.append(a) or ())
    text_metrics.text_width("Bakkerij Crème brûlée € 12,50 “ok”", 11)
    assert calls == []


def test_headings_and_table_cells_in_any_script_read_back(tmp_path, script_fonts):
    project = multi_script_project()
    project.journeys[0].title = "رحلة العميل في المخبز"
    project.actions[0].title = "إضافة صفحة الكعك مع الأسعار والأمثلة على الموقع الإلكتروني"
    project.actions[1].title = "在网站上添加蛋糕页面，包括价格和示例，以及在线订购表格"
    project.actions[1].owner = "ליאת כהן"
    project.personas[0].tagline = "नमस्ते, मैं केक खरीदना चाहती हूँ"
    path = tmp_path / "paragraphs.pdf"
    assert export_pdf(project, path) == ""
    text = _BIDI_MARKS.sub("", _pdftotext(path))
    for typed in (
        project.journeys[0].title,
        project.actions[0].title,  # wrapped in its table cell
        project.actions[1].title,
        project.actions[1].owner,
        project.personas[0].tagline,
    ):
        assert _BIDI_MARKS.sub("", typed) in text, typed


def test_only_text_that_needs_it_leaves_reportlabs_paragraph():
    from reportlab.platypus import Paragraph as PlainParagraph

    from cjm_desktop.exporters.pdf_sections import styles
    from cjm_desktop.exporters.pdf_shaped_paragraph import ShapedParagraph, paragraph

    st = styles()
    assert isinstance(paragraph("Crème brûlée ≥ 4,7 ★", st["base"]), PlainParagraph)
    shaped = paragraph("<b>مرحبا</b><br/>中文 &amp; co", st["base"])
    assert isinstance(shaped, ShapedParagraph)
    assert shaped.pieces == [("مرحبا", True), ("中文 & co", False)]


def test_a_shaped_paragraph_wraps_within_its_width_and_splits_between_lines():
    from cjm_desktop.exporters.pdf_sections import styles
    from cjm_desktop.exporters.pdf_shaped_paragraph import paragraph
    from cjm_desktop.exporters.pdf_shaped_text import line_width

    style = styles()["base"]
    flowable = paragraph("在网站上添加蛋糕页面，包括价格和示例，以及在线订购表格" * 3, style)
    _, height = flowable.wrap(60, 1000)
    assert len(flowable.lines) > 3 and height == len(flowable.lines) * style.leading
    assert all(line_width(line, style.fontSize, bold) <= 60 for line, bold in flowable.lines)
    first, rest = flowable.split(60, 2 * style.leading)
    first.wrap(60, 1000)
    rest.wrap(60, 1000)
    assert len(first.lines) == 2
    assert first.lines + rest.lines == flowable.lines


def test_embedding_controls_and_boundary_neutrals_keep_their_place():
    # The bidi algorithm drops them (rule X9); every character still gets a run.
    for text in ("a\u202bمرحبا\u202c b", "\x80\U00010980", "שלום\u200bעולם"):
        assert sorted("".join(run.text for run in shaped_line(text))) == sorted(text)


def test_a_font_reportlab_cannot_read_prints_boxes_and_is_reported(tmp_path, monkeypatch):
    from reportlab.pdfbase.ttfonts import TTFError

    from cjm_desktop.exporters import pdf_shaped_text

    real = pdf_shaped_text.font_name

    def refusing(face):
        if face.key.startswith("NotoSansHebrew"):
            raise TTFError("Font does not allow subsetting/embedding")
        return real(face)

    monkeypatch.setattr(pdf_shaped_text, "font_name", refusing)
    project = report_project()
    project.journeys[0].cards[0].title = "Kaart שלום"
    assert export_pdf(project, tmp_path / "boxes.pdf") == "".join(sorted("שלום"))


def test_a_font_from_a_collection_is_shaped_and_embedded(tmp_path, monkeypatch, script_fonts):
    from fontTools.ttLib import TTCollection, TTFont

    from cjm_desktop.layout import font_fallback, shaping
    from cjm_desktop.resource_paths import resource

    thai = face_for(ord("ก")).path
    collection = TTCollection()
    collection.fonts = [TTFont(resource("fonts", "NotoSansHebrew-Regular.ttf")), TTFont(thai)]
    ttc = tmp_path / "Pair.ttc"
    collection.save(ttc)
    monkeypatch.setattr(font_fallback, "_system_faces", {})
    monkeypatch.setattr(font_fallback, "_system_choice", {})
    monkeypatch.setattr(font_fallback, "_candidates", lambda code: [(ttc, 0), (ttc, 1)])
    shaping.shaped_line.cache_clear()
    try:
        project = report_project()
        project.journeys[0].cards[0].title = MULTI_SCRIPT_TITLES["thai"]
        path = tmp_path / "ttc.pdf"
        assert export_pdf(project, path) == ""
        assert MULTI_SCRIPT_TITLES["thai"] in _BIDI_MARKS.sub("", _pdftotext(path))
        exe = require_program("pdffonts")
        fonts = subprocess.run([exe, str(path)], capture_output=True, text=True).stdout
        assert "NotoSansThai" in fonts
    finally:
        shaping.shaped_line.cache_clear()
