"""Card edits: adding at a position, removing, moving one or several cards between cells."""

from __future__ import annotations

import pytest
from editing_sample import cell_titles, check_round_trip, sample_project

from cjm_desktop.editing import AddCard, EditRefused, MoveCards, RemoveCard
from cjm_desktop.model import Card


def test_add_card_at_a_position_renumbers_the_cell() -> None:
    project = sample_project()
    edit = AddCard("j1", Card(id="new", lane_id="touch", step_id="t1"), 1)
    check_round_trip(project, edit)
    assert cell_titles(project, "touch", "t1") == ["a0", "new", "a1", "a2"]
    assert edit.change().journeys == {"j1"}
    assert edit.change().cards == {"new", "a1", "a2"}


def test_add_card_without_position_goes_last() -> None:
    project = sample_project()
    check_round_trip(project, AddCard("j1", Card(id="new", lane_id="touch", step_id="t1")))
    assert cell_titles(project, "touch", "t1") == ["a0", "a1", "a2", "new"]
    assert project.journey("j1").card("new").order == 3


@pytest.mark.parametrize(
    ("card", "index", "message"),
    [
        (Card(id="n", lane_id="emo", step_id="t1"), None, "emotion lane"),
        (Card(id="n", lane_id="nope", step_id="t1"), None, "no lane"),
        (Card(id="n", lane_id="touch", step_id="nope"), None, "no step"),
        (Card(id="a0", lane_id="touch", step_id="t2"), None, "already used"),
        (Card(id="n", lane_id="touch", step_id="t1"), 4, "Position 4"),
        (Card(id="n", lane_id="touch", step_id="t1"), -1, "Position -1"),
    ],
)
def test_impossible_cards_are_refused_and_change_nothing(card, index, message) -> None:
    project = sample_project()
    before = project.model_dump()
    with pytest.raises(EditRefused, match=message):
        AddCard("j1", card, index).apply(project)
    assert project.model_dump() == before


def test_refusal_is_a_value_error_with_a_translatable_message() -> None:
    with pytest.raises(ValueError) as caught:
        AddCard("nope", Card(lane_id="touch", step_id="t1")).apply(sample_project())
    assert caught.value.message.context == "Edit"
    translated = caught.value.render(lambda context, text: "NL: " + text)
    assert translated == "NL: There is no map with ID 'nope'."


def test_remove_card_closes_the_gap_and_clears_action_references() -> None:
    project = sample_project()
    edit = RemoveCard("j1", "a1")
    check_round_trip(project, edit)
    assert cell_titles(project, "touch", "t1") == ["a0", "a2"]
    assert project.journey("j1").card("a2").order == 1
    assert project.action("act1").card_ids == ["x0"]
    assert edit.change().actions
    assert edit.change().cards == {"a1", "a2"}


def test_revert_puts_the_card_back_in_its_place_in_the_list() -> None:
    project = sample_project()
    ids = [c.id for c in project.journey("j1").cards]
    edit = RemoveCard("j1", "x0")
    edit.apply(project)
    edit.revert(project)
    assert [c.id for c in project.journey("j1").cards] == ids


def test_move_card_within_its_cell() -> None:
    project = sample_project()
    check_round_trip(project, MoveCards("j1", ["a2"], "touch", "t1", 0))
    assert cell_titles(project, "touch", "t1") == ["a2", "a0", "a1"]


def test_move_several_cards_into_another_cell_keeps_their_given_order() -> None:
    project = sample_project()
    edit = MoveCards("j1", ["a2", "a0"], "pain", "t3", 1)
    check_round_trip(project, edit)
    assert cell_titles(project, "pain", "t3") == ["x0", "a2", "a0"]
    assert cell_titles(project, "touch", "t1") == ["a1"]
    assert project.journey("j1").card("a1").order == 0
    assert edit.change().cards == {"a0", "a1", "a2"}
    assert edit.label == "Move cards"


def test_move_cards_from_two_cells_renumbers_both() -> None:
    project = sample_project()
    check_round_trip(project, MoveCards("j1", ["b0", "a0"], "touch", "t3"))
    assert cell_titles(project, "touch", "t3") == ["b0", "a0"]
    assert cell_titles(project, "touch", "t2") == []
    assert cell_titles(project, "touch", "t1") == ["a1", "a2"]


def test_move_index_counts_the_cards_that_stay() -> None:
    project = sample_project()
    # Without a0 the cell holds a1, a2; index 2 is after both.
    check_round_trip(project, MoveCards("j1", ["a0"], "touch", "t1", 2))
    assert cell_titles(project, "touch", "t1") == ["a1", "a2", "a0"]


@pytest.mark.parametrize(
    ("card_ids", "lane_id", "step_id", "index"),
    [
        (["a0"], "emo", "t1", None),
        (["a0", "nope"], "pain", "t1", None),
        (["a0", "a0"], "pain", "t1", None),
        (["a0"], "touch", "t1", 3),
        (["a0"], "touch", "gone", 0),
    ],
)
def test_impossible_moves_are_refused(card_ids, lane_id, step_id, index) -> None:
    project = sample_project()
    before = project.model_dump()
    with pytest.raises(EditRefused):
        MoveCards("j1", card_ids, lane_id, step_id, index).apply(project)
    assert project.model_dump() == before


def test_uncompact_orders_from_a_file_become_compact_and_return_on_undo() -> None:
    project = sample_project()
    for card, order in zip(
        project.journey("j1").cards_in_cell("touch", "t1"), (3, 7, 9), strict=True
    ):
        card.order = order
    before = project.model_dump()
    edit = AddCard("j1", Card(id="new", lane_id="touch", step_id="t1"), 0)
    edit.apply(project)
    assert [c.order for c in project.journey("j1").cards_in_cell("touch", "t1")] == [0, 1, 2, 3]
    edit.revert(project)
    assert project.model_dump() == before
