"""What the frozen build carries besides code: the package's resources and the icons.

Shared by the PyInstaller spec (which ships these files) and tests/packaging (which checks that
nothing the application loads at run time is left out). The bundle mirrors the source tree below
PyInstaller's top folder (`sys._MEIPASS`): `cjm_desktop/resources/...` and `icons/...`, so code
that finds a resource relative to its own module (`Path(__file__).parent...`, or
`importlib.resources.files("cjm_desktop")`) finds it in the build too, without a special case.
"""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = Path("cjm_desktop") / "resources"
#: The icons folder at the top of the repository (SVG icons); shipped when it exists.
ICONS = Path("icons")

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


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller `datas`: (source file, destination folder inside the bundle) pairs."""
    pairs = []
    for top in (RESOURCES, ICONS):
        folder = root / top
        if not folder.is_dir():
            continue
        for path in _files(folder):
            pairs.append((str(path), str(path.parent.relative_to(root))))
    return pairs


def uncompiled_translations(root: Path = ROOT) -> list[Path]:
    """Translation sources without a compiled .qm beside them (the build must not ship those)."""
    folder = root / RESOURCES / "translations"
    if not folder.is_dir():
        return []
    return [ts for ts in sorted(folder.glob("*.ts")) if not ts.with_suffix(".qm").exists()]


def application_icon(root: Path = ROOT, suffix: str = ".svg") -> Path | None:
    """The application icon: from icons/ when an icon designer put one there, else the one the
    application shows (resources/icons), else one drawn for packaging/linux/."""
    for candidate in (
        root / ICONS / f"cjm-desktop{suffix}",
        root / ICONS / f"app{suffix}",
        root / RESOURCES / "icons" / f"cjm-desktop{suffix}",
        root / "packaging" / "linux" / f"nl.cjmdesktop.CjmDesktop{suffix}",
    ):
        if candidate.is_file():
            return candidate
    return None
