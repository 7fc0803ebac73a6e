"""Hostile Mermaid and Markdown input: huge, binary, wrong encoding, markup, formula text, and
text that is no journey. Each gets a clear message or is read as plain text, and a project
imported into is not touched when the import is refused."""

from pathlib import Path

import pytest

from cjm_desktop.cli import EXIT_FAILED, main
from cjm_desktop.exporters.map_import import import_map_file
from cjm_desktop.exporters.mermaid import export_mermaid
from cjm_desktop.model import Project
from cjm_desktop.storage import save
from cjm_desktop.user_message import UserError


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "p.cjm"
    save(Project(language="en"), path)
    return path


def _refused_and_untouched(capsys, project_file: Path, source: Path) -> str:
    before = project_file.read_bytes()
    code = main(["import", str(source), "--into", str(project_file)])
    err = capsys.readouterr().err
    assert code == EXIT_FAILED
    assert "Traceback" not in err
    assert project_file.read_bytes() == before
    assert not project_file.with_name(project_file.name + ".bak").exists()
    return err


def test_a_huge_file_is_refused_before_it_is_read(capsys, tmp_path, project_file):
    huge = tmp_path / "huge.mmd"
    with huge.open("wb") as stream:
        stream.truncate(50_000_000)  # sparse: costs no disk
    err = _refused_and_untouched(capsys, project_file, huge)
    assert "files of more than 5.0 MB are not read" in err


def test_many_lines_within_the_size_limit_are_refused_by_length(capsys, tmp_path, project_file):
    long = tmp_path / "long.mmd"
    long.write_text("journey\n  section A\n" + "    t: 3\n" * 200_000, encoding="utf-8")
    err = _refused_and_untouched(capsys, project_file, long)
    assert "longer than 1000000 characters" in err


def test_binary_data_is_refused(capsys, tmp_path, project_file):
    binary = tmp_path / "x.mmd"
    binary.write_bytes(b"journey\n\x00\x01\x02section A\n")
    err = _refused_and_untouched(capsys, project_file, binary)
    assert "is not a text file" in err


def test_not_a_journey_names_the_line(capsys, tmp_path, project_file):
    other = tmp_path / "x.mmd"
    other.write_text("%% comment\n\nsequenceDiagram\n  a->>b: hi\n", encoding="utf-8")
    err = _refused_and_untouched(capsys, project_file, other)
    assert "line 3: Mermaid journey text starts with the word 'journey'" in err


def test_markdown_without_a_journey_block(capsys, tmp_path, project_file):
    doc = tmp_path / "x.md"
    doc.write_text('# Title\n\n```mermaid\npie\n  "a": 1\n```\n', encoding="utf-8")
    err = _refused_and_untouched(capsys, project_file, doc)
    assert "has no ```mermaid block with a journey" in err


def test_windows_1252_text_is_read_with_a_note(tmp_path):
    latin = tmp_path / "x.mmd"
    latin.write_bytes("journey\n  section Oriënteren\n    Café: 4: José\n".encode("cp1252"))
    imported = import_map_file(latin, "en")
    assert [s.name for s in imported.journey.stages] == ["Oriënteren"]
    assert imported.new_personas[0].name == "José"
    assert "read as Windows-1252" in imported.notes[0].render()


def test_markup_and_formula_text_stay_plain_text(tmp_path):
    text = (
        'journey\n  title <script>alert(1)</script>\n  section =HYPERLINK("x")\n'
        "    <img src=x onerror=alert(1)>: 3: @SUM(A1)\n"
    )
    source = tmp_path / "x.mmd"
    source.write_text(text, encoding="utf-8")
    imported = import_map_file(source, "en")
    project = imported.new_project("en")
    journey = project.journeys[0]
    assert journey.title == "<script>alert(1)</script>"
    assert journey.stages[0].name == '=HYPERLINK("x")'
    assert project.personas[0].name == "@SUM(A1)"
    assert "<img src=x onerror=alert(1)>: 3: @SUM(A1)" in export_mermaid(journey, project)


def test_a_missing_file_is_a_message(tmp_path):
    with pytest.raises(UserError, match=r"Cannot read “gone\.mmd”"):
        import_map_file(tmp_path / "gone.mmd", "en")
