"""Edits of the grid: stages, steps, lanes and emotion curves, and what their removal takes
with it."""

from __future__ import annotations

import pytest
from editing_sample import cell_titles, check_round_trip, sample_project

from cjm_desktop.editing import (
    AddCurve,
    AddLane,
    AddStage,
    AddStep,
    EditRefused,
    MoveLane,
    MoveStage,
    MoveStep,
    RemoveCurve,
    RemoveLane,
    RemoveStage,
    RemoveStep,
    SetEmotionNote,
    SetEmotionPoint,
)
from cjm_desktop.model import EmotionCurve, Lane, LaneKind, Stage, Step


def step_ids(project, journey_id: str = "j1") -> list[str]:
    return [s.id for s in project.journey(journey_id).steps()]


def curve(project):
    return project.journey("j1").curve("c1")


def test_add_stage_with_steps_at_a_position() -> None:
    project = sample_project()
    edit = AddStage("j1", Stage(id="s0", steps=[Step(id="t0")]), 0)
    check_round_trip(project, edit)
    assert step_ids(project) == ["t0", "t1", "t2", "t3"]
    assert edit.change().structure and edit.change().journeys == {"j1"}


def test_add_stage_with_a_used_step_id_is_refused() -> None:
    project = sample_project()
    with pytest.raises(EditRefused, match="'t1'"):
        AddStage("j1", Stage(id="s0", steps=[Step(id="t1")])).apply(project)
    assert len(project.journey("j1").stages) == 2


def test_remove_stage_takes_steps_cards_points_and_references() -> None:
    project = sample_project()
    edit = RemoveStage("j1", "s1")
    check_round_trip(project, edit)
    journey = project.journey("j1")
    assert step_ids(project) == ["t3"]
    assert [c.id for c in journey.cards] == ["x0"]
    assert curve(project).points == {"t3": 0}
    assert curve(project).notes == {}
    assert project.action("act1").stage_id is None
    assert project.action("act1").card_ids == ["x0"]
    assert project.action("act2").card_ids == []
    change = edit.change()
    assert change.cards == {"a0", "a1", "a2", "b0"}
    assert change.structure and change.curves and change.actions


def test_move_stage() -> None:
    project = sample_project()
    check_round_trip(project, MoveStage("j1", "s2", 0))
    assert step_ids(project) == ["t3", "t1", "t2"]
    with pytest.raises(EditRefused):
        MoveStage("j1", "s2", 2).apply(project)


def test_add_step_into_a_stage() -> None:
    project = sample_project()
    check_round_trip(project, AddStep("j1", "s1", Step(id="t9"), 1))
    assert step_ids(project) == ["t1", "t9", "t2", "t3"]
    with pytest.raises(EditRefused):
        AddStep("j1", "nope", Step(id="t8")).apply(project)


def test_remove_step_takes_its_cards_points_and_notes() -> None:
    project = sample_project()
    edit = RemoveStep("j1", "t2")
    check_round_trip(project, edit)
    assert step_ids(project) == ["t1", "t3"]
    assert project.journey("j1").card("b0") is None
    assert curve(project).points == {"t1": 1, "t3": 0}
    assert curve(project).notes == {}
    assert project.action("act2").card_ids == []
    assert project.action("act1").stage_id == "s1"


@pytest.mark.parametrize(
    ("stage_id", "index", "expected"),
    [("s1", 0, ["t2", "t1", "t3"]), ("s1", 1, ["t1", "t2", "t3"]), ("s2", 0, ["t1", "t2", "t3"])],
)
def test_move_step_within_and_between_stages(stage_id, index, expected) -> None:
    project = sample_project()
    edit = MoveStep("j1", "t2", stage_id, index)
    check_round_trip(project, edit)
    assert step_ids(project) == expected
    assert project.journey("j1").stage_of_step("t2").id == stage_id
    # Cards go with their step.
    assert cell_titles(project, "touch", "t2") == ["b0"]


def test_move_step_refuses_a_position_past_the_end() -> None:
    project = sample_project()
    with pytest.raises(EditRefused):
        MoveStep("j1", "t2", "s1", 2).apply(project)
    with pytest.raises(EditRefused):
        MoveStep("j1", "t2", "s2", 2).apply(project)


def test_add_lane() -> None:
    project = sample_project()
    check_round_trip(project, AddLane("j1", Lane(id="doing", kind=LaneKind.DOING), 0))
    assert project.journey("j1").lanes[0].id == "doing"


def test_add_lane_with_curves_must_be_an_emotion_lane_on_this_maps_steps() -> None:
    project = sample_project()
    bad_kind = Lane(id="l9", kind=LaneKind.DOING, curves=[EmotionCurve(id="c9")])
    with pytest.raises(EditRefused, match="emotion lane"):
        AddLane("j1", bad_kind).apply(project)
    foreign_step = Lane(
        id="l9", kind=LaneKind.EMOTION, curves=[EmotionCurve(id="c9", points={"other": 1})]
    )
    before = project.model_dump()
    with pytest.raises(EditRefused, match="other"):
        AddLane("j1", foreign_step).apply(project)
    assert project.model_dump() == before


def test_remove_lane_takes_its_cards_and_their_references() -> None:
    project = sample_project()
    edit = RemoveLane("j1", "pain")
    check_round_trip(project, edit)
    assert project.journey("j1").card("x0") is None
    assert project.action("act1").card_ids == ["a1"]
    assert edit.change().cards == {"x0"}


def test_remove_emotion_lane_takes_its_curves() -> None:
    project = sample_project()
    edit = RemoveLane("j1", "emo")
    check_round_trip(project, edit)
    assert project.journey("j1").first_curve() is None
    assert edit.change().curves


def test_move_lane() -> None:
    project = sample_project()
    check_round_trip(project, MoveLane("j1", "emo", 0))
    assert [lane.id for lane in project.journey("j1").lanes] == ["emo", "touch", "pain"]


def test_set_and_clear_emotion_points() -> None:
    project = sample_project()
    check_round_trip(project, SetEmotionPoint("j1", "c1", "t3", 2))
    assert curve(project).points == {"t1": 1, "t2": -2, "t3": 2}
    project = sample_project()
    check_round_trip(project, SetEmotionPoint("j1", "c1", "t1", None))
    assert curve(project).points == {"t2": -2, "t3": 0}


@pytest.mark.parametrize("value", [3, -3, 1.5, True, "1"])
def test_emotion_out_of_range_is_refused(value) -> None:
    project = sample_project()
    with pytest.raises(EditRefused, match="-2 to 2"):
        SetEmotionPoint("j1", "c1", "t1", value).apply(project)
    assert curve(project).points["t1"] == 1


def test_emotion_point_needs_a_step_of_the_map() -> None:
    with pytest.raises(EditRefused, match="no step"):
        SetEmotionPoint("j1", "c1", "nope", 1).apply(sample_project())
    with pytest.raises(EditRefused, match="no emotion curve"):
        SetEmotionPoint("j1", "nope", "t1", 1).apply(sample_project())


def test_dragging_a_point_merges_into_one_undo_step() -> None:
    project = sample_project()
    first = SetEmotionPoint("j1", "c1", "t1", 2, mergeable=True)
    first.apply(project)
    second = SetEmotionPoint("j1", "c1", "t1", -1, mergeable=True)
    second.apply(project)
    assert first.merge(second)
    assert curve(project).points["t1"] == -1
    first.revert(project)
    assert curve(project).points["t1"] == 1
    first.apply(project)
    assert curve(project).points["t1"] == -1


def test_points_of_other_steps_or_unmergeable_edits_do_not_merge() -> None:
    first = SetEmotionPoint("j1", "c1", "t1", 2, mergeable=True)
    assert not first.merge(SetEmotionPoint("j1", "c1", "t2", 2, mergeable=True))
    assert not first.merge(SetEmotionPoint("j1", "c1", "t1", 2))
    assert SetEmotionPoint("j1", "c1", "t1", 2).merge_key() is None


def test_emotion_notes() -> None:
    project = sample_project()
    check_round_trip(project, SetEmotionNote("j1", "c1", "t1", "Fijn! ë"))
    assert curve(project).notes == {"t1": "Fijn! ë", "t2": "queue"}
    project = sample_project()
    check_round_trip(project, SetEmotionNote("j1", "c1", "t2", ""))
    assert curve(project).notes == {}
    with pytest.raises(EditRefused, match="not valid"):
        SetEmotionNote("j1", "c1", "t1", "x" * 2001).apply(project)


def test_add_and_remove_curves() -> None:
    project = sample_project()
    edit = AddCurve("j1", "emo", EmotionCurve(id="c2", persona_id="p2", points={"t2": 1}), 0)
    check_round_trip(project, edit)
    assert [c.id for c in project.journey("j1").lane("emo").curves] == ["c2", "c1"]
    project = sample_project()
    check_round_trip(project, RemoveCurve("j1", "c1"))
    assert project.journey("j1").lane("emo").curves == []


@pytest.mark.parametrize(
    ("lane_id", "new_curve"),
    [
        ("touch", EmotionCurve(id="c2")),
        ("emo", EmotionCurve(id="c2", persona_id="ghost")),
        ("emo", EmotionCurve(id="c2", notes={"ghost": "x"})),
        ("emo", EmotionCurve(id="c1")),
    ],
)
def test_impossible_curves_are_refused(lane_id, new_curve) -> None:
    project = sample_project()
    before = project.model_dump()
    with pytest.raises(EditRefused):
        AddCurve("j1", lane_id, new_curve).apply(project)
    assert project.model_dump() == before
