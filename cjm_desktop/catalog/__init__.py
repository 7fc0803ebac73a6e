"""The built-in catalog: stage templates (5A, See-Think-Do-Care, ...), the generic phases their
stages map to, the touchpoint library, and new maps and projects made from a template.

Read from resources/ once, on first use; broken data raises CatalogError naming the file.
"""

from __future__ import annotations

from ..model import Channel, Journey, Mode, Project
from .building import build_journey, build_project, language_of
from .buying_phases import Phase
from .errors import CatalogError, UnknownLanguageError, UnknownTemplateError, UnknownTouchpointError
from .loading import Catalog, load_catalog, shipped_catalog
from .stage_templates import Template, TemplateLane, TemplateStage, TemplateStep
from .texts import LANGUAGES, fold
from .touchpoint_entries import Touchpoint, select

# The model most Dutch small businesses recognise (seed 003, Team Digitaal).
DEFAULT_TEMPLATE = "five_phases"

__all__ = [
    "DEFAULT_TEMPLATE",
    "LANGUAGES",
    "Catalog",
    "CatalogError",
    "Phase",
    "Template",
    "TemplateLane",
    "TemplateStage",
    "TemplateStep",
    "Touchpoint",
    "UnknownLanguageError",
    "UnknownTemplateError",
    "UnknownTouchpointError",
    "fold",
    "load_catalog",
    "new_journey",
    "new_project",
    "phases",
    "template",
    "templates",
    "touchpoint",
    "touchpoints",
]


def templates() -> list[Template]:
    """The stage templates in the order they are offered."""
    return list(shipped_catalog().templates)


def template(template_id: str) -> Template:
    catalog = shipped_catalog()
    found = catalog.templates_by_id.get(template_id)
    if found is None:
        raise UnknownTemplateError(str(template_id), [t.id for t in catalog.templates])
    return found


def phases() -> list[Phase]:
    """The generic phases (orient, consider, buy, use, loyal) in buying order."""
    return list(shipped_catalog().phases)


def touchpoints(
    phase: str | None = None,
    channel: Channel | str | None = None,
    mode: Mode | str | None = None,
    query: str = "",
    language: object = "nl",
) -> list[Touchpoint]:
    """Library entries in library order that belong to `phase`, use `channel` and `mode`, and
    whose texts in `language` hold every word of `query` (ignoring case and accents)."""
    catalog = shipped_catalog()
    lang = language_of(language)
    names = {p.id: p.name_in(lang) for p in catalog.phases}
    return select(catalog.touchpoints, phase, channel, mode, query, lang, names)


def touchpoint(touchpoint_id: str) -> Touchpoint:
    found = shipped_catalog().touchpoints_by_id.get(touchpoint_id)
    if found is None:
        raise UnknownTouchpointError(str(touchpoint_id))
    return found


def new_journey(template_id: str, language: object = "nl") -> Journey:
    """A new, empty map with the stages, steps and lanes of a template, in `language`."""
    lang = language_of(language)
    return build_journey(template(template_id), lang, shipped_catalog().defaults)


def new_project(
    template_id: str = DEFAULT_TEMPLATE, language: object = "nl", title: str | None = None
) -> Project:
    """A new project in `language` with one map from the template; without `title`, the default
    title in that language ("Nieuw project")."""
    lang = language_of(language)
    return build_project(template(template_id), lang, shipped_catalog().defaults, title)
