"""What the report's cover sums up: the lowest points of each emotion curve, the moments of
truth, the steps with the most pain points, and the top actions by score, each pointing at the
map page (a bookmark name) where it can be seen."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import Action, Journey, LaneKind, Project
from .pdf_labels import Labels

MAX_ITEMS = 5


@dataclass(frozen=True)
class Finding:
    text: str
    key: str  # the bookmark of the page showing it


def step_key(journey: Journey, step_id: str) -> str:
    return f"step-{journey.id}-{step_id}"


def score(action: Action) -> float:
    """impact / effort, the action plan's score (the workbook and the table use the same)."""
    return round(action.impact / action.effort, 2) if action.effort else 0.0


def _prefix(journey: Journey, many: bool) -> str:
    return f"{journey.title}: " if many else ""


def findings(project: Project, journeys: list[Journey], labels: Labels) -> dict[str, list[Finding]]:
    """Findings by heading key (lowest, truths, pains, top_actions), each at most MAX_ITEMS."""
    many = len(journeys) > 1
    lowest, truths, pains = [], [], []
    for journey in journeys:
        steps = {step.id: step for step in journey.steps()}
        order = {step_id: n for n, step_id in enumerate(steps)}
        for lane in journey.lanes:
            for curve in lane.curves:
                values = [(v, order[s], s) for s, v in curve.points.items() if s in steps]
                if not values:
                    continue
                value, _, step_id = min(values)
                text = labels["lowest_item"].format(
                    curve=curve.label or labels["legend_emotion"],
                    step=steps[step_id].name,
                    value=labels.signed(value),
                )
                lowest.append(Finding(_prefix(journey, many) + text, step_key(journey, step_id)))
        kinds = {lane.id: lane.kind for lane in journey.lanes}
        for card in sorted(journey.cards, key=lambda c: (order.get(c.step_id, 0), c.order)):
            in_lane = kinds.get(card.lane_id) == LaneKind.MOMENTS_OF_TRUTH
            if (card.moment_of_truth or in_lane) and card.step_id in steps:
                truths.append(Finding(card.title, step_key(journey, card.step_id)))
        counts = Counter(
            card.step_id
            for card in journey.cards
            if kinds.get(card.lane_id) == LaneKind.PAIN_POINTS and card.step_id in steps
        )
        for step_id, count in sorted(counts.items(), key=lambda kv: (-kv[1], order[kv[0]])):
            key = "pain_item" if count > 1 else "pain_item_one"
            text = labels[key].format(step=steps[step_id].name, count=count)
            pains.append(Finding(_prefix(journey, many) + text, step_key(journey, step_id)))
    shown = {journey.id for journey in journeys}
    top = []
    for action in sorted(project.actions, key=lambda a: (-score(a), -a.impact, a.title.lower()))[
        :MAX_ITEMS
    ]:
        key = "actions"
        journey = project.journey(action.journey_id) if action.journey_id else None
        if journey is not None and journey.id in shown:
            stage = journey.stage(action.stage_id) if action.stage_id else None
            key = (
                step_key(journey, stage.steps[0].id)
                if stage and stage.steps
                else f"map-{journey.id}"
            )
        text = labels["action_item"].format(title=action.title, score=labels.number(score(action)))
        top.append(Finding(text, key))
    return {
        "lowest": lowest[: MAX_ITEMS * 2],
        "truths": truths[:MAX_ITEMS],
        "pains": pains[:MAX_ITEMS],
        "top_actions": top,
    }
