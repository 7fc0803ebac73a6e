"""Every journey the editor exports parses with Mermaid's own parser (the npm package `mermaid`
under Node, jsdom standing in for the browser; tools/mermaid_parse). Slow: the first run installs
the two packages with npm."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, require_program

from cjm_desktop.exporters.map_import import import_map_file
from cjm_desktop.exporters.mermaid import export_mermaid
from cjm_desktop.model import Journey, Persona, Project, Stage, Step
from cjm_desktop.storage import load

TOOL = ROOT / "tools" / "mermaid_parse"
CORPUS = Path(__file__).parent / "mermaid_corpus"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mermaid_parse():
    node = require_program("node")
    npm = require_program("npm")
    if not (TOOL / "node_modules" / "mermaid").is_dir():
        done = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--silent"],
            cwd=TOOL,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(f"npm install failed: {done.stderr}")
            pytest.skip(f"npm could not install mermaid: {done.stderr[-300:]}")

    def parse(texts: list[str]) -> list[str]:
        done = subprocess.run(
            [node, "parse.mjs"],
            cwd=TOOL,
            input="\n\0\n".join(texts),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    return parse


def _exports() -> dict[str, str]:
    texts = {}
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".mmd", ".md"):
            project = import_map_file(path, "en").new_project("en")
            texts[path.name] = export_mermaid(project.journeys[0], project)
    for example in sorted((ROOT / "resources" / "examples").glob("*.cjm")):
        project = load(example)
        for journey in project.journeys:
            texts[f"{example.name}:{journey.id}"] = export_mermaid(journey, project)
    names = ["Title page", "journey map", "Section 2", "accTitle: x", "accDescr {", "a%%b", "#1; x"]
    stage = Stage(name="Section: 1 # ;", steps=[Step(name=n) for n in names])
    odd = Journey(title="t: # ; %%", scenario="line }\n%% two", stages=[stage])
    project = Project(personas=[Persona(name="A, B: c")], journeys=[odd])
    odd.persona_id = project.personas[0].id
    texts["hard names"] = export_mermaid(odd, project)
    return texts


def test_every_export_parses_with_mermaid(mermaid_parse):
    texts = _exports()
    results = mermaid_parse(list(texts.values()))
    assert len(results) == len(texts)
    failed = {name: r for name, r in zip(texts, results, strict=True) if r != "ok"}
    assert failed == {}
