"""Property test: any sequence of valid edits on a random project keeps it sound, reports what
it changed, reverts exactly in reverse and re-applies to the same result (undo/redo)."""

from __future__ import annotations

from editing_sample import cell_orders_are_compact
from helpers.strategies import projects
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from random_edits import random_edit

from cjm_desktop.editing import Change, CompositeEdit, Edit
from cjm_desktop.model import Project, find_problems


def _parts(project: Project) -> dict:
    """The dump cut into the pieces a Change speaks about."""
    journeys = {}
    for journey in project.journeys:
        dump = journey.model_dump()
        journeys[journey.id] = {
            "cards": {card["id"]: card for card in dump["cards"]},
            "curves": {c["id"]: c for lane in dump["lanes"] for c in lane["curves"]},
            "structure": (
                dump["stages"],
                [{k: v for k, v in lane.items() if k != "curves"} for lane in dump["lanes"]],
            ),
            "fields": {k: v for k, v in dump.items() if k not in ("stages", "lanes", "cards")},
        }
    return {
        "journeys": journeys,
        "order": [j.id for j in project.journeys],
        "personas": [p.model_dump() for p in project.personas],
        "actions": [a.model_dump() for a in project.actions],
        "project": project.model_dump(exclude={"personas", "journeys", "actions"}),
    }


def _assert_change_covers(before: dict, after: dict, change: Change) -> None:
    """Everything that differs is named by the Change, so a view that follows it is right."""
    assert before["order"] == after["order"] or change.journey_list
    assert before["personas"] == after["personas"] or change.personas
    assert before["actions"] == after["actions"] or change.actions
    assert before["project"] == after["project"] or change.project
    for journey_id in before["journeys"].keys() & after["journeys"].keys():
        old, new = before["journeys"][journey_id], after["journeys"][journey_id]
        if old == new:
            continue
        assert journey_id in change.journeys
        assert old["structure"] == new["structure"] or change.structure
        assert old["curves"] == new["curves"] or change.curves
        assert old["fields"] == new["fields"] or change.journey_list or change.personas
        for card_id in old["cards"].keys() | new["cards"].keys():
            if old["cards"].get(card_id) != new["cards"].get(card_id):
                assert card_id in change.cards


def _apply_checked(project: Project, edit: Edit) -> None:
    before = _parts(project)
    edit.apply(project)
    assert find_problems(project) == []
    assert cell_orders_are_compact(project)
    _assert_change_covers(before, _parts(project), edit.change())


def _push(stack: list[Edit], edit: Edit) -> None:
    """Like QUndoStack.push: a mergeable edit joins the previous one of the same gesture."""
    key = edit.merge_key()
    if stack and key is not None and stack[-1].merge_key() == key and stack[-1].merge(edit):
        return
    stack.append(edit)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects(), data=st.data())
def test_random_edits_revert_exactly_and_reapply(project: Project, data) -> None:
    original = project.model_dump()
    stack: list[Edit] = []
    for _ in range(data.draw(st.integers(1, 30), label="number of edits")):
        edit = random_edit(data, project)
        _apply_checked(project, edit)
        if data.draw(st.integers(0, 9), label="group") == 0:
            # Two gestures as one composite: undo the first two, push them again as one edit.
            second = random_edit(data, project)
            _apply_checked(project, second)
            second.revert(project)
            edit.revert(project)
            edit = CompositeEdit("Two", [edit, second])
            _apply_checked(project, edit)
        _push(stack, edit)
    final = project.model_dump()
    Project.model_validate(final)

    for edit in reversed(stack):
        edit.revert(project)
    assert project.model_dump() == original
    for edit in stack:
        edit.apply(project)
    assert project.model_dump() == final
    # Undo half way and redo again: edits are re-appliable after any revert.
    half = len(stack) // 2
    for edit in reversed(stack[half:]):
        edit.revert(project)
    for edit in stack[half:]:
        edit.apply(project)
    assert project.model_dump() == final
