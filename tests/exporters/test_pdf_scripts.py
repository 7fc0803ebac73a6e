"""Card titles in any script print as typed: shaped (Arabic joined, Devanagari and Thai marks
placed), right-to-left text in display order but read back in logical order, each script in an
embedded font that has it, every line inside its card; characters no font has are reported."""

from __future__ import annotations

import os
import re
import subprocess

import pytest
from conftest import require_program
from helpers.sample_projects import MULTI_SCRIPT_TITLES, multi_script_project, report_project

from cjm_desktop.exporters.pdf import export_pdf
from cjm_desktop.layout import layout_journey
from cjm_desktop.layout.font_fallback import face_for
from cjm_desktop.layout.journey_layout import DEFAULT_STYLE
from cjm_desktop.layout.shaping import shaped_line

# Poppler marks right-to-left stretches with embedding controls; the text is what we compare.
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\\s]")
# One character of each script that only an installed font (not a bundled one) has.
_SYSTEM_SCRIPTS = {"中": "CJK", "ก": "Thai", "न": "Devanagari", "🎂": "emoji"}


@pytest.fixture(scope="module")
def script_fonts() -> None:
    """The installed fonts .ci/run puts on CI machines; elsewhere the test is skipped."""
    lacking = [name for char, name in _SYSTEM_SCRIPTS.items() if face_for(ord(char)) is None]
    if lacking:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"no installed font for {', '.join(lacking)} (see .ci/run)")
        pytest.skip(f"no installed font for {', '.join(lacking)}")


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
    for char in _SYSTEM_SCRIPTS:
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
