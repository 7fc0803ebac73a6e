"""The edits the action plan panel and the canvas push: a new action, an action made from a card,
deleting actions, and setting one field of an action (moving it to another map keeps it sound).

Pure Python over the existing editing Edits, so the table, the matrix and the card menu change
actions the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ...editing import AddAction, CompositeEdit, Edit, RemoveAction, SetFields
from ...model import Action, Card, Journey, LaneKind, Project
from ...user_message import QT_TRANSLATE_NOOP

# Lanes whose cards are gaps to act on (DOMAIN.md step 6: "note the gaps, then make the plan").
ACTIONABLE_LANES = frozenset({LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES})


def card_invites_action(journey: Journey, card: Card) -> bool:
    """A pain point, an opportunity, or a touchpoint where customers drop off."""
    if card.drop_off:
        return True
    lane = journey.lane(card.lane_id)
    return lane is not None and lane.kind in ACTIONABLE_LANES


def action_from_card(journey: Journey, card: Card) -> AddAction:
    """An action addressing `card`, titled like it, in the card's map and stage."""
    stage = journey.stage_of_step(card.step_id)
    return AddAction(
        Action(
            title=card.title,
            journey_id=journey.id,
            stage_id=stage.id if stage is not None else None,
            card_ids=[card.id],
        )
    )


def new_action(title: str, journey_id: str | None) -> AddAction:
    return AddAction(Action(title=title, journey_id=journey_id))


def remove_actions(action_ids: Iterable[str]) -> Edit | None:
    """One undo step for deleting one or several actions; None when there is nothing to delete."""
    edits = [RemoveAction(action_id) for action_id in dict.fromkeys(action_ids)]
    if not edits:
        return None
    if len(edits) == 1:
        return edits[0]
    return CompositeEdit(QT_TRANSLATE_NOOP("Edit", "Delete actions"), edits)


def set_action_field(project: Project, action: Action, name: str, value: Any) -> Edit | None:
    """The edit that sets one field; None when the value is already there.

    Another map takes the stage and the addressed cards of the old map with it: they cannot
    belong to the new one, and undo brings them back.
    """
    if getattr(action, name) == value:
        return None
    values: dict[str, Any] = {name: value}
    if name == "journey_id":
        journey = project.journey(value) if value else None
        if action.stage_id is not None and (journey is None or not journey.stage(action.stage_id)):
            values["stage_id"] = None
        if journey is not None:
            kept = [card_id for card_id in action.card_ids if journey.card(card_id) is not None]
            if kept != action.card_ids:
                values["card_ids"] = kept
    return SetFields(action.id, values)
