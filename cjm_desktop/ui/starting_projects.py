"""The project a window starts with when no file is given: the bundled example, or a new project
from the catalog, or an empty project when neither is available."""

from __future__ import annotations

from pathlib import Path

from ..model import Project
from ..resource_paths import resource
from ..user_message import UserError
from . import project_files

EXAMPLES = resource("examples")


def example_path(language: str = "nl") -> Path:
    """The bundled example in `language` (the Dutch bakery, or its English twin)."""
    return EXAMPLES / ("bakkerij_nl.cjm" if language == "nl" else "bakery_en.cjm")


def starting_project(language: str) -> Project:
    path = example_path(language)
    if path.exists():
        try:
            return project_files.load(path)
        except UserError:
            pass
    try:
        from .. import catalog

        return catalog.new_project(language=language)
    except (ImportError, AttributeError, TypeError, LookupError):
        return Project(language=language)
