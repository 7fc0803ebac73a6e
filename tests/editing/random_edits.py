"""Draws a random valid edit for the current state of a project, for the property tests.

Every edit it returns must apply; targets, positions and values are drawn from what is there.
"""

from __future__ import annotations

from itertools import count

from helpers.strategies import SHORT_TEXT, TEXT
from hypothesis import strategies as st

from cjm_desktop.editing import (
    AddAction,
    AddCard,
    AddCurve,
    AddJourney,
    AddLane,
    AddPersona,
    AddStage,
    AddStep,
    Edit,
    MoveCards,
    MoveJourney,
    MoveLane,
    MoveStage,
    MoveStep,
    RemoveAction,
    RemoveCard,
    RemoveCurve,
    RemoveJourney,
    RemoveLane,
    RemovePersona,
    RemoveStage,
    RemoveStep,
    SetBrandFields,
    SetEmotionNote,
    SetEmotionPoint,
    SetFields,
    SetProjectFields,
    copy_with_new_ids,
)
from cjm_desktop.model import (
    Action,
    Card,
    EmotionCurve,
    Journey,
    Lane,
    LaneKind,
    Language,
    Persona,
    Project,
    Stage,
    Step,
)

_fresh = count(1)


def fresh(prefix: str) -> str:
    # The strategy's IDs look like "card-3"; these cannot collide with them.
    return f"new-{prefix}-{next(_fresh)}"


def _pick(draw, items):
    return draw(st.sampled_from(list(items)))


def _journey(draw, project: Project, where=lambda j: True) -> Journey | None:
    candidates = [j for j in project.journeys if where(j)]
    return _pick(draw, candidates) if candidates else None


def _card_lanes(journey: Journey) -> list[Lane]:
    return [lane for lane in journey.lanes if lane.kind != LaneKind.EMOTION]


def _curves(journey: Journey):
    return [(lane, c) for lane in journey.lanes for c in lane.curves]


# -- fields ---------------------------------------------------------------------------------


def set_fields(draw, project: Project) -> Edit | None:
    journey = _journey(draw, project)
    choices: list[tuple] = [(p.id, {"name": TEXT, "goals": TEXT}) for p in project.personas]
    choices += [(a.id, {"title": TEXT, "impact": st.integers(1, 5)}) for a in project.actions]
    if journey is not None:
        choices.append((journey.id, {"title": TEXT, "scenario": TEXT}))
        choices += [(s.id, {"name": TEXT, "time_frame": SHORT_TEXT}) for s in journey.stages]
        choices += [(s.id, {"name": TEXT}) for s in journey.steps()]
        choices += [(x.id, {"title": TEXT, "collapsed": st.booleans()}) for x in journey.lanes]
        choices += [
            (c.id, {"title": TEXT, "sentiment": st.none() | st.integers(-2, 2)})
            for c in journey.cards
        ]
        choices += [(c.id, {"label": TEXT}) for _, c in _curves(journey)]
    if not choices:
        return None
    target, fields = _pick(draw, choices)
    names = draw(st.lists(st.sampled_from(sorted(fields)), min_size=1, unique=True))
    values = {name: draw(fields[name]) for name in names}
    return SetFields(target, values, mergeable=draw(st.booleans()))


def set_references(draw, project: Project) -> Edit | None:
    journey = _journey(draw, project)
    if journey is None:
        return None
    personas = st.none() | (
        st.sampled_from([p.id for p in project.personas]) if project.personas else st.none()
    )
    others = [j.id for j in project.journeys if j is not journey]
    curves = _curves(journey)
    choices = ["journey"] + (["curve"] if curves else []) + (["action"] if project.actions else [])
    what = _pick(draw, choices)
    if what == "journey":
        counterpart = draw(st.none() | st.sampled_from(others)) if others else None
        return SetFields(journey.id, {"persona_id": draw(personas), "counterpart_id": counterpart})
    if what == "curve":
        return SetFields(_pick(draw, curves)[1].id, {"persona_id": draw(personas)})
    action = _pick(draw, project.actions)
    stage_id = (
        draw(st.none() | st.sampled_from([s.id for s in journey.stages]))
        if journey.stages
        else None
    )
    cards = (
        draw(st.lists(st.sampled_from([c.id for c in journey.cards]), unique=True, max_size=3))
        if journey.cards
        else []
    )
    return SetFields(action.id, {"journey_id": journey.id, "stage_id": stage_id, "card_ids": cards})


def set_lane_kind(draw, project: Project) -> Edit | None:
    journey = _journey(draw, project, lambda j: bool(j.lanes))
    if journey is None:
        return None
    lane = _pick(draw, journey.lanes)
    if lane.curves:
        return None
    kinds = list(LaneKind)
    if any(card.lane_id == lane.id for card in journey.cards):
        kinds.remove(LaneKind.EMOTION)
    return SetFields(lane.id, {"kind": _pick(draw, kinds)})


def set_brand_or_project(draw, project: Project) -> Edit:
    if draw(st.booleans()):
        return SetBrandFields({"name": draw(TEXT), "usps": draw(st.lists(TEXT, max_size=2))})
    return SetProjectFields(
        {"title": draw(TEXT), "language": _pick(draw, Language)}, mergeable=draw(st.booleans())
    )


# -- cards ----------------------------------------------------------------------------------


def add_card(draw, project: Project) -> Edit | None:
    journey = _journey(draw, project, lambda j: bool(_card_lanes(j) and j.steps()))
    if journey is None:
        return None
    lane = _pick(draw, _card_lanes(journey))
    step = _pick(draw, journey.steps())
    size = len(journey.cards_in_cell(lane.id, step.id))
    card = Card(id=fresh("card"), lane_id=lane.id, step_id=step.id, title=draw(TEXT))
    return AddCard(journey.id, card, draw(st.none() | st.integers(0, size)))


def remove_card(draw, project: Project) -> Edit | None:
    journey = _journey(draw, project, lambda j: bool(j.cards))
    if journey is None:
        return None
    return RemoveCard(journey.id, _pick(draw, journey.cards).id)


def move_cards(draw, project: Project) -> Edit | None:
    journey = _journey(draw, project, lambda j: bool(j.cards))
    if journey is None:
        return None
    ids = draw(
        st.lists(
            st.sampled_from([c.id for c in journey.cards]), min_size=1, max_size=3, unique=True
        )
    )
    lane = _pick(draw, _card_lanes(journey))
    step = _pick(draw, journey.steps())
    rest = [c for c in journey.cards_in_cell(lane.id, step.id) if c.id not in ids]
    return MoveCards(journey.id, ids, lane.id, step.id, draw(st.none() | st.integers(0, len(rest))))


# -- stages, steps, lanes --------------------------------------------------------------------


def stage_edit(draw, project: Project) -> Edit | None:
    journey = _journey(draw, project)
    if journey is None:
        return None
    kind = _pick(draw, ["add", "remove", "move"] if journey.stages else ["add"])
    if kind == "add":
        steps = [Step(id=fresh("step"), name=draw(TEXT)) for _ in range(draw(st.integers(0, 2)))]
        stage = Stage(id=fresh("stage"), name=draw(TEXT), steps=steps)
        return AddStage(journey.id, stage, draw(st.none() | st.integers(0, len(journey.stages))))
    stage = _pick(draw, journey.stages)
    if kind == "remove":
        return RemoveStage(journey.id, stage.id)
    return MoveStage(journey.id, stage.id, draw(st.integers(0, len(journey.stages) - 1)))


def step_edit(draw, project: Project) -> Edit | None:
    journey = _journey(draw, project, lambda j: bool(j.stages))
    if journey is None:
        return None
    steps = journey.steps()
    kind = _pick(draw, ["add", "remove", "move"] if steps else ["add"])
    stage = _pick(draw, journey.stages)
    if kind == "add":
        step = Step(id=fresh("step"), name=draw(TEXT))
        return AddStep(
            journey.id, stage.id, step, draw(st.none() | st.integers(0, len(stage.steps)))
        )
    step = _pick(draw, steps)
    if kind == "remove":
        return RemoveStep(journey.id, step.id)
    room = len(stage.steps) - (1 if step in stage.steps else 0)
    return MoveStep(journey.id, step.id, stage.id, draw(st.integers(0, room)))


def lane_edit(draw, project: Project) -> Edit | None:
    journey = _journey(draw, project)
    if journey is None:
        return None
    kind = _pick(draw, ["add", "remove", "move"] if journey.lanes else ["add"])
    if kind == "add":
        lane_kind = _pick(draw, LaneKind)
        curves = []
        if lane_kind == LaneKind.EMOTION and journey.steps() and draw(st.booleans()):
            step = _pick(draw, journey.steps())
            curves = [EmotionCurve(id=fresh("curve"), points={step.id: draw(st.integers(-2, 2))})]
        lane = Lane(id=fresh("lane"), kind=lane_kind, title=draw(TEXT), curves=curves)
        return AddLane(journey.id, lane, draw(st.none() | st.integers(0, len(journey.lanes))))
    lane = _pick(draw, journey.lanes)
    if kind == "remove":
        return RemoveLane(journey.id, lane.id)
    return MoveLane(journey.id, lane.id, draw(st.integers(0, len(journey.lanes) - 1)))


# -- emotions --------------------------------------------------------------------------------


def emotion_edit(draw, project: Project) -> Edit | None:
    # Prefer maps where points can be set: that is what users do most on the curve.
    journey = _journey(draw, project, lambda j: bool(_curves(j) and j.steps())) or _journey(
        draw, project, lambda j: bool(j.emotion_lanes())
    )
    if journey is None:
        return None
    curves = _curves(journey)
    steps = journey.steps()
    kinds = ["add"] + (["remove"] if curves else [])
    if curves and steps:
        kinds += ["point", "point", "point", "note"]
    kind = _pick(draw, kinds)
    if kind == "add":
        lane = _pick(draw, journey.emotion_lanes())
        persona = (
            _pick(draw, project.personas).id if project.personas and draw(st.booleans()) else None
        )
        curve = EmotionCurve(id=fresh("curve"), label=draw(TEXT), persona_id=persona)
        return AddCurve(
            journey.id, lane.id, curve, draw(st.none() | st.integers(0, len(lane.curves)))
        )
    _, curve = _pick(draw, curves)
    if kind == "remove":
        return RemoveCurve(journey.id, curve.id)
    step = _pick(draw, steps)
    if kind == "point":
        value = draw(st.none() | st.integers(-2, 2))
        return SetEmotionPoint(journey.id, curve.id, step.id, value, mergeable=draw(st.booleans()))
    return SetEmotionNote(journey.id, curve.id, step.id, draw(st.just("") | TEXT))


# -- project lists ----------------------------------------------------------------------------


def persona_edit(draw, project: Project) -> Edit:
    if project.personas and draw(st.booleans()):
        return RemovePersona(_pick(draw, project.personas).id)
    index = draw(st.none() | st.integers(0, len(project.personas)))
    return AddPersona(Persona(id=fresh("persona"), name=draw(TEXT)), index)


def action_edit(draw, project: Project) -> Edit:
    if project.actions and draw(st.booleans()):
        return RemoveAction(_pick(draw, project.actions).id)
    journey = _journey(draw, project) if draw(st.booleans()) else None
    cards = journey.cards if journey else [c for j in project.journeys for c in j.cards]
    action = Action(
        id=fresh("action"),
        title=draw(TEXT),
        journey_id=journey.id if journey else None,
        stage_id=_pick(draw, journey.stages).id if journey and journey.stages else None,
        card_ids=draw(st.lists(st.sampled_from([c.id for c in cards]), unique=True, max_size=2))
        if cards
        else [],
    )
    return AddAction(action, draw(st.none() | st.integers(0, len(project.actions))))


def journey_edit(draw, project: Project) -> Edit:
    kinds = ["add", "copy"] + (["remove", "move"] if project.journeys else [])
    kind = _pick(draw, kinds)
    index = draw(st.none() | st.integers(0, len(project.journeys)))
    if kind == "add" or (kind == "copy" and not project.journeys):
        return AddJourney(Journey(id=fresh("journey"), title=draw(TEXT)), index)
    journey = _pick(draw, project.journeys)
    if kind == "copy":
        return AddJourney(copy_with_new_ids(journey), index)
    if kind == "remove":
        return RemoveJourney(journey.id)
    return MoveJourney(journey.id, draw(st.integers(0, len(project.journeys) - 1)))


MAKERS = (
    set_fields,
    set_references,
    set_lane_kind,
    set_brand_or_project,
    add_card,
    add_card,
    remove_card,
    move_cards,
    move_cards,
    stage_edit,
    step_edit,
    step_edit,
    lane_edit,
    emotion_edit,
    emotion_edit,
    persona_edit,
    action_edit,
    journey_edit,
)


def random_edit(data, project: Project) -> Edit:
    """A valid edit for the project as it is now."""
    while True:
        maker = data.draw(st.sampled_from(MAKERS), label="kind of edit")
        edit = maker(data.draw, project)
        if edit is not None:
            return edit
