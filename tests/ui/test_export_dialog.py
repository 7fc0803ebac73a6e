"""File > Export: the dialog writes every format of the example project where the user says, with
the choices remembered; a missing folder, a blocked target and Cancel leave no stray files and
the project untouched."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from main_window_support import app_files, show_window
from menu_clicks import choose
from modal_support import click_box_button, message_text, modals
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QProgressDialog, QPushButton

from cjm_desktop.exporters import excel, pdf
from cjm_desktop.model import Project
from cjm_desktop.ui.app_settings import AppSettings
from cjm_desktop.ui.dialogs.export_dialog import ExportDialog
from cjm_desktop.ui.export_choices import FORMATS
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.starting_projects import example_path

__all__ = ["app_files", "modals"]

EXAMPLE = Path(example_path()).with_name("bakkerij_nl.cjm")


@pytest.fixture
def window(qtbot, app_files):
    project = app_files / "project"
    project.mkdir()
    path = shutil.copy(EXAMPLE, project / "bakkerij_nl.cjm")
    return show_window(qtbot, MainWindow(path, check_recovery=False))


def _type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _tick_only(qtbot, dialog: ExportDialog, formats) -> None:
    for fmt in FORMATS:
        box = dialog.findChild(QCheckBox, f"format_{fmt}")
        if box.isChecked() != (fmt in formats):
            # On the box's indicator, where a user clicks.
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked() == (fmt in formats)


def _fill(qtbot, folder: Path, formats):
    def act(dialog: ExportDialog) -> None:
        _type_into(qtbot, dialog.findChild(QLineEdit, "exportFolder"), str(folder))
        _tick_only(qtbot, dialog, formats)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    return act


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_exports_every_format_of_the_example(qtbot, window, app_files, modals):
    out = app_files / "out"
    out.mkdir()
    modals.when(ExportDialog, _fill(qtbot, out, FORMATS))
    choose(qtbot, window, "File", "Export")

    assert _files(out) == [
        "bakkerij_nl-1.mmd",
        "bakkerij_nl-1.png",
        "bakkerij_nl-1.svg",
        "bakkerij_nl-2.mmd",
        "bakkerij_nl-2.png",
        "bakkerij_nl-2.svg",
        "bakkerij_nl.pdf",
        "bakkerij_nl.xlsx",
    ]
    assert (out / "bakkerij_nl.pdf").read_bytes().startswith(b"%PDF")
    assert b"%%EOF" in (out / "bakkerij_nl.pdf").read_bytes()[-32:]
    workbook = load_workbook(out / "bakkerij_nl.xlsx")
    assert workbook.worksheets[0].title == "Actieplan"
    assert (out / "bakkerij_nl-1.mmd").read_text(encoding="utf-8").startswith("journey")
    for name in ("bakkerij_nl-1.png", "bakkerij_nl-2.png"):
        image = QImage(str(out / name))
        assert not image.isNull() and image.width() > 500
    assert "<svg" in (out / "bakkerij_nl-2.svg").read_text(encoding="utf-8")
    assert window.statusBar().currentMessage() == f"Exported 8 files to {out}"
    assert not window.document.is_modified()
    assert window.document.undo_stack.count() == 0
    remembered = AppSettings().export_choices()
    assert remembered.formats == list(FORMATS)
    assert Path(remembered.folder) == out


def test_dialog_starts_next_to_the_project_with_the_last_choices(
    qtbot, window, app_files, modals, monkeypatch
):
    out = app_files / "out"
    out.mkdir()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def act(dialog: ExportDialog) -> None:
        box = dialog.findChild(QCheckBox, "openFolder")
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked()
        _fill(qtbot, out, ["mermaid"])(dialog)

    modals.when(ExportDialog, act)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert _files(out) == ["bakkerij_nl-1.mmd", "bakkerij_nl-2.mmd"]
    assert opened == [QUrl.fromLocalFile(str(out))]

    dialog = ExportDialog(window.document.project, window.document.path, AppSettings(), window)
    qtbot.addWidget(dialog)
    # The same project: the folder chosen for it; only Mermaid ticked.
    assert dialog.findChild(QLineEdit, "exportFolder").text() == str(out)
    assert dialog.findChild(QLineEdit, "exportName").text() == "bakkerij_nl"
    assert dialog.chosen_formats() == ["mermaid"]
    other = ExportDialog(window.document.project, app_files / "elders" / "x.cjm", AppSettings())
    qtbot.addWidget(other)
    # Another project: next to that project's file.
    assert other.findChild(QLineEdit, "exportFolder").text() == str(app_files / "elders")


def test_unsaved_project_is_named_after_its_title(qtbot, app_files):
    project = Project(title='Klantreis "Taart": 2024/25')
    dialog = ExportDialog(project, None, AppSettings())
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLineEdit, "exportName").text() == "Klantreis -Taart-- 2024-25"
    # No maps: only the PDF and the workbook can be made.
    assert not dialog.findChild(QCheckBox, "format_png").isEnabled()
    assert dialog.findChild(QCheckBox, "format_pdf").isEnabled()


def test_unticking_every_map_disables_export(qtbot, window):
    dialog = ExportDialog(window.document.project, window.document.path, AppSettings(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    _tick_only(qtbot, dialog, ["png"])
    maps = dialog.maps
    for row in range(maps.count()):
        rect = maps.visualItemRect(maps.item(row))
        qtbot.mouseClick(
            maps.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(rect.left() + 10, rect.center().y()),
        )
    assert all(maps.item(r).checkState() == Qt.CheckState.Unchecked for r in range(maps.count()))
    assert not dialog.export_button.isEnabled()
    assert "map" in dialog.findChild(type(dialog.files), "plannedFiles").text()


def test_missing_folder_is_refused_and_nothing_is_written(qtbot, window, app_files, modals):
    missing = app_files / "does-not-exist"
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(message_text(box))
        click_box_button(qtbot, box, "OK")

    def act(dialog: ExportDialog) -> None:
        _type_into(qtbot, dialog.findChild(QLineEdit, "exportFolder"), str(missing))
        _tick_only(qtbot, dialog, ["pdf", "xlsx"])
        modals.when(QMessageBox, answer)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible(), "the dialog stays open to choose another folder"
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    modals.when(ExportDialog, act)
    choose(qtbot, window, "File", "Export")
    assert len(seen) == 1 and "does not exist" in seen[0] and str(missing) in seen[0]
    assert not missing.exists()
    assert _files(app_files / "project") == ["bakkerij_nl.cjm"]
    assert not window.document.is_modified()


def test_blocked_target_shows_one_error_and_writes_nothing(qtbot, window, app_files, modals):
    out = app_files / "out"
    (out / "bakkerij_nl.pdf").mkdir(parents=True)  # a folder where the PDF should go
    seen: list[str] = []

    def replace(box: QMessageBox) -> None:
        seen.append(message_text(box))
        modals.when(QMessageBox, failed)
        click_box_button(qtbot, box, "Replace")

    def failed(box: QMessageBox) -> None:
        seen.append(message_text(box))
        click_box_button(qtbot, box, "OK")

    def act(dialog: ExportDialog) -> None:
        _type_into(qtbot, dialog.findChild(QLineEdit, "exportFolder"), str(out))
        _tick_only(qtbot, dialog, ["pdf", "xlsx"])
        modals.when(QMessageBox, replace)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    modals.when(ExportDialog, act)
    choose(qtbot, window, "File", "Export")
    assert len(seen) == 2
    assert "already exists" in seen[0]
    assert "it is a folder" in seen[1] and "No file was written" in seen[1]
    # Not the workbook after it, and no temporary file.
    assert _files(out) == ["bakkerij_nl.pdf"]
    assert (out / "bakkerij_nl.pdf").is_dir()
    assert not window.document.is_modified()


def test_cancel_stops_a_workbook_after_it_is_written(qtbot, window, app_files, modals, monkeypatch):
    out = app_files / "out"
    out.mkdir()
    release = threading.Event()
    real_export_excel = excel.export_excel

    def slow_export_excel(*args, **kwargs):
        # Held until the test has pressed Cancel (the timeout keeps a failing test from hanging).
        release.wait(timeout=20)
        real_export_excel(*args, **kwargs)

    monkeypatch.setattr(excel, "export_excel", slow_export_excel)
    shown: list[str] = []

    def cancel(progress: QProgressDialog) -> None:
        # after the whole PDF: on a busy machine that takes longer than waitUntil's default
        qtbot.waitUntil(lambda: progress.labelText() == "Writing bakkerij_nl.xlsx…", timeout=20000)
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        shown.append(progress.labelText())
        release.set()

    modals.when(QProgressDialog, cancel)
    modals.when(ExportDialog, _fill(qtbot, out, ["pdf", "xlsx", "png"]))
    choose(qtbot, window, "File", "Export")
    release.set()
    assert shown[0].startswith("Stopping")
    # The PDF before it and the workbook being written are complete; the pictures never start.
    assert _files(out) == ["bakkerij_nl.pdf", "bakkerij_nl.xlsx"]
    assert (out / "bakkerij_nl.pdf").read_bytes().startswith(b"%PDF")
    assert load_workbook(out / "bakkerij_nl.xlsx").sheetnames
    assert window.statusBar().currentMessage() == "Export cancelled; 2 of 4 files written."


def test_the_bar_moves_within_a_pdf_and_cancel_stops_it_midway(
    qtbot, window, app_files, modals, monkeypatch
):
    out = app_files / "out"
    out.mkdir()
    release = threading.Event()
    real_export_pdf = pdf.export_pdf
    reports: list[tuple[int, int]] = []

    def held_export_pdf(project, path, options):
        report = options.progress

        def held(done: int, total: int) -> None:
            report(done, total)
            reports.append((done, total))
            if 2 * done >= total and not release.is_set():
                release.wait(timeout=20)  # halfway through the PDF, until Cancel is pressed

        options.progress = held
        real_export_pdf(project, path, options)

    monkeypatch.setattr(pdf, "export_pdf", held_export_pdf)
    seen: list[tuple[int, int, str]] = []

    def cancel(progress: QProgressDialog) -> None:
        # The PDF's early reports reach the bar before the export holds halfway through it:
        # wait for the held point, or a busy machine reads one of those first.
        qtbot.waitUntil(lambda: progress.value() >= progress.maximum() // 8, timeout=20000)
        seen.append((progress.value(), progress.maximum(), progress.labelText()))
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        release.set()

    modals.when(QProgressDialog, cancel)
    modals.when(ExportDialog, _fill(qtbot, out, ["pdf", "xlsx", "png"]))
    choose(qtbot, window, "File", "Export")
    release.set()
    value, maximum, label = seen[0]
    # Half of the first of four files: an eighth of the bar, give or take the last report.
    assert maximum // 8 <= value < maximum // 4
    assert label == "Writing bakkerij_nl.pdf…"
    # Stopped at the next report, not at the end of the PDF; nothing written, no temporary file.
    done, total = reports[-1]
    assert done < total
    assert _files(out) == []
    assert window.statusBar().currentMessage() == "Export cancelled; 0 of 4 files written."


def test_picture_scale_stays_in_the_exporters_range(qtbot, window):
    from PySide6.QtWidgets import QDoubleSpinBox

    from cjm_desktop.exporters.picture_scale import MAX_SCALE, MIN_SCALE

    settings = AppSettings()
    settings._settings.setValue("export/scale", "nan")  # a damaged settings file
    dialog = ExportDialog(window.document.project, window.document.path, settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    spin = dialog.findChild(QDoubleSpinBox, "pictureScale")
    assert (spin.minimum(), spin.maximum()) == (MIN_SCALE, MAX_SCALE)
    assert MIN_SCALE <= spin.value() <= MAX_SCALE
    _tick_only(qtbot, dialog, ["png"])
    for typed in ("1000", "0", "-3"):
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, typed)
        qtbot.keyClick(spin, Qt.Key.Key_Tab)
        assert MIN_SCALE <= spin.value() <= MAX_SCALE
