"""The migration chain: the v0 draft fixture becomes a valid v1 project; newer files refused."""

from pathlib import Path

import pytest

from cjm_desktop.model import LaneKind
from cjm_desktop.storage import dumps, load, migrations
from cjm_desktop.storage.migrations import file_version, migrate
from cjm_desktop.user_message import UserError

FIXTURES = Path(__file__).parent / "fixtures"


def test_v0_draft_is_migrated():
    project = load(FIXTURES / "v0_draft.cjm")
    assert project.schema_version == 1
    assert project.title == "Bakkerij concept"
    journey = project.journeys[0]
    assert journey.title == "Bestellen voor kantoor"
    assert [lane.kind for lane in journey.lanes] == [LaneKind.TOUCHPOINTS, LaneKind.EMOTION]
    assert journey.lanes[1].curves[0].points == {"s1": 1, "s2": -2}
    assert journey.cards[0].title == "Google"


def test_migrated_file_saves_as_current_version(tmp_path):
    text = dumps(load(FIXTURES / "v0_draft.cjm"))
    assert '"schema_version": 1' in text
    assert '"maps"' not in text


def test_chain_applies_every_step_in_order():
    calls = []

    def step(version):
        def run(data):
            calls.append(version)
            return {**data, "schema_version": version + 1, f"v{version + 1}": True}

        return run

    steps = {0: step(0), 1: step(1), 2: step(2)}
    out = migrate({"schema_version": 1}, steps=steps, current=3)
    assert calls == [1, 2]
    assert out == {"schema_version": 3, "v2": True, "v3": True}


def test_file_version():
    assert file_version({}) == 0
    assert file_version({"version": 0}) == 0
    assert file_version({"schema_version": 1}) == 1
    assert file_version({"schema_version": True}) == -1
    assert file_version({"schema_version": "1"}) == -1


def test_a_migration_step_that_fails_unforeseen_is_a_clear_message(tmp_path, monkeypatch):
    def broken_step(data):
        return data["something no file has"]  # KeyError, as an unforeseen shape would raise

    monkeypatch.setitem(migrations.STEPS, 0, broken_step)
    path = tmp_path / "old.cjm"
    path.write_text('{"name": "Oud", "maps": []}', encoding="utf-8")
    with pytest.raises(UserError) as info:
        load(path)
    assert "The project file" in info.value.render()
    assert "is damaged: its content does not have the shape of a project" in info.value.render()
    assert "old.cjm" in info.value.render()
