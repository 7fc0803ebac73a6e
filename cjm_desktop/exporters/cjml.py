"""CJML 2.0 (Customer Journey Modeling Language, cjml.no) written from a project.

Each map becomes a journey: a to-be map a `plannedJourney`, an as-is map an `actualJourney` (its
`plannedReference` names the to-be map that improves it). Stages become `journeyPhases`; the map's
persona is the `endUser`, the brand the `serviceProvider`. The cards of the touchpoint lanes, step
by step, become the touchpoints: a card with a channel a communication point from the end user to
the service provider over that channel, a card without one an action of the end user. The card's
title is the initiator's label, its details the comment; on an actual journey its sentiment is the
end user's experience rating (-2..+2).

What CJML cannot hold of a map: the other lanes (doing, thinking, feeling, pain points, ...), the
emotion curves, step names (a touchpoint is a step), card colours, pictures, evidence, moments of
truth, drop-offs, metrics and tags, and the action plan. What a map cannot hold of CJML: the
receiving actor and its label, actors other than personas (service providers, systems), timestamps
and durations, the deviation and compliance analysis of actual against planned journeys.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from ..model import Card, Journey, JourneyState, LaneKind, Project
from .cards_columns import ValueWords

CJML_VERSION = "2.0"
END_USER = "endUser"
PROVIDER = "provider"


def export_cjml(project: Project) -> bytes:
    root = ET.Element("CJML", version=CJML_VERSION)
    words = ValueWords(project.language)
    ids = {journey.id: f"J{n}" for n, journey in enumerate(project.journeys, start=1)}
    planned_for = {j.counterpart_id: j.id for j in project.journeys if j.counterpart_id}
    for journey in project.journeys:
        _journey(root, project, journey, words, ids, planned_for)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = _xml_text(text)
    return element


def _xml_text(text: str) -> str:
    # XML 1.0 cannot hold most control characters; ElementTree would write them anyway.
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 32)


def _journey(root, project, journey: Journey, words, ids, planned_for) -> None:
    planned = journey.state == JourneyState.FUTURE
    element = ET.SubElement(root, "plannedJourney" if planned else "actualJourney")
    _text(element, "journeyID", ids[journey.id])
    if journey.title:
        _text(element, "journeyTitle", journey.title)
    if not planned and journey.id in planned_for:
        _text(element, "plannedReference", ids[planned_for[journey.id]])
    phases = ET.SubElement(element, "journeyPhases")
    for n, stage in enumerate(journey.stages, start=1):
        phase = ET.SubElement(phases, "journeyPhase", phaseID=f"P{n}")
        _text(phase, "phaseName", stage.name)
        if stage.description:
            _text(phase, "phaseDescription", stage.description)
    if journey.scenario:
        _text(element, "journeyShortSummary", journey.scenario)
    actors = ET.SubElement(element, "actors")
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    user = ET.SubElement(actors, "endUser", actorID=END_USER)
    _text(user, "actorName", persona.name if persona else "")
    provider = ET.SubElement(actors, "serviceProvider", actorID=PROVIDER)
    _text(provider, "companyName", project.brand.name)
    points = ET.SubElement(element, "touchpoints")
    kind = "planned" if planned else "actual"
    lanes = [lane.id for lane in journey.lanes if lane.kind == LaneKind.TOUCHPOINTS]
    cells = journey.cards_by_cell()
    number = 0
    for phase_number, stage in enumerate(journey.stages, start=1):
        for step in stage.steps:
            for lane_id in lanes:
                for card in cells.get((lane_id, step.id), []):
                    number += 1
                    _touchpoint(points, kind, card, f"TP{number}", f"P{phase_number}", words)


def _touchpoint(parent, kind: str, card: Card, touchpoint_id: str, phase: str, words) -> None:
    communication = card.channel is not None
    tag = f"{kind}CommunicationPoint" if communication else f"{kind}Action"
    element = ET.SubElement(parent, tag)
    _text(element, "touchpointID", touchpoint_id)
    ET.SubElement(element, "belongsTo", phaseIDref=phase)
    initiator = ET.SubElement(element, "initiator")
    ET.SubElement(initiator, "refersTo", actorIDref=END_USER)
    _text(initiator, "initiatorLabel", card.title)
    if communication:
        receiver = ET.SubElement(element, "receiver")
        ET.SubElement(receiver, "refersTo", actorIDref=PROVIDER)
        _text(receiver, "receiverLabel", "")
        channel = ET.SubElement(element, "channel")
        _text(channel, "channelName", words.channel(card.channel))
    if card.details:
        _text(element, "comment", card.details)
    if kind == "actual" and card.sentiment is not None:
        experience = ET.SubElement(element, "touchpointExperience")
        _text(experience, "experienceRating", str(card.sentiment))
