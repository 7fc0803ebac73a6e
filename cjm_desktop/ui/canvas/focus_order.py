"""Where keyboard focus goes on the canvas: reading order for Tab (stages, steps, then each lane's
header followed by its cards left to right) and the nearest item in a direction for arrows."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from ...model import Journey


def reading_order(journey: Journey | None) -> list[str]:
    """Every focusable object ID of `journey`, in the order a reader meets them."""
    if journey is None:
        return []
    order = [stage.id for stage in journey.stages]
    steps = journey.steps()
    order += [step.id for step in steps]
    step_index = {step.id: n for n, step in enumerate(steps)}
    for lane in journey.lanes:
        order.append(lane.id)
        cards = [c for c in journey.cards if c.lane_id == lane.id and c.step_id in step_index]
        cards.sort(key=lambda c: (step_index[c.step_id], c.order))
        order += [c.id for c in cards]
    return order


def nearest_in_direction(
    start: QRectF, candidates: dict[str, QRectF], dx: int, dy: int
) -> str | None:
    """The candidate lying in direction (dx, dy) from `start` that is nearest. Distances are
    between edges, not centres, because a tall empty cell and a small card sit side by side. A
    candidate out of line (no overlap across the direction) pays extra, so Right stays in the
    row and Down in the column. Ties go to the one aligned with the start's top or left edge
    (Down from a stage header reaches its first step)."""
    best: tuple[float, str] | None = None
    for object_id, rect in candidates.items():
        if dx:
            ahead = rect.left() - start.right() if dx > 0 else start.left() - rect.right()
            offset = _gap(rect.top(), rect.bottom(), start.top(), start.bottom())
            align = abs(rect.top() - start.top())
        else:
            ahead = rect.top() - start.bottom() if dy > 0 else start.top() - rect.bottom()
            offset = _gap(rect.left(), rect.right(), start.left(), start.right())
            align = abs(rect.left() - start.left())
        if ahead < -1:  # not beyond the start's edge in that direction
            continue
        score = max(0.0, ahead) + 2 * offset + align / 1000
        if best is None or score < best[0]:
            best = (score, object_id)
    return best[1] if best else None


#: What being out of line costs on top of the distance: spans that only touch (a lane header
#: and the first step column share an edge) are out of line too.
OUT_OF_LINE = 40.0


def _gap(a0: float, a1: float, b0: float, b1: float) -> float:
    """0 when two spans overlap, else how far apart they are plus OUT_OF_LINE."""
    overlap = min(a1, b1) - max(a0, b0)
    return 0.0 if overlap > 1 else OUT_OF_LINE - overlap
