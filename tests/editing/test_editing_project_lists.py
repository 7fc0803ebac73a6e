"""Edits of the project's lists (maps, personas, actions), copy_with_new_ids and CompositeEdit."""

from __future__ import annotations

import pytest
from editing_sample import check_round_trip, sample_project

from cjm_desktop.editing import (
    AddAction,
    AddCard,
    AddJourney,
    AddPersona,
    CompositeEdit,
    EditRefused,
    MoveCards,
    MoveJourney,
    RemoveAction,
    RemoveCard,
    RemoveJourney,
    RemovePersona,
    SetFields,
    copy_with_new_ids,
)
from cjm_desktop.model import Action, Card, Journey, Persona, find_problems
from cjm_desktop.model.integrity import iter_objects


def test_add_journey_at_a_position() -> None:
    project = sample_project()
    edit = AddJourney(Journey(id="j3", persona_id="p2", counterpart_id="j1"), 1)
    check_round_trip(project, edit)
    assert [j.id for j in project.journeys] == ["j1", "j3", "j2"]
    assert edit.change().journey_list


@pytest.mark.parametrize(
    "journey",
    [
        Journey(id="j1"),
        Journey(id="j3", persona_id="ghost"),
        Journey(id="j3", counterpart_id="ghost"),
        Journey(id="j3", cards=[Card(lane_id="nope", step_id="nope")]),
    ],
)
def test_impossible_journeys_are_refused(journey) -> None:
    project = sample_project()
    before = project.model_dump()
    with pytest.raises(EditRefused):
        AddJourney(journey).apply(project)
    assert project.model_dump() == before


def test_a_copy_with_new_ids_can_be_added_next_to_its_original() -> None:
    project = sample_project()
    original = project.journey("j1")
    copy = copy_with_new_ids(original)
    old_ids = {oid for oid, _, _ in iter_objects(original)} | {original.id}
    new_ids = {oid for oid, _, _ in iter_objects(copy)} | {copy.id}
    assert not old_ids & new_ids
    assert len(new_ids) == len(old_ids)
    check_round_trip(project, AddJourney(copy))
    # Same map, other IDs: cards sit in the matching cells, the curve on the matching steps.
    steps = dict(zip([s.id for s in original.steps()], [s.id for s in copy.steps()], strict=True))
    lanes = dict(zip([x.id for x in original.lanes], [x.id for x in copy.lanes], strict=True))
    for old, new in zip(original.cards, copy.cards, strict=True):
        assert (lanes[old.lane_id], steps[old.step_id]) == (new.lane_id, new.step_id)
        assert (old.title, old.order) == (new.title, new.order)
    assert copy.first_curve().points == {
        steps[k]: v for k, v in original.first_curve().points.items()
    }
    assert copy.persona_id == "p1"


def test_remove_journey_clears_counterparts_and_actions() -> None:
    project = sample_project()
    edit = RemoveJourney("j1")
    check_round_trip(project, edit)
    assert project.journey("j2").counterpart_id is None
    action = project.action("act1")
    assert (action.journey_id, action.stage_id, action.card_ids) == (None, None, [])
    assert project.action("act2").card_ids == []
    assert edit.change().actions and edit.change().journey_list


def test_move_journey() -> None:
    project = sample_project()
    check_round_trip(project, MoveJourney("j2", 0))
    assert [j.id for j in project.journeys] == ["j2", "j1"]
    with pytest.raises(EditRefused):
        MoveJourney("j2", 2).apply(project)


def test_personas() -> None:
    project = sample_project()
    check_round_trip(project, AddPersona(Persona(id="p3"), 0))
    assert [p.id for p in project.personas] == ["p3", "p1", "p2"]
    with pytest.raises(EditRefused):
        AddPersona(Persona(id="p1")).apply(project)


def test_remove_persona_clears_maps_and_curves() -> None:
    project = sample_project()
    edit = RemovePersona("p1")
    check_round_trip(project, edit)
    assert project.journey("j1").persona_id is None
    assert project.journey("j2").persona_id is None
    assert project.journey("j1").curve("c1").persona_id is None
    change = edit.change()
    assert change.personas and change.curves and change.journeys == {"j1", "j2"}


def test_actions() -> None:
    project = sample_project()
    edit = AddAction(Action(id="act3", journey_id="j1", stage_id="s2", card_ids=["x0"]), 1)
    check_round_trip(project, edit)
    assert [a.id for a in project.actions] == ["act1", "act3", "act2"]
    check_round_trip(project, RemoveAction("act1"))
    assert [a.id for a in project.actions] == ["act3", "act2"]
    with pytest.raises(EditRefused):
        RemoveAction("act1").apply(project)


@pytest.mark.parametrize(
    "action",
    [
        Action(id="act1"),
        Action(id="a9", journey_id="ghost"),
        Action(id="a9", stage_id="s1"),
        Action(id="a9", journey_id="j2", card_ids=["a0"]),
        Action(id="a9", card_ids=["ghost"]),
    ],
)
def test_impossible_actions_are_refused(action) -> None:
    project = sample_project()
    with pytest.raises(EditRefused):
        AddAction(action).apply(project)
    assert len(project.actions) == 2


def test_composite_applies_in_order_and_reverts_in_reverse() -> None:
    project = sample_project()
    edit = CompositeEdit(
        "Paste cards",
        [
            AddCard("j1", Card(id="n1", lane_id="pain", step_id="t1")),
            AddCard("j1", Card(id="n2", lane_id="pain", step_id="t1"), 0),
            MoveCards("j1", ["n1"], "touch", "t1", 0),
            SetFields("n1", {"title": "pasted"}),
        ],
    )
    check_round_trip(project, edit)
    assert edit.label == "Paste cards"
    assert edit.change().cards >= {"n1", "n2", "a0", "a1", "a2"}


def test_a_failing_composite_leaves_the_project_unchanged() -> None:
    project = sample_project()
    before = project.model_dump()
    edit = CompositeEdit("Break", [RemoveCard("j1", "a0"), RemoveCard("j1", "a0")])
    with pytest.raises(EditRefused):
        edit.apply(project)
    assert project.model_dump() == before
    assert find_problems(project) == []


def test_apply_twice_or_revert_unapplied_is_a_programming_error() -> None:
    project = sample_project()
    edit = RemoveCard("j1", "a0")
    with pytest.raises(RuntimeError):
        edit.revert(project)
    edit.apply(project)
    with pytest.raises(RuntimeError):
        edit.apply(project)


def test_move_persona_round_trips() -> None:
    from cjm_desktop.editing import MovePersona

    project = sample_project()
    check_round_trip(project, MovePersona("p2", 0))
    assert [p.id for p in project.personas] == ["p2", "p1"]
