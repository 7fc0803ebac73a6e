"""The touchpoint palette on the real catalog: Dutch names for a Dutch project, the stage filter,
an accent-free search, and new maps from the catalog's templates."""

from main_window_support import sample_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_desktop import catalog
from cjm_desktop.model import Language
from cjm_desktop.ui.dialogs.new_project_dialog import NewProjectDialog
from cjm_desktop.ui.document import Document
from cjm_desktop.ui.panels.touchpoint_palette import TouchpointPalette


def _titles(palette) -> list[str]:
    return [palette.list.item(row).text() for row in range(palette.list.count())]


def _choose(combo, text: str) -> None:
    """Pick an entry of a combo box with the keyboard, as a user would."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not in the list")


def test_the_palette_shows_the_library_in_the_project_language(qtbot):
    palette = TouchpointPalette(Document(sample_project()))
    qtbot.addWidget(palette)
    palette.show()
    assert palette.entry_ids() == [e.id for e in catalog.touchpoints()]
    assert "Nieuwsbrief" in _titles(palette)
    stages = [palette.phase.itemText(i) for i in range(palette.phase.count())]
    assert stages[1:] == ["Oriënteren", "Overwegen", "Kopen", "Gebruiken", "Loyaliteit"]

    _choose(palette.phase, "Kopen")
    assert palette.entry_ids() == [e.id for e in catalog.touchpoints(phase="buy")]
    assert "Winkelwagen" in _titles(palette) and "Flyer of huis-aan-huisfolder" not in _titles(
        palette
    )

    _choose(palette.phase, "All stages")
    QTest.keyClicks(palette.search, "orienteren")
    assert palette.entry_ids() == [e.id for e in catalog.touchpoints(phase="orient")]
    palette.search.clear()
    QTest.keyClicks(palette.search, "nieuwsbrief")
    assert _titles(palette) == ["Nieuwsbrief"]
    assert "e-mail" in palette.list.item(0).toolTip()


def test_the_new_project_dialog_offers_the_catalog_templates(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CJM_SETTINGS_FILE", str(tmp_path / "settings.ini"))
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    # The project's language is the user's choice here (by default the interface's).
    _choose(dialog.language, "Nederlands")
    names = [dialog.templates.item(row).text() for row in range(dialog.templates.count())]
    assert names[1:] == [t.name_in("nl") for t in catalog.templates()]
    dialog.templates.setFocus()
    QTest.keyClick(dialog.templates, Qt.Key.Key_Down)
    QTest.keyClick(dialog.templates, Qt.Key.Key_Down)
    QTest.keyClick(dialog.templates, Qt.Key.Key_Down)
    assert dialog.chosen_template() == "five_a"
    project = dialog.project()
    assert project.language == Language.NL and project.title == "Nieuw project"
    assert [s.name for s in project.journeys[0].stages][:2] == ["Aandacht", "Afweging"]
