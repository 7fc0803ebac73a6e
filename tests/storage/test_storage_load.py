"""Loading: good files load, every kind of bad file gives one clear message (never a traceback)."""

import json
import os

import pytest
from storage_samples import sample_project

from cjm_desktop.model import Project
from cjm_desktop.storage import MAX_FILE_BYTES, dumps, load, loads
from cjm_desktop.user_message import UserError


def write(tmp_path, data: bytes | str, name: str = "p.cjm"):
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def error_of(path) -> UserError:
    with pytest.raises(UserError) as info:
        load(path)
    return info.value


def test_valid_file_loads(tmp_path):
    project = sample_project()
    loaded = load(write(tmp_path, dumps(project)))
    assert loaded.model_dump() == project.model_dump()


def test_missing_file(tmp_path):
    assert "does not exist" in str(error_of(tmp_path / "nope.cjm"))


def test_directory(tmp_path):
    assert "is a folder" in str(error_of(tmp_path))


def test_empty_file(tmp_path):
    assert "is empty" in str(error_of(write(tmp_path, b"")))
    assert "is empty" in str(error_of(write(tmp_path, "  \n")))


def test_binary_file(tmp_path):
    err = error_of(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert "binary data" in str(err)


def test_not_utf8(tmp_path):
    err = error_of(write(tmp_path, '{"title": "caf\xe9"}'.encode("latin-1")))
    assert "not UTF-8 text" in str(err)
    assert "position 14" in str(err)


def test_invalid_json_names_line_and_column(tmp_path):
    err = error_of(write(tmp_path, '{\n  "title": "x",\n  oops\n}'))
    assert "The project file" in str(err)
    assert "is damaged or incomplete near line 3, column 3." in str(err)
    assert "JSON" not in str(err)


def test_truncated_file(tmp_path):
    text = dumps(sample_project())
    err = error_of(write(tmp_path, text[: len(text) // 2]))
    assert "ends too early" in str(err)
    assert "cut off" in str(err)


def test_not_an_object(tmp_path):
    assert "is not a project file: it holds a single value or a list" in str(
        error_of(write(tmp_path, "[1, 2]"))
    )


def test_wrong_types_are_listed_with_their_json_path(tmp_path):
    data = json.loads(dumps(sample_project()))
    data["journeys"][0]["cards"][0]["sentiment"] = 5
    data["journeys"][0]["stages"][0]["name"] = 12
    err = error_of(write(tmp_path, json.dumps(data)))
    assert "2 problems" in str(err)
    assert any(d.startswith("journeys[0].cards[0].sentiment:") and "5" in d for d in err.details)
    assert any(d.startswith("journeys[0].stages[0].name:") for d in err.details)


def test_unknown_field_is_reported(tmp_path):
    data = json.loads(dumps(sample_project()))
    data["journeys"][0]["colour"] = "red"
    err = error_of(write(tmp_path, json.dumps(data)))
    assert any(d.startswith("journeys[0].colour:") for d in err.details)


def test_broken_references_name_the_id_and_place(tmp_path):
    data = json.loads(dumps(sample_project()))
    data["journeys"][0]["cards"][0]["lane_id"] = "lane-gone"
    data["journeys"][0]["lanes"][1]["curves"][0]["points"] = {"step-gone": 1}
    err = error_of(write(tmp_path, json.dumps(data)))
    assert "broken references" in str(err)
    assert "journeys[0].cards[0].lane_id: refers to lane 'lane-gone', which does not exist" in (
        err.details
    )
    assert any("step-gone" in d and "curves[0].points" in d for d in err.details)


def test_duplicate_ids(tmp_path):
    data = json.loads(dumps(sample_project()))
    data["journeys"][0]["stages"][0]["id"] = "card-1"
    err = error_of(write(tmp_path, json.dumps(data)))
    assert any("'card-1' is used twice" in d for d in err.details)


def test_newer_version_is_refused_and_file_untouched(tmp_path):
    data = json.loads(dumps(sample_project()))
    data["schema_version"] = 99
    path = write(tmp_path, json.dumps(data))
    before = path.read_bytes(), path.stat().st_mtime_ns
    err = error_of(path)
    assert "newer version" in str(err)
    assert "file format 99" in str(err)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_invalid_version(tmp_path):
    err = error_of(write(tmp_path, '{"schema_version": "one"}'))
    assert 'invalid file format version (schema_version "one")' in str(err)


def test_too_large_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.cjm"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no need to write 100 MB
    assert "too large" in str(error_of(path))


def test_deep_nesting_is_refused(tmp_path):
    assert "nested too deeply" in str(error_of(write(tmp_path, "[" * 100_000 + "]" * 100_000)))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, dumps(sample_project()))
    path.chmod(0)
    assert "permission denied" in str(error_of(path))


def test_loads_accepts_text_and_bytes_and_a_bom():
    text = dumps(sample_project())
    assert isinstance(loads(text), Project)
    assert loads(b"\xef\xbb\xbf" + text.encode()).title == "Bakkerij"


def test_pictures_must_be_png_or_jpeg(tmp_path):
    import base64

    data = json.loads(dumps(sample_project()))
    data["journeys"][0]["cards"][0]["image"] = base64.b64encode(b"GIF89a....").decode()
    err = error_of(write(tmp_path, json.dumps(data)))
    assert any("neither PNG nor JPEG" in d for d in err.details)
