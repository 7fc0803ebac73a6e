"""Maps from a CJML 2.0 file (see cjml.py for how the two correspond). Each journey in the file
becomes a map: planned journeys to-be maps, actual journeys as-is maps, a planned journey that an
actual one refers to becoming the to-be map of that as-is map. Phases become stages, each
touchpoint a step with one card in the touchpoint lane. End users become personas (matched by
name); service providers and receivers, which a map has no place for, are noted. The XML is read
with defusedxml, so entity expansion and external entities are refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from ..model import (
    Card,
    Channel,
    Journey,
    JourneyState,
    Lane,
    LaneKind,
    Language,
    Persona,
    Stage,
    Step,
)
from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage
from .cards_columns import CHANNELS
from .excel_labels import fold
from .imported_map import ImportedMap, ImportNote, name_key, personas_by_name
from .mermaid_import import DEFAULT_LANES

_CTX = "cjml_import"
MAX_CJML_BYTES = 5_000_000
_UNPHASED = {Language.NL: "Fase {n}", Language.EN: "Stage {n}"}


def _refuse(template: str, **params) -> None:
    raise UserError(UserMessage(_CTX, template, **params))


def _note(template: str, **params) -> ImportNote:
    return ImportNote(0, UserMessage(_CTX, template, **params))


def import_cjml_file(path: Path, language: str, personas: Sequence[Persona] = ()) -> ImportedMap:
    try:
        size = path.stat().st_size
        if size > MAX_CJML_BYTES:
            _refuse(
                QT_TRANSLATE_NOOP(
                    _CTX, "“{name}” is {mb} MB; CJML files of more than {limit} MB are not read."
                ),
                name=path.name,
                mb=round(size / 1_000_000, 1),
                limit=MAX_CJML_BYTES // 1_000_000,
            )
        data = path.read_bytes()[: MAX_CJML_BYTES + 1]
    except OSError as error:
        _refuse(
            QT_TRANSLATE_NOOP(_CTX, "Cannot read “{name}”: {reason}"),
            name=path.name,
            reason=error.strerror or str(error),
        )
    return import_cjml(data, language, personas, name=path.name)


def import_cjml(
    data: bytes, language: str, personas: Sequence[Persona] = (), *, name: str = "CJML"
) -> ImportedMap:
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        _refuse(
            QT_TRANSLATE_NOOP(
                _CTX,
                "“{name}” declares a DTD or entities; they are not read, to keep the computer "
                "safe from XML bombs and external files.",
            ),
            name=name,
        )
    except ParseError as error:
        line, column = error.position
        _refuse(
            QT_TRANSLATE_NOOP(
                _CTX, "“{name}” is not well-formed XML (line {line}, column {column})."
            ),
            name=name,
            line=line,
            column=column,
        )
    if _local(root.tag) != "CJML":
        _refuse(
            QT_TRANSLATE_NOOP(_CTX, "“{name}” is XML but not CJML (its root is <{tag}>)."),
            name=name,
            tag=_local(root.tag),
        )
    reader = _Reader(Language(language), personas)
    version = root.get("version", "")
    if version and not version.startswith("2"):
        reader.notes.append(
            _note(QT_TRANSLATE_NOOP(_CTX, "CJML version {version} read as 2.0"), version=version)
        )
    journeys = [child for child in root if _local(child.tag) in ("plannedJourney", "actualJourney")]
    if not journeys:
        _refuse(QT_TRANSLATE_NOOP(_CTX, "“{name}” holds no planned or actual journey."), name=name)
    # As-is maps first, so a to-be map can name its as-is map when it is added.
    journeys.sort(key=lambda j: _local(j.tag) == "plannedJourney")
    maps = [reader.journey(element) for element in journeys]
    reader.link_counterparts()
    return ImportedMap(maps[0], reader.new_personas, reader.notes, maps[1:])


# The channel names of CJML's tools (its symbol set) that match one of ours.
_CJML_CHANNELS = {
    "web": Channel.WEBSITE,
    "internet": Channel.WEBSITE,
    "internetglobe": Channel.WEBSITE,
    "internetviapc": Channel.WEBSITE,
    "internetviasmartphone": Channel.WEBSITE,
    "internetviatablet": Channel.WEBSITE,
    "web/app": Channel.WEBSITE,
    "apponpc": Channel.APP,
    "apponsmartphone": Channel.APP,
    "appontablet": Channel.APP,
    "e-mail": Channel.EMAIL,
    "sms": Channel.PHONE,
    "message": Channel.CHAT,
    "telephone": Channel.PHONE,
    "phonecall": Channel.PHONE,
    "facetoface": Channel.STORE,
    "face2face": Channel.STORE,
    "shopcounter": Channel.STORE,
    "servicedesk": Channel.STORE,
    "letter": Channel.PRINT,
    "letter(paper)": Channel.PRINT,
    "socialmediamessage": Channel.SOCIAL_MEDIA,
}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: Element, name: str) -> Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def _children(element: Element | None, name: str | tuple[str, ...]) -> list[Element]:
    names = (name,) if isinstance(name, str) else name
    return [c for c in element if _local(c.tag) in names] if element is not None else []


def _text(element: Element | None, name: str) -> str:
    child = _child(element, name) if element is not None else None
    return " ".join((child.text or "").split()) if child is not None else ""


class _Reader:
    def __init__(self, language: Language, personas: Sequence[Persona]) -> None:
        self.language = language
        self.known = personas_by_name(list(personas))
        self.new_personas: list[Persona] = []
        self.notes: list[ImportNote] = []
        self.by_cjml_id: dict[str, Journey] = {}
        self.planned_refs: list[tuple[Journey, str]] = []
        self.not_personas: set[str] = set()

    def journey(self, element: Element) -> Journey:
        planned = _local(element.tag) == "plannedJourney"
        journey = Journey(
            title=_text(element, "journeyTitle") or _text(element, "journeyID"),
            state=JourneyState.FUTURE if planned else JourneyState.CURRENT,
            scenario="\n".join(
                t
                for t in (
                    _text(element, "journeyShortSummary"),
                    _text(element, "journeyLongSummary"),
                )
                if t
            ),
            lanes=[Lane(kind=kind) for kind in DEFAULT_LANES],
        )
        self.by_cjml_id[_text(element, "journeyID")] = journey
        if not planned and _text(element, "plannedReference"):
            self.planned_refs.append((journey, _text(element, "plannedReference")))
        stages = self._phases(_child(element, "journeyPhases"))
        actors = self._actors(_child(element, "actors"), journey)
        lane = next(lane for lane in journey.lanes if lane.kind == LaneKind.TOUCHPOINTS)
        points = _children(
            _child(element, "touchpoints"),
            tuple(
                f"{k}{t}" for k in ("planned", "actual") for t in ("CommunicationPoint", "Action")
            ),
        )
        for point in points:
            self._touchpoint(journey, stages, lane, actors, point)
        journey.stages = [stage for stage in stages.values() if stage.steps]
        if not journey.stages:
            journey.stages = [Stage(name=_UNPHASED[self.language].format(n=1))]
        return journey

    def _phases(self, element: Element | None) -> dict[str, Stage]:
        stages: dict[str, Stage] = {}
        for phase in _children(element, "journeyPhase"):
            name = _text(phase, "phaseName") or phase.get("phaseID", "").strip()
            stages[phase.get("phaseID", "").strip()] = Stage(
                name=name, description=_text(phase, "phaseDescription")
            )
        return stages

    def _actors(self, element: Element | None, journey: Journey) -> dict[str, str]:
        names: dict[str, str] = {}
        others = []
        for actor in list(element) if element is not None else []:
            actor_id = actor.get("actorID", "").strip()
            name = _text(actor, "actorName") or _text(actor, "companyName") or actor_id
            names[actor_id] = name
            if _local(actor.tag) == "endUser":
                persona = self._persona(name)
                if journey.persona_id is None:
                    journey.persona_id = persona.id
            else:
                others.append(name)
                self.not_personas.add(actor_id)
        if others:
            self.notes.append(
                _note(
                    QT_TRANSLATE_NOOP(
                        _CTX,
                        "“{title}”: {names} kept in card details only, not as personas",
                    ),
                    title=journey.title,
                    names=", ".join(others),
                )
            )
        return names

    def _persona(self, name: str) -> Persona:
        key = name_key(name)
        if key not in self.known:
            self.known[key] = Persona(name=name)
            self.new_personas.append(self.known[key])
        return self.known[key]

    def _touchpoint(self, journey, stages, lane, actors, point: Element) -> None:
        phase = _child(point, "belongsTo")
        phase_id = (phase.get("phaseIDref", "") if phase is not None else "").strip()
        if phase_id not in stages:
            stages[phase_id] = Stage(
                name=phase_id or _UNPHASED[self.language].format(n=len(stages) + 1)
            )
        initiator = _child(point, "initiator")
        receiver = _child(point, "receiver")
        label = _text(initiator, "initiatorLabel") or _text(point, "touchpointID")
        details = [_text(point, "comment")]
        started_by = _child(initiator, "refersTo") if initiator is not None else None
        initiator_id = started_by.get("actorIDref", "") if started_by is not None else ""
        if initiator_id in self.not_personas:
            details.insert(0, f"{actors.get(initiator_id, initiator_id)} →")
        if receiver is not None:
            ref = _child(receiver, "refersTo")
            who = actors.get(ref.get("actorIDref", "") if ref is not None else "", "")
            receiver_label = _text(receiver, "receiverLabel")
            said = ": ".join(part for part in (who, receiver_label) if part)
            if receiver_label:  # who alone says nothing the map needs
                details.append(f"→ {said}")
        step = Step(name=label)
        stages[phase_id].steps.append(step)
        card = Card(
            lane_id=lane.id,
            step_id=step.id,
            title=label,
            details="\n".join(d for d in details if d),
            channel=self._channel(_text(_child(point, "channel"), "channelName"), journey),
            sentiment=self._rating(
                _text(_child(point, "touchpointExperience"), "experienceRating")
            ),
        )
        journey.cards.append(card)

    def _channel(self, name: str, journey: Journey) -> Channel | None:
        if not name:
            return None
        channel = CHANNELS.get(fold(name)) or _CJML_CHANNELS.get(fold(name).replace(" ", ""))
        if channel is None:
            self.notes.append(
                _note(
                    QT_TRANSLATE_NOOP(_CTX, "“{title}”: channel “{channel}” read as “other”"),
                    title=journey.title,
                    channel=name,
                )
            )
            return Channel.OTHER
        return channel

    def _rating(self, text: str) -> int | None:
        try:
            value = int(text)
        except ValueError:
            return None
        return max(-2, min(2, value))

    def link_counterparts(self) -> None:
        for actual, reference in self.planned_refs:
            planned = self.by_cjml_id.get(reference)
            if planned is not None and planned.state == JourneyState.FUTURE:
                planned.counterpart_id = actual.id
