"""File > Export of a map with a character no installed font has: the files are written, and a
warning names the character instead of leaving a silent box in the PDF."""

from __future__ import annotations

from pathlib import Path

from main_window_support import app_files, show_window
from menu_clicks import choose
from modal_support import click_box_button, message_text, modals
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox

from cjm_desktop.model import Project
from cjm_desktop.storage import save
from cjm_desktop.ui.dialogs.export_dialog import ExportDialog
from cjm_desktop.ui.export_choices import FORMATS
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.starting_projects import example_path

__all__ = ["app_files", "modals"]

UNPRINTABLE = "\U0010fffd"  # private use: no font has it


def _window(qtbot, app_files: Path) -> MainWindow:
    example = Path(example_path()).with_name("bakkerij_nl.cjm")
    project = Project.model_validate_json(example.read_text(encoding="utf-8"))
    project.journeys[0].cards[0].title = f"Logo {UNPRINTABLE}"
    path = app_files / "logo.cjm"
    save(project, path)
    return show_window(qtbot, MainWindow(path, check_recovery=False))


def test_the_export_names_the_characters_it_could_not_print(qtbot, app_files, modals):
    window = _window(qtbot, app_files)
    out = app_files / "out"
    out.mkdir()
    seen: list[str] = []

    def export(dialog: ExportDialog) -> None:
        field = dialog.findChild(QLineEdit, "exportFolder")
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, str(out))
        for fmt in FORMATS:
            box = dialog.findChild(QCheckBox, f"format_{fmt}")
            if box.isChecked() != (fmt == "pdf"):
                qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    def warned(box: QMessageBox) -> None:
        seen.append(message_text(box))
        click_box_button(qtbot, box, "OK")

    modals.when(ExportDialog, export)
    modals.when(QMessageBox, warned)
    choose(qtbot, window, "File", "Export")

    assert (out / "logo.pdf").exists()
    assert len(seen) == 1
    assert "The export is written, with a warning." in seen[0]
    assert "logo.pdf: no installed font has these characters" in seen[0]
    assert f"{UNPRINTABLE} (U+10FFFD)" in seen[0]
