"""The comparison and the checklist on whole projects: the bundled Dutch example and the shared
report project. Cross-checked against plain counts of the maps."""

from collections import Counter

import pytest
from helpers.sample_projects import report_project

from cjm_desktop import storage
from cjm_desktop.editing import SetEmotionPoint, SetFields, copy_with_new_ids
from cjm_desktop.model import Journey, JourneyState, LaneKind, Project
from cjm_desktop.resource_paths import resource
from cjm_desktop.review import CATEGORIES, as_is_of, check, compare
from cjm_desktop.review.comparison import touchpoints_of
from cjm_desktop.review.matching import same_text

EXAMPLE = resource("examples", "bakkerij_nl.cjm")


@pytest.fixture(params=["example", "report"])
def project(request) -> Project:
    if request.param == "report":
        return report_project()
    return storage.load(EXAMPLE)


def _add_to_be_copy(project: Project, as_is: Journey) -> Journey:
    """What the map list's "To-be copy" does."""
    copy = copy_with_new_ids(as_is)
    copy.state = JourneyState.FUTURE
    copy.counterpart_id = as_is.id
    project.journeys.append(copy)
    return copy


def _titles(journey: Journey, stage_id: str | None) -> Counter:
    stage = journey.stage(stage_id) if stage_id else None
    return Counter(same_text(card.title) for card in touchpoints_of(journey, stage))


def test_every_linked_to_be_map_compares_consistently(project):
    pairs = [(as_is_of(project, j.id), j) for j in project.journeys]
    pairs = [(a, b) for a, b in pairs if a is not None]
    if not pairs:
        pairs = [(project.journeys[0], _add_to_be_copy(project, project.journeys[0]))]
    for as_is, to_be in pairs:
        result = compare(project, to_be.id)
        # Each step of both maps is one column of the chart, with its curve's value.
        assert Counter(s.to_be_step_id for s in result.steps() if s.to_be_step_id) == Counter(
            s.id for s in to_be.steps()
        )
        assert Counter(s.as_is_step_id for s in result.steps() if s.as_is_step_id) == Counter(
            s.id for s in as_is.steps()
        )
        new_curve = to_be.curve(result.to_be_curve) if result.to_be_curve else None
        for step in result.steps():
            if step.to_be_step_id and new_curve:
                assert step.to_be_value == new_curve.points.get(step.to_be_step_id)
        for stage in result.stages:
            old = _titles(as_is, stage.as_is_stage_id)
            new = _titles(to_be, stage.to_be_stage_id)
            changes = stage.touchpoints
            assert Counter(same_text(c.title) for c in changes if c.kind == "removed") == old - new
            assert Counter(same_text(c.title) for c in changes if c.kind == "added") == new - old
            assert stage.count("changed") + stage.unchanged == sum((old & new).values())


def test_a_fresh_to_be_copy_of_each_map_has_no_differences(project):
    for as_is in [j for j in project.journeys if j.state == JourneyState.CURRENT]:
        to_be = _add_to_be_copy(project, as_is)
        result = compare(project, to_be.id)
        assert (result.count("added"), result.count("removed"), result.count("changed")) == (
            0,
            0,
            0,
        )
        assert all(s.as_is_value == s.to_be_value for s in result.steps())
        assert sum(s.unchanged for s in result.stages) == sum(
            1 for card in to_be.cards if to_be.lane(card.lane_id).kind == LaneKind.TOUCHPOINTS
        )


def test_checklist_entries_point_at_objects_of_their_map(project):
    for journey in project.journeys:
        entries = check(project, journey.id)
        for entry in entries:
            assert entry.category in CATEGORIES
            for part in entry.target_id.split("/"):
                assert project.find(part) is not None
            if entry.target_kind != "action":
                assert project.journey_of(entry.target_id.split("/")[0]) is journey
            assert str(entry.message)  # every parameter of the template is there
        blank_goals = [s.id for s in journey.stages if not s.goal.strip()]
        assert [e.target_id for e in entries if e.category == "stage_without_goal"] == blank_goals


def test_a_gap_made_in_the_map_shows_and_its_fix_clears_it(project):
    journey = project.journeys[0]
    stage = journey.stages[0]
    SetFields(stage.id, {"goal": ""}).apply(project)
    assert (stage.id, "stage_without_goal") in {
        (e.target_id, e.category) for e in check(project, journey.id)
    }
    SetFields(stage.id, {"goal": "Iets lekkers vinden"}).apply(project)
    assert stage.id not in {e.target_id for e in check(project, journey.id)}

    curve = journey.first_curve()
    step = journey.steps()[0]
    SetEmotionPoint(journey.id, curve.id, step.id, None).apply(project)
    assert f"{curve.id}/{step.id}" in {e.target_id for e in check(project, journey.id)}
    SetEmotionPoint(journey.id, curve.id, step.id, 1).apply(project)
    assert f"{curve.id}/{step.id}" not in {e.target_id for e in check(project, journey.id)}
