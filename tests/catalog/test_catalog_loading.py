"""Broken catalog data fails at load with CatalogError naming the file (and the field), on a copy
of the shipped resources with one file spoiled."""

import json
import shutil
from pathlib import Path

import pytest

from cjm_desktop.catalog import CatalogError, load_catalog, shipped_catalog
from cjm_desktop.catalog.loading import resource_root

SHIPPED = Path(str(resource_root()))


@pytest.fixture
def resources(tmp_path) -> Path:
    root = tmp_path / "resources"
    root.mkdir()
    shutil.copy(SHIPPED / "phases.json", root)
    shutil.copy(SHIPPED / "touchpoints.json", root)
    shutil.copytree(SHIPPED / "templates", root / "templates")
    return root


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def _error(root: Path) -> str:
    with pytest.raises(CatalogError) as info:
        load_catalog(root)
    return str(info.value)


def test_the_copy_loads_like_the_shipped_catalog(resources):
    copy = load_catalog(resources)
    shipped = shipped_catalog()
    assert copy.templates == shipped.templates
    assert copy.touchpoints == shipped.touchpoints
    assert copy.phases == shipped.phases


def test_a_file_that_is_not_json(resources):
    (resources / "templates" / "five_a.json").write_text("{oops", encoding="utf-8")
    assert "templates/five_a.json" in _error(resources)


def test_a_missing_file(resources):
    (resources / "touchpoints.json").unlink()
    assert "touchpoints.json" in _error(resources)


def test_a_text_missing_in_one_language(resources):
    def drop_english(data):
        del data["stages"][1]["goal"]["en"]

    _edit(resources / "templates" / "see_think_do_care.json", drop_english)
    message = _error(resources)
    assert "templates/see_think_do_care.json" in message
    assert "stages.1.goal" in message and "en" in message


def test_an_unknown_lane_kind(resources):
    _edit(resources / "templates" / "five_phases.json", lambda d: d["lanes"].append("jokes"))
    message = _error(resources)
    assert "templates/five_phases.json" in message and "jokes" in message


def test_a_template_without_an_emotion_lane(resources):
    _edit(resources / "templates" / "aaarrr.json", lambda d: d["lanes"].remove("emotion"))
    message = _error(resources)
    assert "templates/aaarrr.json" in message and "exactly one emotion lane" in message


def test_a_touchpoint_in_an_unknown_phase(resources):
    _edit(resources / "touchpoints.json", lambda d: d["touchpoints"][3]["phases"].append("dream"))
    message = _error(resources)
    assert "touchpoints.json" in message and "dream" in message


def test_a_duplicate_touchpoint_id(resources):
    def duplicate(data):
        data["touchpoints"][5]["id"] = data["touchpoints"][4]["id"]

    _edit(resources / "touchpoints.json", duplicate)
    assert "used twice" in _error(resources)


def test_an_unlisted_template_file(resources):
    shutil.copy(resources / "templates" / "five_a.json", resources / "templates" / "five_b.json")
    message = _error(resources)
    assert "templates/index.json" in message and "five_b" in message


def test_a_journey_title_with_an_unknown_placeholder(resources):
    def spoil(data):
        data["journey_title"]["nl"] = "Klantreis {persona}"

    _edit(resources / "templates" / "index.json", spoil)
    assert "templates/index.json" in _error(resources)
