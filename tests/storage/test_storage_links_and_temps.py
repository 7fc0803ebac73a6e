"""Saving through a symbolic link writes the file it points to; temporary files a killed save
left behind are removed at the next save or open, and nothing else is (issue 11, items 11, 15)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from storage_samples import sample_project

from cjm_desktop.storage import backup_path, load, save
from cjm_desktop.storage.atomic_write import STALE_TEMP_SECONDS, remove_stale_temps

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links and kill -9")


def test_saving_through_a_link_changes_the_target_and_keeps_the_link(tmp_path):
    real_folder = tmp_path / "echt"
    real_folder.mkdir()
    target = real_folder / "bakkerij.cjm"
    project = sample_project()
    save(project, target, backup=False)
    link = tmp_path / "snelkoppeling.cjm"
    link.symlink_to(target)

    changed = project.model_copy(update={"title": "Via de link"})
    save(changed, link)

    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load(target).title == "Via de link"
    # The backup of the previous version lies next to the real file, not next to the link.
    assert load(backup_path(target)).title == "Bakkerij"
    assert not backup_path(link).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["echt", "snelkoppeling.cjm"]


def test_a_chain_of_links_is_followed_to_the_end(tmp_path):
    target = tmp_path / "echt.cjm"
    save(sample_project(), target, backup=False)
    (tmp_path / "een.cjm").symlink_to("echt.cjm")
    (tmp_path / "twee.cjm").symlink_to("een.cjm")
    save(sample_project().model_copy(update={"title": "Twee"}), tmp_path / "twee.cjm")
    assert load(target).title == "Twee"
    assert (tmp_path / "twee.cjm").is_symlink() and (tmp_path / "een.cjm").is_symlink()


def _make_temp(folder: Path, name: str, age_seconds: float) -> Path:
    path = folder / name
    path.write_bytes(b"half a save")
    then = time.time() - age_seconds
    os.utime(path, (then, then))
    return path


def test_only_our_own_stale_temp_files_are_removed(tmp_path):
    target = tmp_path / "p.cjm"
    old = STALE_TEMP_SECONDS + 60
    ours = _make_temp(tmp_path, ".p.cjm.ab12_xyz.tmp", old)
    fresh = _make_temp(tmp_path, ".p.cjm.cd34efgh.tmp", STALE_TEMP_SECONDS - 60)
    keep = [
        _make_temp(tmp_path, name, old)
        for name in (
            ".p.cjm.toolong12.tmp.bak",  # not our suffix
            ".p.cjm.short.tmp",  # not eight characters
            ".p.cjm.ABCDEFGH.tmp",  # mkstemp never uses capitals
            ".q.cjm.ab12cdef.tmp",  # another file's
            "p.cjm.ab12cdef.tmp",  # not hidden: not ours
            "notes.tmp",
        )
    ]
    folder_link = tmp_path / ".p.cjm.linkxxxx.tmp"
    folder_link.symlink_to(tmp_path / "notes.tmp")

    save(sample_project(), target)

    assert not ours.exists()
    assert fresh.exists(), "a save under way in another window must not lose its file"
    assert all(p.exists() for p in keep)
    assert folder_link.is_symlink()
    assert remove_stale_temps(target) == []


_KILLED_SAVER = textwrap.dedent(
    """
    import os, sys, time
    from cjm_desktop.storage import save
    from cjm_desktop.model import Project

    def stall(*args):  # the rename never comes: kill -9 lands here
        print("writing", flush=True)
        time.sleep(120)

    os.replace = stall
    save(Project(title="half"), sys.argv[1])
    """
)


def test_a_save_killed_with_sigkill_leaves_a_temp_file_the_next_save_removes(tmp_path):
    target = tmp_path / "p.cjm"
    save(sample_project(), target, backup=False)
    before = target.read_bytes()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_SAVER, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout.readline().strip() == "writing"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        process.stdout.close()
    # One for the project, one for the copy that was to become its backup.
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp"))
    assert len(left) == 2
    assert {name.startswith(".p.cjm.bak.") for name in left} == {True, False}
    assert target.read_bytes() == before  # the kill cost nothing
    then = time.time() - STALE_TEMP_SECONDS - 1
    for name in left:
        os.utime(tmp_path / name, (then, then))

    save(load(target), target)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.cjm", "p.cjm.bak"]


def test_opening_in_the_editor_removes_stale_temps_too(tmp_path):
    from cjm_desktop.ui import project_files

    target = tmp_path / "p.cjm"
    save(sample_project(), target, backup=False)
    stale = _make_temp(tmp_path, ".p.cjm.zz99zz99.tmp", STALE_TEMP_SECONDS + 1)
    stale_backup = _make_temp(tmp_path, ".p.cjm.bak.zz99zz99.tmp", STALE_TEMP_SECONDS + 1)
    project_files.load(target)
    assert not stale.exists() and not stale_backup.exists()


def test_checking_from_the_command_line_touches_nothing(tmp_path):
    from cjm_desktop.cli import main

    target = tmp_path / "p.cjm"
    save(sample_project(), target, backup=False)
    stale = _make_temp(tmp_path, ".p.cjm.zz99zz99.tmp", STALE_TEMP_SECONDS + 1)
    assert main(["validate", str(target)]) == 0
    assert stale.exists()
