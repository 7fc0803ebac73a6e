"""Mermaid journey text: export, escaping, import, and the round trip of stages, steps, scores."""

from __future__ import annotations

import re

import pytest
from excel_test_project import sample_project
from hypothesis import given, settings
from hypothesis import strategies as st
from mermaid_lexer import tokens as _tokens

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
        "      Zoekt: 4: Ans\u201a 54\n"
        "      Vergelijkt: 1: Ans\u201a 54\n"
        "    section Kopen\n"
        "      Bestelt: 3: Ans\u201a 54\n"
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


INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")


def test_names_that_start_like_keywords_stay_tasks_without_invisible_characters() -> None:
    names = ["title page", "Journey map", "Section 2", "accTitle: x", "SECTION B", "%%x"]
    stage = Stage(name="Section 1", steps=[Step(name=n) for n in names])
    journey = Journey(title="Section 1", stages=[stage])
    text = export_mermaid(journey, Project(journeys=[journey]))
    assert not INVISIBLE.search(text)
    assert "    section Section 1\n" in text  # a section name follows its keyword: written as is
    assert "    title Section 1\n" in text
    back = import_mermaid(text, "en").journey
    assert [s.name for s in back.stages] == ["Section 1"]
    assert [s.name for s in back.steps()] == names


def test_older_exports_with_a_zero_width_space_still_read() -> None:
    text = "journey\n  section \u200bSection 1\n    \u200bTitle page: 3\n"
    back = import_mermaid(text, "en").journey
    assert [s.name for s in back.stages] == ["Section 1"]
    assert [s.name for s in back.steps()] == ["Title page"]


def test_round_trip_keeps_stages_steps_and_scores() -> None:
    project = sample_project()
    original = project.journeys[0]
    original.stages[0].steps[0].name = "Zoekt: online #1; snel"
    imported = import_mermaid(export_mermaid(original, project), Language.NL, project.personas)
    back = imported.journey
    assert imported.new_personas == []  # "Ans 54" is the project's persona, matched by name
    assert back.title == original.title
    assert [s.name for s in back.stages] == [s.name for s in original.stages]
    assert [s.name for s in back.steps()] == [s.name for s in original.steps()]
    curve = back.first_curve()
    assert [curve.points[s.id] for s in back.steps()] == [1, -2, 0]
    assert curve.label == "Ans, 54"
    assert back.persona_id == project.journeys[0].persona_id
    assert [lane.kind for lane in back.lanes].count(LaneKind.EMOTION) == 1
    assert back.cards == []
    imported.edit().apply(project)  # the new map passes the integrity checks
    assert project.journeys[-1] is back


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
    imported = import_mermaid(text, "en")
    journey = imported.journey
    assert journey.title == "My working day"
    assert journey.scenario == "several lines"
    assert [s.name for s in journey.stages] == ["Stage 1", "Go to work"]
    assert [s.name for s in journey.steps()] == ["Wake up", "Make tea", "Go upstairs"]
    assert [p.name for p in imported.new_personas] == ["Me", "Cat"]
    me, cat, unnamed = journey.emotion_lanes()[0].curves
    wake, tea, upstairs = (s.id for s in journey.steps())
    assert (me.label, me.points) == ("Me", {tea: 2, upstairs: 0})
    assert (cat.label, cat.points) == ("Cat", {tea: 2})
    assert (unnamed.persona_id, unnamed.points) == (None, {wake: -1})
    assert journey.persona_id == imported.new_personas[0].id
    notes = [n.render() for n in imported.notes]
    assert "line 11: tasks before the first section get a stage" in notes
    assert "second title 'front matter' not kept: the map has one" in notes


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("", 1, "starts with the word 'journey'"),
        ("flowchart TD\n", 1, "starts with the word 'journey'"),
        ("%% c\n\n  sequenceDiagram\n", 3, "starts with the word 'journey'"),
        ("journey\n  title x\n", 1, "no sections or tasks"),
        ("journey\n  section A\n x\x00y: 3\n", 1, "binary data"),
    ],
)
def test_bad_text_names_the_line(text: str, line: int, reason: str) -> None:
    with pytest.raises(UserError) as info:
        import_mermaid(text, "en")
    message = str(info.value)
    assert f"line {line}:" in message
    assert reason in message


# The look-alikes themselves read back as the characters they stand for, so leave them out.
LOOK_ALIKES = "\ua789\uff03\uff1b\u200b\uff05\u201a\uff5d\u0430\u0410\u0435\u0415\u043e\u041e"
# Control characters are dropped on export (test_control_characters_are_not_written).
NAMES = st.text(
    st.characters(blacklist_characters=LOOK_ALIKES, blacklist_categories=("Cs", "Cc")),
    max_size=30,
)


def test_control_characters_are_not_written() -> None:
    journey = Journey(title="a\x00b", stages=[Stage(name="c\x1bd", steps=[Step(name="e\x07f")])])
    text = export_mermaid(journey, Project(journeys=[journey]))
    assert not any(ord(c) < 32 and c != "\n" for c in text)
    assert [s.name for s in import_mermaid(text, "en").journey.steps()] == ["e f"]


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
    imported = import_mermaid("\n".join(lines), "en")
    expected = [" ".join(n.split()) or f"Step {i}" for i, n in enumerate(names, 1)]
    assert [s.name for s in imported.journey.steps()] == expected
    assert [p.name for p in imported.new_personas] == [" ".join(persona.split())][
        : bool(persona.split())
    ]
    assert imported.notes == []


def test_an_actor_named_like_a_number_stays_an_actor() -> None:
    # Mermaid reads "name: score: actors" from the first colon: "0" is an actor, not a score.
    text = "journey\n  section S\n    Step 1: 3: 0\n    Push um 08:00: 5\n"
    imported = import_mermaid(text, "en")
    assert [s.name for s in imported.journey.steps()] == ["Step 1", "Push um 08:00"]
    assert [p.name for p in imported.new_personas] == ["0"]
