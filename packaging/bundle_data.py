"""What the frozen build carries besides code: the top-level resources/ and icons/ folders.

Used by the PyInstaller spec (which ships these files). The bundle lays them out as a wheel
installs them, inside the package: `cjm_desktop/resources/...` and `cjm_desktop/icons/...` below
PyInstaller's top folder (`sys._MEIPASS`), which is where cjm_desktop/resource_paths.py looks
first, so the build needs no special case.
"""

from __future__ import annotations

import sys
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the checkout's package, whichever environment runs the build
    sys.path.insert(0, str(ROOT))

from cjm_desktop.resource_paths import icons_dir, resources_dir  # noqa: E402

#: The package folder inside the bundle; the data goes below it.
PACKAGE = Path("cjm_desktop")

#: Sources the application never reads: translation sources (it loads the compiled .qm),
#: caches and editor droppings.
SKIPPED = ("*.ts", "*.pyc", "*.pyo", "*~", ".*")
SKIPPED_DIRS = ("__pycache__", ".*")


def _shipped(path: Path) -> bool:
    return not any(fnmatch(path.name, pattern) for pattern in SKIPPED)


def _files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts[:-1]
        if any(fnmatch(part, pattern) for part in parts for pattern in SKIPPED_DIRS):
            continue
        if path.is_file() and _shipped(path):
            found.append(path)
    return found


def datas() -> list[tuple[str, str]]:
    """PyInstaller `datas`: (source file, destination folder inside the bundle) pairs."""
    pairs = []
    for folder in (resources_dir(), icons_dir()):
        for path in _files(folder):
            inside = PACKAGE / folder.name / path.parent.relative_to(folder)
            pairs.append((str(path), str(inside)))
    return pairs


def uncompiled_translations() -> list[Path]:
    """Translation sources without a compiled .qm beside them (the build must not ship those)."""
    folder = resources_dir() / "translations"
    return [ts for ts in sorted(folder.glob("*.ts")) if not ts.with_suffix(".qm").exists()]


def application_icon(suffix: str = ".svg") -> Path | None:
    """The application icon: the one the application shows (icons/cjm-desktop.svg, or a .ico or
    .icns made from it and put beside it), else one drawn for packaging/linux/."""
    for candidate in (
        icons_dir() / f"cjm-desktop{suffix}",
        ROOT / "packaging" / "linux" / f"nl.cjmdesktop.CjmDesktop{suffix}",
    ):
        if candidate.is_file():
            return candidate
    return None
