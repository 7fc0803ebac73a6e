"""File > Export's PDF paper choices (issue 13): Auto by default, every named sheet and a custom
size, chosen with the keyboard and mouse as a user would, and the PDF printed on that paper."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from main_window_support import app_files, show_window
from menu_clicks import choose
from modal_support import modals
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit

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


def _type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def _only_pdf(qtbot, dialog: ExportDialog) -> None:
    for fmt in FORMATS:
        box = dialog.findChild(QCheckBox, f"format_{fmt}")
        if box.isChecked() != (fmt == "pdf"):
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _page_sizes(path: Path) -> list[tuple[float, float]]:
    from pdfminer.pdfpage import PDFPage

    with path.open("rb") as f:
        return [tuple(round(v / 72 * 25.4) for v in p.mediabox[2:]) for p in PDFPage.get_pages(f)]


def test_paper_offers_auto_every_sheet_and_a_custom_size(qtbot, window):
    dialog = ExportDialog(window.document.project, window.document.path, AppSettings(), window)
    qtbot.addWidget(dialog)
    paper = dialog.findChild(QComboBox, "pdfPaper")
    names = [paper.itemData(i) for i in range(paper.count())]
    assert names == ["auto", "A4", "A3", "A2", "A1", "A0", "letter", "tabloid", "custom"]
    assert paper.currentData() == "auto"
    assert dialog.findChild(QComboBox, "pdfFit").currentData() == "auto"
    assert dialog.findChild(QDoubleSpinBox, "pdfMinText").value() == 7.0
    assert not dialog.custom_size.isVisibleTo(dialog)


def test_custom_paper_is_typed_in_and_the_map_printed_on_it(qtbot, window, app_files, modals):
    out = app_files / "out"
    out.mkdir()

    def act(dialog: ExportDialog) -> None:
        _type_into(qtbot, dialog.findChild(QLineEdit, "exportFolder"), str(out))
        _only_pdf(qtbot, dialog)
        paper = dialog.findChild(QComboBox, "pdfPaper")
        paper.setFocus()
        qtbot.keyClick(paper, Qt.Key.Key_End)  # the last choice: Custom size
        assert paper.currentData() == "custom"
        assert dialog.custom_size.isVisibleTo(dialog)
        _type_into(qtbot, dialog.findChild(QDoubleSpinBox, "pdfCustomW"), "700")
        _type_into(qtbot, dialog.findChild(QDoubleSpinBox, "pdfCustomH"), "500")
        fit = dialog.findChild(QComboBox, "pdfFit")
        fit.setFocus()
        qtbot.keyClick(fit, Qt.Key.Key_Down)  # Fit on one page
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    modals.when(ExportDialog, act)
    choose(qtbot, window, "File", "Export")
    sizes = _page_sizes(out / "bakkerij_nl.pdf")
    assert sizes[0] == (700, 500) and sizes[1] == (700, 500)
    remembered = AppSettings().export_choices()
    assert (remembered.paper, remembered.fit) == ("700x500mm", "fit")


def test_choosing_a3_prints_every_page_on_a3(qtbot, window, app_files, modals):
    out = app_files / "out"
    out.mkdir()

    def act(dialog: ExportDialog) -> None:
        _type_into(qtbot, dialog.findChild(QLineEdit, "exportFolder"), str(out))
        _only_pdf(qtbot, dialog)
        paper = dialog.findChild(QComboBox, "pdfPaper")
        paper.setFocus()
        qtbot.keyClick(paper, Qt.Key.Key_Down)
        qtbot.keyClick(paper, Qt.Key.Key_Down)
        assert paper.currentData() == "A3"
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    modals.when(ExportDialog, act)
    choose(qtbot, window, "File", "Export")
    assert set(_page_sizes(out / "bakkerij_nl.pdf")) == {(420, 297)}
