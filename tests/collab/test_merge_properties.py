"""Merge properties over random edit sequences on the bundled example: a side that changed
nothing takes the other side whole, two equal sides give that side, and any two sides give a
project that passes the checks and loads."""

import sys
from pathlib import Path

from collab_sample import example
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from cjm_desktop.collab import diff_projects, merge_projects
from cjm_desktop.collab.merge import CONFLICT_MARK, CONFLICT_TAG
from cjm_desktop.model import Project, find_problems
from cjm_desktop.storage import dumps, loads

# The editing tests' generator of random valid edits (cards added, removed, renamed and moved,
# emotion points, actions, stages, steps, lanes, personas, fields): one generator, not two.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "editing"))
from random_edits import random_edit

SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _edited(data, label: str) -> Project:
    project = example()
    for _ in range(data.draw(st.integers(1, 12), label=f"edits of {label}")):
        random_edit(data, project).apply(project)
    return project


@SETTINGS
@given(data=st.data())
def test_equal_sides_and_an_unchanged_side_give_the_changed_one(data) -> None:
    base, x = example(), _edited(data, "x")
    for ours, theirs in ((x, x), (base, x), (x, base)):
        result = merge_projects(base, ours, theirs)
        assert result.clean
        assert result.project == x
    assert diff_projects(x, merge_projects(base, base, x).project) == []


@SETTINGS
@given(data=st.data())
def test_any_two_sides_merge_into_a_valid_project(data) -> None:
    base, ours, theirs = example(), _edited(data, "ours"), _edited(data, "theirs")
    result = merge_projects(base, ours, theirs)
    assert find_problems(result.project) == []
    assert loads(dumps(result.project)) == result.project
    # Every conflict is in the project where the user sees it, with both values.
    records = [a.description for a in result.project.actions if a.title.startswith(CONFLICT_MARK)]
    for journey in result.project.journeys:
        records += [c.details for c in journey.cards if CONFLICT_TAG in c.tags]
    shown = "\n".join(records)
    for conflict in result.conflicts:
        assert conflict.record in shown
    event(f"conflicts: {len(result.conflicts) > 0}")
