"""Crash-recovery copies: one per original file or untitled project, found again after a restart,
offered only when newer than the file, gone after a save; a damaged copy is a clear error."""

import os

import pytest
from storage_samples import sample_project

from cjm_desktop.storage import load, recovery, save
from cjm_desktop.user_message import UserError


@pytest.fixture(autouse=True)
def recovery_folder(tmp_path, monkeypatch):
    folder = tmp_path / "recovery"
    monkeypatch.setenv(recovery.RECOVERY_DIR_ENV, str(folder))
    return folder


def test_a_copy_of_a_saved_file_is_found_and_restores_the_unsaved_state(tmp_path):
    original = tmp_path / "bakkerij.cjm"
    project = sample_project()
    save(project, original)
    os.utime(original, (1_000_000, 1_000_000))  # the file is older than the copy written now
    changed = project.model_copy(update={"title": "Bakkerij (nog niet opgeslagen)"})

    recovery.write_recovery(changed, original)

    copy = recovery.recovery_for(original)
    assert copy is not None
    assert copy.original == original.resolve()
    assert recovery.load_recovery(copy).title == "Bakkerij (nog niet opgeslagen)"
    assert recovery.untitled_recoveries() == []


def test_a_copy_older_than_its_file_is_not_offered(tmp_path):
    original = tmp_path / "bakkerij.cjm"
    project = sample_project()
    save(project, original)
    written = recovery.write_recovery(project, original)
    os.utime(written, (1_000_000, 1_000_000))

    assert recovery.recovery_for(original) is None


def test_untitled_projects_get_their_own_copy_and_a_save_removes_it(tmp_path):
    first = sample_project()
    second = first.model_copy(update={"id": "project-2"})
    recovery.write_recovery(first, None)
    recovery.write_recovery(second, None)
    assert sorted(load(c.path).id for c in recovery.untitled_recoveries()) == [
        "project-1",
        "project-2",
    ]

    recovery.discard_recovery(None, first)

    assert [load(c.path).id for c in recovery.untitled_recoveries()] == ["project-2"]


def test_discard_removes_the_copy_and_its_origin(recovery_folder, tmp_path):
    copy_path = recovery.write_recovery(sample_project(), tmp_path / "x.cjm")
    (copy,) = recovery.find_recoveries()
    recovery.discard(copy)
    assert not copy_path.exists()
    assert list(recovery_folder.iterdir()) == []


def test_a_damaged_copy_is_a_clear_error_not_a_crash(recovery_folder):
    recovery.write_recovery(sample_project(), None)
    (copy,) = recovery.find_recoveries()
    copy.path.write_bytes(b'{"schema_version": 1, "id": ')

    with pytest.raises(UserError):
        recovery.load_recovery(copy)


def test_no_folder_means_no_copies():
    assert recovery.find_recoveries() == []
