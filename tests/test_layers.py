"""The pure layers never import Qt (DESIGN.md): checked on the source and on a real import."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cjm_desktop"
PURE_LAYERS = (
    "model",
    "editing",
    "storage",
    "catalog",
    "layout",
    "review",
    "drawing",
    "collab",
)
QT_FREE_EXPORTERS = ("pdf", "excel", "mermaid", "action_plan", "sheet", "safe_cell")


def _pure_files() -> list[Path]:
    files = [f for layer in PURE_LAYERS for f in (PACKAGE / layer).rglob("*.py")]
    files += [
        f
        for f in (PACKAGE / "exporters").glob("*.py")
        if any(part in f.stem for part in QT_FREE_EXPORTERS)
    ]
    files += [PACKAGE / name for name in ("cli.py", "user_message.py", "project_summary.py")]
    return files


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", _pure_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_pure_module_has_no_qt_import(path: Path) -> None:
    qt = {
        name for name in _imported_modules(path) if name.split(".")[0] in {"PySide6", "shiboken6"}
    }
    assert not qt, f"{path.name} imports {qt}"


def test_importing_the_pure_layers_loads_no_qt() -> None:
    modules = [f"cjm_desktop.{layer}" for layer in PURE_LAYERS] + ["cjm_desktop.cli"]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_picture_export_does_not_reach_into_the_editor() -> None:
    """PNG/SVG draw the map from the layout (drawing/ through qt_paint/), not the canvas scene."""
    code = (
        "import sys\n"
        "import cjm_desktop.exporters.image as image\n"
        "from cjm_desktop.qt_paint import map_painter, legend\n"
        "print(sorted(m for m in sys.modules if m.startswith('cjm_desktop.ui')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    source = (PACKAGE / "exporters" / "image.py").read_text(encoding="utf-8")
    assert "..ui" not in source
