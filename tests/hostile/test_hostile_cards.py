"""Hostile cards tables: huge files, too many rows, a workbook that unpacks to hundreds of MB, a
file that only pretends to be a workbook, binary data, formula text and markup. Each is refused
with a clear message, or read as plain text, and the project imported into stays as it was."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from cjm_desktop.cli import EXIT_FAILED, main
from cjm_desktop.exporters.cards_export import write_cards
from cjm_desktop.exporters.cards_import import import_cards_file
from cjm_desktop.exporters.cards_table_read import MAX_ROWS
from cjm_desktop.model import Project
from cjm_desktop.storage import backup_path, save


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "p.cjm"
    save(Project(language="en"), path)
    return path


def _refused(capsys, project_file: Path, source: Path) -> str:
    before = project_file.read_bytes()
    assert main(["import", str(source), "--into", str(project_file)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert project_file.read_bytes() == before
    assert not backup_path(project_file).exists()
    return err


def test_a_huge_csv_is_refused_unread(capsys, tmp_path, project_file):
    huge = tmp_path / "cards.csv"
    with huge.open("wb") as stream:
        stream.truncate(80_000_000)
    assert "files of more than 5.0 MB are not read" in _refused(capsys, project_file, huge)


def test_too_many_rows(capsys, tmp_path, project_file):
    path = tmp_path / "cards.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["stage", "step", "lane", "title"])
        writer.writerows([["A", "1", "T", "x"]] * (MAX_ROWS + 5))
    assert f"has more than {MAX_ROWS} rows" in _refused(capsys, project_file, path)


def test_a_workbook_that_unpacks_to_hundreds_of_megabytes(capsys, tmp_path, project_file):
    bomb = tmp_path / "cards.xlsx"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w") as member,
    ):
        for _ in range(210):
            member.write(b"\0" * 1_000_000)
    assert bomb.stat().st_size < 2_000_000
    assert "unpacks to more than 200 MB" in _refused(capsys, project_file, bomb)


def test_a_file_that_is_no_workbook(capsys, tmp_path, project_file):
    fake = tmp_path / "cards.xlsx"
    fake.write_text("stage,step\n", encoding="utf-8")
    err = _refused(capsys, project_file, fake)
    assert "is not an Excel workbook (.xlsx) or is damaged" in err


def test_a_damaged_workbook(capsys, tmp_path, project_file):
    fake = tmp_path / "cards.xlsx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    err = _refused(capsys, project_file, fake)
    assert "is not an Excel workbook (.xlsx) or is damaged" in err


def test_binary_csv(capsys, tmp_path, project_file):
    binary = tmp_path / "cards.csv"
    binary.write_bytes(b"stage,step,lane\n\x00\xff\x00")
    assert "is not a text file" in _refused(capsys, project_file, binary)


def test_formula_text_and_markup_in_csv_stay_plain_text(tmp_path):
    path = tmp_path / "cards.csv"
    rows = [
        ["stage", "step", "lane", "title", "details"],
        ["=cmd|' /C calc'!A0", "<b>1</b>", "+lane", '=HYPERLINK("http://x")', "<script>x</script>"],
    ]
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(rows)
    journey = import_cards_file(path, "en").journey
    card = journey.cards[0]
    assert (card.title, card.details) == ('=HYPERLINK("http://x")', "<script>x</script>")
    assert journey.stages[0].name == "=cmd|' /C calc'!A0"
    # and written back to Excel they are text cells, never formulas
    from openpyxl import load_workbook

    out = write_cards(journey, "en", tmp_path / "back.xlsx")
    assert all(c.data_type != "f" for row in load_workbook(out).active.iter_rows() for c in row)
