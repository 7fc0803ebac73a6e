"""Copies of the bundled English example to edit into the sides of a merge."""

from __future__ import annotations

from cjm_desktop.model import Project
from cjm_desktop.resource_paths import resources_dir
from cjm_desktop.storage import load

EXAMPLE = resources_dir() / "examples" / "bakery_en.cjm"
_loaded: Project | None = None


def example() -> Project:
    """A fresh copy of the example (loaded once: the property tests ask for it often)."""
    global _loaded
    if _loaded is None:
        _loaded = load(EXAMPLE)
    return _loaded.model_copy(deep=True)
