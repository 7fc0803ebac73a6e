"""The canonical text of a project file: indented UTF-8 JSON in model field order, newline at end.

Loading and saving a file gives the same bytes, so `.cjm` files diff and merge in git.
"""

from ..model import Project


def dumps(project: Project) -> str:
    return project.model_dump_json(indent=2) + "\n"
