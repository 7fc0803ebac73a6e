"""Edits of plain fields: SetFields for any object with an ID, SetBrandFields, SetProjectFields.

Values are checked by pydantic (the models validate assignment). Lists that other edits keep in
shape (stages, steps, lanes, curves, cards) and a card's cell and order cannot be set here; a
changed reference is checked like a load would check it. With mergeable=True, consecutive settings
of the same fields of the same object merge into one undo step (typing in a field).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from ..model import (
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
)
from ..user_message import QT_TRANSLATE_NOOP
from .edit import Change, Edit
from .lookup import locate
from .refusal import refuse
from .soundness import require_sound_action, require_sound_journey
from .undo_log import RecordedEdit, UndoLog

# Fields that only dedicated edits may change, because they keep order and references intact.
_OWNED_BY_OTHER_EDITS: dict[type, frozenset[str]] = {
    Journey: frozenset({"stages", "lanes", "cards"}),
    Stage: frozenset({"steps"}),
    Lane: frozenset({"curves"}),
    Card: frozenset({"lane_id", "step_id", "order"}),
    Project: frozenset({"schema_version", "brand", "personas", "journeys", "actions"}),
}
_REFERENCES: dict[type, frozenset[str]] = {
    Journey: frozenset({"persona_id", "counterpart_id"}),
    EmotionCurve: frozenset({"persona_id", "points", "notes"}),
    Action: frozenset({"journey_id", "stage_id", "card_ids"}),
}


class _FieldsEdit(RecordedEdit):
    """Setting fields of one object; subclasses say which object and what the change touches."""

    def __init__(self, label: str, values: Mapping[str, Any], mergeable: bool) -> None:
        super().__init__(label)
        self.values = dict(values)
        self.mergeable = mergeable

    def _target_key(self) -> Hashable:
        raise NotImplementedError

    def merge_key(self) -> Hashable | None:
        if not self.mergeable:
            return None
        return (type(self).__name__, self._target_key(), frozenset(self.values))

    def merge(self, newer: Edit) -> bool:
        # This edit's log still restores the values from before the first keystroke; only the
        # values to apply on redo change.
        key = self.merge_key()
        if key is None or not isinstance(newer, _FieldsEdit) or newer.merge_key() != key:
            return False
        self.values = dict(newer.values)
        self._change = self._change | newer.change()
        return True

    def _set_all(self, obj: BaseModel, log: UndoLog) -> None:
        owned = _OWNED_BY_OTHER_EDITS.get(type(obj), frozenset())
        for name in self.values:
            if name not in type(obj).model_fields:
                raise refuse(
                    QT_TRANSLATE_NOOP("Edit", "There is no field '{field}' to change."), field=name
                )
            if name == "id":
                raise refuse(QT_TRANSLATE_NOOP("Edit", "An ID cannot be changed."))
            if name in owned:
                raise refuse(
                    QT_TRANSLATE_NOOP("Edit", "The field '{field}' is changed by its own edits."),
                    field=name,
                )
        for name, value in self.values.items():
            try:
                log.set(obj, name, value)
            except ValidationError as exc:
                raise refuse(
                    QT_TRANSLATE_NOOP("Edit", "The value of '{field}' is not valid: {error}"),
                    field=name,
                    error=exc.errors()[0]["msg"],
                ) from exc


# The undo text names what changed; SetFields only knows it once it has found the target.
_LABELS: dict[type, str] = {
    Persona: QT_TRANSLATE_NOOP("Edit", "Change persona"),
    Journey: QT_TRANSLATE_NOOP("Edit", "Change map"),
    Stage: QT_TRANSLATE_NOOP("Edit", "Change stage"),
    Step: QT_TRANSLATE_NOOP("Edit", "Change step"),
    Lane: QT_TRANSLATE_NOOP("Edit", "Change lane"),
    EmotionCurve: QT_TRANSLATE_NOOP("Edit", "Change emotion curve"),
    Card: QT_TRANSLATE_NOOP("Edit", "Change card"),
    Action: QT_TRANSLATE_NOOP("Edit", "Change action"),
}
_GENERIC_LABEL = QT_TRANSLATE_NOOP("Edit", "Change")


class SetFields(_FieldsEdit):
    """Set fields of the persona, map, stage, step, lane, curve, card or action with this ID.

    Its label becomes specific ("Change card") on the first apply, unless the caller set one.
    """

    def __init__(
        self, target_id: str, values: Mapping[str, Any], *, mergeable: bool = False
    ) -> None:
        super().__init__(_GENERIC_LABEL, values, mergeable)
        self.target_id = target_id

    def _target_key(self) -> Hashable:
        return self.target_id

    def _apply(self, project: Project, log: UndoLog) -> Change:
        obj, journey = locate(project, self.target_id)
        if self.label == _GENERIC_LABEL:
            self.label = _LABELS.get(type(obj), _GENERIC_LABEL)
        self._set_all(obj, log)
        if isinstance(obj, Lane):
            _require_lane_fits_kind(obj, journey)
        if _REFERENCES.get(type(obj), frozenset()) & self.values.keys():
            if isinstance(obj, Action):
                require_sound_action(project, obj)
            else:
                require_sound_journey(project, journey)
        return _change_of(project, obj, journey)


def _require_lane_fits_kind(lane: Lane, journey: Journey) -> None:
    if lane.kind == LaneKind.EMOTION:
        if any(card.lane_id == lane.id for card in journey.cards):
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Edit", "A lane with cards cannot become an emotion lane; move the cards first."
                )
            )
    elif lane.curves:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Edit", "An emotion lane with curves cannot change kind; delete the curves first."
            )
        )


def _change_of(project: Project, obj: Any, journey: Journey | None) -> Change:
    """What setting fields of `obj` touches, as precisely as the views need it."""
    if isinstance(obj, Persona):
        shown_in = {
            j.id
            for j in project.journeys
            if j.persona_id == obj.id
            or any(c.persona_id == obj.id for lane in j.lanes for c in lane.curves)
        }
        return Change(journeys=shown_in, personas=True)
    if isinstance(obj, Action):
        return Change(actions=True)
    if isinstance(obj, Journey):
        return Change(journeys={obj.id}, journey_list=True)
    assert journey is not None
    if isinstance(obj, Card):
        return Change(journeys={journey.id}, cards={obj.id})
    if isinstance(obj, EmotionCurve):
        return Change(journeys={journey.id}, curves=True)
    if isinstance(obj, Lane):
        return Change(journeys={journey.id}, structure=True, curves=bool(obj.curves))
    # A stage or step: its header text changes, and with it perhaps the layout.
    return Change(journeys={journey.id}, structure=True)


class SetBrandFields(_FieldsEdit):
    """Set fields of the project's brand (name, product, description, usps, promise)."""

    def __init__(self, values: Mapping[str, Any], *, mergeable: bool = False) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Change brand"), values, mergeable)

    def _target_key(self) -> Hashable:
        return "brand"

    def _apply(self, project: Project, log: UndoLog) -> Change:
        self._set_all(project.brand, log)
        return Change(project=True)


class SetProjectFields(_FieldsEdit):
    """Set the project's own fields (title, language, author, created, modified)."""

    def __init__(self, values: Mapping[str, Any], *, mergeable: bool = False) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Change project"), values, mergeable)

    def _target_key(self) -> Hashable:
        return "project"

    def _apply(self, project: Project, log: UndoLog) -> Change:
        self._set_all(project, log)
        return Change(project=True)
