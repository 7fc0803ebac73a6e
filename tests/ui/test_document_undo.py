"""Document: edits on the undo stack, merging typing, selection restored by undo and redo."""

from cjm_desktop.editing import AddCard, SetFields
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Project, Stage, Step
from cjm_desktop.ui.document import Document


def _project() -> Project:
    step = Step(name="Zoeken")
    lane = Lane(kind=LaneKind.TOUCHPOINTS, title="Contact")
    card = Card(lane_id=lane.id, step_id=step.id, title="Website")
    journey = Journey(
        title="Kaart", stages=[Stage(name="Oriënteren", steps=[step])], lanes=[lane], cards=[card]
    )
    return Project(title="P", journeys=[journey])


def test_push_applies_and_undo_reverts_with_change_signal(qtbot):
    document = Document(_project())
    card = document.project.journeys[0].cards[0]
    with qtbot.waitSignal(document.changed) as blocker:
        document.push(SetFields(card.id, {"title": "Webwinkel"}))
    assert blocker.args[0].cards == {card.id}
    assert card.title == "Webwinkel"
    assert document.is_modified()
    document.undo_stack.undo()
    assert card.title == "Website"
    assert not document.is_modified()
    document.undo_stack.redo()
    assert card.title == "Webwinkel"


def test_typing_merges_into_one_step(qtbot):
    document = Document(_project())
    card = document.project.journeys[0].cards[0]
    for text in ("W", "We", "Web"):
        document.push(SetFields(card.id, {"title": text}, mergeable=True))
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert card.title == "Website"
    document.undo_stack.redo()
    assert card.title == "Web"


def test_refused_edit_is_reported_and_not_stacked(qtbot):
    document = Document(_project())
    with qtbot.waitSignal(document.edit_refused):
        assert not document.push(SetFields("nonexistent", {"title": "x"}))
    assert document.undo_stack.count() == 0


def test_selection_is_restored_by_undo_and_redo(qtbot):
    document = Document(_project())
    journey = document.project.journeys[0]
    old = journey.cards[0]
    document.set_selection([old.id])
    new = Card(lane_id=old.lane_id, step_id=old.step_id, title="Folder")
    document.push(AddCard(journey.id, new))
    document.set_selection([new.id])  # the canvas selects what it added
    document.undo_stack.undo()
    assert document.selection == [old.id]
    document.undo_stack.redo()
    assert document.selection == [new.id]


def test_selection_drops_ids_that_no_longer_exist(qtbot):
    document = Document(_project())
    document.set_selection(["card-unknown"])
    assert document.selection == []


def test_end_merging_starts_a_new_undo_step(qtbot):
    document = Document(_project())
    card = document.project.journeys[0].cards[0]
    document.push(SetFields(card.id, {"title": "A"}, mergeable=True))
    document.end_merging()
    document.push(SetFields(card.id, {"title": "AB"}, mergeable=True))
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert card.title == "A"


def test_a_restored_copy_is_modified_until_another_project_replaces_it(qtbot):
    document = Document(_project())
    document.mark_modified()
    assert document.is_modified()
    document.replace_project(_project(), None)
    assert not document.is_modified()
