"""Card pictures in the PDF: drawn as images in the layout's box, titles still text."""

import struct
import subprocess
import zlib

import pytest
from conftest import require_program
from helpers.pictures import picture, storyboard

from cjm_desktop.exporters.pdf import export_pdf, render_pdf
from cjm_desktop.storage import load


def pdfimages(path) -> list[list[str]]:
    exe = require_program("pdfimages")
    out = subprocess.run([exe, "-list", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


def pdftotext(path) -> str:
    exe = require_program("pdftotext")
    return subprocess.run(
        [exe, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_example_storyboard_pictures_are_images_and_titles_text(tmp_path, example_en_path):
    project = load(example_en_path)
    path = tmp_path / "example.pdf"
    export_pdf(project, path)
    sizes = {(row[3], row[4]) for row in pdfimages(path)}
    assert ("64", "48") in sizes  # the storyboard pictures (the persona photo is 80 x 80)
    text = pdftotext(path)
    for card in project.journeys[0].cards:
        if card.image:
            assert card.title.split()[0] in text


def test_png_and_jpeg_cards_each_become_an_image(tmp_path):
    path = tmp_path / "pictures.pdf"
    export_pdf(storyboard(picture("PNG", (40, 30)), picture("JPEG", (50, 100))), path)
    rows = pdfimages(path)
    assert sorted((r[3], r[4]) for r in rows) == [("40", "30"), ("50", "100")]
    assert "Plaatje 0" in pdftotext(path) and "Plaatje 1" in pdftotext(path)


def test_the_pdf_with_pictures_is_the_same_every_time():
    project = storyboard(picture("PNG", (40, 30)), picture("JPEG", (50, 100)))
    assert render_pdf(project) == render_pdf(project)


def test_a_picture_too_large_to_decode_leaves_an_empty_box(tmp_path):
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
    huge = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr))
    path = tmp_path / "huge.pdf"
    export_pdf(storyboard(huge, picture("PNG", (40, 30))), path)
    assert [(r[3], r[4]) for r in pdfimages(path)] == [("40", "30")]
    assert "Plaatje 0" in pdftotext(path)


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\nnot really", b"\xff\xd8\xff\xe0broken"])
def test_a_broken_picture_does_not_stop_the_export(tmp_path, data):
    path = tmp_path / "broken.pdf"
    export_pdf(storyboard(data), path)
    assert pdfimages(path) == []
    assert "Plaatje 0" in pdftotext(path)
