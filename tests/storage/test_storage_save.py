"""Saving: canonical bytes, atomic replace with a backup, failures leave the old file intact."""

import os

import pytest
from helpers.strategies import projects
from hypothesis import HealthCheck, given, settings
from storage_samples import sample_project

from cjm_desktop.storage import backup_path, dumps, load, save
from cjm_desktop.user_message import UserError


def test_load_then_save_gives_the_same_bytes(tmp_path):
    path = tmp_path / "p.cjm"
    save(sample_project(), path, backup=False)
    first = path.read_bytes()
    save(load(path), path)
    assert path.read_bytes() == first
    assert first.endswith(b"}\n")
    assert "Crème brûlée bestellen € ‘test’".encode() in first  # UTF-8, not \u escapes


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_round_trip_of_random_projects_is_byte_identical(project):
    from cjm_desktop.storage import loads

    text = dumps(project)
    again = loads(text)
    assert again.model_dump() == project.model_dump()
    assert dumps(again) == text


def test_save_keeps_a_backup_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "p.cjm"
    project = sample_project()
    save(project, path)
    assert not backup_path(path).exists()
    old = path.read_bytes()
    project.title = "Nieuwe titel"
    save(project, path)
    assert backup_path(path).read_bytes() == old
    assert load(path).title == "Nieuwe titel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.cjm", "p.cjm.bak"]


def test_save_into_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        save(sample_project(), tmp_path / "nope" / "p.cjm")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_failed_save_leaves_the_old_file_intact(tmp_path):
    path = tmp_path / "p.cjm"
    save(sample_project(), path)
    before = path.read_bytes()
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(UserError, match="permission denied"):
            save(sample_project().model_copy(update={"title": "x"}), path)
    finally:
        tmp_path.chmod(0o700)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.cjm"]


def test_failed_write_removes_the_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "p.cjm"
    save(sample_project(), path)
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(UserError, match="No space left"):
        save(sample_project().model_copy(update={"title": "x"}), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.cjm"]
