"""A small bakery project for the review tests (no tests here): an as-is map and its to-be copy,
made the way the map list makes one (fresh IDs), then improved."""

from __future__ import annotations

from datetime import date

from cjm_desktop.editing import copy_with_new_ids
from cjm_desktop.model import (
    Action,
    Card,
    Channel,
    EmotionCurve,
    Journey,
    JourneyState,
    Lane,
    LaneKind,
    Mode,
    Persona,
    Project,
    Stage,
    Step,
)


def as_is_map() -> Journey:
    stages = [
        Stage(
            id="st-see",
            name="Oriënteren",
            goal="Een goede bakker vinden",
            steps=[Step(id="s-zien", name="Zien"), Step(id="s-zoeken", name="Zoeken")],
        ),
        Stage(id="st-buy", name="Kopen", steps=[Step(id="s-rij", name="In de rij")]),
        Stage(id="st-eat", name="Genieten", goal="Lekker ontbijten", steps=[Step(id="s-eet")]),
    ]
    lanes = [
        Lane(id="l-tp", kind=LaneKind.TOUCHPOINTS, title="Contactmomenten"),
        Lane(
            id="l-emo",
            kind=LaneKind.EMOTION,
            title="Emotie",
            curves=[
                EmotionCurve(
                    id="c-now",
                    persona_id="p-anna",
                    label="Anna nu",
                    points={"s-zien": 1, "s-zoeken": 0, "s-rij": -2},
                )
            ],
        ),
        Lane(id="l-pain", kind=LaneKind.PAIN_POINTS, title="Pijnpunten"),
    ]
    cards = [
        Card(
            id="k-insta",
            lane_id="l-tp",
            step_id="s-zien",
            title="Instagram",
            channel=Channel.SOCIAL_MEDIA,
        ),
        Card(
            id="k-flyer",
            lane_id="l-tp",
            step_id="s-zien",
            order=1,
            title="Flyer",
            channel=Channel.PRINT,
        ),
        Card(
            id="k-site",
            lane_id="l-tp",
            step_id="s-zoeken",
            title="Website",
            channel=Channel.WEBSITE,
            sentiment=-1,
        ),
        Card(
            id="k-winkel",
            lane_id="l-tp",
            step_id="s-rij",
            title="Winkel",
            channel=Channel.STORE,
            mode=Mode.OFFLINE,
        ),
        Card(id="k-wacht", lane_id="l-pain", step_id="s-rij", title="Lange rij"),
        Card(id="k-op", lane_id="l-pain", step_id="s-zoeken", title="Openingstijden onduidelijk"),
    ]
    return Journey(
        id="j-asis",
        title="Brood kopen",
        persona_id="p-anna",
        stages=stages,
        lanes=lanes,
        cards=cards,
    )


def to_be_of(as_is: Journey) -> Journey:
    """The to-be copy with: Flyer removed, Website now with a better sentiment and in the web
    shop channel, an app added, stage "Kopen" renamed, a step added, new emotion values."""
    to_be = copy_with_new_ids(as_is)
    to_be.title = "Brood kopen (to-be)"
    to_be.state = JourneyState.FUTURE
    to_be.counterpart_id = as_is.id
    by_title = {card.title: card for card in to_be.cards}
    to_be.cards.remove(by_title["Flyer"])
    by_title["Website"].sentiment = 1
    by_title["Website"].channel = Channel.WEBSHOP
    buy = to_be.stages[1]
    buy.name = "Bestellen en ophalen"
    buy.steps.append(Step(name="Ophalen"))
    tp_lane = to_be.lanes[0].id
    to_be.cards.append(
        Card(lane_id=tp_lane, step_id=buy.steps[1].id, title="Bestel-app", channel=Channel.APP)
    )
    curve = to_be.lanes[1].curves[0]
    curve.label = "Anna straks"
    steps = to_be.steps()
    curve.points = {steps[0].id: 1, steps[1].id: 1, steps[2].id: 0, steps[3].id: 2}
    return to_be


def bakery_project() -> Project:
    as_is = as_is_map()
    return Project(
        title="Bakkerij",
        personas=[Persona(id="p-anna", name="Anna")],
        journeys=[as_is, to_be_of(as_is)],
        actions=[
            Action(
                id="a-app",
                title="Bestel-app bouwen",
                journey_id="j-asis",
                card_ids=["k-wacht"],
                owner="Piet",
                due=date(2026, 5, 1),
            ),
            Action(
                id="a-uren",
                title="Openingstijden op Google",
                journey_id="j-asis",
                card_ids=["k-op"],
            ),
        ],
    )
