"""Three-way merge by ids: one side's changes taken, both sides' changes combined, conflicts
recorded in the project with both values, and a result that always passes the checks."""

from collab_sample import example
from helpers.pictures import picture

from cjm_desktop.collab import merge_projects
from cjm_desktop.collab.merge import CONFLICT_MARK, CONFLICT_TAG
from cjm_desktop.editing import (
    AddAction,
    AddCard,
    MoveStage,
    RemoveCard,
    RemoveStep,
    SetEmotionPoint,
    SetFields,
)
from cjm_desktop.model import Action, Card, Project, find_problems
from cjm_desktop.model.images import encode_image
from cjm_desktop.storage import dumps, loads


def _sides():
    return example(), example(), example()


def _still_loads(project: Project) -> Project:
    assert find_problems(project) == []
    return loads(dumps(project))


def test_changes_of_both_sides_to_different_things_are_combined():
    base, ours, theirs = _sides()
    journey = base.journeys[0]
    first, second = journey.cards[0], journey.cards[1]
    SetFields(first.id, {"title": "Ours renamed"}).apply(ours)
    SetFields(first.id, {"details": "Theirs explained"}).apply(theirs)
    new = Card(lane_id=second.lane_id, step_id=second.step_id, title="Theirs new")
    AddCard(journey.id, new).apply(theirs)
    curve, step = journey.first_curve(), journey.steps()[0]
    SetEmotionPoint(journey.id, curve.id, step.id, -2).apply(ours)
    SetEmotionPoint(journey.id, curve.id, journey.steps()[1].id, 2).apply(theirs)
    result = merge_projects(base, ours, theirs)
    assert result.clean
    merged = _still_loads(result.project).journeys[0]
    assert merged.card(first.id).title == "Ours renamed"
    assert merged.card(first.id).details == "Theirs explained"
    assert merged.card(new.id).title == "Theirs new"
    assert merged.curve(curve.id).points[step.id] == -2
    assert merged.curve(curve.id).points[journey.steps()[1].id] == 2


def test_the_same_change_on_both_sides_is_taken_once():
    base, ours, theirs = _sides()
    card = base.journeys[0].cards[0]
    for side in (ours, theirs):
        SetFields(card.id, {"title": "Same"}).apply(side)
        RemoveCard(base.journeys[0].id, base.journeys[0].cards[1].id).apply(side)
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert result.project == ours


def test_a_conflict_on_a_card_is_visible_and_keeps_both_values():
    base, ours, theirs = _sides()
    card = base.journeys[0].cards[0]
    SetFields(card.id, {"title": "Ours title"}).apply(ours)
    SetFields(card.id, {"title": "Theirs title"}).apply(theirs)
    result = merge_projects(base, ours, theirs)
    assert [c.id for c in result.conflicts] == [card.id]
    merged = _still_loads(result.project).journeys[0].card(card.id)
    assert merged.title == "Ours title"
    assert CONFLICT_TAG in merged.tags
    assert card.details in merged.details  # the card's own text stays
    assert f"{CONFLICT_MARK} — title: kept ours 'Ours title'; theirs 'Theirs title'" in (
        merged.details
    )


def test_a_conflict_elsewhere_becomes_an_action_with_both_values():
    base, ours, theirs = _sides()
    journey = base.journeys[0]
    stage = journey.stages[0]
    SetFields(stage.id, {"name": "Ours stage"}).apply(ours)
    SetFields(stage.id, {"name": "Theirs stage"}).apply(theirs)
    SetFields(base.personas[0].id, {"quote": "Ours quote"}).apply(ours)
    SetFields(base.personas[0].id, {"quote": "Theirs quote"}).apply(theirs)
    result = merge_projects(base, ours, theirs)
    assert len(result.conflicts) == 2
    project = _still_loads(result.project)
    assert project.journeys[0].stage(stage.id).name == "Ours stage"
    notes = [a for a in project.actions if a.title.startswith(CONFLICT_MARK)]
    assert len(notes) == 2
    stage_note = next(a for a in notes if "stage" in a.title)
    assert stage_note.journey_id == journey.id and stage_note.stage_id == stage.id
    assert "kept ours 'Ours stage'; theirs 'Theirs stage'" in stage_note.description
    assert any("theirs 'Theirs quote'" in a.description for a in notes)


def test_removed_on_one_side_changed_on_the_other_keeps_the_changed_card():
    base, ours, theirs = _sides()
    journey = base.journeys[0]
    card = journey.cards[0]
    RemoveCard(journey.id, card.id).apply(ours)
    SetFields(card.id, {"title": "Still needed"}).apply(theirs)
    result = merge_projects(base, ours, theirs)
    assert [c.id for c in result.conflicts] == [card.id]
    kept = _still_loads(result.project).journeys[0].card(card.id)
    assert kept.title == "Still needed" and CONFLICT_TAG in kept.tags
    assert "removed in ours but changed in theirs" in kept.details


def test_removed_unchanged_object_stays_removed():
    base, ours, theirs = _sides()
    journey = base.journeys[0]
    card = journey.cards[0]
    RemoveCard(journey.id, card.id).apply(ours)
    SetFields(journey.cards[1].id, {"title": "Other"}).apply(theirs)
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert result.project.journeys[0].card(card.id) is None


def test_a_step_removed_on_one_side_while_the_other_adds_a_card_to_it_is_kept():
    base, ours, theirs = _sides()
    journey = base.journeys[0]
    step = journey.steps()[-1]
    RemoveStep(journey.id, step.id).apply(ours)
    lane = next(lane for lane in journey.lanes if lane.kind.value != "emotion")
    new = Card(lane_id=lane.id, step_id=step.id, title="Added there")
    AddCard(journey.id, new).apply(theirs)
    result = merge_projects(base, ours, theirs)
    merged = _still_loads(result.project).journeys[0]
    assert merged.card(new.id) is not None and merged.step(step.id) is not None
    assert any(c.id == step.id for c in result.conflicts)


def test_orders_of_both_sides_merge():
    base, ours, theirs = _sides()
    journey = base.journeys[0]
    last = len(journey.stages) - 1
    MoveStage(journey.id, journey.stages[0].id, last).apply(theirs)
    AddAction(Action(title="Ours action")).apply(ours)
    AddAction(Action(title="Theirs action")).apply(theirs)
    result = merge_projects(base, ours, theirs)
    assert result.clean
    project = _still_loads(result.project)
    assert [s.id for s in project.journeys[0].stages] == [s.id for s in theirs.journeys[0].stages]
    titles = [a.title for a in project.actions]
    assert titles[-2:] == ["Ours action", "Theirs action"]


def test_cards_put_in_one_spot_by_both_sides_get_their_own_places():
    base, ours, theirs = _sides()
    journey = base.journeys[0]
    lane = next(lane for lane in journey.lanes if lane.kind.value != "emotion")
    step = journey.steps()[0]
    a = Card(lane_id=lane.id, step_id=step.id, title="A")
    b = Card(lane_id=lane.id, step_id=step.id, title="B")
    AddCard(journey.id, a, 0).apply(ours)
    AddCard(journey.id, b, 0).apply(theirs)
    merged = _still_loads(merge_projects(base, ours, theirs).project).journeys[0]
    orders = [c.order for c in merged.cards_in_cell(lane.id, step.id)]
    assert orders == list(range(len(orders)))
    assert {a.id, b.id} <= {c.id for c in merged.cards_in_cell(lane.id, step.id)}


def test_objects_whose_ids_look_like_the_project_or_brand_stay_themselves():
    base = example()
    data = base.model_dump(mode="json")
    data["personas"][0]["id"] = "brand"
    data["actions"].append({"id": "project", "title": "An action"})
    for journey in data["journeys"]:
        if journey["persona_id"] == base.personas[0].id:
            journey["persona_id"] = "brand"
        for lane in journey["lanes"]:
            for curve in lane["curves"]:
                if curve["persona_id"] == base.personas[0].id:
                    curve["persona_id"] = "brand"
    base = Project.model_validate(data)
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    SetFields("brand", {"name": "Renamed persona"}).apply(theirs)
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert result.project.persona("brand").name == "Renamed persona"
    assert result.project.action("project").title == "An action"
    assert result.project.brand == base.brand


def test_two_different_pictures_on_one_card_are_both_kept():
    base, ours, theirs = _sides()
    journey = base.journeys[0]
    card = journey.cards[0]
    ours_picture = encode_image(picture("png", (4, 4), (200, 0, 0)))
    theirs_picture = encode_image(picture("png", (4, 4), (0, 0, 200)))
    SetFields(card.id, {"image": ours_picture}).apply(ours)
    SetFields(card.id, {"image": theirs_picture}).apply(theirs)
    result = merge_projects(base, ours, theirs)
    merged = _still_loads(result.project).journeys[0]
    assert merged.card(card.id).image == ours_picture
    (copy,) = [c for c in merged.cards if c.image == theirs_picture]
    assert (copy.lane_id, copy.step_id) == (card.lane_id, card.step_id)
    assert CONFLICT_TAG in copy.tags and copy.title.endswith("(theirs' picture)")


def test_tags_added_and_removed_on_both_sides_combine():
    base, ours, theirs = _sides()
    card = base.journeys[0].cards[0]
    SetFields(card.id, {"tags": ["old", "shared"]}).apply(base)
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    SetFields(card.id, {"tags": ["shared", "ours"]}).apply(ours)
    SetFields(card.id, {"tags": ["old", "shared", "theirs"]}).apply(theirs)
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert result.project.journeys[0].card(card.id).tags == ["shared", "ours", "theirs"]


def test_a_card_renumbered_by_the_other_side_is_still_removed_cleanly():
    base = example()
    journey = base.journeys[0]
    lane_id, step_id = journey.cards[0].lane_id, journey.cards[0].step_id
    AddCard(journey.id, Card(lane_id=lane_id, step_id=step_id, title="Second")).apply(base)
    first, second = base.journeys[0].cards_in_cell(lane_id, step_id)[:2]
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    RemoveCard(journey.id, second.id).apply(ours)
    RemoveCard(journey.id, first.id).apply(theirs)  # renumbers `second` to 0
    result = merge_projects(base, ours, theirs)
    assert result.clean
    merged = result.project.journeys[0]
    assert merged.card(first.id) is None and merged.card(second.id) is None


def test_two_different_photos_of_a_persona_are_both_kept():
    base, ours, theirs = _sides()
    persona = base.personas[0]
    ours_photo = encode_image(picture("png", (4, 4), (200, 0, 0)))
    theirs_photo = encode_image(picture("jpeg", (4, 4), (0, 0, 200)))
    SetFields(persona.id, {"photo": ours_photo}).apply(ours)
    SetFields(persona.id, {"photo": theirs_photo}).apply(theirs)
    project = _still_loads(merge_projects(base, ours, theirs).project)
    assert project.persona(persona.id).photo == ours_photo
    (copy,) = [p for p in project.personas if p.photo == theirs_photo]
    assert copy.name == f"{persona.name} (theirs' photo)"
    assert any(
        a.title.startswith(CONFLICT_MARK) and "photo" in a.description for a in project.actions
    )
