"""Translatable names of the model's closed vocabularies (lane kinds, channels, modes, ...).

The English names are marked with QT_TRANSLATE_NOOP in context "ModelLabels" and translated when
shown, so a combo box in the inspector and a header on the canvas use the same words.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from ..model import Channel, Evidence, JourneyState, LaneKind, Mode, Priority, Status
from ..user_message import QT_TRANSLATE_NOOP

CONTEXT = "ModelLabels"

_NAMES: dict[StrEnum, str] = {
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP(CONTEXT, "Touchpoints"),
    LaneKind.DOING: QT_TRANSLATE_NOOP(CONTEXT, "Doing"),
    LaneKind.THINKING: QT_TRANSLATE_NOOP(CONTEXT, "Thinking"),
    LaneKind.FEELING: QT_TRANSLATE_NOOP(CONTEXT, "Feeling"),
    LaneKind.EMOTION: QT_TRANSLATE_NOOP(CONTEXT, "Emotion curve"),
    LaneKind.PAIN_POINTS: QT_TRANSLATE_NOOP(CONTEXT, "Pain points"),
    LaneKind.MOMENTS_OF_TRUTH: QT_TRANSLATE_NOOP(CONTEXT, "Moments of truth"),
    LaneKind.OPPORTUNITIES: QT_TRANSLATE_NOOP(CONTEXT, "Opportunities"),
    LaneKind.METRICS: QT_TRANSLATE_NOOP(CONTEXT, "Metrics"),
    LaneKind.BACKSTAGE: QT_TRANSLATE_NOOP(CONTEXT, "Backstage"),
    LaneKind.TIME: QT_TRANSLATE_NOOP(CONTEXT, "Time frame"),
    LaneKind.IMAGES: QT_TRANSLATE_NOOP(CONTEXT, "Storyboard"),
    LaneKind.TEXT: QT_TRANSLATE_NOOP(CONTEXT, "Text"),
    JourneyState.CURRENT: QT_TRANSLATE_NOOP(CONTEXT, "As-is (current state)"),
    JourneyState.FUTURE: QT_TRANSLATE_NOOP(CONTEXT, "To-be (future state)"),
    Evidence.ASSUMPTION: QT_TRANSLATE_NOOP(CONTEXT, "Assumption"),
    Evidence.PARTLY_BACKED: QT_TRANSLATE_NOOP(CONTEXT, "Partly backed by research"),
    Evidence.RESEARCHED: QT_TRANSLATE_NOOP(CONTEXT, "Researched"),
    Mode.ONLINE: QT_TRANSLATE_NOOP(CONTEXT, "Online"),
    Mode.OFFLINE: QT_TRANSLATE_NOOP(CONTEXT, "Offline"),
    Mode.HYBRID: QT_TRANSLATE_NOOP(CONTEXT, "Hybrid"),
    Channel.WEBSITE: QT_TRANSLATE_NOOP(CONTEXT, "Website"),
    Channel.WEBSHOP: QT_TRANSLATE_NOOP(CONTEXT, "Web shop"),
    Channel.EMAIL: QT_TRANSLATE_NOOP(CONTEXT, "E-mail"),
    Channel.SOCIAL_MEDIA: QT_TRANSLATE_NOOP(CONTEXT, "Social media"),
    Channel.SEARCH: QT_TRANSLATE_NOOP(CONTEXT, "Search"),
    Channel.ADVERTISING: QT_TRANSLATE_NOOP(CONTEXT, "Advertising"),
    Channel.REVIEW_SITE: QT_TRANSLATE_NOOP(CONTEXT, "Review site"),
    Channel.CHAT: QT_TRANSLATE_NOOP(CONTEXT, "Chat"),
    Channel.PHONE: QT_TRANSLATE_NOOP(CONTEXT, "Phone"),
    Channel.APP: QT_TRANSLATE_NOOP(CONTEXT, "App"),
    Channel.STORE: QT_TRANSLATE_NOOP(CONTEXT, "Store"),
    Channel.SALES_REP: QT_TRANSLATE_NOOP(CONTEXT, "Sales representative"),
    Channel.EVENT: QT_TRANSLATE_NOOP(CONTEXT, "Event"),
    Channel.PRINT: QT_TRANSLATE_NOOP(CONTEXT, "Print"),
    Channel.WORD_OF_MOUTH: QT_TRANSLATE_NOOP(CONTEXT, "Word of mouth"),
    Channel.PARTNER: QT_TRANSLATE_NOOP(CONTEXT, "Partner"),
    Channel.OTHER: QT_TRANSLATE_NOOP(CONTEXT, "Other"),
    Priority.HIGH: QT_TRANSLATE_NOOP(CONTEXT, "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP(CONTEXT, "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP(CONTEXT, "Low"),
    Status.IDEA: QT_TRANSLATE_NOOP(CONTEXT, "Idea"),
    Status.PLANNED: QT_TRANSLATE_NOOP(CONTEXT, "Planned"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP(CONTEXT, "In progress"),
    Status.DONE: QT_TRANSLATE_NOOP(CONTEXT, "Done"),
    Status.DROPPED: QT_TRANSLATE_NOOP(CONTEXT, "Dropped"),
}

EMOTION_NAMES: dict[int, str] = {
    -2: QT_TRANSLATE_NOOP(CONTEXT, "Very negative"),
    -1: QT_TRANSLATE_NOOP(CONTEXT, "Negative"),
    0: QT_TRANSLATE_NOOP(CONTEXT, "Neutral"),
    1: QT_TRANSLATE_NOOP(CONTEXT, "Positive"),
    2: QT_TRANSLATE_NOOP(CONTEXT, "Very positive"),
}


def label(value: StrEnum) -> str:
    """The translated name of an enum value (its raw value if it has none)."""
    text = _NAMES.get(value)
    return QCoreApplication.translate(CONTEXT, text) if text else str(value)


def emotion_label(value: int) -> str:
    return f"{value:+d}  " + QCoreApplication.translate(CONTEXT, EMOTION_NAMES[value])
