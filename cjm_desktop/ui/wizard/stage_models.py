"""What the wizard needs from the catalog, in the project's language: stage models and the
touchpoint library. The one place that knows the catalog's shapes."""

from __future__ import annotations

from dataclasses import dataclass

from ... import catalog


@dataclass(frozen=True)
class StageModel:
    """A built-in template as the wizard shows it: a name, one line of explanation, its stages
    as (name, phase) pairs."""

    id: str
    name: str
    explanation: str
    stages: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True)
class LibraryTouchpoint:
    id: str
    title: str
    channel: str | None
    mode: str | None


def _text(value, language: str) -> str:
    if isinstance(value, dict):
        return value.get(language) or value.get("en") or next(iter(value.values()), "")
    return str(value or "")


def stage_models(language: str) -> list[StageModel]:
    templates = getattr(catalog, "templates", None)
    if templates is None:
        return []
    models = []
    for t in templates():
        stages = tuple(
            (_text(getattr(s, "name", ""), language), getattr(s, "phase", None)) for s in t.stages
        )
        models.append(
            StageModel(
                id=t.id,
                name=_text(getattr(t, "name", t.id), language),
                explanation=_text(getattr(t, "description", ""), language),
                stages=stages,
            )
        )
    return models


def library_touchpoints(language: str, phase: str | None) -> list[LibraryTouchpoint]:
    find = getattr(catalog, "touchpoints", None)
    if find is None:
        return []
    return [
        LibraryTouchpoint(
            id=t.id,
            title=_text(getattr(t, "name", None) or getattr(t, "title", ""), language),
            channel=str(t.channel.value if hasattr(t.channel, "value") else t.channel),
            mode=str(t.mode.value if hasattr(t.mode, "value") else t.mode),
        )
        for t in find(phase=phase, language=language)
    ]
