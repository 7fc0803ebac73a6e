"""Where the program's data is: `resources/` (catalog, schema, examples, fonts, help,
translations) and `icons/`. Every reader asks here.

In the source tree both folders sit at the top of the repository, beside the package (the
design card's layout). A wheel and the standalone build carry them inside the package, as
`cjm_desktop/resources` and `cjm_desktop/icons` (pyproject.toml's package-dir mapping;
packaging/bundle_data.py for PyInstaller, whose `sys._MEIPASS/cjm_desktop` is the package).
A checkout and an editable install import the package from the source tree, so they find the
folders beside it. The answer is a real `Path`, not only a Traversable: Qt and reportlab open
fonts, icons and translations by file name.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

#: A file every complete resources folder holds: tells a real one from a stale leftover (a
#: folder that only still holds generated .qm files, say).
_MARKER = "phases.json"


@cache
def _data_root() -> Path:
    return data_root_for(Path(str(resources.files(__package__))))


def data_root_for(package: Path) -> Path:
    """The folder that holds `resources/` and `icons/` for the package folder `package`: the
    package itself when installed or frozen, else the top of the source tree around it."""
    if (package / "resources" / _MARKER).is_file():
        return package
    source_tree = package.parent
    if (source_tree / "resources" / _MARKER).is_file():
        return source_tree
    # Neither: answer the installed place, so a reader's "file not found" names where it looked.
    return package


def resources_dir() -> Path:
    return _data_root() / "resources"


def resource(*parts: str) -> Path:
    """A file or folder under resources/, e.g. resource("fonts", "NotoSans-Regular.ttf")."""
    return resources_dir().joinpath(*parts)


def icons_dir() -> Path:
    return _data_root() / "icons"
