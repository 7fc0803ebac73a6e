"""A small project for the Excel and Mermaid tests: one map with touchpoints, pain points, an
emotion curve, a persona, and actions whose text tries formula injection."""

from __future__ import annotations

from datetime import date

from cjm_desktop.model import (
    Action,
    Card,
    Channel,
    EmotionCurve,
    Journey,
    Lane,
    LaneKind,
    Language,
    Persona,
    Priority,
    Project,
    Stage,
    Status,
    Step,
)


def sample_project(language: Language = Language.NL) -> Project:
    persona = Persona(name="Ans, 54", goals="Vers brood", pains="Wachtrij")
    search = Step(id="step-search", name="Zoekt")
    compare = Step(id="step-compare", name="Vergelijkt")
    order = Step(id="step-order", name="Bestelt")
    orient = Stage(id="stage-orient", name="Oriënteren", color="#FFD966", steps=[search, compare])
    buy = Stage(id="stage-buy", name="Kopen", steps=[order])
    touch = Lane(id="lane-touch", kind=LaneKind.TOUCHPOINTS, title="Contactmomenten")
    pains = Lane(id="lane-pain", kind=LaneKind.PAIN_POINTS)
    curve = EmotionCurve(id="curve-1", points={search.id: 1, compare.id: -2})
    emotion = Lane(id="lane-emotion", kind=LaneKind.EMOTION, curves=[curve])
    cards = [
        Card(
            id="card-formula",
            lane_id=touch.id,
            step_id=search.id,
            title="=1+1",
            channel=Channel.WEBSITE,
            how_measured="bezoekers per week",
            target="1000",
            actual="800",
        ),
        Card(id="card-google", lane_id=touch.id, step_id=search.id, order=1, title="Google"),
        Card(id="card-price", lane_id=pains.id, step_id=order.id, title="Te duur\x01 @SUM(A1)"),
    ]
    journey = Journey(
        id="journey-main",
        title="Brood bestellen",
        persona_id=persona.id,
        stages=[orient, buy],
        lanes=[touch, pains, emotion],
        cards=cards,
    )
    actions = [
        Action(
            id="action-site",
            title='=HYPERLINK("http://example.com")',
            description="Nieuwe website",
            journey_id=journey.id,
            stage_id=buy.id,
            card_ids=["card-price"],
            owner="Piet",
            priority=Priority.HIGH,
            impact=4,
            effort=2,
            status=Status.IN_PROGRESS,
            start=date(2024, 1, 5),
            due=date(2024, 2, 1),
            kpi="conversie",
            target="+10%",
        ),
        Action(
            id="action-flyer",
            title="Flyers",
            description="-korting",
            status=Status.DONE,
            due=date(2020, 1, 1),
        ),
        Action(id="action-queue", title="Wachtrij korter", owner="Kim"),
    ]
    return Project(
        id="project-sample",
        title="Bakkerij",
        language=language,
        personas=[persona],
        journeys=[journey],
        actions=actions,
    )
