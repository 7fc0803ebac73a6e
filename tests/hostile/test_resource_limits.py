"""Every resource limit of loading, at the limit and one past it. The limits and the reasons for
them live beside their constants (storage/limits.py, storage/recovery.py, ui/wizard/draft.py)."""

from __future__ import annotations

import json

import pytest
from helpers.hostile import refused_by_loader

from cjm_desktop.storage import MAX_FILE_BYTES, load, loads, recovery
from cjm_desktop.storage.limits import MAX_NESTING
from cjm_desktop.user_message import UserError


def test_file_size_at_the_limit_is_read_and_one_byte_more_is_not(tmp_path):
    path = tmp_path / "at.cjm"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES)  # sparse: all zero bytes, read in full
    error = refused_by_loader(path, "binary data")
    assert "too large" not in error.render()
    with open(path, "ab") as handle:
        handle.write(b"\x00")
    refused_by_loader(path, "too large to open (more than 100 MiB)")


def nested(depth: int) -> str:
    """A top-level object whose title holds lists: `depth` containers in all."""
    return '{"title": ' + "[" * (depth - 1) + "]" * (depth - 1) + "}"


def test_nesting_at_the_limit_is_examined_and_one_level_more_is_refused():
    with pytest.raises(UserError) as at_limit:
        loads(nested(MAX_NESTING))
    assert "nested too deeply" not in at_limit.value.render()
    assert "title" in at_limit.value.render()
    with pytest.raises(UserError, match="nested too deeply") as past:
        loads(nested(MAX_NESTING + 1))
    assert f"more than {MAX_NESTING} levels" in past.value.render()


def test_origin_files_of_recovered_copies_at_their_limit(tmp_path, monkeypatch):
    monkeypatch.setenv(recovery.RECOVERY_DIR_ENV, str(tmp_path))
    (tmp_path / "a.cjm").write_text(json.dumps({"schema_version": 1}), encoding="utf-8")
    origin = tmp_path / "a.origin"
    long_name = "/" + "x" * (recovery._MAX_ORIGIN_BYTES - 1)
    origin.write_text(long_name, encoding="utf-8")
    assert [str(c.original) for c in recovery.find_recoveries()] == [long_name]
    origin.write_text(long_name + "x", encoding="utf-8")
    assert [c.original for c in recovery.find_recoveries()] == [None]


def test_a_loadable_file_stays_loadable(tmp_path, example_nl_path):
    assert load(example_nl_path).journeys
