"""The persona questionnaire of seed 003 ("Hulpvragen bij beschrijving doelgroep"), grouped.

Each question names the Persona field it fills, a short help text and an example answer (shown as
placeholder text). English source strings, translated in context "GuidedSetup" by the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...user_message import QT_TRANSLATE_NOOP

_CTX = "GuidedSetup"


@dataclass(frozen=True)
class Question:
    field: str
    label: str
    help: str
    example: str


@dataclass(frozen=True)
class QuestionGroup:
    title: str
    questions: tuple[Question, ...]


def _q(field: str, label: str, help: str, example: str) -> Question:
    return Question(field, label, help, example)


QUESTION_GROUPS: tuple[QuestionGroup, ...] = (
    QuestionGroup(
        QT_TRANSLATE_NOOP(_CTX, "Buying"),
        (
            _q(
                "drivers",
                QT_TRANSLATE_NOOP(_CTX, "What makes them buy?"),
                QT_TRANSLATE_NOOP(_CTX, "The reasons that lead to a (new) purchase."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. wants healthy bread for the children"),
            ),
            _q(
                "pains",
                QT_TRANSLATE_NOOP(_CTX, "What bothers them?"),
                QT_TRANSLATE_NOOP(_CTX, "Frustrations and problems around buying."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. no time to queue in the morning"),
            ),
            _q(
                "influencers",
                QT_TRANSLATE_NOOP(_CTX, "Who or what influences them?"),
                QT_TRANSLATE_NOOP(_CTX, "People and things that sway the decision."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. friends, reviews, the school playground"),
            ),
            _q(
                "barriers",
                QT_TRANSLATE_NOOP(_CTX, "What stops them from buying?"),
                QT_TRANSLATE_NOOP(_CTX, "The most common reasons not to buy."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. price, parking, opening hours"),
            ),
            _q(
                "information_sources",
                QT_TRANSLATE_NOOP(_CTX, "Where do they look for information?"),
                QT_TRANSLATE_NOOP(_CTX, "And which content they need while deciding."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. Google Maps, Instagram, neighbours"),
            ),
        ),
    ),
    QuestionGroup(
        QT_TRANSLATE_NOOP(_CTX, "Use"),
        (
            _q(
                "preferred_channels",
                QT_TRANSLATE_NOOP(_CTX, "Which channels do they use?"),
                QT_TRANSLATE_NOOP(_CTX, "To look around, to buy and to use: when, where, how."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. looks on the phone, buys in the shop on Saturday"),
            ),
            _q(
                "loyalty",
                QT_TRANSLATE_NOOP(_CTX, "How loyal are they?"),
                QT_TRANSLATE_NOOP(_CTX, "Do they come back, and how often?"),
                QT_TRANSLATE_NOOP(_CTX, "e.g. weekly, but tries new places"),
            ),
            _q(
                "media_use",
                QT_TRANSLATE_NOOP(_CTX, "Which media do they use?"),
                QT_TRANSLATE_NOOP(_CTX, "Newspapers, social media, radio, apps."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. Instagram and the local paper"),
            ),
        ),
    ),
    QuestionGroup(
        QT_TRANSLATE_NOOP(_CTX, "Who they are"),
        (
            _q(
                "age",
                QT_TRANSLATE_NOOP(_CTX, "How old are they?"),
                QT_TRANSLATE_NOOP(_CTX, "An age, or a phase of life."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. 38, two young children"),
            ),
            _q(
                "location",
                QT_TRANSLATE_NOOP(_CTX, "Where do they live?"),
                QT_TRANSLATE_NOOP(_CTX, "Town or area, perhaps a postcode."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. Utrecht, 10 minutes by bike"),
            ),
            _q(
                "household",
                QT_TRANSLATE_NOOP(_CTX, "Who do they live with?"),
                QT_TRANSLATE_NOOP(_CTX, "Alone, with a partner, with children."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. family with two children"),
            ),
            _q(
                "income",
                QT_TRANSLATE_NOOP(_CTX, "What can they spend?"),
                QT_TRANSLATE_NOOP(_CTX, "Their income or social class, roughly."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. average income"),
            ),
            _q(
                "occupation",
                QT_TRANSLATE_NOOP(_CTX, "What work do they do?"),
                QT_TRANSLATE_NOOP(
                    _CTX, "Their job; for business customers: sector, size and revenue."
                ),
                QT_TRANSLATE_NOOP(_CTX, "e.g. nurse, part-time"),
            ),
        ),
    ),
    QuestionGroup(
        QT_TRANSLATE_NOOP(_CTX, "Attitude"),
        (
            _q(
                "goals",
                QT_TRANSLATE_NOOP(_CTX, "What do they want to achieve?"),
                QT_TRANSLATE_NOOP(_CTX, "Their goals and buying motives."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. a relaxed breakfast with the family"),
            ),
            _q(
                "needs",
                QT_TRANSLATE_NOOP(_CTX, "What do they wish for?"),
                QT_TRANSLATE_NOOP(_CTX, "What would make life easier for them?"),
                QT_TRANSLATE_NOOP(_CTX, "e.g. order ahead and pick up quickly"),
            ),
            _q(
                "notes",
                QT_TRANSLATE_NOOP(_CTX, "What do they believe in?"),
                QT_TRANSLATE_NOOP(_CTX, "How they think about topics that matter here."),
                QT_TRANSLATE_NOOP(_CTX, "e.g. prefers local, organic products"),
            ),
        ),
    ),
)
