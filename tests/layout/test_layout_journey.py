"""Geometry invariants of layout_journey: what the canvas and the PDF both rely on."""

from cjm_desktop.layout import Style, layout_journey, text_width, wrap
from cjm_desktop.model import (
    Card,
    Channel,
    EmotionCurve,
    Journey,
    Lane,
    LaneKind,
    Stage,
    Step,
)


def sample_journey() -> Journey:
    stages = [
        Stage(id="st-a", name="Oriënteren", steps=[Step(id="s1", name="Zoeken"), Step(id="s2")]),
        Stage(id="st-b", name="Kopen", time_frame="1 dag", steps=[Step(id="s3", name="Betalen")]),
    ]
    lanes = [
        Lane(id="l-touch", kind=LaneKind.TOUCHPOINTS, title="Contactmomenten"),
        Lane(
            id="l-emo",
            kind=LaneKind.EMOTION,
            title="Emotie",
            curves=[EmotionCurve(id="c1", points={"s1": 2, "s2": -2, "s3": 0})],
        ),
        Lane(id="l-pain", kind=LaneKind.PAIN_POINTS, title="Pijnpunten"),
        Lane(id="l-closed", kind=LaneKind.TEXT, title="Notities", collapsed=True),
    ]
    cards = [
        Card(id="k1", lane_id="l-touch", step_id="s1", order=0, title="Google", sentiment=1),
        Card(
            id="k2",
            lane_id="l-touch",
            step_id="s1",
            order=1,
            title="Een heel lange titel die zeker over meerdere regels moet worden afgebroken",
            channel=Channel.WEBSITE,
            moment_of_truth=True,
        ),
        Card(id="k3", lane_id="l-pain", step_id="s3", title="Wachten"),
        Card(id="k4", lane_id="l-closed", step_id="s3", title="Verborgen"),
    ]
    return Journey(id="j", stages=stages, lanes=lanes, cards=cards)


def inside(inner, outer) -> bool:
    ix, iy, iw, ih = inner
    ox, oy, ow, oh = outer
    return ix >= ox and iy >= oy and ix + iw <= ox + ow + 1e-6 and iy + ih <= oy + oh + 1e-6


def overlap(a, b) -> bool:
    return not (
        a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
    )


def test_stage_headers_span_their_steps():
    journey = sample_journey()
    g = layout_journey(journey)
    for stage in journey.stages:
        sx, _, sw, _ = g.stages[stage.id].box
        xs = [g.steps[step.id].box[0] for step in stage.steps]
        right = max(g.steps[s.id].box[0] + g.steps[s.id].box[2] for s in stage.steps)
        assert min(xs) == sx
        assert right == sx + sw


def test_cards_sit_in_their_cells_and_do_not_overlap():
    journey = sample_journey()
    g = layout_journey(journey)
    visible = [c for c in journey.cards if c.lane_id != "l-closed"]
    for card in visible:
        assert inside(g.cards[card.id].box, g.cells[(card.lane_id, card.step_id)].box)
    boxes = [g.cards[c.id].box for c in visible]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not overlap(a, b)
    assert g.cards["k1"].box[1] < g.cards["k2"].box[1]  # order within the cell


def test_long_titles_wrap_and_the_lane_grows():
    g = layout_journey(sample_journey())
    assert len(g.cards["k2"].lines) > 1
    style = Style()
    lane_height = g.lanes["l-touch"].box[3]
    assert lane_height > style.min_row_height
    width = g.cards["k2"].box[2] - 2 * style.card_padding
    assert all(text_width(line.text, style.card_font) <= width for line in g.cards["k2"].lines)


def test_collapsed_lane_is_thin_and_hides_cards():
    g = layout_journey(sample_journey())
    assert g.lanes["l-closed"].box[3] == Style().collapsed_height
    assert "k4" not in g.cards


def test_rows_follow_each_other_without_gaps():
    journey = sample_journey()
    g = layout_journey(journey)
    y = g.header_height
    for lane in journey.lanes:
        _, top, _, height = g.lanes[lane.id].box
        assert top == y
        y += height
    assert g.bounds[3] == y


def test_emotion_curve_y_follows_the_values():
    g = layout_journey(sample_journey())
    emotion = g.emotion["l-emo"]
    (curve,) = emotion.curves
    ys = {step_id: y for step_id, _, y, _ in curve.points}
    assert ys["s1"] < ys["s3"] < ys["s2"]  # +2 highest on the page, -2 lowest
    assert emotion.value_y[0] == ys["s3"]
    assert len(g.smooth([(p[1], p[2]) for p in curve.points])) == 2


def test_badges_follow_the_card_fields():
    g = layout_journey(sample_journey())
    kinds = [b.kind for b in g.cards["k2"].badges]
    assert kinds[:2] == ["channel", "moment_of_truth"]
    assert [b.kind for b in g.cards["k3"].badges] == []


def test_wrap_breaks_long_words_and_marks_cut_text():
    lines = wrap("x" * 200, 50, 12)
    assert len(lines) > 1
    assert all(text_width(line, 12) <= 50 for line in lines)
    cut = wrap(" ".join(["woord"] * 100), 80, 12, max_lines=2)
    assert len(cut) == 2
    assert cut[-1].endswith("…")


def test_unicode_text_is_measured():
    assert text_width("ëïé€‘’ Привет", 12) > 0
    assert wrap("Crème brûlée", 500, 12) == ("Crème brûlée",)
