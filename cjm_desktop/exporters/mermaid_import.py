"""Reading Mermaid `journey` text into a new map, leniently.

Sections become stages, tasks become steps, actors become personas (an existing persona of the
same name is reused) and the task scores become emotion curves: one curve a persona, holding the
score of every task that persona takes part in, plus an unnamed curve for tasks without actors.
The title comes from `title`, else from the front matter's `title:`, else from `accTitle`;
`accDescr` becomes the map's scenario.

Scores: Mermaid's 1..5 is the emotion scale -2..+2 plus 3, exactly both ways (1 = -2 very
negative, 3 = 0 neutral, 5 = +2 very positive). Real diagrams also use 0, 6..9, decimals or words
where Mermaid draws something anyway, so they are read as well as they can be and every such
adjustment is reported with its line ("score 7 clamped to 5"). Only text that is no journey
diagram at all is refused, with the line at fault.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import EmotionCurve, Journey, Lane, LaneKind, Language, Persona, Stage, Step
from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage
from .imported_map import ImportedMap, ImportNote, name_key, personas_by_name
from .mermaid import SCORE_OFFSET
from .mermaid_text import unescape, unescape_task

_CTX = "mermaid_import"
MAX_TEXT_CHARS = 1_000_000
MIN_SCORE, MAX_SCORE, NEUTRAL_SCORE = 1, 5, 3
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
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
_ACC_LINE = re.compile(r"^acc(title|descr)\s*:(.*)$", re.IGNORECASE)
_ACC_BLOCK = re.compile(r"^accdescr\s*\{(.*)$", re.IGNORECASE)
_KEYWORD = re.compile(r"^(title|section)(\s+(.*))?$", re.IGNORECASE)
_FRONT_TITLE = re.compile(r"^(\s*)title\s*:\s*(.*?)\s*$")


def note(line: int, template: str, **params) -> ImportNote:
    return ImportNote(line, UserMessage(_CTX, template, **params))


class _Problem(Exception):
    def __init__(self, line: int, reason: UserMessage) -> None:
        self.line = line
        self.reason = reason


@dataclass
class _Task:
    line: int
    step: Step
    score: int
    actors: list[str]


@dataclass
class _Diagram:
    """What the text says, before it becomes a map."""

    title: str = ""
    front_title: str = ""
    acc_title: str = ""
    description: list[str] = field(default_factory=list)
    stages: list[Stage] = field(default_factory=list)
    tasks: list[_Task] = field(default_factory=list)
    notes: list[ImportNote] = field(default_factory=list)


def import_mermaid(
    text: str,
    language: Language | str,
    personas: Sequence[Persona] = (),
    *,
    first_line: int = 1,
) -> ImportedMap:
    """A new map from Mermaid `journey` text; `personas` are the project's, reused by name.
    `first_line` is the number of the text's first line in its file (for Markdown blocks).
    Raises UserError naming the line at fault when the text is no journey diagram."""
    if len(text) > MAX_TEXT_CHARS:
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(_CTX, "The Mermaid text is longer than {limit} characters."),
                limit=MAX_TEXT_CHARS,
            )
        )
    try:
        diagram = _read(text, first_line)
    except _Problem as problem:
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(_CTX, "Cannot read the Mermaid text, line {line}: {reason}"),
                line=problem.line,
                reason=problem.reason,
            )
        ) from None
    return _to_map(diagram, Language(language), personas)


def is_journey_text(text: str) -> bool:
    """Whether `text` is Mermaid journey text (its first statement is `journey`)."""
    for _number, line in _statements(text.splitlines(), 1, _Diagram()):
        return line.casefold() == "journey"
    return False


# -- reading ----------------------------------------------------------------------------------
def _statements(lines: list[str], first_line: int, diagram: _Diagram):
    """(line number, statement) for the lines that say something. Comments, `%%{init}%%`
    directives and front matter are dropped; the front matter's title is kept."""
    in_front_matter = False
    seen_statement = False
    front_indent: int | None = None
    for index, raw in enumerate(lines):
        number = first_line + index
        line = raw.strip().lstrip("\ufeff")
        if in_front_matter:
            if line == "---":
                in_front_matter = False
                continue
            match = _FRONT_TITLE.match(raw)
            indent = len(raw) - len(raw.lstrip())
            front_indent = indent if front_indent is None and line else front_indent
            if match and indent == front_indent:
                diagram.front_title = _yaml_scalar(match.group(2))
            continue
        if not line or line.startswith("%%"):
            continue
        if line == "---" and not seen_statement:
            in_front_matter = True
            continue
        seen_statement = True
        yield number, line


def _yaml_scalar(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _read(text: str, first_line: int) -> _Diagram:
    if "\x00" in text:
        raise _Problem(
            first_line,
            _why(QT_TRANSLATE_NOOP(_CTX, "the text holds binary data, not Mermaid text")),
        )
    diagram = _Diagram()
    statements = iter(_statements(text.splitlines(), first_line, diagram))
    header = next(statements, None)
    if header is None or header[1].split()[0].casefold() != "journey":
        line = header[0] if header else first_line
        raise _Problem(
            line,
            _why(QT_TRANSLATE_NOOP(_CTX, "Mermaid journey text starts with the word 'journey'")),
        )
    if header[1].casefold() != "journey":
        diagram.notes.append(
            note(header[0], QT_TRANSLATE_NOOP(_CTX, "text after 'journey' ignored"))
        )
    in_block = False
    for number, line in statements:
        if in_block:
            body, closed, _ = line.partition("}")
            if body.strip():
                diagram.description.append(unescape(body))
            in_block = not closed
            continue
        in_block = _statement(diagram, number, line)
    if not diagram.stages:
        raise _Problem(
            first_line, _why(QT_TRANSLATE_NOOP(_CTX, "the diagram has no sections or tasks"))
        )
    return diagram


def _why(text: str) -> UserMessage:
    return UserMessage(_CTX, text)


def _statement(diagram: _Diagram, number: int, line: str) -> bool:
    """Reads one statement; True when it opens an `accDescr { … }` block."""
    block = _ACC_BLOCK.match(line)
    if block:
        body, closed, _ = block.group(1).partition("}")
        if body.strip():
            diagram.description.append(unescape(body))
        return not closed
    acc = _ACC_LINE.match(line)
    if acc:
        value = unescape(acc.group(2))
        if acc.group(1).casefold() == "title":
            diagram.acc_title = value
        elif value:
            diagram.description.append(value)
        return False
    line = _drop_comment(diagram, number, line)
    if not line:
        return False
    keyword = _KEYWORD.match(line)
    if keyword and keyword.group(1).casefold() == "title":
        diagram.title = unescape(keyword.group(3) or "")
    elif keyword:
        _section(diagram, number, keyword.group(3) or "")
    else:
        _task(diagram, number, line)
    return False


def _drop_comment(diagram: _Diagram, number: int, line: str) -> str:
    """Mermaid drops everything from "#" on. When what follows "#" holds the task's score and
    what precedes it does not, the "#" was meant as text ("Step #2: 3"), so it is kept."""
    head, hash_, tail = line.partition("#")
    if not hash_:
        return line
    if head.strip() and ":" not in head and ":" in tail:
        diagram.notes.append(
            note(number, QT_TRANSLATE_NOOP(_CTX, "'#' kept as text (Mermaid reads a comment)"))
        )
        return line
    return head.strip()


def _section(diagram: _Diagram, number: int, name: str) -> None:
    if ":" in name or ";" in name:
        diagram.notes.append(
            note(
                number,
                QT_TRANSLATE_NOOP(
                    _CTX, "':' or ';' kept in the section name (Mermaid would cut it there)"
                ),
            )
        )
    diagram.stages.append(Stage(name=unescape(name)))


def _task(diagram: _Diagram, number: int, line: str) -> None:
    if ";" in line:
        diagram.notes.append(note(number, QT_TRANSLATE_NOOP(_CTX, "';' kept as text")))
    name, score_text, actors_text = _split_task(line)
    if ":" in name:
        diagram.notes.append(
            note(number, QT_TRANSLATE_NOOP(_CTX, "':' kept in the task name '{name}'"), name=name)
        )
    if not name.strip():
        name = ""
        diagram.notes.append(note(number, QT_TRANSLATE_NOOP(_CTX, "task without a name")))
    if not diagram.stages:
        diagram.notes.append(
            note(number, QT_TRANSLATE_NOOP(_CTX, "tasks before the first section get a stage"))
        )
        diagram.stages.append(Stage())
    score = _score(diagram, number, score_text)
    step = Step(name=unescape_task(name))
    diagram.stages[-1].steps.append(step)
    diagram.tasks.append(_Task(number, step, score, _actors(diagram, number, actors_text)))


def _split_task(line: str) -> tuple[str, str | None, str]:
    """(name, score text or None, actors text). Mermaid splits at every ":", so a name with a
    colon ("Push um 08:00: 5: Me") is found by looking for the score from the right."""
    parts = line.split(":")
    if len(parts) == 1:
        return line, None, ""
    if len(parts) == 2:
        return parts[0], parts[1], ""
    # Score then actors, as Mermaid reads it ("Step 1: 3: 0" is actor "0"), unless that score
    # is the minutes of a time in the name ("08:00: 5").
    if _NUMBER.match(parts[-2].strip()) and not _minutes(parts[-3], parts[-2]):
        return ":".join(parts[:-2]), parts[-2], parts[-1]
    if _NUMBER.match(parts[-1].strip()):
        return ":".join(parts[:-1]), parts[-1], ""
    return parts[0], parts[1], ":".join(parts[2:])


def _minutes(before: str, text: str) -> bool:
    """Whether `text` after a ':' is the minutes of a clock time ("08:00"), not a score."""
    return before[-1:].isdigit() and len(text) == 2 and text.isdigit()


def _score(diagram: _Diagram, number: int, text: str | None) -> int:
    if text is None or not text.strip():
        diagram.notes.append(
            note(number, QT_TRANSLATE_NOOP(_CTX, "task without a score: set to 3 (neutral)"))
        )
        return NEUTRAL_SCORE
    text = text.strip()
    if not _NUMBER.match(text):
        diagram.notes.append(
            note(
                number,
                QT_TRANSLATE_NOOP(_CTX, "score '{text}' is not a number: set to 3 (neutral)"),
                text=text,
            )
        )
        return NEUTRAL_SCORE
    value = float(text)
    score = int(value + 0.5) if value >= 0 else -int(-value + 0.5)
    if score != value:
        diagram.notes.append(
            note(
                number,
                QT_TRANSLATE_NOOP(_CTX, "score {text} rounded to {score}"),
                text=text,
                score=score,
            )
        )
    clamped = min(MAX_SCORE, max(MIN_SCORE, score))
    if clamped != score:
        diagram.notes.append(
            note(
                number,
                QT_TRANSLATE_NOOP(_CTX, "score {score} clamped to {clamped}"),
                score=score,
                clamped=clamped,
            )
        )
    return clamped


def _actors(diagram: _Diagram, number: int, text: str) -> list[str]:
    names = [unescape(part) for part in text.split(",")]
    actors: list[str] = []
    for name in names:
        if name and name not in actors:
            actors.append(name)
    if len(actors) != len(names) and text.strip():
        diagram.notes.append(
            note(number, QT_TRANSLATE_NOOP(_CTX, "empty or repeated actor names dropped"))
        )
    return actors


# -- building the map -------------------------------------------------------------------------
def _to_map(diagram: _Diagram, language: Language, existing: Sequence[Persona]) -> ImportedMap:
    for n, stage in enumerate(diagram.stages, start=1):
        if not stage.name:
            stage.name = _UNTITLED_STAGE[language].format(n=n)
    journey = Journey(title=_title(diagram), scenario="\n".join(diagram.description))
    journey.stages = diagram.stages
    journey.lanes = [Lane(kind=kind) for kind in DEFAULT_LANES]
    emotion = next(lane for lane in journey.lanes if lane.kind == LaneKind.EMOTION)
    known = personas_by_name(list(existing))
    new_personas: list[Persona] = []
    curves: dict[str, EmotionCurve] = {}
    unnamed = EmotionCurve()
    for task in diagram.tasks:
        value = task.score - SCORE_OFFSET
        if not task.actors:
            unnamed.points[task.step.id] = value
        for actor in task.actors:
            key = name_key(actor)
            if key not in curves:
                persona = known.get(key)
                if persona is None:
                    persona = Persona(name=actor)
                    known[key] = persona
                    new_personas.append(persona)
                curves[key] = EmotionCurve(persona_id=persona.id, label=actor)
            curves[key].points[task.step.id] = value
    emotion.curves = list(curves.values())
    if unnamed.points or not emotion.curves:
        emotion.curves.append(unnamed)
    for curve in emotion.curves:
        curve.points = dict(curve.points)  # the validator sorts the keys
    if curves:
        journey.persona_id = next(iter(curves.values())).persona_id
    journey = Journey.model_validate(journey.model_dump())
    return ImportedMap(journey, new_personas, diagram.notes)


def _title(diagram: _Diagram) -> str:
    title = diagram.title or diagram.front_title or diagram.acc_title
    for other in (diagram.front_title, diagram.acc_title):
        if other and other != title:
            diagram.notes.append(
                note(
                    0,
                    QT_TRANSLATE_NOOP(_CTX, "second title '{other}' not kept: the map has one"),
                    other=other,
                )
            )
    return title
