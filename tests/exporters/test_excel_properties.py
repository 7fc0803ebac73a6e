"""Random projects export to a workbook that opens again, and import back as "no change"."""

from __future__ import annotations

import io
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from cjm_desktop.exporters.action_plan_sheet import FIRST_ROW, by_score
from cjm_desktop.exporters.excel import workbook_bytes
from cjm_desktop.exporters.safe_cell import clean_text
from cjm_desktop.model import (
    Action,
    Card,
    EmotionCurve,
    Journey,
    Lane,
    LaneKind,
    Language,
    Persona,
    Priority,
    Project,
    Stage,
    Status,
    Step,
)

try:  # the shared strategy of the editing tests, when it is there
    from helpers.strategies import projects
except ImportError:
    projects = None

# Text that tries everything a cell can trip over: formula triggers, control characters,
# surrogates are excluded by hypothesis' text() by default, so add the XML-illegal ones we strip.
_awkward = st.sampled_from(
    ["=1+1", "+31", "-x", "@SUM(A1)", "\tx", "\rx", "a\x00b", "\ufffe", "é€‘’"]
)
TEXT = st.one_of(st.text(max_size=40), _awkward)


@st.composite
def local_projects(draw) -> Project:
    personas = [Persona(name=draw(TEXT)) for _ in range(draw(st.integers(0, 2)))]
    journeys = []
    for _ in range(draw(st.integers(0, 3))):
        stages = [
            Stage(
                name=draw(TEXT),
                steps=[Step(name=draw(TEXT)) for _ in range(draw(st.integers(0, 3)))],
            )
            for _ in range(draw(st.integers(0, 3)))
        ]
        steps = [s for stage in stages for s in stage.steps]
        kinds = draw(st.lists(st.sampled_from(list(LaneKind)), max_size=4))
        lanes = [Lane(kind=k, title=draw(TEXT)) for k in kinds]
        cards = []
        for lane in lanes:
            if lane.kind == LaneKind.EMOTION:
                points = {s.id: draw(st.integers(-2, 2)) for s in steps if draw(st.booleans())}
                lane.curves.append(EmotionCurve(points=points, label=draw(TEXT)))
            elif steps:
                for _ in range(draw(st.integers(0, 3))):
                    step = draw(st.sampled_from(steps))
                    cards.append(Card(lane_id=lane.id, step_id=step.id, title=draw(TEXT)))
        journeys.append(Journey(title=draw(TEXT), stages=stages, lanes=lanes, cards=cards))
    actions = []
    for _ in range(draw(st.integers(0, 4))):
        journey = draw(st.sampled_from(journeys)) if journeys and draw(st.booleans()) else None
        actions.append(
            Action(
                title=draw(TEXT),
                description=draw(TEXT),
                owner=draw(TEXT),
                notes=draw(TEXT),
                journey_id=journey.id if journey else None,
                stage_id=journey.stages[0].id if journey and journey.stages else None,
                priority=draw(st.sampled_from(list(Priority))),
                status=draw(st.sampled_from(list(Status))),
                impact=draw(st.integers(1, 5)),
                effort=draw(st.integers(1, 5)),
                due=draw(st.none() | st.dates(date(1990, 1, 1), date(2100, 1, 1))),
            )
        )
    return Project(
        title=draw(TEXT),
        language=draw(st.sampled_from(list(Language))),
        personas=personas,
        journeys=journeys,
        actions=actions,
    )


# The shared projects cover every model feature; the local ones the text that trips cells up.
STRATEGY = local_projects() if projects is None else st.one_of(projects(), local_projects())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STRATEGY)
def test_random_projects_export_and_read_back(project: Project) -> None:
    wb = load_workbook(io.BytesIO(workbook_bytes(project)))
    assert len(wb.sheetnames) == len(project.journeys) + 3
    assert len({name.casefold() for name in wb.sheetnames}) == len(wb.sheetnames)
    ws = wb.worksheets[0]
    # Below the title row and the header, highest score first.
    for row, action in enumerate(by_score(project.actions), start=FIRST_ROW):
        assert ws.cell(row=row, column=1).value == action.id
        title = ws.cell(row=row, column=2).value or ""
        assert title == clean_text(action.title)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STRATEGY)
def test_random_projects_import_their_own_export_as_no_change(project: Project) -> None:
    import tempfile
    from pathlib import Path

    from cjm_desktop.exporters.action_plan_import import import_action_plan

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xlsx"
        path.write_bytes(workbook_bytes(project))
        result = import_action_plan(project, path)
    assert result.changed_ids == []
    assert result.new_actions == []
    assert result.deleted_ids == []
