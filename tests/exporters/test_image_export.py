"""PNG and SVG of a map, rendered from the canvas scene."""

import xml.etree.ElementTree as ET

import pytest
from helpers.sample_projects import report_project
from PySide6.QtGui import QImage

from cjm_desktop.exporters.image import export_image, render_image
from cjm_desktop.user_message import UserError


def test_png_has_the_map_size_times_the_scale(qapp, tmp_path):
    project = report_project()
    small = QImage.fromData(render_image(project, "j1", "png", 0.5))
    large = QImage.fromData(render_image(project, "j1", "png", 1.0))
    assert not small.isNull()
    assert abs(large.width() - 2 * small.width()) <= 2
    assert abs(large.height() - 2 * small.height()) <= 2
    # Not a blank picture: the stage header colour appears at the top row of stages.
    colours = {large.pixelColor(x, 30).name() for x in range(0, large.width(), 7)}
    assert len(colours) > 3


def test_svg_is_well_formed_and_carries_the_text(qapp, tmp_path):
    path = tmp_path / "map.svg"
    export_image(report_project(), "j1", path, fmt="svg")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = path.read_text(encoding="utf-8")
    assert "Oriënteren" in text
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; co" in text


def test_bad_scale_and_bad_target(qapp, tmp_path):
    with pytest.raises(UserError, match="scale"):
        render_image(report_project(), "j1", "png", 0)
    with pytest.raises(UserError, match="does not exist"):
        export_image(report_project(), "j1", tmp_path / "nope" / "m.png")
    assert list(tmp_path.iterdir()) == []
