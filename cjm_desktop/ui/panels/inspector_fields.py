"""What the inspector shows for each kind of object: sections of fields, each field with its
editor, how to read its value from the project and which Edit changes it.

Kept apart from the panel so the list of fields per object reads at once, like a form definition.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...editing import Edit, SetEmotionNote, SetEmotionPoint, SetFields
from ...model import (
    EMOTION_MAX,
    EMOTION_MIN,
    Card,
    Channel,
    EmotionCurve,
    Evidence,
    Journey,
    JourneyState,
    Lane,
    LaneKind,
    Mode,
    Project,
    Stage,
    Step,
)
from ..model_labels import emotion_label, label
from .card_image_field import CardImageField
from .field_editors import (
    CheckField,
    ChoiceField,
    ColorField,
    FieldEditor,
    LineField,
    TagsField,
    TextField,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


@dataclass
class FieldSpec:
    """One row of the form."""

    key: str
    label: str
    editor: Callable[[], FieldEditor]
    read: Callable[[Project], Any]
    edit: Callable[[Any, bool], Edit]


@dataclass
class Section:
    title: str
    fields: list[FieldSpec]


def _field(object_id: str, name: str, text: str, editor: Callable[[], FieldEditor]) -> FieldSpec:
    return FieldSpec(
        key=f"{object_id}.{name}",
        label=text,
        editor=editor,
        read=lambda project: getattr(project.find(object_id), name, None),
        edit=lambda value, mergeable: SetFields(object_id, {name: value}, mergeable=mergeable),
    )


def _enum_choices(enum, optional: bool = False) -> list[tuple[str, Any]]:
    choices = [(label(member), member) for member in enum]
    return ([(tr("(none)"), None)] if optional else []) + choices


def _emotion_choices() -> list[tuple[str, Any]]:
    values = range(EMOTION_MAX, EMOTION_MIN - 1, -1)
    return [(tr("(none)"), None)] + [(emotion_label(v), v) for v in values]


def _persona_choices(project: Project) -> list[tuple[str, Any]]:
    return [(tr("(none)"), None)] + [
        (p.name or tr("Unnamed persona"), p.id) for p in project.personas
    ]


def _line(object_id: str, name: str, text: str) -> FieldSpec:
    return _field(object_id, name, text, LineField)


def _text(object_id: str, name: str, text: str) -> FieldSpec:
    return _field(object_id, name, text, TextField)


def _color(object_id: str) -> FieldSpec:
    return _field(object_id, "color", tr("Colour"), ColorField)


def journey_sections(journey: Journey, project: Project) -> list[Section]:
    jid = journey.id
    return [
        Section(
            tr("Map"),
            [
                _line(jid, "title", tr("Title")),
                _field(
                    jid, "persona_id", tr("Persona"), lambda: ChoiceField(_persona_choices(project))
                ),
                _text(jid, "scenario", tr("Scenario")),
                _text(jid, "expectations", tr("Expectations")),
                _field(jid, "state", tr("State"), lambda: ChoiceField(_enum_choices(JourneyState))),
            ],
        )
    ]


def stage_sections(stage: Stage) -> list[Section]:
    sid = stage.id
    return [
        Section(
            tr("Stage"),
            [
                _line(sid, "name", tr("Name")),
                _text(sid, "goal", tr("Customer goal")),
                _text(sid, "description", tr("Description")),
                _line(sid, "time_frame", tr("Time frame")),
                _color(sid),
            ],
        )
    ]


def step_sections(step: Step) -> list[Section]:
    return [
        Section(
            tr("Step"),
            [_line(step.id, "name", tr("Name")), _text(step.id, "description", tr("Description"))],
        )
    ]


def lane_sections(lane: Lane, journey: Journey, project: Project) -> list[Section]:
    sections = [
        Section(
            tr("Lane"),
            [
                _line(lane.id, "title", tr("Title")),
                _field(lane.id, "kind", tr("Kind"), lambda: ChoiceField(_enum_choices(LaneKind))),
            ],
        )
    ]
    for curve in lane.curves:
        sections.extend(curve_sections(curve, journey, project, points=False))
    return sections


def card_sections(card: Card) -> list[Section]:
    cid = card.id
    return [
        Section(
            tr("Card"),
            [
                _line(cid, "title", tr("Title")),
                _text(cid, "details", tr("Details")),
                _field(cid, "image", tr("Image"), CardImageField),
                _color(cid),
                _field(
                    cid, "evidence", tr("Evidence"), lambda: ChoiceField(_enum_choices(Evidence))
                ),
                _field(cid, "tags", tr("Tags"), TagsField),
            ],
        ),
        Section(
            tr("Touchpoint"),
            [
                _field(
                    cid, "channel", tr("Channel"), lambda: ChoiceField(_enum_choices(Channel, True))
                ),
                _field(cid, "mode", tr("Mode"), lambda: ChoiceField(_enum_choices(Mode, True))),
                _field(cid, "sentiment", tr("Sentiment"), lambda: ChoiceField(_emotion_choices())),
                _field(cid, "moment_of_truth", "", lambda: CheckField(tr("Moment of truth"))),
                _field(cid, "drop_off", "", lambda: CheckField(tr("Customers drop off here"))),
            ],
        ),
        Section(
            tr("Measurement"),
            [
                _line(cid, "metric", tr("Metric")),
                _line(cid, "how_measured", tr("How measured")),
                _line(cid, "target", tr("Target")),
                _line(cid, "actual", tr("Actual")),
            ],
        ),
    ]


def _point_fields(journey: Journey, curve: EmotionCurve, step: Step) -> list[FieldSpec]:
    jid, cid, sid = journey.id, curve.id, step.id

    def read_curve(project: Project) -> EmotionCurve | None:
        found = project.find(cid)
        return found if isinstance(found, EmotionCurve) else None

    name = step.name or tr("Step")
    return [
        FieldSpec(
            key=f"{cid}.{sid}.value",
            label=name,
            editor=lambda: ChoiceField(_emotion_choices()),
            read=lambda project: (c := read_curve(project)) and c.points.get(sid),
            edit=lambda value, mergeable: SetEmotionPoint(jid, cid, sid, value),
        ),
        FieldSpec(
            key=f"{cid}.{sid}.note",
            label=tr("Note"),
            editor=LineField,
            read=lambda project: (c := read_curve(project)) and c.notes.get(sid, ""),
            edit=lambda value, mergeable: SetEmotionNote(jid, cid, sid, value),
        ),
    ]


def curve_sections(
    curve: EmotionCurve,
    journey: Journey,
    project: Project,
    points: bool = True,
    only_step: str | None = None,
) -> list[Section]:
    cid = curve.id
    sections = [
        Section(
            tr("Emotion curve"),
            [
                _field(
                    cid, "persona_id", tr("Persona"), lambda: ChoiceField(_persona_choices(project))
                ),
                _line(cid, "label", tr("Label")),
                _color(cid),
            ],
        )
    ]
    if points:
        steps = [s for s in journey.steps() if only_step is None or s.id == only_step]
        fields = [f for step in steps for f in _point_fields(journey, curve, step)]
        sections.append(Section(tr("Emotion per step"), fields))
    return sections


def sections_for(
    selection: list[str], journey: Journey | None, project: Project
) -> tuple[str, list[Section]]:
    """The heading and sections for what is selected; the map itself when nothing is."""
    if not selection:
        if journey is None:
            return tr("No map"), []
        return tr("Map"), journey_sections(journey, project)
    if len(selection) > 1:
        return tr("{count} objects selected").format(count=len(selection)), []
    first, _, step_id = selection[0].partition("/")
    obj = project.find(first)
    owner = project.journey_of(first) if obj is not None else None
    if isinstance(obj, EmotionCurve) and owner is not None:
        return tr("Emotion curve"), curve_sections(obj, owner, project, only_step=step_id or None)
    if isinstance(obj, Lane) and owner is not None:
        return tr("Lane"), lane_sections(obj, owner, project)
    if isinstance(obj, Stage):
        return tr("Stage"), stage_sections(obj)
    if isinstance(obj, Step):
        return tr("Step"), step_sections(obj)
    if isinstance(obj, Card):
        return tr("Card"), card_sections(obj)
    if isinstance(obj, Journey):
        return tr("Map"), journey_sections(obj, project)
    return tr("Nothing to edit"), []
