"""Reading Mermaid `journey` text into a new map: sections become stages, tasks become steps, and
the task scores (1..5) become an emotion curve (score - 3). The map gets a default set of lanes so
it can be filled in at once. Bad text is refused with the line number of the first problem.
"""

from __future__ import annotations

import re

from ..model import EmotionCurve, Journey, Lane, LaneKind, Language, Stage, Step
from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage
from .mermaid import SCORE_OFFSET
from .mermaid_text import unescape

_CTX = "mermaid_import"
MAX_TEXT_CHARS = 1_000_000
DEFAULT_LANES = (
    LaneKind.TOUCHPOINTS,
    LaneKind.DOING,
    LaneKind.THINKING,
    LaneKind.FEELING,
    LaneKind.EMOTION,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
)
_UNTITLED_STAGE = {Language.NL: "Fase {n}", Language.EN: "Stage {n}"}
_KEYWORD = re.compile(r"^(title|section)(\s+(.*))?$", re.IGNORECASE)
_ACCESSIBILITY = re.compile(r"^acc(title|descr)\s*:", re.IGNORECASE)
_ACC_BLOCK = re.compile(r"^accdescr\s*\{", re.IGNORECASE)


class _Problem(Exception):
    def __init__(self, line: int, reason: str) -> None:
        self.line = line
        self.reason = reason


class _Reader:
    """Builds the journey line by line."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.title = ""
        self.stages: list[Stage] = []
        self.points: dict[str, int] = {}
        self.actor = ""

    def section(self, name: str) -> None:
        n = len(self.stages) + 1
        self.stages.append(Stage(name=name or _UNTITLED_STAGE[self.language].format(n=n)))

    def task(self, number: int, line: str) -> None:
        name, _, data = line.partition(":")
        score_text, _, actors = data.partition(":")
        if not name.strip():
            raise _Problem(number, "a task needs a name before the ':'")
        try:
            score = int(score_text.strip())
        except ValueError:
            raise _Problem(number, f"'{score_text.strip()}' is not a score from 1 to 5") from None
        if not 1 <= score <= 5:
            raise _Problem(number, f"the score {score} is not from 1 to 5")
        if not self.stages:
            self.section("")
        step = Step(name=unescape(name))
        self.stages[-1].steps.append(step)
        self.points[step.id] = score - SCORE_OFFSET
        if not self.actor:
            self.actor = unescape(actors.split(",")[0])

    def journey(self) -> Journey:
        lanes = [Lane(kind=kind) for kind in DEFAULT_LANES]
        emotion = next(lane for lane in lanes if lane.kind == LaneKind.EMOTION)
        emotion.curves.append(EmotionCurve(label=self.actor, points=self.points))
        return Journey(title=self.title, stages=self.stages, lanes=lanes)


def import_mermaid(text: str, language: Language | str) -> Journey:
    """A new journey from Mermaid `journey` text. Raises UserError naming the line at fault."""
    if len(text) > MAX_TEXT_CHARS:
        _refuse(0, f"the text is longer than {MAX_TEXT_CHARS} characters")
    try:
        return _read(text, Language(language))
    except _Problem as problem:
        _refuse(problem.line, problem.reason)
        raise AssertionError("unreachable") from None


def _statements(text: str):
    """(line number, statement) for the lines that say something; comments and front matter
    dropped."""
    lines = text.splitlines()
    in_front_matter = bool(lines) and lines[0].strip() == "---"
    in_block = False
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if in_front_matter:
            in_front_matter = number == 1 or line != "---"
            continue
        if in_block:
            in_block = "}" not in line
            continue
        if line.startswith("%%"):
            continue
        # Mermaid's lexer drops everything from "#" to the end of the line.
        line = line.split("#", 1)[0].strip()
        if not line or _ACCESSIBILITY.match(line):
            continue
        if _ACC_BLOCK.match(line):
            in_block = "}" not in line
            continue
        yield number, line


def _read(text: str, language: Language) -> Journey:
    reader = _Reader(language)
    statements = list(_statements(text))
    if not statements or statements[0][1].casefold() != "journey":
        line = statements[0][0] if statements else 1
        raise _Problem(line, "Mermaid journey text starts with the word 'journey'")
    for number, line in statements[1:]:
        if ";" in line:
            raise _Problem(number, "';' cannot be used in a journey diagram")
        keyword = _KEYWORD.match(line)
        if keyword and keyword.group(1).casefold() == "title":
            reader.title = unescape(keyword.group(3) or "")
        elif keyword:
            name = keyword.group(3) or ""
            if ":" in name:
                raise _Problem(number, "a section name cannot contain ':'")
            reader.section(unescape(name))
        elif ":" in line:
            reader.task(number, line)
        else:
            raise _Problem(number, f"expected a title, a section or 'task: score', not '{line}'")
    if not reader.stages:
        raise _Problem(statements[-1][0], "the diagram has no sections or tasks")
    return reader.journey()


def _refuse(line: int, reason: str) -> None:
    raise UserError(
        UserMessage(
            _CTX,
            QT_TRANSLATE_NOOP(_CTX, "Cannot read the Mermaid text, line {line}: {reason}"),
            line=line,
            reason=reason,
        )
    )
