"""The canvas's keys for the shortcut table: they are handled by the canvas itself, not by menu
actions, so the table cannot read them from the menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

NATIVE = QKeySequence.SequenceFormat.NativeText
ARROWS = ("Up", "Down", "Left", "Right")


def _keys(*sequences: str) -> str:
    """Key names as the platform writes them (Ctrl or ⌘, translated key names)."""
    return ", ".join(QKeySequence(s).toString(NATIVE) for s in sequences)


def canvas_key_rows() -> list[tuple[str, str, str]]:
    """(place, command, keys) of every key the journey map answers to."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("JourneyCanvas", text)

    place = tr("Journey map")
    return [
        (
            place,
            tr("Move the keyboard focus between stages, steps, lanes and cards"),
            _keys(*ARROWS),
        ),
        (place, tr("Next or previous item, in reading order"), _keys("Tab", "Shift+Tab")),
        (place, tr("Add the next item to the selection"), _keys(*(f"Shift+{a}" for a in ARROWS))),
        (place, tr("Edit the title; in an empty cell, add a card"), _keys("Return", "F2")),
        (place, tr("Open the item in the inspector"), _keys("Alt+Return")),
        (
            place,
            tr("Move the card or header; on the emotion curve, change the point"),
            _keys(*(f"Ctrl+{a}" for a in ARROWS)),
        ),
        (place, tr("Add a card, stage, step or lane next to the focused one"), _keys("Ins")),
        (place, tr("Add a stage, step or lane before the focused header"), _keys("Shift+Ins")),
        (place, tr("Delete the selection"), _keys("Del")),
        (place, tr("Menu of the focused item"), _keys("Menu")),
    ]
