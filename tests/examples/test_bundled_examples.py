"""The bundled example projects: complete, valid, and exactly what tools/build_examples.py makes.

The files are generated; comparing them with a fresh build in tmp_path means an edit to the
story or to the model that changes the output fails here until the files are rebuilt.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop import storage
from cjm_desktop.model import (
    Channel,
    JourneyState,
    LaneKind,
    Project,
    decode_image,
    find_problems,
    image_format,
)
from cjm_desktop.review import compare

ROOT = Path(__file__).resolve().parents[2]
BUILDER = ROOT / "tools" / "build_examples.py"
NAMES = {"nl": "bakkerij_nl.cjm", "en": "bakery_en.cjm"}
MAX_PICTURE_BYTES = 30 * 1024


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("examples")
    subprocess.run(
        [sys.executable, str(BUILDER), "--out", str(out)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return out


@pytest.fixture(params=sorted(NAMES))
def language(request) -> str:
    return request.param


@pytest.fixture
def shipped(language, request) -> Path:
    return request.getfixturevalue(f"example_{language}_path")


@pytest.fixture
def project(shipped) -> Project:
    return storage.load(shipped)


def test_the_shipped_files_are_exactly_a_fresh_build(language, shipped, fresh_build):
    assert shipped.name == NAMES[language]
    assert shipped.read_bytes() == (fresh_build / shipped.name).read_bytes(), (
        "the example is stale: run .venv/bin/python tools/build_examples.py"
    )


def test_the_app_opens_the_files_the_builder_writes(language, shipped):
    from cjm_desktop.ui.starting_projects import example_path

    assert example_path(language) == shipped


def test_loads_clean_in_its_language(project, language):
    assert project.language.value == language
    assert find_problems(project) == []
    assert (
        storage.dumps(project).encode()
        == storage.dumps(storage.loads(storage.dumps(project))).encode()
    )


def test_cli_validates_both(fresh_build):
    files = [str(fresh_build / name) for name in NAMES.values()]
    result = subprocess.run(
        [sys.executable, "-m", "cjm_desktop.cli", "validate", *files],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(": ok") == 2


def test_brand_and_personas(project):
    brand = project.brand
    assert brand.name and brand.product and brand.description and brand.promise
    assert len(brand.usps) >= 3
    assert len(project.personas) == 2
    with_photo = [p for p in project.personas if p.photo]
    assert len(with_photo) == 1
    photo = decode_image(with_photo[0].photo)
    assert image_format(photo) == "png"
    assert len(photo) < MAX_PICTURE_BYTES
    for persona in project.personas:
        assert persona.name and persona.quote and persona.goals and persona.pains
        assert persona.custom_fields


def test_an_as_is_and_a_to_be_map_linked_as_counterparts(project):
    as_is, to_be = project.journeys
    assert as_is.state == JourneyState.CURRENT and as_is.counterpart_id is None
    assert to_be.state == JourneyState.FUTURE and to_be.counterpart_id == as_is.id
    assert as_is.persona_id == to_be.persona_id == project.personas[0].id
    assert len(as_is.stages) == len(to_be.stages) == 5
    assert len(as_is.steps()) == len(to_be.steps()) == 10


def test_every_lane_kind_in_each_map_and_used(project):
    for journey in project.journeys:
        kinds = [lane.kind for lane in journey.lanes]
        assert sorted(kinds) == sorted(LaneKind)
        used = {journey.lane(card.lane_id).kind for card in journey.cards}
        assert used == set(LaneKind) - {LaneKind.EMOTION}


def test_the_to_be_curve_is_better_than_the_as_is_curve(project):
    to_be = project.journeys[1]
    for journey in project.journeys:
        curve = journey.first_curve()
        assert curve is not None and curve.persona_id == journey.persona_id
        assert set(curve.points) == {step.id for step in journey.steps()}
    result = compare(project, to_be.id)
    pairs = [(s.as_is_value, s.to_be_value) for s in result.steps()]
    assert len(pairs) == 10
    assert all(new >= old for old, new in pairs)
    assert sum(new for _, new in pairs) - sum(old for old, _ in pairs) >= 8


def test_touchpoints_moments_of_truth_and_drop_offs(project):
    for journey in project.journeys:
        lanes = {lane.id: lane.kind for lane in journey.lanes}
        touchpoints = [c for c in journey.cards if lanes[c.lane_id] == LaneKind.TOUCHPOINTS]
        assert all(c.channel is not None and c.mode is not None for c in touchpoints)
        assert all(c.sentiment is not None for c in touchpoints)
        assert any(c.moment_of_truth for c in touchpoints)
        assert any(c.drop_off for c in touchpoints)
        stages_touched = {journey.stage_of_step(c.step_id).id for c in touchpoints}
        assert stages_touched == {s.id for s in journey.stages}
    assert len({c.channel for j in project.journeys for c in j.cards if c.channel}) >= 8
    assert Channel.PHONE in {c.channel for c in project.journeys[0].cards}


def test_metrics_fill_in_seed_004s_table_for_every_stage(project):
    for journey in project.journeys:
        lanes = {lane.id: lane.kind for lane in journey.lanes}
        metrics = [c for c in journey.cards if lanes[c.lane_id] == LaneKind.METRICS]
        assert len(metrics) >= 5
        assert all(c.metric and c.how_measured and c.target and c.actual for c in metrics)
    as_is = project.journeys[0]
    lanes = {lane.id: lane.kind for lane in as_is.lanes}
    measured = {
        as_is.stage_of_step(c.step_id).id
        for c in as_is.cards
        if lanes[c.lane_id] == LaneKind.METRICS
    }
    assert measured == {s.id for s in as_is.stages}


def test_storyboard_cards_carry_small_pictures(project):
    for journey in project.journeys:
        lanes = {lane.id: lane.kind for lane in journey.lanes}
        board = [c for c in journey.cards if lanes[c.lane_id] == LaneKind.IMAGES]
        assert board and all(c.image for c in board)
        for card in board:
            data = decode_image(card.image)
            assert image_format(data) == "png" and len(data) < MAX_PICTURE_BYTES


def test_action_plan(project):
    actions = project.actions
    assert len(actions) >= 10
    for action in actions:
        assert action.title and action.description and action.owner
        assert action.kpi and action.target
        assert action.start is not None and action.due is not None
        assert action.start <= action.due
        journey = project.journey(action.journey_id)
        assert journey is not None and journey.stage(action.stage_id) is not None
    assert {a.priority for a in actions} == {"high", "medium", "low"}
    assert len({a.status for a in actions}) >= 4
    assert len({(a.impact, a.effort) for a in actions}) >= 6
    assert len(set(a.owner for a in actions)) >= 4


def test_every_as_is_pain_point_has_an_action(project):
    as_is = project.journeys[0]
    pains = {c.id for c in as_is.cards if as_is.lane(c.lane_id).kind == LaneKind.PAIN_POINTS}
    addressed = {card_id for action in project.actions for card_id in action.card_ids}
    assert len(pains) >= 5
    assert pains <= addressed


def test_both_languages_tell_the_same_story(fresh_build):
    nl, en = (storage.load(fresh_build / NAMES[lang]) for lang in ("nl", "en"))

    def shape(project: Project):
        return (
            [p.id for p in project.personas],
            [(j.id, [c.id for c in j.cards], [s.id for s in j.steps()]) for j in project.journeys],
            [(a.id, a.card_ids, a.start, a.due, a.priority) for a in project.actions],
        )

    assert shape(nl) == shape(en)
    assert nl.brand.name == en.brand.name
    assert nl.brand.product != en.brand.product
    assert nl.journeys[0].title != en.journeys[0].title


def test_files_stay_modest(shipped):
    assert shipped.stat().st_size < 250 * 1024


def test_every_character_prints_in_the_pdf_font(shipped):
    # The PDF embeds the bundled Noto Sans and, for what it lacks (★ ≥ ≤), the bundled symbol
    # font; a character neither has prints as '□'. Qt's font fallback hides that on screen.
    from reportlab.pdfbase.ttfonts import TTFontFile

    from cjm_desktop.exporters.pdf_fonts import symbol_font_path
    from cjm_desktop.layout.text_metrics import font_path

    text = shipped.read_text(encoding="utf-8")
    symbols = TTFontFile(str(symbol_font_path())).charToGlyph
    for face in (font_path(), font_path(bold=True), font_path(italic=True)):
        glyphs = TTFontFile(str(face)).charToGlyph
        missing = {c for c in text if ord(c) not in glyphs and ord(c) not in symbols}
        assert sorted(missing - {"\n"}) == []


def test_the_story_uses_the_symbols_the_pdf_now_prints(shipped):
    text = shipped.read_text(encoding="utf-8")
    assert "4,7 ★" in text or "4.7 ★" in text
    assert "≥" in text and "≤" in text
