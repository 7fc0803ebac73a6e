"""Every XML-based output holds only characters XML 1.0 allows: the SVG picture parses as XML and
the workbook is written, whatever control characters a title carries (issue 11, item 3)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cjm_desktop.exporters.excel import export_excel
from cjm_desktop.exporters.image import render_image
from cjm_desktop.exporters.sheet_title import MAX_TITLE, sanitize_title
from cjm_desktop.exporters.xml_text import is_xml_safe, xml_text
from cjm_desktop.storage import load
from cjm_desktop.ui.starting_projects import example_path

EXAMPLE = Path(example_path()).with_name("bakkerij_nl.cjm")
# Every C0 control character, the non-characters XML forbids, and the markup XML escapes.
HOSTILE = "".join(chr(c) for c in range(32)) + "\ufffe\uffff <&>\"' Kaart"


def test_sanitiser_keeps_what_xml_allows_and_breaks_lines_for_vt_and_ff() -> None:
    assert xml_text("a\tb\nc\rd <&> é €") == "a\tb\nc\rd <&> é €"
    assert xml_text("Regel\x0bregel\x0cregel") == "Regel\nregel\nregel"
    assert xml_text("a\x00\x01\x08\x0e\x1f\ud800\ufffe\uffffb") == "ab"
    assert is_xml_safe(xml_text(HOSTILE))
    assert not is_xml_safe(HOSTILE)


def _hostile_example():
    project = load(EXAMPLE)
    journey = project.journeys[0]
    journey.title = "Kaart\x0bmet regel" + HOSTILE
    journey.stages[0].name = "Fase" + HOSTILE
    journey.stages[0].steps[0].name = "Stap" + HOSTILE
    journey.lanes[0].title = "Baan" + HOSTILE
    journey.cards[0].title = "Kaart" + HOSTILE
    project.title = "Project" + HOSTILE
    project.author = "Auteur" + HOSTILE
    project.actions[0].title = "Actie" + HOSTILE
    project.personas[0].name = "Persona" + HOSTILE
    return project, journey


@pytest.mark.usefixtures("qapp")
def test_svg_of_a_title_with_control_characters_is_well_formed() -> None:
    project, journey = _hostile_example()
    svg = render_image(project, journey.id, "svg")
    root = ET.fromstring(svg)  # raised "not well-formed (invalid token)" before the fix
    title = root.find("{http://www.w3.org/2000/svg}title")
    assert title is not None and title.text.startswith("Kaart\nmet regel")
    assert is_xml_safe(svg.decode("utf-8"))


def test_workbook_with_control_characters_in_every_title_is_well_formed(tmp_path: Path) -> None:
    project, journey = _hostile_example()
    path = tmp_path / "plan.xlsx"
    export_excel(project, path)
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                ET.fromstring(zf.read(name))
    wb = load_workbook(path)
    assert wb.properties.title.startswith("Project")
    sheet = wb.sheetnames[1]
    assert sheet == sanitize_title(journey.title, "x") and len(sheet) <= MAX_TITLE


@pytest.mark.usefixtures("qapp")
def test_every_text_with_every_control_character_exports(tmp_path: Path) -> None:
    from helpers.long_texts import fill_texts

    from cjm_desktop.exporters.mermaid import export_mermaid
    from cjm_desktop.exporters.pdf import render_pdf

    project = load(EXAMPLE)
    fill_texts(project, "Titel" + HOSTILE)
    export_excel(project, tmp_path / "plan.xlsx")
    with zipfile.ZipFile(tmp_path / "plan.xlsx") as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                ET.fromstring(zf.read(name))
    ET.fromstring(render_image(project, project.journeys[0].id, "svg"))
    assert render_pdf(project).startswith(b"%PDF")
    assert export_mermaid(project.journeys[0], project).startswith("journey")
