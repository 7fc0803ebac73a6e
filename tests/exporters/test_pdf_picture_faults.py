"""Pictures in the PDF that fail late or weigh much: a truncated PNG (header intact) as a card
picture or persona photo is left out instead of stopping the export (issue 11, item 7); decoded
pictures are shrunk to print size and only a few are held at once (item 8)."""

from __future__ import annotations

import io
import subprocess

from conftest import require_program
from helpers.pictures import picture, storyboard
from PIL import Image

from cjm_desktop.exporters.pdf import export_pdf
from cjm_desktop.exporters.pdf_pictures import MAX_DECODED, MAX_SIDE, PictureCache, read_picture
from cjm_desktop.model import Persona, encode_image


def pdfimages(path) -> list[list[str]]:
    exe = require_program("pdfimages")
    out = subprocess.run([exe, "-list", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


def _truncated_png() -> bytes:
    # Noise, so the pixel data is long; cut in the middle of it: the header still reads.
    noisy = Image.effect_noise((300, 200), 80).convert("RGB")
    out = io.BytesIO()
    noisy.save(out, "PNG")
    data = out.getvalue()
    return data[: len(data) // 2]


def test_truncated_card_picture_and_persona_photo_are_left_out(tmp_path):
    broken = _truncated_png()
    good = picture("PNG", (40, 30))
    project = storyboard(broken, good)
    persona = Persona(id="p", name="Ans de Vries", photo=encode_image(broken))
    project.personas.append(persona)
    project.journeys[0].persona_id = persona.id
    path = tmp_path / "r.pdf"
    export_pdf(project, path)  # raised OSError: image file is truncated before the fix
    assert [(r[3], r[4]) for r in pdfimages(path)] == [("40", "30")]
    assert read_picture(encode_image(broken)) is None


def test_pictures_are_shrunk_to_print_size(tmp_path):
    path = tmp_path / "r.pdf"
    export_pdf(storyboard(picture("PNG", (3000, 1500)), picture("JPEG", (1000, 2000))), path)
    sizes = sorted((int(r[3]), int(r[4])) for r in pdfimages(path))
    assert [max(size) for size in sizes] == [MAX_SIDE, MAX_SIDE]
    assert all(abs(min(size) - MAX_SIDE / 2) <= 1 for size in sizes)


def test_a_small_picture_keeps_its_pixels():
    reader = read_picture(encode_image(picture("PNG", (MAX_SIDE, 10))))
    assert reader.getSize() == (MAX_SIDE, 10)
    reader = read_picture(encode_image(picture("PNG", (MAX_SIDE + 1, 10))))
    assert reader.getSize()[0] == MAX_SIDE


def test_the_cache_holds_at_most_max_decoded_pictures():
    encoded = [encode_image(picture("PNG", (20, 20), (n, 0, 0))) for n in range(MAX_DECODED + 1)]
    cache = PictureCache()
    for text in encoded[:MAX_DECODED]:
        assert cache.reader(text) is not None
    assert len(cache) == MAX_DECODED  # at the limit: every one still held
    first = cache.reader(encoded[0])  # used again: now the most recent
    cache.reader(encoded[MAX_DECODED])  # one past: the least recently used is dropped
    assert len(cache) == MAX_DECODED
    assert cache.reader(encoded[0]) is first
    assert cache.reader(encoded[1]) is not None  # dropped, so decoded again


def test_many_different_pictures_make_one_image_each_in_the_pdf(tmp_path):
    count = MAX_DECODED * 2 + 3
    images = [picture("PNG", (30, 20), (n * 5, 100, 0)) for n in range(count)]
    path = tmp_path / "r.pdf"
    export_pdf(storyboard(*images), path)
    assert len(pdfimages(path)) == count
