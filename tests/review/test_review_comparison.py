"""compare(): per stage the touchpoints added, removed and changed between an as-is map and its
to-be copy (fresh IDs), and both emotion curves per step."""

import pytest
from review_sample import bakery_project

from cjm_desktop.model import Card, Journey, JourneyState, Project
from cjm_desktop.review import as_is_of, compare
from cjm_desktop.review.matching import pair_up
from cjm_desktop.user_message import UserError


def _to_be(project: Project) -> Journey:
    return project.journeys[1]


def test_stages_pair_by_name_then_by_position():
    project = bakery_project()
    result = compare(project, _to_be(project).id)
    as_is, to_be = project.journeys
    assert [(s.as_is_stage_id, s.to_be_stage_id) for s in result.stages] == [
        (a.id, b.id) for a, b in zip(as_is.stages, to_be.stages, strict=True)
    ]
    # The renamed stage kept its place, so it is the same stage under its new name.
    assert result.stages[1].name == "Bestellen en ophalen"


def test_touchpoints_added_removed_and_changed_per_stage():
    project = bakery_project()
    result = compare(project, _to_be(project).id)
    see, buy, eat = result.stages
    kinds = {(c.kind, c.title) for c in see.touchpoints}
    assert kinds == {("removed", "Flyer"), ("changed", "Website")}
    website = next(c for c in see.touchpoints if c.title == "Website")
    assert website.fields == ("channel", "sentiment")
    assert website.as_is_card_id == "k-site"
    assert _to_be(project).card(website.to_be_card_id).title == "Website"
    assert see.unchanged == 1  # Instagram
    assert [(c.kind, c.title) for c in buy.touchpoints] == [("added", "Bestel-app")]
    assert buy.unchanged == 1  # Winkel
    assert eat.touchpoints == () and eat.unchanged == 0
    assert (result.count("added"), result.count("removed"), result.count("changed")) == (1, 1, 1)


def test_a_touchpoint_moved_to_another_step_is_changed():
    project = bakery_project()
    to_be = _to_be(project)
    insta = next(c for c in to_be.cards if c.title == "Instagram")
    insta.step_id = to_be.stages[0].steps[1].id
    see = compare(project, to_be.id).stages[0]
    assert next(c for c in see.touchpoints if c.title == "Instagram").fields == ("step",)


def test_both_curves_per_step_with_steps_of_either_map():
    project = bakery_project()
    result = compare(project, _to_be(project).id)
    assert [(s.name, s.as_is_value, s.to_be_value) for s in result.steps()] == [
        ("Zien", 1, 1),
        ("Zoeken", 0, 1),
        ("In de rij", -2, 0),
        ("Ophalen", None, 2),  # only in the to-be map
        ("", None, None),  # no value in either curve
    ]
    assert result.steps()[3].as_is_step_id is None
    assert result.as_is_curve == "c-now"


def test_a_removed_stage_keeps_its_place_and_loses_its_touchpoints():
    project = bakery_project()
    to_be = _to_be(project)
    removed = to_be.stages.pop(0)
    step_ids = {s.id for s in removed.steps}
    to_be.cards = [c for c in to_be.cards if c.step_id not in step_ids]
    to_be.lanes[1].curves[0].points = {}
    # The stages now sit one place to the left, so only names can pair them.
    to_be.stages[0].name = "Kopen"
    result = compare(project, to_be.id)
    assert [
        (s.name, s.as_is_stage_id is None, s.to_be_stage_id is None) for s in result.stages
    ] == [("Oriënteren", False, True), ("Kopen", False, False), ("Genieten", False, False)]
    assert {(c.kind, c.title) for c in result.stages[0].touchpoints} == {
        ("removed", "Instagram"),
        ("removed", "Flyer"),
        ("removed", "Website"),
    }


def test_duplicate_titles_pair_one_to_one():
    project = bakery_project()
    to_be = _to_be(project)
    lane = to_be.lanes[0].id
    step = to_be.stages[2].steps[0].id
    to_be.cards.append(Card(lane_id=lane, step_id=step, title="Winkel"))
    to_be.cards.append(Card(lane_id=lane, step_id=step, order=1, title="winkel "))
    as_is = project.journeys[0]
    as_is.cards.append(Card(lane_id="l-tp", step_id="s-eet", title="Winkel"))
    eat = compare(project, to_be.id).stages[2]
    assert [c.kind for c in eat.touchpoints] == ["added"]
    assert eat.unchanged == 1


def test_only_a_linked_to_be_map_can_be_compared():
    project = bakery_project()
    as_is, to_be = project.journeys
    assert as_is_of(project, to_be.id) is as_is
    assert as_is_of(project, as_is.id) is None
    with pytest.raises(UserError) as error:
        compare(project, as_is.id)
    assert "not a to-be map" in str(error.value)
    to_be.counterpart_id = None
    assert as_is_of(project, to_be.id) is None
    to_be.counterpart_id = as_is.id
    to_be.state = JourneyState.CURRENT
    assert as_is_of(project, to_be.id) is None


def test_pair_up_places_removed_items_where_they_were():
    old = ["a", "b", "c", "d"]
    new = ["a", "x", "d"]
    assert pair_up(old, new, str, by_position=False) == [
        ("a", "a"),
        (None, "x"),
        ("b", None),
        ("c", None),
        ("d", "d"),
    ]
    # By position, "x" takes the free "b" at index 1.
    assert pair_up(old, new, str) == [("a", "a"), ("b", "x"), ("c", None), ("d", "d")]
