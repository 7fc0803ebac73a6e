"""A card with a picture reserves a box above its title, sized from the picture's header."""

import base64
import io
import struct
import zlib

import pytest
from PIL import Image

from cjm_desktop.layout import Style, ascent, layout_card, layout_journey
from cjm_desktop.model import Card, LaneKind, image_size
from cjm_desktop.model.images import encode_image


def png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


def jpeg_header(width: int, height: int) -> bytes:
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x11\x00\x02\x11\x01\x03\x11\x01"
    return (
        b"\xff\xd8"
        + b"\xff\xe0"
        + struct.pack(">H", len(app0) + 2)
        + app0
        + b"\xff\xc0"
        + struct.pack(">H", len(sof) + 2)
        + sof
    )


def real_picture(fmt: str, width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, fmt)
    return out.getvalue()


def card_with(data: bytes | None, title: str = "Op de bank bestellen") -> Card:
    image = encode_image(data) if data is not None else None
    return Card(id="k", lane_id="l", step_id="s", title=title, image=image)


@pytest.mark.parametrize(
    ("data", "size"),
    [
        (png_header(640, 480), (640, 480)),
        (jpeg_header(300, 200), (300, 200)),
        (real_picture("PNG", 64, 48), (64, 48)),
        (real_picture("JPEG", 120, 90), (120, 90)),
        (b"\x89PNG\r\n\x1a\n", None),
        (b"\xff\xd8\xff\xe0\x00", None),
        (b"GIF89a", None),
    ],
)
def test_size_read_from_the_header(data, size):
    assert image_size(data) == size


def test_a_wide_picture_spans_the_card_at_its_aspect_ratio():
    s = Style()
    box = layout_card(card_with(jpeg_header(300, 100)), LaneKind.IMAGES, 0, 0, s)
    inner = box.box[2] - 2 * s.card_padding
    x, y, w, h = box.image_box
    assert (x, y) == (s.card_padding, s.card_padding)
    assert w == pytest.approx(inner)
    assert h == pytest.approx(inner / 3)
    # The title starts below the picture.
    assert box.lines[0].y > y + h
    assert box.title_box[1] > y + h - 3


def test_a_tall_picture_is_capped_and_centred():
    s = Style()
    box = layout_card(card_with(png_header(100, 400)), LaneKind.IMAGES, 0, 0, s)
    x, _, w, h = box.image_box
    assert h == s.image_max_height
    assert w == pytest.approx(s.image_max_height / 4)
    assert x + w / 2 == pytest.approx(box.box[2] / 2)


def test_an_unreadable_header_gets_a_four_by_three_box():
    box = layout_card(card_with(b"\x89PNG\r\n\x1a\nbroken"), LaneKind.IMAGES, 0, 0, Style())
    _, _, w, h = box.image_box
    assert w / h == pytest.approx(4 / 3)


def test_the_picture_makes_the_card_taller_by_its_box():
    s = Style()
    plain = layout_card(card_with(None), LaneKind.IMAGES, 0, 0, s)
    pictured = layout_card(card_with(png_header(64, 48)), LaneKind.IMAGES, 0, 0, s)
    assert plain.image_box is None
    assert pictured.box[3] == pytest.approx(plain.box[3] + pictured.image_box[3] + 6)
    assert [line.text for line in pictured.lines] == [line.text for line in plain.lines]


def test_a_card_without_picture_is_laid_out_as_before():
    # The numbers of a plain card before pictures existed.
    box = layout_card(card_with(None, "Wachten"), LaneKind.DOING, 10, 20, Style())
    assert box.box == (10, 20, 160.0, 30.0)
    assert box.lines[0].y == pytest.approx(Style().card_padding - 1 + ascent(12.0))
    assert box.title_box == (4.0, 4.0, 152.0, 22.0)
    assert box.image_box is None


def test_the_example_storyboard_cards_have_picture_boxes(example_nl_path):
    from cjm_desktop.storage import load

    project = load(example_nl_path)
    for journey in project.journeys:
        geometry = layout_journey(journey)
        pictured = [c for c in journey.cards if c.image]
        assert pictured
        for card in pictured:
            _, _, w, h = geometry.cards[card.id].image_box
            assert w / h == pytest.approx(64 / 48)


def test_the_size_is_cached_by_the_picture_text():
    from cjm_desktop.layout.journey_layout import card_image_size

    encoded = base64.b64encode(png_header(64, 48)).decode("ascii")
    card_image_size.cache_clear()
    card_image_size(encoded)
    card_image_size(encoded)
    assert card_image_size.cache_info().hits == 1
