"""A small project with readable IDs for the editing tests, and the round-trip check every edit
must pass."""

from __future__ import annotations

from cjm_desktop.editing import Edit
from cjm_desktop.model import (
    Action,
    Card,
    EmotionCurve,
    Journey,
    Lane,
    LaneKind,
    Persona,
    Project,
    Stage,
    Step,
    find_problems,
)


def sample_project() -> Project:
    """Map "j1": stages s1 (steps t1, t2) and s2 (t3); lanes touch, pain, emo (curve c1 of
    persona p1); cards a0..a2 in touch x t1, b0 in touch x t2, x0 in pain x t3; map "j2" is the
    to-be copy of j1; actions act1 (j1, s1, a1 and x0) and act2 (no map, card b0)."""
    cards = [
        Card(id="a2", lane_id="touch", step_id="t1", order=2, title="third"),
        Card(id="a0", lane_id="touch", step_id="t1", order=0, title="first"),
        Card(id="x0", lane_id="pain", step_id="t3", order=0),
        Card(id="a1", lane_id="touch", step_id="t1", order=1, title="second"),
        Card(id="b0", lane_id="touch", step_id="t2", order=0),
    ]
    curve = EmotionCurve(
        id="c1", persona_id="p1", points={"t1": 1, "t2": -2, "t3": 0}, notes={"t2": "queue"}
    )
    j1 = Journey(
        id="j1",
        title="As-is",
        persona_id="p1",
        stages=[
            Stage(id="s1", name="Search", steps=[Step(id="t1"), Step(id="t2")]),
            Stage(id="s2", name="Buy", steps=[Step(id="t3")]),
        ],
        lanes=[
            Lane(id="touch", kind=LaneKind.TOUCHPOINTS),
            Lane(id="pain", kind=LaneKind.PAIN_POINTS),
            Lane(id="emo", kind=LaneKind.EMOTION, curves=[curve]),
        ],
        cards=cards,
    )
    j2 = Journey(id="j2", title="To-be", persona_id="p1", counterpart_id="j1")
    return Project(
        id="proj",
        personas=[Persona(id="p1", name="Ans"), Persona(id="p2", name="Bram")],
        journeys=[j1, j2],
        actions=[
            Action(id="act1", journey_id="j1", stage_id="s1", card_ids=["a1", "x0"]),
            Action(id="act2", card_ids=["b0"]),
        ],
    )


def cell_titles(project: Project, lane_id: str, step_id: str, journey_id: str = "j1") -> list:
    return [c.id for c in project.journey(journey_id).cards_in_cell(lane_id, step_id)]


def cell_orders_are_compact(project: Project) -> bool:
    """Every cell's cards have the orders 0..n-1."""
    for journey in project.journeys:
        cells: dict[tuple[str, str], list[int]] = {}
        for card in journey.cards:
            cells.setdefault((card.lane_id, card.step_id), []).append(card.order)
        if any(sorted(orders) != list(range(len(orders))) for orders in cells.values()):
            return False
    return True


def check_round_trip(project: Project, edit: Edit) -> dict:
    """Apply, revert, apply again and revert again; return the dump after the edit.

    Checks that revert restores the exact dump, that a second apply gives the first result, that
    the project stays sound and that card orders stay compact.
    """
    before = project.model_dump()
    edit.apply(project)
    after = project.model_dump()
    assert find_problems(project) == []
    assert cell_orders_are_compact(project)
    edit.revert(project)
    assert project.model_dump() == before
    edit.apply(project)
    assert project.model_dump() == after
    edit.revert(project)
    assert project.model_dump() == before
    edit.apply(project)
    return after
