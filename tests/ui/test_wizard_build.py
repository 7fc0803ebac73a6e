"""The pure side of the guided set-up: draft JSON round trip, candidate gaps, draft -> Project."""

import subprocess
import sys
from datetime import date

import pytest

from cjm_desktop.model import LaneKind, Project, find_problems
from cjm_desktop.ui.wizard import WizardDraft, build_project
from cjm_desktop.ui.wizard.draft import (
    DRAFT_VERSION,
    DraftAction,
    DraftPersona,
    DraftStage,
    DraftStep,
    DraftTouchpoint,
)
from cjm_desktop.ui.wizard.gaps import GapKind, find_gaps
from cjm_desktop.user_message import UserError

PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f"
    b"\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x03\x00\x08\xfc\x02\xfe\xa7\x9a\xa0\xa0"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def full_draft() -> WizardDraft:
    awareness = DraftStage(
        name="Oriënteren",
        goal="Find a good bakery nearby",
        phase="awareness",
        time_frame="1 week",
        touchpoints=[
            DraftTouchpoint("Instagram", channel="social_media", mode="online"),
            DraftTouchpoint("Shop window", channel="store", mode="offline", moment_of_truth=True),
        ],
        steps=[
            DraftStep(
                name="Looks around",
                doing="Scrolls Instagram",
                thinking="Is it fresh?",
                feeling="Curious but unsure",
                emotion=-1,
                pain_points="No opening hours online\nParking is hard",
                drop_off="Cannot find the shop",
            )
        ],
        measure_touchpoint="Instagram",
        how_measured="Followers",
        target="500",
    )
    buying = DraftStage(name="Kopen", goal="Buy bread")
    return WizardDraft(
        language="nl",
        brand_name="Bakkerij Jansen",
        product="Sourdough bread",
        usps=["Baked every morning", "  ", "Organic"],
        promise="Fresh every day",
        personas=[
            DraftPersona(
                name="Anna", tagline="Busy mum", answers={"age": "38", "drivers": "Taste"}
            ),
            DraftPersona(),
        ],
        template_id="five_phases",
        stages=[awareness, buying],
        actions=[
            DraftAction(
                title="Put opening hours on Google",
                stage_key=awareness.key,
                gap_key=f"pain_point:{awareness.key}:{awareness.steps[0].key}:0",
                owner="Piet",
                priority="high",
                impact=5,
                effort=1,
                due=date(2030, 1, 31),
            ),
            DraftAction(title="", description=""),  # an empty row is dropped
        ],
    )


def test_full_draft_builds_a_valid_project_field_by_field() -> None:
    project = build_project(full_draft())
    assert find_problems(project) == []
    Project.model_validate(project.model_dump())  # the file form is valid too
    assert project.title == "Bakkerij Jansen"
    assert project.brand.usps == ["Baked every morning", "Organic"]
    assert project.brand.promise == "Fresh every day"
    assert [p.name for p in project.personas] == ["Anna"]
    assert project.personas[0].age == "38" and project.personas[0].drivers == "Taste"
    (journey,) = project.journeys
    assert journey.persona_id == project.personas[0].id
    assert journey.template == "five_phases"
    assert [s.name for s in journey.stages] == ["Oriënteren", "Kopen"]
    stage = journey.stages[0]
    assert stage.goal == "Find a good bakery nearby" and stage.time_frame == "1 week"
    (step,) = stage.steps
    assert step.name == "Looks around"
    # No steps told: one column, unnamed (the stage's heading names it), never "Step 1".
    assert [s.name for s in journey.stages[1].steps] == [""]
    by_lane = {lane.kind: journey.cards_in_cell(lane.id, step.id) for lane in journey.lanes}
    assert [c.title for c in by_lane[LaneKind.TOUCHPOINTS]] == ["Instagram", "Shop window"]
    assert by_lane[LaneKind.TOUCHPOINTS][1].moment_of_truth
    assert by_lane[LaneKind.TOUCHPOINTS][0].channel == "social_media"
    # The moment of truth is marked on its touchpoint card, not repeated in a lane of its own.
    assert LaneKind.MOMENTS_OF_TRUTH not in by_lane
    assert [c.title for c in by_lane[LaneKind.DOING]] == ["Scrolls Instagram"]
    assert [c.title for c in by_lane[LaneKind.THINKING]] == ["Is it fresh?"]
    assert [c.title for c in by_lane[LaneKind.FEELING]] == ["Curious but unsure"]
    pains = by_lane[LaneKind.PAIN_POINTS]
    assert [(c.title, c.drop_off) for c in pains] == [
        ("No opening hours online", False),
        ("Parking is hard", False),
        ("Cannot find the shop", True),
    ]
    (metric,) = by_lane[LaneKind.METRICS]
    # The card names the measure (not the touchpoint); where it is measured is in its details.
    assert (metric.title, metric.details, metric.target) == (
        "Followers",
        "Measured at: Instagram",
        "500",
    )
    assert metric.metric == metric.how_measured == ""  # not twice in the measurement table
    assert [c.title for c in by_lane[LaneKind.TIME]] == ["1 week"]
    assert [c.title for c in by_lane[LaneKind.OPPORTUNITIES]] == ["Put opening hours on Google"]
    curve = journey.first_curve()
    assert curve.points == {step.id: -1}
    assert curve.persona_id == project.personas[0].id
    (action,) = project.actions
    assert action.stage_id == stage.id and action.journey_id == journey.id
    assert action.card_ids == [pains[0].id]
    assert (action.owner, action.priority, action.impact, action.effort) == ("Piet", "high", 5, 1)
    assert action.due == date(2030, 1, 31)
    # The stage's measure is not copied onto each action: the action's KPI is the user's to set.
    assert (action.kpi, action.target) == ("", "")


def test_the_map_reads_as_if_a_person_wrote_it() -> None:
    """Unnamed steps print no "Step 1"; two actions of one stage do not share its measure."""
    named = DraftStep(name="Kijkt rond")
    unnamed = DraftStep(name="")
    measured = DraftStage(
        name="Kopen",
        steps=[named, unnamed],
        touchpoints=[DraftTouchpoint("Kassa", step_keys=[unnamed.key])],
        measure_touchpoint="Kassa",
        how_measured="Bonnen per dag",
        target="120",
    )
    alone = DraftStage(name="Terugkomen", steps=[DraftStep(name="")])
    draft = WizardDraft(
        stages=[measured, alone],
        actions=[
            DraftAction(title="Pinnen overal mogelijk maken", stage_key=measured.key),
            DraftAction(title="Rij korter maken", stage_key=measured.key),
        ],
    )
    journey = build_project(draft, lambda _c, text: text).journeys[0]
    assert [[s.name for s in stage.steps] for stage in journey.stages] == [
        ["Kijkt rond", "Step 2"],
        [""],
    ]
    lanes = {lane.kind: lane.id for lane in journey.lanes}
    (kpi,) = [c for c in journey.cards if c.lane_id == lanes[LaneKind.METRICS]]
    # In the column where the measured touchpoint happens, titled by what is measured.
    assert (kpi.title, kpi.step_id, kpi.target) == (
        "Bonnen per dag",
        journey.stages[0].steps[1].id,
        "120",
    )
    assert all(a.kpi == "" for a in build_project(draft).actions)


def test_default_step_names_of_older_drafts_are_dropped_and_the_page_moves_on() -> None:
    old = """{"version": 3, "page": 4, "stages": [{"key": "s1", "name": "Kopen",
        "steps": [{"key": "p1", "name": "Stap 1"}, {"key": "p2", "name": "Betaalt"},
                  {"key": "p3", "name": "Step 3"}]}]}"""
    draft = WizardDraft.from_json(old)
    assert [s.name for s in draft.stages[0].steps] == ["", "Betaalt", ""]
    assert draft.page == 5  # the opening page now comes first


def test_empty_draft_builds_a_valid_empty_project() -> None:
    project = build_project(WizardDraft())
    assert find_problems(project) == []
    assert project.personas == [] and project.actions == []
    (journey,) = project.journeys
    assert journey.stages == [] and journey.cards == []
    assert len(journey.lanes) >= 9


def test_translate_is_used_for_titles() -> None:
    project = build_project(WizardDraft(), translate=lambda ctx, text: f"<{text}>")
    assert project.journeys[0].title == "<Current journey>"
    assert project.journeys[0].lanes[0].title == "<Touchpoints>"


def test_action_of_a_removed_stage_keeps_no_stage() -> None:
    draft = WizardDraft(actions=[DraftAction(title="Call back", stage_key="gone", gap_key="x")])
    project = build_project(draft)
    assert project.actions[0].stage_id is None and project.actions[0].card_ids == []
    assert find_problems(project) == []


def test_gaps_are_proposed_from_what_was_typed() -> None:
    draft = full_draft()
    gaps = find_gaps(draft)
    kinds = [(g.kind, g.text) for g in gaps]
    assert kinds == [
        (GapKind.DROP_OFF, "Cannot find the shop"),
        (GapKind.NEGATIVE_EMOTION, "Curious but unsure"),
        (GapKind.PAIN_POINT, "No opening hours online"),
        (GapKind.PAIN_POINT, "Parking is hard"),
        (GapKind.NO_TOUCHPOINTS, ""),
    ]
    assert gaps[-1].stage_key == draft.stages[1].key and gaps[-1].step_key is None
    assert {g.step_key for g in gaps[:-1]} == {draft.stages[0].steps[0].key}
    assert len({g.key for g in gaps}) == len(gaps)


def test_each_step_gets_its_column_cards_and_emotion_point() -> None:
    draft = full_draft()
    awareness = draft.stages[0]
    awareness.steps.append(
        DraftStep(name="Visits the shop", doing="Walks in", emotion=2, drop_off="Queue too long")
    )
    drop_gap = next(g for g in find_gaps(draft) if g.text == "Queue too long")
    assert drop_gap.step_key == awareness.steps[1].key
    draft.actions = [
        DraftAction(title="Second till", stage_key=awareness.key, gap_key=drop_gap.key),
        DraftAction(title="Moved", stage_key=draft.stages[1].key, gap_key=drop_gap.key),
    ]
    project = build_project(draft)
    assert find_problems(project) == []
    (journey,) = project.journeys
    first, second = journey.stages[0].steps
    assert (first.name, second.name) == ("Looks around", "Visits the shop")

    def titles(step, kind):
        lane = next(lane for lane in journey.lanes if lane.kind == kind)
        return [c.title for c in journey.cards_in_cell(lane.id, step.id)]

    assert titles(second, LaneKind.DOING) == ["Walks in"]
    assert titles(first, LaneKind.DOING) == ["Scrolls Instagram"]
    # What the wizard asks per stage stays in the stage's first step.
    assert titles(second, LaneKind.TOUCHPOINTS) == [] and titles(second, LaneKind.TIME) == []
    assert titles(first, LaneKind.TIME) == ["1 week"]
    assert titles(second, LaneKind.OPPORTUNITIES) == ["Second till"]
    assert titles(journey.stages[1].steps[0], LaneKind.OPPORTUNITIES) == ["Moved"]
    drop = next(c for c in journey.cards if c.title == "Queue too long")
    assert drop.drop_off and drop.step_id == second.id
    assert project.actions[0].card_ids == [drop.id]
    assert journey.first_curve().points == {first.id: -1, second.id: 2}


def test_version_1_draft_moves_its_experience_into_one_step_a_stage() -> None:
    old = """{
      "version": 1, "brand_name": "Bakkerij Jansen",
      "stages": [
        {"key": "s1", "name": "Kopen", "goal": "Snel brood", "time_frame": "5 min",
         "doing": "Staat in de rij", "thinking": "Duurt lang", "feeling": "Ongeduldig",
         "emotion": -2, "pain_points": "Rij\\nGeen pin", "drop_off": "Loopt weg"},
        {"key": "s2", "name": "Thuis"}
      ],
      "actions": [
        {"title": "Pinautomaat", "stage_key": "s1", "gap_key": "pain_point:s1:1"},
        {"title": "Winkel erbij", "stage_key": "s2", "gap_key": "no_touchpoints:s2:0"}
      ]
    }"""
    draft = WizardDraft.from_json(old)
    assert draft.version == DRAFT_VERSION
    buying, home = draft.stages
    (step,) = buying.steps
    assert (step.name, step.doing, step.thinking, step.feeling) == (
        "Snel brood",
        "Staat in de rij",
        "Duurt lang",
        "Ongeduldig",
    )
    assert (step.emotion, step.pain_point_list(), step.drop_off) == (
        -2,
        ["Rij", "Geen pin"],
        "Loopt weg",
    )
    assert buying.time_frame == "5 min"
    assert [s.name for s in home.steps] == ["Thuis"]
    assert draft.actions[0].gap_key == f"pain_point:s1:{step.key}:1"
    assert draft.actions[1].gap_key == "no_touchpoints:s2:0"
    project = build_project(draft)
    pin = next(c for c in project.journeys[0].cards if c.title == "Geen pin")
    assert project.actions[0].card_ids == [pin.id]
    assert WizardDraft.from_json(draft.to_json()) == draft  # saved again, it stays as it is


def test_draft_json_round_trip_keeps_everything(tmp_path) -> None:
    draft = full_draft()
    draft.personas[0].photo = __import__("base64").b64encode(PNG_1PX).decode()
    path = tmp_path / "half.cjmdraft"
    draft.save(path)
    again = WizardDraft.load(path)
    assert again == draft
    assert build_project(again).personas[0].photo == draft.personas[0].photo


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"stages": [{"emotion": 7}]}',
        '{"version": 2, "stages": [{"steps": [{"emotion": 7}]}]}',
        '{"version": 3, "stages": [{"touchpoints": [{"step_keys": "p1"}]}]}',
        '{"actions": [{"priority": "urgent"}]}',
        '{"personas": [{"photo": "PHNjcmlwdD4="}]}',
        '{"version": 99}',
    ],
)
def test_bad_draft_is_refused_with_a_user_message(text: str) -> None:
    with pytest.raises(UserError):
        WizardDraft.from_json(text)


def test_draft_and_build_need_no_qt() -> None:
    code = (
        "import sys, cjm_desktop.ui.wizard as w\n"
        "w.build_project(w.WizardDraft())\n"
        "import cjm_desktop.ui.wizard.action_phrasing, cjm_desktop.ui.wizard.auto_draft\n"
        "import cjm_desktop.ui.wizard.as_edit, cjm_desktop.ui.wizard.stage_models\n"
        "w.WizardDraft(template_id='five_phases').has_answers()\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_each_touchpoint_and_its_moment_of_truth_go_to_the_steps_where_it_happens() -> None:
    first, second = DraftStep(key="p1", name="Zoekt"), DraftStep(key="p2", name="Betaalt")
    stage = DraftStage(
        name="Kopen",
        steps=[first, second],
        touchpoints=[
            DraftTouchpoint(title="Etalage"),  # not placed: the first step
            DraftTouchpoint(title="Kassa", moment_of_truth=True, step_keys=["p2"]),
            DraftTouchpoint(title="Website", step_keys=["p1", "p2"]),
            DraftTouchpoint(title="Folder", step_keys=["gone"]),  # its step was removed
        ],
    )
    project = build_project(WizardDraft(stages=[stage]))
    assert find_problems(project) == []
    (journey,) = project.journeys
    looks, pays = journey.stages[0].steps
    lanes = {lane.kind: lane.id for lane in journey.lanes}

    def cards(step, kind):
        return [(c.title, c.moment_of_truth) for c in journey.cards_in_cell(lanes[kind], step.id)]

    assert cards(looks, LaneKind.TOUCHPOINTS) == [
        ("Etalage", False),
        ("Website", False),
        ("Folder", False),
    ]
    assert cards(pays, LaneKind.TOUCHPOINTS) == [("Kassa", True), ("Website", False)]
    assert LaneKind.MOMENTS_OF_TRUTH not in lanes  # marked on the card, not repeated


def test_version_2_draft_reads_with_its_touchpoints_in_the_first_step() -> None:
    old = """{
      "version": 2, "brand_name": "Bakkerij Jansen",
      "stages": [{"key": "s1", "name": "Kopen",
        "touchpoints": [{"title": "Kassa", "moment_of_truth": true}],
        "steps": [{"key": "p1", "name": "Zoekt"}, {"key": "p2", "name": "Betaalt"}]}]
    }"""
    draft = WizardDraft.from_json(old)
    assert draft.version == DRAFT_VERSION
    stage = draft.stages[0]
    assert stage.touchpoints[0].step_keys == []
    assert stage.steps_of(stage.touchpoints[0]) == [stage.steps[0]]
    journey = build_project(draft).journeys[0]
    (kassa,) = [c for c in journey.cards if c.title == "Kassa" and c.moment_of_truth]
    assert kassa.step_id == journey.stages[0].steps[0].id
    assert WizardDraft.from_json(draft.to_json()) == draft


def test_a_draft_has_answers_only_when_the_user_typed_or_chose_something() -> None:
    from cjm_desktop.ui.wizard.stage_models import stage_models

    assert not WizardDraft().has_answers()
    (model,) = [m for m in stage_models("nl") if m.id == "five_phases"]
    offered = [DraftStage(name=n, phase=p, steps=[DraftStep()]) for n, p in model.stages]
    untouched = WizardDraft(template_id="five_phases", stages=offered, actions=[DraftAction()])
    assert not untouched.has_answers()  # the model the set-up starts with is not user's work
    assert WizardDraft(brand_name="Bakkerij").has_answers()
    assert WizardDraft(personas=[DraftPersona(name="Anna")]).has_answers()
    renamed = WizardDraft(template_id="five_phases", stages=[DraftStage(name="Kijken")])
    assert renamed.has_answers()
    step_named = WizardDraft(
        template_id="five_phases",
        stages=[
            DraftStage(name=n, phase=p, steps=[DraftStep(name="Zoekt")]) for n, p in model.stages
        ],
    )
    assert step_named.has_answers()


@pytest.mark.parametrize(
    ("text", "language", "action"),
    [
        ("No prices on the website", "en", "Provide prices on the website"),
        ("when the queue is too long", "en", "Make the queue shorter"),
        ("Opening hours not online", "en", "Put Opening hours online"),
        ("Geen prijzen op de website", "nl", "Zorg voor prijzen op de website"),
        ("Als de rij te lang is", "nl", "De rij korter maken"),
        ("Openingstijden staan niet online", "nl", "Openingstijden online zetten"),
        ("Het personeel is onvriendelijk", "nl", None),  # no pattern: the caller's phrase
    ],
)
def test_complaints_become_actions(text: str, language: str, action: str | None) -> None:
    from cjm_desktop.ui.wizard.action_phrasing import as_action

    assert as_action(text, language) == action


def test_ideas_suit_the_business_best_first() -> None:
    from cjm_desktop.ui.wizard.stage_models import OWN_STAGE_IDEAS, suggested_touchpoints

    bakery = suggested_touchpoints("en", None, "Bakkerij De Korenschoof, brood en gebak")
    ids = [t.id for t in bakery]
    assert len(ids) == OWN_STAGE_IDEAS
    assert ids[0] in {"word_of_mouth", "shop_window", "store_visit", "personal_recommendation"}
    assert "content_download" not in ids
    everything = suggested_touchpoints("en", None, "Bakkerij", show_all=True)
    assert "content_download" in [t.id for t in everything]
    b2b = [t.id for t in suggested_touchpoints("en", "consider", "software consultancy")]
    assert "sales_meeting" in b2b[:5] and "store_visit" not in b2b


def test_an_automatic_draft_is_written_found_and_discarded(tmp_path, monkeypatch) -> None:
    from cjm_desktop.ui.wizard import auto_draft

    monkeypatch.setenv("CJM_RECOVERY_DIR", str(tmp_path / "recovery"))
    assert auto_draft.unfinished_setup() is None
    path = auto_draft.new_auto_draft_path()
    auto_draft.write_auto_draft(WizardDraft(brand_name="Bakkerij"), path)
    (tmp_path / "recovery" / "guided-setup-broken.cjmdraft").write_text("{")  # skipped
    found = auto_draft.unfinished_setup()
    assert found is not None and found.path == path and found.draft.brand_name == "Bakkerij"
    auto_draft.discard_auto_draft(path)
    assert auto_draft.unfinished_setup() is None
