"""No edit can put a lone surrogate (half of a UTF-16 pair) into a project: saving, autosave and
every export would fail on it later (issue 11, item 4). Refused, and the project is unchanged."""

from __future__ import annotations

import pytest
from editing_sample import sample_project

from cjm_desktop.editing import (
    AddCard,
    EditRefused,
    SetBrandFields,
    SetEmotionNote,
    SetFields,
    SetProjectFields,
)
from cjm_desktop.model import Card
from cjm_desktop.storage import dumps

BROKEN = "P \ud800"


@pytest.mark.parametrize(
    "make_edit, where",
    [
        (lambda: SetFields("a0", {"title": BROKEN}), "title"),
        (lambda: SetFields("j1", {"title": "ok", "scenario": BROKEN}), "scenario"),
        (lambda: SetProjectFields({"title": BROKEN}), "title"),
        (lambda: SetBrandFields({"usps": ["goed", BROKEN]}), "usps[1]"),
        (lambda: SetEmotionNote("j1", "c1", "t1", BROKEN), "notes.t1"),
        (lambda: AddCard("j1", Card(lane_id="touch", step_id="t1", title=BROKEN)), "title"),
    ],
)
def test_an_edit_with_a_lone_surrogate_is_refused_and_changes_nothing(make_edit, where):
    project = sample_project()
    before = project.model_dump()
    with pytest.raises(EditRefused) as info:
        make_edit().apply(project)
    message = info.value.render()
    assert "broken character (\\ud800)" in message
    assert where in message
    message.encode("utf-8")  # the message itself can be shown
    assert project.model_dump() == before
    dumps(project).encode("utf-8")


def test_whole_characters_beyond_the_basic_plane_are_fine():
    project = sample_project()
    SetFields("a0", {"title": "Taart \U0001f382"}).apply(project)
    assert "Taart \U0001f382" in dumps(project)
