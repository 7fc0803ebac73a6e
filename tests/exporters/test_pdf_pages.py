"""What lands on which page of the report: map with its title, a persona on its page, the
persona card in the map's corner, a dated and reproducible file."""

import subprocess
from datetime import UTC, datetime

import pytest
from conftest import require_program
from helpers.sample_projects import report_project

from cjm_desktop.exporters.pdf import PdfOptions, export_pdf, render_pdf
from cjm_desktop.model import CustomField
from cjm_desktop.resource_paths import resource
from cjm_desktop.storage import load

EXAMPLES = resource("examples")


def pages(path) -> list[str]:
    exe = require_program("pdftotext")
    out = subprocess.run([exe, "-layout", str(path), "-"], capture_output=True, text=True)
    out.check_returncode()
    return out.stdout.split("\f")[:-1]


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "bakkerij.pdf"
    project = load(EXAMPLES / "bakkerij_nl.cjm")
    export_pdf(project, path)
    return project, pages(path)


def test_every_map_shares_its_page_with_its_title(example):
    project, texts = example
    for journey in project.journeys:
        page = next(t for t in texts[1:] if journey.title in t)
        assert journey.stages[0].name in page
        assert journey.stages[-1].name in page
        assert journey.lanes[-1].title in page


def test_map_corner_names_the_persona(example):
    project, texts = example
    journey = project.journeys[0]
    page = next(t for t in texts[1:] if journey.title in t)
    persona = project.persona(journey.persona_id)
    assert "PERSONA" in page
    assert persona.tagline.split()[0] in page


def test_each_persona_fits_its_page(example):
    project, texts = example
    for persona in project.personas:
        [page] = [t for t in texts if t.lstrip().startswith(f"Persona: {persona.name}")]
        for field in persona.custom_fields:
            assert field.label in page


def test_a_long_persona_continues_under_a_heading(tmp_path):
    project = report_project()
    persona = project.personas[0]
    persona.custom_fields = [
        CustomField(label=f"Vraag {n}", value=f"Antwoord {n} " + "met wat uitleg " * 6)
        for n in range(60)
    ]
    path = tmp_path / "long.pdf"
    export_pdf(project, path, PdfOptions(journey_ids=[], include_actions=False))
    texts = pages(path)
    assert any("Persona: Sanne Ünal (vervolg)" in t for t in texts)
    joined = "".join(texts)
    assert all(f"Vraag {n} " in joined or f"Vraag {n}\n" in joined for n in range(60))
    # No rows on a page without a heading that names the persona.
    assert all("Persona: Sanne Ünal" in t for t in texts if "Vraag" in t)


def test_cover_dated_by_the_project_and_the_file_reproducible(tmp_path):
    project = report_project()
    project.modified = datetime(2025, 3, 14, 9, 26, tzinfo=UTC)
    path = tmp_path / "dated.pdf"
    export_pdf(project, path)
    assert "14 maart 2025" in pages(path)[0]  # the project's language writes the date
    assert render_pdf(project) == path.read_bytes()
    info = subprocess.run(
        [require_program("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "2025" in next(line for line in info.splitlines() if line.startswith("CreationDate"))
