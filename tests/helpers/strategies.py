"""Hypothesis strategies for random valid projects, shared by the editing and exporter tests.

`projects()` draws a complete Project: several maps with stages, steps, lanes of every kind,
cards (shuffled in the list, so list order is not display order), emotion curves with points and
notes, personas, and actions that refer to maps, stages and cards. Text is random Unicode. IDs
are drawn from a counter, so a failing example reads and reproduces the same way.
"""

from __future__ import annotations

import struct
import zlib
from datetime import UTC, datetime

from hypothesis import strategies as st

from cjm_desktop.model import (
    Action,
    Brand,
    Card,
    Channel,
    CustomField,
    EmotionCurve,
    Evidence,
    Journey,
    JourneyState,
    Lane,
    LaneKind,
    Language,
    Mode,
    Persona,
    Priority,
    Project,
    Stage,
    Status,
    Step,
    encode_image,
)

#: Any Unicode text but surrogates (which a JSON file cannot hold), short enough to stay fast.
TEXT = st.text(max_size=24)
SHORT_TEXT = st.text(max_size=8)
COLORS = st.sampled_from(["", "#ff0000", "#00A0b0", "#123456"])
EMOTIONS = st.integers(-2, 2)


def _tiny_png() -> bytes:
    """A real 1x1 PNG, so exporters that draw pictures get one they can decode."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x80\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


TINY_PNG = encode_image(_tiny_png())
IMAGES = st.one_of(st.none(), st.none(), st.just(TINY_PNG))


class _Ids:
    """Readable, reproducible IDs: "card-3", "step-12"."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"


@st.composite
def personas(draw, new_id=None) -> Persona:
    new_id = new_id or _Ids()
    custom = draw(st.lists(st.builds(CustomField, label=SHORT_TEXT, value=TEXT), max_size=2))
    return Persona(
        id=new_id("persona-"),
        name=draw(TEXT),
        tagline=draw(TEXT),
        quote=draw(TEXT),
        photo=draw(IMAGES),
        age=draw(SHORT_TEXT),
        goals=draw(TEXT),
        pains=draw(TEXT),
        preferred_channels=draw(TEXT),
        notes=draw(TEXT),
        custom_fields=custom,
    )


def _card(draw, new_id, lane: Lane, step: Step, order: int) -> Card:
    fields = {}
    if lane.kind == LaneKind.TOUCHPOINTS:
        fields = {
            "channel": draw(st.none() | st.sampled_from(Channel)),
            "mode": draw(st.none() | st.sampled_from(Mode)),
            "sentiment": draw(st.none() | EMOTIONS),
            "moment_of_truth": draw(st.booleans()),
            "drop_off": draw(st.booleans()),
        }
    elif lane.kind == LaneKind.METRICS:
        fields = {
            "metric": draw(TEXT),
            "how_measured": draw(TEXT),
            "target": draw(SHORT_TEXT),
            "actual": draw(SHORT_TEXT),
        }
    elif lane.kind == LaneKind.IMAGES:
        fields = {"image": draw(IMAGES)}
    return Card(
        id=new_id("card-"),
        lane_id=lane.id,
        step_id=step.id,
        order=order,
        title=draw(TEXT),
        details=draw(TEXT),
        color=draw(COLORS),
        evidence=draw(st.sampled_from(Evidence)),
        tags=draw(st.lists(SHORT_TEXT, max_size=2)),
        **fields,
    )


def _curve(draw, new_id, steps: list[Step], persona_ids: list[str]) -> EmotionCurve:
    step_ids = [s.id for s in steps]
    if step_ids:
        points = draw(st.dictionaries(st.sampled_from(step_ids), EMOTIONS))
        notes = draw(st.dictionaries(st.sampled_from(step_ids), TEXT, max_size=2))
    else:
        points, notes = {}, {}
    return EmotionCurve(
        id=new_id("curve-"),
        persona_id=draw(st.none() | st.sampled_from(persona_ids)) if persona_ids else None,
        label=draw(TEXT),
        color=draw(COLORS),
        points=points,
        notes=notes,
    )


@st.composite
def journeys(draw, new_id=None, persona_ids=(), earlier_ids=()) -> Journey:
    """One map; `persona_ids` and `earlier_ids` (as-is maps) are what it may refer to."""
    new_id = new_id or _Ids()
    persona_ids = list(persona_ids)
    stages = []
    for _ in range(draw(st.integers(0, 4))):
        steps = [
            Step(id=new_id("step-"), name=draw(TEXT), description=draw(TEXT))
            for _ in range(draw(st.integers(0, 3)))
        ]
        stages.append(
            Stage(
                id=new_id("stage-"),
                name=draw(TEXT),
                goal=draw(TEXT),
                time_frame=draw(SHORT_TEXT),
                color=draw(COLORS),
                steps=steps,
            )
        )
    steps = [step for stage in stages for step in stage.steps]
    lanes = []
    for kind in draw(st.lists(st.sampled_from(LaneKind), max_size=5)):
        curves = []
        if kind == LaneKind.EMOTION:
            curves = [
                _curve(draw, new_id, steps, persona_ids) for _ in range(draw(st.integers(0, 2)))
            ]
        lanes.append(
            Lane(
                id=new_id("lane-"),
                kind=kind,
                title=draw(TEXT),
                collapsed=draw(st.booleans()),
                curves=curves,
            )
        )
    cards = []
    for lane in lanes:
        if lane.kind == LaneKind.EMOTION or not steps:
            continue
        for step in draw(st.lists(st.sampled_from(steps), max_size=3, unique_by=lambda s: s.id)):
            for order in range(draw(st.integers(1, 3))):
                cards.append(_card(draw, new_id, lane, step, order))
    earlier_ids = list(earlier_ids)
    return Journey(
        id=new_id("journey-"),
        title=draw(TEXT),
        persona_id=draw(st.none() | st.sampled_from(persona_ids)) if persona_ids else None,
        scenario=draw(TEXT),
        expectations=draw(TEXT),
        state=draw(st.sampled_from(JourneyState)),
        counterpart_id=draw(st.none() | st.sampled_from(earlier_ids)) if earlier_ids else None,
        template=draw(st.none() | SHORT_TEXT),
        stages=stages,
        lanes=lanes,
        # Shuffled: display order comes from `order`, not from the place in the list.
        cards=draw(st.permutations(cards)),
    )


def _action(draw, new_id, maps: list[Journey]) -> Action:
    journey = draw(st.none() | st.sampled_from(maps)) if maps else None
    stage_id = None
    if journey is not None and journey.stages:
        stage_id = draw(st.none() | st.sampled_from([s.id for s in journey.stages]))
    pool = journey.cards if journey is not None else [c for j in maps for c in j.cards]
    card_ids = (
        draw(st.lists(st.sampled_from([c.id for c in pool]), max_size=3, unique=True))
        if pool
        else []
    )
    start = draw(st.none() | st.dates())
    return Action(
        id=new_id("action-"),
        title=draw(TEXT),
        description=draw(TEXT),
        journey_id=journey.id if journey is not None else None,
        stage_id=stage_id,
        card_ids=card_ids,
        owner=draw(SHORT_TEXT),
        priority=draw(st.sampled_from(Priority)),
        impact=draw(st.integers(1, 5)),
        effort=draw(st.integers(1, 5)),
        status=draw(st.sampled_from(Status)),
        start=start,
        due=draw(st.none() | st.dates()),
        kpi=draw(TEXT),
        target=draw(SHORT_TEXT),
        notes=draw(TEXT),
    )


DATETIMES = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
).map(lambda moment: moment.replace(microsecond=0))


@st.composite
def projects(draw, max_journeys: int = 3, max_personas: int = 3, max_actions: int = 4) -> Project:
    """A random valid project (it passes the model's own integrity check)."""
    new_id = _Ids()
    people = [draw(personas(new_id)) for _ in range(draw(st.integers(0, max_personas)))]
    persona_ids = [p.id for p in people]
    maps: list[Journey] = []
    for _ in range(draw(st.integers(1, max_journeys))):
        earlier = [j.id for j in maps]
        maps.append(draw(journeys(new_id, persona_ids, earlier)))
    actions = [_action(draw, new_id, maps) for _ in range(draw(st.integers(0, max_actions)))]
    return Project(
        id=new_id("project-"),
        title=draw(TEXT),
        language=draw(st.sampled_from(Language)),
        author=draw(SHORT_TEXT),
        created=draw(DATETIMES),
        modified=draw(DATETIMES),
        brand=Brand(
            name=draw(TEXT),
            product=draw(TEXT),
            description=draw(TEXT),
            usps=draw(st.lists(TEXT, max_size=3)),
            promise=draw(TEXT),
        ),
        personas=people,
        journeys=maps,
        actions=actions,
    )
