"""Clearing references to removed objects: the one mechanism every removal uses.

After a removal, actions may still name the removed map, stage or cards; maps may name a removed
persona or as-is map; curves may name a removed persona or hold points and notes on removed steps.
`clear_references` empties all of those through the edit's UndoLog, so a revert restores them
exactly, and reports what it touched.
"""

from __future__ import annotations

from collections.abc import Set

from ..model import Project
from .edit import Change
from .undo_log import UndoLog


def clear_references(project: Project, removed: Set[str], log: UndoLog) -> Change:
    """Clear every reference to an ID in `removed`; return the parts of the project touched."""
    change = Change()
    for action in project.actions:
        if _clear_action(action, removed, log):
            change.actions = True
    for journey in project.journeys:
        for name in ("persona_id", "counterpart_id"):
            if getattr(journey, name) in removed:
                log.set(journey, name, None)
                change.journeys.add(journey.id)
                change.journey_list = True
        for lane in journey.lanes:
            for curve in lane.curves:
                if _clear_curve(curve, removed, log):
                    change.journeys.add(journey.id)
                    change.curves = True
    return change


def _clear_action(action, removed: Set[str], log: UndoLog) -> bool:
    touched = False
    # A stage is only valid with its map, so a removed map takes the stage reference with it.
    if action.journey_id in removed:
        log.set(action, "journey_id", None)
        touched = True
    if action.stage_id in removed or (touched and action.stage_id is not None):
        log.set(action, "stage_id", None)
        touched = True
    if any(card_id in removed for card_id in action.card_ids):
        log.set(action, "card_ids", [c for c in action.card_ids if c not in removed])
        touched = True
    return touched


def _clear_curve(curve, removed: Set[str], log: UndoLog) -> bool:
    touched = False
    if curve.persona_id in removed:
        log.set(curve, "persona_id", None)
        touched = True
    for name in ("points", "notes"):
        values = getattr(curve, name)
        if any(step_id in removed for step_id in values):
            log.set(curve, name, {k: v for k, v in values.items() if k not in removed})
            touched = True
    return touched
