"""Synthetic projects of three sizes for the benchmarks.

S is the bundled Dutch example; M has about 500 cards; L has 20 stages x 10 steps x 12 lanes,
about 5,000 cards and 200 actions. Generation is seeded, so every run measures the same project.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from cjm_desktop.model import (
    Action,
    Brand,
    Card,
    Channel,
    EmotionCurve,
    Journey,
    Lane,
    LaneKind,
    Mode,
    Persona,
    Priority,
    Project,
    Stage,
    Status,
    Step,
)
from cjm_desktop.resource_paths import resource

EXAMPLE = resource("examples", "bakkerij_nl.cjm")

SIZES = {
    # name: (stages, steps per stage, lanes, actions)
    "M": (6, 4, 10, 60),
    "L": (20, 10, 12, 200),
}

_LANE_CYCLE = [
    LaneKind.TOUCHPOINTS,
    LaneKind.DOING,
    LaneKind.THINKING,
    LaneKind.FEELING,
    LaneKind.EMOTION,
    LaneKind.PAIN_POINTS,
    LaneKind.MOMENTS_OF_TRUTH,
    LaneKind.OPPORTUNITIES,
    LaneKind.METRICS,
    LaneKind.BACKSTAGE,
    LaneKind.TIME,
    LaneKind.TEXT,
]

_WORDS = (
    "klant bestelt brood online webshop winkel taart levering vraag wachttijd prijs review "
    "nieuwsbrief kassa bezorging catering kantoor afhalen openingstijden allergenen croissant "
    "zuurdesem klantkaart Instagram zoekmachine betalen bevestiging"
).split()


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(low, high))).capitalize()


def synthetic_project(size: str, seed: int = 7) -> Project:
    """A valid project of the given size ("M" or "L")."""
    n_stages, n_steps, n_lanes, n_actions = SIZES[size]
    rng = random.Random(seed)
    persona = Persona(name="Sanne", tagline=_text(rng, 4, 8), goals=_text(rng, 8, 20))
    journey = Journey(title=f"Synthetic {size}", persona_id=persona.id, scenario=_text(rng, 10, 20))
    for s in range(n_stages):
        stage = Stage(name=f"Stage {s + 1}", goal=_text(rng, 3, 8), time_frame="1 week")
        stage.steps = [Step(name=_text(rng, 1, 3)) for _ in range(n_steps)]
        journey.stages.append(stage)
    steps = journey.steps()
    for i in range(n_lanes):
        kind = _LANE_CYCLE[i % len(_LANE_CYCLE)]
        journey.lanes.append(Lane(kind=kind, title=kind.value.replace("_", " ").title()))
    for lane in journey.lanes:
        if lane.kind == LaneKind.EMOTION:
            lane.curves.append(
                EmotionCurve(
                    persona_id=persona.id,
                    label="As-is",
                    color="#d9534f",
                    points={step.id: rng.randint(-2, 2) for step in steps},
                )
            )
            continue
        for step in steps:
            for order in range(rng.choice((2, 2, 3))):
                touch = lane.kind == LaneKind.TOUCHPOINTS
                journey.cards.append(
                    Card(
                        lane_id=lane.id,
                        step_id=step.id,
                        order=order,
                        title=_text(rng, 2, 6),
                        details=_text(rng, 0, 25),
                        channel=rng.choice(list(Channel)) if touch else None,
                        mode=rng.choice(list(Mode)) if touch else None,
                        sentiment=rng.randint(-2, 2) if touch else None,
                        moment_of_truth=touch and rng.random() < 0.1,
                        drop_off=touch and rng.random() < 0.1,
                        tags=[rng.choice(_WORDS)] if rng.random() < 0.3 else [],
                    )
                )
    project = Project(
        title=f"Synthetic project {size}",
        author="benchmark",
        brand=Brand(name="Bakkerij Bench", usps=[_text(rng, 3, 6) for _ in range(3)]),
        personas=[persona],
        journeys=[journey],
    )
    start = date(2027, 1, 1)
    for a in range(n_actions):
        card = rng.choice(journey.cards)
        stage = journey.stage_of_step(card.step_id)
        project.actions.append(
            Action(
                title=_text(rng, 3, 7),
                description=_text(rng, 5, 20),
                journey_id=journey.id,
                stage_id=stage.id if stage else None,
                card_ids=[card.id],
                owner=rng.choice(["Anna", "Bram", "Chris", "Dewi"]),
                priority=rng.choice(list(Priority)),
                impact=rng.randint(1, 5),
                effort=rng.randint(1, 5),
                status=rng.choice(list(Status)),
                start=start + timedelta(days=a),
                due=start + timedelta(days=a + 30),
            )
        )
    return project


def write_sizes(folder: Path) -> dict[str, Path]:
    """Write S, M and L into `folder` and return their paths."""
    from cjm_desktop.storage.canonical_json import dumps

    folder.mkdir(parents=True, exist_ok=True)
    paths = {"S": EXAMPLE}
    for size in SIZES:
        path = folder / f"synthetic_{size}.cjm"
        path.write_text(dumps(synthetic_project(size)), encoding="utf-8")
        paths[size] = path
    return paths
