"""Find Qt's lupdate and lrelease as shipped inside the installed PySide6 package."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "cjm_desktop" / "resources" / "translations"
LANGUAGES = ("nl",)


def qt_tool(name: str) -> str:
    """The path of pyside6-<name> next to this interpreter, or the tool inside PySide6."""
    exe = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).parent / f"pyside6-{name}{exe}"
    if beside.exists():
        return str(beside)
    import PySide6

    inside = Path(PySide6.__file__).parent / f"{name}{exe}"
    if inside.exists():
        return str(inside)
    sys.exit(f"Qt's {name} was not found (looked at {beside} and {inside})")
