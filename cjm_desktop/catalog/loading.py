"""Reading the catalog from resources/: phases.json, templates/ (index.json gives the order and
the shared lane defaults, one <id>.json a template) and touchpoints.json.

Everything is validated when loaded, so a broken resource fails at the first use (and in the
tests) with the file and the field named, never halfway through building a project.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources.abc import Traversable
from typing import Any

from pydantic import BaseModel, ValidationError

from ..resource_paths import resources_dir
from .buying_phases import Phase
from .errors import CatalogError
from .stage_templates import DEFAULTS, Template, TemplateDefaults
from .touchpoint_entries import Touchpoint

INDEX = "index.json"


@dataclass(frozen=True)
class Catalog:
    defaults: TemplateDefaults
    phases: tuple[Phase, ...]
    templates: tuple[Template, ...]
    touchpoints: tuple[Touchpoint, ...]
    templates_by_id: dict[str, Template] = field(init=False, repr=False)
    touchpoints_by_id: dict[str, Touchpoint] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "templates_by_id", {t.id: t for t in self.templates})
        object.__setattr__(self, "touchpoints_by_id", {t.id: t for t in self.touchpoints})


def resource_root() -> Traversable:
    return resources_dir()


@cache
def shipped_catalog() -> Catalog:
    """The catalog shipped with the program, read once."""
    return load_catalog(resource_root())


def load_catalog(root: Traversable) -> Catalog:
    """Read and check the catalog under `root` (a resources folder); raises CatalogError."""
    phases = tuple(_records(Phase, _read(root, "phases.json"), "phases", "phases.json"))
    _unique((p.id for p in phases), "phase", "phases.json")
    defaults, templates = _templates(root)
    touchpoints = tuple(
        _records(Touchpoint, _read(root, "touchpoints.json"), "touchpoints", "touchpoints.json")
    )
    _unique((t.id for t in touchpoints), "touchpoint", "touchpoints.json")
    known = {p.id for p in phases}
    for template in templates:
        for number, stage in enumerate(template.stages, 1):
            if stage.phase is not None and stage.phase not in known:
                raise CatalogError(
                    f"templates/{template.id}.json: stage {number} has unknown phase "
                    f"'{stage.phase}' (known: {', '.join(sorted(known))})"
                )
    for entry in touchpoints:
        unknown = [p for p in entry.phases if p not in known]
        if unknown:
            raise CatalogError(
                f"touchpoints.json: '{entry.id}' has unknown phase(s) {', '.join(unknown)}"
            )
    return Catalog(defaults, phases, templates, touchpoints)


def _templates(root: Traversable) -> tuple[TemplateDefaults, tuple[Template, ...]]:
    defaults = _validate(TemplateDefaults, _read(root, f"templates/{INDEX}"), f"templates/{INDEX}")
    _unique(defaults.order, "template", f"templates/{INDEX}")
    files = {
        entry.name.removesuffix(".json")
        for entry in (root / "templates").iterdir()
        if entry.name.endswith(".json") and entry.name != INDEX
    }
    unlisted = sorted(files - set(defaults.order))
    if unlisted:
        raise CatalogError(f"templates/{INDEX} does not list {', '.join(unlisted)}")
    templates = []
    for template_id in defaults.order:
        name = f"templates/{template_id}.json"
        if template_id not in files:
            raise CatalogError(f"{name} is listed in templates/{INDEX} but missing")
        template = _validate(Template, _read(root, name), name, {DEFAULTS: defaults})
        if template.id != template_id:
            raise CatalogError(f"{name} holds template '{template.id}'; ids must match names")
        templates.append(template)
    return defaults, tuple(templates)


def _read(root: Traversable, name: str) -> Any:
    """The JSON of the file `name` (a path relative to `root`, named so in errors)."""
    try:
        path = root
        for part in name.split("/"):
            path = path / part
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"cannot read catalog file {name}: {exc}") from exc


def _validate(kind: type[BaseModel], data: Any, name: str, context: dict | None = None):
    try:
        return kind.model_validate(data, context=context)
    except ValidationError as exc:
        raise CatalogError(f"{name} is invalid:\n{exc}") from exc


def _records(kind: type[BaseModel], data: Any, key: str, name: str) -> list:
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise CatalogError(f"{name} must hold an object with a list '{key}'")
    return [_validate(kind, item, f"{name} {key}[{i}]") for i, item in enumerate(data[key])]


def _unique(ids: Iterable[str], what: str, name: str) -> None:
    seen: set[str] = set()
    for object_id in ids:
        if object_id in seen:
            raise CatalogError(f"{name}: {what} id '{object_id}' is used twice")
        seen.add(object_id)
