"""Duplicating a stage, a step or a lane: the copy lands right after the original with fresh IDs,
its cards in the same order and the emotion values and notes at its steps; undo restores the
project exactly."""

from __future__ import annotations

from editing_sample import cell_titles, check_round_trip, sample_project

from cjm_desktop.editing.duplicates import duplicate_lane, duplicate_stage, duplicate_step


def _titles(project, lane_id: str, step_id: str) -> list[str]:
    journey = project.journey("j1")
    return [c.title for c in journey.cards_in_cell(lane_id, step_id)]


def test_duplicate_stage_copies_steps_cards_and_emotions() -> None:
    project = sample_project()
    edit = duplicate_stage(project.journey("j1"), "s1", "Duplicate stage", "Search (copy)")
    check_round_trip(project, edit)
    journey = project.journey("j1")
    assert [s.name for s in journey.stages] == ["Search", "Search (copy)", "Buy"]
    copy = journey.stages[1]
    new_t1, new_t2 = (s.id for s in copy.steps)
    assert {new_t1, new_t2}.isdisjoint({"t1", "t2", "t3"})
    assert _titles(project, "touch", new_t1) == ["first", "second", "third"]
    assert not set(cell_titles(project, "touch", new_t1)) & {"a0", "a1", "a2"}
    curve = journey.curve("c1")
    assert (curve.points[new_t1], curve.points[new_t2]) == (1, -2)
    assert curve.notes[new_t2] == "queue"
    # Actions keep pointing at the originals.
    assert project.action("act1").card_ids == ["a1", "x0"]


def test_duplicate_step_copies_its_cards_after_it() -> None:
    project = sample_project()
    edit = duplicate_step(project.journey("j1"), "t1", "Duplicate step", "copy")
    check_round_trip(project, edit)
    steps = project.journey("j1").stages[0].steps
    assert (steps[0].id, steps[1].name) == ("t1", "copy")
    assert _titles(project, "touch", steps[1].id) == ["first", "second", "third"]
    assert project.journey("j1").curve("c1").points[steps[1].id] == 1


def test_duplicate_lane_copies_its_cards_and_curves() -> None:
    project = sample_project()
    journey = project.journey("j1")
    check_round_trip(project, duplicate_lane(journey, "touch", "Duplicate lane", "Touch 2"))
    lanes = project.journey("j1").lanes
    assert [lane.title for lane in lanes][:2] == ["", "Touch 2"]
    assert _titles(project, lanes[1].id, "t1") == ["first", "second", "third"]
    emotion = duplicate_lane(project.journey("j1"), "emo", "Duplicate lane", "Emotion 2")
    check_round_trip(project, emotion)
    copy = project.journey("j1").lanes[-1]
    assert copy.curves[0].id != "c1" and copy.curves[0].points == {"t1": 1, "t2": -2, "t3": 0}
