"""Turn the example story (example_bakery*.py) into a Project in one language.

Every ID is made from the keys of the story and every date is fixed, so two builds give the same
project, and so the same file.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import Any

import example_pictures as pictures
from example_bakery import AUTHOR, BRAND, CREATED, MODIFIED, PERSONAS, TITLE
from example_bakery_actions import ACTIONS
from example_bakery_as_is import AS_IS
from example_bakery_to_be import TO_BE
from example_spec import LANE_KEYS, ActionSpec, CardSpec, JourneySpec, card_id, pick

from cjm_desktop.model import (
    Action,
    Brand,
    Card,
    CustomField,
    EmotionCurve,
    Journey,
    Lane,
    Persona,
    Project,
    Stage,
    Step,
)
from cjm_desktop.model.images import encode_image

JOURNEYS: tuple[JourneySpec, ...] = (AS_IS, TO_BE)
#: The catalog template the maps were started from (its stages, renamed for the bakery).
TEMPLATE = "orient_to_ambassador"

_PICTURES = {
    "phone": pictures.phone_scene,
    "shop": pictures.shop_scene,
    "cake": pictures.cake_scene,
}


def journey_id(key: str) -> str:
    return f"journey-{key}"


def stage_id(journey: str, key: str) -> str:
    return f"stage-{journey}-{key}"


def step_id(journey: str, key: str) -> str:
    return f"step-{journey}-{key}"


def lane_id(journey: str, kind: str) -> str:
    return f"lane-{journey}-{LANE_KEYS[kind]}"


def build_project(language: str) -> Project:
    lang = language
    return Project(
        id=f"project-korenschoof-{lang}",
        title=pick(TITLE, lang),
        language=lang,
        author=AUTHOR,
        created=datetime.fromisoformat(CREATED),
        modified=datetime.fromisoformat(MODIFIED),
        brand=Brand(
            name=pick(BRAND["name"], lang),
            product=pick(BRAND["product"], lang),
            description=pick(BRAND["description"], lang),
            usps=[pick(usp, lang) for usp in BRAND["usps"]],
            promise=pick(BRAND["promise"], lang),
        ),
        personas=[_persona(spec, lang) for spec in PERSONAS],
        journeys=[_journey(spec, lang) for spec in JOURNEYS],
        actions=[_action(spec, lang) for spec in ACTIONS],
    )


def _persona(spec: dict[str, Any], lang: str) -> Persona:
    texts = {
        name: pick(value, lang)
        for name, value in spec.items()
        if name not in ("id", "custom", "photo")
    }
    custom = [
        CustomField(label=pick(label, lang), value=pick(value, lang))
        for label, value in spec["custom"]
    ]
    photo = encode_image(pictures.persona_photo()) if spec["photo"] else None
    return Persona(id=spec["id"], photo=photo, custom_fields=custom, **texts)


def _journey(spec: JourneySpec, lang: str) -> Journey:
    j = spec.key
    stages = [
        Stage(
            id=stage_id(j, stage.key),
            name=pick(stage.name, lang),
            goal=pick(stage.goal, lang),
            description=pick(stage.description, lang),
            time_frame=pick(spec.time_frames.get(stage.key, stage.time_frame), lang),
            color=stage.color,
            steps=[
                Step(
                    id=step_id(j, key),
                    name=pick(spec.step_names.get(key, name), lang),
                    description=pick(description, lang),
                )
                for key, name, description in stage.steps
            ],
        )
        for stage in spec.stages
    ]
    lanes = [
        Lane(id=lane_id(j, kind), kind=kind, title=pick(title, lang)) for kind, title in spec.lanes
    ]
    emotion = next(lane for lane in lanes if lane.kind == "emotion")
    emotion.curves = [
        EmotionCurve(
            id=f"curve-{j}-{curve.key}",
            persona_id=curve.persona,
            label=pick(curve.label, lang),
            color=curve.color,
            points={step_id(j, key): value for key, value in curve.points.items()},
            notes={step_id(j, key): pick(note, lang) for key, note in curve.notes.items()},
        )
        for curve in spec.curves
    ]
    return Journey(
        id=journey_id(j),
        title=pick(spec.title, lang),
        persona_id=spec.persona,
        scenario=pick(spec.scenario, lang),
        expectations=pick(spec.expectations, lang),
        state=spec.state,
        counterpart_id=journey_id(spec.counterpart) if spec.counterpart else None,
        template=TEMPLATE,
        stages=stages,
        lanes=lanes,
        cards=_cards(j, spec.cards, lang),
    )


def _cards(journey: str, specs: tuple[CardSpec, ...], lang: str) -> list[Card]:
    in_cell: Counter[tuple[str, str]] = Counter()
    cards = []
    for spec in specs:
        in_cell[spec.lane, spec.step] += 1
        n = in_cell[spec.lane, spec.step]
        other = dict(spec.other)
        if "image" in other:
            other["image"] = encode_image(_PICTURES[other["image"]]())
        if "tags" in other:
            other["tags"] = [pick(tag, lang) for tag in other["tags"]]
        cards.append(
            Card(
                id=card_id(journey, spec.lane, spec.step, n),
                lane_id=lane_id(journey, spec.lane),
                step_id=step_id(journey, spec.step),
                order=n - 1,
                title=pick(spec.title, lang),
                **{name: pick(value, lang) for name, value in spec.text.items()},
                **other,
            )
        )
    return cards


def _action(spec: ActionSpec, lang: str) -> Action:
    return Action(
        id=f"action-{spec.key}",
        title=pick(spec.title, lang),
        description=pick(spec.description, lang),
        journey_id=journey_id(spec.journey),
        stage_id=stage_id(spec.journey, spec.stage) if spec.stage else None,
        card_ids=list(spec.cards),
        owner=pick(spec.owner, lang),
        priority=spec.priority,
        impact=spec.impact,
        effort=spec.effort,
        status=spec.status,
        start=date.fromisoformat(spec.start) if spec.start else None,
        due=date.fromisoformat(spec.due) if spec.due else None,
        kpi=pick(spec.kpi, lang),
        target=pick(spec.target, lang),
        notes=pick(spec.notes, lang),
    )
