"""From a finished (or skipped) guided set-up to a Project: a pure function, no Qt.

The project gets the brand, the personas and one as-is journey: a column for each step the user
described in each stage (at least one a stage), lanes for touchpoints, doing, thinking, feeling,
the emotion curve, pain points, improvements, metrics and time, and the actions of the roadmap
pointing at the cards they address. The map should read as if a person wrote it: no "Step 1"
placeholders, a moment of truth marked on its touchpoint card rather than repeated in a lane of
its own, a measuring card that names the measure.
"""

from __future__ import annotations

from collections.abc import Callable

from ...model import (
    QUESTIONNAIRE_FIELDS,
    Action,
    Brand,
    Card,
    Channel,
    EmotionCurve,
    Journey,
    JourneyState,
    Lane,
    LaneKind,
    Language,
    Mode,
    Persona,
    Priority,
    Project,
    Stage,
    Step,
)
from ...user_message import QT_TRANSLATE_NOOP
from .draft import DraftPersona, DraftStage, DraftStep, WizardDraft
from .gaps import GapKind, gap_key

Translate = Callable[[str, str], str]
_CTX = "GuidedSetup"

# The lanes of the map, top to bottom, with their titles (translated by the caller's `translate`).
LANES: tuple[tuple[LaneKind, str], ...] = (
    (LaneKind.TOUCHPOINTS, QT_TRANSLATE_NOOP(_CTX, "Touchpoints")),
    (LaneKind.DOING, QT_TRANSLATE_NOOP(_CTX, "Doing")),
    (LaneKind.THINKING, QT_TRANSLATE_NOOP(_CTX, "Thinking")),
    (LaneKind.FEELING, QT_TRANSLATE_NOOP(_CTX, "Feeling")),
    (LaneKind.EMOTION, QT_TRANSLATE_NOOP(_CTX, "Emotion")),
    (LaneKind.PAIN_POINTS, QT_TRANSLATE_NOOP(_CTX, "Pain points and drop-off")),
    (LaneKind.OPPORTUNITIES, QT_TRANSLATE_NOOP(_CTX, "Improvements")),
    (LaneKind.METRICS, QT_TRANSLATE_NOOP(_CTX, "Measuring")),
    (LaneKind.TIME, QT_TRANSLATE_NOOP(_CTX, "Time frame")),
)
JOURNEY_TITLE = QT_TRANSLATE_NOOP(_CTX, "Current journey")
JOURNEY_TITLE_OF = QT_TRANSLATE_NOOP(_CTX, "Current journey of {persona}")
# A column the user did not name, in a stage of several; a stage's only step stays unnamed (the
# stage's heading above it says it all).
STEP_NUMBER = QT_TRANSLATE_NOOP(_CTX, "Step {number}")
MEASURED_AT = QT_TRANSLATE_NOOP(_CTX, "Measured at: {touchpoint}")


def _untranslated(context: str, text: str) -> str:
    return text


def build_project(draft: WizardDraft, translate: Translate | None = None) -> Project:
    """The project the wizard hands to the main window; valid under model.find_problems."""
    tr = translate or _untranslated
    personas = [_persona(p) for p in draft.personas if not p.is_empty()]
    lead = personas[0] if personas else None
    journey = Journey(
        title=tr(_CTX, JOURNEY_TITLE_OF).format(persona=lead.name)
        if lead and lead.name.strip()
        else tr(_CTX, JOURNEY_TITLE),
        persona_id=lead.id if lead else None,
        state=JourneyState.CURRENT,
        template=draft.template_id,
        lanes=[Lane(kind=kind, title=tr(_CTX, title)) for kind, title in LANES],
    )
    builder = _JourneyBuilder(journey, tr)
    emotion_lane = builder.lane(LaneKind.EMOTION)
    curve = EmotionCurve(persona_id=lead.id if lead else None, label=lead.name if lead else "")
    points: dict[str, int] = {}
    for draft_stage in draft.stages:
        for draft_step, step in builder.add_stage(draft_stage):
            if draft_step is not None and draft_step.emotion is not None:
                points[step.id] = draft_step.emotion
    curve.points = points
    emotion_lane.curves = [curve]
    actions = [builder.action(a) for a in draft.actions if not a.is_empty()]
    return Project(
        title=draft.brand_name.strip(),
        language=Language(draft.language) if draft.language in {"nl", "en"} else Language.NL,
        brand=Brand(
            name=draft.brand_name,
            product=draft.product,
            description=draft.description,
            usps=[u for u in (u.strip() for u in draft.usps) if u],
            promise=draft.promise,
        ),
        personas=personas,
        journeys=[journey],
        actions=actions,
    )


def _persona(draft: DraftPersona) -> Persona:
    answers = {k: v for k, v in draft.answers.items() if k in QUESTIONNAIRE_FIELDS}
    return Persona(
        name=draft.name, tagline=draft.tagline, quote=draft.quote, photo=draft.photo, **answers
    )


class _JourneyBuilder:
    """Adds stages and their cards to one journey and remembers which card answers which gap."""

    def __init__(self, journey: Journey, translate: Translate) -> None:
        self.journey = journey
        self.translate = translate
        self.gap_cards: dict[str, str] = {}
        self.stage_ids: dict[str, str] = {}
        self.steps: dict[str, Step] = {}  # a stage's first step: where the stage's own cards go
        self.step_of_gap: dict[str, tuple[str, Step]] = {}  # gap key -> (stage key, step)

    def lane(self, kind: LaneKind) -> Lane:
        return next(lane for lane in self.journey.lanes if lane.kind == kind)

    def card(self, kind: LaneKind, step: Step, title: str, **fields) -> Card:
        lane = self.lane(kind)
        order = sum(1 for c in self.journey.cards if c.lane_id == lane.id and c.step_id == step.id)
        card = Card(lane_id=lane.id, step_id=step.id, order=order, title=title, **fields)
        self.journey.cards.append(card)
        return card

    def add_stage(self, draft: DraftStage) -> list[tuple[DraftStep | None, Step]]:
        """The stage with a step for each DraftStep; each touchpoint (and its moment of truth) in
        the steps where it happens; what belongs to the whole stage (measuring, time) goes in its
        first step, as the wizard asks those per stage."""
        several = len(draft.steps) > 1
        pairs: list[tuple[DraftStep | None, Step]] = [
            (d, Step(name=d.name.strip() or (self._numbered(n) if several else "")))
            for n, d in enumerate(draft.steps, start=1)
        ] or [(None, Step(name=""))]
        stage = Stage(
            name=draft.name,
            goal=draft.goal,
            time_frame=draft.time_frame.strip(),
            steps=[step for _, step in pairs],
        )
        self.journey.stages.append(stage)
        self.stage_ids[draft.key] = stage.id
        first = pairs[0][1]
        self.steps[draft.key] = first
        step_of = {d.key: step for d, step in pairs if d is not None}
        for touchpoint in draft.touchpoints:
            places = [step_of[d.key] for d in draft.steps_of(touchpoint)] or [first]
            for step in places:
                self.card(
                    LaneKind.TOUCHPOINTS,
                    step,
                    touchpoint.title,
                    channel=_enum(Channel, touchpoint.channel),
                    mode=_enum(Mode, touchpoint.mode),
                    moment_of_truth=touchpoint.moment_of_truth,
                )
        for draft_step, step in pairs:
            if draft_step is not None:
                self._add_experience(draft.key, draft_step, step)
        self._add_measure(draft, pairs)
        if draft.time_frame.strip():
            self.card(LaneKind.TIME, first, draft.time_frame.strip())
        return pairs

    def _numbered(self, number: int) -> str:
        return self.translate(_CTX, STEP_NUMBER).format(number=number)

    def _add_measure(self, draft: DraftStage, pairs: list[tuple[DraftStep | None, Step]]) -> None:
        """The stage's measure as the card's title (what a reader looks for in a measuring lane),
        in the step where the measured touchpoint happens; the touchpoint goes in the details.
        `metric` stays empty: the measurement table shows the title and the metric side by side,
        and the wizard asks for the measure only once."""
        measure = draft.how_measured.strip()
        where = draft.measure_touchpoint.strip()
        if not (measure or where or draft.target.strip()):
            return
        step = pairs[0][1]
        touchpoint = next((t for t in draft.touchpoints if t.title.strip() == where), None)
        if touchpoint is not None:
            places = {d.key for d in draft.steps_of(touchpoint)}
            step = next((s for d, s in pairs if d is not None and d.key in places), step)
        self.card(
            LaneKind.METRICS,
            step,
            measure or where,
            details=self.translate(_CTX, MEASURED_AT).format(touchpoint=where)
            if measure and where
            else "",
            target=draft.target.strip(),
        )

    def _add_experience(self, stage_key: str, draft: DraftStep, step: Step) -> None:
        def answers(kind: GapKind, card: Card, index: int = 0) -> None:
            key = gap_key(kind, stage_key, index, draft.key)
            self.gap_cards[key] = card.id
            self.step_of_gap[key] = (stage_key, step)

        for kind, text in (
            (LaneKind.DOING, draft.doing),
            (LaneKind.THINKING, draft.thinking),
            (LaneKind.FEELING, draft.feeling),
        ):
            if text.strip():
                card = self.card(kind, step, text.strip())
                if kind == LaneKind.FEELING:
                    answers(GapKind.NEGATIVE_EMOTION, card)
        for index, pain in enumerate(draft.pain_point_list()):
            answers(GapKind.PAIN_POINT, self.card(LaneKind.PAIN_POINTS, step, pain), index)
        if draft.drop_off.strip():
            card = self.card(LaneKind.PAIN_POINTS, step, draft.drop_off.strip(), drop_off=True)
            answers(GapKind.DROP_OFF, card)

    def action(self, draft) -> Action:
        stage_id = self.stage_ids.get(draft.stage_key or "")
        card_ids = [self.gap_cards[draft.gap_key]] if draft.gap_key in self.gap_cards else []
        action = Action(
            title=draft.title.strip(),
            description=draft.description.strip(),
            journey_id=self.journey.id,
            stage_id=stage_id,
            card_ids=card_ids,
            owner=draft.owner.strip(),
            priority=Priority(draft.priority),
            impact=draft.impact,
            effort=draft.effort,
            due=draft.due,
        )
        if stage_id is not None:
            # The improvement also shows on the map: at the step of its gap, unless the user
            # moved the action to another stage; then in that stage.
            gap_stage, step = self.step_of_gap.get(draft.gap_key or "", ("", None))
            if gap_stage != draft.stage_key or step is None:
                step = self.steps[draft.stage_key]
            self.card(LaneKind.OPPORTUNITIES, step, action.title)
        return action


def _enum(kind, value: str | None):
    try:
        return kind(value) if value else None
    except ValueError:
        return None
