"""Random projects with random Unicode text export to a PDF that poppler can read."""

from __future__ import annotations

import subprocess

from conftest import require_program
from helpers.strategies import projects
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.exporters.pdf import PdfOptions, render_pdf
from cjm_desktop.model import CustomField, Project

# Beyond the strategy's text: symbols the fallback font draws, characters no font has,
# invisible joiners, markup look-alikes and long unbroken words.
_AWKWARD = st.sampled_from(
    ["≥ 4,7 ★", "😀👍🏽", "中文 عربى", "❤\ufe0f", "<b>&amp;</b>", "a\u200db", "x" * 300, "\n\n"]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects(), extra=st.lists(_AWKWARD, max_size=4), tile=st.booleans())
def test_random_projects_render(project: Project, extra: list[str], tile: bool) -> None:
    for persona in project.personas:
        persona.custom_fields = [CustomField(label=t[:20], value=t) for t in extra]
    for journey in project.journeys:
        for card, text in zip(journey.cards, extra, strict=False):
            card.title = text
    data = render_pdf(project, PdfOptions(fit="tile" if tile else "fit"))
    assert data.startswith(b"%PDF")
    exe = require_program("pdftotext")
    subprocess.run([exe, "-", "-"], input=data, capture_output=True, check=True)
