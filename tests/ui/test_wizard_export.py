"""A bakery owner goes through the guided set-up in Dutch, then exports to PDF and Excel."""

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from test_wizard_pages import click, fill_brand, press, type_into
from translation_support import dutch_qm
from wizard_support import wizard_files  # noqa: F401  (autouse fixture)

from cjm_desktop.export_jobs import ExportRequest, run_exports
from cjm_desktop.model import find_problems
from cjm_desktop.ui.translators import install_translators, remove_translators
from cjm_desktop.ui.wizard import GuidedSetupWizard

__all__ = ["dutch_qm"]

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def dutch(qapp, dutch_qm):
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


def top_level_texts(tree) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_dutch_set_up_exports_to_pdf_and_excel(qtbot, dutch, tmp_path, monkeypatch):
    wizard = GuidedSetupWizard(None, "nl")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentPage().title() == "Je klantreis in zeven korte stappen"
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage().title() == "Stap 1 van 7: Je bedrijf"
    fill_brand(qtbot, wizard)
    press(qtbot, wizard, NEXT)

    type_into(qtbot, wizard.currentPage().forms[0].name, "Anna")
    press(qtbot, wizard, NEXT)
    stages = wizard.currentPage()
    stages.stage_list.setCurrentRow(0)
    type_into(qtbot, stages.goal, "Een goede bakker dichtbij vinden")
    press(qtbot, wizard, NEXT)

    touchpoints = wizard.currentPage()
    # The library speaks Dutch: channel groups and online/offline, not the catalog's keys.
    groups = top_level_texts(touchpoints.library)
    # Best fit for a bakery first; Dutch names, not the catalog's keys.
    assert groups[0] in {"Winkel", "Mond-tot-mond"} and "Search engines" not in groups
    shop_window = touchpoints.library_item("Etalage")
    assert shop_window.text(1) == "offline"
    touchpoints.library.setFocus()
    touchpoints.library.setCurrentItem(shop_window)
    qtbot.keyClick(touchpoints.library, Qt.Key.Key_Space)
    assert touchpoints.chosen_titles() == ["Etalage"]
    assert touchpoints.chosen.headerItem().text(0) == "Beslissend moment"
    touchpoints.chosen.setFocus()
    touchpoints.chosen.setCurrentItem(touchpoints.chosen.topLevelItem(0), 0)
    qtbot.keyClick(touchpoints.chosen, Qt.Key.Key_Space)  # the one that matters most
    press(qtbot, wizard, NEXT)

    experience = wizard.currentPage()
    # The stage's one step starts with a short name, not the (long) goal; the user types over it.
    assert experience.step_list.item(0).text() == "Stap 1"
    experience.step_name.setFocus()
    experience.step_name.selectAll()
    qtbot.keyClicks(experience.step_name, "Zoekt een bakker")
    type_into(qtbot, experience.doing, "Zoekt op Google Maps")
    click(qtbot, experience.emotion.buttons[-2])
    type_into(qtbot, experience.pain_points, "Openingstijden staan niet online")
    type_into(qtbot, experience.drop_off, "Als de rij te lang is")
    press(qtbot, wizard, NEXT)

    actions = wizard.currentPage()
    assert actions.title() == "Stap 6 van 7: Knelpunten en verbeteringen"
    gaps = [actions.gap_list.item(i).text() for i in range(actions.gap_list.count())]
    assert gaps[0] == (
        "Bewustwording, stap “Zoekt een bakker”: "
        "klanten haken misschien af (“Als de rij te lang is”)"
    )
    actions.gap_list.setCurrentRow(0)
    click(qtbot, actions.make_action)
    assert actions.gap_list.item(0).text().startswith("✓ ")  # not proposed twice
    type_into(qtbot, actions.owner, "Piet")
    click(qtbot, actions.has_due)
    press(qtbot, wizard, NEXT)

    measure = wizard.currentPage()
    measure.rows[0].touchpoint.setCurrentIndex(1)
    type_into(qtbot, measure.rows[0].how, "Bezoekers per week")
    type_into(qtbot, measure.rows[0].target, "200")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    press(qtbot, wizard, FINISH)

    project = wizard.finished_project
    assert project is not None and find_problems(project) == []
    (action,) = project.actions
    assert (action.owner, action.due) == ("Piet", date.today())
    pdf, xlsx = tmp_path / "bakkerij.pdf", tmp_path / "bakkerij.xlsx"
    assert run_exports(project, ExportRequest(pdf=str(pdf), xlsx=str(xlsx))) == [pdf, xlsx]
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    book = openpyxl.load_workbook(xlsx)
    plan = book.worksheets[0]
    titles = [row[1] for row in plan.iter_rows(min_row=3, values_only=True) if row[1]]
    assert titles == [action.title]
    cells = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row]
    assert "Etalage" in cells and "Bezoekers per week" in cells and "200" in cells
