"""The questions and messages the main window puts to the user, as QMessageBox dialogs.

One function a question, each returning a plain answer, so the window's logic reads simply and
tests can answer by patching QMessageBox.exec.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class SaveAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget | None, name: str) -> SaveAnswer:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("Do you want to save the changes to “{name}”?").format(name=name))
    box.setInformativeText(tr("Your changes will be lost if you don't save them."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SaveAnswer.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveAnswer.DISCARD
    return SaveAnswer.CANCEL


def ask_restore(parent: QWidget | None, name: str, when: str) -> bool:
    """True: restore the recovered copy; False: discard it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Recover unsaved changes"))
    box.setText(tr("CJM Desktop found unsaved changes to “{name}”.").format(name=name))
    box.setInformativeText(
        tr(
            "They were saved automatically on {when}, but the program did not close normally. "
            "Do you want to restore them?"
        ).format(when=when)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("Restore"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    first, _, rest = text.partition("\n")
    box.setText(first)
    if rest:
        box.setDetailedText(rest)
    box.exec()
