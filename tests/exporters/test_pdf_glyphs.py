"""Characters the main PDF font lacks: drawn in the symbol font, or shown as '□', never dropped."""

import subprocess

from conftest import require_program
from helpers.sample_projects import report_project

from cjm_desktop.exporters.pdf import PdfOptions, export_pdf
from cjm_desktop.exporters.pdf_glyphs import MISSING, markup_runs, runs
from cjm_desktop.exporters.pdf_text import markup

SYMBOLS = "≥ 4,7 ★"


def pdftotext(path) -> str:
    exe = require_program("pdftotext")
    return subprocess.run(
        [exe, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _report_with_symbols(tmp_path):
    project = report_project()
    journey = project.journeys[0]
    journey.stages[0].name = "Kopen ✓"
    journey.cards[0].title = f"Google {SYMBOLS}"
    journey.cards[1].title = "Beller 😀 wacht ≤ 5 min → \U0010fffd"
    project.actions[0].target = SYMBOLS
    project.personas[0].tagline = "Koffie ☕ & taart"
    path = tmp_path / "symbols.pdf"
    export_pdf(project, path)
    return path


def test_symbols_come_out_of_map_cards_headers_table_and_persona(tmp_path):
    text = pdftotext(_report_with_symbols(tmp_path))
    assert f"Google {SYMBOLS}" in text  # a card on the map
    assert "Kopen ✓" in text  # a bold stage header
    assert "Koffie ☕ &amp; taart" not in text and "Koffie ☕ & taart" in text  # a Paragraph
    assert text.count(SYMBOLS) >= 2  # and the action plan's target column
    # Beyond U+FFFF too; no font has the private-use U+10FFFD (the card may wrap: the map
    # takes the page's shape).
    flat = " ".join(text.split())
    assert "Beller 😀 wacht ≤ 5 min" in flat
    assert "→ " + MISSING in flat or "→" + MISSING in flat


def test_symbol_font_is_embedded(tmp_path):
    exe = require_program("pdffonts")
    path = _report_with_symbols(tmp_path)
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert any("CjmSymbols" in row for row in rows), out
    assert all(row.split()[-5] == "yes" for row in rows), out


def test_qpdf_accepts_the_mixed_fonts(tmp_path):
    exe = require_program("qpdf")
    path = _report_with_symbols(tmp_path)
    result = subprocess.run([exe, "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_text_is_cut_into_runs_by_font():
    assert runs("plain ascii") == [("plain ascii", None)]
    assert runs("één €") == [("één €", None)]
    assert runs("a ≥ b") == [("a ", None), ("≥", "CjmSymbols"), (" b", None)]
    assert runs("مرحبا") == [("مرحبا", "NotoSansArabic-Regular")]
    assert runs("\U0010fffd\U0010fffd") == [(MISSING * 2, "CjmSymbols")]
    # An emoji's variation selector and a zero-width joiner are invisible, not '□'.
    assert runs("❤\ufe0f a\u200db") == [("❤", "CjmSymbols"), (" ab", None)]
    assert runs("") == []


def test_markup_escapes_every_run():
    assert markup_runs("<b>★</b>") == '&lt;b&gt;<font name="CjmSymbols">★</font>&lt;/b&gt;'
    assert markup("≥ & <\n→") == (
        '<font name="CjmSymbols">≥</font> &amp; &lt;<br/><font name="CjmSymbols">→</font>'
    )


def test_symbols_in_bold_paragraphs_render(tmp_path):
    # Action titles are set in <b>; the symbol font must map to a bold face too.
    project = report_project()
    project.actions[0].title = "★ Eerste actie"
    path = tmp_path / "bold.pdf"
    export_pdf(project, path, PdfOptions(include_personas=False))
    assert "★ Eerste actie" in pdftotext(path)
