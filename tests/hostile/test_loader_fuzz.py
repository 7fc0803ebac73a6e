"""Fuzzing the loader with JSON near the schema: a valid project, mutated (wrong types, deleted
and extra keys, swapped values, an older format). Every outcome is a project or a UserError with a
clear message; never another exception."""

from __future__ import annotations

import json

from helpers.hostile import assert_clear_message
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.model import Project, format_path
from cjm_desktop.resource_paths import resources_dir
from cjm_desktop.storage import dumps, loads
from cjm_desktop.user_message import UserError

EXAMPLE = resources_dir() / "examples" / "bakery_en.cjm"


def _trimmed_example() -> dict:
    """The English example with two maps of a few cards each: every kind of object, small."""
    data = json.loads(dumps(loads(EXAMPLE.read_bytes())))
    for journey in data["journeys"]:
        journey["cards"] = journey["cards"][:4]
    for persona in data["personas"]:
        persona["photo"] = None
    data["actions"] = [
        {**a, "card_ids": [c for c in a["card_ids"] if c in _card_ids(data)]}
        for a in data["actions"][:3]
    ]
    return data


def _card_ids(data: dict) -> set[str]:
    return {c["id"] for j in data["journeys"] for c in j["cards"]}


BASE = _trimmed_example()

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.sampled_from(["\ud800", "step-1", "emotion", "touchpoints", "#zzzzzz", "2024-13-40"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


_SPINE = {"maps", "journeys", "lanes", "emotions", "step", "score", "type", "kind", "name"}
_SPINE |= {"curves", "points", "stages", "steps", "cards", "schema_version", "version", "title"}


def _keys(container) -> list:
    return list(container) if isinstance(container, dict) else list(range(len(container)))


def _on_spine(path: tuple, key) -> bool:
    return all(isinstance(p, int) or p in _SPINE for p in (*path, key))


def _at(data, path: tuple):
    for part in path:
        data = data[part]
    return data


def _containers(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _containers(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _containers(inner, (*path, index))


def _as_pre_version(data: dict) -> dict:
    """The same project in the draft format of before `schema_version` (migrations.py)."""
    old = {k: v for k, v in data.items() if k not in ("schema_version", "title", "journeys")}
    old["name"] = data["title"]
    old["maps"] = []
    for journey in data["journeys"]:
        lanes = []
        for lane in journey["lanes"]:
            kept = {k: v for k, v in lane.items() if k not in ("kind", "curves")}
            kept["type"] = lane["kind"]
            if lane["curves"]:
                points = lane["curves"][0]["points"]
                kept["emotions"] = [{"step": s, "score": v + 3} for s, v in points.items()]
            lanes.append(kept)
        rest = {k: v for k, v in journey.items() if k not in ("title", "lanes")}
        old["maps"].append({**rest, "name": journey["title"], "lanes": lanes})
    return old


BASE_PRE_VERSION = _as_pre_version(BASE)


class Mutated:
    """The JSON text of a mutated project; shown as the list of its mutations, not 40 kB."""

    def __init__(self, text: str, steps: list[str]) -> None:
        self.text = text
        self.steps = steps

    def __repr__(self) -> str:
        return f"Mutated({'; '.join(self.steps)})"


@st.composite
def mutated_projects(draw) -> Mutated:
    base = BASE_PRE_VERSION if draw(st.booleans()) else BASE
    steps = ["pre-version base" if base is BASE_PRE_VERSION else "current base"]
    data = json.loads(json.dumps(base))
    for _ in range(draw(st.integers(1, 4))):
        places = [(p, v) for p, v in _containers(data) if isinstance(v, dict | list) and v]
        if draw(st.booleans()):
            # What the migration and the checks walk: the fields that shape the file.
            spine = [(p, k) for p, v in places for k in _keys(v) if _on_spine(p, k)]
            if spine:
                path, key = draw(st.sampled_from(spine))
                container = _at(data, path)
            else:
                continue
        else:
            # A depth first, then a place at that depth: the few shallow places are hit as
            # often as the many deep ones.
            depth = draw(st.sampled_from(sorted({len(p) for p, _ in places})))
            path, container = draw(st.sampled_from([pv for pv in places if len(pv[0]) == depth]))
            key = draw(st.sampled_from(_keys(container)))
        action = draw(st.sampled_from(["replace", "delete", "extra", "swap"]))
        steps.append(f"{action} {format_path((*path, key))}")
        if action == "replace":
            container[key] = draw(json_values)
            steps[-1] += f" = {container[key]!r:.60}"
        elif action == "delete":
            del container[key]
        elif action == "extra" and isinstance(container, dict):
            container[draw(st.text(max_size=6))] = draw(json_values)
        elif action == "extra":
            container.insert(key, draw(json_values))
        else:
            other = draw(st.sampled_from(_keys(container)))
            container[key], container[other] = container[other], container[key]
    return Mutated(json.dumps(data, allow_nan=True), steps)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_projects())
def test_a_mutated_project_loads_or_is_refused_clearly(mutated):
    try:
        project = loads(mutated.text)
    except UserError as error:
        assert_clear_message(error.render())
    else:
        assert isinstance(project, Project)
        dumps(project).encode("utf-8")  # whatever loads can be saved


def test_both_bases_are_valid():
    assert loads(json.dumps(BASE)).journeys
    assert loads(json.dumps(BASE_PRE_VERSION)).journeys[0].lanes


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v, allow_nan=True)))
def test_anything_at_all_loads_or_is_refused_clearly(data):
    try:
        loads(data)
    except UserError as error:
        assert_clear_message(error.render())


@settings(max_examples=100, deadline=None)
@given(
    st.binary(max_size=200)
    | json_values.map(lambda v: json.dumps(v, allow_nan=True))
    | st.fixed_dictionaries(
        {},
        optional={
            "version": json_values,
            "stages": json_values,
            "actions": json_values,
            "personas": json_values,
            "page": json_values,
        },
    ).map(json.dumps)
)
def test_any_draft_loads_or_is_refused_clearly(data):
    from cjm_desktop.ui.wizard.draft import WizardDraft

    try:
        WizardDraft.from_json(data)
    except UserError as error:
        assert_clear_message(error.render())
