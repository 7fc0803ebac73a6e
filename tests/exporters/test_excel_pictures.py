"""Card pictures on the map sheets: an image anchored in its card's cell, the text kept, broken
or oversized pictures left out without failing the export."""

from __future__ import annotations

import struct
import subprocess
import zlib

import pytest
from conftest import require_program
from helpers.libreoffice import convert
from helpers.pictures import picture, storyboard
from openpyxl import load_workbook

from cjm_desktop.exporters.excel import export_excel
from cjm_desktop.exporters.excel_pictures import HEIGHT_PX
from cjm_desktop.storage import load


def anchors(ws) -> list[tuple[int, int]]:
    """(row, column), 1-based, of each picture's top-left cell."""
    return [(i.anchor._from.row + 1, i.anchor._from.col + 1) for i in ws._images]


def test_the_example_storyboard_pictures_sit_in_their_cards_cells(tmp_path, example_nl_path):
    project = load(example_nl_path)
    path = tmp_path / "plan.xlsx"
    export_excel(project, path)
    wb = load_workbook(path)
    for n, journey in enumerate(project.journeys, start=1):
        ws = wb.worksheets[n]
        with_picture = [card for card in journey.cards if card.image]
        assert with_picture and len(ws._images) == len(with_picture)
        for row, col in anchors(ws):
            titles = ws.cell(row=row, column=col).value
            assert any(card.title in titles for card in with_picture)
            # The row grew for the picture and the text under it.
            assert ws.row_dimensions[row].height >= HEIGHT_PX * 0.75 + 15


def test_png_and_jpeg_keep_their_bytes_and_shape(tmp_path):
    png, jpeg = picture("PNG", (40, 30)), picture("JPEG", (50, 100))
    path = tmp_path / "plan.xlsx"
    export_excel(storyboard(png, jpeg), path)
    ws = load_workbook(path)["Storyboard"]
    assert anchors(ws) == [(5, 2), (5, 3)]
    assert [i._data() for i in ws._images] == [png, jpeg]
    sizes = [(i.anchor.ext.width, i.anchor.ext.height) for i in ws._images]
    assert sizes == [(80 * 9525, 60 * 9525), (30 * 9525, 60 * 9525)]
    assert ws["B5"].value == "Plaatje 0" and ws["C5"].value == "Plaatje 1"


def test_a_picture_too_large_to_decode_is_left_out(tmp_path):
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
    huge = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr))
    path = tmp_path / "plan.xlsx"
    export_excel(storyboard(huge, picture("PNG", (40, 30))), path)
    ws = load_workbook(path)["Storyboard"]
    assert anchors(ws) == [(5, 3)]
    assert ws["B5"].value == "Plaatje 0"


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\nnot really", b"\xff\xd8\xff\xe0broken", picture("PNG", (40, 30))[:-30]],
)
def test_a_broken_picture_does_not_stop_the_export(tmp_path, data):
    path = tmp_path / "plan.xlsx"
    export_excel(storyboard(data), path)
    ws = load_workbook(path)["Storyboard"]
    assert ws._images == []
    assert ws["B5"].value == "Plaatje 0"


def test_libreoffice_prints_the_example_with_its_pictures(tmp_path, example_nl_path):
    pdfimages = require_program("pdfimages")
    project = load(example_nl_path)
    export_excel(project, tmp_path / "plan.xlsx")
    convert(tmp_path / "plan.xlsx", "pdf")
    listed = subprocess.run(
        [pdfimages, "-list", str(tmp_path / "plan.pdf")], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    sizes = [tuple(line.split()[3:5]) for line in listed]
    pictures = sum(1 for journey in project.journeys for card in journey.cards if card.image)
    assert sizes.count(("64", "48")) == pictures
