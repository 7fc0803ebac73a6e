"""Diff: what changed between two projects, by ids, in words."""

from collab_sample import example

from cjm_desktop.collab import diff_projects
from cjm_desktop.editing import (
    AddCard,
    AddStep,
    MoveCards,
    MoveStage,
    MoveStep,
    RemoveCard,
    SetBrandFields,
    SetEmotionPoint,
    SetFields,
)
from cjm_desktop.model import Card, Step


def _texts(old, new) -> list[str]:
    return [str(d) for d in diff_projects(old, new)]


def test_the_same_project_has_no_differences():
    assert diff_projects(example(), example()) == []


def test_saving_again_is_no_difference():
    old, new = example(), example()
    new.modified = new.modified.replace(year=2030)
    assert diff_projects(old, new) == []


def test_a_renamed_card_is_one_change_field_by_field():
    old, new = example(), example()
    card = new.journeys[0].cards[0]
    before, evidence = card.title, card.evidence.value
    new_evidence = "partly_backed" if evidence != "partly_backed" else "researched"
    SetFields(card.id, {"title": "Scrolling cakes", "evidence": new_evidence}).apply(new)
    found = diff_projects(old, new)
    assert [d.what for d in found] == ["changed", "changed"]
    assert all(d.id == card.id for d in found)
    assert f"title '{before}' → 'Scrolling cakes'" in found[0].text
    assert found[1].text.endswith(f"evidence '{evidence}' → '{new_evidence}'")


def test_added_and_removed_cards_are_named_with_their_place():
    old, new = example(), example()
    journey = new.journeys[0]
    gone = journey.cards[1]
    RemoveCard(journey.id, gone.id).apply(new)
    lane, step = gone.lane_id, gone.step_id
    AddCard(journey.id, Card(lane_id=lane, step_id=step, title="Fresh idea")).apply(new)
    texts = _texts(old, new)
    assert any(t.startswith(f"Removed card '{gone.title}'") for t in texts)
    added = [t for t in texts if t.startswith("Added card 'Fresh idea'")]
    assert added and f"step '{journey.step(step).name}'" in added[0]


def test_moves_of_cards_and_stages_and_emotion_points():
    old, new = example(), example()
    journey = new.journeys[0]
    card = journey.cards[0]
    other_step = next(s for s in journey.steps() if s.id != card.step_id)
    MoveCards(journey.id, [card.id], card.lane_id, other_step.id).apply(new)
    MoveStage(journey.id, journey.stages[0].id, len(journey.stages) - 1).apply(new)
    curve = journey.first_curve()
    step_id = journey.steps()[0].id
    old_value = curve.points.get(step_id)
    new_value = 2 if old_value != 2 else -2
    SetEmotionPoint(journey.id, curve.id, step_id, new_value).apply(new)
    found = diff_projects(old, new)
    moved = [d for d in found if d.what == "moved"]
    assert any(d.id == card.id and f"step '{other_step.name}'" in d.text for d in moved)
    # Moving the first stage to the end reports that stage only, not every stage it passed.
    assert [d.id for d in moved if d.kind == "stage"] == [journey.stages[-1].id]
    point = [d for d in found if d.kind == "curve"]
    assert len(point) == 1
    assert f"point at step '{journey.steps()[-1].name}'" not in point[0].text
    assert f"{old_value if old_value is not None else '(none)'} → {new_value}" in point[0].text


def test_steps_brand_and_personas_in_words():
    old, new = example(), example()
    journey = new.journeys[0]
    AddStep(journey.id, journey.stages[0].id, Step(name="Asks a friend")).apply(new)
    SetBrandFields({"name": "Bakery Two"}).apply(new)
    SetFields(new.personas[0].id, {"pains": "Queues"}).apply(new)
    texts = _texts(old, new)
    stage = journey.stages[0]
    assert f"Added step 'Asks a friend' to stage '{stage.name}' in map '{journey.title}'" in texts
    assert any(t.startswith("Changed brand: name") and "'Bakery Two'" in t for t in texts)
    assert any(t.startswith(f"Changed persona '{new.personas[0].name}': pains") for t in texts)


def test_long_text_and_pictures_are_not_spelled_out():
    old, new = example(), example()
    SetFields(new.journeys[0].cards[0].id, {"details": "x" * 5000}).apply(new)
    (text,) = _texts(old, new)
    assert len(text) < 400 and "…" in text


def test_removing_the_first_card_of_a_cell_does_not_move_the_others():
    old = example()
    journey = old.journeys[0]
    lane_id, step_id = journey.cards[0].lane_id, journey.cards[0].step_id
    for title in ("Second", "Third"):
        AddCard(journey.id, Card(lane_id=lane_id, step_id=step_id, title=title)).apply(old)
    new = old.model_copy(deep=True)
    journey = new.journeys[0]
    first, _, third = journey.cards_in_cell(lane_id, step_id)[:3]
    RemoveCard(journey.id, first.id).apply(new)
    assert [d.what for d in diff_projects(old, new)] == ["removed"]
    MoveCards(journey.id, [third.id], third.lane_id, third.step_id, 0).apply(new)
    moved = [d for d in diff_projects(old, new) if d.what == "moved"]
    assert [d.id for d in moved] == [third.id]


def test_a_step_moved_to_another_stage_names_both_stages():
    old, new = example(), example()
    journey = new.journeys[0]
    first, second = journey.stages[0], journey.stages[1]
    step = first.steps[0]
    MoveStep(journey.id, step.id, second.id, 0).apply(new)
    (moved,) = [d for d in diff_projects(old, new) if d.what == "moved"]
    assert moved.text == (
        f"Moved step '{step.name}' in map '{journey.title}' "
        f"from stage '{first.name}' to stage '{second.name}'"
    )
