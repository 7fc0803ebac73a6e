"""The open main windows, so opening a file that is already open focuses its window instead of
loading it twice, and windows stay alive while shown."""

from __future__ import annotations

from pathlib import Path

_windows: list = []


def register(window) -> None:
    if window not in _windows:
        _windows.append(window)


def unregister(window) -> None:
    if window in _windows:
        _windows.remove(window)


def windows() -> list:
    return list(_windows)


def window_for(path: Path):
    """The open window showing `path` (compared as resolved paths), or None."""
    wanted = Path(path).resolve()
    for window in _windows:
        shown = window.document.path
        if shown is not None and Path(shown).resolve() == wanted:
            return window
    return None
