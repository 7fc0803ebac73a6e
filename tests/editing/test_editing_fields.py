"""SetFields, SetBrandFields and SetProjectFields: validation, refused fields, references,
merging of typing, and what they report as changed."""

from __future__ import annotations

import pytest
from editing_sample import check_round_trip, sample_project

from cjm_desktop.editing import (
    EditRefused,
    RemoveCurve,
    SetBrandFields,
    SetFields,
    SetProjectFields,
)
from cjm_desktop.model import CustomField, LaneKind, Language, Priority


@pytest.mark.parametrize(
    ("target", "values"),
    [
        ("p1", {"name": "Anna", "custom_fields": [CustomField(label="Hond", value="ja")]}),
        ("j1", {"title": "Nieuw", "persona_id": "p2", "counterpart_id": None}),
        ("s1", {"name": "Zoeken", "color": "#aabbcc"}),
        ("t1", {"name": "Googlet", "description": "€ ‘quote’"}),
        ("touch", {"title": "Contact", "collapsed": True, "kind": LaneKind.BACKSTAGE}),
        ("c1", {"label": "as-is", "persona_id": "p2", "points": {"t3": -1}}),
        ("a0", {"title": "Website", "sentiment": -2, "tags": ["x"]}),
        ("act1", {"priority": "high", "journey_id": "j2", "stage_id": None, "card_ids": []}),
    ],
)
def test_set_fields_of_every_kind_of_object(target, values) -> None:
    project = sample_project()
    check_round_trip(project, SetFields(target, values))
    obj = project.find(target)
    for name, value in values.items():
        assert getattr(obj, name) == value


def test_the_undo_text_names_what_changed() -> None:
    project = sample_project()
    edit = SetFields("a0", {"title": "x"})
    assert edit.label == "Change"
    edit.apply(project)
    assert edit.label == "Change card"
    custom = SetFields("s1", {"name": "x"})
    custom.label = "Rename stage"
    custom.apply(project)
    assert custom.label == "Rename stage"


def test_values_are_converted_by_pydantic() -> None:
    project = sample_project()
    SetFields("act1", {"priority": "low"}).apply(project)
    assert project.action("act1").priority is Priority.LOW


@pytest.mark.parametrize(
    ("target", "values", "message"),
    [
        ("a0", {"nonsense": 1}, "no field 'nonsense'"),
        ("a0", {"id": "other"}, "ID cannot"),
        ("a0", {"order": 5}, "own edits"),
        ("a0", {"lane_id": "pain"}, "own edits"),
        ("j1", {"cards": []}, "own edits"),
        ("s1", {"steps": []}, "own edits"),
        ("emo", {"curves": []}, "own edits"),
        ("a0", {"title": "ok", "sentiment": 3}, "sentiment"),
        ("act1", {"impact": 0}, "impact"),
        ("s1", {"color": "red"}, "color"),
        ("nope", {"title": "x"}, "nothing with ID"),
        ("j1", {"persona_id": "ghost"}, "ghost"),
        ("j1", {"counterpart_id": "j1"}, "own as-is"),
        ("c1", {"points": {"ghost": 1}}, "ghost"),
        ("act1", {"stage_id": "s9"}, "s9"),
        ("act1", {"journey_id": "j2"}, "s1"),
        ("act2", {"card_ids": ["b0", "ghost"]}, "ghost"),
        ("touch", {"kind": LaneKind.EMOTION}, "cards cannot become"),
        ("emo", {"kind": LaneKind.TEXT}, "curves cannot change"),
    ],
)
def test_impossible_values_are_refused_and_change_nothing(target, values, message) -> None:
    project = sample_project()
    before = project.model_dump()
    with pytest.raises(EditRefused, match=message):
        SetFields(target, values).apply(project)
    assert project.model_dump() == before


def test_an_empty_emotion_lane_may_change_kind_and_back() -> None:
    project = sample_project()
    RemoveCurve("j1", "c1").apply(project)
    check_round_trip(project, SetFields("emo", {"kind": LaneKind.TEXT}))
    check_round_trip(project, SetFields("emo", {"kind": LaneKind.EMOTION}))


def test_typing_in_one_field_merges_into_one_step() -> None:
    project = sample_project()
    first = SetFields("a0", {"title": "W"}, mergeable=True)
    first.apply(project)
    second = SetFields("a0", {"title": "We"}, mergeable=True)
    second.apply(project)
    assert first.merge(second)
    first.revert(project)
    assert project.journey("j1").card("a0").title == "first"
    first.apply(project)
    assert project.journey("j1").card("a0").title == "We"


@pytest.mark.parametrize(
    "newer",
    [
        SetFields("a0", {"details": "x"}, mergeable=True),
        SetFields("a0", {"title": "x", "details": "x"}, mergeable=True),
        SetFields("a1", {"title": "x"}, mergeable=True),
        SetFields("a0", {"title": "x"}),
        SetBrandFields({"title": "x"}, mergeable=True),
    ],
)
def test_other_fields_targets_or_unmergeable_edits_do_not_merge(newer) -> None:
    assert not SetFields("a0", {"title": "W"}, mergeable=True).merge(newer)
    assert not SetFields("a0", {"title": "W"}).merge(newer)


def test_change_reports_what_to_redraw() -> None:
    project = sample_project()
    card = SetFields("a0", {"title": "x"})
    card.apply(project)
    assert card.change().cards == {"a0"} and not card.change().structure
    lane = SetFields("touch", {"title": "x"})
    lane.apply(project)
    assert lane.change().structure and lane.change().journeys == {"j1"}
    persona = SetFields("p1", {"name": "x"})
    persona.apply(project)
    assert persona.change().personas and persona.change().journeys == {"j1", "j2"}
    journey = SetFields("j2", {"title": "x"})
    journey.apply(project)
    assert journey.change().journey_list and journey.change().journeys == {"j2"}
    curve = SetFields("c1", {"color": "#000000"})
    curve.apply(project)
    assert curve.change().curves and not curve.change().cards


def test_brand_and_project_fields() -> None:
    project = sample_project()
    check_round_trip(project, SetBrandFields({"name": "Bakkerij", "usps": ["vers", "lokaal"]}))
    assert project.brand.usps == ["vers", "lokaal"]
    edit = SetProjectFields({"title": "Klantreis", "language": "en"})
    check_round_trip(project, edit)
    assert project.language is Language.EN
    assert edit.change().project


@pytest.mark.parametrize(
    "values",
    [{"journeys": []}, {"brand": {}}, {"id": "x"}, {"language": "fr"}, {"unknown": 1}],
)
def test_project_fields_refuse_what_other_edits_own(values) -> None:
    project = sample_project()
    before = project.model_dump()
    with pytest.raises(EditRefused):
        SetProjectFields(values).apply(project)
    assert project.model_dump() == before


def test_a_field_never_set_before_is_unset_again_after_revert() -> None:
    project = sample_project()
    card = project.journey("j1").card("b0")
    edit = SetFields("b0", {"details": "now set"})
    edit.apply(project)
    edit.revert(project)
    assert "details" not in card.model_fields_set
