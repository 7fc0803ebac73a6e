"""A real git repository: two branches edit the example, `git merge` goes through `cjm merge` as
the merge driver that `cjm git-setup` installed, and the result is a valid project."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from collab_sample import EXAMPLE
from conftest import require_program
from helpers.hostile import ROOT, run_cli

from cjm_desktop.collab.git_setup import ATTRIBUTES_LINE
from cjm_desktop.collab.merge import CONFLICT_TAG
from cjm_desktop.editing import AddCard, SetFields
from cjm_desktop.model import Card, Project
from cjm_desktop.storage import load, save

pytestmark = pytest.mark.slow


def _git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        GIT_CONFIG_NOSYSTEM="1",
        HOME=str(repo.parent),  # no user's ~/.gitconfig
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.org",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.org",
    )
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=False
    )
    if check:
        assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


@pytest.fixture
def repo(tmp_path) -> Path:
    require_program("git")
    repo = tmp_path / "maps"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    shutil.copy(EXAMPLE, repo / "map.cjm")
    setup = run_cli("git-setup", "--repo", repo)
    assert setup.returncode == 0, setup.stderr
    assert (repo / ".gitattributes").read_text(encoding="utf-8") == ATTRIBUTES_LINE + "\n"
    driver = _git(repo, "config", "merge.cjm.driver").stdout
    assert "merge %O %A %B -o %A" in driver
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "example")
    return repo


def _commit_on(repo: Path, branch: str, change) -> None:
    _git(repo, "checkout", "-q", "-b", branch, "main")
    project = load(repo / "map.cjm")
    change(project)
    save(project, repo / "map.cjm", backup=False)
    _git(repo, "commit", "-q", "-am", branch)


def _first_card(project: Project):
    return project.journeys[0].cards[0]


def test_two_branches_merge_through_the_driver_into_a_valid_project(repo):
    card_id = _first_card(load(repo / "map.cjm")).id
    journey_id = load(repo / "map.cjm").journeys[0].id
    added = Card(id="card-from-b", lane_id="x", step_id="x", title="Added on b")

    def rename(project: Project) -> None:
        SetFields(card_id, {"title": "Renamed on a"}).apply(project)

    def add(project: Project) -> None:
        card = _first_card(project)
        new = added.model_copy(update={"lane_id": card.lane_id, "step_id": card.step_id})
        AddCard(journey_id, new).apply(project)

    _commit_on(repo, "a", rename)
    _commit_on(repo, "b", add)
    _git(repo, "checkout", "-q", "a")
    merge = _git(repo, "merge", "-q", "--no-edit", "b", check=False)
    assert merge.returncode == 0, merge.stdout + merge.stderr
    merged = load(repo / "map.cjm")
    assert merged.journeys[0].card(card_id).title == "Renamed on a"
    assert merged.journeys[0].card("card-from-b").title == "Added on b"
    assert _git(repo, "status", "--porcelain").stdout == ""  # no stray files of the driver

    words = _git(repo, "diff", "main", "HEAD", "--", "map.cjm").stdout
    assert "Changed card 'Renamed on a'" in words
    assert "Added card 'Added on b'" in words


def test_the_same_field_on_both_branches_is_recorded_not_broken(repo):
    card_id = _first_card(load(repo / "map.cjm")).id

    def title(text: str):
        return lambda project: SetFields(card_id, {"title": text}).apply(project)

    _commit_on(repo, "a", title("Title of a"))
    _commit_on(repo, "b", title("Title of b"))
    _git(repo, "checkout", "-q", "a")
    merge = _git(repo, "merge", "--no-edit", "b", check=False)
    assert merge.returncode != 0  # git reports the conflict
    assert "CONFLICT" in merge.stdout + merge.stderr
    card = load(repo / "map.cjm").journeys[0].card(card_id)  # loads: not a broken file
    assert card.title == "Title of a"
    assert CONFLICT_TAG in card.tags and "theirs 'Title of b'" in card.details
    assert "map.cjm" in _git(repo, "diff", "--name-only", "--diff-filter=U").stdout
