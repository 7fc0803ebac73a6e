"""The impact/effort matrix's geometry, without a window: dots sharing a score spread over their
cell in a fixed pattern, and labels placed beside dots without overlapping."""

from __future__ import annotations

import collections
import itertools

from cjm_desktop.ui.panels.impact_effort_geometry import (
    Box,
    LabelRequest,
    Plot,
    place_labels,
    spread_positions,
)

PLOT = Plot(0, 0, 500, 500)  # cells of 100 x 100


def _inside_cell(point, impact, effort) -> bool:
    cx, cy = PLOT.cell_center(impact, effort)
    return abs(point[0] - cx) < PLOT.cell_width / 2 and abs(point[1] - cy) < PLOT.cell_height / 2


def test_a_dot_alone_sits_at_its_cell_centre():
    positions = spread_positions(PLOT, [("a", 3, 3), ("b", 3, 3), ("c", 1, 5)])
    assert positions["c"] == PLOT.cell_center(1, 5)
    assert positions["a"] != PLOT.cell_center(3, 3)


def test_dots_sharing_a_score_stack_in_a_column_a_line_apart_around_the_centre():
    positions = spread_positions(PLOT, [("a", 4, 2), ("b", 4, 2), ("c", 4, 2)], spacing=18)
    cx, cy = PLOT.cell_center(4, 2)
    assert [positions[i] for i in "abc"] == [(cx, cy - 18), (cx, cy), (cx, cy + 18)]


def test_the_pattern_follows_the_order_given_and_repeats_exactly():
    dots = [(f"d{n}", 2, 2) for n in range(4)]
    assert spread_positions(PLOT, dots) == spread_positions(PLOT, dots)
    ys = [spread_positions(PLOT, dots)[f"d{n}"][1] for n in range(4)]
    assert ys == sorted(ys)


def test_a_crowded_cell_wraps_into_columns_and_keeps_every_dot_apart_inside_it():
    dots = [(f"d{n}", 5, 1) for n in range(11)]
    positions = spread_positions(PLOT, dots, spacing=18)
    points = list(positions.values())
    # Five fit in a column of this cell (80 of its 100 pixels): three columns, evened out.
    columns = sorted(collections.Counter(round(x) for x, _y in points).values())
    assert columns == [3, 4, 4]
    assert all(_inside_cell(p, 5, 1) for p in points)
    for (x1, y1), (x2, y2) in itertools.combinations(points, 2):
        assert max(abs(x1 - x2), abs(y1 - y2)) >= 18 - 1e-9


def test_a_tiny_cell_squeezes_the_spacing_rather_than_leaving_it():
    plot = Plot(0, 0, 100, 100)  # cells of 20 x 20
    positions = spread_positions(plot, [(f"d{n}", 3, 3) for n in range(3)], spacing=18)
    assert all(_inside_cell_of(plot, p, 3, 3) for p in positions.values())
    assert len(set(positions.values())) == 3


def _inside_cell_of(plot, point, impact, effort) -> bool:
    cx, cy = plot.cell_center(impact, effort)
    return abs(point[0] - cx) < plot.cell_width / 2 and abs(point[1] - cy) < plot.cell_height / 2


BOUNDS = Box(0, 0, 400, 300)


def _place(requests, **kwargs):
    options = {"height": 14, "dot_radius": 7, "gap": 3, "bounds": BOUNDS}
    options.update(kwargs)
    return place_labels(requests, **options)


def _dot(request: LabelRequest) -> Box:
    return Box(request.x - 7, request.y - 7, 14, 14)


def test_a_label_goes_right_of_its_dot_with_its_whole_text():
    placed = _place([LabelRequest("a", 100, 100, (120, 60))])
    assert placed["a"].choice == 0
    assert placed["a"].box == Box(110, 93, 120, 14)


def test_near_the_right_edge_a_label_goes_left_of_its_dot():
    placed = _place([LabelRequest("a", 350, 100, (120,))])
    assert placed["a"].box.right == 340


def test_a_label_that_would_run_into_a_dot_is_shortened_or_moved():
    requests = [LabelRequest("a", 100, 100, (120, 40)), LabelRequest("b", 180, 100, (30,))]
    placed = _place(requests, bounds=Box(90, 0, 310, 300))  # no room left of "a"
    assert placed["a"].choice == 1  # 40 wide: ends before b's dot at 173
    assert placed["a"].box.right <= 173


def test_no_two_labels_overlap_each_other_a_dot_or_an_obstacle():
    requests = [
        LabelRequest(f"d{n}", 60 + 50 * (n % 6), 40 + 9 * n, (130, 90, 56)) for n in range(24)
    ]
    obstacle = Box(0, 0, 80, 16)
    placed = _place(requests, obstacles=[obstacle])
    boxes = [label.box for label in placed.values()]
    assert len(boxes) > 5
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
    for box in boxes:
        assert box.inside(BOUNDS)
        assert not box.overlaps(obstacle)
        assert not any(box.overlaps(_dot(r)) for r in requests)


def test_a_label_with_no_free_place_is_left_out_unless_its_dot_is_selected():
    # Three dots in a row 20 apart: the middle one has no room on either side, above or below
    # (the bounds are one line high).
    requests = [LabelRequest(i, x, 50, (40,)) for i, x in (("a", 100), ("b", 120), ("c", 140))]
    bounds = Box(0, 43, 400, 14)
    assert "b" not in _place(requests, bounds=bounds)
    placed = _place(requests, bounds=bounds, first={"b"})
    assert placed["b"].crowded
    assert not any(label.crowded for i, label in placed.items() if i != "b")
    # The selected label is placed first, so the others make way for it.
    assert not any(placed["b"].box.overlaps(placed[i].box) for i in placed if i != "b")


def test_a_selected_label_without_a_free_place_covers_a_label_rather_than_a_dot():
    requests = [LabelRequest("a", 100, 50, (40,)), LabelRequest("b", 120, 50, (40,))]
    # Right of "a" lies b's dot; left, under and over it an obstacle (another label, say).
    obstacle = Box(0, 0, 108, 100)
    placed = _place(requests, obstacles=[obstacle], first={"a"})
    assert placed["a"].crowded
    assert placed["a"].box.right <= 90  # left of its dot, over the obstacle
