"""Real Mermaid journey diagrams from public repositories (tests/exporters/mermaid_corpus, each
with its source in its first line): every one imports, exports as text Mermaid's lexer reads as
intended, and comes back with the same title, sections, tasks, scores and actors. What the
importer adjusted is pinned per file, so a change in leniency shows up here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mermaid_lexer import tokens

from cjm_desktop.exporters.imported_map import ImportedMap
from cjm_desktop.exporters.map_import import import_map_file, import_mermaid_text
from cjm_desktop.exporters.mermaid import export_mermaid
from cjm_desktop.exporters.mermaid_markdown import choose_block
from cjm_desktop.model import Journey, Project

CORPUS = Path(__file__).parent / "mermaid_corpus"
FILES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".mmd", ".md"))
SOURCE = re.compile(r"^(%%|<!--) source: https://github\.com/[^/]+/[^/]+/blob/[0-9a-f]{40}/\S+")
INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
TASK_LINE = re.compile(r"^\s*(?!(title|section|acc\w+)\b)[^:%#\s-][^\n]*:", re.IGNORECASE)

# What the importer says it adjusted, per file; every other file imports without a note.
ADJUSTED = {
    "cloudvista_brocks_day.mmd": ["line 5: empty or repeated actor names dropped"],
    "mermaid_score_23.mmd": ["line 5: score 23 clamped to 5"],
    "mermaid_score_negative.mmd": ["line 5: score -10 clamped to 1"],
    "mermaid_score_not_a_number.mmd": ["line 8: score 'Hello' is not a number: set to 3"],
    "raps_ux_template.mmd": [
        "line 4: ':' or ';' kept in the section name",
        "line 7: ':' or ';' kept in the section name",
        "line 10: ':' or ';' kept in the section name",
    ],
    "sebastian_front_matter.mmd": ["second title 'Very simple journey demo' not kept"],
}


def test_the_corpus_is_big_enough_and_every_file_names_its_source() -> None:
    assert len(FILES) >= 20
    for path in FILES:
        assert SOURCE.match(path.read_text(encoding="utf-8").splitlines()[0]), path.name


def _view(imported: ImportedMap) -> tuple:
    """What a round trip must keep: title, sections, and every task's name, score and actors."""
    journey = imported.journey
    names = {p.id: p.name for p in imported.new_personas}
    curves = [c for lane in journey.emotion_lanes() for c in lane.curves]
    tasks = []
    for stage in journey.stages:
        for step in stage.steps:
            scores = {c.points[step.id] for c in curves if step.id in c.points}
            actors = {names[c.persona_id] for c in curves if c.persona_id and step.id in c.points}
            tasks.append((stage.name, step.name, tuple(scores), tuple(sorted(actors))))
    return journey.title, journey.scenario, [s.name for s in journey.stages], tasks


def _export(imported: ImportedMap) -> str:
    project = imported.new_project("en")
    return export_mermaid(project.journeys[0], project)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_import_export_reimport(path: Path) -> None:
    first = import_map_file(path, "en")
    notes = [note.render() for note in first.notes]
    expected = ADJUSTED.get(path.name, [])
    assert len(notes) == len(expected)
    for note, start in zip(notes, expected, strict=True):
        assert note.startswith(start)
    assert len(first.journey.steps()) == len(_task_lines(path))  # no task lost

    text = _export(first)
    assert not INVISIBLE.search(text)
    _lexes_as_mermaid_expects(text)
    second = import_mermaid_text(text, "en")
    assert second.notes == []
    assert _view(second) == _view(first)
    assert _export(second) == text


def _task_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = choose_block(text).text
    body = text.split("\n---\n", 2)[-1] if "\n---\n" in text else text  # front matter
    return [line for line in body.splitlines() if TASK_LINE.match(line)]


def _lexes_as_mermaid_expects(text: str) -> None:
    lines = iter(text.splitlines())
    assert tokens(next(lines)) == ["journey"]
    in_block = False
    for line in lines:
        body = line.strip()
        if in_block:
            in_block = body != "}"
            assert "}" not in body or body == "}"
        elif body == "accDescr {":
            in_block = True
        elif body.startswith(("title ", "section ")):
            assert tokens(line) == [body.split()[0]]
        else:
            assert tokens(line) == ["taskName", "taskData"], line


def test_front_matter_acc_title_and_description_are_kept() -> None:
    imported = import_map_file(CORPUS / "sebastian_front_matter.mmd", "en")
    assert imported.journey.title == "My working day"
    assert imported.journey.scenario == "2 main sections: work and home, each with just a few tasks"
    assert "accDescr {" in _export(imported)


def test_every_actor_becomes_a_persona_and_comes_back() -> None:
    imported = import_map_file(CORPUS / "viewer_restaurant.mmd", "en")
    assert [p.name for p in imported.new_personas] == ["Customer", "Waiter", "Kitchen", "Manager"]
    assert "      Take order: 4: Waiter\n" in _export(imported)
    journey: Journey = imported.journey
    assert journey.persona_id == imported.new_personas[0].id
    Project(personas=imported.new_personas, journeys=[journey])  # references resolve
