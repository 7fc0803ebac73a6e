"""Backups (`NAME.cjm.bak`) and crash-recovery copies are user files too: damaged ones give a
clear message; a damaged project file points to a backup or recovered copy that loads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.hostile import refused_by_loader

from cjm_desktop.model import Project
from cjm_desktop.storage import backup_path, dumps, load, recovery, save
from cjm_desktop.storage.file_format import backup_path_for


def sample_project() -> Project:
    return Project(id="project-1", title="Bakkerij")


@pytest.fixture(autouse=True)
def recovery_folder(tmp_path, monkeypatch):
    folder = tmp_path / "recovery"
    monkeypatch.setenv(recovery.RECOVERY_DIR_ENV, str(folder))
    return folder


def saved_twice(tmp_path) -> Path:
    path = tmp_path / "p.cjm"
    save(sample_project(), path)
    save(sample_project().model_copy(update={"title": "Tweede"}), path)
    return path


def test_backup_path_for_names_a_backup_only_when_it_loads(tmp_path):
    path = saved_twice(tmp_path)
    assert backup_path_for(path) == backup_path(path)
    backup_path(path).write_text(dumps(sample_project())[:50], encoding="utf-8")
    assert backup_path_for(path) is None
    backup_path(path).unlink()
    assert backup_path_for(path) is None


def test_a_damaged_file_names_its_backup(tmp_path):
    path = saved_twice(tmp_path)
    path.write_bytes(path.read_bytes()[:100])
    error = refused_by_loader(path, "The project file", "incomplete", "p.cjm.bak")
    assert load(backup_path(path)).title == "Bakkerij"
    assert error.render().count("\n") == 0, "the hint belongs to the first line, shown first"


def test_a_damaged_file_names_its_recovered_copy(tmp_path):
    path = saved_twice(tmp_path)
    backup_path(path).unlink()
    copy = recovery.write_recovery(sample_project().model_copy(update={"title": "Hersteld"}), path)
    path.write_text('{"schema_version": 1, "title": 5}', encoding="utf-8")
    refused_by_loader(path, "(1 problem).", "copy saved automatically", str(copy))


def test_a_file_from_a_newer_version_gets_no_hint(tmp_path):
    path = saved_twice(tmp_path)
    path.write_text('{"schema_version": 7}', encoding="utf-8")
    error = refused_by_loader(path, "newer version")
    assert error.hint is None


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "is empty"),
        (b"{oops", "damaged or incomplete"),
        (b'{"schema_version": 1, "title": "\\ud800"}', "lone surrogate"),
        (b'{"maps": 5}', "maps: should be a list"),
    ],
)
def test_damaged_backups_and_recovered_copies_are_refused_clearly(
    tmp_path, recovery_folder, content, expected
):
    path = saved_twice(tmp_path)
    backup_path(path).write_bytes(content)
    refused_by_loader(backup_path(path), expected)
    written = recovery.write_recovery(sample_project(), path)
    written.write_bytes(content)
    copy = recovery.recovery_for(path)
    refused_by_loader(copy.path, expected, loader=lambda _: recovery.load_recovery(copy))


def test_a_garbage_origin_file_does_not_stop_finding_copies(tmp_path, recovery_folder):
    path = saved_twice(tmp_path)
    written = recovery.write_recovery(sample_project(), path)
    origin = written.with_suffix(".origin")
    origin.write_bytes(b"\xff\xfe\x00garbage")
    assert len(recovery.find_recoveries()) == 1
    if Path("/dev/zero").exists():
        origin.unlink()
        origin.symlink_to("/dev/zero")
        assert [c.original for c in recovery.find_recoveries()] == [None]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_a_recovery_key_for_a_name_that_is_not_utf8(tmp_path):
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9.cjm")))
    save(sample_project(), path)
    os.utime(path, (1_000_000, 1_000_000))
    written = recovery.write_recovery(sample_project(), path)
    copy = recovery.recovery_for(path)
    assert copy is not None and copy.path == written
    assert copy.original == path.resolve()
    recovery.discard_recovery(path)
    assert recovery.find_recoveries() == []


def test_an_unusable_recovery_folder_is_a_clear_error_and_saving_still_works(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv(recovery.RECOVERY_DIR_ENV, str(blocker))
    with pytest.raises(recovery.UserError) as info:
        recovery.write_recovery(sample_project(), None)
    assert "Cannot write the automatic recovery copy: " in info.value.render()
    assert str(blocker) in info.value.render()
    recovery.discard_recovery(tmp_path / "p.cjm")  # after a save: never an error
    assert recovery.find_recoveries() == []
