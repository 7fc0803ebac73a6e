"""Mermaid journey text: export, escaping, import, and the round trip of stages, steps, scores."""

from __future__ import annotations

import re

import pytest
from excel_test_project import sample_project
from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.exporters.mermaid import export_mermaid
from cjm_desktop.exporters.mermaid_import import import_mermaid
from cjm_desktop.model import Journey, LaneKind, Language, Persona, Project, Stage, Step
from cjm_desktop.user_message import UserError


def test_export_of_the_sample_map() -> None:
    project = sample_project()
    text = export_mermaid(project.journeys[0], project)
    assert text == (
        "journey\n"
        "    title Brood bestellen\n"
        "    section Oriënteren\n"
        "      Zoekt: 4: Ans 54\n"
        "      Vergelijkt: 1: Ans 54\n"
        "    section Kopen\n"
        "      Bestelt: 3: Ans 54\n"
    )


def test_characters_mermaid_cannot_take_are_replaced() -> None:
    stage = Stage(name="Fase: #1; nu", steps=[Step(name="Bel\nom 10:00 #tip; nu"), Step()])
    journey = Journey(title="Titel: met # en ;", stages=[stage, Stage()])
    text = export_mermaid(journey, Project(journeys=[journey]))
    lines = text.splitlines()
    assert lines[1].startswith("    title Titel: met ")
    for line in lines[1:]:
        assert "#" not in line and ";" not in line
        body = line.strip()
        if not body.startswith(("title", "section")):
            assert body.count(":") == 1  # only the separator before the score
    assert lines[3].strip().endswith(": 3")
    assert lines[4].strip() == "Stap 2: 3"
    assert lines[5].strip() == "section Fase 2"


def test_names_that_start_like_keywords_stay_tasks() -> None:
    stage = Stage(name="Section A", steps=[Step(name="title page"), Step(name="journey map")])
    journey = Journey(title="t", stages=[stage])
    back = import_mermaid(export_mermaid(journey, Project(journeys=[journey])), "en")
    assert [s.name for s in back.stages] == ["Section A"]
    assert [s.name for s in back.steps()] == ["title page", "journey map"]


def test_round_trip_keeps_stages_steps_and_scores() -> None:
    project = sample_project()
    original = project.journeys[0]
    original.stages[0].steps[0].name = "Zoekt: online #1; snel"
    back = import_mermaid(export_mermaid(original, project), Language.NL)
    assert back.title == original.title
    assert [s.name for s in back.stages] == [s.name for s in original.stages]
    assert [s.name for s in back.steps()] == [s.name for s in original.steps()]
    curve = back.first_curve()
    assert [curve.points[s.id] for s in back.steps()] == [1, -2, 0]
    assert curve.label == "Ans 54"
    assert [lane.kind for lane in back.lanes].count(LaneKind.EMOTION) == 1
    assert back.cards == []
    Project(journeys=[back])  # the new map passes the integrity checks


def test_import_of_hand_written_text() -> None:
    text = """---
title: front matter
---
%% a comment
journey
  title My working day   # a comment too
  accTitle: for screen readers
  accDescr {
    several lines
  }
  Wake up: 2
  section Go to work
    Make tea: 5: Me, Cat
    Go upstairs: 3: Me
"""
    journey = import_mermaid(text, "en")
    assert journey.title == "My working day"
    assert [s.name for s in journey.stages] == ["Stage 1", "Go to work"]
    assert [s.name for s in journey.steps()] == ["Wake up", "Make tea", "Go upstairs"]
    points = journey.first_curve().points
    assert [points[s.id] for s in journey.steps()] == [-1, 2, 0]
    assert journey.first_curve().label == "Me"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("", 1, "starts with the word 'journey'"),
        ("flowchart TD\n", 1, "starts with the word 'journey'"),
        ("journey\n  section A\n  Task: 9\n", 3, "the score 9 is not from 1 to 5"),
        ("journey\n  section A\n  Task: great\n", 3, "'great' is not a score"),
        ("journey\n\n  section A\n  just words\n", 4, "expected a title, a section"),
        ("journey\n  section A\n  : 3\n", 3, "a task needs a name"),
        ("journey\n  title x\n", 2, "no sections or tasks"),
        ("journey\n  section A; B\n", 2, "';' cannot be used"),
    ],
)
def test_bad_text_names_the_line(text: str, line: int, reason: str) -> None:
    with pytest.raises(UserError) as info:
        import_mermaid(text, "en")
    message = str(info.value)
    assert f"line {line}:" in message
    assert reason in message


# The lexer rules of Mermaid's journey grammar (user-journey/parser/journey.jison), in its order;
# jison takes the first rule that matches, case-insensitively.
_LEXER = [
    ("", re.compile(r"\s+")),  # skipped
    ("comment", re.compile(r"#[^\n]*")),
    ("comment", re.compile(r"%%[^\n]*")),
    ("journey", re.compile(r"journey", re.IGNORECASE)),
    ("title", re.compile(r"title\s[^#\n;]+", re.IGNORECASE)),
    ("section", re.compile(r"section\s[^#:\n;]+", re.IGNORECASE)),
    ("taskName", re.compile(r"[^#:\n;]+")),
    ("taskData", re.compile(r":[^#\n;]+")),
]


def _tokens(line: str) -> list[str]:
    tokens, pos = [], 0
    while pos < len(line):
        for name, rule in _LEXER:
            match = rule.match(line, pos)
            if match:
                if name:
                    tokens.append(name)
                pos = match.end()
                break
        else:
            return [*tokens, "INVALID"]
    return tokens


# The look-alikes themselves read back as the characters they stand for, so leave them out.
NAMES = st.text(st.characters(blacklist_characters="\ua789\uff03\uff1b\u200b"), max_size=30)


@settings(max_examples=50, deadline=None)
@given(st.lists(NAMES, min_size=1, max_size=4), NAMES, NAMES)
def test_every_line_lexes_as_mermaid_expects(names: list[str], stage: str, persona: str) -> None:
    journey = Journey(title=stage, stages=[Stage(name=stage, steps=[Step(name=n) for n in names])])
    project = Project(language="en", personas=[Persona(name=persona)], journeys=[journey])
    journey.persona_id = project.personas[0].id
    lines = export_mermaid(journey, project).splitlines()
    assert _tokens(lines[0]) == ["journey"]
    body = lines[1:]
    if body[0].lstrip().startswith("title "):
        assert _tokens(body.pop(0)) == ["title"]
    assert _tokens(body[0]) == ["section"]
    for line in body[1:]:
        assert _tokens(line) == ["taskName", "taskData"]
    back = import_mermaid("\n".join(lines), "en")
    expected = [" ".join(n.split()) or f"Step {i}" for i, n in enumerate(names, 1)]
    assert [s.name for s in back.steps()] == expected
