"""relayout_cells, the canvas's relayout after a card edit, equals the full layout_journey after
any sequence of card moves, additions, removals, retitles and their undos."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.editing import AddCard, MoveCards, RemoveCard, SetFields
from cjm_desktop.editing.refusal import EditRefused
from cjm_desktop.layout import Style, layout_journey, relayout_cells
from cjm_desktop.model import (
    Card,
    Channel,
    EmotionCurve,
    Journey,
    Lane,
    LaneKind,
    Project,
    Stage,
    Step,
)

STYLE = Style()
TITLES = ["Kort", "Een wat langere titel over twee regels", "Heel " * 30, "Taart"]


def project() -> Project:
    stages = [
        Stage(id="a", name="Eerst", steps=[Step(id="a1"), Step(id="a2")]),
        Stage(id="b", name="Dan", steps=[Step(id="b1")]),
        Stage(id="c", name="Leeg"),
    ]
    lanes = [
        Lane(id="touch", kind=LaneKind.TOUCHPOINTS, title="Contact"),
        Lane(
            id="emo",
            kind=LaneKind.EMOTION,
            title="Emotie",
            curves=[EmotionCurve(id="c1", points={"a1": 1, "b1": -2})],
        ),
        Lane(id="doing", kind=LaneKind.DOING, title="Doen"),
        Lane(id="closed", kind=LaneKind.TEXT, title="Dicht", collapsed=True),
        Lane(id="pain", kind=LaneKind.PAIN_POINTS, title="Pijn"),
    ]
    cards = [
        Card(id=f"k{n}", lane_id=lane, step_id=step, order=n, title=TITLES[n % len(TITLES)])
        for n, (lane, step) in enumerate(
            [("touch", "a1"), ("touch", "a1"), ("doing", "a2"), ("closed", "b1"), ("pain", "b1")]
        )
    ]
    cards[0].channel = Channel.WEBSITE
    journey = Journey(id="j", stages=stages, lanes=lanes, cards=cards)
    return Project(id="p", title="T", journeys=[journey])


CARD_LANES = ["touch", "doing", "closed", "pain"]
STEPS = ["a1", "a2", "b1"]

operation = st.one_of(
    st.tuples(
        st.just("move"),
        st.lists(st.integers(0, 50), min_size=1, max_size=3, unique=True),
        st.sampled_from(CARD_LANES),
        st.sampled_from(STEPS),
        st.one_of(st.none(), st.integers(0, 4)),
    ),
    st.tuples(
        st.just("add"), st.sampled_from(CARD_LANES), st.sampled_from(STEPS), st.integers(0, 3)
    ),
    st.tuples(st.just("remove"), st.integers(0, 50)),
    st.tuples(st.just("retitle"), st.integers(0, 50), st.integers(0, 3)),
    st.tuples(st.just("undo")),
)


def _edit(journey: Journey, op, serial: int):
    cards = journey.cards
    kind = op[0]
    if kind == "add":
        card = Card(id=f"new{serial}", lane_id=op[1], step_id=op[2], title=TITLES[op[3]])
        return AddCard(journey.id, card)
    if not cards:
        return None
    if kind == "move":
        ids = list(dict.fromkeys(cards[i % len(cards)].id for i in op[1]))
        return MoveCards(journey.id, ids, op[2], op[3], op[4])
    if kind == "remove":
        return RemoveCard(journey.id, cards[op[1] % len(cards)].id)
    return SetFields(cards[op[1] % len(cards)].id, {"title": TITLES[op[2]]})


@settings(max_examples=150, deadline=None)
@given(st.lists(operation, min_size=1, max_size=12))
def test_relayout_after_card_edits_equals_the_full_layout(operations):
    proj = project()
    journey = proj.journeys[0]
    geometry = layout_journey(journey, STYLE)
    done = []
    for serial, op in enumerate(operations):
        before = {c.id: (c.lane_id, c.step_id) for c in journey.cards}
        if op[0] == "undo":
            if not done:
                continue
            edit = done.pop()
            edit.revert(proj)
        else:
            edit = _edit(journey, op, serial)
            if edit is None:
                continue
            try:
                edit.apply(proj)
            except EditRefused:
                continue  # a position past the cell's end, say: the project is unchanged
            done.append(edit)
        after = {c.id: (c.lane_id, c.step_id) for c in journey.cards}
        touched = edit.change().cards
        cells = {before[i] for i in touched if i in before} | {
            after[i] for i in touched if i in after
        }
        incremental = relayout_cells(journey, geometry, cells, STYLE)
        full = layout_journey(journey, STYLE)
        assert incremental == full
        geometry = incremental


def test_records_outside_the_edited_rows_are_kept_as_they_were():
    proj = project()
    journey = proj.journeys[0]
    geometry = layout_journey(journey, STYLE)
    edit = SetFields("k4", {"title": TITLES[2]})  # the last lane: nothing below it moves
    edit.apply(proj)
    again = relayout_cells(journey, geometry, {("pain", "b1")}, STYLE)
    assert again == layout_journey(journey, STYLE)
    assert again.cards["k4"] != geometry.cards["k4"]
    assert "k3" not in again.cards  # in the collapsed lane
    for card_id in ("k0", "k1", "k2"):
        assert again.cards[card_id] is geometry.cards[card_id]
    assert again.lanes["touch"] is geometry.lanes["touch"]
    assert again.emotion["emo"] is geometry.emotion["emo"]


def test_other_columns_or_rows_are_refused():
    proj = project()
    journey = proj.journeys[0]
    geometry = layout_journey(journey, STYLE)
    journey.lanes.reverse()
    assert relayout_cells(journey, geometry, {("touch", "a1")}, STYLE) is None
