"""check(): one entry per gap of a map, per rule; fixing the gap removes the entry."""

from datetime import date

from review_sample import bakery_project

from cjm_desktop.editing import SetEmotionPoint, SetFields
from cjm_desktop.model import EmotionCurve, Journey, Lane, LaneKind, Project, Stage, Step
from cjm_desktop.review import CATEGORIES, CATEGORY_TITLES, check


def _entries(project: Project, category: str, journey_id: str = "j-asis"):
    return [e for e in check(project, journey_id) if e.category == category]


def test_every_category_has_a_title_and_entries_come_in_category_order():
    project = bakery_project()
    SetFields("a-uren", {"card_ids": []}).apply(project)
    assert set(CATEGORY_TITLES) == set(CATEGORIES)
    order = [CATEGORIES.index(e.category) for e in check(project, "j-asis")]
    assert order == sorted(order) and len(set(order)) == len(CATEGORIES)


def test_stages_without_goal():
    project = bakery_project()
    entries = _entries(project, "stage_without_goal")
    assert [(e.target_id, e.target_kind, str(e.message)) for e in entries] == [
        ("st-buy", "stage", "Stage “Kopen” has no customer goal.")
    ]
    SetFields("st-buy", {"goal": "  "}).apply(project)  # blank is no goal
    assert len(_entries(project, "stage_without_goal")) == 1
    SetFields("st-buy", {"goal": "Snel vers brood"}).apply(project)
    assert _entries(project, "stage_without_goal") == []


def test_steps_without_emotion_point_at_the_missing_value():
    project = bakery_project()
    entries = _entries(project, "step_without_emotion")
    assert [(e.target_id, e.target_kind) for e in entries] == [("c-now/s-eet", "emotion_point")]
    # A step without a name is named after its stage.
    assert str(entries[0].message) == "Step “Genieten” has no emotion."
    SetEmotionPoint("j-asis", "c-now", "s-eet", 0).apply(project)
    assert _entries(project, "step_without_emotion") == []


def test_each_curve_of_a_map_with_several_needs_a_value():
    project = bakery_project()
    journey = project.journeys[0]
    journey.lanes[1].curves.append(EmotionCurve(id="c-other", label="Bram", points={"s-eet": 1}))
    entries = _entries(project, "step_without_emotion")
    # In map order, step by step.
    assert [e.target_id for e in entries] == [
        "c-other/s-zien",
        "c-other/s-zoeken",
        "c-other/s-rij",
        "c-now/s-eet",
    ]
    assert str(entries[0].message) == "Step “Zien” has no emotion on curve “Bram”."


def test_a_map_without_curve_lists_every_step():
    step = Step(id="s1", name="Zoeken")
    journey = Journey(
        id="j1",
        stages=[Stage(id="st1", name="Eén", goal="x", steps=[step])],
        lanes=[Lane(kind=LaneKind.EMOTION)],
    )
    project = Project(journeys=[journey])
    entries = _entries(project, "step_without_emotion", "j1")
    assert [(e.target_id, e.target_kind) for e in entries] == [("s1", "step")]


def test_stages_without_touchpoints():
    project = bakery_project()
    entries = _entries(project, "stage_without_touchpoints")
    assert [e.target_id for e in entries] == ["st-eat"]
    # A card in another lane is no touchpoint.
    assert any(c.step_id == "s-rij" and c.lane_id == "l-pain" for c in project.journeys[0].cards)
    project.journeys[0].cards = [c for c in project.journeys[0].cards if c.id != "k-winkel"]
    assert [e.target_id for e in _entries(project, "stage_without_touchpoints")] == [
        "st-buy",
        "st-eat",
    ]


def test_pain_points_without_action():
    project = bakery_project()
    assert _entries(project, "pain_point_without_action") == []
    SetFields("a-uren", {"card_ids": []}).apply(project)
    entries = _entries(project, "pain_point_without_action")
    assert [(e.target_id, e.target_kind) for e in entries] == [("k-op", "card")]
    assert str(entries[0].message) == "Pain point “Openingstijden onduidelijk” has no action."


def test_actions_without_owner_or_due_date_of_this_map_only():
    project = bakery_project()
    entries = _entries(project, "action_incomplete")
    assert [(e.target_id, str(e.message)) for e in entries] == [
        ("a-uren", "Action “Openingstijden op Google” has no owner and no due date.")
    ]
    SetFields("a-uren", {"owner": "Els"}).apply(project)
    assert str(_entries(project, "action_incomplete")[0].message).endswith("has no due date.")
    SetFields("a-uren", {"owner": "", "due": date(2026, 6, 1)}).apply(project)
    assert str(_entries(project, "action_incomplete")[0].message).endswith("has no owner.")
    SetFields("a-uren", {"owner": "Els"}).apply(project)
    assert _entries(project, "action_incomplete") == []
    # The to-be map has no actions of its own.
    SetFields("a-uren", {"owner": ""}).apply(project)
    to_be = project.journeys[1].id
    assert _entries(project, "action_incomplete", to_be) == []


def test_messages_translate_by_their_template():
    project = bakery_project()
    entry = _entries(project, "stage_without_goal")[0]
    seen = []

    def translate(context, template):
        seen.append((context, template))
        return "Fase “{stage}” heeft geen klantdoel."

    assert entry.message.render(translate) == "Fase “Kopen” heeft geen klantdoel."
    assert seen == [("Checklist", "Stage “{stage}” has no customer goal.")]


def test_an_unknown_map_has_no_entries():
    assert check(bakery_project(), "journey-gone") == []
