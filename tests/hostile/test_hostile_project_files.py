"""Hostile project files: each gets one clear message from the loader and from every `cjm`
command that reads it, never a traceback, and the file stays as it was (issue 11)."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from helpers.hostile import (
    EXPORT_OUTPUT,
    assert_clear_message,
    refused_by_cli,
    refused_by_loader,
    refused_everywhere,
    run_cli,
)

from cjm_desktop.resource_paths import resources_dir
from cjm_desktop.storage import dumps, load, loads
from cjm_desktop.user_message import UserError

EXAMPLE = resources_dir() / "examples" / "bakkerij_nl.cjm"


def example_data() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def write(folder: Path, content: bytes | str | dict, name: str = "d.cjm") -> Path:
    path = folder / name
    if isinstance(content, dict):
        content = json.dumps(content)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# -- the reproductions of issue 11, item 1: pre-version files with wrong types -----------------

PRE_VERSION_SHAPES = {
    "maps is a number": ('{"maps": 5}', "maps: should be a list (found 5)"),
    "lanes is a number": ('{"maps":[{"lanes":5}]}', "maps[0].lanes: should be a list (found 5)"),
    "step is a list": (
        '{"maps":[{"lanes":[{"type":"emotion","emotions":[{"step":["a"],"score":3}]}]}]}',
        "maps[0].lanes[0].emotions[0].step: should be the ID of a step",
    ),
    "emotions is an object": (
        '{"maps":[{"lanes":[{"type":"emotion","emotions":{"a":1}}]}]}',
        "maps[0].lanes[0].emotions: should be a list",
    ),
    "point is a number": (
        '{"maps":[{"lanes":[{"type":"emotion","emotions":[7]}]}]}',
        "maps[0].lanes[0].emotions[0]: should be an emotion point",
    ),
    "score is text": (
        '{"maps":[{"lanes":[{"emotions":[{"step":"s","score":"3"}]}]}]}',
        "maps[0].lanes[0].emotions[0].score: should be a whole number from 1 to 5",
    ),
    "score is true": (
        '{"maps":[{"lanes":[{"emotions":[{"step":"s","score":true}]}]}]}',
        "emotions[0].score: should be a whole number",
    ),
    "score out of range": (
        '{"version": 0, "maps":[{"lanes":[{"emotions":[{"step":"s","score":9}]}]}]}',
        "emotions[0].score: should be a whole number from 1 to 5 (found 9)",
    ),
    "map is a number": ('{"maps": [3]}', "journeys[0]: Input should be a valid dictionary"),
    "name is a list": ('{"name": ["x"], "maps": []}', "title: Input should be a valid string"),
}


@pytest.mark.parametrize("case", list(PRE_VERSION_SHAPES), ids=list(PRE_VERSION_SHAPES))
def test_pre_version_files_with_wrong_types_get_the_json_path(tmp_path, case):
    text, expected = PRE_VERSION_SHAPES[case]
    refused_by_loader(write(tmp_path, text), expected)


def test_the_issue_reproductions_through_the_real_cli(tmp_path):
    for i, case in enumerate(("maps is a number", "lanes is a number", "step is a list")):
        text, expected = PRE_VERSION_SHAPES[case]
        refused_by_cli(write(tmp_path, text, f"d{i}.cjm"), "(1 problem).", expected)
    assert not (tmp_path / EXPORT_OUTPUT).exists()


@pytest.mark.parametrize("version", ["true", "false", "1.0", '"1"', "null", "[1]", "-1"])
def test_a_version_that_is_not_a_whole_number_is_refused(tmp_path, version):
    data = example_data()
    text = json.dumps(data).replace('"schema_version": 1', f'"schema_version": {version}', 1)
    refused_by_loader(write(tmp_path, text), "invalid file format version")


def test_schema_version_true_through_the_cli(tmp_path):
    text = json.dumps(example_data()).replace('"schema_version": 1', '"schema_version": true')
    refused_by_cli(write(tmp_path, text), "invalid file format version (schema_version true)")


# -- devices, pipes, folders, size (item 2) ----------------------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_that_never_ends_is_refused_at_once(tmp_path):
    link = tmp_path / "zero.cjm"
    link.symlink_to("/dev/zero")
    refused_everywhere(link, "is a device, a pipe or a socket")
    result = run_cli("validate", "/dev/zero")
    assert result.returncode == 1
    assert_clear_message(result.stderr.decode(), "/dev/zero is not a file that can be opened")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_nobody_writes_to_does_not_hang(tmp_path):
    pipe = tmp_path / "pipe.cjm"
    os.mkfifo(pipe)
    refused_everywhere(pipe, "is a device, a pipe or a socket")


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "map.cjm"
    folder.mkdir()
    refused_everywhere(folder, "is a folder, not a file")


def test_a_huge_file_is_refused_in_mebibytes(tmp_path):
    from cjm_desktop.storage import MAX_FILE_BYTES

    path = tmp_path / "huge.cjm"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    refused_everywhere(path, "too large to open (more than 100 MiB)")


# -- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding",
    ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"],
)
def test_unicode_files_other_editors_save_are_read(tmp_path, encoding):
    text = EXAMPLE.read_text(encoding="utf-8")
    path = write(tmp_path, text.encode(encoding))
    assert load(path).model_dump() == load(EXAMPLE).model_dump()


def test_a_utf16_file_through_the_cli(tmp_path):
    path = write(tmp_path, EXAMPLE.read_text(encoding="utf-8").encode("utf-16"))
    result = run_cli("validate", path)
    assert result.returncode == 0, result.stderr


def test_a_broken_utf16_file_is_named_as_such(tmp_path):
    data = codecs.BOM_UTF16_LE + '{"title": "x"}'.encode("utf-16-le") + b"\x00\xdc"
    refused_by_loader(write(tmp_path, data), "starts as UTF-16 text", "Save it as UTF-8")


def test_a_latin1_file_says_what_to_do(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    path = write(tmp_path, text.encode("latin-1", "replace"))
    refused_everywhere(path, "is not UTF-8 text", "Latin-1", "save it as UTF-8")


def test_binary_data(tmp_path):
    refused_by_loader(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary data")


# -- damaged and incomplete files --------------------------------------------------------------


def test_a_truncated_file_speaks_of_the_project_file_and_the_backup(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    path = write(tmp_path, text[: len(text) // 3])
    (tmp_path / "d.cjm.bak").write_text(text, encoding="utf-8")
    error = refused_everywhere(path, "The project file", "incomplete", "d.cjm.bak")
    message = error.render()
    assert "JSON" not in message and "at at" not in message


def test_an_unterminated_string_reads_in_plain_words(tmp_path):
    error = refused_by_loader(write(tmp_path, '{"a": "x'), "is damaged or incomplete")
    assert "line 1, column" in error.render()
    assert "starting at" not in error.render()


def test_no_backup_is_named_when_there_is_none_or_it_is_damaged_too(tmp_path):
    path = write(tmp_path, "{oops")
    assert error_hint(path) is None
    (tmp_path / "d.cjm.bak").write_text("{oops too", encoding="utf-8")
    assert error_hint(path) is None


def error_hint(path: Path):
    with pytest.raises(UserError) as info:
        load(path)
    return info.value.hint


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(tmp_path, constant):
    text = json.dumps(example_data()).replace('"schema_version": 1', f'"x": {constant}', 1)
    refused_by_loader(write(tmp_path, text), f"holds the value {constant}")


def test_deep_nesting_is_a_clear_message_not_a_recursion_error(tmp_path):
    refused_everywhere(write(tmp_path, "[" * 100_000 + "]" * 100_000), "nested too deeply")
    deep_inside = '{"schema_version": 1, "title": ' + "[" * 100_000 + "]" * 100_000 + "}"
    refused_by_loader(write(tmp_path, deep_inside, "e.cjm"), "nested too deeply")


def test_duplicate_keys_load_as_the_last_one_on_both_paths(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        '"title": ', '"title": "eerste", "title": ', 1
    )
    project = load(write(tmp_path, text))
    assert project.title == load(EXAMPLE).title
    slow = text.replace('"schema_version": 1', '"schema_version": 1, "extra": 1', 1)
    refused_by_loader(write(tmp_path, slow, "e.cjm"), "extra")


@pytest.mark.parametrize("value", [5, "x", [], {}, None, True, 1.5])
def test_wrong_types_at_the_top_level(tmp_path, value):
    for key in example_data():
        data = example_data()
        data[key] = value
        try:
            loads(json.dumps(data))
        except UserError as error:
            message = error.render()
            assert_clear_message(message)
            if "is not a valid project file" in message:
                assert f"- {key}" in message


def test_wrong_types_at_every_level(tmp_path):
    """Each object and list of the example, replaced in turn by a value of each wrong kind."""
    from cjm_desktop.user_message import UserError

    data = json.loads(dumps(loads(EXAMPLE.read_bytes())))
    paths = list(_container_paths(data))
    assert len(paths) > 50
    for path in paths[:: max(1, len(paths) // 150)]:
        for wrong in (7, "x", None, [], {}):
            mutated = json.loads(json.dumps(data))
            _set(mutated, path, wrong)
            try:
                loads(json.dumps(mutated))
            except UserError as error:
                assert_clear_message(error.render())


def _container_paths(value, path=()):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield (*path, key)
            yield from _container_paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield (*path, index)
            yield from _container_paths(inner, (*path, index))


def _set(data, path, value):
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


# -- text: formulas and markup stay literal; lone surrogates are refused (item 4) --------------


def test_formula_and_markup_text_loads_and_stays_literal(tmp_path):
    data = example_data()
    data["title"] = '=HYPERLINK("http://x","klik") <b>vet</b> &amp; <script>'
    data["journeys"][0]["title"] = "@SUM(A1:A9) ]]> <![CDATA[ x"
    path = write(tmp_path, data)
    project = load(path)
    assert project.title == data["title"]
    assert project.journeys[0].title == data["journeys"][0]["title"]
    info = run_cli("info", "--json", path)
    assert info.returncode == 0
    assert json.loads(info.stdout)["title"] == data["title"]


@pytest.mark.parametrize(
    "where, expected_path",
    [
        (lambda d: d.__setitem__("title", "P \ud800"), "title"),
        (lambda d: d["journeys"][0]["cards"][0].__setitem__("title", "x\udfff"), "cards[0].title"),
        (lambda d: d["personas"][0].__setitem__("name", "\udc80"), "personas[0].name"),
    ],
)
def test_a_lone_surrogate_is_refused_with_its_place(tmp_path, where, expected_path):
    data = example_data()
    where(data)
    path = write(tmp_path, json.dumps(data))  # json.dumps writes it as the escape \udXXX
    refused_everywhere(path, "broken text at", expected_path, "lone surrogate")


def test_a_lone_surrogate_in_an_old_file_or_a_key_is_refused(tmp_path):
    refused_by_loader(write(tmp_path, '{"name": "P \\ud800"}'), "broken text at name")
    text = '{"maps": [{"lanes": [{"emotions": [{"step": "\\ud800", "score": 3}]}]}]}'
    refused_by_loader(write(tmp_path, text, "e.cjm"), "broken text at", "\\ud800")


def test_a_whole_pair_of_escapes_is_a_character_and_loads(tmp_path):
    data = example_data()
    data["title"] = "Taart \U0001f382"
    path = write(tmp_path, json.dumps(data))  # ensure_ascii: the pair \ud83c\udf82
    assert "\\ud83c\\udf82" in path.read_text(encoding="utf-8")
    assert load(path).title == "Taart \U0001f382"


# -- file names and links ---------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_a_file_name_that_is_not_utf8(tmp_path):
    good = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9.cjm"))
    Path(good).write_bytes(EXAMPLE.read_bytes())
    assert load(good).title
    for command in (("validate",), ("info",), ("info", "--json")):
        result = run_cli(*command, good)
        assert result.returncode == 0, result.stderr
        assert b"Traceback" not in result.stderr
    bad = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"kapot\xe9.cjm"))
    Path(bad).write_bytes(b"{oops")
    refused_everywhere(Path(bad), "kapot\\xe9.cjm")


def test_links(tmp_path):
    target = write(tmp_path, EXAMPLE.read_bytes(), "echt.cjm")
    link = tmp_path / "link.cjm"
    link.symlink_to(target)
    assert load(link).title == load(target).title
    dangling = tmp_path / "weg.cjm"
    dangling.symlink_to(tmp_path / "bestaat-niet.cjm")
    refused_everywhere(dangling, "does not exist")
    loop = tmp_path / "rond.cjm"
    loop.symlink_to(loop)
    refused_everywhere(loop, "Cannot read", "rond.cjm")
